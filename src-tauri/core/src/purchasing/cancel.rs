//! Cancelling a purchase order the supplier will never deliver. What was received stays in
//! the ledger and on the lines; the outstanding units leave the supply the promise walk sees
//! (cancelled POs are skipped by `store::supply`), so the waiting lines that counted on them
//! are recomputed: they move to a later PO or to the lead time, and notices are due (rule 7).
//!
//! This lives in its own file, beside the rest of purchasing, so the cancel rule reads in one
//! place; its one UPDATE is `store::cancel_in_tx`.

use crate::db::conn::Conn;
use serde::{Deserialize, Serialize};

use super::model::{PoStatus, ReceiptLine};
use super::store;
use crate::backorders::engine::Engine;
use crate::backorders::model::PromiseMove;
use crate::{Clock, Error, Result};

/// What cancelling a PO did (or would do, from `Stockroom::cancel_po_preview`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoCancelResult {
    pub po: String,
    /// The outstanding units that will not come, per SKU (received units are not in it).
    pub cancelled: Vec<ReceiptLine>,
    /// The waiting lines whose promise moved because the supply went away.
    pub moved: Vec<PromiseMove>,
    pub status: PoStatus,
}

/// Cancels the PO numbered `number` inside the caller's transaction.
pub fn cancel_po_in_tx<'cx>(
    conn: impl Into<Conn<'cx>>,
    clock: Clock,
    number: &str,
) -> Result<PoCancelResult> {
    let conn = conn.into();
    let po = store::require(conn, number)?;
    if po.cancelled {
        return Err(Error::refused(crate::msg!(
            "po-already-cancelled",
            po = &po.number
        )));
    }
    let lines = store::lines(conn, po.id)?;
    // Outstanding units per SKU, in line order (a SKU may sit on several lines).
    let mut cancelled: Vec<ReceiptLine> = Vec::new();
    let mut pids: Vec<i64> = Vec::new();
    for l in &lines {
        let (pid, sku, outstanding) = (&l.product_id, &l.sku, l.outstanding());
        if outstanding == 0 {
            continue;
        }
        match cancelled.iter_mut().find(|c| c.sku == *sku) {
            Some(c) => c.qty += outstanding,
            None => {
                cancelled.push(ReceiptLine {
                    sku: sku.clone(),
                    qty: outstanding,
                });
                pids.push(*pid);
            }
        }
    }
    if cancelled.is_empty() {
        return Err(Error::refused(crate::msg!(
            "po-fully-received",
            po = &po.number
        )));
    }
    store::cancel_in_tx(conn, po.id)?;
    let mut engine = Engine::load(conn, clock)?;
    for pid in pids {
        engine.settle_in_tx(conn, pid, &[], &format!("cancelled {}", po.number))?;
    }
    let moved = engine.finish_in_tx(conn)?.moves;
    Ok(PoCancelResult {
        po: po.number,
        cancelled,
        moved,
        status: PoStatus::Cancelled,
    })
}
