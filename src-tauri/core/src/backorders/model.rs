//! The queue's public shapes: who got stock, whose promise moved, who waits.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Units given to (or taken back from) an order line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Allocation {
    pub order: String,
    pub sku: String,
    pub qty: i64,
}

/// A promise that changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromiseMove {
    pub order: String,
    pub sku: String,
    pub old_eta: Option<NaiveDate>,
    pub new_eta: Option<NaiveDate>,
}

/// One waiting line, as the Backorders screen and `stockroom backorders` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackorderRow {
    pub order: String,
    pub customer: String,
    pub customer_id: i64,
    pub sku: String,
    pub product_name: String,
    pub backordered: i64,
    /// 1-based rank among the SKU's waiting lines.
    pub queue_position: i64,
    pub eta: Option<NaiveDate>,
    /// Days since the order was placed.
    pub age_days: i64,
    pub priority: i64,
    pub placed_on: NaiveDate,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BackorderFilter {
    pub sku: Option<String>,
    pub customer_id: Option<i64>,
    pub order: Option<String>,
    /// Only lines whose promise is unknown (null).
    pub without_eta: bool,
}

/// What the Backorders page filters on. Unlike [`BackorderFilter`] (the CLI's), every filter
/// here is applied in SQL and the result comes a page at a time, so the page costs what the
/// page shows, not what the shop has ever sold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BackorderQuery {
    /// A SKU, or the start of one (case-insensitive): the lines of those products.
    pub sku: Option<String>,
    pub customer_id: Option<i64>,
    /// Part of the customer's name (case-insensitive).
    pub customer: Option<String>,
    /// Only lines waiting at least this many days (since the order was placed).
    pub min_age_days: Option<i64>,
    /// Only lines whose promise is unknown (null).
    pub without_eta: bool,
    /// A purchase order's number: only lines of the products it still brings (units ordered
    /// and not yet received), e.g. the orders a change of its date may move.
    pub po: Option<String>,
}

/// One page of the Backorders list and how many lines match the filter in all: the one page
/// type.
pub type BackorderPage = crate::paging::Page<BackorderRow>;
