// Orders: the list; a new order at the counter (customer picker or a new customer inline,
// lines by SKU or scan, and — before confirming — what each line will do: "in stock" or "on
// backorder — expected 12 Dec" and the incentive); the order page with per-line figures,
// ship now, cancel items, change priority and the documents.
import * as api from '../api.js';
import { el, clear, showError, formatDate, formatDateTime, field, modal, act, pager, table, link, toast, confirmAction, put, money, lookupFailed, t } from '../lib/dom.js';
import { docButtons, documentLanguagePicker } from '../lib/docs.js';
import { editCustomer } from './customers.js';
import { messagesTable } from '../lib/mail.js';
import { whyList } from '../lib/promise.js';
import { incentivePicker, incentiveText } from './settings.js';

const PAGE = 50;
// Message ids of the statuses (looked up when shown: the language may change meanwhile).
const STATUS_TEXT = { open: 'order-status-open', backordered: 'order-status-backordered', partially_shipped: 'order-status-partially-shipped', shipped: 'order-status-shipped', cancelled: 'order-status-cancelled' };
const listState = { search: '', status: '', offset: 0 };

export const statusBadge = (s) => el('span', { class: `badge ${s}` }, STATUS_TEXT[s] ? t(STATUS_TEXT[s]) : s);

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
  const input = el('input', { type: 'search', id: 'order-search', value: listState.search, placeholder: t('orders-search-placeholder'), 'aria-label': t('orders-search'), autocomplete: 'off' });
  const status = el('select', { id: 'order-status', 'aria-label': t('col-status') },
    el('option', { value: '' }, t('orders-any-status')),
    Object.entries(STATUS_TEXT).map(([k, id]) => el('option', { value: k, selected: listState.status === k }, t(id))),
    el('option', { value: 'ready', selected: listState.status === 'ready' }, t('col-ready-to-ship')));
  const box = el('div');
  const pagerBox = el('div', { class: 'pager' });
  put(container, 
    el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, t('nav-orders')),
      el('a', { href: '#/orders/new', class: 'button-link primary', id: 'order-new' }, t('dash-new-order'), el('span', { class: 'kbd' }, t('shortcut-new-order')))),
    el('div', { class: 'toolbar' }, input, status), box, pagerBox);
  let seq = 0;
  async function load() {
    const mine = ++seq;
    const page = await api.listOrders({ search: listState.search || null, status: listState.status || null }, listState.offset, PAGE);
    if (mine !== seq) return;
    put(clear(box), table('orders-table',
      [{ title: t('col-order') }, { title: t('col-customer') }, { title: t('col-placed') }, { title: t('col-status') }, { title: t('col-lines'), num: true },
        { title: t('col-waiting'), num: true }, { title: t('col-ready-to-ship'), num: true }, { title: t('col-total'), num: true }],
      page.items.map((o) => ({ attrs: { dataset: { order: o.number } }, cells: [
        link(`#/orders/${encodeURIComponent(o.number)}`, o.number), link(`#/customers/${o.customer_id}`, o.customer),
        formatDate(o.placed_on), statusBadge(o.status), o.lines, o.backordered || '', o.ready_to_ship || '', money(o.total)] })),
      t('orders-no-match')));
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
        el('button', { type: 'button', id: 'order-customer-change', onclick: () => { draft.customer = null; renderCustomer(); refreshPreview(); } }, t('change'))));
      if (draft.customer.ships === 'complete') put(customerBox, el('p', { class: 'notice warn' }, t('order-complete-only')));
      return;
    }
    const search = el('input', { type: 'search', id: 'order-customer-search', placeholder: t('order-customer-placeholder'), autocomplete: 'off', 'aria-label': t('order-find-customer') });
    const results = el('ul', { class: 'picker', id: 'order-customer-results', role: 'listbox', 'aria-label': t('order-matching-customers') });
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
        if (page.items.length === 0) put(results, el('li', { class: 'muted' }, t('order-no-customer-match')));
      } catch (err) { showError(err); }
    });
    search.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') { event.preventDefault(); results.querySelector('button.pick')?.click(); }
    });
    put(customerBox, el('div', { class: 'inline-form' }, field(t('col-customer'), search),
      el('button', { type: 'button', id: 'order-customer-new', onclick: async () => {
        const c = await editCustomer(null, { prefillName: search.value.trim() });
        if (c) choose(c);
      } }, t('order-new-customer'))), results);
  };

  // -- lines
  const skuInput = el('input', { id: 'order-sku', placeholder: t('order-sku-placeholder'), autocomplete: 'off', class: 'sku' });
  const qtyInput = el('input', { id: 'order-qty', type: 'number', min: 1, value: 1, class: 'qty' });
  const linesBody = el('tbody');
  const addLine = async () => {
    const sku = skuInput.value.trim();
    const qty = Number(qtyInput.value);
    if (!sku) return;
    if (!Number.isInteger(qty) || qty < 1) { showError({ code: 'invalid_input', message: t('order-qty-invalid') }); return; }
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
    el('option', { value: '' }, t('order-default-carrier')),
    carriers.map((c) => el('option', { value: c.name }, t('carrier-transit', { name: c.name, count: c.transit_days }))));
  const incentive = incentivePicker(incentiveText(settings.default_incentive), 'order-incentive');
  incentive.box.addEventListener('change', () => refreshPreview());
  incentive.box.addEventListener('input', () => refreshPreview());
  priority.addEventListener('change', () => refreshPreview());
  carrier.addEventListener('change', () => refreshPreview());

  const summary = el('div', { id: 'order-preview-summary' });
  const confirm = el('button', { type: 'button', class: 'primary', id: 'order-confirm', disabled: true }, t('order-confirm'));

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
      put(linesBody, el('tr', {}, el('td', { colspan: 5, class: 'muted' }, t('order-lines-empty'))));
    }
    draft.lines.forEach((l, i) => {
      const p = preview?.order.lines.find((x) => x.sku === l.sku);
      const qty = el('input', { type: 'number', min: 1, value: l.qty, class: 'qty', 'aria-label': t('order-qty-of', { sku: l.sku }) });
      qty.addEventListener('change', () => { l.qty = Math.max(1, Number(qty.value) || 1); refreshPreview(); });
      put(linesBody, el('tr', { dataset: { sku: l.sku } },
        el('td', {}, l.sku), el('td', {}, l.name), el('td', { class: 'num' }, qty),
        el('td', { class: 'preview-cell' }, p ? previewText(p, preview) : el('span', { class: 'muted' }, draft.customer ? '…' : t('order-choose-customer-promise'))),
        el('td', { class: 'actions-cell' }, el('button', { type: 'button', 'aria-label': t('order-remove-sku', { sku: l.sku }), onclick: () => { draft.lines.splice(i, 1); renderLines(); refreshPreview(); } }, t('remove')))));
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
      put(summary, el('span', { class: 'muted' }, draft.customer ? t('order-add-items') : t('order-choose-customer-first')));
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
      (o) => t('order-placed', { order: o.number, customer: o.customer }));
    if (order) location.hash = `#/orders/${encodeURIComponent(order.number)}`;
  });

  put(container, 
    el('div', { class: 'crumbs' }, link('#/orders', t('back-to-orders'))),
    el('h1', {}, t('order-new')),
    el('section', { class: 'panel' }, el('h2', {}, t('order-step-customer')), customerBox),
    el('section', { class: 'panel lines-editor' }, el('h2', {}, t('order-step-items')),
      el('div', { class: 'inline-form' }, field(t('col-sku'), skuInput), field(t('field-quantity'), qtyInput),
        el('button', { type: 'button', id: 'order-add-line', onclick: addLine }, t('order-add-item'))),
      el('table', { class: 'list', id: 'order-lines' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('col-sku')), el('th', { scope: 'col' }, t('col-product')), el('th', { scope: 'col', class: 'num' }, t('col-qty')),
          el('th', { scope: 'col' }, t('col-what-to-tell')), el('th', { scope: 'col' }, el('span', { class: 'sr-only' }, t('col-actions'))))),
        linesBody)),
    el('section', { class: 'panel' }, el('h2', {}, t('order-step-options')),
      el('div', { class: 'form-grid' }, field(t('col-priority'), priority, t('order-priority-hint')), field(t('col-carrier'), carrier),
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
    parts.push(el('div', { class: 'preview-line in_stock' }, t('preview-in-stock', { eta: formatDate(line.eta) })));
    return parts;
  }
  if (line.allocated > 0) parts.push(el('div', { class: 'preview-line in_stock' }, t('preview-some-in-stock', { qty: line.allocated })));
  parts.push(el('div', { class: 'preview-line backorder' },
    line.allocated > 0 ? t('preview-some-on-backorder', { qty: line.backordered, eta: formatDate(line.eta) }) : t('preview-on-backorder', { eta: formatDate(line.eta) })));
  const extra = [];
  if (line.queue_position > 1) extra.push(t('preview-lines-ahead', { count: line.queue_position - 1 }));
  if (preview.order.incentive.kind !== 'none') extra.push(t('preview-for-waiting', { incentive: preview.incentive_text }));
  if (extra.length) parts.push(el('div', { class: 'muted' }, extra.join(' · ')));
  return parts;
}

function previewSummary(p) {
  const o = p.order;
  const waiting = o.lines.reduce((n, l) => n + l.backordered, 0);
  const told = waiting === 0 ? t('order-all-in-stock')
    : o.incentive.kind === 'none' ? t('preview-will-wait', { count: waiting })
      : t('preview-will-wait-incentive', { count: waiting, incentive: p.incentive_text });
  return el('div', { class: 'summary-line' },
    el('span', { id: 'order-incentive-preview' }, told),
    el('span', { class: 'totals' }, t('preview-subtotal', { amount: money(o.subtotal) }), o.discount === '0.00' ? '' : t('preview-incentive', { amount: money(o.discount) }),
      ' · ', el('strong', { id: 'order-preview-total' }, t('preview-total', { amount: money(o.total) }))));
}

// ---------------------------------------------------------------------------------------------
// Order page

async function renderDetail(container, number) {
  const o = await api.orderDetail(number);
  const [messages, pending, mail, whys] = await Promise.all([api.orderMessages(o.id), api.listNotifications(true), api.mailSetup(), api.promiseWhy(o.number)]);
  // "E-mail now" (issue 16): the order's news not yet given — the backorder news, each parcel.
  const untold = mail.settings.configured ? pending.filter((n) => n.order === o.number) : [];
  const emailNow = (n, id) => (n ? el('button', { type: 'button', class: 'email-now', id, onclick: (e) => act(e.currentTarget,
    () => api.emailNoticeNow(n.id), (m) => t('emailing-now', { to: m.to })) }, t('email-now')) : null);
  const backorderNews = untold.find((n) => n.kind !== 'shipped');
  const fact = (label, value, id) => el('div', { class: 'fact', id }, el('div', { class: 'label' }, label), el('div', { class: 'value' }, value));
  const ready = o.lines.reduce((n, l) => n + l.allocated, 0);
  const waiting = o.lines.reduce((n, l) => n + l.backordered, 0);
  const open = o.status !== 'shipped' && o.status !== 'cancelled';
  // The language of this order's documents: the customer's unless another is picked (issue 17).
  const docLanguage = documentLanguagePicker('order-doc-language');

  const shipBtn = el('button', { type: 'button', class: 'primary', id: 'order-ship', disabled: ready === 0, onclick: () => shipDialog(o, ready, waiting) },
    ready === 0 ? t('order-nothing-to-ship') : waiting > 0 ? t('order-ship-units-now', { count: ready }) : t('order-ship-now'));
  put(container, 
    el('div', { class: 'crumbs' }, link('#/orders', t('back-to-orders'))),
    el('div', { class: 'page-head' },
      el('div', { class: 'grow' }, el('h1', { id: 'order-title' }, t('order-title', { order: o.number })),
        el('div', { class: 'sub' }, link(`#/customers/${o.customer_id}`, o.customer), t('order-placed-at', { when: formatDateTime(o.placed_at) }),
          ...(o.external_ref ? [t('order-web-ref', { ref: o.external_ref })] : []))),
      el('span', { id: 'order-status-badge' }, statusBadge(o.status)),
      open ? shipBtn : null,
      open ? el('button', { type: 'button', id: 'order-priority-change', onclick: () => priorityDialog(o) }, t('order-change-priority')) : null,
      open ? el('button', { type: 'button', class: 'danger', id: 'order-cancel', onclick: () => cancelOrder(o) }, t('order-cancel')) : null),
    el('div', { class: 'facts' },
      fact(t('col-ready-to-ship'), ready, 'order-ready'), fact(t('col-waiting'), waiting, 'order-waiting'), fact(t('col-priority'), o.priority),
      fact(t('col-carrier'), o.carrier || t('carrier-default')), fact(t('fig-subtotal'), money(o.subtotal)), fact(t('fig-incentive'), o.discount === '0.00' ? '—' : `−${money(o.discount)}`), fact(t('col-total'), money(o.total), 'order-total')),
    o.incentive && o.incentive.kind !== 'none' && o.lines.some((l) => l.incentive_units > 0) ? el('p', { class: 'notice' }, t('order-incentive', { incentive: describeIncentive(o.incentive) })) : null,
    o.note ? el('p', { class: 'pre' }, o.note) : null,
    el('h2', {}, t('col-lines')),
    table('order-lines-table', [{ title: t('col-sku') }, { title: t('col-product') }, { title: t('col-price'), num: true }, { title: t('col-ordered'), num: true }, { title: t('col-ready'), num: true },
      { title: t('col-shipped'), num: true }, { title: t('col-waiting'), num: true }, { title: t('col-cancelled'), num: true }, { title: t('col-queue'), num: true }, { title: t('col-promise') }, { title: '' }],
    o.lines.map((l) => ({ attrs: { dataset: { sku: l.sku } }, cells: [
      link(`#/products/${encodeURIComponent(l.sku)}`, l.sku), l.name, money(l.unit_price), l.ordered, l.allocated, l.shipped, l.backordered, l.cancelled,
      l.queue_position ?? '', l.allocated + l.backordered > 0 ? formatDate(l.eta) : '',
      el('div', { class: 'line-actions' },
        l.backordered > 0 ? el('button', { type: 'button', class: 'swap-line', onclick: () => swapDialog(o, l) }, t('order-swap')) : null,
        l.allocated + l.backordered > 0 ? el('button', { type: 'button', class: 'danger cancel-line', onclick: () => cancelUnits(o, l) }, t('order-cancel-line')) : null)] }))),
    whyList('order-promise-why', whys.filter((w) => w.promise)),
    el('div', { class: 'inline-form', id: 'order-doc-language-box' }, docLanguage.control),
    el('h2', {}, t('nav-shipments')),
    table('order-shipments', [{ title: t('col-shipment') }, { title: t('col-date') }, { title: t('col-carrier') }, { title: t('col-tracking') }, { title: t('col-contents') }, { title: t('col-documents') }],
      o.shipments.map((s) => ({ attrs: { dataset: { shipment: s.shipment } }, cells: [
        s.shipment, formatDate(s.shipped_on), s.carrier || '', s.tracking || '',
        (s.lines || []).map((x) => t('qty-sku', { qty: x.qty, sku: x.sku })).join(', '),
        el('div', {}, docButtons('slip', s.shipment, t('col-packing-slip'), `slip-${s.shipment}`, docLanguage.value),
          el('br'), docButtons('shipped', s.shipment, t('doc-shipped-notice'), `shipped-${s.shipment}`, docLanguage.value),
          emailNow(untold.find((n) => n.kind === 'shipped' && n.shipment === s.shipment), `email-shipped-${s.shipment}`))] })),
      t('nothing-shipped')),
    el('h2', {}, t('doc-backorder-notice')),
    waiting > 0 || o.lines.some((l) => l.incentive_units > 0)
      ? el('div', { class: 'doc-cell' }, docButtons('notice', o.number, t('doc-backorder-notice'), 'notice', docLanguage.value), emailNow(backorderNews, 'order-email-now'))
      : el('p', { class: 'muted' }, t('order-no-notice-needed')),
    el('h2', {}, t('customer-emails')),
    messagesTable('order-messages', messages, { order: false },
      mail.settings.configured ? t('order-no-email') : t('order-email-not-set-up')));
}

/** " Freed stock went to O-1 (2 × SKU)." or nothing. */
function freedText(fills) {
  return fills.length ? t('freed-stock', { to: fills.map((a) => `${a.order} (${t('qty-sku', { qty: a.qty, sku: a.sku })})`).join(', ') }) : '';
}

// The language picked on the order's page for its documents, used by the dialog after a
// shipment (null: the customer's).
function docLanguageOf() {
  return document.getElementById('order-doc-language')?.value || null;
}

function describeIncentive(i) {
  if (i.kind === 'discount') return t('incentive-discount', { percent: i.percent_bp / 100 });
  if (i.kind === 'credit') return t('incentive-credit', { amount: i.amount });
  if (i.kind === 'gift') return t('incentive-gift', { note: i.note });
  return t('incentive-none');
}

async function shipDialog(o, ready, waiting) {
  const carriers = await api.listCarriers().catch(() => []);
  const carrier = el('select', { id: 'ship-carrier' },
    carriers.map((c) => el('option', { value: c.name, selected: o.carrier ? o.carrier === c.name : c.is_default }, c.name)));
  const tracking = el('input', { id: 'ship-tracking', autocomplete: 'off', placeholder: t('field-tracking') });
  const partial = el('input', { type: 'checkbox', id: 'ship-partial', checked: waiting > 0 });
  const shipment = await modal(t('ship-title', { order: o.number }), (close) => {
    const go = el('button', { type: 'submit', class: 'primary', id: 'ship-confirm' }, t('ship-units', { count: ready }));
    return el('form', { onsubmit: async (event) => {
      event.preventDefault();
      const out = await act(go, () => api.shipOrder(o.number, carrier.value || null, tracking.value.trim() || null, partial.checked),
        (s) => t('shipment-left', { shipment: s.shipment, lines: s.lines.map((l) => t('qty-sku', { qty: l.qty, sku: l.sku })).join(', ') }));
      if (out) close(out);
    } },
    waiting > 0 ? el('p', { class: 'notice warn' }, t('ship-still-waiting', { count: waiting })) : null,
    el('div', { class: 'form-grid' }, carriers.length ? field(t('col-carrier'), carrier) : null, el('div', { class: 'span-2' }, field(t('field-tracking'), tracking))),
    waiting > 0 ? el('label', {}, partial, t('ship-partial')) : null,
    el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => close(undefined) }, t('cancel')), go));
  }, { id: 'ship-dialog' });
  if (shipment) {
    // Offer the packing slip straight away: it goes in the parcel.
    await modal(t('shipment-title', { shipment: shipment.shipment }), (close) => el('div', {},
      el('p', {}, t('shipment-print-hint')),
      docButtons('slip', shipment.shipment, t('col-packing-slip'), 'new-slip', docLanguageOf(o)), el('br'),
      docButtons('shipped', shipment.shipment, t('doc-shipped-notice'), 'new-shipped', docLanguageOf(o)),
      el('div', { class: 'actions' }, el('button', { type: 'button', class: 'primary', id: 'shipment-done', onclick: () => close(true) }, t('done')))),
    { id: 'shipment-dialog' });
  }
}

async function priorityDialog(o) {
  const value = el('input', { type: 'number', id: 'priority-value', value: o.priority });
  await modal(t('priority-title', { order: o.number }), (close) => {
    const save = el('button', { type: 'submit', class: 'primary', id: 'priority-save' }, t('order-change-priority'));
    return el('form', { onsubmit: async (event) => {
      event.preventDefault();
      const out = await act(save, () => api.setOrderPriority(o.number, Number(value.value)), (r) => t('priority-changed', { order: r.order.number, priority: r.order.priority }) + (r.moves.length ? t('promises-moved', { count: r.moves.length }) : ''));
      if (out) close(out);
    } }, el('p', { class: 'muted' }, t('priority-hint')),
    field(t('col-priority'), value), el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => close(undefined) }, t('cancel')), save));
  }, { id: 'priority-dialog' });
}

/** The customer's "cancel" choice for part of a line: how many of its unshipped units (the
 *  waiting ones go first). The safe choice has the focus. */
async function cancelUnits(o, line) {
  const most = line.allocated + line.backordered;
  const qty = el('input', { type: 'number', min: 1, max: most, value: most, class: 'qty', id: 'cancel-qty' });
  await modal(t('cancel-units-title', { sku: line.sku, order: o.number }), (close) => {
    const go = el('button', { type: 'button', class: 'danger', id: 'cancel-units-confirm' }, t('cancel-units'));
    go.addEventListener('click', async () => {
      const n = Number(qty.value);
      const r = await act(go, () => api.cancelOrder(o.number, line.sku, n), (x) => {
        return t('units-cancelled', { count: n, sku: line.sku, order: o.number }) + freedText(x.fills);
      });
      if (r) close(r);
    });
    return el('div', {},
      el('p', {}, t('cancel-units-explain', { count: most, name: line.name, waiting: line.backordered, ready: line.allocated })),
      field(t('field-units-to-cancel'), qty),
      el('p', { class: 'muted' }, t('cancel-freed-hint')),
      el('div', { class: 'actions' }, el('button', { type: 'button', id: 'cancel-units-keep', autofocus: true, onclick: () => close(undefined) }, t('keep-them')), go));
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
    t('swap-offer', { name: s.name, sku: s.sku, price: money(s.price), count: s.available })));
  await modal(t('swap-title', { sku: line.sku, order: o.number }), (close) => {
    const go = el('button', { type: 'button', class: 'primary', id: 'swap-confirm', disabled: offers.length === 0 }, t('swap'));
    go.addEventListener('click', async () => {
      const to = choices.map((c) => c.querySelector('input')).find((r) => r.checked)?.value;
      if (!to) return;
      const r = await act(go, () => api.swapOrderLine(o.number, line.sku, to, Number(qty.value)),
        () => t('swapped', { order: o.number, count: Number(qty.value), sku: line.sku, to }));
      if (r) close(r);
    });
    return el('div', { id: 'swap-form' },
      el('p', {}, t('swap-explain', { count: line.backordered, name: line.name })),
      offers.length ? el('div', { class: 'choices', id: 'swap-choices' }, choices)
        : el('p', { class: 'notice', id: 'swap-none' }, t('swap-none')),
      offers.length ? field(t('field-units-to-swap'), qty) : null,
      el('div', { class: 'actions' }, el('button', { type: 'button', id: 'swap-keep', autofocus: true, onclick: () => close(undefined) }, t('keep-waiting')), go));
  }, { id: 'swap-dialog', wide: true });
}

/** Cancels every unshipped unit of the order, after asking. */
async function cancelOrder(o) {
  if (!(await confirmAction(t('order-cancel-ask', { order: o.number }), { confirmLabel: t('order-cancel'), keepLabel: t('keep-the-order'), detail: t('cancel-freed-hint') }))) return;
  try {
    const r = await api.cancelOrder(o.number, null);
    toast(t('order-cancelled', { order: o.number }) + freedText(r.fills));
  } catch (err) { showError(err); }
}
