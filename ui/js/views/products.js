// Products: search as you type, a scanner's SKU + Enter opens the product, paginated list;
// the product page (figures, ledger, queue with positions and promises, open POs); add, edit,
// adjust stock with a reason.
import * as api from '../api.js';
import { openCode } from '../lib/scan.js';
import { labelButtons } from '../lib/docs.js';
import { whyText } from '../lib/promise.js';
import { el, showError, formatDate, formatDateTime, field, modal, act, pager, table, link, put, money, fillRows, lookupFailed, t } from '../lib/dom.js';

const PAGE = 50;
// Message ids, looked up when shown (the language may change while the module stays loaded).
const STATUS_TEXT = { in_stock: 'status-in-stock', low_stock: 'status-low-stock', backorder: 'status-backorder', out_of_stock: 'status-out-of-stock' };
const POLICY_TEXT = { allow: 'policy-allow', notify: 'policy-notify', refuse: 'policy-refuse' };

export function statusBadge(p) {
  const text = p.status === 'backorder' ? t('status-backorder-eta', { eta: formatDate(p.eta, t('date-tbc')) })
    : STATUS_TEXT[p.status] ? t(STATUS_TEXT[p.status]) : p.status;
  return el('span', { class: `badge ${p.status}` }, text);
}

export default {
  title: 'Products',
  refreshOn: ['products', 'stock', 'orders', 'purchasing', 'shipments'],
  async render(container, params) {
    if (params[0] === 'filter') return renderList(container, params[1]);
    if (params[0]) return renderDetail(container, params[0]);
    return renderList(container, null);
  },
};

// Search and page survive a refresh from the `changed` event.
const listState = { search: '', offset: 0 };

const FILTER_TEXT = { low_stock: 'products-filter-low', out: 'products-filter-out' };

async function renderList(container, status) {
  const input = el('input', { type: 'search', id: 'product-search', value: listState.search, placeholder: t('products-search-placeholder'), 'aria-label': t('products-search'), autocomplete: 'off' });
  const tbody = el('tbody');
  const pagerBox = el('div', { class: 'pager' });
  put(container, 
    el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, t('nav-products')),
      el('button', { type: 'button', class: 'primary', id: 'product-add', onclick: () => editProduct(null) }, t('product-add'))),
    el('div', { class: 'toolbar' }, input, el('span', { class: 'muted' }, t('products-scan-hint'))),
    FILTER_TEXT[status] ? el('p', { class: 'notice', id: 'products-filter' }, t('products-showing', { filter: t(FILTER_TEXT[status]) }), link('#/products', t('products-show-all'))) : null,
    el('table', { class: 'list', id: 'products-table' },
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, t('col-sku')), el('th', { scope: 'col' }, t('col-name')),
        el('th', { scope: 'col', class: 'num' }, t('col-price')), el('th', { scope: 'col', class: 'num' }, t('col-on-hand')),
        el('th', { scope: 'col', class: 'num' }, t('col-allocated')), el('th', { scope: 'col', class: 'num' }, t('col-available')),
        el('th', { scope: 'col', class: 'num' }, t('col-incoming')), el('th', { scope: 'col', class: 'num' }, t('col-waiting')), el('th', { scope: 'col' }, t('col-status')))),
      tbody),
    pagerBox);

  let seq = 0;
  async function load() {
    const mine = ++seq;
    const page = await api.listProducts(listState.search, listState.offset, PAGE, FILTER_TEXT[status] ? status : null);
    if (mine !== seq) return; // a newer keystroke already asked again
    fillRows(tbody, page.items, (p) => el('tr', { dataset: { sku: p.sku } },
      el('td', {}, link(`#/products/${encodeURIComponent(p.sku)}`, p.sku)),
      // The category under the name: one column fewer, so the figures fit 1024 px (issue 15).
      el('td', {}, p.name, p.category ? el('div', { class: 'cell-sub' }, p.category) : null),
      el('td', { class: 'num' }, money(p.price)), el('td', { class: 'num' }, p.on_hand),
      el('td', { class: 'num' }, p.allocated), el('td', { class: 'num' }, p.available),
      el('td', { class: 'num' }, p.incoming), el('td', { class: 'num' }, p.backordered),
      el('td', {}, statusBadge(p))));
    if (page.items.length === 0) {
      put(tbody, el('tr', {}, el('td', { colspan: 9, class: 'muted' }, listState.search ? t('products-no-match', { search: listState.search }) : t('products-none'))));
    }
    pager(pagerBox, { offset: listState.offset, count: page.items.length, total: page.total, limit: PAGE },
      (o) => { listState.offset = o; load().catch(showError); });
  }

  input.addEventListener('input', () => { listState.search = input.value.trim(); listState.offset = 0; load().catch(showError); });
  input.addEventListener('keydown', async (event) => {
    // A scanner types the code and presses Enter: open what it is (a product by SKU or
    // barcode, or the order of a packing slip).
    if (event.key !== 'Enter' || !input.value.trim()) return;
    try {
      await openCode(input.value.trim());
    } catch (err) { lookupFailed(input, err); }
  });
  await load();
  input.focus();
}

async function renderDetail(container, sku) {
  const [d, why] = await Promise.all([api.productDetail(sku), api.productPromiseWhy(sku)]);
  const p = d.product;
  const fact = (label, value, id) => el('div', { class: 'fact', id }, el('div', { class: 'label' }, label), el('div', { class: 'value' }, value));
  put(container, 
    el('div', { class: 'crumbs' }, link('#/products', t('back-to-products'))),
    el('div', { class: 'page-head' },
      el('div', { class: 'grow' }, el('h1', { id: 'product-title' }, `${p.sku} — ${p.name}`),
        el('div', { class: 'sub' }, [p.category, p.supplier ? t('product-supplier', { supplier: p.supplier }) : null].filter(Boolean).join(' · '))),
      statusBadge(p),
      el('button', { type: 'button', id: 'product-edit', onclick: () => editProduct(p) }, t('edit')),
      el('button', { type: 'button', id: 'product-adjust', class: 'primary', onclick: () => adjustStock(p) }, t('adjust-stock'))),
    p.description ? el('p', { class: 'pre' }, p.description) : null,
    el('div', { class: 'facts', id: 'product-figures' },
      fact(t('col-on-hand'), p.on_hand, 'fig-on-hand'), fact(t('col-allocated'), p.allocated), fact(t('col-available'), p.available, 'fig-available'),
      fact(t('col-incoming'), p.incoming), fact(t('fig-waiting-units'), p.backordered), fact(t('fig-waiting-lines'), p.waiting),
      fact(t('col-price'), money(p.price), 'fig-price'), fact(t('fig-cost'), money(p.cost)),
      fact(t('fig-reorder-point'), p.reorder_point), fact(t('fig-reorder-qty'), p.reorder_qty),
      fact(t('fig-lead-time'), p.lead_time_days == null ? t('not-set') : t('days', { count: p.lead_time_days }), 'fig-lead-time'),
      fact(t('fig-new-order-arrives'), formatDate(p.eta))),
    why.promise ? el('p', { class: 'muted', id: 'product-promise-why' }, t('product-promise-why', { why: whyText(why) })) : null,
    el('p', { class: 'muted' }, t('product-policy', { policy: POLICY_TEXT[p.backorders] ? t(POLICY_TEXT[p.backorders]) : p.backorders })),
    el('p', { id: 'product-barcodes' }, p.barcodes.length ? t('product-barcodes', { barcodes: p.barcodes.join(' · ') }) : t('product-no-barcode')),
    labelButtons(p.sku, 'product-labels', el('input', { type: 'number', min: 1, value: 1, class: 'qty', id: 'product-labels-copies' })),
    el('h2', {}, t('product-queue')),
    table('product-queue', [{ title: t('col-position'), num: true }, { title: t('col-order') }, { title: t('col-customer') }, { title: t('col-waiting'), num: true }, { title: t('col-priority'), num: true }, { title: t('col-placed') }, { title: t('col-promise') }],
      d.queue.map((q) => ({ attrs: { dataset: { order: q.order } }, cells: [
        q.queue_position, link(`#/orders/${encodeURIComponent(q.order)}`, q.order),
        link(`#/customers/${q.customer_id}`, q.customer), q.backordered, q.priority, formatDate(q.placed_on), formatDate(q.eta)] })),
      t('product-queue-empty')),
    el('h2', {}, t('dash-open-pos')),
    table('product-pos', [{ title: t('col-po') }, { title: t('col-supplier') }, { title: t('col-expected') }, { title: t('col-outstanding'), num: true }],
      d.open_pos.map((l) => ({ attrs: { class: l.overdue ? 'overdue' : null }, cells: [
        link(`#/purchasing/${encodeURIComponent(l.po)}`, l.po), l.supplier,
        l.overdue ? t('date-overdue', { date: formatDate(l.expected_on) }) : formatDate(l.expected_on), l.outstanding] })),
      t('product-pos-empty')),
    el('h2', {}, t('product-ledger')),
    table('product-ledger', [{ title: t('col-date') }, { title: t('col-movement') }, { title: t('col-qty'), num: true }, { title: t('col-balance'), num: true }, { title: t('col-reason') }, { title: t('col-reference') }],
      d.ledger.slice().reverse().map((m) => [formatDateTime(m.created_at) || formatDate(m.on_date), m.kind.replace(/_/g, ' '), m.qty > 0 ? `+${m.qty}` : m.qty, m.balance, m.reason, m.reference]),
      t('product-ledger-empty')));
}

/** The add / edit product form. Editing sends every field as a change (the core keeps the
 *  stock, which moves only through the ledger). Resolves when saved or cancelled. */
async function editProduct(p) {
  const v = (x) => (x === null || x === undefined ? '' : String(x));
  const input = (name, value, attrs = {}) => el('input', { name, id: `product-${name}`, value: v(value), ...attrs });
  const policy = el('select', { name: 'backorders', id: 'product-backorders' },
    Object.entries(POLICY_TEXT).map(([k, id]) => el('option', { value: k, selected: (p ? p.backorders : 'notify') === k }, t(id))));
  // A scanner ends each code with Enter: here that starts the next code instead of saving.
  const barcodes = input('barcodes', (p?.barcodes || []).join(' '), { autocomplete: 'off' });
  barcodes.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (barcodes.value && !barcodes.value.endsWith(' ')) barcodes.value += ' ';
  });
  const form = el('form', { class: 'form-grid', id: 'product-form' },
    field(t('col-sku'), input('sku', p?.sku, { required: true, autocomplete: 'off' }), p ? t('product-sku-hint') : null),
    el('div', { class: 'span-2' }, field(t('col-name'), input('name', p?.name, { required: true }))),
    field(t('field-category'), input('category', p?.category)),
    field(t('col-supplier'), input('supplier', p?.supplier)),
    el('div', { class: 'span-2' }, field(t('field-barcodes'), barcodes, t('product-barcodes-hint'))),
    field(t('col-price'), input('price', p?.price, { required: true, inputmode: 'decimal', placeholder: '12.50' })),
    field(t('fig-cost'), input('cost', p?.cost, { inputmode: 'decimal', placeholder: '7.00' })),
    field(t('fig-reorder-point'), input('reorder_point', p?.reorder_point ?? 0, { type: 'number', min: 0 })),
    field(t('field-safety-stock'), input('safety_stock', p?.safety_stock ?? 0, { type: 'number', min: 0 })),
    field(t('field-reorder-qty'), input('reorder_qty', p?.reorder_qty ?? 0, { type: 'number', min: 0 })),
    field(t('field-lead-time'), input('lead_time_days', p?.lead_time_days, { type: 'number', min: 0 }), t('product-lead-time-hint')),
    field(t('field-when-out'), policy, p ? t('product-policy-hint') : null),
    p ? null : field(t('field-opening-stock'), input('on_hand', 0, { type: 'number', min: 0 })),
    el('div', { class: 'span-all' }, field(t('field-description'), el('textarea', { name: 'description', id: 'product-description' }, v(p?.description)))));
  return modal(p ? t('edit-named', { name: p.sku }) : t('product-add'), (close) => {
    const save = el('button', { type: 'submit', class: 'primary', id: 'product-save', form: 'product-form' }, p ? t('save-changes') : t('product-add'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const f = new FormData(form);
      const num = (k) => (f.get(k) === '' || f.get(k) === null ? null : Number(f.get(k)));
      const data = {
        sku: String(f.get('sku')).trim(), name: String(f.get('name')), description: String(f.get('description') || ''),
        category: String(f.get('category') || ''), price: String(f.get('price') || '0'), cost: String(f.get('cost') || '0'),
        supplier: String(f.get('supplier') || '').trim() || null,
        reorder_point: num('reorder_point') ?? 0, safety_stock: num('safety_stock') ?? 0, reorder_qty: num('reorder_qty') ?? 0,
        lead_time_days: num('lead_time_days'), backorders: policy.value,
        barcodes: String(f.get('barcodes') || '').split(/[\s,;]+/).filter(Boolean),
      };
      if (!p) {
        data.on_hand = num('on_hand') ?? 0;
        const out = await act(save, () => api.addProduct(data), (r) => t('named-added', { name: r.sku }));
        if (out) { close(out); location.hash = `#/products/${encodeURIComponent(out.sku)}`; }
        return;
      }
      const out = await act(save, () => api.updateProduct(p.sku, data), (r) => {
        const moved = new Set(r.moved.map((m) => m.order)).size;
        return t('named-saved', { name: r.product.sku }) + (moved ? t('product-promises-moved', { count: moved }) : '');
      });
      if (out) {
        close(out);
        // A renamed SKU has a new address; otherwise the `changed` event redraws the page.
        if (out.product.sku !== p.sku) location.hash = `#/products/${encodeURIComponent(out.product.sku)}`;
      }
    });
    return el('div', {}, form, el('div', { class: 'actions' },
      el('button', { type: 'button', onclick: () => close(undefined) }, t('cancel')), save));
  }, { wide: true, id: 'product-dialog' });
}

async function adjustStock(p) {
  const qty = el('input', { type: 'number', id: 'adjust-qty', required: true, step: 1, placeholder: t('adjust-qty-placeholder') });
  const reason = el('input', { id: 'adjust-reason', required: true, placeholder: t('adjust-reason-placeholder') });
  return modal(t('adjust-title', { sku: p.sku }), (close) => {
    const save = el('button', { type: 'submit', class: 'primary', id: 'adjust-save' }, t('adjust-record'));
    return el('form', { onsubmit: async (event) => {
      event.preventDefault();
      const out = await act(save, () => api.adjustStock(p.sku, Number(qty.value), reason.value), (r) => {
        const parts = [t('adjust-on-hand', { sku: r.sku, qty: r.on_hand })];
        if (r.allocations?.length) parts.push(t('adjust-allocated', { orders: r.allocations.map((a) => `${a.order} (${a.qty})`).join(', ') }));
        if (r.taken_back?.length) parts.push(t('adjust-taken-back', { orders: r.taken_back.map((a) => `${a.order} (${a.qty})`).join(', ') }));
        return parts.join(' ');
      });
      if (out) close(out);
    } },
    el('p', { class: 'muted' }, t('adjust-explain', { onHand: p.on_hand, allocated: p.allocated })),
    el('div', { class: 'form-grid' }, field(t('adjust-qty'), qty), el('div', { class: 'span-2' }, field(t('col-reason'), reason))),
    el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => close(undefined) }, t('cancel')), save));
  }, { id: 'adjust-dialog' });
}
