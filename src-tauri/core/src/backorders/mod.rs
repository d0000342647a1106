//! The backorder queue and its promises: rules 2 (queue order), 3 (free stock goes down the
//! queue), 4 (lost stock is taken back from the end) and 7 (the ETA walk).

pub mod engine;
pub use store::list;
pub mod model;
pub mod rules;
pub mod store;

pub use model::{Allocation, BackorderFilter, BackorderRow, PromiseMove};

use crate::db::conn::Conn;
use chrono::NaiveDate;

use crate::{Clock, Result};

/// Waiting lines with their queue positions, promises and ages.
pub fn backorders<'cx>(
    conn: impl Into<Conn<'cx>>,
    filter: &BackorderFilter,
    today: NaiveDate,
) -> Result<Vec<BackorderRow>> {
    let conn = conn.into();
    if let Some(sku) = &filter.sku {
        crate::catalog::store::require(conn, sku)?;
    }
    store::rows(conn, filter, today)
}

/// Recomputes the promises of one SKU's queue as of today; returns those that moved (and
/// records the notices they are due).
pub fn recompute_promises_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    sku: &str,
) -> Result<Vec<PromiseMove>> {
    let tx = tx.into();
    let p = crate::catalog::store::require(tx, sku)?;
    let mut engine = engine::Engine::load(tx, clock)?;
    engine.refresh_in_tx(tx, &p, &[])?;
    Ok(engine.finish_in_tx(tx)?.moves)
}

/// The day promises were last recomputed for the whole shop.
pub fn recomputed_on<'cx>(conn: impl Into<Conn<'cx>>) -> Result<Option<NaiveDate>> {
    let conn = conn.into();
    crate::db::state::get::<NaiveDate>(conn, RECOMPUTED_ON)
}

/// The daily recompute, unless it already ran `today` (another process may have done it
/// meanwhile); the day is recorded in the same transaction as the recompute.
pub fn recompute_once_a_day_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    today: NaiveDate,
) -> Result<Option<Vec<PromiseMove>>> {
    let tx = tx.into();
    if recomputed_on(tx)? == Some(today) {
        return Ok(None); // another process did it meanwhile
    }
    let moves = recompute_all_in_tx(tx, clock)?;
    crate::db::state::set(tx, RECOMPUTED_ON, &today)?;
    Ok(Some(moves))
}

/// The `app_state` key of the day of the last daily recompute.
const RECOMPUTED_ON: &str = "promises_recomputed_on";

/// Records that every promise was computed on `today` (by a writer that walked every queue
/// itself, e.g. the generated demo shop), so the day's recompute is not run again.
pub(crate) fn mark_recomputed_in_tx(
    conn: &rusqlite::Connection,
    today: chrono::NaiveDate,
) -> Result<()> {
    crate::db::state::set(conn, RECOMPUTED_ON, &today)
}

/// Recomputes every SKU's promises (e.g. once a day: overdue POs push promises out).
pub fn recompute_all_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
) -> Result<Vec<PromiseMove>> {
    let tx = tx.into();
    let ids = store::waiting_product_ids(tx)?;
    let mut engine = engine::Engine::load(tx, clock)?;
    for id in ids {
        let p = crate::catalog::store::by_id(tx, id)?;
        engine.refresh_in_tx(tx, &p, &[])?;
    }
    Ok(engine.finish_in_tx(tx)?.moves)
}
