// Reports: the core's reports (issue 6) on screen, saved as PDF or CSV, opened or printed;
// then getting data out and in — every list as CSV, the availability feed for a web shop, and
// CSV imports (Stockroom, Shopify, WooCommerce files) checked by a dry run first.
import * as api from '../api.js';
import { el, act, put, clear, field, table, formatDate, t } from '../lib/dom.js';
import { pickPrinter } from '../lib/docs.js';

// The lists and the message ids of their names and contents (export-<list>, export-<list>-what).
const LISTS = ['products', 'orders', 'backorders', 'customers', 'pos', 'shipments'];

export default {
  title: 'Reports',
  refreshOn: [],
  // A report on screen is a snapshot the user asked for; it is not redrawn behind their back.
  async render(container) {
    const saved = (r) => (r.path ? t('export-saved', { count: r.count, path: r.path }) : null);
    const exportButton = (list, title) => el('button', { type: 'button', id: `export-${list}`, onclick: async (e) => {
      const out = await act(e.currentTarget, () => api.exportList(list));
      const text = out && saved(out);
      if (text) put(document.getElementById('export-result'), el('p', { class: 'notice' }, text));
    } }, t('export-button', { list: title }));
    const feed = (format) => el('button', { type: 'button', id: `feed-${format}`, onclick: (e) => act(e.currentTarget, () => api.exportAvailability(format), (r) => saved(r) || t('not-saved')) },
      t('feed-button', { format: format.toUpperCase() }));
    put(container,
      el('h1', {}, t('nav-reports')),
      reportPanel(),
      el('h2', {}, t('export-lists')),
      el('table', { class: 'list', id: 'exports-table' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('col-list')), el('th', { scope: 'col' }, t('col-what-it-holds')), el('th', { scope: 'col' }, el('span', { class: 'sr-only' }, t('col-export'))))),
        el('tbody', {}, LISTS.map((list) => el('tr', {}, el('td', {}, t(`export-${list}`)), el('td', {}, t(`export-${list}-what`)), el('td', { class: 'actions-cell' }, exportButton(list, t(`export-${list}`))))))),
      el('div', { id: 'export-result', 'aria-live': 'polite' }),
      el('h2', {}, t('feed-title')),
      el('p', { class: 'muted' }, t('feed-explain')),
      el('div', { class: 'actions left' }, feed('csv'), feed('json')),
      importPanel());
  },
};

function importPanel() {
  const kind = el('select', { id: 'import-kind' },
    el('option', { value: 'products' }, t('nav-products')), el('option', { value: 'customers' }, t('nav-customers')), el('option', { value: 'orders' }, t('nav-orders')));
  const result = el('div', { id: 'import-result', 'aria-live': 'polite' });
  const pick = el('button', { type: 'button', id: 'import-pick' }, t('import-pick'));
  pick.addEventListener('click', async () => {
    clear(result);
    const preview = await act(pick, () => api.pickImportFile(kind.value));
    if (!preview || !preview.file) return;
    const skip = el('input', { type: 'checkbox', id: 'import-skip-bad' });
    const go = el('button', { type: 'button', class: 'primary', id: 'import-confirm' }, t('import'));
    const problems = preview.report.problems.length;
    go.addEventListener('click', async () => {
      const done = await act(go, () => api.importPickedFile(skip.checked));
      if (done) put(clear(result), el('p', { class: done.report.committed ? 'notice' : 'notice bad', id: 'import-done' }, done.summary));
    });
    put(result,
      el('p', { class: 'muted' }, t('import-checked', { file: preview.file })),
      el('p', { class: problems ? 'notice warn pre' : 'notice pre', id: 'import-preview' }, preview.summary),
      problems ? el('label', {}, skip, t('import-skip-bad')) : null,
      el('div', { class: 'actions left' }, go));
  });
  return el('section', {},
    el('h2', {}, t('import-title')),
    el('p', { class: 'muted' }, t('import-explain')),
    el('div', { class: 'inline-form' }, field(t('import-kind'), kind), pick),
    result);
}

// Each report, what period it takes; its name is the message report-<name>.
const REPORTS = [
  ['backorders', 'now'],
  ['aging', 'now'],
  ['reorder', 'now'],
  ['valuation', 'asof'],
  ['fill-rate', 'range'],
  ['promises', 'range'],
  ['ledger', 'range'],
];

function reportPanel() {
  const which = el('select', { id: 'report-name' }, REPORTS.map(([k]) => el('option', { value: k }, t(`report-${k}`))));
  const from = el('input', { type: 'date', id: 'report-from' });
  const to = el('input', { type: 'date', id: 'report-to' });
  const sku = el('input', { id: 'report-sku', placeholder: t('col-sku'), autocomplete: 'off', class: 'sku' });
  const fromField = field(t('report-from'), from);
  const toField = field(t('report-to'), to);
  const skuField = field(t('col-product'), sku);
  const out = el('div', { id: 'report-out', 'aria-live': 'polite' });
  const sync = () => {
    const kind = REPORTS.find((r) => r[0] === which.value)[1];
    fromField.hidden = kind !== 'range';
    toField.hidden = kind === 'now';
    skuField.hidden = which.value !== 'ledger';
  };
  which.addEventListener('change', () => { sync(); clear(out); });
  sync();
  const args = () => ({ report: which.value, sku: which.value === 'ledger' ? sku.value.trim() : null, from: fromField.hidden ? null : from.value || null, to: toField.hidden ? null : to.value || null });
  const show = el('button', { type: 'button', class: 'primary', id: 'report-show' }, t('report-show'));
  const fileButton = (label, format, action, id) => el('button', { type: 'button', id, onclick: async (e) => {
    const button = e.currentTarget;
    let printer;
    if (action === 'print') { printer = await pickPrinter(t('report-the')); if (!printer) return; }
    await act(button, () => api.reportFile(args(), format, action, printer), (r) => (!r.path ? t('not-saved')
      : action === 'print' ? t('report-printed', { printer, job: r.path }) : action === 'open' ? t('report-opened') : t('report-saved', { path: r.path })));
  } }, label);
  show.addEventListener('click', async () => {
    const r = await act(show, () => api.runReport(args()));
    if (!r) return;
    put(clear(out),
      el('h2', { id: 'report-title' }, r.title),
      el('p', { class: 'muted' }, r.from ? t('report-period', { from: formatDate(r.from), to: formatDate(r.to) }) : t('report-as-of', { date: formatDate(r.to) }),
        r.charts ? t('report-charts', { count: r.charts }) : ''),
      r.notes.map((n) => el('p', {}, n)),
      r.tables.map((tbl) => el('section', {}, el('h3', {}, tbl.title),
        reportTable(tbl))),
      el('details', {}, el('summary', {}, t('report-definitions')), el('ul', {}, r.definitions.map((d) => el('li', { class: 'muted' }, d)))));
  });
  return el('section', { class: 'panel', id: 'report-panel' },
    el('div', { class: 'inline-form' }, field(t('report'), which), fromField, toField, skuField, show),
    el('div', { class: 'actions left' },
      fileButton(t('report-save-pdf'), 'pdf', 'save', 'report-save-pdf'), fileButton(t('report-save-csv'), 'csv', 'save', 'report-save-csv'),
      fileButton(t('report-open-pdf'), 'pdf', 'open', 'report-open'), fileButton(t('doc-print'), 'pdf', 'print', 'report-print')),
    out);
}

function reportTable(data) {
  const cols = data.columns.map((c) => ({ title: c.title, num: c.right }));
  const rows = data.rows.map((r) => r);
  const tbl = table(null, cols, rows, data.empty);
  if (data.total) {
    put(tbl, el('tfoot', {}, el('tr', { class: 'total' }, data.total.map((c, i) => el('td', { class: cols[i] && cols[i].num ? 'num' : null }, c)))));
  }
  return tbl;
}
