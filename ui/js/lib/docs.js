// Documents (PDF from the core): Open in the default viewer, Save as…, Print… with a printer
// picker. A document is named by its kind and key: {kind: 'slip', key: 'S-00012'}. A customer's
// document is in the customer's language unless another is picked (issue 17).
import * as api from '../api.js';
import { el, field, modal, toast, showError, t } from './dom.js';
import { currentLanguage } from './i18n.js';

// The app says which characters no font could draw: never silent boxes on paper. And what
// else went not quite as set up (the logo file is gone, so the document has no logo).
const missing = (out) => (out && out.missing_chars ? t('doc-missing-chars', { chars: out.missing_chars }) : '')
  + (out && out.warnings && out.warnings.length ? t('doc-note', { notes: out.warnings.join(' ') }) : '');

/** Asks which printer (installed list, the default preselected). Resolves to its name, or
 *  undefined when cancelled or when there is none (the user is told). */
export async function pickPrinter(label) {
  let printers;
  try { printers = await api.listPrinters(); } catch (err) { showError(err); return undefined; }
  if (!printers.length) {
    showError({ code: 'no_printer', message: t('no-printer') });
    return undefined;
  }
  const select = el('select', { id: 'printer-select' },
    printers.map((p) => el('option', { value: p.name, selected: p.is_default }, p.is_default ? t('printer-default', { name: p.name }) : p.name)));
  return modal(t('print-title', { label }), (close) => el('form', {
    onsubmit: (e) => { e.preventDefault(); close(select.value); },
  }, field(t('printer'), select), el('div', { class: 'actions' },
    el('button', { type: 'button', onclick: () => close(undefined) }, t('cancel')),
    el('button', { type: 'submit', class: 'primary', id: 'print-confirm' }, t('print')))), { id: 'print-dialog' });
}

/** Asks which printer and prints the document (in `language`, or the customer's when null). */
export async function printDocument(kind, key, label, language = null) {
  const printer = await pickPrinter(label);
  if (!printer) return;
  try {
    const out = await api.printDocument(kind, key, printer, language);
    toast(t('doc-printed', { label, printer, job: out.job, pages: out.pages }) + missing(out));
  } catch (err) { showError(err); }
}

export async function openDocument(kind, key, label, language = null) {
  try {
    const out = await api.openDocument(kind, key, language);
    toast(t('doc-opened', { label }) + missing(out));
  } catch (err) { showError(err); }
}

export async function saveDocument(kind, key, label, language = null) {
  try {
    const out = await api.saveDocument(kind, key, language);
    if (out.path) toast(t('doc-saved', { label, path: out.path }) + missing(out));
  } catch (err) { showError(err); }
}

/** A "Language" choice for a page's customer documents: the customer's (the default, sent as
 *  null) or another. Each language is named in the screens' language ("German", "Deutsch").
 *  `value()` is the pick, or null for the customer's own. */
export function documentLanguagePicker(id) {
  let names = null;
  try { names = new Intl.DisplayNames([currentLanguage()], { type: 'language' }); } catch { names = null; }
  const select = el('select', { id }, el('option', { value: '' }, t('doc-language-customer')));
  // The core's languages: one per translation file (issue 17).
  api.appInfo().then((info) => select.append(...info.document_languages
    .map((code) => el('option', { value: code }, names ? names.of(code) : code)))).catch(showError);
  return { control: field(t('doc-language'), select), value: () => select.value || null };
}

/** A small group of buttons for one document. `id` prefixes the buttons' ids for tests.
 *  `key` may be a function, asked at the click (a choice made beside the buttons); so may
 *  `language` (a documentLanguagePicker's value: null is the customer's language). */
export function docButtons(kind, key, label, id, language = null) {
  const k = () => (typeof key === 'function' ? key() : key);
  const lang = () => (typeof language === 'function' ? language() : language);
  return el('span', { class: 'doc-buttons', role: 'group', 'aria-label': label },
    el('span', { class: 'muted' }, t('doc-label', { label })),
    el('button', { type: 'button', id: id && `${id}-open`, onclick: () => openDocument(kind, k(), label, lang()) }, t('doc-open')),
    el('button', { type: 'button', id: id && `${id}-save`, onclick: () => saveDocument(kind, k(), label, lang()) }, t('doc-save')),
    el('button', { type: 'button', id: id && `${id}-print`, onclick: () => printDocument(kind, k(), label, lang()) }, t('doc-print')));
}

/** Barcode labels (EAN-13 when the product has one, else Code 128 of the SKU): a sheet or
 *  roll picker beside the document buttons. `what` is `po:NUMBER` (a label per unit
 *  received) or a SKU, then `copies()` labels of it. */
export function labelButtons(what, id, copies = null) {
  const sheet = el('select', { id: `${id}-sheet`, 'aria-label': t('label-stock') },
    el('option', { value: 'a4-3x8' }, t('label-sheet-a4')),
    el('option', { value: 'roll-62mm' }, t('label-roll-62')));
  const key = () => `${sheet.value}|${what}${copies ? `:${Math.max(1, Number(copies.value) || 1)}` : ''}`;
  return el('div', { class: 'inline-form labels' }, field(t('labels-on'), sheet),
    copies ? field(t('copies'), copies) : null, docButtons('labels', key, t('labels'), id));
}
