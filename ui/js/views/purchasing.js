// Purchasing: purchase orders with expected dates (overdue highlighted); a new PO, pre-filled
// from the reorder suggestions; receiving a delivery with a preview of which orders it will
// fill before confirming; changing an expected date and seeing whose promise moves; cancelling
// what the supplier will never deliver, after a confirmation naming whose promises move.
import * as api from '../api.js';
import { el, clear, showError, formatDate, field, modal, act, pager, table, link, put, lookupFailed, t } from '../lib/dom.js';
import { labelButtons } from '../lib/docs.js';

const PAGE = 50;
const state = { search: '', open: true, overdue: false, offset: 0 };

export default {
  title: 'Purchasing',
  refreshOn: ['purchasing', 'products', 'stock', 'orders'],
  async render(container, params) {
    if (params[0] === 'new') return renderNew(container);
    if (params[0] === 'filter') { state.overdue = params[1] === 'overdue'; state.offset = 0; return renderList(container); }
    if (params[0]) return renderDetail(container, params[0]);
    state.overdue = false;
    return renderList(container);
  },
};

// A PO's status in words.
const poStatus = (s) => (['open', 'partially_received', 'received', 'cancelled'].includes(s) ? t(`po-status-${s.replace(/_/g, '-')}`) : s.replace(/_/g, ' '));
const poBadge = (po) => (po.overdue ? el('span', { class: 'badge overdue' }, t('po-overdue'))
  : el('span', { class: `badge ${po.status}` }, poStatus(po.status)));

async function renderList(container) {
  const input = el('input', { type: 'search', id: 'po-search', value: state.search, placeholder: t('po-search-placeholder'), 'aria-label': t('po-search'), autocomplete: 'off' });
  const openOnly = el('input', { type: 'checkbox', id: 'po-open-only', checked: state.open });
  const box = el('div');
  const pagerBox = el('div', { class: 'pager' });
  put(container, 
    el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, t('nav-purchasing')),
      el('a', { href: '#/purchasing/new', class: 'button-link primary', id: 'po-new' }, t('po-new'))),
    el('div', { class: 'toolbar' }, input, el('label', { class: 'nowrap' }, openOnly, t('po-open-only'))),
    state.overdue ? el('p', { class: 'notice bad', id: 'pos-filter' }, t('po-showing-overdue'), link('#/purchasing', t('show-all'))) : null,
    box, pagerBox);
  let seq = 0;
  async function load() {
    const mine = ++seq;
    const page = await api.listPurchaseOrders({ search: state.search || null, open_only: state.open, overdue_only: state.overdue }, state.offset, PAGE);
    if (mine !== seq) return;
    put(clear(box), table('pos-table',
      [{ title: t('col-po') }, { title: t('col-supplier') }, { title: t('col-expected') }, { title: t('col-status') }, { title: t('col-lines'), num: true }, { title: t('col-outstanding'), num: true }],
      page.items.map((po) => ({ attrs: { class: po.overdue ? 'overdue' : null, dataset: { po: po.number } }, cells: [
        link(`#/purchasing/${encodeURIComponent(po.number)}`, po.number), po.supplier, formatDate(po.expected_on), poBadge(po),
        po.lines.length, po.lines.reduce((n, l) => n + l.outstanding, 0)] })),
      state.open ? t('po-none-open') : t('po-none')));
    pager(pagerBox, { offset: state.offset, count: page.items.length, total: page.total, limit: PAGE },
      (o) => { state.offset = o; load().catch(showError); });
  }
  input.addEventListener('input', () => { state.search = input.value.trim(); state.offset = 0; load().catch(showError); });
  openOnly.addEventListener('change', () => { state.open = openOnly.checked; state.offset = 0; load().catch(showError); });
  await load();
  input.focus();
}

// ---------------------------------------------------------------------------------------------

async function renderDetail(container, number) {
  const po = await api.purchaseOrder(number);
  // Units still to come, from the core (0 once cancelled: its lines keep their outstanding figures).
  const outstanding = po.to_come;
  put(container, 
    el('div', { class: 'crumbs' }, link('#/purchasing', t('back-to-purchasing'))),
    el('div', { class: 'page-head' },
      el('div', { class: 'grow' }, el('h1', { id: 'po-title' }, t('po-title', { po: po.number })),
        el('div', { class: 'sub' }, t('po-sub', { supplier: po.supplier, ordered: formatDate(po.created_on), expected: formatDate(po.expected_on) })
          + (po.first_expected_on !== po.expected_on ? t('po-first-promised', { date: formatDate(po.first_expected_on) }) : ''))),
      poBadge(po),
      outstanding > 0 ? el('button', { type: 'button', id: 'po-expect', onclick: () => expectDialog(po) }, t('po-change-date')) : null,
      outstanding > 0 ? el('button', { type: 'button', class: 'danger', id: 'po-cancel', onclick: () => cancelPo(po) }, t('po-cancel')) : null,
      outstanding > 0 ? el('button', { type: 'button', class: 'primary', id: 'po-receive', onclick: () => receiveDialog(po) }, t('po-receive')) : null),
    po.status === 'cancelled' ? el('p', { class: 'notice warn', id: 'po-cancelled' }, t('po-was-cancelled')) : null,
    po.overdue ? el('p', { class: 'notice bad' }, t('po-late', { date: formatDate(po.expected_on) })) : null,
    el('h2', {}, t('col-lines')),
    table('po-lines', [{ title: t('col-sku') }, { title: t('col-product') }, { title: t('col-ordered'), num: true }, { title: t('col-received'), num: true },
      { title: po.status === 'cancelled' ? t('col-cancelled') : t('col-outstanding'), num: true }],
      po.lines.map((l) => ({ attrs: { dataset: { sku: l.sku } }, cells: [
        link(`#/products/${encodeURIComponent(l.sku)}`, l.sku), l.name, l.ordered, l.received, l.outstanding] }))),
    // A label for each unit received, to stick on before the units go on the shelf.
    po.lines.some((l) => l.received > 0)
      ? el('section', { class: 'panel', id: 'po-labels' }, el('h2', {}, t('po-labels')), labelButtons(`po:${po.number}`, 'po-labels'))
      : null);
}

/** Cancelling: the core says (storing nothing) whose promises would move; the shop confirms. */
async function cancelPo(po) {
  let preview;
  try { preview = await api.previewPoCancel(po.number); } catch (err) { showError(err); return; }
  const units = preview.cancelled.map((c) => t('qty-sku', { qty: c.qty, sku: c.sku })).join(', ');
  const moves = preview.moved.length === 0
    ? el('p', { class: 'muted', id: 'po-cancel-moves' }, t('po-cancel-no-moves'))
    : el('div', { id: 'po-cancel-moves' },
      el('p', {}, t('po-cancel-moves')),
      table('po-cancel-moved', [{ title: t('col-order') }, { title: t('col-sku') }, { title: t('col-promised') }, { title: t('col-now') }],
        preview.moved.map((m) => ({ attrs: { dataset: { order: m.order } }, cells: [m.order, m.sku, formatDate(m.old_eta), formatDate(m.new_eta)] }))));
  await modal(t('po-cancel-title', { po: po.number }), (close) => {
    const go = el('button', { type: 'button', class: 'danger', id: 'po-cancel-confirm' }, t('po-cancel'));
    go.addEventListener('click', async () => {
      const out = await act(go, () => api.cancelPurchaseOrder(po.number), (r) => {
        const orders = new Set(r.moved.map((m) => m.order)).size;
        return t('po-cancelled', { po: r.po }) + (orders ? t('po-new-promises', { count: orders }) : '');
      });
      if (out) close(out);
    });
    return el('div', {},
      el('p', {}, t('po-cancel-explain', { units, supplier: po.supplier })),
      moves,
      // The safe choice has the focus: Enter or Escape keeps the purchase order.
      el('div', { class: 'actions' }, el('button', { type: 'button', id: 'po-cancel-keep', autofocus: true, onclick: () => close(undefined) }, t('keep-it')), go));
  }, { id: 'po-cancel-dialog', wide: preview.moved.length > 0 });
}

/** A short tone and a red flash: this scan did not count. */
function reject(box) {
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    tone.frequency.value = 330;
    tone.connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.2);
    tone.onended = () => audio.close();
  } catch { /* no sound device: the flash and the message still say it */ }
  box.classList.remove('flash');
  void box.offsetWidth; // restart the animation
  box.classList.add('flash');
}

/** Receiving: scan the units as they come out of the box (or type the quantities), see whom
 *  the delivery fills, then press Receive. Nothing is booked before that click. */
async function receiveDialog(po) {
  const inputs = po.lines.filter((l) => l.outstanding > 0).map((l) => ({
    sku: l.sku,
    input: el('input', { type: 'number', min: 0, value: l.outstanding, class: 'qty', id: `receive-${l.sku}`, 'aria-label': t('receive-units-of', { sku: l.sku }) }),
    line: l,
  }));
  const previewBox = el('div', { id: 'receive-preview', 'aria-live': 'polite' });
  const lines = () => inputs.map((x) => ({ sku: x.sku, qty: Number(x.input.value) })).filter((x) => x.qty !== 0);
  let seq = 0;
  const refresh = async () => {
    const mine = ++seq;
    clear(previewBox);
    if (lines().length === 0) { put(previewBox, el('p', { class: 'muted' }, t('receive-enter-units'))); return; }
    try {
      const fills = await api.previewReceipt(po.number, lines());
      if (mine !== seq) return;
      const onShelf = lines().reduce((n, l) => n + l.qty, 0) - fills.reduce((n, a) => n + a.qty, 0);
      put(previewBox, el('h3', {}, t('receive-fills')),
        table('receive-fills', [{ title: t('col-order') }, { title: t('col-sku') }, { title: t('col-units'), num: true }],
          fills.map((a) => ({ attrs: { dataset: { order: a.order } }, cells: [a.order, a.sku, a.qty] })),
          t('receive-no-order')),
        onShelf > 0 ? el('p', { class: 'muted' }, t('receive-on-shelf', { count: onShelf })) : null);
    } catch (err) {
      if (mine !== seq) return;
      put(previewBox, el('p', { class: 'notice bad', role: 'alert', id: 'receive-error' }, err.message));
    }
  };
  for (const x of inputs) x.input.addEventListener('input', refresh);
  // Scans: each one unit. The core counts them against the PO's lines; a code that is not on
  // the PO, or one unit more than is outstanding, does not count and is said out loud.
  const scans = [];
  const counted = {}; // SKU → units scanned, as the core last counted them
  const scan = el('input', { id: 'receive-scan', autocomplete: 'off', class: 'sku', autofocus: true,
    placeholder: t('receive-scan-placeholder'), 'aria-label': t('receive-scan-label') });
  const scanned = el('p', { id: 'receive-scanned', class: 'muted', 'aria-live': 'assertive' }, t('receive-scan-hint'));
  scan.addEventListener('keydown', async (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault(); // a scanner's Enter never books the delivery
    const code = scan.value.trim();
    if (!code) return;
    scan.value = '';
    scans.push(code);
    try {
      const tally = await api.receiveScanTally(po.number, scans);
      const stray = tally.not_on_po.find((s) => s.code === code);
      const line = tally.lines.find((l) => l.scanned > l.outstanding);
      if (stray || line) {
        scans.pop();
        scanned.className = 'notice bad';
        scanned.textContent = stray
          ? (stray.sku ? t('scan-not-on-po-known', { code, sku: stray.sku, name: stray.name, po: po.number }) : t('scan-not-on-po', { code, po: po.number }))
          : t('scan-extra', { count: line.outstanding, sku: line.sku });
        reject(scanned);
        return;
      }
      // The line this scan counted for: the one whose count went up.
      const hit = tally.lines.find((l) => l.scanned > (counted[l.sku] || 0));
      for (const l of tally.lines) counted[l.sku] = l.scanned;
      for (const x of inputs) x.input.value = counted[x.sku] || 0;
      const units = tally.receipt.reduce((n, r) => n + r.qty, 0);
      scanned.className = 'muted';
      scanned.textContent = hit ? t('scanned-units-line', { count: units, sku: hit.sku, scanned: hit.scanned, outstanding: hit.outstanding })
        : t('scanned-units', { count: units });
      refresh();
    } catch (err) {
      scans.pop();
      scanned.className = 'notice bad';
      scanned.textContent = err.message || String(err);
      reject(scanned);
    }
  });
  await modal(t('receive-title', { po: po.number }), (close) => {
    // Only a click (or Space/Enter on the focused button itself) books the delivery: not a
    // form, so Enter in a quantity field or a scanner's trailing Enter never submits (issue 15).
    const go = el('button', { type: 'button', class: 'primary', id: 'receive-confirm' }, t('receive'));
    go.addEventListener('click', async () => {
      const out = await act(go, () => api.receivePurchaseOrder(po.number, lines()), (r) => (r.allocations.length
        ? t('received-allocated', { to: r.allocations.map((a) => `${a.order} (${t('qty-sku', { qty: a.qty, sku: a.sku })})`).join(', ') })
        : t('received-on-shelf')));
      if (out) close(out);
    });
    refresh();
    return el('div', { id: 'receive-form' },
    el('div', { class: 'inline-form' }, field(t('receive-scan'), scan)), scanned,
    table('receive-lines', [{ title: t('col-sku') }, { title: t('col-product') }, { title: t('col-outstanding'), num: true }, { title: t('col-received-now'), num: true }],
      inputs.map((x) => [x.sku, x.line.name, x.line.outstanding, x.input])),
    previewBox,
    el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => close(undefined) }, t('cancel')), go));
  }, { wide: true, id: 'receive-dialog' });
}

/** How many waiting order lines may depend on a delivery, naming the orders of the first ones. */
const NAMED = 20;
function dependants(page) {
  if (page.total === 0) return t('po-no-dependants');
  const orders = [...new Set(page.items.map((r) => r.order))].join(', ');
  const rest = page.total - page.items.length;
  return rest > 0 ? t('po-dependants-more', { count: page.total, orders, rest }) : t('po-dependants', { count: page.total, orders });
}

/** Changing the expected date; afterwards shows whose promise moved (their notices are due). */
async function expectDialog(po) {
  const date = el('input', { type: 'date', id: 'expect-date', value: po.expected_on, required: true });
  // The core picks the waiting lines of what this PO still brings; a few of them name their
  // orders here, the total says how many there are (the Backorders screen lists them all).
  const waiting = await api.listBackorders({ po: po.number }, 0, NAMED).catch((err) => { showError(err); return null; });
  const out = await modal(t('expect-title', { po: po.number }), (close) => {
    const go = el('button', { type: 'submit', class: 'primary', id: 'expect-confirm' }, t('po-change-date-button'));
    return el('form', { onsubmit: async (event) => {
      event.preventDefault();
      const r = await act(go, () => api.setExpectedDate(po.number, date.value),
        (x) => t('expect-changed', { po: po.number, date: formatDate(x.expected_on), count: x.moved.length }));
      if (r) close(r);
    } }, field(t('po-expected-delivery'), date),
    waiting ? el('p', { class: 'muted', id: 'expect-waiting' }, dependants(waiting)) : null,
    el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => close(undefined) }, t('cancel')), go));
  }, { id: 'expect-dialog' });
  if (out) {
    await modal(t('po-promises-after'), (close) => el('div', { id: 'expect-moved-dialog' },
      out.moved.length ? el('p', {}, t('po-promises-moved'))
        : el('p', {}, t('po-no-promise-moved')),
      out.moved.length ? table('expect-moved', [{ title: t('col-order') }, { title: t('col-sku') }, { title: t('col-was') }, { title: t('col-now') }],
        out.moved.map((m) => [link(`#/orders/${encodeURIComponent(m.order)}`, m.order), m.sku, formatDate(m.old_eta), formatDate(m.new_eta)])) : null,
      el('div', { class: 'actions' }, el('button', { type: 'button', class: 'primary', id: 'expect-moved-ok', onclick: () => close(true) }, t('ok')))));
  }
}

// ---------------------------------------------------------------------------------------------

async function renderNew(container) {
  const suggestions = await api.reorderSuggestions().catch((err) => { showError(err); return []; });
  const supplier = el('input', { id: 'po-supplier', required: true, autocomplete: 'off' });
  const expected = el('input', { id: 'po-expected', type: 'date', required: true });
  const lines = []; // {sku, name, qty}
  const body = el('tbody');
  const render = () => {
    clear(body);
    if (!lines.length) put(body, el('tr', {}, el('td', { colspan: 4, class: 'muted' }, t('po-lines-empty'))));
    lines.forEach((l, i) => {
      const qty = el('input', { type: 'number', min: 1, value: l.qty, class: 'qty', 'aria-label': t('order-qty-of', { sku: l.sku }) });
      qty.addEventListener('change', () => { l.qty = Number(qty.value); });
      put(body, el('tr', { dataset: { sku: l.sku } }, el('td', {}, l.sku), el('td', {}, l.name), el('td', { class: 'num' }, qty),
        el('td', { class: 'actions-cell' }, el('button', { type: 'button', 'aria-label': t('order-remove-sku', { sku: l.sku }), onclick: () => { lines.splice(i, 1); render(); } }, t('remove')))));
    });
  };
  const sku = el('input', { id: 'po-sku', placeholder: t('order-sku-placeholder'), class: 'sku', autocomplete: 'off' });
  const qty = el('input', { id: 'po-qty', type: 'number', min: 1, placeholder: t('po-qty-placeholder'), class: 'qty' });
  const addTyped = async () => {
    if (!sku.value.trim()) return;
    try {
      const p = await api.findProductBySku(sku.value.trim());
      // An empty quantity takes the product's reorder quantity.
      const n = Number(qty.value) || p.reorder_qty || 1;
      const l = lines.find((x) => x.sku === p.sku);
      if (l) l.qty += n; else lines.push({ sku: p.sku, name: p.name, qty: n });
      render();
      if (!supplier.value && p.supplier) supplier.value = p.supplier;
      sku.value = ''; qty.value = ''; sku.focus();
    } catch (err) { lookupFailed(sku, err); }
  };
  sku.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); addTyped(); } });
  qty.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); addTyped(); } });

  const create = el('button', { type: 'button', class: 'primary', id: 'po-create' }, t('po-create'));
  create.addEventListener('click', async () => {
    const po = await act(create, () => api.createPurchaseOrder({ supplier: supplier.value, expected_on: expected.value, lines: lines.map((l) => ({ sku: l.sku, qty: l.qty })) }),
      (r) => t('po-created', { po: r.number }));
    if (po) location.hash = `#/purchasing/${encodeURIComponent(po.number)}`;
  });
  // Pre-filling from the reorder suggestions (the reorder report): one supplier at a time.
  const useSupplier = async (button, name) => {
    const draft = await act(button, () => api.reorderDraft(name), t('po-filled-in', { supplier: name }));
    if (!draft) return;
    supplier.value = draft.supplier;
    expected.value = draft.expected_on;
    lines.length = 0;
    for (const l of draft.lines) {
      const known = suggestions.flatMap((x) => x.products).find((p) => p.sku === l.sku);
      lines.push({ sku: l.sku, name: known ? known.name : '', qty: l.qty });
    }
    render();
  };
  const suggestionPanel = el('section', { class: 'panel', id: 'po-suggestions' }, el('h2', {}, t('po-suggestions')),
    suggestions.length === 0 ? el('p', { class: 'muted' }, t('po-no-suggestions'))
      : suggestions.map((g) => el('div', { class: 'suggestion', dataset: { supplier: g.supplier } },
        el('div', { class: 'inline-form' }, el('strong', { class: 'grow' }, g.has_supplier ? g.supplier : t('po-no-supplier-set', { supplier: g.supplier })),
          g.has_supplier ? el('button', { type: 'button', class: 'use-supplier', onclick: (e) => useSupplier(e.currentTarget, g.supplier) }, t('po-use-these', { count: g.products.length })) : null),
        table(null, [{ title: t('col-sku') }, { title: t('col-product') }, { title: t('col-available'), num: true }, { title: t('col-waiting'), num: true }, { title: t('col-incoming'), num: true }, { title: t('col-suggested'), num: true }],
          g.products.map((p) => [p.sku, p.name, p.available, p.waiting, p.incoming, p.suggested])))));

  put(container,
    el('div', { class: 'crumbs' }, link('#/purchasing', t('back-to-purchasing'))),
    el('h1', {}, t('po-new')),
    el('div', { class: 'stack' }, el('section', { class: 'panel' },
      el('div', { class: 'form-grid' }, field(t('col-supplier'), supplier), field(t('po-expected-delivery'), expected)),
      el('h2', {}, t('po-items')),
      el('div', { class: 'inline-form' }, field(t('col-sku'), sku), field(t('field-quantity'), qty), el('button', { type: 'button', id: 'po-add-line', onclick: addTyped }, t('order-add-item'))),
      el('table', { class: 'list', id: 'po-new-lines' }, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('col-sku')), el('th', { scope: 'col' }, t('col-product')), el('th', { scope: 'col', class: 'num' }, t('col-qty')), el('th', { scope: 'col' }, el('span', { class: 'sr-only' }, t('col-actions'))))), body),
      el('div', { class: 'actions' }, create)), suggestionPanel));
  render();
  supplier.focus();
}
