use tauri::State;

use stockroom_core::catalog::{Page, ProductRow};

use crate::error::CmdResult;
use crate::state::Shop;

#[tauri::command]
pub async fn list_products(
    shop: State<'_, Shop>,
    search: Option<String>,
    offset: Option<i64>,
    limit: Option<i64>,
) -> CmdResult<Page<ProductRow>> {
    shop.run(move |s| s.list_products(search.as_deref().unwrap_or(""), offset.unwrap_or(0), limit.unwrap_or(50)))
        .await
}

#[tauri::command]
pub async fn find_product_by_sku(shop: State<'_, Shop>, sku: String) -> CmdResult<ProductRow> {
    shop.run(move |s| s.product_row(&sku)).await
}
