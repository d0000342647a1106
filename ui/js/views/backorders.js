// Backorders: every waiting line across products, in queue order, with position, age, promise
// and customer; filters by product, customer and age; bulk print of the pending notices. The
// core filters and pages in SQL (a large shop has 20,000 waiting lines): one page per request.
import * as api from '../api.js';
import { el, clear, showError, formatDate, field, pager, table, link, put, figure, plural, act } from '../lib/dom.js';
import { docButtons } from '../lib/docs.js';
import { KIND_TEXT, noticeDetail, toldDialog } from '../lib/notices.js';
import { messagesTable } from '../lib/mail.js';

const PAGE = 50;
const state = { sku: '', customer: '', minAge: '', unknownOnly: false, offset: 0 };

export default {
  title: 'Backorders',
  refreshOn: ['orders', 'stock', 'purchasing', 'shipments', 'notifications', 'products', 'mail'],
  async render(container, params) {
    if (params[0] === 'notify') return renderToTell(container);
    if (params[0] === 'filter' && params[1] === 'no-date') state.unknownOnly = true;
    const sku = el('input', { id: 'bo-sku', type: 'search', value: state.sku, placeholder: 'SKU', autocomplete: 'off' });
    const customer = el('input', { id: 'bo-customer', type: 'search', value: state.customer, placeholder: 'Name', autocomplete: 'off' });
    const minAge = el('input', { id: 'bo-age', type: 'number', min: 0, value: state.minAge, placeholder: 'any' });
    const unknown = el('input', { id: 'bo-unknown', type: 'checkbox', checked: state.unknownOnly });
    const box = el('div');
    const pagerBox = el('div', { class: 'pager', role: 'navigation', 'aria-label': 'Pages of waiting lines' });
    const [pending, figures] = await Promise.all([api.listNotifications(true).catch(() => []), api.dashboard().catch(() => null)]);
    // "Told?" of a waiting line: is backorder news of its order still pending?
    const pendingOrders = new Set(pending.filter((n) => n.kind !== 'shipped').map((n) => n.order));
    // One definition of "customers to tell", the Dashboard's (issue 15).
    const toTell = figures ? figures.customers_to_notify : 0;

    put(container, 
      el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, 'Backorders'),
        toTell
          ? el('div', {}, el('div', {}, link('#/backorders/notify', `Customers to tell: ${plural(toTell, 'customer')}, ${plural(figures.pending_notifications, 'notice')} not yet printed or sent`)),
            pendingOrders.size ? docButtons('notices', 'pending', 'All pending notices', 'notices-pending') : null)
          : el('span', { class: 'muted', id: 'no-pending-notices' }, 'Every customer has been told.')),
      el('div', { class: 'toolbar' }, field('Product (SKU)', sku), field('Customer', customer), field('Waiting at least (days)', minAge),
        el('label', { class: 'nowrap' }, unknown, ' Only without a date')),
      box, pagerBox);

    let seq = 0;
    async function load() {
      const mine = ++seq;
      const filter = {
        sku: state.sku || null, customer: state.customer || null,
        min_age_days: state.minAge === '' ? null : Number(state.minAge), without_eta: state.unknownOnly,
      };
      const page = await api.listBackorders(filter, state.offset, PAGE);
      if (mine !== seq) return;
      put(clear(box), table('backorders-table',
        [{ title: 'SKU' }, { title: 'Product' }, { title: 'Position', num: true }, { title: 'Waiting', num: true }, { title: 'Order' },
          { title: 'Customer' }, { title: 'Priority', num: true }, { title: 'Age (days)', num: true }, { title: 'Promise' }, { title: 'Told?' }],
        page.items.map((r) => ({ attrs: { dataset: { order: r.order, sku: r.sku } }, cells: [
          link(`#/products/${encodeURIComponent(r.sku)}`, r.sku), r.product_name, r.queue_position, r.backordered,
          link(`#/orders/${encodeURIComponent(r.order)}`, r.order), link(`#/customers/${r.customer_id}`, r.customer),
          r.priority, r.age_days, formatDate(r.eta),
          pendingOrders.has(r.order) ? el('span', { class: 'badge pending' }, 'not yet') : el('span', { class: 'badge done' }, 'told')] })),
        'Nobody is waiting. Every order can ship from stock.'));
      pager(pagerBox, { offset: state.offset, count: page.items.length, total: page.total, limit: PAGE },
        (o) => { state.offset = o; load().catch(showError); });
      // The core pages in SQL: the window only ever holds one page, so say where it is.
      const n = figure;
      pagerBox.firstChild.textContent = page.total === 0 ? ''
        : `rows ${n(state.offset + 1)}–${n(state.offset + page.items.length)} of ${n(page.total)}`;
      pagerBox.firstChild.id = 'bo-rows';
    }
    const onFilter = () => {
      state.sku = sku.value.trim(); state.customer = customer.value.trim(); state.minAge = minAge.value;
      state.unknownOnly = unknown.checked; state.offset = 0; load().catch(showError);
    };
    for (const input of [sku, customer, minAge]) input.addEventListener('input', onFilter);
    unknown.addEventListener('change', onFilter);
    await load();
  },
};

/** The to-do list of what customers should be told, with the batch print of pending notices. */
async function renderToTell(container) {
  const [pending, mail, queued] = await Promise.all([api.listNotifications(true), api.mailSetup(), api.listOutbox('queued')]);
  const mailOn = mail.settings.configured;
  put(container, 
    el('div', { class: 'crumbs' }, link('#/backorders', '← Backorders')),
    el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, 'Customers to tell'),
      pending.some((n) => n.kind !== 'shipped') ? docButtons('notices', 'pending', 'All pending backorder notices', 'notices-pending') : null),
    el('p', { class: 'muted' }, 'Printing or saving a notice marks it as told; so does recording that you told the customer by phone or in person. '
      + 'A newer notice of an order replaces an older one not yet given. Shipped notices are printed from the order or the Shipments screen.'),
    table('to-tell-table', [{ title: 'Due' }, { title: 'Customer' }, { title: 'Order' }, { title: 'About' }, { title: 'Details' }, { title: 'Document' }],
      pending.map((n) => ({ attrs: { dataset: { order: n.order, notice: n.id } }, cells: [
        el('span', { class: 'nowrap' }, formatDate(n.due)), link(`#/customers/${n.customer_id}`, n.customer), link(`#/orders/${encodeURIComponent(n.order)}`, n.order),
        KIND_TEXT[n.kind] || n.kind, noticeDetail(n),
        el('div', { class: 'doc-cell' },
          n.kind === 'shipped' && n.shipment ? docButtons('shipped', n.shipment, 'Shipped notice') : docButtons('notice', n.order, 'Notice'),
          mailOn ? el('button', { type: 'button', class: 'email-now', onclick: (e) => act(e.currentTarget, () => api.emailNoticeNow(n.id),
            (m) => `E-mailing ${m.to} now.`) }, 'E-mail now') : null,
          el('button', { type: 'button', class: 'told-button', onclick: () => toldDialog(n) }, 'Told them…'))] })),
      'Every customer has been told.'),
    // E-mails not sent yet: while the shop reviews before sending, or while the server is away.
    queued.length ? el('section', { class: 'panel', id: 'to-tell-queued' },
      el('h2', {}, mail.settings.mail_auto ? 'E-mails on their way' : 'E-mails waiting for your review'),
      el('p', { class: 'muted' }, mail.settings.mail_auto
        ? 'They go by themselves; a message the server could not take yet is tried again.'
        : 'Send them all, some, or none (those go back to paper). ', link('#/outbox', 'Open the Outbox')),
      el('div', { class: 'actions left' }, el('button', { type: 'button', class: 'primary', id: 'to-tell-send-all',
        onclick: (e) => act(e.currentTarget, () => api.sendOutboxNow(queued.map((m) => m.id)), (k) => `Sending ${plural(k, 'message')} now.`) },
      queued.length === 1 ? 'Send it now' : `Send all ${queued.length} now`)),
      messagesTable('to-tell-queued-table', queued)) : null);
}
