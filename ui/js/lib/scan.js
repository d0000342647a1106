// Barcode scanners type like a keyboard and end with Enter (issue 15). What a scanned code is
// the core says (find_by_code: a product by SKU or barcode, a packing slip's shipment number,
// an order or a purchase order); this module opens it, and hears scans typed while no field
// has the focus.
import * as api from '../api.js';
import { toast, t } from './dom.js';

/** Where a scan leads: the product, the order (of a shipment too), the purchase order. */
export function hashOf(found) {
  switch (found.kind) {
    case 'product': return `#/products/${encodeURIComponent(found.sku)}`;
    case 'shipment': return `#/orders/${encodeURIComponent(found.order)}`;
    case 'order': return `#/orders/${encodeURIComponent(found.number)}`;
    case 'purchase_order': return `#/purchasing/${encodeURIComponent(found.number)}`;
    default: return null;
  }
}

/** Opens what `code` is; rejects with the core's {code, message} when it is nothing known. */
export async function openCode(code) {
  const found = await api.findByCode(code);
  if (found.kind === 'shipment') toast(t('scan-shipment', { shipment: found.number, order: found.order }));
  location.hash = hashOf(found);
  return found;
}

// Keys typed with no field focused: a scanner's burst (characters less than IDLE ms apart)
// ending in Enter is a scan. A person's slower typing there is ignored.
const IDLE = 80;
let buffer = '';
let last = 0;

/** Listens for scans anywhere in the window (no field focused, no dialog open). */
export function listenForScans(onError) {
  window.addEventListener('keydown', (event) => {
    const tag = document.activeElement?.tagName;
    if (['INPUT', 'TEXTAREA', 'SELECT'].includes(tag) || document.querySelector('dialog[open]')) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const now = event.timeStamp;
    if (now - last > IDLE) buffer = '';
    last = now;
    if (event.key === 'Enter') {
      const code = buffer;
      buffer = '';
      if (code.length >= 3) {
        event.preventDefault();
        openCode(code).catch(onError);
      }
    } else if (event.key.length === 1) {
      buffer += event.key;
    }
  });
}
