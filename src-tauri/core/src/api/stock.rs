//! Stock: corrections and returns, each one write that settles the product's queue.

use crate::stock::{self, AdjustResult, MovementKind};
use crate::{Result, Stockroom};

impl Stockroom {
    /// A signed stock correction (count, damage, found units). Positive units go down the
    /// queue (rule 3); a negative one never makes on-hand negative and takes allocations back
    /// from the lines last in queue order (rule 4).
    pub fn adjust_stock(&mut self, sku: &str, qty: i64, reason: &str) -> Result<AdjustResult> {
        stock::check_adjustment(qty, reason)?;
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            stock::movement_in_tx(tx, clock, sku, MovementKind::Adjusted, qty, reason)
        })
    }

    /// Units a customer sent back into stock (they go down the queue like any free stock).
    pub fn return_stock(&mut self, sku: &str, qty: i64, reason: &str) -> Result<AdjustResult> {
        stock::check_return(qty)?;
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            stock::movement_in_tx(tx, clock, sku, MovementKind::Returned, qty, reason)
        })
    }
}
