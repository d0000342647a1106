// Settings: store details, handling days, currency, the default backorder incentive, paper
// size, printer, backup folder; carriers (add, make default); backups.
import * as api from '../api.js';
import { el, field, act, table, put, confirmAction, clear, modal, t } from '../lib/dom.js';
import { languages as screenLanguages, currentLanguage, currentLocale } from '../lib/i18n.js';
import { NOTICE_KINDS, kindText } from '../lib/notices.js';

export default {
  title: 'Settings',
  refreshOn: ['settings', 'carriers'],
  // The automatic backup ends in the background, often while the shopkeeper types here: its
  // outcome updates its own line, never the whole form.
  onBackup(status) {
    const line = document.getElementById('backup-last');
    if (!line) return;
    const failed = status?.state === 'failed';
    line.textContent = lastBackupText(status);
    line.className = failed ? 'notice bad' : '';
    if (failed) line.setAttribute('role', 'alert'); else line.removeAttribute('role');
  },
  async render(container, params) {
    const [s, carriers, printers, lastBackup, info, mail, webshop, engine] = await Promise.all([
      api.getSettings(), api.listCarriers(), api.listPrinters().catch(() => []), api.backupStatus().catch(() => null),
      api.appInfo().catch(() => null), api.mailSetup(), api.webshopSettings(), api.shopStatus()]);
    put(container, el('h1', {}, t('nav-settings')), storeForm(s, printers), mailPanel(mail), await templatesPanel(mail), carriersPanel(carriers),
      webshopPanel(webshop), serverPanel(engine), backupPanel(s, lastBackup, engine), aboutPanel(info));
    // #/settings/email (from the Outbox): straight to the e-mail settings.
    if (params[0] === 'email') {
      const panel = document.getElementById('mail-form');
      panel.scrollIntoView();
      document.getElementById('mail-host').focus();
    }
  },
};

/** The incentive in the form the core parses: none, discount:PCT, credit:AMOUNT, gift:TEXT. */
export function incentiveText(i) {
  if (!i || i.kind === 'none') return 'none';
  if (i.kind === 'discount') return `discount:${i.percent_bp / 100}`;
  if (i.kind === 'credit') return `credit:${i.amount}`;
  return `gift:${i.note}`;
}

/** Controls for choosing an incentive; `value()` gives the text form. */
export function incentivePicker(initial, idPrefix) {
  const [kind0, rest0] = initial === 'none' ? ['none', ''] : [initial.split(':')[0], initial.slice(initial.indexOf(':') + 1)];
  const kind = el('select', { id: `${idPrefix}-kind` },
    el('option', { value: 'none', selected: kind0 === 'none' }, t('incentive-option-none')),
    el('option', { value: 'discount', selected: kind0 === 'discount' }, t('incentive-option-discount')),
    el('option', { value: 'credit', selected: kind0 === 'credit' }, t('incentive-option-credit')),
    el('option', { value: 'gift', selected: kind0 === 'gift' }, t('incentive-option-gift')));
  const value = el('input', { id: `${idPrefix}-value`, value: rest0, autocomplete: 'off' });
  const label = el('span', { class: 'field-label' });
  const sync = () => {
    value.hidden = kind.value === 'none';
    label.hidden = kind.value === 'none';
    label.textContent = { discount: t('incentive-percent'), credit: t('incentive-amount'), gift: t('incentive-note') }[kind.value] || '';
    value.placeholder = { discount: '10', credit: '5.00', gift: t('incentive-gift-placeholder') }[kind.value] || '';
  };
  kind.addEventListener('change', sync);
  sync();
  const box = el('div', { class: 'inline-form' }, field(t('fig-incentive'), kind), el('label', { class: 'field' }, label, value));
  return { box, value: () => (kind.value === 'none' ? 'none' : `${kind.value}:${value.value.trim()}`) };
}

function storeForm(s, printers) {
  const input = (id, value, attrs = {}) => el('input', { id: `settings-${id}`, value: value ?? '', ...attrs });
  const name = input('store-name', s.store_name, { required: true });
  const address = el('textarea', { id: 'settings-store-address', rows: 3 }, s.store_address);
  const contact = input('store-contact', s.store_contact, { placeholder: t('settings-contact-placeholder') });
  const currency = input('currency', s.currency, { maxlength: 3, size: 4 });
  const handling = input('handling-days', s.handling_days, { type: 'number', min: 0 });
  // Issue 20: how sure a promise must be of each supplier's record, and how far back it looks.
  const kept = input('promises-kept', s.promises_kept_pct, { type: 'number', min: 50, max: 100 });
  const history = input('promise-history', s.promise_history_days, { type: 'number', min: 0, max: 3650 });
  const paper = el('select', { id: 'settings-paper' },
    ['A4', 'Letter'].map((p) => el('option', { value: p, selected: s.paper_size.toLowerCase() === p.toLowerCase() }, p === 'A4' ? 'A4' : t('paper-us-letter'))));
  const printer = el('select', { id: 'settings-printer' },
    el('option', { value: '', selected: !s.printer }, t('settings-system-printer')),
    printers.map((p) => el('option', { value: p.name, selected: s.printer === p.name }, p.is_default ? t('printer-system-default', { name: p.name }) : p.name)),
    s.printer && !printers.some((p) => p.name === s.printer) ? el('option', { value: s.printer, selected: true }, t('printer-not-installed', { name: s.printer })) : null);
  const backup = input('backup-folder', s.backup_folder, { placeholder: t('settings-backup-placeholder') });
  const wording = el('textarea', { id: 'settings-wording', rows: 3 }, s.backorder_wording ?? '');
  const incentive = incentivePicker(incentiveText(s.default_incentive), 'settings-incentive');
  // The screens' language and the shop's locale (issue 17): both the shop's, never the
  // desktop's. Until a locale is saved, the field shows the one in use as its placeholder.
  const language = el('select', { id: 'settings-language' },
    screenLanguages().map((l) => el('option', { value: l.code, selected: (s.language ?? currentLanguage()) === l.code }, l.name)));
  const locale = input('locale', s.locale, { placeholder: currentLocale(), autocomplete: 'off', size: 10 });
  const save = el('button', { type: 'submit', class: 'primary', id: 'settings-save' }, t('settings-save'));
  return el('form', { class: 'panel', id: 'settings-form', onsubmit: async (event) => {
    event.preventDefault();
    const patch = {
      store_name: name.value, store_address: address.value, store_contact: contact.value, currency: currency.value,
      handling_days: Number(handling.value), promises_kept_pct: Number(kept.value), promise_history_days: Number(history.value), paper_size: paper.value, printer: printer.value, backup_folder: backup.value,
      backorder_wording: wording.value, language: language.value, locale: locale.value.trim(),
    };
    await act(save, () => api.updateSettings(patch, incentive.value()), t('settings-saved'));
  } },
  el('h2', {}, t('settings-store')),
  el('div', { class: 'form-grid' }, field(t('settings-store-name'), name), field(t('settings-contact'), contact), field(t('settings-currency'), currency),
    el('div', { class: 'span-2' }, field(t('col-address'), address)),
    field(t('settings-language'), language), field(t('settings-locale'), locale, t('settings-locale-hint'))),
  el('h2', {}, t('settings-promises')),
  el('div', { class: 'form-grid' }, field(t('settings-handling-days'), handling, t('settings-handling-hint')),
    field(t('settings-promises-kept'), kept, t('settings-promises-kept-hint')), field(t('settings-promise-history'), history, t('settings-promise-history-hint')),
    el('div', { class: 'span-2' }, incentive.box),
    el('div', { class: 'span-all' }, field(t('settings-wording'), wording))),
  el('h2', {}, t('settings-printing')),
  el('div', { class: 'form-grid' }, field(t('settings-paper'), paper), field(t('printer'), printer),
    el('div', { class: 'span-2' }, field(t('settings-backup-folder'), backup)),
    el('div', { class: 'span-all' }, logoField(s))),
  el('div', { class: 'actions' }, save));
}

/** The logo on every document: its file name, Choose… (a PNG or JPEG, checked by the core)
 *  and Remove. Each saves at once; the screen redraws from the 'settings' change. */
function logoField(s) {
  const file = s.logo_path ? s.logo_path.split(/[\\/]/).pop() : '';
  const choose = el('button', { type: 'button', id: 'settings-logo-choose' }, t('settings-logo-choose'));
  choose.addEventListener('click', () => act(choose, () => api.chooseLogo(),
    (out) => (out && out.logo_path ? t('settings-logo-chosen', { file: out.logo_path.split(/[\\/]/).pop() }) : t('settings-no-logo-chosen'))));
  const remove = el('button', { type: 'button', id: 'settings-logo-remove', hidden: !s.logo_path }, t('remove'));
  remove.addEventListener('click', () => act(remove, () => api.updateSettings({ logo_path: '' }, null), t('settings-logo-removed')));
  return el('div', { class: 'field', id: 'settings-logo' },
    el('span', { class: 'field-label' }, t('settings-logo')),
    el('div', { class: 'inline-form' },
      el('span', { id: 'settings-logo-file', class: file ? '' : 'muted', title: s.logo_path || '' }, file || t('settings-no-logo')),
      choose, remove),
    el('span', { class: 'field-hint muted' }, t('settings-logo-hint')));
}

/** Settings → E-mail (issue 16): the server, the sender address, the password (kept in the
 *  OS keyring, never in the database: the panel says where it is), automatic sending or review,
 *  and a test message that shows the server's answer. */
function mailPanel(setup) {
  const m = setup.settings;
  const input = (id, value, attrs = {}) => el('input', { id: `mail-${id}`, value: value ?? '', autocomplete: 'off', ...attrs });
  const host = input('host', m.smtp_host, { placeholder: 'smtp.example.com' });
  const port = input('port', m.smtp_port, { type: 'number', min: 1, max: 65535 });
  const security = el('select', { id: 'mail-security' },
    [['starttls', 'mail-security-starttls'], ['tls', 'mail-security-tls'], ['none', 'mail-security-none']]
      .map(([v, id]) => el('option', { value: v, selected: m.smtp_security === v }, t(id))));
  const user = input('user', m.smtp_user, { placeholder: t('mail-user-placeholder') });
  const password = el('input', { id: 'mail-password', type: 'password', autocomplete: 'new-password',
    placeholder: setup.password.found ? t('mail-password-stored') : '' });
  const from = input('from', m.mail_from, { type: 'email', placeholder: 'shop@example.com' });
  const replyTo = input('reply-to', m.mail_reply_to, { type: 'email', placeholder: t('mail-reply-to-placeholder') });
  const auto = el('select', { id: 'mail-auto' },
    el('option', { value: 'on', selected: m.mail_auto }, t('mail-auto-on')),
    el('option', { value: 'off', selected: !m.mail_auto }, t('mail-auto-off')));
  const save = el('button', { type: 'submit', class: 'primary', id: 'mail-save' }, t('mail-save'));
  const testTo = input('test-to', m.mail_from, { type: 'email', placeholder: 'you@example.com' });
  const test = el('button', { type: 'button', id: 'mail-test' }, t('mail-test'));
  const answer = el('p', { id: 'mail-test-answer', 'aria-live': 'polite' });
  test.addEventListener('click', async () => {
    answer.className = 'muted';
    answer.textContent = t('mail-sending');
    test.disabled = true;
    try {
      const reply = await api.sendTestMail(testTo.value);
      answer.className = 'notice good';
      answer.textContent = t('mail-test-sent', { to: testTo.value.trim(), reply });
    } catch (err) {
      answer.className = 'notice bad';
      answer.textContent = err.message || String(err);
    } finally {
      test.disabled = false;
    }
  });
  return el('form', { class: 'panel', id: 'mail-form', onsubmit: async (event) => {
    event.preventDefault();
    const patch = {
      smtp_host: host.value, smtp_port: Number(port.value), smtp_security: security.value, smtp_user: user.value,
      mail_from: from.value, mail_reply_to: replyTo.value, mail_auto: auto.value === 'on',
    };
    await act(save, () => api.saveMailSetup(patch, password.value || null),
      (r) => (r.settings.configured ? t('mail-saved') : t('mail-saved-incomplete')));
  } },
  el('h2', {}, t('mail-title')),
  el('p', { class: 'muted' }, t('mail-explain')),
  el('div', { class: 'form-grid' }, field(t('mail-server'), host), field(t('mail-port'), port), field(t('mail-security'), security),
    field(t('mail-user'), user), field(t('mail-password'), password), field(t('mail-from'), from, t('mail-from-hint')),
    field(t('mail-reply-to'), replyTo), el('div', { class: 'span-2' }, field(t('mail-sending-mode'), auto))),
  el('p', { id: 'mail-password-place', class: setup.password.needed && !setup.password.found ? 'notice bad' : 'muted' }, setup.password.place),
  el('div', { class: 'actions' }, save),
  m.configured ? el('div', { class: 'inline-form' }, field(t('mail-test-to'), testTo), test) : null,
  answer);
}

/** The message texts: per kind and language, a subject and a body with fields; a preview
 *  against a real order; reset to the default words. */
async function templatesPanel(setup) {
  const languages = setup.languages && setup.languages.length ? setup.languages : ['en'];
  const kind = el('select', { id: 'template-kind' }, NOTICE_KINDS.map((v) => el('option', { value: v }, kindText(v))));
  const language = el('select', { id: 'template-language' }, languages.map((l) => el('option', { value: l }, l)));
  const subject = el('input', { id: 'template-subject', autocomplete: 'off' });
  const body = el('textarea', { id: 'template-body', rows: 10 });
  const fields = el('p', { class: 'muted', id: 'template-fields' });
  const state = el('span', { class: 'muted', id: 'template-state' });
  const preview = el('div', { id: 'template-preview-box', class: 'mail-view', hidden: true });
  const load = async () => {
    const tpl = await api.mailTemplate(kind.value, language.value);
    subject.value = tpl.subject;
    body.value = tpl.body;
    fields.textContent = t('template-fields', { fields: tpl.fields.map((f) => `{${f}}`).join(' ') });
    state.textContent = tpl.is_default ? t('template-default') : t('template-own');
    preview.hidden = true;
  };
  for (const s of [kind, language]) s.addEventListener('change', () => load().catch(() => {}));
  const show = el('button', { type: 'button', id: 'template-preview' }, t('template-preview'));
  show.addEventListener('click', () => act(show, async () => {
    const p = await api.previewMail(kind.value, language.value, subject.value, body.value, null);
    put(clear(preview), el('p', {}, el('strong', {}, t('template-subject-label')), p.subject), el('pre', { class: 'mail-text' }, p.text),
      p.attachment ? el('p', { class: 'muted' }, t('template-attached', { file: p.attachment })) : null);
    preview.hidden = false;
  }));
  const save = el('button', { type: 'button', class: 'primary', id: 'template-save' }, t('template-save'));
  save.addEventListener('click', () => act(save, () => api.saveMailTemplate(kind.value, language.value, subject.value, body.value),
    (tpl) => { state.textContent = t('template-own'); return t('template-saved', { kind: tpl.kind }); }));
  const reset = el('button', { type: 'button', id: 'template-reset' }, t('template-reset'));
  reset.addEventListener('click', () => act(reset, async () => { await api.resetMailTemplate(kind.value, language.value); await load(); },
    t('template-reset-done')));
  await load().catch(() => {});
  return el('section', { class: 'panel', id: 'mail-templates' },
    el('h2', {}, t('template-title')),
    el('div', { class: 'form-grid' }, field(t('template-message'), kind), field(t('doc-language'), language), el('div', { class: 'span-2' }, state)),
    field(t('mail-subject'), subject), field(t('template-text'), body), fields,
    el('div', { class: 'actions left' }, show, reset, save),
    preview);
}

function carriersPanel(carriers) {
  const name = el('input', { id: 'carrier-name', required: true, placeholder: t('carrier-placeholder') });
  const days = el('input', { id: 'carrier-days', type: 'number', min: 0, required: true, value: 2 });
  const tracking = el('input', { id: 'carrier-tracking', type: 'url', placeholder: 'https://…/{tracking}', autocomplete: 'off' });
  const makeDefault = el('input', { id: 'carrier-default', type: 'checkbox' });
  const add = el('button', { type: 'submit', id: 'carrier-add' }, t('carrier-add'));
  return el('section', { class: 'panel', style: null },
    el('h2', {}, t('carriers')),
    el('p', { class: 'muted' }, t('carriers-explain'), ' ', t('carriers-tracking-explain')),
    table('carriers-table', [{ title: t('col-carrier') }, { title: t('col-transit-days'), num: true }, { title: t('col-tracking-link') }, { title: t('col-default') }, { title: '' }],
      carriers.map((c) => ({ attrs: { dataset: { carrier: c.name } }, cells: [c.name, c.transit_days,
        c.tracking_url ? el('span', { class: 'path' }, c.tracking_url) : el('span', { class: 'muted' }, t('incentive-none')),
        c.is_default ? el('span', { class: 'badge open' }, t('carrier-default')) : '',
        el('div', { class: 'doc-cell' },
          el('button', { type: 'button', class: 'carrier-edit', onclick: () => editCarrier(c) }, t('carrier-edit')),
          c.is_default ? null : el('button', { type: 'button', onclick: (e) => act(e.currentTarget, () => api.setDefaultCarrier(c.name), t('carrier-now-default', { name: c.name })) }, t('carrier-make-default')))] })),
      t('carriers-none')),
    el('form', { class: 'inline-form', style: null, onsubmit: async (event) => {
      event.preventDefault();
      await act(add, () => api.addCarrier({ name: name.value, transit_days: Number(days.value), is_default: makeDefault.checked }, tracking.value),
        t('carrier-added', { name: name.value }));
    } }, field(t('col-name'), name), field(t('col-transit-days'), days), field(t('col-tracking-link'), tracking),
    el('label', { class: 'nowrap' }, makeDefault, t('carrier-make-default-check')), add));
}

/** Web shop orders (issue 21): which payment states an order export brings in, and the folder
 *  the app watches for dropped exports. The core checks both and knows the states. */
function webshopPanel(w) {
  const boxes = w.known_statuses.map((status) => el('label', { class: 'nowrap' },
    el('input', { type: 'checkbox', value: status, checked: w.webshop_statuses.includes(status), dataset: { status } }),
    t(`webshop-status-${status.replaceAll('_', '-')}`)));
  const folder = el('input', { id: 'settings-watch-folder', value: w.watch_folder, placeholder: t('webshop-folder-none'), autocomplete: 'off' });
  const choose = el('button', { type: 'button', id: 'watch-folder-choose' }, t('webshop-folder-choose'));
  choose.addEventListener('click', () => act(choose, () => api.chooseWatchFolder(),
    (r) => (r.watch_folder ? t('webshop-watching', { folder: r.watch_folder }) : null)));
  const save = el('button', { type: 'submit', class: 'primary', id: 'webshop-save' }, t('save'));
  return el('form', { class: 'panel', id: 'webshop-form', onsubmit: async (event) => {
    event.preventDefault();
    const statuses = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
    await act(save, () => api.updateWebshopSettings({ webshop_statuses: statuses, watch_folder: folder.value.trim() }), t('settings-saved'));
  } },
  el('h2', {}, t('webshop-title')),
  el('p', { class: 'muted' }, t('webshop-explain')),
  el('fieldset', { id: 'webshop-statuses' }, el('legend', {}, t('webshop-statuses')), el('div', { class: 'checks' }, boxes)),
  el('div', { class: 'form-grid' }, el('div', { class: 'span-2' }, field(t('webshop-folder'), folder, t('webshop-folder-hint')))),
  el('div', { class: 'actions' }, choose, save));
}

/** A carrier's transit days and tracking link; the core checks the link. */
/** The shop server (issue 19): which engine this shop runs on; a PostgreSQL server tested,
 *  its password kept in the keyring, and this shop copied onto it (verified table by table). */
function serverPanel(engine) {
  if (engine.engine !== 'sqlite') {
    const left = el('p', { id: 'server-answer', role: 'status' });
    const leave = el('button', { type: 'button', id: 'server-leave' }, t('server-leave'));
    leave.addEventListener('click', async () => {
      const sure = await confirmAction(t('server-leave-ask'), { confirmLabel: t('server-leave'), keepLabel: t('cancel'), detail: t('server-leave-detail') });
      if (!sure) return;
      const file = await act(leave, () => api.useFileHere());
      if (file) put(clear(left), t('server-left', { path: file }), ' ', restartButton());
    });
    return el('section', { class: 'panel', id: 'server' },
      el('h2', {}, t('server-title')),
      el('p', { id: 'server-engine' }, serverText(engine)),
      el('p', { class: 'muted' }, t('server-on-server')),
      el('div', { class: 'actions left' }, leave),
      left);
  }
  const address = el('input', { id: 'server-url', placeholder: 'postgres://stockroom@shop-server:5432/stockroom', autocomplete: 'off', spellcheck: false });
  const password = el('input', { id: 'server-password', type: 'password', autocomplete: 'new-password' });
  const answer = el('p', { id: 'server-answer', role: 'status' });
  const url = () => address.value.trim();
  const test = el('button', { type: 'button', id: 'server-test' }, t('server-test'));
  test.addEventListener('click', async () => {
    answer.textContent = '';
    const status = await act(test, () => api.testServer(url()));
    if (status) answer.textContent = serverText(status);
  });
  const keep = el('button', { type: 'button', id: 'server-password-save' }, t('server-password-save'));
  keep.addEventListener('click', () => act(keep, () => api.saveServerPassword(url(), password.value), () => {
    password.value = '';
    return t('server-password-saved');
  }));
  const push = el('button', { type: 'button', id: 'server-push', class: 'primary' }, t('server-push'));
  push.addEventListener('click', async () => {
    const sure = await confirmAction(t('server-push-ask'), { confirmLabel: t('server-push'), keepLabel: t('cancel'), detail: t('server-push-detail') });
    if (!sure) return;
    const copied = await act(push, () => api.pushToServer(url()));
    if (copied) answer.textContent = t('server-pushed', { rows: copied.rows, tables: copied.tables.length, to: copied.to });
  });
  const use = el('button', { type: 'button', id: 'server-use' }, t('server-use'));
  use.addEventListener('click', async () => {
    const sure = await confirmAction(t('server-use-ask'), { confirmLabel: t('server-use'), keepLabel: t('cancel'), detail: t('server-use-detail') });
    if (!sure) return;
    const status = await act(use, () => api.useServerHere(url()));
    if (status) put(clear(answer), t('server-used', { url: status.location }), ' ', restartButton());
  });
  return el('section', { class: 'panel', id: 'server' },
    el('h2', {}, t('server-title')),
    el('p', { id: 'server-engine' }, serverText(engine)),
    el('p', { class: 'muted' }, t('server-explain')),
    el('div', { class: 'form-grid' },
      el('div', { class: 'span-2' }, field(t('server-url'), address, t('server-url-hint'))),
      field(t('server-password'), password, t('server-password-hint'))),
    el('div', { class: 'actions left' }, test, keep, push, use),
    answer);
}

/** Starts the app again: the shop this computer uses now is opened at start. */
function restartButton() {
  const b = el('button', { type: 'button', id: 'server-restart', class: 'primary' }, t('server-restart'));
  b.addEventListener('click', () => act(b, () => api.restartApp()));
  return b;
}


/** What a status says, in words: this shop's file, or a server and what it holds. */
function serverText(s) {
  if (s.engine === 'sqlite') return t('server-engine-file', { path: s.location, version: s.schema_version });
  const holds = s.schema_version === 0 ? t('server-holds-nothing') : t('server-holds-shop', { version: s.schema_version });
  return t('server-engine-server', { url: s.location, version: s.server_version, tls: s.encrypted ? t('server-encrypted') : t('server-plain'), holds });
}

function editCarrier(c) {
  const days = el('input', { id: 'carrier-edit-days', type: 'number', min: 0, value: c.transit_days });
  const tracking = el('input', { id: 'carrier-edit-tracking', type: 'url', value: c.tracking_url, placeholder: 'https://…/{tracking}', autocomplete: 'off' });
  return modal(t('carrier-edit-title', { name: c.name }), (close) => {
    const save = el('button', { type: 'submit', class: 'primary', id: 'carrier-edit-save' }, t('save'));
    return el('form', { onsubmit: async (event) => {
      event.preventDefault();
      const out = await act(save, () => api.editCarrier(c.name, { transit_days: Number(days.value), tracking_url: tracking.value }), t('named-saved', { name: c.name }));
      if (out) close(out);
    } },
    field(t('col-transit-days'), days),
    field(t('col-tracking-link'), tracking, t('carrier-tracking-hint')),
    el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => close(undefined) }, t('cancel')), save));
  }, { id: 'carrier-edit-dialog', wide: true });
}

/** The automatic backup's outcome in words (see src-tauri/src/backup_status.rs). */
function aboutPanel(info) {
  if (!info) return null;
  return el('section', { class: 'panel', id: 'about' },
    el('h2', {}, t('about')),
    el('p', {}, t('about-version', { version: info.version })),
    el('p', {}, t('about-data-before'), el('code', { id: 'about-database', class: 'path' }, info.database), t('about-data-after')));
}

function lastBackupText(b) {
  if (!b || b.state === 'pending') return t('backup-pending');
  if (b.state === 'done') return t('backup-last', { at: b.at, path: b.path });
  return t('backup-last-failed', { reason: b.reason });
}

/** Backups of the shop: a file's, or (issue 19) a shop server's, which each computer that uses
 *  it keeps in its own folder; a restore replaces the server's shop for every till. */
function backupPanel(s, lastBackup, engine) {
  const now = el('button', { type: 'button', id: 'backup-now' }, t('backup-now'));
  now.addEventListener('click', () => act(now, () => api.backupDatabase(),
    (r) => (r.path ? t('backup-written', { path: r.path, kb: Math.round(r.count / 1024) }) : t('backup-none-made'))));
  const restore = el('button', { type: 'button', id: 'restore-backup', class: 'danger' }, t('restore'));
  restore.addEventListener('click', async () => {
    const sure = await confirmAction(t('restore-ask'), {
      confirmLabel: t('restore-choose'),
      keepLabel: t('restore-keep'),
      detail: t('restore-detail'),
    });
    if (!sure) return;
    act(restore, () => api.restoreDatabase(), (summary) => summary || t('restore-nothing'));
  });
  return el('section', { class: 'panel' },
    el('h2', {}, t('backup')),
    el('p', { id: 'backup-last', class: lastBackup?.state === 'failed' ? 'notice bad' : null, role: lastBackup?.state === 'failed' ? 'alert' : null }, lastBackupText(lastBackup)),
    el('p', { class: 'muted' }, t('backup-explain'), ' ', s.backup_folder ? t('backup-folder-is', { folder: s.backup_folder }) : t('backup-set-folder')),
    engine.engine === 'sqlite' ? null : el('p', { class: 'muted', id: 'backup-on-server' }, t('backup-on-server')),
    el('div', { class: 'actions left' }, now, restore));
}
