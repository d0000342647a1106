// Reports: the core's reports (issue 6) on screen, saved as PDF or CSV, opened or printed;
// then getting data out and in — every list as CSV, the availability feed for a web shop, and
// CSV imports (Stockroom, Shopify, WooCommerce files) checked by a dry run first.
import * as api from '../api.js';
import { el, act, put, clear, field, table, formatDate, plural } from '../lib/dom.js';
import { pickPrinter } from '../lib/docs.js';

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
  // A report on screen is a snapshot the user asked for; it is not redrawn behind their back.
  async render(container) {
    const saved = (r) => (r.path ? `Saved ${plural(r.count, 'row')} to ${r.path}.` : null);
    const exportButton = (list, title) => el('button', { type: 'button', id: `export-${list}`, onclick: async (e) => {
      const out = await act(e.currentTarget, () => api.exportList(list));
      const text = out && saved(out);
      if (text) put(document.getElementById('export-result'), el('p', { class: 'notice' }, text));
    } }, `Export ${title}…`);
    const feed = (format) => el('button', { type: 'button', id: `feed-${format}`, onclick: (e) => act(e.currentTarget, () => api.exportAvailability(format), (r) => saved(r) || 'Not saved.') },
      `Availability feed (${format.toUpperCase()})…`);
    put(container,
      el('h1', {}, 'Reports'),
      reportPanel(),
      el('h2', {}, 'Export lists as CSV'),
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

const REPORTS = [
  ['backorders', 'Open backorders', 'now'],
  ['aging', 'Backorder aging', 'now'],
  ['reorder', 'Low stock and reorder suggestions', 'now'],
  ['valuation', 'Stock valuation', 'asof'],
  ['fill-rate', 'Fill rate and backorder rate', 'range'],
  ['promises', 'Promises kept', 'range'],
  ['ledger', 'Stock ledger of one product', 'range'],
];

function reportPanel() {
  const which = el('select', { id: 'report-name' }, REPORTS.map(([k, t]) => el('option', { value: k }, t)));
  const from = el('input', { type: 'date', id: 'report-from' });
  const to = el('input', { type: 'date', id: 'report-to' });
  const sku = el('input', { id: 'report-sku', placeholder: 'SKU', autocomplete: 'off', class: 'sku' });
  const fromField = field('From', from);
  const toField = field('To (empty: today)', to);
  const skuField = field('Product', sku);
  const out = el('div', { id: 'report-out', 'aria-live': 'polite' });
  const sync = () => {
    const kind = REPORTS.find((r) => r[0] === which.value)[2];
    fromField.hidden = kind !== 'range';
    toField.hidden = kind === 'now';
    skuField.hidden = which.value !== 'ledger';
  };
  which.addEventListener('change', () => { sync(); clear(out); });
  sync();
  const args = () => ({ report: which.value, sku: which.value === 'ledger' ? sku.value.trim() : null, from: fromField.hidden ? null : from.value || null, to: toField.hidden ? null : to.value || null });
  const show = el('button', { type: 'button', class: 'primary', id: 'report-show' }, 'Show report');
  const fileButton = (label, format, action, id) => el('button', { type: 'button', id, onclick: async (e) => {
    const button = e.currentTarget;
    let printer;
    if (action === 'print') { printer = await pickPrinter('the report'); if (!printer) return; }
    await act(button, () => api.reportFile(args(), format, action, printer), (r) => (!r.path ? 'Not saved.'
      : action === 'print' ? `Report sent to ${printer} (job ${r.path}).` : action === 'open' ? 'Report opened in the PDF viewer.' : `Report saved to ${r.path}.`));
  } }, label);
  show.addEventListener('click', async () => {
    const r = await act(show, () => api.runReport(args()));
    if (!r) return;
    put(clear(out),
      el('h2', { id: 'report-title' }, r.title),
      el('p', { class: 'muted' }, r.from ? `${formatDate(r.from)} – ${formatDate(r.to)}` : `As of ${formatDate(r.to)}`,
        r.charts ? ` · the PDF adds ${plural(r.charts, 'chart')} of these figures` : ''),
      r.notes.map((n) => el('p', {}, n)),
      r.tables.map((t) => el('section', {}, el('h3', {}, t.title),
        reportTable(t))),
      el('details', {}, el('summary', {}, 'How each figure is computed'), el('ul', {}, r.definitions.map((d) => el('li', { class: 'muted' }, d)))));
  });
  return el('section', { class: 'panel', id: 'report-panel' },
    el('div', { class: 'inline-form' }, field('Report', which), fromField, toField, skuField, show),
    el('div', { class: 'actions left' },
      fileButton('Save PDF…', 'pdf', 'save', 'report-save-pdf'), fileButton('Save CSV…', 'csv', 'save', 'report-save-csv'),
      fileButton('Open PDF', 'pdf', 'open', 'report-open'), fileButton('Print…', 'pdf', 'print', 'report-print')),
    out);
}

function reportTable(t) {
  const cols = t.columns.map((c) => ({ title: c.title, num: c.right }));
  const rows = t.rows.map((r) => r);
  const tbl = table(null, cols, rows, t.empty);
  if (t.total) {
    put(tbl, el('tfoot', {}, el('tr', { class: 'total' }, t.total.map((c, i) => el('td', { class: cols[i] && cols[i].num ? 'num' : null }, c)))));
  }
  return tbl;
}
