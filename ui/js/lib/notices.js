// What customers are told: one wording of a notice's kind, details and status for every screen
// (Customers to tell, a customer's history), and the "told by phone / in person" record.
import * as api from '../api.js';
import { el, field, modal, act, formatDate, formatDateTime } from './dom.js';

export const KIND_TEXT = { backordered: 'Items on backorder', promise_moved: 'Promise moved', shipped: 'Parcel shipped' };

/** "2 × GRD-LBL, expected 14 Dec 2026; …" — the units the core put in the notice. */
export function noticeDetail(n) {
  const parts = n.lines.map((l) => {
    if (n.kind === 'shipped') return `${l.qty} × ${l.sku}`;
    if (n.kind === 'promise_moved') return `${l.sku}: ${formatDate(l.old_eta)} → ${formatDate(l.eta)}`;
    return `${l.qty} × ${l.sku}, expected ${formatDate(l.eta)}`;
  });
  if (n.tracking) parts.push(`tracking ${n.tracking}`);
  return parts.join('; ');
}

const TOLD_HOW = { phone: 'by phone', in_person: 'in person' };

/** The notice's status as a badge: not told yet, printed/sent when, told by phone (with the
 *  note as its title), superseded by a newer notice. */
export function statusBadge(n) {
  switch (n.status) {
    case 'pending': return el('span', { class: 'badge pending' }, 'not told yet');
    case 'superseded': return el('span', { class: 'badge superseded', title: 'A newer notice of this order carries the latest news' }, 'superseded');
    case 'told': return el('span', { class: 'badge told', title: n.told_note || '' },
      `told ${TOLD_HOW[n.told_how] || ''} ${formatDateTime(n.told_at)}`.replace(/\s+/g, ' ').trim());
    default: return el('span', { class: `badge ${n.status}` },
      `${n.status} ${formatDateTime(n.status === 'sent' ? n.sent_at : n.printed_at)}`);
  }
}

/** Records that staff told the customer themselves; resolves to the updated notice. */
export function toldDialog(n) {
  const how = el('select', { id: 'told-how', autofocus: true },
    el('option', { value: 'phone' }, 'By phone'), el('option', { value: 'in_person' }, 'In person'));
  const note = el('textarea', { id: 'told-note', rows: 3, maxlength: 500, placeholder: 'What was said or agreed (optional)' });
  return modal(`${n.customer} was told about ${n.order}`, (close) => {
    const save = el('button', { type: 'button', class: 'primary', id: 'told-save' }, 'Record');
    save.addEventListener('click', async () => {
      const out = await act(save, () => api.markNotificationTold(n.id, how.value, note.value),
        (r) => `Recorded: ${r.customer} was told ${TOLD_HOW[r.told_how]}.`);
      if (out) close(out);
    });
    return el('div', {},
      el('p', { class: 'muted' }, noticeDetail(n)),
      field('How', how), field('Note', note),
      el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => close(undefined) }, 'Cancel'), save));
  }, { id: 'told-dialog' });
}
