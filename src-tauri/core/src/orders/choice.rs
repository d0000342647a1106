//! The customer's choice on a backorder (issue 15): **wait** (the default: nothing to
//! record), **cancel** any part of what waits, or **swap** waiting units for an in-stock
//! substitute of the same category and a similar price.
//!
//! Decisions, as a shopkeeper would expect them:
//! - A partial cancel (`qty`) takes the SKU's waiting units first and only then allocated
//!   ones, like a full cancel (rule 5); cancelling allocated units hands them to the next
//!   customer in the queue through the engine's settle, exactly as a full cancel does.
//!   Cancelling everything that can be cancelled equals the full cancel.
//! - A swap exchanges waiting units only (units already allocated are not waiting: the
//!   customer gets those anyway) one for one, at the substitute's current price. It is for
//!   stock on the shelf: when the substitute has fewer units available than the swap needs,
//!   the swap is refused (the customer would otherwise wait again, for another product).
//!   Staff may swap for any product the customer agrees to, not only the suggested ones.
//! - The incentive follows: the waiting units cancelled by the swap lose their incentive
//!   units first (as any cancel), and exactly that many incentive units go to the new line, so
//!   a credit stays whole and a discount applies to the substitute's price.

use std::collections::HashMap;

use crate::db::conn::Conn;

use super::model::{Order, Substitute};
use super::{rules, store};
use crate::backorders::engine::{Engine, Outcome};
use crate::catalog::store::ProductRow;
use crate::{Clock, Error, Result};

/// Up to three substitutes for `need` waiting units of `product`, best first
/// ([`rules::substitutes`]). Read-only; usable inside a transaction or not.
pub fn substitutes_for<'cx>(
    conn: impl Into<Conn<'cx>>,
    product: &ProductRow,
    need: i64,
) -> Result<Vec<Substitute>> {
    let conn = conn.into();
    if product.category.trim().is_empty() || need <= 0 {
        return Ok(Vec::new());
    }
    let rows = crate::catalog::store::same_category_near_price(
        conn,
        &product.category,
        product.price,
        product.id,
    )?;
    let available = rows
        .iter()
        .map(|p| crate::catalog::store::available(conn, p))
        .collect::<Result<Vec<i64>>>()?;
    let candidates: Vec<rules::Candidate> = rows
        .iter()
        .zip(&available)
        .map(|(p, a)| rules::Candidate {
            sku: &p.sku,
            category: &p.category,
            price: p.price,
            available: *a,
        })
        .collect();
    let waiting = rules::Candidate {
        sku: &product.sku,
        category: &product.category,
        price: product.price,
        available: 0,
    };
    Ok(rules::substitutes(&waiting, need, &candidates)
        .into_iter()
        .map(|i| Substitute {
            sku: rows[i].sku.clone(),
            name: rows[i].name.clone(),
            price: rows[i].price,
            available: available[i],
        })
        .collect())
}

/// The order's lines of `sku` (which must exist and be on the order).
fn lines_of<'cx>(
    conn: impl Into<Conn<'cx>>,
    order: &store::OrderRow,
    sku: &str,
) -> Result<(ProductRow, Vec<store::LineRow>)> {
    let conn = conn.into();
    let p = crate::catalog::store::require(conn, sku)?;
    let lines: Vec<store::LineRow> = store::lines(conn, order.id)?
        .into_iter()
        .filter(|l| l.product_id == p.id)
        .collect();
    if lines.is_empty() {
        return Err(Error::invalid(crate::msg!(
            "order-has-no-line",
            order = &order.number,
            sku = &p.sku
        )));
    }
    Ok((p, lines))
}

/// The swap, inside the caller's transaction. Returns the new line's id.
fn swap_in_tx<'cx>(
    conn: impl Into<Conn<'cx>>,
    engine: &mut Engine,
    order: &store::OrderRow,
    sku: &str,
    to_sku: &str,
    qty: Option<i64>,
) -> Result<i64> {
    let conn = conn.into();
    let (from, lines) = lines_of(conn, order, sku.trim())?;
    let to = crate::catalog::store::require(conn, to_sku.trim())?;
    if to.id == from.id {
        return Err(Error::invalid(crate::msg!(
            "swap-for-itself",
            sku = &from.sku
        )));
    }
    let waiting: i64 = lines.iter().map(|l| l.units.backordered).sum();
    if waiting == 0 {
        return Err(Error::refused(crate::msg!(
            "swap-nothing-waits",
            sku = &from.sku,
            order = &order.number
        )));
    }
    let qty = qty.unwrap_or(waiting);
    if qty <= 0 || qty > waiting {
        return Err(Error::invalid(crate::msg!(
            "swap-qty-range",
            sku = &from.sku,
            order = &order.number,
            waiting = waiting,
            got = qty
        )));
    }
    let available = crate::catalog::store::available(conn, &to)?;
    if available < qty {
        return Err(Error::refused(crate::msg!(
            "swap-refused-short",
            sku = &to.sku,
            available = available,
            qty = qty
        )));
    }
    // Only waiting units: give cancel_part lines without their allocated units.
    let waiting_units: Vec<rules::Units> = lines
        .iter()
        .map(|l| rules::Units {
            allocated: 0,
            ..l.units
        })
        .collect();
    let takes = rules::cancel_part(qty, &waiting_units).expect("qty checked against waiting");
    let mut touched = Vec::new();
    let mut incentive_moved = 0;
    let mut replaces = None;
    for (l, (back, _)) in lines.iter().zip(takes) {
        if back == 0 {
            continue;
        }
        let iu = rules::incentive_units_after(l.incentive_units, back);
        incentive_moved += l.incentive_units - iu;
        store::cancel_line_in_tx(conn, l.id, back, 0, iu)?;
        touched.push(l.id);
        // The last line gives first (cancel_part walks back): the first one touched is it.
        replaces.get_or_insert(l.id);
    }
    let new_line = store::insert_swap_line_in_tx(
        conn,
        &store::SwapLineInsert {
            order_id: order.id,
            product_id: to.id,
            unit_price: to.price,
            qty,
            incentive_units: incentive_moved.min(qty),
            priority: order.priority,
            placed_at: &order.placed_at,
            replaces_line_id: replaces.expect("at least one line gave units"),
        },
    )?;
    // Its first promise (the ready date) is given by the settle below: no "moved" notice.
    engine.mark_fresh(new_line);
    let reference = format!("swapped {}", order.number);
    engine.settle_in_tx(conn, from.id, &touched, &reference)?;
    engine.settle_in_tx(conn, to.id, &[new_line], &reference)?;
    Ok(new_line)
}

/// The waiting units of `sku` on an order: what a swap or the notice works with.
fn waiting_of(lines: &[store::LineRow]) -> i64 {
    lines.iter().map(|l| l.units.backordered).sum()
}

/// Substitutes for each waiting SKU of an order (for the backorder notice): (SKU, offers), in
/// the order's line order, one entry per SKU that waits.
pub fn substitutes_per_waiting_sku<'cx>(
    conn: impl Into<Conn<'cx>>,
    order_id: i64,
) -> Result<Vec<(String, Vec<Substitute>)>> {
    let conn = conn.into();
    let mut need: Vec<(i64, i64)> = Vec::new(); // (product id, waiting units)
    let mut index: HashMap<i64, usize> = HashMap::new();
    for l in store::lines(conn, order_id)? {
        if l.units.backordered == 0 {
            continue;
        }
        match index.get(&l.product_id) {
            Some(&i) => need[i].1 += l.units.backordered,
            None => {
                index.insert(l.product_id, need.len());
                need.push((l.product_id, l.units.backordered));
            }
        }
    }
    need.into_iter()
        .map(|(pid, n)| {
            let p = crate::catalog::store::by_id(conn, pid)?;
            let offers = substitutes_for(conn, &p, n)?;
            Ok((p.sku, offers))
        })
        .collect()
}

/// The customer's "swap" choice, read: up to three in-stock substitutes for what waits of
/// `sku` on order `number`, best first. Empty when nothing fits (or the product has no
/// category); refused when nothing of `sku` waits on the order.
pub fn substitutes<'cx>(
    conn: impl Into<Conn<'cx>>,
    number: &str,
    sku: &str,
) -> Result<Vec<Substitute>> {
    let conn = conn.into();
    let o = store::require(conn, number)?;
    let (p, lines) = lines_of(conn, &o, sku.trim())?;
    let need = waiting_of(&lines);
    if need == 0 {
        return Err(Error::refused(crate::msg!(
            "nothing-waits-on-order",
            sku = &p.sku,
            order = &o.number
        )));
    }
    substitutes_for(conn, &p, need)
}

/// The customer's "swap" choice, recorded: `qty` (default: all) waiting units of `sku` on
/// order `number` are cancelled and a line of `to_sku` for as many units, at its current
/// price, is added to the same order, allocated from stock available now (refused when there
/// is not enough), with the cancelled units' incentive. Returns the order after.
pub fn swap_order_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    number: &str,
    sku: &str,
    to_sku: &str,
    qty: Option<i64>,
) -> Result<(Order, Outcome)> {
    let tx = tx.into();
    let o = store::require(tx, number)?;
    let mut engine = Engine::load(tx, clock)?;
    swap_in_tx(tx, &mut engine, &o, sku, to_sku, qty)?;
    let out = engine.finish_in_tx(tx)?;
    Ok((super::load(tx, number)?, out))
}

/// The customer's "cancel" choice for part of a line: `qty` of the unshipped units of `sku`
/// on order `number`, waiting ones first, then allocated ones (given to the next in the
/// queue).
pub fn cancel_units_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    number: &str,
    sku: &str,
    qty: i64,
) -> Result<(Order, Outcome)> {
    let tx = tx.into();
    let o = store::require(tx, number)?;
    let mut engine = Engine::load(tx, clock)?;
    super::cancel_in_tx(tx, &mut engine, &o, Some(sku), Some(qty))?;
    let out = engine.finish_in_tx(tx)?;
    Ok((super::load(tx, number)?, out))
}
