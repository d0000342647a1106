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
        self.write(|tx, clock| {
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
        })
    }

    /// [`Stockroom::recompute_all_promises`] once per day: promises count from today (an
    /// overdue PO's units, a lead time, stock ready to ship), so they go stale overnight. Runs
    /// when the day changed since the last run and returns the moves; `None` when it already
    /// ran today. The app calls it when it opens the shop, the CLI before each command.
    ///
    /// The last day is kept in a small file beside the database, `<database>.promises-day`:
    /// the schema has no key/value table for it. Losing that file only costs one extra run.
    pub fn recompute_promises_once_a_day(&mut self) -> Result<Option<Vec<PromiseMove>>> {
        let today = self.clock().today();
        let marker = daily_marker(self.path());
        let last = marker
            .as_deref()
            .and_then(|m| std::fs::read_to_string(m).ok())
            .and_then(|s| chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok());
        if last == Some(today) {
            return Ok(None);
        }
        let moves = self.recompute_all_promises()?;
        if let Some(m) = marker {
            // Best effort: a marker that cannot be written (a read-only folder) only means the
            // next start recomputes again, which changes nothing the same day.
            let _ = std::fs::write(m, today.format("%Y-%m-%d\n").to_string());
        }
        Ok(Some(moves))
    }
}

/// Where the day of the last daily recompute is kept; none for an in-memory database.
fn daily_marker(db: &std::path::Path) -> Option<std::path::PathBuf> {
    if db.as_os_str() == ":memory:" || db.as_os_str().is_empty() {
        return None;
    }
    let mut name = db.file_name()?.to_os_string();
    name.push(".promises-day");
    Some(db.with_file_name(name))
}
