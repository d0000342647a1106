//! The backorder queue: waiting lines and their promises.

use crate::backorders::model::{BackorderPage, BackorderQuery};
use crate::backorders::{self, BackorderFilter, BackorderRow, PromiseMove};
use crate::{Result, Stockroom};

impl Stockroom {
    /// Waiting lines with their queue positions, promises and ages.
    pub fn backorders(&self, filter: &BackorderFilter) -> Result<Vec<BackorderRow>> {
        backorders::backorders(self.db(), filter, self.clock().today())
    }

    /// One page of the waiting lines matching `q`, by SKU then queue order, and how many match.
    pub fn backorders_page(
        &self,
        q: &BackorderQuery,
        offset: i64,
        limit: i64,
    ) -> Result<BackorderPage> {
        backorders::list::page(self.db(), q, offset, limit, self.clock().today())
    }

    /// Recomputes the promises of one SKU's queue as of today; returns those that moved (and
    /// records the notices they are due).
    pub fn recompute_promises(&mut self, sku: &str) -> Result<Vec<PromiseMove>> {
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            backorders::recompute_promises_in_tx(tx, clock, sku)
        })
    }

    /// Recomputes every SKU's promises (e.g. once a day: overdue POs push promises out).
    pub fn recompute_all_promises(&mut self) -> Result<Vec<PromiseMove>> {
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            backorders::recompute_all_in_tx(tx, clock)
        })
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
        if backorders::recomputed_on(self.db())? == Some(today) {
            return Ok(None);
        }
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            backorders::recompute_once_a_day_in_tx(tx, clock, today)
        })
    }
}
