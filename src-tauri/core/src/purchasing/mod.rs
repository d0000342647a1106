//! Purchase orders: creating, receiving (partially), changing the expected date. Each of these
//! changes the supply the promise walk sees, so each ends by settling the SKUs it touched.

pub mod cancel;
pub use store::list;
pub mod model;
pub mod rules;
pub mod store;

pub use model::{
    ExpectResult, NewPo, NewPoLine, OpenPoLine, Po, PoFilter, PoLine, PoStatus, ReceiptLine,
    ReceiptResult,
};

use std::collections::BTreeMap;

use crate::db::conn::Conn;
use chrono::NaiveDate;

use crate::backorders::engine::Engine;
use crate::backorders::model::Allocation;
use crate::stock::model::MovementKind;
use crate::{Clock, Error, Result};

/// Creates a purchase order inside the caller's transaction (CSV import). Returns its id.
pub fn create_po_in_tx<'cx>(tx: impl Into<Conn<'cx>>, clock: Clock, po: &NewPo) -> Result<i64> {
    let tx = tx.into();
    let mut engine = Engine::load(tx, clock)?;
    let id = create_in_tx(tx, clock, &mut engine, po)?;
    engine.finish_in_tx(tx)?;
    Ok(id)
}

fn create_in_tx<'cx>(
    conn: impl Into<Conn<'cx>>,
    clock: Clock,
    engine: &mut Engine,
    po: &NewPo,
) -> Result<i64> {
    let conn = conn.into();
    if po.lines.is_empty() {
        return Err(Error::invalid(crate::msg!("po-needs-a-line")));
    }
    let mut products = Vec::new();
    for l in &po.lines {
        if l.qty <= 0 {
            return Err(Error::invalid(crate::msg!(
                "qty-not-positive",
                sku = l.sku.trim(),
                got = l.qty
            )));
        }
        if l.unit_cost.is_some_and(|c| c < 0) {
            return Err(Error::invalid(crate::msg!(
                "cost-negative",
                sku = l.sku.trim()
            )));
        }
        products.push(crate::catalog::store::require(conn, &l.sku)?);
    }
    let supplier_id = crate::catalog::store::supplier_id_in_tx(conn, &po.supplier)?;
    let number = match &po.number {
        Some(n) if !n.trim().is_empty() => n.trim().to_string(),
        _ => crate::orders::store::next_number(conn, "PO", "purchase_orders")?,
    };
    let id = store::insert_in_tx(
        conn,
        &number,
        supplier_id,
        clock.today(),
        po.expected_on,
        po.note.trim(),
    )?;
    for (i, (l, p)) in po.lines.iter().zip(&products).enumerate() {
        store::insert_line_in_tx(
            conn,
            id,
            i as i64 + 1,
            p.id,
            l.qty,
            l.unit_cost.unwrap_or(p.cost),
        )?;
    }
    let mut pids: Vec<i64> = products.iter().map(|p| p.id).collect();
    pids.sort();
    pids.dedup();
    for pid in pids {
        engine.settle_in_tx(conn, pid, &[], &number)?;
    }
    Ok(id)
}

/// Creates a purchase order and reads it back as stored.
pub fn create_and_load_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    po: &NewPo,
) -> Result<Po> {
    let tx = tx.into();
    let id = create_po_in_tx(tx, clock, po)?;
    let number = store::number_of(tx, id)?;
    load(tx, &number, clock.today())
}

/// The purchase order numbered `number`, with its lines and status as of `today`.
pub fn load<'cx>(conn: impl Into<Conn<'cx>>, number: &str, today: NaiveDate) -> Result<Po> {
    let conn = conn.into();
    store::load(conn, store::require(conn, number)?, today)
}

/// Receives units of a PO (partially or fully): into the ledger, then down the queue.
pub fn receive_po_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    number: &str,
    lines: &[ReceiptLine],
) -> Result<ReceiptResult> {
    let tx = tx.into();
    let po = store::require(tx, number)?;
    if po.cancelled {
        return Err(Error::refused(crate::msg!(
            "po-is-cancelled",
            po = &po.number
        )));
    }
    if lines.is_empty() {
        return Err(Error::invalid(crate::msg!("receipt-needs-lines")));
    }
    let po_lines = store::lines(tx, po.id)?;
    // Sum what is received per SKU, in the order first named.
    let mut asked: Vec<(String, i64)> = Vec::new();
    for l in lines {
        if l.qty <= 0 {
            return Err(Error::invalid(crate::msg!(
                "qty-not-positive",
                sku = l.sku.trim(),
                got = l.qty
            )));
        }
        let p = crate::catalog::store::require(tx, &l.sku)?;
        match asked.iter_mut().find(|(s, _)| *s == p.sku) {
            Some((_, q)) => *q += l.qty,
            None => asked.push((p.sku, l.qty)),
        }
    }
    let mut engine = Engine::load(tx, clock)?;
    let mut received = Vec::new();
    for (sku, qty) in &asked {
        let mine: Vec<_> = po_lines.iter().filter(|l| l.sku == *sku).collect();
        if mine.is_empty() {
            return Err(Error::invalid(crate::msg!(
                "sku-not-on-po",
                sku = sku,
                po = &po.number
            )));
        }
        let outstanding: Vec<i64> = mine.iter().map(|l| l.outstanding()).collect();
        let spread = rules::spread_receipt(&po.number, sku, *qty, &outstanding)?;
        for (l, q) in mine.iter().zip(spread) {
            if q > 0 {
                store::receive_line_in_tx(tx, l.id, q)?;
            }
        }
        let pid = mine[0].product_id;
        crate::stock::store::record_in_tx(
            tx,
            clock,
            pid,
            MovementKind::Received,
            *qty,
            "received",
            &po.number,
        )?;
        engine.settle_in_tx(tx, pid, &[], &po.number)?;
        received.push(ReceiptLine {
            sku: sku.clone(),
            qty: *qty,
        });
    }
    let out = engine.finish_in_tx(tx)?;
    let status = store::load(tx, store::require(tx, number)?, clock.today())?.status;
    Ok(ReceiptResult {
        po: po.number,
        received,
        allocations: out.fills,
        moved: out.moves,
        status,
    })
}

/// The supplier moved the delivery date: promises are recomputed and moves recorded.
pub fn set_po_expected_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    number: &str,
    expected_on: NaiveDate,
) -> Result<ExpectResult> {
    let tx = tx.into();
    let po = store::require(tx, number)?;
    store::set_expected_in_tx(tx, po.id, expected_on)?;
    let mut pids: Vec<i64> = store::lines(tx, po.id)?
        .iter()
        .map(|l| l.product_id)
        .collect();
    pids.sort();
    pids.dedup();
    let mut engine = Engine::load(tx, clock)?;
    for pid in pids {
        engine.settle_in_tx(tx, pid, &[], &po.number)?;
    }
    let out = engine.finish_in_tx(tx)?;
    Ok(ExpectResult {
        po: po.number,
        old_expected_on: po.expected_on,
        expected_on,
        moved: out.moves,
    })
}

/// "Which orders will this receipt fill?" — the allocations a receipt would make, without
/// storing anything. Checks the receipt as `receive_po` would.
pub fn receipt_preview<'cx>(
    conn: impl Into<Conn<'cx>>,
    number: &str,
    lines: &[ReceiptLine],
) -> Result<Vec<Allocation>> {
    let conn = conn.into();
    let po = store::require(conn, number)?;
    let po_lines = store::lines(conn, po.id)?;
    let mut asked: BTreeMap<String, i64> = BTreeMap::new();
    for l in lines {
        if l.qty <= 0 {
            return Err(Error::invalid(crate::msg!(
                "qty-not-positive",
                sku = l.sku.trim(),
                got = l.qty
            )));
        }
        *asked
            .entry(crate::catalog::store::require(conn, &l.sku)?.sku)
            .or_default() += l.qty;
    }
    let mut out = Vec::new();
    for (sku, qty) in asked {
        let mine: Vec<_> = po_lines.iter().filter(|l| l.sku == sku).collect();
        if mine.is_empty() {
            return Err(Error::invalid(crate::msg!(
                "sku-not-on-po",
                sku = sku,
                po = &po.number
            )));
        }
        let outstanding: Vec<i64> = mine.iter().map(|l| l.outstanding()).collect();
        rules::spread_receipt(&po.number, &sku, qty, &outstanding)?;
        let p = crate::catalog::store::by_id(conn, mine[0].product_id)?;
        // Available once the receipt is on the shelf.
        let free = crate::catalog::rules::available(
            p.on_hand + qty,
            crate::catalog::store::allocated(conn, p.id)?,
        );
        let head = crate::backorders::store::queue_head(conn, p.id, free)?;
        let waiting: Vec<i64> = head.iter().map(|l| l.backordered).collect();
        for (l, q) in head
            .iter()
            .zip(crate::backorders::rules::fill_down_queue(free, &waiting))
        {
            if q > 0 {
                out.push(Allocation {
                    order: l.order.clone(),
                    sku: sku.clone(),
                    qty: q,
                });
            }
        }
    }
    Ok(out)
}
