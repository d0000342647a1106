//! Orders and their lines. Per line: ordered = allocated + shipped + backordered + cancelled.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

pub use crate::settings::model::Incentive;
use crate::shipping::model::Shipment;

/// Derived from the lines, never stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    /// Everything allocated, nothing shipped.
    Open,
    /// Something waits, nothing shipped.
    Backordered,
    PartiallyShipped,
    /// Every non-cancelled unit shipped.
    Shipped,
    Cancelled,
}

impl OrderStatus {
    pub const ALL: [OrderStatus; 5] = [
        OrderStatus::Open,
        OrderStatus::Backordered,
        OrderStatus::PartiallyShipped,
        OrderStatus::Shipped,
        OrderStatus::Cancelled,
    ];

    /// The status named `word` (as [`OrderStatus::as_str`] writes it); any other word is
    /// refused, naming the known ones.
    pub fn parse(word: &str) -> crate::Result<OrderStatus> {
        OrderStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == word)
            .ok_or_else(|| {
                let known: Vec<&str> = OrderStatus::ALL.iter().map(|s| s.as_str()).collect();
                crate::Error::invalid(crate::msg!(
                    "not-an-order-status",
                    word = word,
                    known = known.join(", ")
                ))
            })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            OrderStatus::Open => "open",
            OrderStatus::Backordered => "backordered",
            OrderStatus::PartiallyShipped => "partially_shipped",
            OrderStatus::Shipped => "shipped",
            OrderStatus::Cancelled => "cancelled",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewOrderLine {
    pub sku: String,
    pub qty: i64,
    /// Price per unit in minor units; default: the product's price.
    #[serde(default)]
    pub unit_price: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewOrder {
    pub customer_id: i64,
    pub lines: Vec<NewOrderLine>,
    /// Higher is served first; default 0.
    pub priority: i64,
    /// Carrier name; default: the default carrier.
    pub carrier: Option<String>,
    /// The backorder incentive; default: the one in settings.
    pub incentive: Option<Incentive>,
    pub note: String,
    /// For imports: keep the shop's own number (default: the next SO-number).
    pub number: Option<String>,
    /// For imports: when it was placed (default: now).
    pub placed_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderLine {
    pub id: i64,
    pub line_no: i64,
    pub sku: String,
    pub name: String,
    #[serde(with = "crate::json::money")]
    pub unit_price: i64,
    pub ordered: i64,
    pub allocated: i64,
    pub shipped: i64,
    pub backordered: i64,
    pub cancelled: i64,
    /// Units carrying the order's incentive (backordered at placing, minus cancelled ones).
    pub incentive_units: i64,
    pub eta: Option<NaiveDate>,
    /// 1-based rank among the SKU's waiting lines; null when not waiting.
    pub queue_position: Option<i64>,
    /// The customer swapped waiting units of that line (its `id`) for this one; null for a
    /// line placed with the order.
    #[serde(default)]
    pub replaces_line_id: Option<i64>,
}

/// A product a waiting line may be swapped for (the customer's "swap" choice): same category,
/// within ±25% of the waiting product's price, enough available now to cover what waits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Substitute {
    pub sku: String,
    pub name: String,
    #[serde(with = "crate::json::money")]
    pub price: i64,
    /// Units available now (on hand − allocated).
    pub available: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    pub id: i64,
    pub number: String,
    pub customer: String,
    pub customer_id: i64,
    pub status: OrderStatus,
    pub placed_at: String,
    pub placed_on: NaiveDate,
    pub priority: i64,
    pub carrier: Option<String>,
    pub incentive: Incentive,
    /// Σ price × (ordered − cancelled).
    #[serde(with = "crate::json::money")]
    pub subtotal: i64,
    /// The amount the incentive deducts.
    #[serde(with = "crate::json::money")]
    pub discount: i64,
    /// subtotal − discount.
    #[serde(with = "crate::json::money")]
    pub total: i64,
    pub note: String,
    /// The web shop's name of the order (issue 21: Shopify's `Name`, e.g. `#1043`; the
    /// WooCommerce order number); null for an order taken here.
    #[serde(default)]
    pub external_ref: Option<String>,
    pub lines: Vec<OrderLine>,
    pub shipments: Vec<Shipment>,
}

/// A row of the orders list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderSummary {
    pub number: String,
    pub customer: String,
    pub customer_id: i64,
    pub placed_on: NaiveDate,
    pub priority: i64,
    pub status: OrderStatus,
    #[serde(with = "crate::json::money")]
    pub total: i64,
    pub lines: i64,
    pub backordered: i64,
    /// Units allocated and not shipped: what `ship` would send now.
    pub ready_to_ship: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrderFilter {
    pub customer_id: Option<i64>,
    pub status: Option<OrderStatus>,
    /// Part of the number or the customer's name.
    pub search: Option<String>,
}
