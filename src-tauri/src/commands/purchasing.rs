use chrono::NaiveDate;
use tauri::{AppHandle, State};

use stockroom_core::backorders::Allocation;
use stockroom_core::purchasing::cancel::PoCancelResult;
use stockroom_core::purchasing::{ExpectResult, NewPo, Po, ReceiptLine, ReceiptResult};

use crate::error::CmdResult;
use crate::state::Shop;
use stockroom_core::paging::Page;
use stockroom_core::purchasing::list::PoQuery;

/// One page of the Purchasing screen; the filter (open, overdue, search by number, supplier
/// or SKU) is the core's, in SQL.
#[tauri::command]
pub async fn list_purchase_orders(
    shop: State<'_, Shop>,
    filter: Option<PoQuery>,
    offset: Option<i64>,
    limit: Option<i64>,
) -> CmdResult<Page<Po>> {
    let q = filter.unwrap_or_default();
    shop.read(move |s| s.pos_page(&q, offset.unwrap_or(0), limit.unwrap_or(50)))
        .await
}

#[tauri::command]
pub async fn purchase_order(shop: State<'_, Shop>, number: String) -> CmdResult<Po> {
    shop.read(move |s| s.po(&number)).await
}

#[tauri::command]
pub async fn create_purchase_order(
    app: AppHandle,
    shop: State<'_, Shop>,
    po: NewPo,
) -> CmdResult<Po> {
    shop.write(&app, move |s| s.create_po(&po)).await
}

/// Which waiting order lines a receipt would fill, without storing anything.
#[tauri::command]
pub async fn preview_receipt(
    shop: State<'_, Shop>,
    number: String,
    lines: Vec<ReceiptLine>,
) -> CmdResult<Vec<Allocation>> {
    shop.read(move |s| s.receipt_preview(&number, &lines)).await
}

#[tauri::command]
pub async fn receive_purchase_order(
    app: AppHandle,
    shop: State<'_, Shop>,
    number: String,
    lines: Vec<ReceiptLine>,
) -> CmdResult<ReceiptResult> {
    shop.write(&app, move |s| s.receive_po(&number, &lines))
        .await
}

#[tauri::command]
pub async fn set_expected_date(
    app: AppHandle,
    shop: State<'_, Shop>,
    number: String,
    date: NaiveDate,
) -> CmdResult<ExpectResult> {
    shop.write(&app, move |s| s.set_po_expected(&number, date))
        .await
}

/// Whose promises would move if this PO were cancelled, without storing anything: what the
/// confirmation asks about.
#[tauri::command]
pub async fn preview_po_cancel(shop: State<'_, Shop>, number: String) -> CmdResult<PoCancelResult> {
    shop.rehearse(move |s| s.cancel_po_preview(&number)).await
}

#[tauri::command]
pub async fn cancel_purchase_order(
    app: AppHandle,
    shop: State<'_, Shop>,
    number: String,
) -> CmdResult<PoCancelResult> {
    shop.write(&app, move |s| s.cancel_po(&number)).await
}
