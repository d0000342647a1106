// The only file that calls the backend. One function per app command; each returns a Promise
// that rejects with {code, message} (see src-tauri/src/error.rs).

const { invoke } = window.__TAURI__.core;
const { listen } = window.__TAURI__.event;

// Start-up marks for bench/startup.sh (`[name, unix ms]`), sent with firstScreenPainted: when
// each command first answered, and what app.js marks. Recording ends with the first paint.
let startMarks = [];
export function mark(name) {
  if (startMarks) startMarks.push([name, performance.timeOrigin + performance.now()]);
}

// Answers the backend sent with the page (src-tauri/src/first_screen.rs): what the first screen
// asks for at start (settings, the first page of products), so it is drawn without waiting for a
// round trip each. Each answers the first identical call only, and only until the first screen
// is painted; every other call asks the backend.
let sentWithPage = (() => {
  try { return JSON.parse(document.getElementById('sent-with-page')?.textContent || '[]'); } catch { return []; }
})();
const sameArgs = (a, b) => JSON.stringify(a ?? {}, Object.keys(a ?? {}).sort()) === JSON.stringify(b ?? {}, Object.keys(b ?? {}).sort());
function takeSent(command, args) {
  const i = sentWithPage.findIndex((s) => s.command === command && sameArgs(s.args, args));
  return i < 0 ? null : sentWithPage.splice(i, 1)[0];
}

async function call(command, args) {
  try {
    const sent = sentWithPage.length ? takeSent(command, args) : null;
    const answer = sent ? sent.answer : await invoke(command, args);
    if (startMarks && !startMarks.some(([name]) => name === command)) mark(command);
    return answer;
  } catch (err) {
    // Commands reject with {code, message}; anything else (a bridge failure) is normalised.
    if (err && typeof err === 'object' && 'code' in err) throw err;
    throw { code: 'internal', message: String(err) };
  }
}

export const appInfo = () => call('app_info');
/** Every screen language's messages: [{language: 'de', ftl: '…'}] (ui/locales/*.ftl). */
export const uiTexts = () => call('ui_texts');
export const dashboard = () => call('dashboard');

// Products and stock
/** `status`: null, 'low_stock' or 'out' (nothing available). */
export const listProducts = (search, offset, limit, status) => call('list_products', { search, offset, limit, status });
export const findProductBySku = (sku) => call('find_product_by_sku', { sku });
export const productDetail = (sku) => call('product_detail', { sku });
export const productPromiseWhy = (sku) => call('product_promise_why', { sku });
export const addProduct = (product) => call('add_product', { product });
/** `changes`: only the fields to change; `lead_time_days: null` clears it, `supplier: null` removes it. */
export const updateProduct = (sku, changes) => call('update_product', { sku, changes });
export const adjustStock = (sku, qty, reason) => call('adjust_stock', { sku, qty, reason });

// Customers
export const listCustomers = (search, offset, limit) => call('list_customers', { search, offset, limit });
export const getCustomer = (id) => call('get_customer', { id });
export const customerDetail = (id) => call('customer_detail', { id });
/** `contact`: email, paper or both; null = follow whether an address is known. */
export const addCustomer = (customer, contact) => call('add_customer', { customer, contact });
export const updateCustomer = (id, changes, contact) => call('update_customer', { id, changes, contact });

// Orders, the queue, notifications
export const listOrders = (filter, offset, limit) => call('list_orders', { filter, offset, limit });
export const orderDetail = (number) => call('order_detail', { number });
export const promiseWhy = (number) => call('promise_why', { number });
/** `incentive` in text form: none, discount:PCT, credit:AMOUNT, gift:TEXT. */
export const previewOrder = (order, incentive) => call('preview_order', { order, incentive });
export const placeOrder = (order, incentive) => call('place_order', { order, incentive });
export const cancelOrder = (number, sku, qty) => call('cancel_order', { number, sku, qty });
export const orderSubstitutes = (number, sku) => call('order_substitutes', { number, sku });
export const swapOrderLine = (number, sku, to, qty) => call('swap_order_line', { number, sku, to, qty });
export const setOrderPriority = (number, priority) => call('set_order_priority', { number, priority });
export const shipOrder = (number, carrier, tracking, partial) => call('ship_order', { number, carrier, tracking, partial });
export const listBackorders = (filter, offset, limit) => call('list_backorders', { filter, offset, limit });
export const listNotifications = (pending) => call('list_notifications', { pending });
export const markNotificationTold = (id, how, note) => call('mark_notification_told', { id, how, note });
// Scans: what a code is; the receive screen's count (books nothing)
export const findByCode = (code) => call('find_by_code', { code });
export const receiveScanTally = (po, codes) => call('receive_scan_tally', { po, codes });

// Purchasing
export const listPurchaseOrders = (filter, offset, limit) => call('list_purchase_orders', { filter, offset, limit });
export const purchaseOrder = (number) => call('purchase_order', { number });
export const createPurchaseOrder = (po) => call('create_purchase_order', { po });
export const previewReceipt = (number, lines) => call('preview_receipt', { number, lines });
export const receivePurchaseOrder = (number, lines) => call('receive_purchase_order', { number, lines });
export const setExpectedDate = (number, date) => call('set_expected_date', { number, date });
/** Whose promises would move if the PO were cancelled; stores nothing. */
export const previewPoCancel = (number) => call('preview_po_cancel', { number });
export const cancelPurchaseOrder = (number) => call('cancel_purchase_order', { number });

// Shipments
export const listShipments = (filter, offset, limit) => call('list_shipments', { filter, offset, limit });

// Settings and carriers
export const getSettings = () => call('get_settings');
/** `incentive`: the default backorder incentive in text form (see previewOrder). */
export const updateSettings = (patch, incentive) => call('update_settings', { patch, incentive });
/** Asks for a PNG or JPEG and makes it the logo on every document; resolves to the settings. */
export const chooseLogo = () => call('choose_logo');
/** The web shop settings (issue 21): {webshop_statuses: [...], watch_folder}. */
export const webshopSettings = () => call('webshop_settings');
/** Saves the fields the patch names ({webshop_statuses?, watch_folder?}; "" clears the folder). */
export const updateWebshopSettings = (patch) => call('update_webshop_settings', { patch });
/** Which engine this shop runs on (issue 19): {engine, location, schema_version, server_version, encrypted}. */
export const shopStatus = () => call('shop_status');
/** Connects to a shop server and says what it holds (same fields; schema_version 0: empty). */
export const testServer = (url) => call('test_server', { url });
/** Copies this shop into an empty server database: {from, to, tables: [{table, rows, checksum}], rows}. */
export const pushToServer = (url) => call('push_to_server', { url });
/** Keeps a server's password in this computer's keyring. */
export const saveServerPassword = (url, password) => call('save_server_password', { url, password });
/** Makes the server at `url` the shop this computer opens from its next start (it must hold a shop). */
export const useServerHere = (url) => call('use_server_here', { url });
/** This computer opens its own shop file again from its next start: the file's path. */
export const useFileHere = () => call('use_file_here');
/** Starts the app again (to open the shop this computer now uses). */
export const restartApp = () => call('restart_app');
/** Asks for the folder to watch and saves it. */
export const chooseWatchFolder = () => call('choose_watch_folder');
export const listCarriers = () => call('list_carriers');
/** `trackingUrl`: the carrier's tracking page with {tracking} for the number (optional). */
export const addCarrier = (carrier, trackingUrl) => call('add_carrier', { carrier, trackingUrl });
/** `changes`: {transit_days, tracking_url}; a field left out stays as it is. */
export const editCarrier = (name, changes) => call('edit_carrier', { name, changes });
export const setDefaultCarrier = (name) => call('set_default_carrier', { name });

// E-mail (issue 16): the settings and the keyring password, the test message, the outbox,
// "E-mail now", review before sending, the message templates. Sending is the app's background
// sender's: these queue and wake it.
export const mailSetup = () => call('mail_setup');
/** `patch`: the e-mail fields to change; `password` (optional) goes to the OS keyring. */
export const saveMailSetup = (patch, password) => call('save_mail_setup', { patch, password });
/** Resolves to the server's answer ("250 …"). */
export const sendTestMail = (to) => call('send_test_mail', { to });
/** `status`: queued, sent, failed, superseded, or null for every message. */
export const listOutbox = (status) => call('list_outbox', { status });
export const orderMessages = (orderId) => call('order_messages', { orderId });
export const customerMessages = (customerId) => call('customer_messages', { customerId });
export const outboxMessageBody = (id) => call('outbox_message_body', { id });
export const emailNoticeNow = (notificationId) => call('email_notice_now', { notificationId });
export const sendOutboxNow = (ids) => call('send_outbox_now', { ids });
export const retryMail = (id) => call('retry_mail', { id });
export const withdrawMail = (id) => call('withdraw_mail', { id });
/** kind: backordered, promise_moved or shipped. */
export const mailTemplate = (kind, language) => call('mail_template', { kind, language });
export const saveMailTemplate = (kind, language, subject, body) => call('save_mail_template', { kind, language, subject, body });
export const resetMailTemplate = (kind, language) => call('reset_mail_template', { kind, language });
/** The message a template makes: the saved one, or the draft (subject, body) being edited. */
export const previewMail = (kind, language, subject, body, order) => call('preview_mail', { kind, language, subject, body, order });

// Documents: kind is notice (order), slip / shipped (shipment), slips (a date), notices (pending).
export const listPrinters = () => call('list_printers');
// `language` (issue 17): a customer's document in another language; null is the customer's own.
export const openDocument = (kind, key, language = null) => call('open_document', { kind, key, language });
export const saveDocument = (kind, key, language = null) => call('save_document', { kind, key, language });
export const printDocument = (kind, key, printer, language = null) => call('print_document', { kind, key, printer, language });

// Data out: CSV exports (list: products, orders, backorders, customers, pos, shipments), the
// availability feed (format: csv or json), a backup copy of the database. Each asks where.
export const exportList = (list) => call('export_list', { list });
export const exportAvailability = (format) => call('export_availability', { format });
export const backupDatabase = () => call('backup_database');
/** Asks for a backup file and replaces the database with it; resolves to a summary or null. */
export const restoreDatabase = () => call('restore_database');
/** Asks for a CSV file of `kind` (products, customers, orders); answers with a dry run. */
export const pickImportFile = (kind) => call('pick_import_file', { kind });
/** Imports the file just picked; progress arrives as `progress` events. */
export const importPickedFile = (skipBadRows) => call('import_picked_file', { skipBadRows });

// Reports (report: backorders, aging, fill-rate, reorder, valuation, promises, ledger + sku).
export const runReport = (r) => call('run_report', r);
/** format: pdf or csv; action: save, open or print (with printer). */
export const reportFile = (r, format, action, printer) => call('report_file', { ...r, format, action, printer });
export const reorderSuggestions = () => call('reorder_suggestions');
export const reorderDraft = (supplier) => call('reorder_draft', { supplier });

// The window's own state. The automatic backup's outcome: {state: pending}, {state: done, at,
// path} or {state: failed, at, reason, folder} (src-tauri/src/backup_status.rs).
export const backupStatus = () => call('backup_status');
/** Said once when the first screen with data is painted (timed by bench/startup.sh only). */
export function firstScreenPainted() {
  const marks = startMarks.concat(pageLoadMarks());
  startMarks = null;
  sentWithPage = [];
  return call('first_screen_painted', { marks });
}
/** The browser's own timing of the start: navigation, the HTML, each file fetched, first paint. */
function pageLoadMarks() {
  const t0 = performance.timeOrigin;
  const out = [['navigation', t0]];
  const nav = performance.getEntriesByType('navigation')[0];
  if (nav) for (const k of ['responseEnd', 'domInteractive', 'domContentLoadedEventEnd']) out.push([`html ${k}`, t0 + nav[k]]);
  for (const r of performance.getEntriesByType('resource')) out.push([`fetched ${r.name.split('/').pop()}`, t0 + r.responseEnd]);
  // performance.mark() anywhere in the UI shows as a stage too (when looking for where a start goes).
  for (const m of performance.getEntriesByType('mark')) out.push([m.name, t0 + m.startTime]);
  for (const p of performance.getEntriesByType('paint')) out.push([p.name, t0 + p.startTime]);
  return out;
}

/** Calls `handler(what[])` whenever the backend reports a write. Returns the unlisten function. */
export const onChanged = (handler) => listen('changed', (event) => handler(event.payload.what));
/** Calls `handler({task, step, of, message})` while long work runs. */
export const onProgress = (handler) => listen('progress', (event) => handler(event.payload));
/** Calls `handler(status)` when the automatic backup ends (see backupStatus). */
export const onBackup = (handler) => listen('backup', (event) => handler(event.payload));
/** Calls `handler([{file, outcome, moved_to, summary}])` when the watched folder's files were
 *  imported or refused (issue 21). */
export const onWatched = (handler) => listen('watched', (event) => handler(event.payload));
/** Calls `handler(message)` when the watched folder cannot be swept (told once, not each round). */
export const onWatchProblem = (handler) => listen('watch-problem', (event) => handler(event.payload));
