//! The stock ledger: every change of on-hand is an appended movement.

pub mod model;
pub mod rules;
pub mod store;

pub use model::{AdjustResult, Movement, MovementKind};

use crate::backorders::engine::Engine;
use crate::{Error, Result, Stockroom};

impl Stockroom {
    /// A signed stock correction (count, damage, found units). Positive units go down the
    /// queue (rule 3); a negative one never makes on-hand negative and takes allocations back
    /// from the lines last in queue order (rule 4).
    pub fn adjust_stock(&mut self, sku: &str, qty: i64, reason: &str) -> Result<AdjustResult> {
        rules::check_adjust_qty(qty)?;
        if reason.trim().is_empty() {
            return Err(Error::invalid(crate::msg!("adjustment-needs-reason")));
        }
        self.movement(sku, MovementKind::Adjusted, qty, reason)
    }

    /// Units a customer sent back into stock (they go down the queue like any free stock).
    pub fn return_stock(&mut self, sku: &str, qty: i64, reason: &str) -> Result<AdjustResult> {
        if qty <= 0 {
            return Err(Error::invalid(crate::msg!(
                "return-qty-positive",
                got = qty
            )));
        }
        self.movement(sku, MovementKind::Returned, qty, reason)
    }

    fn movement(
        &mut self,
        sku: &str,
        kind: MovementKind,
        qty: i64,
        reason: &str,
    ) -> Result<AdjustResult> {
        self.write(|tx, clock| {
            let p = crate::catalog::store::require(tx, sku)?;
            let on_hand = store::record_in_tx(tx, clock, p.id, kind, qty, reason.trim(), "")?;
            let mut engine = Engine::load(tx, clock)?;
            engine.settle_in_tx(tx, p.id, &[], reason.trim())?;
            let out = engine.finish_in_tx(tx)?;
            Ok(AdjustResult {
                sku: p.sku,
                qty,
                on_hand,
                allocations: out.fills,
                taken_back: out.taken_back,
            })
        })
    }
}
