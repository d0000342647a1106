use tauri::{AppHandle, State};

use stockroom_core::customers::{Customer, CustomerChanges, CustomerDetail, NewCustomer};

use crate::error::CmdResult;
use crate::state::Shop;
use stockroom_core::paging::Page;

#[tauri::command]
pub async fn list_customers(
    shop: State<'_, Shop>,
    search: Option<String>,
    offset: Option<i64>,
    limit: Option<i64>,
) -> CmdResult<Page<Customer>> {
    let search = search.unwrap_or_default();
    shop.run(move |s| s.customers_page(&search, offset.unwrap_or(0), limit.unwrap_or(50)))
        .await
}

#[tauri::command]
pub async fn get_customer(shop: State<'_, Shop>, id: i64) -> CmdResult<Customer> {
    shop.run(move |s| s.customer(id)).await
}

#[tauri::command]
pub async fn customer_detail(shop: State<'_, Shop>, id: i64) -> CmdResult<CustomerDetail> {
    shop.run(move |s| s.customer_detail(id)).await
}

#[tauri::command]
pub async fn add_customer(
    app: AppHandle,
    shop: State<'_, Shop>,
    customer: NewCustomer,
) -> CmdResult<Customer> {
    shop.write(&app, &["customers"], move |s| s.add_customer(&customer))
        .await
}

#[tauri::command]
pub async fn update_customer(
    app: AppHandle,
    shop: State<'_, Shop>,
    id: i64,
    changes: CustomerChanges,
) -> CmdResult<Customer> {
    // Orders and notices show the customer's name: their screens refresh too.
    shop.write(&app, &["customers", "orders", "notifications"], move |s| {
        s.update_customer(id, &changes)
    })
    .await
}
