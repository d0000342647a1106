// Orders: the list; a new order at the counter (customer picker or a new customer inline,
// lines by SKU or scan, and — before confirming — what each line will do: "in stock" or "on
// backorder — expected 12 Dec" and the incentive); the order page with per-line figures,
// ship now, cancel items, change priority and the documents.
import * as api from '../api.js';
import { el, clear, showError, formatDate, formatDateTime, field, modal, act, pager, table, link, toast, confirmAction, put, money, plural, lookupFailed } from '../lib/dom.js';
import { docButtons } from '../lib/docs.js';
import { editCustomer } from './customers.js';
import { messagesTable } from '../lib/mail.js';
import { incentivePicker, incentiveText } from './settings.js';

const PAGE = 50;
const STATUS_TEXT = { open: 'Open', backordered: 'Backordered', partially_shipped: 'Partially shipped', shipped: 'Shipped', cancelled: 'Cancelled' };
const listState = { search: '', status: '', offset: 0 };

export const statusBadge = (s) => el('span', { class: `badge ${s}` }, STATUS_TEXT[s] || s);

export default {
  title: 'Orders',
  refreshOn: ['orders', 'shipments', 'customers', 'notifications'],
  // A half-typed new order must not be thrown away because something changed elsewhere.
  keepOnRefresh: (params) => params[0] === 'new',
  async render(container, params) {
    if (params[0] === 'new') return renderNew(container, params[1] ? Number(params[1]) : null);
    if (params[0] === 'filter') { listState.status = params[1] || ''; listState.offset = 0; return renderList(container); }
    if (params[0]) return renderDetail(container, params[0]);
    return renderList(container);
  },
};

async function renderList(container) {
  const input = el('input', { type: 'search', id: 'order-search', value: listState.search, placeholder: 'Search order number or customer', 'aria-label': 'Search orders', autocomplete: 'off' });
  const status = el('select', { id: 'order-status', 'aria-label': 'Status' },
    el('option', { value: '' }, 'Any status'),
    Object.entries(STATUS_TEXT).map(([k, t]) => el('option', { value: k, selected: listState.status === k }, t)),
    el('option', { value: 'ready', selected: listState.status === 'ready' }, 'Ready to ship'));
  const box = el('div');
  const pagerBox = el('div', { class: 'pager' });
  put(container, 
    el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, 'Orders'),
      el('a', { href: '#/orders/new', class: 'button-link primary', id: 'order-new' }, 'New order ', el('span', { class: 'kbd' }, 'Ctrl+N'))),
    el('div', { class: 'toolbar' }, input, status), box, pagerBox);
  let seq = 0;
  async function load() {
    const mine = ++seq;
    const page = await api.listOrders({ search: listState.search || null, status: listState.status || null }, listState.offset, PAGE);
    if (mine !== seq) return;
    put(clear(box), table('orders-table',
      [{ title: 'Order' }, { title: 'Customer' }, { title: 'Placed' }, { title: 'Status' }, { title: 'Lines', num: true },
        { title: 'Waiting', num: true }, { title: 'Ready to ship', num: true }, { title: 'Total', num: true }],
      page.items.map((o) => ({ attrs: { dataset: { order: o.number } }, cells: [
        link(`#/orders/${encodeURIComponent(o.number)}`, o.number), link(`#/customers/${o.customer_id}`, o.customer),
        formatDate(o.placed_on), statusBadge(o.status), o.lines, o.backordered || '', o.ready_to_ship || '', money(o.total)] })),
      'No orders match.'));
    pager(pagerBox, { offset: listState.offset, count: page.items.length, total: page.total, limit: PAGE },
      (o) => { listState.offset = o; load().catch(showError); });
  }
  input.addEventListener('input', () => { listState.search = input.value.trim(); listState.offset = 0; load().catch(showError); });
  status.addEventListener('change', () => { listState.status = status.value; listState.offset = 0; load().catch(showError); });
  await load();
  input.focus();
}

// ---------------------------------------------------------------------------------------------
// New order

async function renderNew(container, customerId) {
  const [settings, carriers] = await Promise.all([api.getSettings(), api.listCarriers()]);
  const draft = { customer: null, lines: [] }; // lines: {sku, name, qty}
  if (customerId) {
    try { draft.customer = await api.getCustomer(customerId); } catch (err) { showError(err); }
  }

  // -- customer picker
  const customerBox = el('div', { id: 'order-customer' });
  const renderCustomer = () => {
    clear(customerBox);
    if (draft.customer) {
      put(customerBox, el('div', { class: 'inline-form' },
        el('div', { class: 'grow' }, el('strong', { id: 'order-customer-name' }, draft.customer.name),
          el('div', { class: 'muted pre' }, draft.customer.address || '')),
        el('button', { type: 'button', id: 'order-customer-change', onclick: () => { draft.customer = null; renderCustomer(); refreshPreview(); } }, 'Change')));
      if (draft.customer.ships === 'complete') put(customerBox, el('p', { class: 'notice warn' }, 'This customer wants complete orders only: nothing ships until every item is here.'));
      return;
    }
    const search = el('input', { type: 'search', id: 'order-customer-search', placeholder: 'Type a name, email or phone', autocomplete: 'off', 'aria-label': 'Find customer' });
    const results = el('ul', { class: 'picker', id: 'order-customer-results', role: 'listbox', 'aria-label': 'Matching customers' });
    const choose = (c) => { draft.customer = c; renderCustomer(); refreshPreview(); skuInput.focus(); };
    let seq = 0;
    search.addEventListener('input', async () => {
      const mine = ++seq;
      const q = search.value.trim();
      if (!q) { clear(results); return; }
      try {
        const page = await api.listCustomers(q, 0, 8);
        if (mine !== seq) return;
        put(clear(results), page.items.map((c) => el('li', {}, el('button', { type: 'button', class: 'pick', dataset: { id: c.id }, onclick: () => choose(c) },
          el('strong', {}, c.name), ' ', el('span', { class: 'muted' }, [c.email, (c.address || '').split('\n')[0]].filter(Boolean).join(' · '))))));
        if (page.items.length === 0) put(results, el('li', { class: 'muted' }, 'No customer matches — add a new one.'));
      } catch (err) { showError(err); }
    });
    search.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') { event.preventDefault(); results.querySelector('button.pick')?.click(); }
    });
    put(customerBox, el('div', { class: 'inline-form' }, field('Customer', search),
      el('button', { type: 'button', id: 'order-customer-new', onclick: async () => {
        const c = await editCustomer(null, { prefillName: search.value.trim() });
        if (c) choose(c);
      } }, 'New customer…')), results);
  };

  // -- lines
  const skuInput = el('input', { id: 'order-sku', placeholder: 'SKU or scan', autocomplete: 'off', class: 'sku' });
  const qtyInput = el('input', { id: 'order-qty', type: 'number', min: 1, value: 1, class: 'qty' });
  const linesBody = el('tbody');
  const addLine = async () => {
    const sku = skuInput.value.trim();
    const qty = Number(qtyInput.value);
    if (!sku) return;
    if (!Number.isInteger(qty) || qty < 1) { showError({ code: 'invalid_input', message: 'The quantity must be a whole number of at least 1.' }); return; }
    try {
      const p = await api.findProductBySku(sku);
      const existing = draft.lines.find((l) => l.sku === p.sku);
      if (existing) existing.qty += qty; else draft.lines.push({ sku: p.sku, name: p.name, qty });
      skuInput.value = ''; qtyInput.value = 1;
      renderLines();
      refreshPreview();
      skuInput.focus();
    } catch (err) { lookupFailed(skuInput, err); }
  };
  skuInput.addEventListener('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); addLine(); } });
  qtyInput.addEventListener('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); addLine(); } });

  // -- options
  const priority = el('input', { id: 'order-priority', type: 'number', value: 0 });
  const carrier = el('select', { id: 'order-carrier' },
    el('option', { value: '' }, 'Default carrier'),
    carriers.map((c) => el('option', { value: c.name }, `${c.name} (${c.transit_days} days)`)));
  const incentive = incentivePicker(incentiveText(settings.default_incentive), 'order-incentive');
  incentive.box.addEventListener('change', () => refreshPreview());
  incentive.box.addEventListener('input', () => refreshPreview());
  priority.addEventListener('change', () => refreshPreview());
  carrier.addEventListener('change', () => refreshPreview());

  const summary = el('div', { id: 'order-preview-summary' });
  const confirm = el('button', { type: 'button', class: 'primary', id: 'order-confirm', disabled: true }, 'Confirm order');

  const draftForCore = () => ({
    customer_id: draft.customer ? draft.customer.id : 0,
    lines: draft.lines.map((l) => ({ sku: l.sku, qty: l.qty })),
    priority: Number(priority.value) || 0,
    carrier: carrier.value || null,
  });

  let preview = null; // {order, incentive_text} from the core's dry run
  function renderLines() {
    clear(linesBody);
    if (draft.lines.length === 0) {
      put(linesBody, el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'Scan or type a SKU above and press Enter.')));
    }
    draft.lines.forEach((l, i) => {
      const p = preview?.order.lines.find((x) => x.sku === l.sku);
      const qty = el('input', { type: 'number', min: 1, value: l.qty, class: 'qty', 'aria-label': `Quantity of ${l.sku}` });
      qty.addEventListener('change', () => { l.qty = Math.max(1, Number(qty.value) || 1); refreshPreview(); });
      put(linesBody, el('tr', { dataset: { sku: l.sku } },
        el('td', {}, l.sku), el('td', {}, l.name), el('td', { class: 'num' }, qty),
        el('td', { class: 'preview-cell' }, p ? previewText(p, preview) : el('span', { class: 'muted' }, draft.customer ? '…' : 'Choose the customer to see the promise')),
        el('td', { class: 'actions-cell' }, el('button', { type: 'button', 'aria-label': `Remove ${l.sku}`, onclick: () => { draft.lines.splice(i, 1); renderLines(); refreshPreview(); } }, 'Remove'))));
    });
  }

  let seq = 0;
  async function refreshPreview() {
    const mine = ++seq;
    confirm.disabled = true;
    clear(summary);
    if (draft.lines.length === 0 || !draft.customer) {
      preview = null;
      renderLines();
      put(summary, el('span', { class: 'muted' }, draft.customer ? 'Add items to see what to tell the customer.' : 'Choose the customer, then add items.'));
      return;
    }
    try {
      const p = await api.previewOrder(draftForCore(), incentive.value());
      if (mine !== seq) return;
      preview = p;
      renderLines();
      put(summary, previewSummary(p));
      confirm.disabled = false;
    } catch (err) {
      if (mine !== seq) return;
      preview = null;
      renderLines();
      // e.g. a `refuse` product short: the core names each short SKU and what is available.
      put(summary, el('p', { class: 'notice bad', role: 'alert', id: 'order-preview-error' }, err.message));
    }
  }

  confirm.addEventListener('click', async () => {
    const order = await act(confirm, () => api.placeOrder(draftForCore(), incentive.value()),
      (o) => `Order ${o.number} placed for ${o.customer}.`);
    if (order) location.hash = `#/orders/${encodeURIComponent(order.number)}`;
  });

  put(container, 
    el('div', { class: 'crumbs' }, link('#/orders', '← Orders')),
    el('h1', {}, 'New order'),
    el('section', { class: 'panel' }, el('h2', {}, '1. Customer'), customerBox),
    el('section', { class: 'panel lines-editor' }, el('h2', {}, '2. Items'),
      el('div', { class: 'inline-form' }, field('SKU', skuInput), field('Quantity', qtyInput),
        el('button', { type: 'button', id: 'order-add-line', onclick: addLine }, 'Add item')),
      el('table', { class: 'list', id: 'order-lines' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'SKU'), el('th', { scope: 'col' }, 'Product'), el('th', { scope: 'col', class: 'num' }, 'Qty'),
          el('th', { scope: 'col' }, 'What the customer can be told'), el('th', { scope: 'col' }, el('span', { class: 'sr-only' }, 'Actions')))),
        linesBody)),
    el('section', { class: 'panel' }, el('h2', {}, '3. Options'),
      el('div', { class: 'form-grid' }, field('Priority', priority, 'Higher is served first when stock arrives.'), field('Carrier', carrier),
        el('div', { class: 'span-2' }, incentive.box))),
    el('section', { class: 'panel sticky-foot' }, el('div', { class: 'inline-form' }, el('div', { class: 'grow' }, summary), confirm)));
  renderCustomer();
  renderLines();
  if (!draft.customer) customerBox.querySelector('input')?.focus(); else skuInput.focus();
}

/** "In stock" / "On backorder — expected 12 Dec" and the incentive, for one previewed line. */
function previewText(line, preview) {
  const parts = [];
  if (line.backordered === 0) {
    parts.push(el('div', { class: 'preview-line in_stock' }, `In stock — with the customer by ${formatDate(line.eta)}`));
    return parts;
  }
  if (line.allocated > 0) parts.push(el('div', { class: 'preview-line in_stock' }, `${line.allocated} in stock`));
  parts.push(el('div', { class: 'preview-line backorder' },
    `${line.allocated > 0 ? `${line.backordered} on backorder` : 'On backorder'} — expected ${formatDate(line.eta)}`));
  const extra = [];
  if (line.queue_position > 1) extra.push(`${plural(line.queue_position - 1, 'waiting line')} ahead`);
  if (preview.order.incentive.kind !== 'none') extra.push(`for waiting: ${preview.incentive_text}`);
  if (extra.length) parts.push(el('div', { class: 'muted' }, extra.join(' · ')));
  return parts;
}

function previewSummary(p) {
  const o = p.order;
  const waiting = o.lines.reduce((n, l) => n + l.backordered, 0);
  const told = waiting === 0 ? 'Everything is in stock.'
    : o.incentive.kind === 'none' ? `${plural(waiting, 'unit')} will wait; no incentive is offered.`
      : `${plural(waiting, 'unit')} will wait. For waiting: ${p.incentive_text}.`;
  return el('div', { class: 'summary-line' },
    el('span', { id: 'order-incentive-preview' }, told),
    el('span', { class: 'totals' }, `Subtotal ${money(o.subtotal)}`, o.discount === '0.00' ? '' : ` · incentive −${money(o.discount)}`,
      ' · ', el('strong', { id: 'order-preview-total' }, `Total ${money(o.total)}`)));
}

// ---------------------------------------------------------------------------------------------
// Order page

async function renderDetail(container, number) {
  const o = await api.orderDetail(number);
  const [messages, pending, mail] = await Promise.all([api.orderMessages(o.id), api.listNotifications(true), api.mailSetup()]);
  // "E-mail now" (issue 16): the order's news not yet given — the backorder news, each parcel.
  const untold = mail.settings.configured ? pending.filter((n) => n.order === o.number) : [];
  const emailNow = (n, id) => (n ? el('button', { type: 'button', class: 'email-now', id, onclick: (e) => act(e.currentTarget,
    () => api.emailNoticeNow(n.id), (m) => `E-mailing ${m.to} now.`) }, 'E-mail now') : null);
  const backorderNews = untold.find((n) => n.kind !== 'shipped');
  const fact = (label, value, id) => el('div', { class: 'fact', id }, el('div', { class: 'label' }, label), el('div', { class: 'value' }, value));
  const ready = o.lines.reduce((n, l) => n + l.allocated, 0);
  const waiting = o.lines.reduce((n, l) => n + l.backordered, 0);
  const open = o.status !== 'shipped' && o.status !== 'cancelled';

  const shipBtn = el('button', { type: 'button', class: 'primary', id: 'order-ship', disabled: ready === 0, onclick: () => shipDialog(o, ready, waiting) },
    ready === 0 ? 'Nothing to ship yet' : waiting > 0 ? `Ship ${plural(ready, 'unit')} now` : 'Ship now');
  put(container, 
    el('div', { class: 'crumbs' }, link('#/orders', '← Orders')),
    el('div', { class: 'page-head' },
      el('div', { class: 'grow' }, el('h1', { id: 'order-title' }, `Order ${o.number}`),
        el('div', { class: 'sub' }, link(`#/customers/${o.customer_id}`, o.customer), ` · placed ${formatDateTime(o.placed_at)}`)),
      el('span', { id: 'order-status-badge' }, statusBadge(o.status)),
      open ? shipBtn : null,
      open ? el('button', { type: 'button', id: 'order-priority-change', onclick: () => priorityDialog(o) }, 'Change priority') : null,
      open ? el('button', { type: 'button', class: 'danger', id: 'order-cancel', onclick: () => cancelOrder(o) }, 'Cancel order') : null),
    el('div', { class: 'facts' },
      fact('Ready to ship', ready, 'order-ready'), fact('Waiting', waiting, 'order-waiting'), fact('Priority', o.priority),
      fact('Carrier', o.carrier || 'default'), fact('Subtotal', money(o.subtotal)), fact('Incentive', o.discount === '0.00' ? '—' : `−${money(o.discount)}`), fact('Total', money(o.total), 'order-total')),
    o.incentive && o.incentive.kind !== 'none' && o.lines.some((l) => l.incentive_units > 0) ? el('p', { class: 'notice' }, `Incentive for waiting: ${describeIncentive(o.incentive)}.`) : null,
    o.note ? el('p', { class: 'pre' }, o.note) : null,
    el('h2', {}, 'Lines'),
    table('order-lines-table', [{ title: 'SKU' }, { title: 'Product' }, { title: 'Price', num: true }, { title: 'Ordered', num: true }, { title: 'Ready', num: true },
      { title: 'Shipped', num: true }, { title: 'Waiting', num: true }, { title: 'Cancelled', num: true }, { title: 'Queue', num: true }, { title: 'Promise' }, { title: '' }],
    o.lines.map((l) => ({ attrs: { dataset: { sku: l.sku } }, cells: [
      link(`#/products/${encodeURIComponent(l.sku)}`, l.sku), l.name, money(l.unit_price), l.ordered, l.allocated, l.shipped, l.backordered, l.cancelled,
      l.queue_position ?? '', l.allocated + l.backordered > 0 ? formatDate(l.eta) : '',
      el('div', { class: 'line-actions' },
        l.backordered > 0 ? el('button', { type: 'button', class: 'swap-line', onclick: () => swapDialog(o, l) }, 'Swap…') : null,
        l.allocated + l.backordered > 0 ? el('button', { type: 'button', class: 'danger cancel-line', onclick: () => cancelUnits(o, l) }, 'Cancel…') : null)] }))),
    el('h2', {}, 'Shipments'),
    table('order-shipments', [{ title: 'Shipment' }, { title: 'Date' }, { title: 'Carrier' }, { title: 'Tracking' }, { title: 'Contents' }, { title: 'Documents' }],
      o.shipments.map((s) => ({ attrs: { dataset: { shipment: s.shipment } }, cells: [
        s.shipment, formatDate(s.shipped_on), s.carrier || '', s.tracking || '',
        (s.lines || []).map((x) => `${x.qty} × ${x.sku}`).join(', '),
        el('div', {}, docButtons('slip', s.shipment, 'Packing slip', `slip-${s.shipment}`),
          el('br'), docButtons('shipped', s.shipment, 'Shipped notice', `shipped-${s.shipment}`),
          emailNow(untold.find((n) => n.kind === 'shipped' && n.shipment === s.shipment), `email-shipped-${s.shipment}`))] })),
      'Nothing shipped yet.'),
    el('h2', {}, 'Backorder notice'),
    waiting > 0 || o.lines.some((l) => l.incentive_units > 0)
      ? el('div', { class: 'doc-cell' }, docButtons('notice', o.number, 'Backorder notice', 'notice'), emailNow(backorderNews, 'order-email-now'))
      : el('p', { class: 'muted' }, 'Nothing on backorder: no notice needed.'),
    el('h2', {}, 'E-mails'),
    messagesTable('order-messages', messages, { order: false },
      mail.settings.configured ? 'No e-mail about this order yet.' : 'E-mail is not set up: this order’s news goes on paper.'));
}

function describeIncentive(i) {
  if (i.kind === 'discount') return `${i.percent_bp / 100}% off the backordered units`;
  if (i.kind === 'credit') return `${i.amount} credit`;
  if (i.kind === 'gift') return `gift — ${i.note}`;
  return 'none';
}

async function shipDialog(o, ready, waiting) {
  const carriers = await api.listCarriers().catch(() => []);
  const carrier = el('select', { id: 'ship-carrier' },
    carriers.map((c) => el('option', { value: c.name, selected: o.carrier ? o.carrier === c.name : c.is_default }, c.name)));
  const tracking = el('input', { id: 'ship-tracking', autocomplete: 'off', placeholder: 'Tracking number' });
  const partial = el('input', { type: 'checkbox', id: 'ship-partial', checked: waiting > 0 });
  const shipment = await modal(`Ship order ${o.number}`, (close) => {
    const go = el('button', { type: 'submit', class: 'primary', id: 'ship-confirm' }, `Ship ${plural(ready, 'unit')}`);
    return el('form', { onsubmit: async (event) => {
      event.preventDefault();
      const out = await act(go, () => api.shipOrder(o.number, carrier.value || null, tracking.value.trim() || null, partial.checked),
        (s) => `Shipment ${s.shipment} left: ${s.lines.map((l) => `${l.qty} × ${l.sku}`).join(', ')}.`);
      if (out) close(out);
    } },
    waiting > 0 ? el('p', { class: 'notice warn' }, waiting === 1 ? '1 unit still waits; it will follow in a later parcel.' : `${plural(waiting, 'unit')} still wait; they will follow in a later parcel.`) : null,
    el('div', { class: 'form-grid' }, carriers.length ? field('Carrier', carrier) : null, el('div', { class: 'span-2' }, field('Tracking number', tracking))),
    waiting > 0 ? el('label', {}, partial, ' Ship part of the order now (the customer is told the rest follows)') : null,
    el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => close(undefined) }, 'Cancel'), go));
  }, { id: 'ship-dialog' });
  if (shipment) {
    // Offer the packing slip straight away: it goes in the parcel.
    await modal(`Shipment ${shipment.shipment}`, (close) => el('div', {},
      el('p', {}, 'Print the packing slip for the parcel, and the shipped notice for the customer.'),
      docButtons('slip', shipment.shipment, 'Packing slip', 'new-slip'), el('br'),
      docButtons('shipped', shipment.shipment, 'Shipped notice', 'new-shipped'),
      el('div', { class: 'actions' }, el('button', { type: 'button', class: 'primary', id: 'shipment-done', onclick: () => close(true) }, 'Done'))),
    { id: 'shipment-dialog' });
  }
}

async function priorityDialog(o) {
  const value = el('input', { type: 'number', id: 'priority-value', value: o.priority });
  await modal(`Priority of ${o.number}`, (close) => {
    const save = el('button', { type: 'submit', class: 'primary', id: 'priority-save' }, 'Change priority');
    return el('form', { onsubmit: async (event) => {
      event.preventDefault();
      const out = await act(save, () => api.setOrderPriority(o.number, Number(value.value)), (r) => `Priority of ${r.order.number} is now ${r.order.priority}.${r.moves.length ? ` ${plural(r.moves.length, 'promise')} moved.` : ''}`);
      if (out) close(out);
    } }, el('p', { class: 'muted' }, 'Higher priority orders get arriving stock first; promises of the other waiting orders move accordingly.'),
    field('Priority', value), el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => close(undefined) }, 'Cancel'), save));
  }, { id: 'priority-dialog' });
}

/** The customer's "cancel" choice for part of a line: how many of its unshipped units (the
 *  waiting ones go first). The safe choice has the focus. */
async function cancelUnits(o, line) {
  const most = line.allocated + line.backordered;
  const qty = el('input', { type: 'number', min: 1, max: most, value: most, class: 'qty', id: 'cancel-qty' });
  await modal(`Cancel ${line.sku} on ${o.number}`, (close) => {
    const go = el('button', { type: 'button', class: 'danger', id: 'cancel-units-confirm' }, 'Cancel these units');
    go.addEventListener('click', async () => {
      const n = Number(qty.value);
      const r = await act(go, () => api.cancelOrder(o.number, line.sku, n), (x) => {
        const freed = x.fills.length ? ` Freed stock went to ${x.fills.map((a) => `${a.order} (${a.qty} × ${a.sku})`).join(', ')}.` : '';
        return `${plural(n, 'unit')} of ${line.sku} cancelled on ${o.number}.${freed}`;
      });
      if (r) close(r);
    });
    return el('div', {},
      el('p', {}, `${plural(most, 'unshipped unit')} of ${line.name}: ${line.backordered} waiting, ${line.allocated} ready. Waiting units are cancelled first.`),
      field('Units to cancel', qty),
      el('p', { class: 'muted' }, 'Freed stock goes to the next customer waiting. This cannot be undone.'),
      el('div', { class: 'actions' }, el('button', { type: 'button', id: 'cancel-units-keep', autofocus: true, onclick: () => close(undefined) }, 'Keep them'), go));
  }, { id: 'cancel-units-dialog' });
}

/** The customer's "swap" choice: an in-stock product of the same category, within a quarter
 *  of the price (the core's rule), instead of the waiting units. One step, keeps the incentive. */
async function swapDialog(o, line) {
  let offers;
  try { offers = await api.orderSubstitutes(o.number, line.sku); } catch (err) { showError(err); return; }
  const qty = el('input', { type: 'number', min: 1, max: line.backordered, value: line.backordered, class: 'qty', id: 'swap-qty' });
  const choices = offers.map((s, i) => el('label', { class: 'choice', dataset: { sku: s.sku } },
    el('input', { type: 'radio', name: 'swap-to', value: s.sku, checked: i === 0 }),
    ` ${s.name} (${s.sku}), ${money(s.price)} — ${plural(s.available, 'unit')} in stock`));
  await modal(`Swap ${line.sku} on ${o.number}`, (close) => {
    const go = el('button', { type: 'button', class: 'primary', id: 'swap-confirm', disabled: offers.length === 0 }, 'Swap');
    go.addEventListener('click', async () => {
      const to = choices.map((c) => c.querySelector('input')).find((r) => r.checked)?.value;
      if (!to) return;
      const r = await act(go, () => api.swapOrderLine(o.number, line.sku, to, Number(qty.value)),
        () => `${o.number}: ${plural(Number(qty.value), 'unit')} of ${line.sku} swapped for ${to}.`);
      if (r) close(r);
    });
    return el('div', { id: 'swap-form' },
      el('p', {}, `${plural(line.backordered, 'unit')} of ${line.name} ${line.backordered === 1 ? 'waits' : 'wait'}. Instead, ship now:`),
      offers.length ? el('div', { class: 'choices', id: 'swap-choices' }, choices)
        : el('p', { class: 'notice', id: 'swap-none' }, 'No product of the same category, within a quarter of the price, has enough in stock.'),
      offers.length ? field('Units to swap', qty) : null,
      el('div', { class: 'actions' }, el('button', { type: 'button', id: 'swap-keep', autofocus: true, onclick: () => close(undefined) }, 'Keep waiting'), go));
  }, { id: 'swap-dialog', wide: true });
}

/** Cancels every unshipped unit of the order, after asking. */
async function cancelOrder(o) {
  if (!(await confirmAction(`Cancel every unshipped item of order ${o.number}?`, { confirmLabel: 'Cancel order', keepLabel: 'Keep the order', detail: 'Freed stock goes to the next customer waiting. This cannot be undone.' }))) return;
  try {
    const r = await api.cancelOrder(o.number, null);
    const freed = r.fills.length ? ` Freed stock went to ${r.fills.map((a) => `${a.order} (${a.qty} × ${a.sku})`).join(', ')}.` : '';
    toast(`Order ${o.number} cancelled.${freed}`);
  } catch (err) { showError(err); }
}
