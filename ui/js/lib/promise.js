// Why a promise is what it is (issue 20), phrased from the parts the core works it out from:
// "PO-0012 due 9 Dec 2026, Woolworks is 3 days late on average (+3 days) + 1 day packing +
// 2 days DHL". The figures and the rule are the core's (reliability::PromiseWhy); only the
// words are the window's.
import { el, formatDate, t } from './dom.js';

/** The reason for one promise, as a sentence in the window's language. */
export function whyText(w) {
  const parts = [];
  if (w.source === 'in_stock') parts.push(t('why-in-stock'));
  else if (w.source === 'purchase_order') parts.push(t('why-po', { po: w.po, date: formatDate(w.base_date) }));
  else if (w.source === 'lead_time') parts.push(t('why-lead-time', { days: w.lead_time_days ?? 0, from: formatDate(w.base_date) }));
  else return t('why-unknown');
  if (w.supplier_average_days_late != null && w.supplier_deliveries > 0 && w.supplier_average_days_late < 0.05) {
    parts.push(t('why-supplier-on-time', { supplier: w.supplier || '—', count: w.supplier_deliveries }));
  } else if (w.supplier_average_days_late != null && w.supplier_deliveries > 0) {
    parts.push(t('why-supplier-record', {
      supplier: w.supplier || '—', days: Math.round(w.supplier_average_days_late * 10) / 10, count: w.supplier_deliveries,
    }));
  }
  let sentence = parts.join(', ');
  if (w.buffer_days > 0) sentence += ` ${t('why-buffer', { days: w.buffer_days })}`;
  sentence += ` ${t('why-packing', { days: w.handling_days })}`;
  sentence += ` ${w.carrier ? t('why-transit-carrier', { days: w.transit_days, carrier: w.carrier }) : t('why-transit', { days: w.transit_days })}`;
  return sentence;
}

/** The order page's list: one line per SKU still to ship, "SKU: why". */
export function whyList(id, whys) {
  if (!whys.length) return null;
  return el('div', { id, class: 'promise-why' },
    el('h3', {}, t('why-heading')),
    el('ul', {}, whys.map((w) => el('li', { dataset: { sku: w.sku } }, el('strong', {}, w.sku), ': ', whyText(w)))));
}
