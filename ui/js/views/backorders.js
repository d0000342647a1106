// Backorders: every waiting line across products, in queue order, with position, age, promise
// and customer; filters by product, customer and age; bulk print of the pending notices. The
// core filters and pages in SQL (a large shop has 20,000 waiting lines): one page per request.
import * as api from '../api.js';
import { el, clear, showError, formatDate, field, pager, table, link, put, act, t } from '../lib/dom.js';
import { docButtons } from '../lib/docs.js';
import { kindText, noticeDetail, toldDialog } from '../lib/notices.js';
import { messagesTable } from '../lib/mail.js';

const PAGE = 50;
const state = { sku: '', customer: '', minAge: '', unknownOnly: false, offset: 0 };

export default {
  title: 'Backorders',
  refreshOn: ['orders', 'stock', 'purchasing', 'shipments', 'notifications', 'products', 'mail'],
  async render(container, params) {
    if (params[0] === 'notify') return renderToTell(container);
    if (params[0] === 'filter' && params[1] === 'no-date') state.unknownOnly = true;
    const sku = el('input', { id: 'bo-sku', type: 'search', value: state.sku, placeholder: t('col-sku'), autocomplete: 'off' });
    const customer = el('input', { id: 'bo-customer', type: 'search', value: state.customer, placeholder: t('col-name'), autocomplete: 'off' });
    const minAge = el('input', { id: 'bo-age', type: 'number', min: 0, value: state.minAge, placeholder: t('bo-age-any') });
    const unknown = el('input', { id: 'bo-unknown', type: 'checkbox', checked: state.unknownOnly });
    const box = el('div');
    const pagerBox = el('div', { class: 'pager', role: 'navigation', 'aria-label': t('bo-pages') });
    const [pending, figures] = await Promise.all([api.listNotifications(true).catch(() => []), api.dashboard().catch(() => null)]);
    // "Told?" of a waiting line: is backorder news of its order still pending?
    const pendingOrders = new Set(pending.filter((n) => n.kind !== 'shipped').map((n) => n.order));
    // One definition of "customers to tell", the Dashboard's (issue 15).
    const toTell = figures ? figures.customers_to_notify : 0;

    put(container, 
      el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, t('nav-backorders')),
        toTell
          ? el('div', {}, el('div', {}, link('#/backorders/notify', t('bo-to-tell', { customers: toTell, notices: figures.pending_notifications }))),
            pendingOrders.size ? docButtons('notices', 'pending', t('bo-all-pending'), 'notices-pending') : null)
          : el('span', { class: 'muted', id: 'no-pending-notices' }, t('bo-all-told'))),
      el('div', { class: 'toolbar' }, field(t('bo-product-sku'), sku), field(t('col-customer'), customer), field(t('bo-min-age'), minAge),
        el('label', { class: 'nowrap' }, unknown, t('bo-only-without-date'))),
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
        [{ title: t('col-sku') }, { title: t('col-product') }, { title: t('col-position'), num: true }, { title: t('col-waiting'), num: true }, { title: t('col-order') },
          { title: t('col-customer') }, { title: t('col-priority'), num: true }, { title: t('col-age-days'), num: true }, { title: t('col-promise') }, { title: t('col-told') }],
        page.items.map((r) => ({ attrs: { dataset: { order: r.order, sku: r.sku } }, cells: [
          link(`#/products/${encodeURIComponent(r.sku)}`, r.sku), r.product_name, r.queue_position, r.backordered,
          link(`#/orders/${encodeURIComponent(r.order)}`, r.order), link(`#/customers/${r.customer_id}`, r.customer),
          r.priority, r.age_days, formatDate(r.eta),
          pendingOrders.has(r.order) ? el('span', { class: 'badge pending' }, t('bo-not-yet')) : el('span', { class: 'badge done' }, t('bo-told'))] })),
        t('bo-empty')));
      pager(pagerBox, { offset: state.offset, count: page.items.length, total: page.total, limit: PAGE },
        (o) => { state.offset = o; load().catch(showError); });
      // The core pages in SQL: the window only ever holds one page, so say where it is.
      pagerBox.firstChild.textContent = page.total === 0 ? ''
        : t('bo-rows', { from: state.offset + 1, to: state.offset + page.items.length, total: page.total });
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
    el('div', { class: 'crumbs' }, link('#/backorders', t('back-to-backorders'))),
    el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, t('dash-notify')),
      pending.some((n) => n.kind !== 'shipped') ? docButtons('notices', 'pending', t('bo-all-pending-backorder'), 'notices-pending') : null),
    el('p', { class: 'muted' }, t('bo-to-tell-explain')),
    table('to-tell-table', [{ title: t('col-due') }, { title: t('col-customer') }, { title: t('col-order') }, { title: t('col-about') }, { title: t('col-details') }, { title: t('col-document') }],
      pending.map((n) => ({ attrs: { dataset: { order: n.order, notice: n.id } }, cells: [
        el('span', { class: 'nowrap' }, formatDate(n.due)), link(`#/customers/${n.customer_id}`, n.customer), link(`#/orders/${encodeURIComponent(n.order)}`, n.order),
        kindText(n.kind), noticeDetail(n),
        el('div', { class: 'doc-cell' },
          n.kind === 'shipped' && n.shipment ? docButtons('shipped', n.shipment, t('doc-shipped-notice')) : docButtons('notice', n.order, t('doc-notice')),
          mailOn ? el('button', { type: 'button', class: 'email-now', onclick: (e) => act(e.currentTarget, () => api.emailNoticeNow(n.id),
            (m) => t('emailing-now', { to: m.to })) }, t('email-now')) : null,
          el('button', { type: 'button', class: 'told-button', onclick: () => toldDialog(n) }, t('bo-told-them')))] })),
      t('bo-all-told')),
    // E-mails not sent yet: while the shop reviews before sending, or while the server is away.
    queued.length ? el('section', { class: 'panel', id: 'to-tell-queued' },
      el('h2', {}, mail.settings.mail_auto ? t('bo-emails-on-way') : t('bo-emails-review')),
      el('p', { class: 'muted' }, mail.settings.mail_auto
        ? t('bo-emails-auto')
        : t('bo-emails-review-hint'), link('#/outbox', t('bo-open-outbox'))),
      el('div', { class: 'actions left' }, el('button', { type: 'button', class: 'primary', id: 'to-tell-send-all',
        onclick: (e) => act(e.currentTarget, () => api.sendOutboxNow(queued.map((m) => m.id)), (k) => t('outbox-sending-count', { count: k })) },
      t('bo-send-all', { count: queued.length }))),
      messagesTable('to-tell-queued-table', queued)) : null);
}
