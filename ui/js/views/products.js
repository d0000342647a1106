// Products: search as you type, a scanner's SKU + Enter opens the product, paginated list;
// the product page (figures, ledger, queue with positions and promises, open POs); add, edit,
// adjust stock with a reason.
import * as api from '../api.js';
import { openCode } from '../lib/scan.js';
import { labelButtons } from '../lib/docs.js';
import { el, showError, formatDate, formatDateTime, field, modal, act, pager, table, link, put, money, fillRows, plural, lookupFailed } from '../lib/dom.js';

const PAGE = 50;
const STATUS_TEXT = { in_stock: 'In stock', low_stock: 'Low stock', backorder: 'Backorder', out_of_stock: 'Out of stock' };
const POLICY_TEXT = { allow: 'Sell past stock silently', notify: 'Sell past stock and tell the customer', refuse: 'Never sell past stock' };

export function statusBadge(p) {
  const text = p.status === 'backorder' ? `Backorder · ${formatDate(p.eta, 'date TBC')}` : STATUS_TEXT[p.status] || p.status;
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

const FILTER_TEXT = { low_stock: 'Low stock: at or below the reorder point', out: 'Nothing available: on backorder or out of stock' };

async function renderList(container, status) {
  const input = el('input', { type: 'search', id: 'product-search', value: listState.search, placeholder: 'Search SKU or name — or scan a barcode', 'aria-label': 'Search products', autocomplete: 'off' });
  const tbody = el('tbody');
  const pagerBox = el('div', { class: 'pager' });
  put(container, 
    el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, 'Products'),
      el('button', { type: 'button', class: 'primary', id: 'product-add', onclick: () => editProduct(null) }, 'Add product')),
    el('div', { class: 'toolbar' }, input, el('span', { class: 'muted' }, 'Scan or type a SKU, barcode or order number and press Enter to open it.')),
    FILTER_TEXT[status] ? el('p', { class: 'notice', id: 'products-filter' }, `Showing: ${FILTER_TEXT[status]}. `, link('#/products', 'Show all products')) : null,
    el('table', { class: 'list', id: 'products-table' },
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'SKU'), el('th', { scope: 'col' }, 'Name'),
        el('th', { scope: 'col', class: 'num' }, 'Price'), el('th', { scope: 'col', class: 'num' }, 'On hand'),
        el('th', { scope: 'col', class: 'num' }, 'Allocated'), el('th', { scope: 'col', class: 'num' }, 'Available'),
        el('th', { scope: 'col', class: 'num' }, 'Incoming'), el('th', { scope: 'col', class: 'num' }, 'Waiting'), el('th', { scope: 'col' }, 'Status'))),
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
      put(tbody, el('tr', {}, el('td', { colspan: 9, class: 'muted' }, listState.search ? `No product matches “${listState.search}”.` : 'No products yet.')));
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
  const d = await api.productDetail(sku);
  const p = d.product;
  const fact = (label, value, id) => el('div', { class: 'fact', id }, el('div', { class: 'label' }, label), el('div', { class: 'value' }, value));
  put(container, 
    el('div', { class: 'crumbs' }, link('#/products', '← Products')),
    el('div', { class: 'page-head' },
      el('div', { class: 'grow' }, el('h1', { id: 'product-title' }, `${p.sku} — ${p.name}`),
        el('div', { class: 'sub' }, [p.category, p.supplier ? `supplier ${p.supplier}` : null].filter(Boolean).join(' · '))),
      statusBadge(p),
      el('button', { type: 'button', id: 'product-edit', onclick: () => editProduct(p) }, 'Edit'),
      el('button', { type: 'button', id: 'product-adjust', class: 'primary', onclick: () => adjustStock(p) }, 'Adjust stock')),
    p.description ? el('p', { class: 'pre' }, p.description) : null,
    el('div', { class: 'facts', id: 'product-figures' },
      fact('On hand', p.on_hand, 'fig-on-hand'), fact('Allocated', p.allocated), fact('Available', p.available, 'fig-available'),
      fact('Incoming', p.incoming), fact('Waiting (units)', p.backordered), fact('Waiting lines', p.waiting),
      fact('Price', money(p.price), 'fig-price'), fact('Cost', money(p.cost)),
      fact('Reorder point', p.reorder_point), fact('Reorder qty', p.reorder_qty),
      fact('Lead time', p.lead_time_days == null ? 'not set' : `${p.lead_time_days} days`, 'fig-lead-time'),
      fact('A new order arrives by', formatDate(p.eta))),
    el('p', { class: 'muted' }, `Backorders: ${POLICY_TEXT[p.backorders] || p.backorders}.`),
    el('p', { id: 'product-barcodes' }, p.barcodes.length ? `Barcodes: ${p.barcodes.join(' · ')}` : 'No barcode: labels carry a Code 128 of the SKU.'),
    labelButtons(p.sku, 'product-labels', el('input', { type: 'number', min: 1, value: 1, class: 'qty', id: 'product-labels-copies' })),
    el('h2', {}, 'Queue — who waits, in the order stock will go to them'),
    table('product-queue', [{ title: 'Position', num: true }, { title: 'Order' }, { title: 'Customer' }, { title: 'Waiting', num: true }, { title: 'Priority', num: true }, { title: 'Placed' }, { title: 'Promise' }],
      d.queue.map((q) => ({ attrs: { dataset: { order: q.order } }, cells: [
        q.queue_position, link(`#/orders/${encodeURIComponent(q.order)}`, q.order),
        link(`#/customers/${q.customer_id}`, q.customer), q.backordered, q.priority, formatDate(q.placed_on), formatDate(q.eta)] })),
      'Nobody is waiting for this product.'),
    el('h2', {}, 'Open purchase orders'),
    table('product-pos', [{ title: 'PO' }, { title: 'Supplier' }, { title: 'Expected' }, { title: 'Outstanding', num: true }],
      d.open_pos.map((l) => ({ attrs: { class: l.overdue ? 'overdue' : null }, cells: [
        link(`#/purchasing/${encodeURIComponent(l.po)}`, l.po), l.supplier,
        l.overdue ? `${formatDate(l.expected_on)} (overdue)` : formatDate(l.expected_on), l.outstanding] })),
      'No open purchase order for this product.'),
    el('h2', {}, 'Stock ledger'),
    table('product-ledger', [{ title: 'Date' }, { title: 'Movement' }, { title: 'Qty', num: true }, { title: 'Balance', num: true }, { title: 'Reason' }, { title: 'Reference' }],
      d.ledger.slice().reverse().map((m) => [formatDateTime(m.created_at) || formatDate(m.on_date), m.kind.replace(/_/g, ' '), m.qty > 0 ? `+${m.qty}` : m.qty, m.balance, m.reason, m.reference]),
      'No stock movements yet.'));
}

/** The add / edit product form. Editing sends every field as a change (the core keeps the
 *  stock, which moves only through the ledger). Resolves when saved or cancelled. */
async function editProduct(p) {
  const v = (x) => (x === null || x === undefined ? '' : String(x));
  const input = (name, value, attrs = {}) => el('input', { name, id: `product-${name}`, value: v(value), ...attrs });
  const policy = el('select', { name: 'backorders', id: 'product-backorders' },
    Object.entries(POLICY_TEXT).map(([k, t]) => el('option', { value: k, selected: (p ? p.backorders : 'notify') === k }, t)));
  // A scanner ends each code with Enter: here that starts the next code instead of saving.
  const barcodes = input('barcodes', (p?.barcodes || []).join(' '), { autocomplete: 'off' });
  barcodes.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (barcodes.value && !barcodes.value.endsWith(' ')) barcodes.value += ' ';
  });
  const form = el('form', { class: 'form-grid', id: 'product-form' },
    field('SKU', input('sku', p?.sku, { required: true, autocomplete: 'off' }), p ? 'A new SKU keeps the product’s history, queue and orders.' : null),
    el('div', { class: 'span-2' }, field('Name', input('name', p?.name, { required: true }))),
    field('Category', input('category', p?.category)),
    field('Supplier', input('supplier', p?.supplier)),
    el('div', { class: 'span-2' }, field('Barcodes', barcodes, 'EAN-13, EAN-8, UPC-A or GTIN-14; scan them here, one after the other.')),
    field('Price', input('price', p?.price, { required: true, inputmode: 'decimal', placeholder: '12.50' })),
    field('Cost', input('cost', p?.cost, { inputmode: 'decimal', placeholder: '7.00' })),
    field('Reorder point', input('reorder_point', p?.reorder_point ?? 0, { type: 'number', min: 0 })),
    field('Safety stock', input('safety_stock', p?.safety_stock ?? 0, { type: 'number', min: 0 })),
    field('Reorder quantity', input('reorder_qty', p?.reorder_qty ?? 0, { type: 'number', min: 0 })),
    field('Lead time (days)', input('lead_time_days', p?.lead_time_days, { type: 'number', min: 0 }), 'Empty: promises say “date to be confirmed”.'),
    field('When out of stock', policy, p ? 'Changing to “Never sell past stock” does not cancel orders already waiting; it refuses new orders that would go short.' : null),
    p ? null : field('Opening stock', input('on_hand', 0, { type: 'number', min: 0 })),
    el('div', { class: 'span-all' }, field('Description', el('textarea', { name: 'description', id: 'product-description' }, v(p?.description)))));
  return modal(p ? `Edit ${p.sku}` : 'Add product', (close) => {
    const save = el('button', { type: 'submit', class: 'primary', id: 'product-save', form: 'product-form' }, p ? 'Save changes' : 'Add product');
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
        const out = await act(save, () => api.addProduct(data), (r) => `${r.sku} added.`);
        if (out) { close(out); location.hash = `#/products/${encodeURIComponent(out.sku)}`; }
        return;
      }
      const out = await act(save, () => api.updateProduct(p.sku, data), (r) => {
        const moved = new Set(r.moved.map((m) => m.order)).size;
        return `${r.product.sku} saved.` + (moved ? ` The promise of ${plural(moved, 'waiting order')} moved; the customers are on the notices list.` : '');
      });
      if (out) {
        close(out);
        // A renamed SKU has a new address; otherwise the `changed` event redraws the page.
        if (out.product.sku !== p.sku) location.hash = `#/products/${encodeURIComponent(out.product.sku)}`;
      }
    });
    return el('div', {}, form, el('div', { class: 'actions' },
      el('button', { type: 'button', onclick: () => close(undefined) }, 'Cancel'), save));
  }, { wide: true, id: 'product-dialog' });
}

async function adjustStock(p) {
  const qty = el('input', { type: 'number', id: 'adjust-qty', required: true, step: 1, placeholder: '-2 or 5' });
  const reason = el('input', { id: 'adjust-reason', required: true, placeholder: 'e.g. damaged in storage, stock count' });
  return modal(`Adjust stock of ${p.sku}`, (close) => {
    const save = el('button', { type: 'submit', class: 'primary', id: 'adjust-save' }, 'Record adjustment');
    return el('form', { onsubmit: async (event) => {
      event.preventDefault();
      const out = await act(save, () => api.adjustStock(p.sku, Number(qty.value), reason.value), (r) => {
        const parts = [`${r.sku}: on hand is now ${r.on_hand}.`];
        if (r.allocations?.length) parts.push(`Allocated to ${r.allocations.map((a) => `${a.order} (${a.qty})`).join(', ')}.`);
        if (r.taken_back?.length) parts.push(`Taken back from ${r.taken_back.map((a) => `${a.order} (${a.qty})`).join(', ')}.`);
        return parts.join(' ');
      });
      if (out) close(out);
    } },
    el('p', { class: 'muted' }, `On hand ${p.on_hand}, allocated ${p.allocated}. A positive number adds units (they go to waiting customers first); a negative one removes them.`),
    el('div', { class: 'form-grid' }, field('Quantity (+/−)', qty), el('div', { class: 'span-2' }, field('Reason', reason))),
    el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => close(undefined) }, 'Cancel'), save));
  }, { id: 'adjust-dialog' });
}
