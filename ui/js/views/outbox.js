// Outbox (issue 16): every e-mail to a customer and its state — queued, sent with its time,
// failed with the server's reply, superseded by a newer one — with retry, the message as sent,
// and, when the shop reviews before sending, the queue to send all, some or none of.
import * as api from '../api.js';
import { el, put, act, link, formatDateTime, plural, clear, showError } from '../lib/dom.js';
import { messagesTable } from '../lib/mail.js';

const state = { status: '' };
const STATUSES = [['', 'All messages'], ['queued', 'Queued'], ['sent', 'Sent'], ['failed', 'Failed'], ['superseded', 'Superseded or withdrawn']];

export default {
  title: 'Outbox',
  refreshOn: ['mail', 'notifications', 'settings'],
  async render(container) {
    const [setup, messages, queued] = await Promise.all([
      api.mailSetup(), api.listOutbox(state.status || null), api.listOutbox('queued')]);
    const filter = el('select', { id: 'outbox-status' },
      STATUSES.map(([v, t]) => el('option', { value: v, selected: state.status === v }, t)));
    filter.addEventListener('change', () => { state.status = filter.value; render(); });
    const box = el('div');
    const render = () => api.listOutbox(state.status || null)
      .then((list) => put(clear(box), messagesTable('outbox-table', list, {}, emptyText(setup))))
      .catch(showError);
    put(box, messagesTable('outbox-table', messages, {}, emptyText(setup)));
    put(container,
      el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, 'Outbox')),
      senderLine(setup),
      reviewPanel(setup, queued),
      el('div', { class: 'toolbar' }, el('label', { class: 'field' }, el('span', { class: 'field-label' }, 'Show'), filter)),
      box);
  },
};

function emptyText(setup) {
  return setup.settings.configured ? 'No e-mail yet: messages appear here when customers are told.'
    : 'E-mail is not set up: notices go on paper. Set up e-mail in Settings.';
}

/** What the sender does: set up or not, automatic or review, the last round, a problem. */
function senderLine(setup) {
  const { settings, sender } = setup;
  if (!settings.configured) {
    return el('p', { class: 'notice', id: 'outbox-sender' }, 'E-mail is not set up yet. ',
      link('#/settings/email', 'Set up e-mail'), ' to tell customers by e-mail.');
  }
  const how = settings.mail_auto ? 'Messages are sent by themselves, within moments.' : 'You review messages before they are sent (below).';
  const last = sender.last_round_at ? ` Last looked ${formatDateTime(sender.last_round_at)}; ${plural(sender.sent, 'message')} sent since Stockroom started.` : '';
  return el('div', { id: 'outbox-sender' },
    el('p', {}, sender.sending ? 'Sending now… ' : '', how, last),
    sender.problem ? el('p', { class: 'notice bad', role: 'alert', id: 'outbox-problem' },
      `Not sending: ${sender.problem}. Queued messages are kept and tried again.`) : null);
}

/** Review before sending: the queued messages with a box each; send all, the picked ones, or
 *  none (withdrawn: back to paper). In automatic mode only "Send now" for what is waiting. */
function reviewPanel(setup, queued) {
  if (!setup.settings.configured || queued.length === 0) return null;
  const boxes = queued.map((m) => el('input', { type: 'checkbox', value: m.id, checked: true, 'aria-label': `Send to ${m.to}` }));
  const picked = () => boxes.filter((b) => b.checked).map((b) => Number(b.value));
  const send = el('button', { type: 'button', class: 'primary', id: 'outbox-send-picked' }, 'Send the ticked ones');
  send.addEventListener('click', () => act(send, () => api.sendOutboxNow(picked()), (n) => `Sending ${plural(n, 'message')} now.`));
  const none = el('button', { type: 'button', id: 'outbox-withdraw-picked' }, "Don't send the ticked ones");
  none.addEventListener('click', () => act(none, async () => {
    for (const id of picked()) await api.withdrawMail(id);
    return picked().length;
  }, 'Withdrawn: those notices are back in the print queue.'));
  return el('section', { class: 'panel', id: 'outbox-review' },
    el('h2', {}, setup.settings.mail_auto ? `Waiting to go: ${plural(queued.length, 'message')}` : `To review: ${plural(queued.length, 'message')}`),
    el('ul', { class: 'plain-list' }, queued.map((m, i) => el('li', {}, el('label', {}, boxes[i], ` ${m.to_name || m.to} — ${m.subject}`)))),
    el('div', { class: 'actions left' }, send, none));
}
