// Products: search as you type, a scanner's SKU + Enter opens the product, paginated list.
import * as api from '../api.js';
import { el, clear, showError, formatDate } from '../lib/dom.js';

const PAGE = 50;
const STATUS_TEXT = { in_stock: 'In stock', low_stock: 'Low stock', backorder: 'Backorder', out_of_stock: 'Out of stock' };

function statusBadge(p) {
  const text = p.status === 'backorder' && p.eta ? `Backorder · ${formatDate(p.eta)}` : STATUS_TEXT[p.status] || p.status;
  return el('span', { class: `badge ${p.status}` }, text);
}

export default {
  title: 'Products',
  refreshOn: ['products', 'stock', 'orders', 'purchasing'],
  async render(container) {
    let offset = 0;
    let search = '';
    const input = el('input', { type: 'search', id: 'product-search', placeholder: 'Search SKU or name — or scan a barcode', 'aria-label': 'Search products' });
    const tbody = el('tbody');
    const pager = el('div', { class: 'pager' });
    container.append(
      el('h1', {}, 'Products'),
      el('div', { class: 'toolbar' }, input),
      el('table', { class: 'list', id: 'products-table' },
        el('thead', {}, el('tr', {},
          el('th', {}, 'SKU'), el('th', {}, 'Name'), el('th', {}, 'Category'),
          el('th', { class: 'num' }, 'Price'), el('th', { class: 'num' }, 'On hand'),
          el('th', { class: 'num' }, 'Allocated'), el('th', { class: 'num' }, 'Available'),
          el('th', { class: 'num' }, 'Incoming'), el('th', { class: 'num' }, 'Waiting'), el('th', {}, 'Status'))),
        tbody),
      pager);

    let seq = 0;
    async function load() {
      const mine = ++seq;
      const page = await api.listProducts(search, offset, PAGE);
      if (mine !== seq) return; // a newer keystroke already asked again
      clear(tbody);
      if (page.items.length === 0) {
        tbody.append(el('tr', {}, el('td', { colspan: 10, class: 'muted' }, search ? `No product matches “${search}”.` : 'No products yet.')));
      }
      for (const p of page.items) {
        tbody.append(el('tr', { dataset: { sku: p.sku } },
          el('td', {}, p.sku), el('td', {}, p.name), el('td', {}, p.category),
          el('td', { class: 'num' }, p.price), el('td', { class: 'num' }, p.on_hand),
          el('td', { class: 'num' }, p.allocated), el('td', { class: 'num' }, p.available),
          el('td', { class: 'num' }, p.incoming), el('td', { class: 'num' }, p.backordered),
          el('td', {}, statusBadge(p))));
      }
      clear(pager).append(
        el('span', {}, page.total === 0 ? '' : `${offset + 1}–${offset + page.items.length} of ${page.total}`),
        el('button', { disabled: offset === 0, onclick: () => { offset = Math.max(0, offset - PAGE); load().catch(showError); } }, 'Previous'),
        el('button', { disabled: offset + PAGE >= page.total, onclick: () => { offset += PAGE; load().catch(showError); } }, 'Next'));
    }

    input.addEventListener('input', () => { search = input.value.trim(); offset = 0; load().catch(showError); });
    input.addEventListener('keydown', async (event) => {
      // A barcode scanner types the SKU and presses Enter: open that product.
      if (event.key !== 'Enter' || !input.value.trim()) return;
      try {
        const product = await api.findProductBySku(input.value.trim());
        location.hash = `#/products/${encodeURIComponent(product.sku)}`;
      } catch (err) { showError(err); }
    });
    await load();
    input.focus();
  },
};
