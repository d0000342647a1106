//! The stock ledger: every change of on-hand is an appended movement.

pub mod model;
pub mod rules;
pub mod store;

pub use model::{AdjustResult, Movement, MovementKind};

use crate::db::conn::Conn;

use crate::backorders::engine::Engine;
use crate::{Clock, Error, Result};

/// Refuses an adjustment before any transaction: a zero or out-of-range quantity, or no reason.
pub fn check_adjustment(qty: i64, reason: &str) -> Result<()> {
    rules::check_adjust_qty(qty)?;
    if reason.trim().is_empty() {
        return Err(Error::invalid(crate::msg!("adjustment-needs-reason")));
    }
    Ok(())
}

/// Refuses a return of no units.
pub fn check_return(qty: i64) -> Result<()> {
    if qty <= 0 {
        return Err(Error::invalid(crate::msg!(
            "return-qty-positive",
            got = qty
        )));
    }
    Ok(())
}

/// Records one movement of `sku` and settles its queue: positive units go down the queue
/// (rule 3); a negative one never makes on-hand negative and takes allocations back from the
/// lines last in queue order (rule 4).
pub fn movement_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    sku: &str,
    kind: MovementKind,
    qty: i64,
    reason: &str,
) -> Result<AdjustResult> {
    let tx = tx.into();
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
}
