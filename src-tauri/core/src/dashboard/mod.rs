//! The dashboard's figures, each one query over a narrow index (issues 5 and 8).
//!
//! On a large shop (100,000 products, a million order lines) every figure must cost what it
//! counts, not what the shop holds: the waiting figures read `order_lines_waiting`, the stock
//! figures the slices of `products_stock` / `products_low` plus a correction for the few
//! products with stock allocated, the purchase-order figures `po_lines_open_po` (schema v4).
//! The SQL texts are `pub const`s so tests/query_plans.rs checks the very same queries.

pub mod store;

use chrono::NaiveDate;
use serde::Serialize;

pub use store::{
    figures, ALLOCATED_CORRECTION_SQL, NOTIFY_SQL, OLDEST_SQL, OPEN_ORDERS_SQL, POS_SQL, READY_SQL,
    STOCK_SQL, WAITING_SQL, WITHOUT_ETA_SQL,
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dashboard {
    pub products: i64,
    /// Products available at or below their reorder point (but not zero).
    pub low_stock: i64,
    /// Products with nothing available.
    pub out_of_stock: i64,
    pub open_orders: i64,
    pub waiting_lines: i64,
    pub waiting_units: i64,
    /// Σ waiting units × the line's unit price: what the waiting customers will pay once the
    /// stock arrives (before any backorder incentive).
    #[serde(with = "crate::json::money")]
    pub waiting_value: i64,
    /// The line that has waited longest; None when nobody waits.
    pub oldest_waiting: Option<OldestWaiting>,
    /// Waiting lines whose promise is unknown.
    pub waiting_without_eta: i64,
    /// Orders with allocated units ready to ship.
    pub ready_to_ship: i64,
    pub open_pos: i64,
    pub overdue_pos: i64,
    pub pending_notifications: i64,
    /// Customers with at least one pending notification.
    pub customers_to_notify: i64,
}

/// The waiting line placed longest ago (ties: the lower line id, i.e. entered first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OldestWaiting {
    pub order: String,
    pub customer: String,
    pub customer_id: i64,
    pub sku: String,
    pub backordered: i64,
    pub placed_on: NaiveDate,
    /// Days since the order was placed.
    pub age_days: i64,
}
