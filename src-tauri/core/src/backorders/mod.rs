//! The backorder queue and its promises: rules 2 (queue order), 3 (free stock goes down the
//! queue), 4 (lost stock is taken back from the end) and 7 (the ETA walk).

pub mod engine;
pub mod list;
pub mod model;
pub mod rules;
pub mod store;

pub use model::{Allocation, BackorderFilter, BackorderRow, PromiseMove};

use crate::{Result, Stockroom};

impl Stockroom {
    /// Waiting lines with their queue positions, promises and ages.
    pub fn backorders(&self, filter: &BackorderFilter) -> Result<Vec<BackorderRow>> {
        if let Some(sku) = &filter.sku {
            crate::catalog::store::require(self.conn(), sku)?;
        }
        store::rows(self.conn(), filter, self.clock().today())
    }

    /// Recomputes the promises of one SKU's queue as of today; returns those that moved (and
    /// records the notices they are due).
    pub fn recompute_promises(&mut self, sku: &str) -> Result<Vec<PromiseMove>> {
        self.write(|tx, clock| {
            let p = crate::catalog::store::require(tx, sku)?;
            let mut engine = engine::Engine::load(tx, clock)?;
            engine.refresh_in_tx(tx, &p, &[])?;
            Ok(engine.finish_in_tx(tx)?.moves)
        })
    }

    /// Recomputes every SKU's promises (e.g. once a day: overdue POs push promises out).
    pub fn recompute_all_promises(&mut self) -> Result<Vec<PromiseMove>> {
        self.write(recompute_all_in_tx)
    }

    /// [`Stockroom::recompute_all_promises`] once per day: promises count from today (an
    /// overdue PO's units, a lead time, stock ready to ship), so they go stale overnight. Runs
    /// when the day changed since the last run and returns the moves; `None` when it already
    /// ran today. The app calls it when it opens the shop, the CLI before each command.
    ///
    /// The day of the last run is kept in the database (`app_state`), written in the same
    /// transaction as the recompute: a crash in between leaves neither, and a restored backup
    /// brings its own day, so an older backup is brought up to date on its first start.
    pub fn recompute_promises_once_a_day(&mut self) -> Result<Option<Vec<PromiseMove>>> {
        let today = self.clock().today();
        // A read first, so the usual case (already done today) takes no write lock.
        if crate::db::state::get::<chrono::NaiveDate>(self.conn(), RECOMPUTED_ON)? == Some(today) {
            return Ok(None);
        }
        self.write(|tx, clock| {
            if crate::db::state::get::<chrono::NaiveDate>(tx, RECOMPUTED_ON)? == Some(today) {
                return Ok(None); // another process did it meanwhile
            }
            let moves = recompute_all_in_tx(tx, clock)?;
            crate::db::state::set(tx, RECOMPUTED_ON, &today)?;
            Ok(Some(moves))
        })
    }
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

fn recompute_all_in_tx(
    tx: &rusqlite::Transaction<'_>,
    clock: crate::Clock,
) -> Result<Vec<PromiseMove>> {
    let ids: Vec<i64> = tx
        .prepare("SELECT DISTINCT product_id FROM order_lines WHERE backordered > 0")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut engine = engine::Engine::load(tx, clock)?;
    for id in ids {
        let p = crate::catalog::store::by_id(tx, id)?;
        engine.refresh_in_tx(tx, &p, &[])?;
    }
    Ok(engine.finish_in_tx(tx)?.moves)
}
