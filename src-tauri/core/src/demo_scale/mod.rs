//! Large demo shops for scale work (issue 8): `stockroom init --demo --scale medium|large`.
//!
//! Placing a million order lines through the facade, one use case at a time, would take hours.
//! Instead the whole history is decided in memory first — which lines shipped, which hold
//! stock, which wait — in a way that satisfies the engine's invariants *by construction*, and
//! then written with prepared statements in one transaction. The engine itself then gives the
//! waiting lines their promises ([`Engine::refresh_in_tx`]), so every ETA is exactly what the
//! engine would compute. `tests/scale_demo.rs` checks the invariants with SQL.
//!
//! How the invariants hold:
//! - per SKU, the lines are taken in queue order (priority, then time, then id); the last `k`
//!   of them wait, everything before them is shipped (old) or allocated (the last few days).
//!   So no allocation sits behind a waiting line, and a SKU with waiting lines gets on-hand =
//!   Σ allocated exactly (available 0: free stock never idles while someone waits);
//! - the ledger of a SKU is built backwards from the on-hand it must end with: each shipment
//!   adds its units going back in time, each historic receipt is capped by what was on hand
//!   after it, and what is left at the start is the opening balance. So Σ ledger = on_hand and
//!   the running balance never dips below zero;
//! - every shipped unit has a shipment line and a `shipped` movement with the parcel's number.
//!
//! Everything is drawn from a seeded SplitMix64 and dated relative to "today" (the clock), so
//! the same seed and the same `--today` give the same database, byte for byte in content.
//!
//! The files: `plan.rs` decides everything in memory, `write.rs` writes it and lets the engine
//! give the promises, `names.rs` holds the words products and customers are made of, `rng.rs`
//! the seeded generator both draw from.

mod names;
mod plan;
mod rng;
mod write;

use std::time::Instant;

use chrono::Days;
use rusqlite::Connection;
use serde::Serialize;

use crate::{Clock, Error, Result, Stockroom};

/// How big a generated shop is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ScaleSpec {
    pub products: usize,
    pub customers: usize,
    pub order_lines: usize,
    /// Open backorder lines (lines with units waiting) at the end.
    pub waiting_lines: usize,
    pub purchase_orders: usize,
    /// How far back the order history goes.
    pub history_days: i64,
    pub seed: u64,
}

impl ScaleSpec {
    /// The large shop of issue 8.
    pub const LARGE: ScaleSpec = ScaleSpec {
        products: 100_000,
        customers: 50_000,
        order_lines: 1_000_000,
        waiting_lines: 20_000,
        purchase_orders: 5_000,
        history_days: 3 * 365,
        seed: 0x5354_4B52,
    };

    /// The large shop divided by `divisor` (medium = 10; tests use 100 or more).
    pub fn fraction_of_large(divisor: usize) -> ScaleSpec {
        let d = divisor.max(1);
        let l = ScaleSpec::LARGE;
        ScaleSpec {
            products: (l.products / d).max(10),
            customers: (l.customers / d).max(5),
            order_lines: (l.order_lines / d).max(50),
            waiting_lines: (l.waiting_lines / d).max(2),
            purchase_orders: (l.purchase_orders / d).max(4),
            ..l
        }
    }
}

/// `--scale`: `small` is the hand-made demo shop ([`Stockroom::load_demo_if_empty`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Small,
    Medium,
    Large,
    Custom(ScaleSpec),
}

impl Scale {
    pub fn parse(s: &str) -> Result<Scale> {
        match s.trim().to_ascii_lowercase().as_str() {
            "small" => Ok(Scale::Small),
            "medium" => Ok(Scale::Medium),
            "large" => Ok(Scale::Large),
            other => Err(Error::invalid(format!(
                "unknown scale '{other}' (expected small, medium or large)"
            ))),
        }
    }

    /// The generated size; `None` for the small, hand-made demo.
    pub fn spec(self) -> Option<ScaleSpec> {
        match self {
            Scale::Small => None,
            Scale::Medium => Some(ScaleSpec::fraction_of_large(10)),
            Scale::Large => Some(ScaleSpec::LARGE),
            Scale::Custom(s) => Some(s),
        }
    }
}

/// What was generated (printed by the CLI).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ScaleSummary {
    pub products: usize,
    pub customers: usize,
    pub orders: usize,
    pub order_lines: usize,
    pub waiting_lines: usize,
    pub purchase_orders: usize,
    pub shipments: usize,
    pub movements: usize,
    pub millis: u128,
}

/// Generates the shop `spec` into an empty database (see the module doc). Returns `None`
/// (and changes nothing) when the database already holds products, customers or orders.
pub fn load_if_empty(shop: &mut Stockroom, spec: &ScaleSpec) -> Result<Option<ScaleSummary>> {
    // Written row by row with SQLite's prepared statements and pragmas (issue 19: not yet on
    // a shop server).
    if shop.is_server() {
        return Err(crate::Error::NotOnServer);
    }
    let started = Instant::now();
    let has_data: bool = shop.conn().query_row(
        "SELECT EXISTS (SELECT 1 FROM products) OR EXISTS (SELECT 1 FROM customers)
             OR EXISTS (SELECT 1 FROM orders) OR EXISTS (SELECT 1 FROM suppliers)
             OR EXISTS (SELECT 1 FROM carriers)",
        [],
        |r| r.get(0),
    )?;
    if has_data {
        return Ok(None);
    }
    // A bigger page cache for the bulk insert (the indexes of a million rows do not fit
    // in the default 2 MB); put back afterwards.
    let cache: i64 = shop
        .conn()
        .query_row("PRAGMA cache_size", [], |r| r.get(0))?;
    shop.conn().pragma_update(None, "cache_size", -262_144)?;
    let out = shop.write(|tx, clock| generate_in_tx(tx.sqlite()?, clock, spec));
    shop.conn().pragma_update(None, "cache_size", cache)?;
    let mut summary = out?;
    summary.millis = started.elapsed().as_millis();
    Ok(Some(summary))
}

/// Builds the whole shop inside the caller's transaction. The database must be empty.
pub fn generate_in_tx(conn: &Connection, clock: Clock, spec: &ScaleSpec) -> Result<ScaleSummary> {
    let today = clock.today();
    let span = spec.history_days.max(30);
    let start = today
        .checked_sub_days(Days::new(span as u64))
        .ok_or_else(|| Error::invalid("history too long"))?;
    let plan = plan::plan(spec, span);
    write::write(conn, today, start, plan)
}
