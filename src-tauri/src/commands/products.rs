use tauri::{AppHandle, State};

use stockroom_core::catalog::{AvailabilityStatus, NewProduct, ProductDetail, ProductView};
use stockroom_core::stock::AdjustResult;

use super::{page, Page};
use crate::error::CmdResult;
use crate::state::Shop;

#[tauri::command]
pub async fn list_products(
    shop: State<'_, Shop>,
    search: Option<String>,
    offset: Option<i64>,
    limit: Option<i64>,
    status: Option<String>,
) -> CmdResult<Page<ProductView>> {
    shop.run(move |s| {
        let mut all = s.products(search.as_deref().unwrap_or(""))?;
        // The dashboard's figures open these lists: `low_stock`, or `out` (nothing available).
        match status.as_deref() {
            Some("low_stock") => all.retain(|p| p.status == AvailabilityStatus::LowStock),
            Some("out") => all.retain(|p| {
                matches!(p.status, AvailabilityStatus::Backorder | AvailabilityStatus::OutOfStock)
            }),
            _ => {}
        }
        Ok(page(all, offset, limit))
    })
    .await
}

#[tauri::command]
pub async fn find_product_by_sku(shop: State<'_, Shop>, sku: String) -> CmdResult<ProductView> {
    shop.run(move |s| s.product(sku.trim())).await
}

#[tauri::command]
pub async fn product_detail(shop: State<'_, Shop>, sku: String) -> CmdResult<ProductDetail> {
    shop.run(move |s| s.product_detail(&sku)).await
}

#[tauri::command]
pub async fn add_product(
    app: AppHandle,
    shop: State<'_, Shop>,
    product: NewProduct,
) -> CmdResult<ProductView> {
    shop.write(&app, &["products", "stock"], move |s| {
        s.add_product(&product)
    })
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
    shop.write(
        &app,
        &["products", "stock", "orders", "notifications"],
        move |s| s.adjust_stock(&sku, qty, &reason),
    )
    .await
}
