// Customers: a searchable, paginated list; add or edit a customer; the customer page with
// their orders and what they were told, and when.
import * as api from '../api.js';
import { el, clear, showError, formatDate, formatDateTime, field, modal, act, pager, table, link, put, money, t } from '../lib/dom.js';
import { kindText, noticeDetail, statusBadge } from '../lib/notices.js';
import { messagesTable } from '../lib/mail.js';

const PAGE = 50;
const listState = { search: '', offset: 0 };

export default {
  title: 'Customers',
  refreshOn: ['customers', 'orders', 'notifications', 'shipments'],
  async render(container, params) {
    if (params[0]) return renderDetail(container, Number(params[0]));
    return renderList(container);
  },
};

async function renderList(container) {
  const input = el('input', { type: 'search', id: 'customer-search', value: listState.search, placeholder: t('customers-search-placeholder'), 'aria-label': t('customers-search'), autocomplete: 'off' });
  const box = el('div');
  const pagerBox = el('div', { class: 'pager' });
  put(container, 
    el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, t('nav-customers')),
      el('button', { type: 'button', class: 'primary', id: 'customer-add', onclick: async () => {
        const c = await editCustomer(null);
        if (c) location.hash = `#/customers/${c.id}`;
      } }, t('customer-add'))),
    el('div', { class: 'toolbar' }, input), box, pagerBox);
  let seq = 0;
  async function load() {
    const mine = ++seq;
    const page = await api.listCustomers(listState.search, listState.offset, PAGE);
    if (mine !== seq) return;
    put(clear(box), table('customers-table',
      [{ title: t('col-name') }, { title: t('col-email') }, { title: t('col-phone') }, { title: t('col-address') }, { title: t('col-ships') }],
      page.items.map((c) => ({ attrs: { dataset: { id: c.id } }, cells: [
        link(`#/customers/${c.id}`, c.name, { class: 'customer-name' }), c.email, c.phone,
        (c.address || '').split('\n').filter(Boolean).join(', '), c.ships === 'complete' ? t('ships-complete-only') : t('ships-partial-ok')] })),
      listState.search ? t('customers-no-match', { search: listState.search }) : t('customers-none')));
    pager(pagerBox, { offset: listState.offset, count: page.items.length, total: page.total, limit: PAGE },
      (o) => { listState.offset = o; load().catch(showError); });
  }
  input.addEventListener('input', () => { listState.search = input.value.trim(); listState.offset = 0; load().catch(showError); });
  await load();
  input.focus();
}

// An order's status in words (the same messages as the Orders screen's).
const orderStatus = (s) => (['open', 'backordered', 'partially_shipped', 'shipped', 'cancelled'].includes(s)
  ? t(`order-status-${s.replace(/_/g, '-')}`) : s.replace(/_/g, ' '));

const CONTACT_TEXT = { email: 'contact-email', paper: 'contact-paper', both: 'contact-both' };

async function renderDetail(container, id) {
  const [d, messages] = await Promise.all([api.customerDetail(id), api.customerMessages(Number(id))]);
  const c = d.customer;
  put(container, 
    el('div', { class: 'crumbs' }, link('#/customers', t('back-to-customers'))),
    el('div', { class: 'page-head' },
      el('div', { class: 'grow' }, el('h1', { id: 'customer-title' }, c.name),
        el('div', { class: 'sub' }, [c.email, c.phone].filter(Boolean).join(' · '))),
      el('button', { type: 'button', id: 'customer-edit', onclick: () => editCustomer(c) }, t('edit')),
      el('a', { href: `#/orders/new/${c.id}`, class: 'button-link', id: 'customer-new-order' }, t('customer-new-order'))),
    el('div', { class: 'two-col' },
      el('div', {},
        el('h2', {}, t('nav-orders')),
        table('customer-orders', [{ title: t('col-order') }, { title: t('col-placed') }, { title: t('col-status') }, { title: t('col-waiting'), num: true }, { title: t('col-total'), num: true }],
          d.orders.map((o) => [link(`#/orders/${encodeURIComponent(o.number)}`, o.number), formatDate(o.placed_on),
            el('span', { class: `badge ${o.status}` }, orderStatus(o.status)), o.backordered ?? '', money(o.total)]),
          t('orders-none')),
        el('h2', {}, t('customer-told')),
        table('customer-notices', [{ title: t('col-due') }, { title: t('col-about') }, { title: t('col-order') }, { title: t('col-details') }, { title: t('col-status') }],
          d.notifications.map((n) => [formatDate(n.due), kindText(n.kind),
            link(`#/orders/${encodeURIComponent(n.order)}`, n.order), noticeDetail(n),
            statusBadge(n)]),
          t('customer-told-empty')),
        el('h2', {}, t('customer-emails')),
        messagesTable('customer-messages', messages, { to: false }, t('customer-emails-empty'))),
      el('div', { class: 'panel' },
        el('h2', {}, t('col-address')), el('p', { class: 'pre', id: 'customer-address' }, c.address || '—'),
        el('h2', {}, t('customer-news-reaches')),
        el('p', { id: 'customer-contact-text' }, CONTACT_TEXT[c.contact] ? t(CONTACT_TEXT[c.contact]) : c.contact),
        el('h2', {}, t('customer-shipping-pref')),
        el('p', {}, c.ships === 'complete' ? t('ships-complete-text') : t('ships-partial-text')),
        el('p', { class: 'muted' }, t('customer-since', { when: formatDateTime(c.created_at) })))));
}

/** The add / edit customer form (also used inline from a new order). Resolves to the saved customer. */
export function editCustomer(c, { prefillName = '' } = {}) {
  const name = el('input', { id: 'customer-name', required: true, value: c?.name ?? prefillName, autocomplete: 'off' });
  const email = el('input', { id: 'customer-email', type: 'email', value: c?.email ?? '' });
  const phone = el('input', { id: 'customer-phone', type: 'tel', value: c?.phone ?? '' });
  const address = el('textarea', { id: 'customer-address-input', rows: 4 }, c?.address ?? '');
  const ships = el('select', { id: 'customer-ships' },
    el('option', { value: 'partial', selected: (c?.ships ?? 'partial') === 'partial' }, t('ships-partial-option')),
    el('option', { value: 'complete', selected: c?.ships === 'complete' }, t('ships-complete-option')));
  // How they hear from the shop (issue 16): unless chosen, e-mail when an address is known.
  const chosen = c?.contact_chosen ? c.contact : '';
  const contact = el('select', { id: 'customer-contact' },
    el('option', { value: '', selected: chosen === '' }, t('contact-default-option')),
    el('option', { value: 'email', selected: chosen === 'email' }, t('contact-email-option')),
    el('option', { value: 'paper', selected: chosen === 'paper' }, t('contact-paper-option')),
    el('option', { value: 'both', selected: chosen === 'both' }, t('contact-both-option')));
  return modal(c ? t('edit-named', { name: c.name }) : t('customer-new'), (close) => {
    const save = el('button', { type: 'submit', class: 'primary', id: 'customer-save' }, c ? t('save-changes') : t('customer-add'));
    return el('form', { onsubmit: async (event) => {
      event.preventDefault();
      const data = { name: name.value, email: email.value, phone: phone.value, address: address.value, ships: ships.value };
      const how = contact.value || null;
      const out = await act(save, () => (c ? api.updateCustomer(c.id, data, how) : api.addCustomer(data, how)),
        (r) => (c ? t('named-saved', { name: r.name }) : t('named-added', { name: r.name })));
      if (out) close(out);
    } },
    el('div', { class: 'form-grid' }, el('div', { class: 'span-2' }, field(t('col-name'), name)), field(t('col-email'), email), field(t('col-phone'), phone),
      el('div', { class: 'span-all' }, field(t('field-postal-address'), address, t('field-postal-address-hint'))),
      el('div', { class: 'span-2' }, field(t('field-when-not-in-stock'), ships)),
      el('div', { class: 'span-2' }, field(t('field-tell-them-by'), contact))),
    el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => close(undefined) }, t('cancel')), save));
  }, { wide: true, id: 'customer-dialog' });
}
