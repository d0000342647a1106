//! Tauri commands: each parses its arguments, calls one core method off the UI thread, and
//! returns `Result<T, {code, message}>`. No SQL and no business rules here.

pub mod app;
pub mod customers;
pub mod dashboard;
pub mod documents;
pub mod orders;
pub mod products;
pub mod purchasing;
pub mod settings;
pub mod shipments;

use serde::Serialize;

include!("list.rs");

/// One page of a list, and how many rows the whole list has.
#[derive(Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: usize,
    pub offset: usize,
}

// The core's list methods return whole lists today; the window shows them a page at a time.
// (When the core pages in SQL, the commands pass offset/limit through instead.)
pub fn page<T>(all: Vec<T>, offset: Option<i64>, limit: Option<i64>) -> Page<T> {
    let total = all.len();
    let offset = offset.unwrap_or(0).clamp(0, total as i64) as usize;
    let limit = limit.unwrap_or(50).clamp(1, 1000) as usize;
    Page {
        items: all.into_iter().skip(offset).take(limit).collect(),
        total,
        offset,
    }
}

/// The invoke handler with every command in [`APP_COMMANDS`].
pub fn handler() -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app::app_info,
        products::list_products,
        products::find_product_by_sku,
        products::product_detail,
        products::add_product,
        products::adjust_stock,
        customers::list_customers,
        customers::get_customer,
        customers::customer_detail,
        customers::add_customer,
        orders::list_orders,
        orders::order_detail,
        orders::preview_order,
        orders::place_order,
        orders::cancel_order,
        orders::set_order_priority,
        orders::ship_order,
        orders::list_backorders,
        orders::list_notifications,
        purchasing::list_purchase_orders,
        purchasing::purchase_order,
        purchasing::create_purchase_order,
        purchasing::preview_receipt,
        purchasing::receive_purchase_order,
        purchasing::set_expected_date,
        shipments::list_shipments,
        settings::get_settings,
        settings::update_settings,
        settings::list_carriers,
        settings::add_carrier,
        settings::set_default_carrier,
        dashboard::dashboard,
        documents::list_printers,
        documents::open_document,
        documents::save_document,
        documents::print_document,
    ]
}
