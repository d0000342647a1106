// Settings: store details, handling days, currency, the default backorder incentive, paper
// size, printer, backup folder; carriers (add, make default); backups.
import * as api from '../api.js';
import { el, field, act, table, put, confirmAction, clear, modal } from '../lib/dom.js';
import { KIND_TEXT } from '../lib/notices.js';

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
    const [s, carriers, printers, lastBackup, info, mail] = await Promise.all([
      api.getSettings(), api.listCarriers(), api.listPrinters().catch(() => []), api.backupStatus().catch(() => null),
      api.appInfo().catch(() => null), api.mailSetup()]);
    put(container, el('h1', {}, 'Settings'), storeForm(s, printers), mailPanel(mail), await templatesPanel(mail), carriersPanel(carriers),
      backupPanel(s, lastBackup), aboutPanel(info));
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
    el('option', { value: 'none', selected: kind0 === 'none' }, 'No incentive'),
    el('option', { value: 'discount', selected: kind0 === 'discount' }, 'Discount % on backordered units'),
    el('option', { value: 'credit', selected: kind0 === 'credit' }, 'Fixed credit off the order'),
    el('option', { value: 'gift', selected: kind0 === 'gift' }, 'Gift note'));
  const value = el('input', { id: `${idPrefix}-value`, value: rest0, autocomplete: 'off' });
  const label = el('span', { class: 'field-label' });
  const sync = () => {
    value.hidden = kind.value === 'none';
    label.hidden = kind.value === 'none';
    label.textContent = { discount: 'Percent', credit: 'Amount', gift: 'Note' }[kind.value] || '';
    value.placeholder = { discount: '10', credit: '5.00', gift: 'a free sample' }[kind.value] || '';
  };
  kind.addEventListener('change', sync);
  sync();
  const box = el('div', { class: 'inline-form' }, field('Incentive', kind), el('label', { class: 'field' }, label, value));
  return { box, value: () => (kind.value === 'none' ? 'none' : `${kind.value}:${value.value.trim()}`) };
}

function storeForm(s, printers) {
  const input = (id, value, attrs = {}) => el('input', { id: `settings-${id}`, value: value ?? '', ...attrs });
  const name = input('store-name', s.store_name, { required: true });
  const address = el('textarea', { id: 'settings-store-address', rows: 3 }, s.store_address);
  const contact = input('store-contact', s.store_contact, { placeholder: 'phone · email · website' });
  const currency = input('currency', s.currency, { maxlength: 3, size: 4 });
  const handling = input('handling-days', s.handling_days, { type: 'number', min: 0 });
  const paper = el('select', { id: 'settings-paper' },
    ['A4', 'Letter'].map((p) => el('option', { value: p, selected: s.paper_size.toLowerCase() === p.toLowerCase() }, p === 'A4' ? 'A4' : 'US Letter')));
  const printer = el('select', { id: 'settings-printer' },
    el('option', { value: '', selected: !s.printer }, 'The system default printer'),
    printers.map((p) => el('option', { value: p.name, selected: s.printer === p.name }, p.is_default ? `${p.name} (system default)` : p.name)),
    s.printer && !printers.some((p) => p.name === s.printer) ? el('option', { value: s.printer, selected: true }, `${s.printer} (not installed)`) : null);
  const backup = input('backup-folder', s.backup_folder, { placeholder: '/home/shop/Backups' });
  const wording = el('textarea', { id: 'settings-wording', rows: 3 }, s.backorder_wording ?? '');
  const incentive = incentivePicker(incentiveText(s.default_incentive), 'settings-incentive');
  const save = el('button', { type: 'submit', class: 'primary', id: 'settings-save' }, 'Save settings');
  return el('form', { class: 'panel', id: 'settings-form', onsubmit: async (event) => {
    event.preventDefault();
    const patch = {
      store_name: name.value, store_address: address.value, store_contact: contact.value, currency: currency.value,
      handling_days: Number(handling.value), paper_size: paper.value, printer: printer.value, backup_folder: backup.value,
      backorder_wording: wording.value,
    };
    await act(save, () => api.updateSettings(patch, incentive.value()), 'Settings saved.');
  } },
  el('h2', {}, 'Store'),
  el('div', { class: 'form-grid' }, field('Store name', name), field('Contact', contact), field('Currency (ISO code)', currency),
    el('div', { class: 'span-2' }, field('Address', address))),
  el('h2', {}, 'Promises and backorders'),
  el('div', { class: 'form-grid' }, field('Handling days', handling, 'Days to pick and pack; part of every promise.'),
    el('div', { class: 'span-2' }, incentive.box),
    el('div', { class: 'span-all' }, field('Web-shop availability text for backordered products ({date} = the promised date)', wording))),
  el('h2', {}, 'Printing and backups'),
  el('div', { class: 'form-grid' }, field('Paper size', paper), field('Printer', printer),
    el('div', { class: 'span-2' }, field('Backup folder', backup)),
    el('div', { class: 'span-all' }, logoField(s))),
  el('div', { class: 'actions' }, save));
}

/** The logo on every document: its file name, Choose… (a PNG or JPEG, checked by the core)
 *  and Remove. Each saves at once; the screen redraws from the 'settings' change. */
function logoField(s) {
  const file = s.logo_path ? s.logo_path.split(/[\\/]/).pop() : '';
  const choose = el('button', { type: 'button', id: 'settings-logo-choose' }, 'Choose…');
  choose.addEventListener('click', () => act(choose, () => api.chooseLogo(),
    (out) => (out && out.logo_path ? `The documents now carry ${out.logo_path.split(/[\\/]/).pop()} as the logo.` : 'No logo chosen.')));
  const remove = el('button', { type: 'button', id: 'settings-logo-remove', hidden: !s.logo_path }, 'Remove');
  remove.addEventListener('click', () => act(remove, () => api.updateSettings({ logo_path: '' }, null), 'The documents no longer carry a logo.'));
  return el('div', { class: 'field', id: 'settings-logo' },
    el('span', { class: 'field-label' }, 'Logo on documents'),
    el('div', { class: 'inline-form' },
      el('span', { id: 'settings-logo-file', class: file ? '' : 'muted', title: s.logo_path || '' }, file || 'No logo'),
      choose, remove),
    el('span', { class: 'field-hint muted' }, 'A PNG or JPEG, drawn at the top left of notices and packing slips.'));
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
    [['starttls', 'STARTTLS (port 587)'], ['tls', 'TLS (port 465)'], ['none', 'None (this computer only)']]
      .map(([v, t]) => el('option', { value: v, selected: m.smtp_security === v }, t)));
  const user = input('user', m.smtp_user, { placeholder: 'none: no login' });
  const password = el('input', { id: 'mail-password', type: 'password', autocomplete: 'new-password',
    placeholder: setup.password.found ? 'stored — type to replace' : '' });
  const from = input('from', m.mail_from, { type: 'email', placeholder: 'shop@example.com' });
  const replyTo = input('reply-to', m.mail_reply_to, { type: 'email', placeholder: 'the sender address' });
  const auto = el('select', { id: 'mail-auto' },
    el('option', { value: 'on', selected: m.mail_auto }, 'Send them by themselves, at once'),
    el('option', { value: 'off', selected: !m.mail_auto }, 'Let me review them first (Outbox)'));
  const save = el('button', { type: 'submit', class: 'primary', id: 'mail-save' }, 'Save e-mail settings');
  const testTo = input('test-to', m.mail_from, { type: 'email', placeholder: 'you@example.com' });
  const test = el('button', { type: 'button', id: 'mail-test' }, 'Send me a test message');
  const answer = el('p', { id: 'mail-test-answer', 'aria-live': 'polite' });
  test.addEventListener('click', async () => {
    answer.className = 'muted';
    answer.textContent = 'Sending…';
    test.disabled = true;
    try {
      const reply = await api.sendTestMail(testTo.value);
      answer.className = 'notice good';
      answer.textContent = `Sent to ${testTo.value.trim()}. The server answered: ${reply}`;
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
      (r) => (r.settings.configured ? 'E-mail settings saved.' : 'Saved. E-mail starts once a server and a sender address are set.'));
  } },
  el('h2', {}, 'E-mail to customers'),
  el('p', { class: 'muted' }, 'Backorder notices, new dates and tracking numbers go by e-mail to customers who want it, with the letter attached as a PDF.'),
  el('div', { class: 'form-grid' }, field('Server', host), field('Port', port), field('Security', security),
    field('User', user), field('Password', password), field('Sender address', from, 'Customers see this as From.'),
    field('Replies go to', replyTo), el('div', { class: 'span-2' }, field('Sending', auto))),
  el('p', { id: 'mail-password-place', class: setup.password.needed && !setup.password.found ? 'notice bad' : 'muted' }, setup.password.place),
  el('div', { class: 'actions' }, save),
  m.configured ? el('div', { class: 'inline-form' }, field('Test message to', testTo), test) : null,
  answer);
}

/** The message texts: per kind and language, a subject and a body with fields; a preview
 *  against a real order; reset to the default words. */
async function templatesPanel(setup) {
  const languages = setup.languages && setup.languages.length ? setup.languages : ['en'];
  const kind = el('select', { id: 'template-kind' }, Object.entries(KIND_TEXT).map(([v, t]) => el('option', { value: v }, t)));
  const language = el('select', { id: 'template-language' }, languages.map((l) => el('option', { value: l }, l)));
  const subject = el('input', { id: 'template-subject', autocomplete: 'off' });
  const body = el('textarea', { id: 'template-body', rows: 10 });
  const fields = el('p', { class: 'muted', id: 'template-fields' });
  const state = el('span', { class: 'muted', id: 'template-state' });
  const preview = el('div', { id: 'template-preview-box', class: 'mail-view', hidden: true });
  const load = async () => {
    const t = await api.mailTemplate(kind.value, language.value);
    subject.value = t.subject;
    body.value = t.body;
    fields.textContent = `Fields: ${t.fields.map((f) => `{${f}}`).join(' ')}`;
    state.textContent = t.is_default ? 'The default words.' : 'Your own words.';
    preview.hidden = true;
  };
  for (const s of [kind, language]) s.addEventListener('change', () => load().catch(() => {}));
  const show = el('button', { type: 'button', id: 'template-preview' }, 'Preview');
  show.addEventListener('click', () => act(show, async () => {
    const p = await api.previewMail(kind.value, language.value, subject.value, body.value, null);
    put(clear(preview), el('p', {}, el('strong', {}, 'Subject: '), p.subject), el('pre', { class: 'mail-text' }, p.text),
      p.attachment ? el('p', { class: 'muted' }, `Attached: ${p.attachment}`) : null);
    preview.hidden = false;
  }));
  const save = el('button', { type: 'button', class: 'primary', id: 'template-save' }, 'Save these words');
  save.addEventListener('click', () => act(save, () => api.saveMailTemplate(kind.value, language.value, subject.value, body.value),
    (t) => { state.textContent = 'Your own words.'; return `The ${KIND_TEXT[t.kind].toLowerCase()} message now has your words.`; }));
  const reset = el('button', { type: 'button', id: 'template-reset' }, 'Back to the default words');
  reset.addEventListener('click', () => act(reset, async () => { await api.resetMailTemplate(kind.value, language.value); await load(); },
    'The default words are back.'));
  await load().catch(() => {});
  return el('section', { class: 'panel', id: 'mail-templates' },
    el('h2', {}, 'E-mail texts'),
    el('div', { class: 'form-grid' }, field('Message', kind), field('Language', language), el('div', { class: 'span-2' }, state)),
    field('Subject', subject), field('Text', body), fields,
    el('div', { class: 'actions left' }, show, reset, save),
    preview);
}

function carriersPanel(carriers) {
  const name = el('input', { id: 'carrier-name', required: true, placeholder: 'e.g. DHL Parcel' });
  const days = el('input', { id: 'carrier-days', type: 'number', min: 0, required: true, value: 2 });
  const tracking = el('input', { id: 'carrier-tracking', type: 'url', placeholder: 'https://…/{tracking}', autocomplete: 'off' });
  const makeDefault = el('input', { id: 'carrier-default', type: 'checkbox' });
  const add = el('button', { type: 'submit', id: 'carrier-add' }, 'Add carrier');
  return el('section', { class: 'panel', style: null },
    el('h2', {}, 'Carriers'),
    el('p', { class: 'muted' }, 'Transit days are added to every promise; the default carrier is used when an order names none. '
      + 'The tracking link (with {tracking} where the number goes) is in every shipped e-mail.'),
    table('carriers-table', [{ title: 'Carrier' }, { title: 'Transit days', num: true }, { title: 'Tracking link' }, { title: 'Default' }, { title: '' }],
      carriers.map((c) => ({ attrs: { dataset: { carrier: c.name } }, cells: [c.name, c.transit_days,
        c.tracking_url ? el('span', { class: 'path' }, c.tracking_url) : el('span', { class: 'muted' }, 'none'),
        c.is_default ? el('span', { class: 'badge open' }, 'default') : '',
        el('div', { class: 'doc-cell' },
          el('button', { type: 'button', class: 'carrier-edit', onclick: () => editCarrier(c) }, 'Edit…'),
          c.is_default ? null : el('button', { type: 'button', onclick: (e) => act(e.currentTarget, () => api.setDefaultCarrier(c.name), `${c.name} is now the default carrier.`) }, 'Make default'))] })),
      'No carriers yet: promises count no transit time.'),
    el('form', { class: 'inline-form', style: null, onsubmit: async (event) => {
      event.preventDefault();
      await act(add, () => api.addCarrier({ name: name.value, transit_days: Number(days.value), is_default: makeDefault.checked }, tracking.value),
        `Carrier ${name.value} added.`);
    } }, field('Name', name), field('Transit days', days), field('Tracking link', tracking),
    el('label', { class: 'nowrap' }, makeDefault, ' Make default'), add));
}

/** A carrier's transit days and tracking link; the core checks the link. */
function editCarrier(c) {
  const days = el('input', { id: 'carrier-edit-days', type: 'number', min: 0, value: c.transit_days });
  const tracking = el('input', { id: 'carrier-edit-tracking', type: 'url', value: c.tracking_url, placeholder: 'https://…/{tracking}', autocomplete: 'off' });
  return modal(`Carrier ${c.name}`, (close) => {
    const save = el('button', { type: 'submit', class: 'primary', id: 'carrier-edit-save' }, 'Save');
    return el('form', { onsubmit: async (event) => {
      event.preventDefault();
      const out = await act(save, () => api.editCarrier(c.name, { transit_days: Number(days.value), tracking_url: tracking.value }), `${c.name} saved.`);
      if (out) close(out);
    } },
    field('Transit days', days),
    field('Tracking link', tracking, '{tracking} stands for the parcel’s number; leave empty for no link.'),
    el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => close(undefined) }, 'Cancel'), save));
  }, { id: 'carrier-edit-dialog', wide: true });
}

/** The automatic backup's outcome in words (see src-tauri/src/backup_status.rs). */
function aboutPanel(info) {
  if (!info) return null;
  return el('section', { class: 'panel', id: 'about' },
    el('h2', {}, 'About'),
    el('p', {}, `Stockroom ${info.version}`),
    el('p', {}, 'The shop’s data is kept in ', el('code', { id: 'about-database', class: 'path' }, info.database), '.'));
}

function lastBackupText(b) {
  if (!b || b.state === 'pending') return 'Today\'s automatic backup has not finished yet.';
  if (b.state === 'done') return `Last backup: ${b.at} (${b.path}).`;
  return `Last automatic backup failed: ${b.reason} — check the backup folder above.`;
}

function backupPanel(s, lastBackup) {
  const now = el('button', { type: 'button', id: 'backup-now' }, 'Back up now…');
  now.addEventListener('click', () => act(now, () => api.backupDatabase(),
    (r) => (r.path ? `Backup written to ${r.path} (${Math.round(r.count / 1024)} KB).` : 'No backup made.')));
  const restore = el('button', { type: 'button', id: 'restore-backup', class: 'danger' }, 'Restore from a backup…');
  restore.addEventListener('click', async () => {
    const sure = await confirmAction('Replace everything in Stockroom with a backup?', {
      confirmLabel: 'Choose the backup…',
      keepLabel: 'Keep the current data',
      detail: 'The backup is checked before anything changes, and a copy of the current database is kept.',
    });
    if (!sure) return;
    act(restore, () => api.restoreDatabase(), (summary) => summary || 'Nothing restored.');
  });
  return el('section', { class: 'panel' },
    el('h2', {}, 'Backup'),
    el('p', { id: 'backup-last', class: lastBackup?.state === 'failed' ? 'notice bad' : null, role: lastBackup?.state === 'failed' ? 'alert' : null }, lastBackupText(lastBackup)),
    el('p', { class: 'muted' }, `A copy of the whole database, made while the shop keeps working. ${s.backup_folder ? `The backup folder is ${s.backup_folder}.` : 'Set a backup folder above to have it offered first.'}`),
    el('div', { class: 'actions left' }, now, restore));
}
