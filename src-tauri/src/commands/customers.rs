use tauri::{AppHandle, State};

use stockroom_core::customers::{Contact, Customer, CustomerChanges, CustomerDetail, NewCustomer};

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
    shop.read(move |s| s.customers_page(&search, offset.unwrap_or(0), limit.unwrap_or(50)))
        .await
}

#[tauri::command]
pub async fn get_customer(shop: State<'_, Shop>, id: i64) -> CmdResult<Customer> {
    shop.read(move |s| s.customer(id)).await
}

#[tauri::command]
pub async fn customer_detail(shop: State<'_, Shop>, id: i64) -> CmdResult<CustomerDetail> {
    shop.read(move |s| s.customer_detail(id)).await
}

#[tauri::command]
pub async fn add_customer(
    app: AppHandle,
    shop: State<'_, Shop>,
    customer: NewCustomer,
    contact: Option<String>,
) -> CmdResult<Customer> {
    shop.write(&app, move |s| {
        let contact = contact.as_deref().map(Contact::parse).transpose()?;
        s.add_customer_with_contact(&customer, contact)
    })
    .await
}

#[tauri::command]
pub async fn update_customer(
    app: AppHandle,
    shop: State<'_, Shop>,
    id: i64,
    changes: CustomerChanges,
    contact: Option<String>,
) -> CmdResult<Customer> {
    // Orders and notices show the customer's name: their screens refresh too; so does the
    // outbox (queued messages follow the new address or preference).
    shop.write(&app, move |s| {
        let contact = contact.as_deref().map(Contact::parse).transpose()?;
        s.update_customer_with_contact(id, &changes, contact)
    })
    .await
}
