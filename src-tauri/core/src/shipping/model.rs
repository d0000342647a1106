use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShipmentLine {
    pub sku: String,
    pub qty: i64,
}

/// One parcel: which units of which lines left, with which carrier and tracking number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shipment {
    pub id: i64,
    /// The shipment's number (`SH-1001`).
    pub shipment: String,
    pub order: String,
    pub customer: String,
    /// The customer's id, for a link to them.
    pub customer_id: i64,
    pub carrier: Option<String>,
    pub tracking: Option<String>,
    pub shipped_on: NaiveDate,
    pub lines: Vec<ShipmentLine>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ShipRequest {
    /// Carrier name; default: the order's carrier, else the default carrier.
    pub carrier: Option<String>,
    pub tracking: Option<String>,
    /// Ship what is allocated even when a `complete` customer's order still waits.
    pub partial: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ShipmentFilter {
    pub order: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}
