use tauri::{AppHandle, State};

use stockroom_core::catalog::shortage::Shortage;
use stockroom_core::catalog::{
    NewProduct, ProductChanges, ProductDetail, ProductUpdate, ProductView,
};
use stockroom_core::reliability::PromiseWhy;
use stockroom_core::stock::AdjustResult;
use stockroom_core::{Error, Stockroom};

use crate::error::CmdResult;
use crate::state::Shop;
use stockroom_core::paging::Page;

#[tauri::command]
pub async fn list_products(
    shop: State<'_, Shop>,
    search: Option<String>,
    offset: Option<i64>,
    limit: Option<i64>,
    status: Option<String>,
) -> CmdResult<Page<ProductView>> {
    shop.read(move |s| list(s, search.as_deref(), offset, limit, status.as_deref()))
        .await
}

/// One page of the products list, as `list_products` answers it (the page's first screen is
/// sent with the page through here too: src-tauri/src/first_screen.rs). `status` is a
/// Dashboard link's filter (`low_stock`, `out`).
pub(crate) fn list(
    s: &Stockroom,
    search: Option<&str>,
    offset: Option<i64>,
    limit: Option<i64>,
    status: Option<&str>,
) -> Result<Page<ProductView>, Error> {
    let shortage = status.map(Shortage::parse).transpose()?;
    s.product_list_page(
        search.unwrap_or(""),
        shortage,
        offset.unwrap_or(0),
        limit.unwrap_or(50),
    )
}

#[tauri::command]
pub async fn find_product_by_sku(shop: State<'_, Shop>, sku: String) -> CmdResult<ProductView> {
    // A SKU or any of the product's barcodes: every field that asks for a product takes a scan.
    shop.read(move |s| s.product_by_code(&sku)).await
}

/// Why a new order would be promised when it would (issue 20).
#[tauri::command]
pub async fn product_promise_why(shop: State<'_, Shop>, sku: String) -> CmdResult<PromiseWhy> {
    shop.read(move |s| s.product_promise_why(&sku)).await
}

#[tauri::command]
pub async fn product_detail(shop: State<'_, Shop>, sku: String) -> CmdResult<ProductDetail> {
    shop.read(move |s| s.product_detail(&sku)).await
}

#[tauri::command]
pub async fn add_product(
    app: AppHandle,
    shop: State<'_, Shop>,
    product: NewProduct,
) -> CmdResult<ProductView> {
    shop.write(&app, move |s| s.add_product(&product)).await
}

/// Edits a product; a new lead time or policy moves promises (and the notices they are due).
#[tauri::command]
pub async fn update_product(
    app: AppHandle,
    shop: State<'_, Shop>,
    sku: String,
    changes: ProductChanges,
) -> CmdResult<ProductUpdate> {
    shop.write(&app, move |s| s.update_product(&sku, &changes))
        .await
}

#[tauri::command]
pub async fn adjust_stock(
    app: AppHandle,
    shop: State<'_, Shop>,
    sku: String,
    qty: i64,
    reason: String,
) -> CmdResult<AdjustResult> {
    shop.write(&app, move |s| s.adjust_stock(&sku, qty, &reason))
        .await
}
