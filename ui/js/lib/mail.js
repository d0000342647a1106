// E-mail to customers (issue 16), shared by the Outbox, Customers to tell, an order and a
// customer: a message's status in words, the list of messages, the message as sent.
import * as api from '../api.js';
import { el, modal, act, table, link, formatDateTime, confirmAction, t } from './dom.js';
import { kindText } from './notices.js';

/** queued (with its next try when it failed before), sent with time, failed with the
 *  server's reply, superseded by a newer message or withdrawn. */
export function mailStatus(m) {
  switch (m.status) {
    case 'sent': return el('span', { class: 'badge sent' }, t('mail-sent', { when: formatDateTime(m.sent_at) }));
    case 'failed': return el('span', { class: 'badge bad', title: m.last_error }, t('mail-failed'));
    case 'superseded': return el('span', { class: 'badge superseded', title: m.last_error || t('mail-newer') },
      m.last_error.startsWith('withdrawn') ? t('mail-withdrawn') : t('mail-superseded'));
    default: return el('span', { class: 'badge pending', title: m.last_error || '' },
      m.attempts ? t('mail-queued-retry', { when: formatDateTime(m.next_attempt_at) }) : t('mail-queued'));
  }
}

/** What the server or the connection said, when something went wrong. */
function mailProblem(m) {
  if (m.status === 'sent' || !m.last_error) return '';
  return el('span', { class: m.status === 'failed' ? 'mail-error bad' : 'mail-error muted' }, m.last_error);
}

/** Shows the message as it was (or will be) sent: headers, the text, the attachment. */
export async function showMessage(m) {
  const body = await api.outboxMessageBody(m.id);
  return modal(t('mail-message-to', { to: m.to_name || m.to }), (close) => el('div', { class: 'mail-view' },
    el('dl', { class: 'facts' },
      el('dt', {}, t('mail-to')), el('dd', {}, m.to_name ? `${m.to_name} <${m.to}>` : m.to),
      el('dt', {}, t('mail-subject')), el('dd', { id: 'mail-view-subject' }, body.subject),
      el('dt', {}, t('mail-status')), el('dd', {}, mailStatus(m), ' ', mailProblem(m)),
      el('dt', {}, t('mail-message-id')), el('dd', { class: 'path' }, m.message_id),
      body.attachment ? [el('dt', {}, t('mail-attached')), el('dd', {}, body.attachment)] : null),
    el('pre', { class: 'mail-text', id: 'mail-view-text' }, body.text),
    el('p', { class: 'muted' }, t('mail-plain-and-html')),
    el('div', { class: 'actions' }, el('button', { type: 'button', class: 'primary', autofocus: true, onclick: () => close() }, t('close')))),
  { id: 'mail-view-dialog', wide: true });
}

/** The actions a message allows: view it; retry when failed; in the queue, send now or don't. */
export function mailActions(m) {
  const view = el('button', { type: 'button', class: 'mail-show', onclick: () => showMessage(m).catch(() => {}) }, t('mail-view'));
  const out = [view];
  if (m.status === 'failed') {
    out.push(el('button', { type: 'button', class: 'mail-retry', onclick: (e) => act(e.currentTarget, () => api.retryMail(m.id),
      t('mail-retry-done', { to: m.to })) }, t('mail-retry')));
  }
  if (m.status === 'queued') {
    out.push(el('button', { type: 'button', class: 'mail-send', onclick: (e) => act(e.currentTarget, () => api.sendOutboxNow([m.id]),
      t('mail-sending-to', { to: m.to })) }, t('mail-send-now')));
    out.push(el('button', { type: 'button', class: 'mail-withdraw', onclick: async (e) => {
      const button = e.currentTarget;
      const sure = await confirmAction(t('mail-dont-send-ask', { to: m.to }), {
        confirmLabel: t('mail-dont-send'), keepLabel: t('mail-keep-queued'),
        detail: t('mail-back-to-paper'),
      });
      if (sure) act(button, () => api.withdrawMail(m.id), t('mail-withdrawn-done'));
    } }, t('mail-dont-send')));
  }
  return el('div', { class: 'doc-cell' }, out);
}

/** A list of messages; `columns` leaves out what the page already says (the order, the
 *  customer). */
export function messagesTable(id, messages, { order = true, to = true } = {}, empty = t('mail-none-yet')) {
  const cols = [{ title: t('col-queued') }, { title: t('col-about') }];
  if (order) cols.push({ title: t('col-order') });
  if (to) cols.push({ title: t('col-to') });
  cols.push({ title: t('col-subject') }, { title: t('col-status') }, { title: '' });
  return table(id, cols, messages.map((m) => {
    const cells = [el('span', { class: 'nowrap' }, formatDateTime(m.queued_at)), kindText(m.kind)];
    if (order) cells.push(link(`#/orders/${encodeURIComponent(m.order)}`, m.order));
    if (to) cells.push(m.to);
    cells.push(m.subject, el('div', { class: 'mail-status' }, mailStatus(m), mailProblem(m)), mailActions(m));
    return { attrs: { dataset: { message: m.id, status: m.status } }, cells };
  }), empty);
}
