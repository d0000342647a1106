use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::backorders::model::Allocation;

/// The kind of a ledger movement. Stored as spaced numeric codes (10, 20, ...) so new kinds
/// slot in between without renumbering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MovementKind {
    Received,
    Adjusted,
    Shipped,
    Returned,
    Opening,
}

impl MovementKind {
    pub fn code(self) -> i64 {
        match self {
            MovementKind::Received => 10,
            MovementKind::Adjusted => 20,
            MovementKind::Shipped => 30,
            MovementKind::Returned => 40,
            MovementKind::Opening => 50,
        }
    }

    /// The kind stored as `code`; an unknown code is an error, never a guess.
    pub fn from_code(c: i64) -> crate::Result<MovementKind> {
        match c {
            10 => Ok(MovementKind::Received),
            20 => Ok(MovementKind::Adjusted),
            30 => Ok(MovementKind::Shipped),
            40 => Ok(MovementKind::Returned),
            50 => Ok(MovementKind::Opening),
            other => Err(crate::Error::invalid(format!(
                "{other} is not a stock movement kind (expected 10, 20, 30, 40 or 50)"
            ))),
        }
    }
}

/// One row of the append-only stock ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Movement {
    pub id: i64,
    pub sku: String,
    pub kind: MovementKind,
    /// Signed: positive in, negative out.
    pub qty: i64,
    pub reason: String,
    /// What caused it: a PO number, a shipment number...
    pub reference: String,
    pub on_date: NaiveDate,
    pub created_at: String,
    /// On-hand after this movement.
    pub balance: i64,
}

/// What a stock adjustment did: the new figures, and whom the change served or hurt.
#[derive(Debug, Clone, Serialize)]
pub struct AdjustResult {
    pub sku: String,
    pub qty: i64,
    pub on_hand: i64,
    /// Waiting lines that got the freed units (positive adjustment, return).
    pub allocations: Vec<Allocation>,
    /// Lines that lost allocated units back to the queue (negative adjustment, rule 4).
    pub taken_back: Vec<Allocation>,
}
