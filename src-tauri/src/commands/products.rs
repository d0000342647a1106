use tauri::{AppHandle, State};

use stockroom_core::catalog::{
    AvailabilityStatus, NewProduct, ProductChanges, ProductDetail, ProductUpdate, ProductView,
};
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
        let search = search.as_deref().unwrap_or("");
        // The dashboard's figures open these lists: `low_stock`, or `out` (nothing available).
        let keep: fn(&ProductView) -> bool = match status.as_deref() {
            Some("low_stock") => |p| p.status == AvailabilityStatus::LowStock,
            Some("out") => |p| {
                matches!(
                    p.status,
                    AvailabilityStatus::Backorder | AvailabilityStatus::OutOfStock
                )
            },
            _ => {
                let (items, total) = s.products_page(
                    search,
                    offset.unwrap_or(0).max(0) as usize,
                    limit.unwrap_or(50).clamp(1, 1000) as usize,
                )?;
                return Ok(Page {
                    items,
                    total,
                    offset: offset.unwrap_or(0).max(0) as usize,
                });
            }
        };
        let mut all = s.products(search)?;
        all.retain(keep);
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

/// Edits a product; a new lead time or policy moves promises (and the notices they are due).
#[tauri::command]
pub async fn update_product(
    app: AppHandle,
    shop: State<'_, Shop>,
    sku: String,
    changes: ProductChanges,
) -> CmdResult<ProductUpdate> {
    shop.write(
        &app,
        &["products", "orders", "notifications", "purchasing"],
        move |s| s.update_product(&sku, &changes),
    )
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
