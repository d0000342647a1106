// E-mail to customers (issue 16), shared by the Outbox, Customers to tell, an order and a
// customer: a message's status in words, the list of messages, the message as sent.
import * as api from '../api.js';
import { el, modal, act, table, link, formatDateTime, confirmAction } from './dom.js';
import { KIND_TEXT } from './notices.js';

/** queued (with its next try when it failed before), sent with time, failed with the
 *  server's reply, superseded by a newer message or withdrawn. */
export function mailStatus(m) {
  switch (m.status) {
    case 'sent': return el('span', { class: 'badge sent' }, `sent ${formatDateTime(m.sent_at)}`);
    case 'failed': return el('span', { class: 'badge bad', title: m.last_error }, 'failed');
    case 'superseded': return el('span', { class: 'badge superseded', title: m.last_error || 'A newer message of this order carries the latest news' },
      m.last_error.startsWith('withdrawn') ? 'withdrawn' : 'superseded');
    default: return el('span', { class: 'badge pending', title: m.last_error || '' },
      m.attempts ? `queued, next try ${formatDateTime(m.next_attempt_at)}` : 'queued');
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
  return modal(`Message to ${m.to_name || m.to}`, (close) => el('div', { class: 'mail-view' },
    el('dl', { class: 'facts' },
      el('dt', {}, 'To'), el('dd', {}, m.to_name ? `${m.to_name} <${m.to}>` : m.to),
      el('dt', {}, 'Subject'), el('dd', { id: 'mail-view-subject' }, body.subject),
      el('dt', {}, 'Status'), el('dd', {}, mailStatus(m), ' ', mailProblem(m)),
      el('dt', {}, 'Message-ID'), el('dd', { class: 'path' }, m.message_id),
      body.attachment ? [el('dt', {}, 'Attached'), el('dd', {}, body.attachment)] : null),
    el('pre', { class: 'mail-text', id: 'mail-view-text' }, body.text),
    el('p', { class: 'muted' }, 'Sent as plain text with an HTML version of the same words.'),
    el('div', { class: 'actions' }, el('button', { type: 'button', class: 'primary', autofocus: true, onclick: () => close() }, 'Close'))),
  { id: 'mail-view-dialog', wide: true });
}

/** The actions a message allows: view it; retry when failed; in the queue, send now or don't. */
export function mailActions(m) {
  const view = el('button', { type: 'button', class: 'mail-show', onclick: () => showMessage(m).catch(() => {}) }, 'View');
  const out = [view];
  if (m.status === 'failed') {
    out.push(el('button', { type: 'button', class: 'mail-retry', onclick: (e) => act(e.currentTarget, () => api.retryMail(m.id),
      `The message to ${m.to} goes again now.`) }, 'Retry'));
  }
  if (m.status === 'queued') {
    out.push(el('button', { type: 'button', class: 'mail-send', onclick: (e) => act(e.currentTarget, () => api.sendOutboxNow([m.id]),
      `Sending the message to ${m.to} now.`) }, 'Send now'));
    out.push(el('button', { type: 'button', class: 'mail-withdraw', onclick: async (e) => {
      const button = e.currentTarget;
      const sure = await confirmAction(`Don't send this message to ${m.to}?`, {
        confirmLabel: "Don't send", keepLabel: 'Keep it queued',
        detail: 'The notice goes back to the print queue (Customers to tell).',
      });
      if (sure) act(button, () => api.withdrawMail(m.id), 'The message will not be sent; the notice is back in the print queue.');
    } }, "Don't send"));
  }
  return el('div', { class: 'doc-cell' }, out);
}

/** A list of messages; `columns` leaves out what the page already says (the order, the
 *  customer). */
export function messagesTable(id, messages, { order = true, to = true } = {}, empty = 'No e-mail yet.') {
  const cols = [{ title: 'Queued' }, { title: 'About' }];
  if (order) cols.push({ title: 'Order' });
  if (to) cols.push({ title: 'To' });
  cols.push({ title: 'Subject' }, { title: 'Status' }, { title: '' });
  return table(id, cols, messages.map((m) => {
    const cells = [el('span', { class: 'nowrap' }, formatDateTime(m.queued_at)), KIND_TEXT[m.kind] || m.kind];
    if (order) cells.push(link(`#/orders/${encodeURIComponent(m.order)}`, m.order));
    if (to) cells.push(m.to);
    cells.push(m.subject, el('div', { class: 'mail-status' }, mailStatus(m), mailProblem(m)), mailActions(m));
    return { attrs: { dataset: { message: m.id, status: m.status } }, cells };
  }), empty);
}
