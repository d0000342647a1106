// Shipments: every parcel with carrier and tracking; print all of a day's packing slips.
import * as api from '../api.js';
import { el, clear, showError, formatDate, field, pager, table, link, put, t } from '../lib/dom.js';
import { docButtons } from '../lib/docs.js';

const PAGE = 50;
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const state = { day: '', offset: 0 };

export default {
  title: 'Shipments',
  refreshOn: ['shipments'],
  async render(container) {
    const day = el('input', { type: 'date', id: 'shipments-day', value: state.day });
    const box = el('div');
    const pagerBox = el('div', { class: 'pager' });
    const batch = el('div', { id: 'shipments-batch' });
    put(container, 
      el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, t('nav-shipments')), batch),
      el('div', { class: 'toolbar' }, field(t('shipped-on'), day),
        el('button', { type: 'button', id: 'shipments-today', onclick: () => { day.value = today(); onDay(); } }, t('today'))),
      box, pagerBox);
    let seq = 0;
    async function load() {
      const mine = ++seq;
      const filter = state.day ? { since: state.day, until: state.day } : {};
      const page = await api.listShipments(filter, state.offset, PAGE);
      if (mine !== seq) return;
      const slipsDay = state.day || today();
      put(clear(batch), docButtons('slips', slipsDay, t('slips-of-day', { day: formatDate(slipsDay) }), 'slips-day'));
      put(clear(box), table('shipments-table',
        [{ title: t('col-shipment') }, { title: t('col-date') }, { title: t('col-order') }, { title: t('col-customer') }, { title: t('col-carrier') }, { title: t('col-tracking') }, { title: t('col-contents') }, { title: t('col-packing-slip') }],
        page.items.map((s) => ({ attrs: { dataset: { shipment: s.shipment } }, cells: [
          // The shipment opens its order, where its parcels and documents are.
          link(`#/orders/${encodeURIComponent(s.order)}`, s.shipment), el('span', { class: 'nowrap' }, formatDate(s.shipped_on)),
          link(`#/orders/${encodeURIComponent(s.order)}`, s.order), link(`#/customers/${s.customer_id}`, s.customer),
          s.carrier || '—', el('span', { class: 'tracking' }, s.tracking || '—'),
          s.lines.map((l) => el('div', { class: 'contents-line' }, t('qty-sku', { qty: l.qty, sku: l.sku }))),
          docButtons('slip', s.shipment, t('slip'), `slip-${s.shipment}`)] })),
        state.day ? t('nothing-shipped-on', { day: formatDate(state.day) }) : t('nothing-shipped')));
      pager(pagerBox, { offset: state.offset, count: page.items.length, total: page.total, limit: PAGE },
        (o) => { state.offset = o; load().catch(showError); });
    }
    const onDay = () => { state.day = day.value; state.offset = 0; load().catch(showError); };
    day.addEventListener('change', onDay);
    await load();
  },
};
