// Documents (PDF from the core): Open in the default viewer, Save as…, Print… with a printer
// picker. A document is named by its kind and key: {kind: 'slip', key: 'S-00012'}.
import * as api from '../api.js';
import { el, field, modal, toast, showError, plural } from './dom.js';

// The app says which characters no font could draw: never silent boxes on paper. And what
// else went not quite as set up (the logo file is gone, so the document has no logo).
const missing = (out) => (out && out.missing_chars ? ` No installed font can draw: ${out.missing_chars}` : '')
  + (out && out.warnings && out.warnings.length ? ` Note: ${out.warnings.join(' ')}` : '');

/** Asks which printer (installed list, the default preselected). Resolves to its name, or
 *  undefined when cancelled or when there is none (the user is told). */
export async function pickPrinter(label) {
  let printers;
  try { printers = await api.listPrinters(); } catch (err) { showError(err); return undefined; }
  if (!printers.length) {
    showError({ code: 'no_printer', message: 'No printer is installed. Use Save as… or Open, or add a printer in the system settings.' });
    return undefined;
  }
  const select = el('select', { id: 'printer-select' },
    printers.map((p) => el('option', { value: p.name, selected: p.is_default }, p.is_default ? `${p.name} (default)` : p.name)));
  return modal(`Print ${label}`, (close) => el('form', {
    onsubmit: (e) => { e.preventDefault(); close(select.value); },
  }, field('Printer', select), el('div', { class: 'actions' },
    el('button', { type: 'button', onclick: () => close(undefined) }, 'Cancel'),
    el('button', { type: 'submit', class: 'primary', id: 'print-confirm' }, 'Print'))), { id: 'print-dialog' });
}

/** Asks which printer and prints the document. */
export async function printDocument(kind, key, label) {
  const printer = await pickPrinter(label);
  if (!printer) return;
  try {
    const out = await api.printDocument(kind, key, printer);
    toast(`${label} sent to ${printer} (job ${out.job}, ${plural(out.pages, 'page')}).${missing(out)}`);
  } catch (err) { showError(err); }
}

export async function openDocument(kind, key, label) {
  try {
    const out = await api.openDocument(kind, key);
    toast(`${label} opened in the PDF viewer.${missing(out)}`);
  } catch (err) { showError(err); }
}

export async function saveDocument(kind, key, label) {
  try {
    const out = await api.saveDocument(kind, key);
    if (out.path) toast(`${label} saved to ${out.path}.${missing(out)}`);
  } catch (err) { showError(err); }
}

/** A small group of buttons for one document. `id` prefixes the buttons' ids for tests.
 *  `key` may be a function, asked at the click (a choice made beside the buttons). */
export function docButtons(kind, key, label, id) {
  const k = () => (typeof key === 'function' ? key() : key);
  return el('span', { class: 'doc-buttons', role: 'group', 'aria-label': label },
    el('span', { class: 'muted' }, `${label}: `),
    el('button', { type: 'button', id: id && `${id}-open`, onclick: () => openDocument(kind, k(), label) }, 'Open'),
    el('button', { type: 'button', id: id && `${id}-save`, onclick: () => saveDocument(kind, k(), label) }, 'Save as…'),
    el('button', { type: 'button', id: id && `${id}-print`, onclick: () => printDocument(kind, k(), label) }, 'Print…'));
}

/** Barcode labels (EAN-13 when the product has one, else Code 128 of the SKU): a sheet or
 *  roll picker beside the document buttons. `what` is `po:NUMBER` (a label per unit
 *  received) or a SKU, then `copies()` labels of it. */
export function labelButtons(what, id, copies = null) {
  const sheet = el('select', { id: `${id}-sheet`, 'aria-label': 'Label stock' },
    el('option', { value: 'a4-3x8' }, 'A4 sheet, 3 × 8 (70 × 37 mm)'),
    el('option', { value: 'roll-62mm' }, '62 mm roll'));
  const key = () => `${sheet.value}|${what}${copies ? `:${Math.max(1, Number(copies.value) || 1)}` : ''}`;
  return el('div', { class: 'inline-form labels' }, field('Labels on', sheet),
    copies ? field('Copies', copies) : null, docButtons('labels', key, 'Labels', id));
}
