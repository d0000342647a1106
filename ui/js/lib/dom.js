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

/** Shows a success message, or an error {code, message} from the backend. */
export function toast(message, { error = false, code } = {}) {
  const box = document.getElementById('toasts');
  const item = el('div', { class: error ? 'toast error' : 'toast', role: error ? 'alert' : 'status' },
    message, code ? el('span', { class: 'code' }, code) : null);
  box.append(item);
  setTimeout(() => item.remove(), error ? 9000 : 4000);
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
