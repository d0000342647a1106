use serde::Serialize;
use tauri::{AppHandle, State};

use stockroom_core::backorders::model::{BackorderPage, BackorderQuery};
use stockroom_core::backorders::{Allocation, PromiseMove};
use stockroom_core::notices::{NoticeFilter, Notification, ToldHow};
use stockroom_core::orders::list::{OrderFilter, OrderPage};
use stockroom_core::orders::preview::OrderPreview;
use stockroom_core::orders::{Incentive, NewOrder, Order, Substitute};
use stockroom_core::reliability::PromiseWhy;
use stockroom_core::shipping::{ShipRequest, Shipment};

use crate::error::CmdResult;
use crate::state::Shop;

/// The Orders screen's list; the filter is the core's (`status` may be `ready`).
#[tauri::command]
pub async fn list_orders(
    shop: State<'_, Shop>,
    filter: Option<OrderFilter>,
    offset: Option<i64>,
    limit: Option<i64>,
) -> CmdResult<OrderPage> {
    shop.read(move |s| {
        let q = filter.unwrap_or_default().query()?;
        s.orders_page(&q, offset.unwrap_or(0), limit.unwrap_or(50))
    })
    .await
}

#[tauri::command]
pub async fn order_detail(shop: State<'_, Shop>, number: String) -> CmdResult<Order> {
    shop.read(move |s| s.order(&number)).await
}

/// Why each line still to ship is promised when it is (issue 20), in parts the page phrases.
#[tauri::command]
pub async fn promise_why(shop: State<'_, Shop>, number: String) -> CmdResult<Vec<PromiseWhy>> {
    shop.read(move |s| s.promise_why(&number)).await
}

/// The incentive comes in its text form (`none`, `discount:10`, `credit:5.00`, `gift:…`), parsed
/// by the core exactly as the CLI parses it.
fn with_incentive(mut o: NewOrder, incentive: Option<String>) -> stockroom_core::Result<NewOrder> {
    if let Some(text) = incentive {
        o.incentive = Some(Incentive::parse(&text)?);
    }
    Ok(o)
}

/// What placing this order would do, without storing anything: the counter tells the customer
/// "in stock" or "on backorder — expected 12 Dec" before they agree. The core places it with
/// the very code `place_order` runs and rolls it back (stockroom_core::orders::preview).
#[tauri::command]
pub async fn preview_order(
    shop: State<'_, Shop>,
    order: NewOrder,
    incentive: Option<String>,
) -> CmdResult<OrderPreview> {
    shop.rehearse(move |s| s.preview_order(&with_incentive(order, incentive)?))
        .await
}

#[tauri::command]
pub async fn place_order(
    app: AppHandle,
    shop: State<'_, Shop>,
    order: NewOrder,
    incentive: Option<String>,
) -> CmdResult<Order> {
    shop.write(&app, move |s| {
        let mut o = with_incentive(order, incentive)?;
        o.number = None;
        s.place_order(&o)
    })
    .await
}

/// What a change to the queue did: the order now, who got stock, whose promise moved.
#[derive(Serialize)]
pub struct QueueChange {
    order: Order,
    fills: Vec<Allocation>,
    taken_back: Vec<Allocation>,
    moves: Vec<PromiseMove>,
}

#[tauri::command]
pub async fn cancel_order(
    app: AppHandle,
    shop: State<'_, Shop>,
    number: String,
    sku: Option<String>,
    qty: Option<i64>,
) -> CmdResult<QueueChange> {
    shop.write(&app, move |s| {
        // With a quantity: that many of the SKU's unshipped units, waiting ones first.
        let (order, out) = match (sku.as_deref(), qty) {
            (Some(sku), Some(qty)) => s.cancel_order_units(&number, sku, qty)?,
            (sku, _) => s.cancel_order(&number, sku)?,
        };
        Ok(QueueChange {
            order,
            fills: out.fills,
            taken_back: out.taken_back,
            moves: out.moves,
        })
    })
    .await
}

#[tauri::command]
pub async fn set_order_priority(
    app: AppHandle,
    shop: State<'_, Shop>,
    number: String,
    priority: i64,
) -> CmdResult<QueueChange> {
    shop.write(&app, move |s| {
        let (order, out) = s.set_order_priority(&number, priority)?;
        Ok(QueueChange {
            order,
            fills: out.fills,
            taken_back: out.taken_back,
            moves: out.moves,
        })
    })
    .await
}

#[tauri::command]
pub async fn ship_order(
    app: AppHandle,
    shop: State<'_, Shop>,
    number: String,
    carrier: Option<String>,
    tracking: Option<String>,
    partial: Option<bool>,
) -> CmdResult<Shipment> {
    let req = ShipRequest {
        carrier,
        tracking,
        partial: partial.unwrap_or(false),
    };
    shop.write(&app, move |s| s.ship(&number, &req)).await
}

/// The customer's "swap" choice, read: in-stock substitutes for what waits of `sku`.
#[tauri::command]
pub async fn order_substitutes(
    shop: State<'_, Shop>,
    number: String,
    sku: String,
) -> CmdResult<Vec<Substitute>> {
    shop.read(move |s| s.substitutes(&number, &sku)).await
}

/// The customer's "swap" choice, recorded: waiting units of `sku` cancelled, `to` added.
#[tauri::command]
pub async fn swap_order_line(
    app: AppHandle,
    shop: State<'_, Shop>,
    number: String,
    sku: String,
    to: String,
    qty: Option<i64>,
) -> CmdResult<QueueChange> {
    shop.write(&app, move |s| {
        let (order, out) = s.swap(&number, &sku, &to, qty)?;
        Ok(QueueChange {
            order,
            fills: out.fills,
            taken_back: out.taken_back,
            moves: out.moves,
        })
    })
    .await
}

/// One page of the Backorders screen: filters, paging and queue positions are the core's, in SQL.
#[tauri::command]
pub async fn list_backorders(
    shop: State<'_, Shop>,
    filter: Option<BackorderQuery>,
    offset: Option<i64>,
    limit: Option<i64>,
) -> CmdResult<BackorderPage> {
    let q = filter.unwrap_or_default();
    shop.read(move |s| s.backorders_page(&q, offset.unwrap_or(0), limit.unwrap_or(50)))
        .await
}

#[tauri::command]
pub async fn list_notifications(
    shop: State<'_, Shop>,
    pending: Option<bool>,
) -> CmdResult<Vec<Notification>> {
    let filter = NoticeFilter {
        pending_only: pending.unwrap_or(false),
        ..Default::default()
    };
    shop.read(move |s| s.notifications(&filter)).await
}

/// Staff told the customer themselves (by phone or in person), with a note.
#[tauri::command]
pub async fn mark_notification_told(
    app: AppHandle,
    shop: State<'_, Shop>,
    id: i64,
    how: ToldHow,
    note: Option<String>,
) -> CmdResult<Notification> {
    shop.write(&app, move |s| {
        s.mark_told(id, how, note.as_deref().unwrap_or(""))
    })
    .await
}
