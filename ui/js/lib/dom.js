// Building DOM safely: every piece of data becomes a text node, never HTML. Figures, dates and
// money as the shop's locale writes them (issue 17); the words through i18n.js.
import { t, currentLocale } from './i18n.js';

export { t } from './i18n.js';

/** el('td', {class: 'num'}, 'text', childNode, ...) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// A table row is never shorter than this (one line of text and its padding): rows enough to
// fill the window's height fill whatever part of it the table gets.
const MIN_ROW_PX = 36;
const fills = new WeakMap();
/**
 * Empties `tbody` and adds a row for each item (`makeRow(item)`): at once those that can be on
 * screen, the rest after the next paint, so a long page shows its first screenful without
 * laying out and painting the rows below it first. The tbody is aria-busy until every row is
 * in. A newer fill of the same tbody drops the rest of an older one.
 */
export function fillRows(tbody, items, makeRow) {
  const mine = {};
  fills.set(tbody, mine);
  clear(tbody);
  const now = Math.ceil(window.innerHeight / MIN_ROW_PX);
  tbody.append(...items.slice(0, now).map(makeRow));
  if (items.length <= now) {
    tbody.removeAttribute('aria-busy');
    return;
  }
  tbody.setAttribute('aria-busy', 'true');
  // A timeout queued from an animation frame runs after that frame's paint.
  requestAnimationFrame(() => setTimeout(() => {
    if (fills.get(tbody) !== mine) return;
    tbody.append(...items.slice(now).map(makeRow));
    tbody.removeAttribute('aria-busy');
  }, 0));
}

/** Shows a success message, or an error {code, message} from the backend. */
export function toast(message, { error = false, code } = {}) {
  const box = document.getElementById('toasts');
  const item = el('div', { class: error ? 'toast error' : 'toast', role: error ? 'alert' : 'status' },
    message, code ? el('span', { class: 'code' }, code) : null);
  box.append(item);
  // Long enough to read: a saved file's path or a list of filled orders takes longer than "Saved."
  const text = String(message).length;
  setTimeout(() => item.remove(), Math.min(error ? 9000 : 4000 + 40 * text, 12000));
}

export function showError(err) {
  toast(err && err.message ? err.message : String(err), { error: true, code: err && err.code });
}

// Formatters are built once per locale: building an Intl formatter costs far more than using
// it (a list of 50 prices built 100). They are rebuilt when the shop's locale changes.
let built = null;
function fmt() {
  const locale = currentLocale();
  if (!built || built.locale !== locale) {
    built = {
      locale,
      date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }),
      dateTime: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
      whole: new Intl.NumberFormat(locale),
      currency: new Map(),
    };
  }
  return built;
}

/** '2026-12-12' → '12 Dec 2026' (en-GB), '12. Dez. 2026' (de-DE); null → 'date to be confirmed'. */
export function formatDate(iso, unknown = t('date-unknown')) {
  if (!iso) return unknown;
  const [y, m, d] = iso.split('-').map(Number);
  return fmt().date.format(new Date(y, m - 1, d));
}

/** A labelled form field: the label wraps the control, so every field has an accessible name. */
export function field(label, control, hint) {
  return el('label', { class: 'field' }, el('span', { class: 'field-label' }, label), control,
    hint ? el('span', { class: 'field-hint muted' }, hint) : null);
}

/** A modal dialog (the native <dialog>: focus is trapped and Escape closes it).
 *  `build(close)` returns the body; resolves with what `close(value)` was given (undefined on Escape). */
export function modal(title, build, { id, wide = false } = {}) {
  return new Promise((resolve) => {
    const dialog = el('dialog', { class: wide ? 'modal wide' : 'modal', id, 'aria-label': title });
    let done = false;
    const close = (value) => {
      if (done) return;
      done = true;
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    dialog.addEventListener('cancel', (event) => { event.preventDefault(); close(undefined); });
    dialog.append(el('h2', {}, title), build(close));
    document.body.append(dialog);
    dialog.showModal();
    // The element marked autofocus wins (a confirmation's safe choice), wherever it stands;
    // else the first field or button. (One selector list would pick the first in the page.)
    const first = dialog.querySelector('[autofocus]')
      || dialog.querySelector('input, select, textarea, button.primary, button');
    if (first) first.focus();
  });
}

/** Asks before a destructive action. Resolves true only when the user confirms.
 *  The safe choice has the focus (issue 15): a barcode scanner ends each scan with Enter, and
 *  a stray Enter must never confirm "This cannot be undone". */
export function confirmAction(message, { confirmLabel = t('confirm'), keepLabel = t('go-back'), danger = true, detail } = {}) {
  return modal(t('please-confirm'), (close) => el('div', {},
    el('p', {}, message),
    detail ? el('p', { class: 'muted' }, detail) : null,
    el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'confirm-cancel', autofocus: true, onclick: () => close(false) }, keepLabel),
      el('button', { type: 'button', id: 'confirm-ok', class: danger ? 'danger' : 'primary', onclick: () => close(true) }, confirmLabel))),
  { id: 'confirm-dialog' }).then((v) => v === true);
}

/** A look-up typed or scanned into `input` failed: says why and selects the text, so the next
 *  scan replaces it instead of being appended ("COF-GRDCOF-GRD", issue 15). */
export function lookupFailed(input, err) {
  showError(err);
  input.focus();
  input.select();
}

/** Runs an async action from a button: disables it meanwhile, shows the success toast or the
 *  backend's {code, message}. Returns the result (undefined on error). */
export async function act(button, work, success) {
  if (button) button.disabled = true;
  try {
    const out = await work();
    if (success) toast(typeof success === 'function' ? success(out) : success);
    return out;
  } catch (err) {
    showError(err);
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}

// The shop's currency (from settings), used by money() when none is given.
let shopCurrency = '';
export function setCurrency(code) { shopCurrency = code || ''; }

/** '2627.60' + 'EUR' → '€2,627.60' (en-GB), '2.627,60 €' (de-DE): the shop's locale places the
 *  symbol, groups the digits and writes the decimal mark. The core sends money as decimal
 *  strings; the digits are placed as they are, never through a float. */
export function money(value, currency = shopCurrency) {
  if (value === null || value === undefined || value === '') return '';
  if (!currency) return String(value);
  try {
    const neg = String(value).startsWith('-');
    const [whole, frac] = (neg ? String(value).slice(1) : String(value)).split('.');
    // The locale's pattern for this currency, with the amount's own digits put in.
    const text = currencyParts(currency).map((p) => {
      if (p.type === 'integer') return figure(whole);
      if (p.type === 'decimal' || p.type === 'fraction') {
        if (frac === undefined) return '';
        return p.type === 'decimal' ? p.value : frac;
      }
      return p.value;
    }).join('').trim();
    return neg ? `−${text}` : text;
  } catch { return `${value} ${currency}`; }
}

// How the locale writes an amount of this currency (symbol before or after, its spacing, the
// decimal mark), learnt once per currency and locale from formatting zero.
function currencyParts(currency) {
  const cache = fmt().currency;
  let parts = cache.get(currency);
  if (!parts) {
    parts = new Intl.NumberFormat(currentLocale(), { style: 'currency', currency }).formatToParts(0)
      .filter((p) => p.type !== 'minusSign' && p.type !== 'plusSign');
    cache.set(currency, parts);
  }
  return parts;
}

/** 20000 → '20,000' (en-GB), '20.000' (de-DE); text that is not a whole number is returned as
 *  it is. Through BigInt: exact at any size. */
export function figure(n) {
  const text = String(n ?? '');
  if (!/^-?\d+$/.test(text)) return text;
  return fmt().whole.format(BigInt(text));
}

/** 'YYYY-MM-DD HH:MM:SS' → '12 Dec 2026, 14:05' (en-GB), '12. Dez. 2026, 14:05' (de-DE): the
 *  time as stored, never shifted by a time zone. */
export function formatDateTime(text) {
  if (!text) return '';
  const [d, time] = String(text).split(/[ T]/);
  if (!time) return formatDate(d);
  const [y, m, day] = d.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return fmt().dateTime.format(new Date(y, m - 1, day, hh, mm));
}

/** A paginated list's footer: "1–50 of 230" and Previous/Next. `go(offset)` loads a page. */
export function pager(box, { offset, count, total, limit }, go) {
  clear(box).append(
    el('span', {}, total === 0 ? '' : t('pager-range', { from: offset + 1, to: offset + count, total })),
    el('button', { type: 'button', class: 'prev', disabled: offset === 0, onclick: () => go(Math.max(0, offset - limit)) }, t('previous')),
    el('button', { type: 'button', class: 'next', disabled: offset + limit >= total, onclick: () => go(offset + limit) }, t('next')));
}

/** A table: columns [{title, num}] and rows of cells; each row may carry attrs. */
export function table(id, columns, rows, empty = t('nothing-here-yet')) {
  const body = el('tbody');
  if (rows.length === 0) body.append(el('tr', {}, el('td', { colspan: columns.length, class: 'muted empty-row' }, empty)));
  for (const row of rows) {
    const { attrs = {}, cells } = Array.isArray(row) ? { cells: row } : row;
    body.append(el('tr', attrs, cells.map((c, i) => el('td', { class: columns[i].num ? 'num' : null }, c))));
  }
  return el('table', { class: 'list', id },
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { class: c.num ? 'num' : null, scope: 'col' }, c.title)))),
    body);
}

/** A link styled as text inside a table (keyboard reachable, unlike a clickable row). */
export function link(href, text, attrs = {}) {
  return el('a', { href, ...attrs }, text);
}

/** Appends children, skipping null/undefined/false (the DOM's own append would write "null"). */
export function put(node, ...children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
