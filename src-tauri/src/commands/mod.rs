//! Tauri commands: each parses its arguments, calls one core method off the UI thread, and
//! returns `Result<T, {code, message}>`. No SQL and no business rules here.

pub mod app;
pub mod products;

include!("list.rs");

/// The invoke handler with every command in [`APP_COMMANDS`].
pub fn handler() -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![app::app_info, products::list_products, products::find_product_by_sku]
}
