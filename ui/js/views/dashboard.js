// Dashboard: the shop's figures today; each one opens the list behind it.
import * as api from '../api.js';
import { el, put, money, formatDate, figure as grouped, t } from '../lib/dom.js';

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
      ? card('dash-oldest', `#/orders/${encodeURIComponent(o.order)}`, t('days', { count: o.age_days }), t('dash-oldest'),
        t('dash-oldest-sub', { order: o.order, customer: o.customer, qty: o.backordered, sku: o.sku, since: formatDate(o.placed_on) }))
      : card('dash-oldest', '#/backorders', '—', t('dash-oldest'), t('dash-nobody-waiting'));
    put(container, 
      el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, t('nav-dashboard')),
        el('a', { href: '#/orders/new', class: 'button-link primary' }, t('dash-new-order'), el('span', { class: 'kbd' }, t('shortcut-new-order')))),
      el('h2', {}, t('dash-customers')),
      el('div', { class: 'cards' },
        card('dash-ready', '#/orders/filter/ready', d.ready_to_ship, t('dash-ready'), t('dash-ready-sub')),
        card('dash-waiting', '#/backorders', d.waiting_lines, t('dash-waiting'), t('dash-waiting-sub', { count: d.waiting_units })),
        card('dash-value', '#/backorders', money(d.waiting_value), t('dash-value'), t('dash-value-sub')),
        oldest,
        card('dash-no-date', '#/backorders/filter/no-date', d.waiting_without_eta, t('dash-no-date'), t('dash-no-date-sub'), true),
        card('dash-notify', '#/backorders/notify', d.customers_to_notify, t('dash-notify'),
          t('dash-notify-sub', { count: d.pending_notifications }), true),
        card('dash-open-orders', '#/orders', d.open_orders, t('dash-open-orders'), t('dash-open-orders-sub'))),
      el('h2', {}, t('dash-stock')),
      el('div', { class: 'cards' },
        card('dash-overdue', '#/purchasing/filter/overdue', d.overdue_pos, t('dash-overdue'), t('dash-overdue-sub'), true),
        card('dash-open-pos', '#/purchasing', d.open_pos, t('dash-open-pos'), t('dash-open-pos-sub')),
        card('dash-low', '#/products/filter/low_stock', d.low_stock, t('dash-low'), t('dash-low-sub'), true),
        card('dash-out', '#/products/filter/out', d.out_of_stock, t('dash-out'), t('dash-out-sub'), true),
        card('dash-products', '#/products', d.products, t('dash-products'), t('dash-products-sub'))));
  },
};
