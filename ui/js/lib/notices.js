// What customers are told: one wording of a notice's kind, details and status for every screen
// (Customers to tell, a customer's history), and the "told by phone / in person" record.
import * as api from '../api.js';
import { el, field, modal, act, formatDate, formatDateTime, t } from './dom.js';

const KIND_IDS = { backordered: 'kind-backordered', promise_moved: 'kind-promise-moved', shipped: 'kind-shipped' };
/** The kinds of notice, in the order the screens list them. */
export const NOTICE_KINDS = Object.keys(KIND_IDS);
/** A notice's kind in words ('Items on backorder'); an unknown kind as it is. */
export const kindText = (kind) => (KIND_IDS[kind] ? t(KIND_IDS[kind]) : kind);

/** "2 × GRD-LBL, expected 14 Dec 2026; …" — the units the core put in the notice. */
export function noticeDetail(n) {
  const parts = n.lines.map((l) => {
    if (n.kind === 'shipped') return t('qty-sku', { qty: l.qty, sku: l.sku });
    if (n.kind === 'promise_moved') return t('notice-line-moved', { sku: l.sku, old: formatDate(l.old_eta), eta: formatDate(l.eta) });
    return t('notice-line-waiting', { qty: l.qty, sku: l.sku, eta: formatDate(l.eta) });
  });
  if (n.tracking) parts.push(t('notice-tracking', { tracking: n.tracking }));
  return parts.join('; ');
}

const TOLD_HOW = { phone: 'told-phone', in_person: 'told-in-person' };
const toldHow = (how) => (TOLD_HOW[how] ? t(TOLD_HOW[how]) : '');

/** The notice's status as a badge: not told yet, printed/sent when, told by phone (with the
 *  note as its title), superseded by a newer notice. */
export function statusBadge(n) {
  switch (n.status) {
    case 'pending': return el('span', { class: 'badge pending' }, t('notice-not-told'));
    case 'superseded': return el('span', { class: 'badge superseded', title: t('notice-newer') }, t('notice-superseded'));
    case 'told': return el('span', { class: 'badge told', title: n.told_note || '' },
      t('notice-told', { how: toldHow(n.told_how), when: formatDateTime(n.told_at) }).replace(/\s+/g, ' ').trim());
    default: return el('span', { class: `badge ${n.status}` },
      n.status === 'sent' ? t('notice-sent', { when: formatDateTime(n.sent_at) })
        : n.status === 'printed' ? t('notice-printed', { when: formatDateTime(n.printed_at) })
          : `${n.status} ${formatDateTime(n.printed_at)}`);
  }
}

/** Records that staff told the customer themselves; resolves to the updated notice. */
export function toldDialog(n) {
  const how = el('select', { id: 'told-how', autofocus: true },
    el('option', { value: 'phone' }, t('told-by-phone')), el('option', { value: 'in_person' }, t('told-in-person-option')));
  const note = el('textarea', { id: 'told-note', rows: 3, maxlength: 500, placeholder: t('told-note-placeholder') });
  return modal(t('told-title', { customer: n.customer, order: n.order }), (close) => {
    const save = el('button', { type: 'button', class: 'primary', id: 'told-save' }, t('told-record'));
    save.addEventListener('click', async () => {
      const out = await act(save, () => api.markNotificationTold(n.id, how.value, note.value),
        (r) => t('told-recorded', { customer: r.customer, how: toldHow(r.told_how) }));
      if (out) close(out);
    });
    return el('div', {},
      el('p', { class: 'muted' }, noticeDetail(n)),
      field(t('told-how'), how), field(t('told-note'), note),
      el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => close(undefined) }, t('cancel')), save));
  }, { id: 'told-dialog' });
}
