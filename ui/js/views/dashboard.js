// Dashboard: the shop's figures today; each one opens the list behind it.
import * as api from '../api.js';
import { el, put, money, formatDate, figure as grouped, plural } from '../lib/dom.js';

export default {
  title: 'Dashboard',
  refreshOn: ['orders', 'products', 'stock', 'purchasing', 'shipments', 'notifications'],
  async render(container) {
    const d = await api.dashboard();
    const n = grouped;
    const card = (id, href, figure, label, sub, alert = false) => el('a', { class: alert && figure > 0 ? 'card alert' : 'card', href, id },
      el('div', { class: 'figure' }, typeof figure === 'number' ? n(figure) : figure), el('div', { class: 'label' }, label),
      sub ? el('div', { class: 'sub' }, sub) : null);
    // The line waiting longest opens its order: that is the customer to call first.
    const o = d.oldest_waiting;
    const oldest = o
      ? card('dash-oldest', `#/orders/${encodeURIComponent(o.order)}`, plural(o.age_days, 'day'), 'Oldest waiting',
        `${o.order} · ${o.customer} · ${o.backordered} × ${o.sku} since ${formatDate(o.placed_on)}`)
      : card('dash-oldest', '#/backorders', '—', 'Oldest waiting', 'Nobody is waiting');
    put(container, 
      el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, 'Dashboard'),
        el('a', { href: '#/orders/new', class: 'button-link primary' }, 'New order ', el('span', { class: 'kbd' }, 'Ctrl+N'))),
      el('h2', {}, 'Customers'),
      el('div', { class: 'cards' },
        card('dash-ready', '#/orders/filter/ready', d.ready_to_ship, 'Orders ready to ship', 'Stock is here for them'),
        card('dash-waiting', '#/backorders', d.waiting_lines, 'Lines on backorder', `${plural(d.waiting_units, 'unit')} waiting`),
        card('dash-value', '#/backorders', money(d.waiting_value), 'Open backorder value', 'Waiting units at their order price'),
        oldest,
        card('dash-no-date', '#/backorders/filter/no-date', d.waiting_without_eta, 'Waiting without a date', 'Promise: date to be confirmed', true),
        card('dash-notify', '#/backorders/notify', d.customers_to_notify, 'Customers to tell',
          `${plural(d.pending_notifications, 'notice')} not yet printed or sent`, true),
        card('dash-open-orders', '#/orders', d.open_orders, 'Open orders', 'Not fully shipped')),
      el('h2', {}, 'Stock and suppliers'),
      el('div', { class: 'cards' },
        card('dash-overdue', '#/purchasing/filter/overdue', d.overdue_pos, 'Purchase orders overdue', 'Expected date has passed', true),
        card('dash-open-pos', '#/purchasing', d.open_pos, 'Open purchase orders', 'Waiting for delivery'),
        card('dash-low', '#/products/filter/low_stock', d.low_stock, 'Low stock', 'At or below the reorder point', true),
        card('dash-out', '#/products/filter/out', d.out_of_stock, 'Nothing available', 'On backorder or out of stock', true),
        card('dash-products', '#/products', d.products, 'Products', 'In the catalogue')));
  },
};
