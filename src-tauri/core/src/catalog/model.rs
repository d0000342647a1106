//! Products, their backorder policy and the figures a product page shows.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::backorders::model::BackorderRow;
use crate::purchasing::model::OpenPoLine;
use crate::stock::model::Movement;

/// What happens when an order asks for more than is available.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum BackorderPolicy {
    /// Sell past stock silently.
    Allow,
    /// Sell past stock and tell the customer (the default).
    #[default]
    Notify,
    /// Never sell past stock: an order that would go short is refused.
    Refuse,
}

impl BackorderPolicy {
    pub fn as_str(self) -> &'static str {
        match self {
            BackorderPolicy::Allow => "allow",
            BackorderPolicy::Notify => "notify",
            BackorderPolicy::Refuse => "refuse",
        }
    }

    pub fn parse(s: &str) -> crate::Result<Self> {
        match s.trim() {
            "allow" => Ok(BackorderPolicy::Allow),
            "notify" => Ok(BackorderPolicy::Notify),
            "refuse" => Ok(BackorderPolicy::Refuse),
            other => Err(crate::Error::invalid(crate::msg!(
                "not-a-backorder-policy",
                value = other
            ))),
        }
    }
}

/// Availability shown on product pages (rule 8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AvailabilityStatus {
    /// Available above the reorder point.
    InStock,
    /// Available, but at or below the reorder point.
    LowStock,
    /// Nothing available; the policy sells anyway (with the ETA a new order would get).
    Backorder,
    /// Nothing available and the policy refuses to sell.
    OutOfStock,
}

/// A new product. Money in minor units.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewProduct {
    pub sku: String,
    pub name: String,
    pub description: String,
    pub category: String,
    #[serde(with = "crate::json::money")]
    pub price: i64,
    #[serde(with = "crate::json::money")]
    pub cost: i64,
    /// Supplier name; created when new.
    pub supplier: Option<String>,
    pub reorder_point: i64,
    pub safety_stock: i64,
    pub reorder_qty: i64,
    pub lead_time_days: Option<i64>,
    pub backorders: BackorderPolicy,
    /// Opening balance: recorded as an "opening balance" movement in the ledger.
    pub on_hand: i64,
    /// GTINs (EAN-8, UPC-A, EAN-13, GTIN-14), each check-digit verified and unique across
    /// products (issue 15).
    pub barcodes: Vec<String>,
}

/// A product with its live figures: what `product show` and the product list print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductView {
    pub id: i64,
    pub sku: String,
    pub name: String,
    pub description: String,
    pub category: String,
    #[serde(with = "crate::json::money")]
    pub price: i64,
    #[serde(with = "crate::json::money")]
    pub cost: i64,
    pub supplier: Option<String>,
    pub reorder_point: i64,
    pub safety_stock: i64,
    pub reorder_qty: i64,
    pub lead_time_days: Option<i64>,
    pub backorders: BackorderPolicy,
    /// Units in the shop (the ledger's sum).
    pub on_hand: i64,
    /// Units promised to order lines and not shipped yet.
    pub allocated: i64,
    /// on_hand − allocated: what a new order can take now.
    pub available: i64,
    /// Outstanding units on open purchase orders.
    pub incoming: i64,
    /// Units customers wait for.
    pub backordered: i64,
    /// Order lines waiting for this product.
    pub waiting: i64,
    pub status: AvailabilityStatus,
    /// When a new order for one unit would ship to the customer (null: date to be confirmed).
    pub eta: Option<NaiveDate>,
    /// The product's barcodes as given, in order (issue 15).
    #[serde(default)]
    pub barcodes: Vec<String>,
}

/// Everything the product page shows.
#[derive(Debug, Clone, Serialize)]
pub struct ProductDetail {
    pub product: ProductView,
    /// The ledger, oldest first.
    pub ledger: Vec<Movement>,
    /// The waiting lines in queue order.
    pub queue: Vec<BackorderRow>,
    /// Open purchase-order lines in the order the promise walk uses them.
    pub open_pos: Vec<OpenPoLine>,
}

/// What a shopkeeper changes on a product: `None` leaves a field as it is. The SKU stays the
/// key; `sku` renames it (kept unique; the search index follows through its trigger).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProductChanges {
    pub sku: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub category: Option<String>,
    #[serde(with = "option_money")]
    pub price: Option<i64>,
    #[serde(with = "option_money")]
    pub cost: Option<i64>,
    /// `Some(None)` (JSON `null`, or an empty name) removes the supplier.
    #[serde(deserialize_with = "double_option")]
    pub supplier: Option<Option<String>>,
    pub reorder_point: Option<i64>,
    pub safety_stock: Option<i64>,
    pub reorder_qty: Option<i64>,
    /// `Some(None)` (JSON `null`) clears the lead time: promises beyond open POs become
    /// "date to be confirmed".
    #[serde(deserialize_with = "double_option")]
    pub lead_time_days: Option<Option<i64>>,
    /// A change to `refuse` stops new orders going short; it does not cancel the lines that
    /// already wait (their customers were promised a date).
    pub backorders: Option<BackorderPolicy>,
    /// `Some(codes)` makes these the product's whole set of barcodes (`Some([])` removes them
    /// all); `None` leaves them.
    pub barcodes: Option<Vec<String>>,
}

/// What an edit did: the product now, and whose promises moved because of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductUpdate {
    pub product: ProductView,
    pub moved: Vec<crate::backorders::model::PromiseMove>,
}

/// `Option<i64>` of minor units as an optional decimal string (`"12.50"`), as money is
/// everywhere else.
mod option_money {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<i64>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(m) => s.serialize_str(&crate::money::decimal(*m)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|t| crate::money::parse(&t).map_err(serde::de::Error::custom))
            .transpose()
    }
}

/// A field that is absent (no change) differs from one that is `null` (clear it): absent stays
/// `None` through `#[serde(default)]`, present becomes `Some(..)`.
fn double_option<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// The stored columns of a product, without live figures.
#[derive(Debug, Clone)]
pub struct ProductRow {
    pub id: i64,
    pub sku: String,
    pub name: String,
    pub description: String,
    pub category: String,
    pub price: i64,
    pub cost: i64,
    pub supplier: Option<String>,
    pub reorder_point: i64,
    pub safety_stock: i64,
    pub reorder_qty: i64,
    pub lead_time_days: Option<i64>,
    pub backorders: BackorderPolicy,
    pub on_hand: i64,
}
