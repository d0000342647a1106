//! The stock ledger. Movements are only ever appended; the cached `products.on_hand` is
//! written here and nowhere else, in the same transaction as the movement. What the product's
//! order lines hold (`products.allocated`, issue 19) is kept here too, by the stores that
//! change lines' allocated units. On both engines (issue 19); a sum is CAST to BIGINT
//! (PostgreSQL sums BIGINT as NUMERIC).

use crate::db::conn::{stored, Conn};

use super::model::{Movement, MovementKind};
use super::rules;
use crate::{Clock, Result};

/// Appends a movement and updates the cached on-hand. Returns the new on-hand.
pub fn record_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    clock: Clock,
    product_id: i64,
    kind: MovementKind,
    qty: i64,
    reason: &str,
    reference: &str,
) -> Result<i64> {
    let conn = conn.into();
    let (sku, on_hand): (String, i64) = conn.query_row(
        "SELECT sku, on_hand FROM products WHERE id = ?1",
        &[&product_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let after = rules::on_hand_after(&sku, on_hand, qty)?;
    conn.execute(
        "INSERT INTO stock_movements (product_id, kind, qty, reason, reference, on_date, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        &[
            &product_id,
            &kind.code(),
            &qty,
            &reason,
            &reference,
            &clock.today(),
            &crate::json::time_text(clock.now()),
        ],
    )?;
    conn.execute(
        "UPDATE products SET on_hand = ?2 WHERE id = ?1",
        &[&product_id, &after],
    )?;
    Ok(after)
}

/// What product `?1`'s lines hold changes by `?2` units.
const HOLD: &str = "UPDATE products SET allocated = allocated + ?2 WHERE id = ?1";

/// The product's kept Σ allocated (see [`crate::catalog::store::allocated`]) changes by
/// `delta`: every store function that changes order lines' allocated units calls this (or, for
/// many lines, sums first) in the same transaction, so the figure always equals the sum over
/// the lines (checked by the property tests on both engines).
pub fn hold_in_tx<'a>(conn: impl Into<Conn<'a>>, product_id: i64, delta: i64) -> Result<()> {
    if delta != 0 {
        conn.into().execute(HOLD, &[&product_id, &delta])?;
    }
    Ok(())
}

/// [`hold_in_tx`] for the product of order line `line_id`.
pub fn hold_for_line_in_tx<'a>(conn: impl Into<Conn<'a>>, line_id: i64, delta: i64) -> Result<()> {
    if delta != 0 {
        conn.into().execute(
            "UPDATE products SET allocated = allocated + ?2
             WHERE id = (SELECT product_id FROM order_lines WHERE id = ?1)",
            &[&line_id, &delta],
        )?;
    }
    Ok(())
}

/// Every product's kept Σ allocated worked out again from its lines: after lines were written
/// in bulk without the engine (the generated demo shop). The same statement as the schema
/// step that introduced the figure (`db/sql/v9_held.sql`).
pub fn recount_held_in_tx<'a>(conn: impl Into<Conn<'a>>) -> Result<()> {
    let conn = conn.into();
    conn.execute(
        "UPDATE products SET allocated = 0 WHERE allocated <> 0",
        &[],
    )?;
    conn.execute(
        "UPDATE products SET allocated = (SELECT sum(l.allocated) FROM order_lines l
                                          WHERE l.product_id = products.id AND l.allocated > 0)
         WHERE id IN (SELECT product_id FROM order_lines WHERE allocated > 0)",
        &[],
    )?;
    Ok(())
}

/// The ledger of a product, oldest first, with the running balance.
pub fn ledger<'a>(conn: impl Into<Conn<'a>>, product_id: i64) -> Result<Vec<Movement>> {
    conn.into().query(
        "SELECT m.id, p.sku, m.kind, m.qty, m.reason, m.reference, m.on_date, m.created_at,
                CAST(sum(m.qty) OVER (ORDER BY m.id) AS BIGINT)
         FROM stock_movements m JOIN products p ON p.id = m.product_id
         WHERE m.product_id = ?1 ORDER BY m.id",
        &[&product_id],
        |r| {
            Ok(Movement {
                id: r.get(0)?,
                sku: r.get(1)?,
                kind: stored(2, MovementKind::from_code(r.get(2)?))?,
                qty: r.get(3)?,
                reason: r.get(4)?,
                reference: r.get(5)?,
                on_date: r.get(6)?,
                created_at: r.get(7)?,
                balance: r.get(8)?,
            })
        },
    )
}

/// Σ ledger of a product (for checks: it must equal the cached on-hand).
pub fn ledger_sum<'a>(conn: impl Into<Conn<'a>>, product_id: i64) -> Result<i64> {
    conn.into().query_row(
        "SELECT CAST(coalesce(sum(qty), 0) AS BIGINT) FROM stock_movements WHERE product_id = ?1",
        &[&product_id],
        |r| r.get(0),
    )
}
