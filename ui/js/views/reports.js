// Reports: what exists today is getting data out and in — every list as CSV (for a spreadsheet
// or the accountant), the availability feed for a web shop, and CSV imports (Stockroom,
// Shopify, WooCommerce files) checked by a dry run first. The reports themselves (issue 6)
// are not built yet, and this screen does not pretend they are.
import * as api from '../api.js';
import { el, act, put, clear, field } from '../lib/dom.js';

const LISTS = [
  ['products', 'Products', 'Every product with its figures: on hand, allocated, available, incoming, waiting.'],
  ['orders', 'Orders', 'Every order line, in the format the import reads back.'],
  ['backorders', 'Backorders', 'Who waits for what, in queue order, with promises and ages.'],
  ['customers', 'Customers', 'Names, contacts and addresses.'],
  ['pos', 'Purchase orders', 'Supplier orders with expected dates and what is outstanding.'],
  ['shipments', 'Shipments', 'Every parcel with carrier and tracking number.'],
];

export default {
  title: 'Reports',
  refreshOn: [],
  async render(container) {
    const saved = (r) => (r.path ? `Saved ${r.count} row(s) to ${r.path}.` : null);
    const exportButton = (list, title) => el('button', { type: 'button', id: `export-${list}`, onclick: async (e) => {
      const out = await act(e.currentTarget, () => api.exportList(list));
      const text = out && saved(out);
      if (text) put(document.getElementById('export-result'), el('p', { class: 'notice' }, text));
    } }, `Export ${title}…`);
    const feed = (format) => el('button', { type: 'button', id: `feed-${format}`, onclick: (e) => act(e.currentTarget, () => api.exportAvailability(format), (r) => saved(r) || 'Not saved.') },
      `Availability feed (${format.toUpperCase()})…`);
    put(container,
      el('h1', {}, 'Reports'),
      el('p', { class: 'muted' }, 'Sales and backorder reports are not available in this version yet. You can export every list as CSV and open it in a spreadsheet.'),
      el('table', { class: 'list', id: 'exports-table' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'List'), el('th', { scope: 'col' }, 'What it holds'), el('th', { scope: 'col' }, el('span', { class: 'sr-only' }, 'Export')))),
        el('tbody', {}, LISTS.map(([list, title, what]) => el('tr', {}, el('td', {}, title), el('td', {}, what), el('td', { class: 'actions-cell' }, exportButton(list, title)))))),
      el('div', { id: 'export-result', 'aria-live': 'polite' }),
      el('h2', {}, 'Availability feed for a web shop'),
      el('p', { class: 'muted' }, 'Each product’s status and the date a new order would arrive, in the shop’s wording.'),
      el('div', { class: 'actions left' }, feed('csv'), feed('json')),
      importPanel());
  },
};

function importPanel() {
  const kind = el('select', { id: 'import-kind' },
    el('option', { value: 'products' }, 'Products'), el('option', { value: 'customers' }, 'Customers'), el('option', { value: 'orders' }, 'Orders'));
  const result = el('div', { id: 'import-result', 'aria-live': 'polite' });
  const pick = el('button', { type: 'button', id: 'import-pick' }, 'Choose a CSV file…');
  pick.addEventListener('click', async () => {
    clear(result);
    const preview = await act(pick, () => api.pickImportFile(kind.value));
    if (!preview || !preview.file) return;
    const skip = el('input', { type: 'checkbox', id: 'import-skip-bad' });
    const go = el('button', { type: 'button', class: 'primary', id: 'import-confirm' }, 'Import');
    const problems = preview.report.problems.length;
    go.addEventListener('click', async () => {
      const done = await act(go, () => api.importPickedFile(skip.checked));
      if (done) put(clear(result), el('p', { class: done.report.committed ? 'notice' : 'notice bad', id: 'import-done' }, done.summary));
    });
    put(result,
      el('p', { class: 'muted' }, `Checked ${preview.file} without storing anything:`),
      el('p', { class: problems ? 'notice warn pre' : 'notice pre', id: 'import-preview' }, preview.summary),
      problems ? el('label', {}, skip, ' Import the good rows and leave out the ones with problems') : null,
      el('div', { class: 'actions left' }, go));
  });
  return el('section', {},
    el('h2', {}, 'Import from CSV'),
    el('p', { class: 'muted' }, 'Stockroom’s own CSV, or an export from Shopify or WooCommerce. The file is checked first; nothing is stored until you press Import. All rows go in, or none.'),
    el('div', { class: 'inline-form' }, field('What the file holds', kind), pick),
    result);
}
