//! Purchase orders: lines, an expected date that can change, partial receiving.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::backorders::model::{Allocation, PromiseMove};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPoLine {
    pub sku: String,
    pub qty: i64,
    /// Cost per unit in minor units; default: the product's cost.
    #[serde(default)]
    pub unit_cost: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPo {
    pub supplier: String,
    pub expected_on: NaiveDate,
    pub lines: Vec<NewPoLine>,
    #[serde(default)]
    pub note: String,
    /// For imports: keep the supplier-facing number (default: the next PO-number).
    #[serde(default)]
    pub number: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PoStatus {
    Open,
    PartiallyReceived,
    Received,
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoLine {
    pub line_no: i64,
    pub sku: String,
    pub name: String,
    pub ordered: i64,
    pub received: i64,
    pub outstanding: i64,
    #[serde(with = "crate::json::money")]
    pub unit_cost: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Po {
    pub id: i64,
    pub number: String,
    pub supplier: String,
    pub created_on: NaiveDate,
    pub expected_on: NaiveDate,
    pub first_expected_on: NaiveDate,
    pub status: PoStatus,
    /// Expected before today and not fully received.
    pub overdue: bool,
    pub note: String,
    #[serde(with = "crate::json::money")]
    pub total_cost: i64,
    /// Units that will still come: Σ outstanding of the lines, 0 once cancelled (issue 18: the
    /// window shows this figure instead of working it out).
    #[serde(default)]
    pub to_come: i64,
    pub lines: Vec<PoLine>,
}

/// An open PO line of one product, in the order the promise walk uses them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenPoLine {
    pub po: String,
    pub supplier: String,
    pub expected_on: NaiveDate,
    pub outstanding: i64,
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptLine {
    pub sku: String,
    pub qty: i64,
}

/// What a receipt did: what came in and which waiting lines it filled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptResult {
    pub po: String,
    pub received: Vec<ReceiptLine>,
    pub allocations: Vec<Allocation>,
    pub moved: Vec<PromiseMove>,
    pub status: PoStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpectResult {
    pub po: String,
    pub old_expected_on: NaiveDate,
    pub expected_on: NaiveDate,
    /// Lines whose promise moved.
    pub moved: Vec<PromiseMove>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PoFilter {
    pub open_only: bool,
    pub overdue_only: bool,
    pub supplier: Option<String>,
}
