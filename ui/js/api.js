// The only file that calls the backend. One function per app command; each returns a Promise
// that rejects with {code, message} (see src-tauri/src/error.rs).

const { invoke } = window.__TAURI__.core;
const { listen } = window.__TAURI__.event;

async function call(command, args) {
  try {
    return await invoke(command, args);
  } catch (err) {
    // Commands reject with {code, message}; anything else (a bridge failure) is normalised.
    if (err && typeof err === 'object' && 'code' in err) throw err;
    throw { code: 'internal', message: String(err) };
  }
}

export const appInfo = () => call('app_info');
export const listProducts = (search, offset, limit) => call('list_products', { search, offset, limit });
export const findProductBySku = (sku) => call('find_product_by_sku', { sku });

/** Calls `handler(what[])` whenever the backend reports a write. Returns the unlisten function. */
export const onChanged = (handler) => listen('changed', (event) => handler(event.payload.what));
