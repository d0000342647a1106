// The app frame: hash routing between screens, the `changed` event, global shortcuts.
import * as api from './api.js';
import { clear, el, showError } from './lib/dom.js';
import products from './views/products.js';

// Each screen: { title, render(container, params) → Promise, refreshOn: ['products', ...] }.
const views = { products };

let current = null;

async function route() {
  const [name, ...params] = (location.hash.replace(/^#\/?/, '') || 'products').split('/');
  const view = views[name] ? name : 'products';
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  current = { name: view, params };
  const container = clear(document.getElementById('view'));
  document.title = `${views[view].title} — Stockroom`;
  try {
    await views[view].render(container, params.map(decodeURIComponent));
  } catch (err) {
    showError(err);
    container.append(el('div', { class: 'empty', role: 'alert' }, err.message || String(err)));
  }
}

// Refresh the screen on show only when the backend says something it shows has changed.
api.onChanged((what) => {
  if (!current) return;
  const view = views[current.name];
  if ((view.refreshOn || []).some((kind) => what.includes(kind))) route();
});

window.addEventListener('hashchange', route);
window.addEventListener('keydown', (event) => {
  // Ctrl/Cmd+K or "/" focuses the screen's search box.
  const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement?.tagName);
  if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
    const search = document.querySelector('#view input[type="search"]');
    if (search) { event.preventDefault(); search.focus(); search.select(); }
  }
});

api.appInfo()
  .then((info) => { document.getElementById('db-info').textContent = `v${info.version} · ${info.database}`; })
  .catch(showError);
route();
