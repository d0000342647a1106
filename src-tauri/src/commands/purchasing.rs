use chrono::NaiveDate;
use serde::Deserialize;
use tauri::{AppHandle, State};

use stockroom_core::backorders::Allocation;
use stockroom_core::purchasing::cancel::PoCancelResult;
use stockroom_core::purchasing::{ExpectResult, NewPo, Po, PoFilter, ReceiptLine, ReceiptResult};

use super::{page, Page};
use crate::error::CmdResult;
use crate::state::Shop;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PoListFilter {
    /// Part of the PO number, the supplier's name or a SKU on it.
    search: Option<String>,
    open_only: bool,
    overdue_only: bool,
}

#[tauri::command]
pub async fn list_purchase_orders(
    shop: State<'_, Shop>,
    filter: Option<PoListFilter>,
    offset: Option<i64>,
    limit: Option<i64>,
) -> CmdResult<Page<Po>> {
    let f = filter.unwrap_or_default();
    let core = PoFilter {
        open_only: f.open_only,
        overdue_only: f.overdue_only,
        supplier: None,
    };
    shop.run(move |s| {
        let mut all = s.pos(&core)?;
        if let Some(q) = f
            .search
            .map(|q| q.trim().to_lowercase())
            .filter(|q| !q.is_empty())
        {
            all.retain(|po| {
                po.number.to_lowercase().contains(&q)
                    || po.supplier.to_lowercase().contains(&q)
                    || po.lines.iter().any(|l| l.sku.to_lowercase().contains(&q))
            });
        }
        Ok(page(all, offset, limit))
    })
    .await
}

#[tauri::command]
pub async fn purchase_order(shop: State<'_, Shop>, number: String) -> CmdResult<Po> {
    shop.run(move |s| s.po(&number)).await
}

#[tauri::command]
pub async fn create_purchase_order(
    app: AppHandle,
    shop: State<'_, Shop>,
    po: NewPo,
) -> CmdResult<Po> {
    shop.write(
        &app,
        &["purchasing", "products", "orders", "notifications"],
        move |s| s.create_po(&po),
    )
    .await
}

/// Which waiting order lines a receipt would fill, without storing anything.
#[tauri::command]
pub async fn preview_receipt(
    shop: State<'_, Shop>,
    number: String,
    lines: Vec<ReceiptLine>,
) -> CmdResult<Vec<Allocation>> {
    shop.run(move |s| s.receipt_preview(&number, &lines)).await
}

#[tauri::command]
pub async fn receive_purchase_order(
    app: AppHandle,
    shop: State<'_, Shop>,
    number: String,
    lines: Vec<ReceiptLine>,
) -> CmdResult<ReceiptResult> {
    shop.write(
        &app,
        &["purchasing", "products", "stock", "orders", "notifications"],
        move |s| s.receive_po(&number, &lines),
    )
    .await
}

#[tauri::command]
pub async fn set_expected_date(
    app: AppHandle,
    shop: State<'_, Shop>,
    number: String,
    date: NaiveDate,
) -> CmdResult<ExpectResult> {
    shop.write(
        &app,
        &["purchasing", "products", "orders", "notifications"],
        move |s| s.set_po_expected(&number, date),
    )
    .await
}

/// Whose promises would move if this PO were cancelled, without storing anything: what the
/// confirmation asks about.
#[tauri::command]
pub async fn preview_po_cancel(shop: State<'_, Shop>, number: String) -> CmdResult<PoCancelResult> {
    shop.run(move |s| s.cancel_po_preview(&number)).await
}

#[tauri::command]
pub async fn cancel_purchase_order(
    app: AppHandle,
    shop: State<'_, Shop>,
    number: String,
) -> CmdResult<PoCancelResult> {
    shop.write(
        &app,
        &["purchasing", "products", "orders", "notifications"],
        move |s| s.cancel_po(&number),
    )
    .await
}
