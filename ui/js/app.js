// The app frame: hash routing between screens, the `changed` event, global shortcuts, and the
// progress bar of long work.
import * as api from './api.js';
import { act, clear, el, showError, put, setCurrency, t, toast } from './lib/dom.js';
import { learnTexts, useSettings, translatePage } from './lib/i18n.js';
import { listenForScans } from './lib/scan.js';
// The Products list, where the app opens, comes with the app (its module is fetched with
// these, not after); every other screen loads when first shown.
import products from './views/products.js';

api.mark('app.js'); // this module and its imports have loaded and run
// Each screen is an ES module loaded when first shown (the window opens fast; Products, where it
// opens, is imported above): its default
// export is { title, render(container, params) → Promise, refreshOn: ['products', ...],
// keepOnRefresh?(params) → true when a refresh would throw away the user's typing }.
// Each screen's title is its sidebar entry's message (nav-<name>, ui/locales/*.ftl).
const SCREENS = ['dashboard', 'products', 'orders', 'backorders', 'purchasing', 'shipments', 'customers', 'outbox',
  'reports', 'settings'];
const known = (name) => SCREENS.includes(name);
const windowTitle = (name) => t('window-title', { screen: t(`nav-${name}`) });
const loaded = { products };
async function load(name) {
  if (!loaded[name]) loaded[name] = (await import(`./views/${name}.js`)).default;
  return loaded[name];
}

let current = null;
let routes = 0;

async function route() {
  const [name, ...params] = (location.hash.replace(/^#\/?/, '') || 'products').split('/');
  const view = known(name) ? name : 'products';
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const decoded = params.map(decodeURIComponent);
  current = { name: view, params: decoded };
  document.title = windowTitle(view);
  // Each route draws into its own box: a slower earlier route that finishes after a newer one
  // (a hash change right after start) then draws into a box no longer on screen, never twice.
  const container = el('div', { class: 'route' });
  clear(document.getElementById('view')).append(container);
  const mine = ++routes;
  try {
    const screen = await load(view);
    if (mine !== routes) return; // the user already went elsewhere
    await screen.render(container, decoded);
  } catch (err) {
    showError(err);
    put(container, el('div', { class: 'empty', role: 'alert' }, err.message || String(err)));
    if (err && err.code === 'server_unreachable') container.append(serverWayOut());
  }
}

// This computer's shop server cannot be reached (issue 19): start again once it is back, or go
// back to this computer's own shop file.
function serverWayOut() {
  const retry = el('button', { type: 'button', id: 'way-out-retry', class: 'primary' }, t('server-retry'));
  retry.addEventListener('click', () => act(retry, () => api.restartApp()));
  const said = el('p', { id: 'way-out-answer', role: 'status' });
  const file = el('button', { type: 'button', id: 'way-out-file' }, t('server-leave'));
  file.addEventListener('click', async () => {
    const path = await act(file, () => api.useFileHere());
    if (path !== undefined) {
      said.textContent = t('server-left', { path });
      retry.textContent = t('server-restart');
      file.remove();
    }
  });
  return el('div', { id: 'server-way-out' }, el('div', { class: 'actions' }, retry, file), said);
}

// Refresh the screen on show only when the backend says something it shows has changed (and
// learn the currency again when the settings change). Listened to from the start: a click can
// come as soon as the first screen's buttons exist.
let pending = null;
api.onChanged(async (what) => {
  // A new language or locale redraws the screen (and the sidebar) at once.
  if (what.includes('settings') && await learnSettings()) { route(); return; }
  refresh(what);
});
function refresh(what) {
  if (!current) return;
  const view = loaded[current.name];
  if (!view) return;
  if (!(view.refreshOn || []).some((kind) => what.includes(kind))) return;
  if (view.keepOnRefresh && view.keepOnRefresh(current.params)) return;
  // A dialog open on the screen (a form half filled in) is left alone; the screen refreshes
  // when it closes.
  if (document.querySelector('dialog[open]')) { pending = true; return; }
  route();
}
// Dialogs are removed when they close: refresh then if a change arrived meanwhile.
new MutationObserver(() => {
  if (pending && !document.querySelector('dialog[open]')) { pending = null; route(); }
}).observe(document.body, { childList: true });

// Long work (batch printing, imports) reports progress; a bar shows it without blocking.
const progressBox = el('div', { class: 'progress-toast', id: 'progress', role: 'status', 'aria-live': 'polite', hidden: true });
document.body.append(progressBox);
let progressTimer = null;
function showProgress(p) {
  // The step in the screens' language when the backend names its message (issue 17).
  put(clear(progressBox), el('div', {}, p.id ? t(p.id, { pages: p.pages ?? 0, ...(p.args || {}) }) : p.message),
    el('div', { class: 'progress' }, el('div', { style: null, dataset: { pct: Math.round((100 * p.step) / p.of) } })));
  // Width via CSSOM: the CSP forbids inline style attributes, not style properties set by script.
  progressBox.querySelector('.progress > div').style.width = `${Math.round((100 * p.step) / p.of)}%`;
  progressBox.hidden = false;
  clearTimeout(progressTimer);
  if (p.step >= p.of) progressTimer = setTimeout(() => { progressBox.hidden = true; }, 1500);
}

window.addEventListener('hashchange', route);
// A packing slip's barcode, an order number or a product's barcode scanned on any screen
// opens it.
listenForScans(showError);
window.addEventListener('keydown', (event) => {
  const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement?.tagName);
  if (document.querySelector('dialog[open]')) return;
  // Ctrl/Cmd+K or "/" focuses the screen's search box.
  if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
    const search = document.querySelector('#view input[type="search"]');
    if (search) { event.preventDefault(); search.focus(); search.select(); }
  }
  // Ctrl/Cmd+N starts a new order from anywhere.
  if (event.key === 'n' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    location.hash = '#/orders/new';
  }
});

// The sidebar names the shop (issue 15: a raw database path split mid-word said nothing to a
// shopkeeper); the file is under Settings → About.
function showShopName(s) {
  const foot = document.getElementById('db-info');
  foot.textContent = s.store_name;
  foot.title = t('shop-name-hint');
}
// Money is shown in the shop's currency, the screens in its language, figures, dates and money
// as its locale writes them (issue 17): learnt before the first screen, and again when the
// settings change. Resolves to true when the language or the locale changed.
const name0 = (location.hash.replace(/^#\/?/, '') || 'products').split('/')[0];
function learnSettings() {
  return api.getSettings().then((s) => {
    setCurrency(s.currency);
    const changed = useSettings(s);
    if (changed) translatePage();
    showShopName(s);
    return changed;
  }).catch(() => false);
}
// Every language's messages (ui/locales/*.ftl) come once, with the settings and the first
// screen's module (not one after the other). Until they are in, nothing is drawn.
const texts = api.uiTexts().then(learnTexts).catch((err) => { learnTexts([]); showError(err); });
const firstScreen = load(known(name0) ? name0 : 'products').then(() => api.mark('screen module'), () => {});
Promise.all([texts.then(learnSettings), firstScreen]).finally(async () => {
  document.title = windowTitle(known(name0) ? name0 : 'products');
  await route();
  api.mark('screen drawn');
  // A frame later the first screen with data is on screen (a timeout queued from an animation
  // frame runs after that frame's paint). The backend ignores this unless the start-up bench
  // (bench/startup.sh) runs the app.
  requestAnimationFrame(() => setTimeout(() => {
    api.firstScreenPainted().catch(() => {});
    // What the first screen does not show waits until it is painted: each call is a round trip
    // through the UI thread that also serves the page. The progress of long work (nothing runs
    // before the shopkeeper asks), and the backup's outcome: its event, then its state so far,
    // in that order so an outcome that came meanwhile is not missed.
    api.onProgress(showProgress);
    api.onBackup((status) => {
      showBackup(status);
      if (current) loaded[current.name]?.onBackup?.(status);
    });
    api.backupStatus().then(showBackup).catch(() => {});
    // The watched folder (issue 21): each file taken is told, imported or refused.
    api.onWatched((files) => {
      for (const f of files) {
        const imported = f.outcome === 'imported';
        toast(t(imported ? 'watched-imported' : 'watched-failed', { file: f.file, summary: f.summary }), { error: !imported });
      }
    });
    api.onWatchProblem((message) => toast(t('watched-problem', { message }), { error: true }));
  }, 0));
});

// The automatic daily backup runs after start. When it fails the shopkeeper must see it (a
// missing USB disk, a full disk): a notice that stays until dismissed, on every screen.
// It joins the message corner only while there is a failure to show, so an empty hidden notice
// never stands among the toasts.
const backupNotice = el('div', { class: 'toast error', id: 'backup-failed', role: 'alert' });
function showBackup(status) {
  // 'pending' is never shown: an answer asked before the backup ended must not hide its outcome.
  if (status.state === 'done') backupNotice.remove();
  if (status.state !== 'failed') return;
  put(clear(backupNotice),
    el('div', {}, t('backup-failed', { reason: status.reason })),
    el('div', { class: 'actions left' },
      el('a', { href: '#/settings', class: 'button-link' }, t('open-settings')),
      el('button', { type: 'button', onclick: () => backupNotice.remove() }, t('dismiss'))));
  document.getElementById('toasts').append(backupNotice);
}
// A screen that shows the last backup (Settings) updates that line itself (see the
// `backup` listener above).
