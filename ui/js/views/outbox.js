// Outbox (issue 16): every e-mail to a customer and its state — queued, sent with its time,
// failed with the server's reply, superseded by a newer one — with retry, the message as sent,
// and, when the shop reviews before sending, the queue to send all, some or none of.
import * as api from '../api.js';
import { el, put, act, link, formatDateTime, clear, showError, t } from '../lib/dom.js';
import { messagesTable } from '../lib/mail.js';

const state = { status: '' };
const STATUSES = [['', 'outbox-all'], ['queued', 'outbox-queued'], ['sent', 'outbox-sent'], ['failed', 'outbox-failed'], ['superseded', 'outbox-superseded']];

export default {
  title: 'Outbox',
  refreshOn: ['mail', 'notifications', 'settings'],
  async render(container) {
    const [setup, messages, queued] = await Promise.all([
      api.mailSetup(), api.listOutbox(state.status || null), api.listOutbox('queued')]);
    const filter = el('select', { id: 'outbox-status' },
      STATUSES.map(([v, id]) => el('option', { value: v, selected: state.status === v }, t(id))));
    filter.addEventListener('change', () => { state.status = filter.value; render(); });
    const box = el('div');
    const render = () => api.listOutbox(state.status || null)
      .then((list) => put(clear(box), messagesTable('outbox-table', list, {}, emptyText(setup))))
      .catch(showError);
    put(box, messagesTable('outbox-table', messages, {}, emptyText(setup)));
    put(container,
      el('div', { class: 'page-head' }, el('h1', { class: 'grow' }, t('nav-outbox'))),
      senderLine(setup),
      reviewPanel(setup, queued),
      el('div', { class: 'toolbar' }, el('label', { class: 'field' }, el('span', { class: 'field-label' }, t('outbox-show')), filter)),
      box);
  },
};

function emptyText(setup) {
  return setup.settings.configured ? t('outbox-empty') : t('outbox-not-set-up');
}

/** What the sender does: set up or not, automatic or review, the last round, a problem. */
function senderLine(setup) {
  const { settings, sender } = setup;
  if (!settings.configured) {
    return el('p', { class: 'notice', id: 'outbox-sender' }, t('outbox-not-set-up-yet'),
      link('#/settings/email', t('outbox-set-up')), t('outbox-set-up-why'));
  }
  const how = settings.mail_auto ? t('outbox-auto') : t('outbox-review-mode');
  const last = sender.last_round_at ? t('outbox-last-round', { when: formatDateTime(sender.last_round_at), count: sender.sent }) : '';
  return el('div', { id: 'outbox-sender' },
    el('p', {}, sender.sending ? t('outbox-sending') : '', how, last),
    sender.other_till_sends ? el('p', { class: 'muted', id: 'outbox-other-till' }, t('outbox-other-till')) : null,
    sender.problem ? el('p', { class: 'notice bad', role: 'alert', id: 'outbox-problem' },
      t('outbox-problem', { problem: sender.problem })) : null);
}

/** Review before sending: the queued messages with a box each; send all, the picked ones, or
 *  none (withdrawn: back to paper). In automatic mode only "Send now" for what is waiting. */
function reviewPanel(setup, queued) {
  if (!setup.settings.configured || queued.length === 0) return null;
  const boxes = queued.map((m) => el('input', { type: 'checkbox', value: m.id, checked: true, 'aria-label': t('outbox-send-to', { to: m.to }) }));
  const picked = () => boxes.filter((b) => b.checked).map((b) => Number(b.value));
  const send = el('button', { type: 'button', class: 'primary', id: 'outbox-send-picked' }, t('outbox-send-picked'));
  send.addEventListener('click', () => act(send, () => api.sendOutboxNow(picked()), (n) => t('outbox-sending-count', { count: n })));
  const none = el('button', { type: 'button', id: 'outbox-withdraw-picked' }, t('outbox-withdraw-picked'));
  none.addEventListener('click', () => act(none, async () => {
    for (const id of picked()) await api.withdrawMail(id);
    return picked().length;
  }, t('outbox-withdrawn')));
  return el('section', { class: 'panel', id: 'outbox-review' },
    el('h2', {}, setup.settings.mail_auto ? t('outbox-waiting', { count: queued.length }) : t('outbox-to-review', { count: queued.length })),
    el('ul', { class: 'plain-list' }, queued.map((m, i) => el('li', {}, el('label', {}, boxes[i], t('outbox-item', { to: m.to_name || m.to, subject: m.subject }))))),
    el('div', { class: 'actions left' }, send, none));
}
