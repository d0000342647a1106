// Customers: a searchable, paginated list; add or edit a customer; the customer page with
// their orders and what they were told, and when.
import * as api from '../api.js';
import { el, clear, showError, formatDate, formatDateTime, field, modal, act, pager, table, link, put, money } from '../lib/dom.js';
import { KIND_TEXT, noticeDetail, statusBadge } from '../lib/notices.js';
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
  const input = el('input', { type: 'search', id: 'customer-search', value: listState.search, placeholder: 'Search name, email, phone or address', 'aria-label': 'Search customers', autocomplete: 'off' });
  const box = el('div');
  const pagerBox = el('div', { class: 'pager' });
  put(container, 
    el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, 'Customers'),
      el('button', { type: 'button', class: 'primary', id: 'customer-add', onclick: async () => {
        const c = await editCustomer(null);
        if (c) location.hash = `#/customers/${c.id}`;
      } }, 'Add customer')),
    el('div', { class: 'toolbar' }, input), box, pagerBox);
  let seq = 0;
  async function load() {
    const mine = ++seq;
    const page = await api.listCustomers(listState.search, listState.offset, PAGE);
    if (mine !== seq) return;
    put(clear(box), table('customers-table',
      [{ title: 'Name' }, { title: 'Email' }, { title: 'Phone' }, { title: 'Address' }, { title: 'Ships' }],
      page.items.map((c) => ({ attrs: { dataset: { id: c.id } }, cells: [
        link(`#/customers/${c.id}`, c.name, { class: 'customer-name' }), c.email, c.phone,
        (c.address || '').split('\n').filter(Boolean).join(', '), c.ships === 'complete' ? 'Complete orders only' : 'Partial OK'] })),
      listState.search ? `No customer matches “${listState.search}”.` : 'No customers yet.'));
    pager(pagerBox, { offset: listState.offset, count: page.items.length, total: page.total, limit: PAGE },
      (o) => { listState.offset = o; load().catch(showError); });
  }
  input.addEventListener('input', () => { listState.search = input.value.trim(); listState.offset = 0; load().catch(showError); });
  await load();
  input.focus();
}

const CONTACT_TEXT = { email: 'By e-mail', paper: 'On paper (printed letters)', both: 'By e-mail and on paper' };

async function renderDetail(container, id) {
  const [d, messages] = await Promise.all([api.customerDetail(id), api.customerMessages(Number(id))]);
  const c = d.customer;
  put(container, 
    el('div', { class: 'crumbs' }, link('#/customers', '← Customers')),
    el('div', { class: 'page-head' },
      el('div', { class: 'grow' }, el('h1', { id: 'customer-title' }, c.name),
        el('div', { class: 'sub' }, [c.email, c.phone].filter(Boolean).join(' · '))),
      el('button', { type: 'button', id: 'customer-edit', onclick: () => editCustomer(c) }, 'Edit'),
      el('a', { href: `#/orders/new/${c.id}`, class: 'button-link', id: 'customer-new-order' }, 'New order for this customer')),
    el('div', { class: 'two-col' },
      el('div', {},
        el('h2', {}, 'Orders'),
        table('customer-orders', [{ title: 'Order' }, { title: 'Placed' }, { title: 'Status' }, { title: 'Waiting', num: true }, { title: 'Total', num: true }],
          d.orders.map((o) => [link(`#/orders/${encodeURIComponent(o.number)}`, o.number), formatDate(o.placed_on),
            el('span', { class: `badge ${o.status}` }, o.status.replace(/_/g, ' ')), o.backordered ?? '', money(o.total)]),
          'No orders yet.'),
        el('h2', {}, 'What they were told, and when'),
        table('customer-notices', [{ title: 'Due' }, { title: 'About' }, { title: 'Order' }, { title: 'Details' }, { title: 'Status' }],
          d.notifications.map((n) => [formatDate(n.due), KIND_TEXT[n.kind] || n.kind,
            link(`#/orders/${encodeURIComponent(n.order)}`, n.order), noticeDetail(n),
            statusBadge(n)]),
          'Nothing to tell this customer yet.'),
        el('h2', {}, 'E-mails'),
        messagesTable('customer-messages', messages, { to: false }, 'No e-mail to this customer yet.')),
      el('div', { class: 'panel' },
        el('h2', {}, 'Address'), el('p', { class: 'pre', id: 'customer-address' }, c.address || '—'),
        el('h2', {}, 'News reaches them'),
        el('p', { id: 'customer-contact-text' }, CONTACT_TEXT[c.contact] || c.contact),
        el('h2', {}, 'Shipping preference'),
        el('p', {}, c.ships === 'complete' ? 'Wait and ship the whole order together.' : 'Ship what is in stock now, the rest later.'),
        el('p', { class: 'muted' }, `Customer since ${formatDateTime(c.created_at)}`))));
}

/** The add / edit customer form (also used inline from a new order). Resolves to the saved customer. */
export function editCustomer(c, { prefillName = '' } = {}) {
  const name = el('input', { id: 'customer-name', required: true, value: c?.name ?? prefillName, autocomplete: 'off' });
  const email = el('input', { id: 'customer-email', type: 'email', value: c?.email ?? '' });
  const phone = el('input', { id: 'customer-phone', type: 'tel', value: c?.phone ?? '' });
  const address = el('textarea', { id: 'customer-address-input', rows: 4 }, c?.address ?? '');
  const ships = el('select', { id: 'customer-ships' },
    el('option', { value: 'partial', selected: (c?.ships ?? 'partial') === 'partial' }, 'Ship what is in stock now (partial)'),
    el('option', { value: 'complete', selected: c?.ships === 'complete' }, 'Wait and ship everything together (complete)'));
  // How they hear from the shop (issue 16): unless chosen, e-mail when an address is known.
  const chosen = c?.contact_chosen ? c.contact : '';
  const contact = el('select', { id: 'customer-contact' },
    el('option', { value: '', selected: chosen === '' }, 'E-mail when an address is known, else paper'),
    el('option', { value: 'email', selected: chosen === 'email' }, 'E-mail'),
    el('option', { value: 'paper', selected: chosen === 'paper' }, 'Paper (printed letters)'),
    el('option', { value: 'both', selected: chosen === 'both' }, 'Both e-mail and paper'));
  return modal(c ? `Edit ${c.name}` : 'New customer', (close) => {
    const save = el('button', { type: 'submit', class: 'primary', id: 'customer-save' }, c ? 'Save changes' : 'Add customer');
    return el('form', { onsubmit: async (event) => {
      event.preventDefault();
      const data = { name: name.value, email: email.value, phone: phone.value, address: address.value, ships: ships.value };
      const how = contact.value || null;
      const out = await act(save, () => (c ? api.updateCustomer(c.id, data, how) : api.addCustomer(data, how)),
        (r) => (c ? `${r.name} saved.` : `${r.name} added.`));
      if (out) close(out);
    } },
    el('div', { class: 'form-grid' }, el('div', { class: 'span-2' }, field('Name', name)), field('Email', email), field('Phone', phone),
      el('div', { class: 'span-all' }, field('Postal address', address, 'Several lines; any script.')),
      el('div', { class: 'span-2' }, field('When not everything is in stock', ships)),
      el('div', { class: 'span-2' }, field('Tell them by', contact))),
    el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => close(undefined) }, 'Cancel'), save));
  }, { wide: true, id: 'customer-dialog' });
}
