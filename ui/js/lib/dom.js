// Building DOM safely: every piece of data becomes a text node, never HTML.

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

const dateFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
/** '2026-12-12' → '12 Dec 2026'; null → 'date to be confirmed'. */
export function formatDate(iso, unknown = 'date to be confirmed') {
  if (!iso) return unknown;
  const [y, m, d] = iso.split('-').map(Number);
  return dateFmt.format(new Date(y, m - 1, d));
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
export function confirmAction(message, { confirmLabel = 'Confirm', keepLabel = 'Go back', danger = true, detail } = {}) {
  return modal('Please confirm', (close) => el('div', {},
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

// Figures group their digits as the user's locale does. A window started under the C/POSIX
// locale (LANG=C, as under Xvfb or a bare service) resolves to en-US-u-va-posix, which groups
// nothing: 20000 would read "20000". A locale that does not group a million gives way to
// English grouping. (Settings hold no locale of the shop's own; the user's is the one to use.)
const numberLocale = new Intl.NumberFormat().formatToParts(1234567).some((p) => p.type === 'group')
  ? undefined : 'en';
const wholeNumbers = new Intl.NumberFormat(numberLocale);

// The shop's currency (from settings), used by money() when none is given.
let shopCurrency = '';
export function setCurrency(code) { shopCurrency = code || ''; }

/** '12.50' + 'EUR' → '€12.50' (the core sends money as decimal strings; never floats). */
export function money(value, currency = shopCurrency) {
  if (value === null || value === undefined || value === '') return '';
  if (!currency) return String(value);
  try {
    // Format the decimal string's parts without converting through a float.
    const { symbol, symbolFirst } = currencyStyle(currency);
    const neg = String(value).startsWith('-');
    const [whole, frac] = (neg ? String(value).slice(1) : String(value)).split('.');
    // Digits grouped and the decimal mark as the user's locale writes them, through BigInt
    // (exact at any size) rather than a float.
    const abs = frac === undefined ? figure(whole) : `${figure(whole)}${decimalMark()}${frac}`;
    const text = symbolFirst ? `${symbol}${abs}` : `${abs} ${symbol}`;
    return neg ? `−${text}` : text;
  } catch { return `${value} ${currency}`; }
}

// How the locale writes a currency's symbol, learnt once per currency: building an
// Intl.NumberFormat costs far more than formatting with it (a list of 50 prices built 100).
const currencyStyles = new Map();
function currencyStyle(currency) {
  let style = currencyStyles.get(currency);
  if (!style) {
    const parts = new Intl.NumberFormat(numberLocale, { style: 'currency', currency }).formatToParts(0);
    style = {
      symbol: parts.find((p) => p.type === 'currency')?.value ?? currency,
      symbolFirst: parts.findIndex((p) => p.type === 'currency') < parts.findIndex((p) => p.type === 'integer'),
    };
    currencyStyles.set(currency, style);
  }
  return style;
}
let decimal = null;
function decimalMark() {
  decimal ??= wholeNumbers.formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  return decimal;
}

/** 20000 → '20,000' (as the user's locale groups digits, else as English does); text that is
 * not a whole number is returned as it is. */
export function figure(n) {
  const text = String(n ?? '');
  if (!/^-?\d+$/.test(text)) return text;
  return wholeNumbers.format(BigInt(text));
}

/** '1 unit', '3 units', '1,200 units': a count and its noun, singular for exactly one (every
 *  noun Stockroom counts takes an s). */
export function plural(n, noun) {
  return `${figure(n)} ${Number(n) === 1 ? noun : `${noun}s`}`;
}

/** 'YYYY-MM-DD HH:MM:SS' → '12 Dec 2026, 14:05'. */
export function formatDateTime(text) {
  if (!text) return '';
  const [d, t] = String(text).split(/[ T]/);
  return t ? `${formatDate(d)}, ${t.slice(0, 5)}` : formatDate(d);
}

/** A paginated list's footer: "1–50 of 230" and Previous/Next. `go(offset)` loads a page. */
export function pager(box, { offset, count, total, limit }, go) {
  clear(box).append(
    el('span', {}, total === 0 ? '' : `${figure(offset + 1)}–${figure(offset + count)} of ${figure(total)}`),
    el('button', { type: 'button', class: 'prev', disabled: offset === 0, onclick: () => go(Math.max(0, offset - limit)) }, 'Previous'),
    el('button', { type: 'button', class: 'next', disabled: offset + limit >= total, onclick: () => go(offset + limit) }, 'Next'));
}

/** A table: columns [{title, num}] and rows of cells; each row may carry attrs. */
export function table(id, columns, rows, empty = 'Nothing here yet.') {
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
