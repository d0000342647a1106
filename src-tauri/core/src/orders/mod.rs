//! Orders: placing (rule 1), cancelling (rule 5), priority changes, and reading them back.

pub mod bulk;
pub mod choice;
pub use store::list;
pub mod model;
pub mod preview;
pub mod rules;
pub mod store;

pub use model::{
    Incentive, NewOrder, NewOrderLine, Order, OrderFilter, OrderLine, OrderStatus, OrderSummary,
    Substitute,
};

use std::collections::{BTreeSet, HashMap};

use crate::db::conn::Conn;

use crate::backorders::engine::{Engine, Outcome};
use crate::notices::model::{NoticeKind, NoticeLine};
use crate::{Clock, Error, Result};

/// Places an order inside the caller's transaction (the facade, and CSV import, which places
/// many in one all-or-nothing transaction). Returns the new order's id.
pub fn place_order_in_tx<'cx>(tx: impl Into<Conn<'cx>>, clock: Clock, o: &NewOrder) -> Result<i64> {
    let tx = tx.into();
    let mut engine = Engine::load(tx, clock)?;
    let id = place_in_tx(tx, clock, &mut engine, o)?;
    engine.finish_in_tx(tx)?;
    Ok(id)
}

fn place_in_tx<'cx>(
    conn: impl Into<Conn<'cx>>,
    clock: Clock,
    engine: &mut Engine,
    o: &NewOrder,
) -> Result<i64> {
    let conn = conn.into();
    // On a shop server each statement is a round trip (issue 19): what placing reads is read
    // in as few statements as it needs — the customer with the settings' default incentive,
    // every line's product with what is available of it.
    let read = store::CustomerAndDefaults::read(conn, o.customer_id)?;
    read.require_customer(o.customer_id)?;
    if o.lines.is_empty() {
        return Err(Error::invalid(crate::msg!("order-needs-a-line")));
    }
    let carrier = match &o.carrier {
        Some(name) => Some(crate::carriers::store::require_by_name(conn, name)?),
        None => None,
    };
    let carrier_id = carrier.as_ref().map(|c| c.id);
    let incentive = match &o.incentive {
        Some(i) => i.clone(),
        None => read.default_incentive()?,
    };
    // Look every line up first: an unknown SKU or a bad quantity stores nothing. Checked in
    // line order, so the first bad line is the one named.
    let found =
        crate::catalog::store::with_available(conn, o.lines.iter().map(|l| l.sku.as_str()))?;
    let mut products = Vec::with_capacity(o.lines.len());
    let mut available: HashMap<String, i64> = HashMap::new();
    for l in &o.lines {
        check_line(l)?;
        let (p, free) = found
            .get(l.sku.trim())
            .ok_or_else(|| Error::not_found("SKU", l.sku.trim()))?;
        available.entry(p.sku.clone()).or_insert(*free);
        products.push(p.clone());
    }
    let asks: Vec<rules::Ask> = o
        .lines
        .iter()
        .zip(&products)
        .map(|(l, p)| rules::Ask {
            sku: &p.sku,
            qty: l.qty,
            policy: p.backorders,
        })
        .collect();
    let plan = rules::place(&asks, &mut available)?;

    let number = match &o.number {
        Some(n) if !n.trim().is_empty() => n.trim().to_string(),
        _ => store::next_number(conn, "SO", "orders")?,
    };
    let placed_at = crate::json::time_text(o.placed_at.unwrap_or_else(|| clock.now()));
    let order_id = store::insert_order_in_tx(
        conn,
        &store::OrderInsert {
            number: &number,
            customer_id: o.customer_id,
            placed_at: &placed_at,
            priority: o.priority,
            carrier_id,
            incentive: &incentive,
            note: o.note.trim(),
        },
    )?;
    // A line with nothing waiting has its promise at once (rule 7: ready + handling + transit),
    // stored with the line; a waiting line's promise comes from its queue below.
    let transit = carrier
        .as_ref()
        .map_or(engine.default_transit, |c| c.transit_days);
    let ready =
        crate::backorders::rules::ready_promise(engine.today, engine.handling_days, transit);
    let inserts: Vec<store::LineInsert> = o
        .lines
        .iter()
        .zip(&products)
        .zip(&plan)
        .enumerate()
        .map(|(i, ((l, p), (alloc, back)))| store::LineInsert {
            order_id,
            line_no: i as i64 + 1,
            product_id: p.id,
            unit_price: l.unit_price.unwrap_or(p.price),
            ordered: l.qty,
            allocated: *alloc,
            backordered: *back,
            incentive_units: if incentive.is_none() { 0 } else { *back },
            priority: o.priority,
            placed_at: &placed_at,
            eta: (*back == 0).then_some(ready),
        })
        .collect();
    let line_ids = store::insert_lines_in_tx(conn, &inserts)?;
    for id in &line_ids {
        engine.mark_fresh(*id);
    }

    // Promises. A new line normally joins the end of its queue, where only its own promise
    // is new; a high-priority line (or two waiting lines of one SKU) reshuffles the queue,
    // and the whole SKU is recomputed.
    let mut full: BTreeSet<i64> = BTreeSet::new();
    let mut waiting_per_sku: HashMap<i64, usize> = HashMap::new();
    for (p, (_, back)) in products.iter().zip(&plan) {
        if *back > 0 {
            *waiting_per_sku.entry(p.id).or_default() += 1;
        }
    }
    let mut alone: Vec<i64> = Vec::new();
    for ((p, (_, back)), id) in products.iter().zip(&plan).zip(&line_ids) {
        if *back > 0 {
            if waiting_per_sku[&p.id] > 1 {
                full.insert(p.id);
            } else {
                alone.push(*id);
            }
        }
    }
    // Whether each of the others joined the end of its queue: one statement for the order.
    for id in crate::backorders::store::with_waiting_after(conn, &alone)? {
        let (p, _) = products
            .iter()
            .zip(&line_ids)
            .find(|(_, l)| **l == id)
            .expect("a line of this order");
        full.insert(p.id);
    }
    for ((p, (_, back)), id) in products.iter().zip(&plan).zip(&line_ids) {
        if *back == 0 || full.contains(&p.id) {
            continue;
        }
        engine.promise_tail_line_in_tx(conn, p, *id)?;
    }
    for pid in &full {
        let p = products
            .iter()
            .find(|p| p.id == *pid)
            .expect("a product of this order");
        let mine: Vec<i64> = products
            .iter()
            .zip(&line_ids)
            .filter(|(q, _)| q.id == *pid)
            .map(|(_, id)| *id)
            .collect();
        engine.refresh_in_tx(conn, p, &mine)?;
    }
    // The promises just given, of the lines the customer is told about: one statement.
    let told: Vec<i64> = products
        .iter()
        .zip(&plan)
        .zip(&line_ids)
        .filter(|((p, (_, back)), _)| {
            *back > 0 && crate::notices::rules::tells_customer(p.backorders)
        })
        .map(|(_, id)| *id)
        .collect();
    let etas = store::line_etas(conn, &told)?;
    for ((p, (_, back)), id) in products.iter().zip(&plan).zip(&line_ids) {
        if *back > 0 && crate::notices::rules::tells_customer(p.backorders) {
            let eta = *etas
                .get(id)
                .ok_or_else(|| Error::other(format!("line {id} not found")))?;
            engine.notice(
                order_id,
                NoticeKind::Backordered,
                NoticeLine {
                    sku: p.sku.clone(),
                    qty: *back,
                    old_eta: None,
                    eta,
                },
            );
        }
    }
    Ok(order_id)
}

/// A line's own figures, checked before anything is looked up or stored.
pub(crate) fn check_line(l: &NewOrderLine) -> Result<()> {
    if l.qty <= 0 {
        return Err(Error::invalid(crate::msg!(
            "qty-not-positive",
            sku = l.sku.trim(),
            got = l.qty
        )));
    }
    if l.unit_price.is_some_and(|p| p < 0) {
        return Err(Error::invalid(crate::msg!(
            "price-negative",
            sku = l.sku.trim()
        )));
    }
    Ok(())
}

/// Rule 5 for the order's lines (of one SKU, or all): cancels the unshipped units — or, with
/// `qty` (which needs a SKU), that many of the SKU's unshipped units, waiting ones first (see
/// [`rules::cancel_part`]) — and gives the freed ones to the queue.
pub(crate) fn cancel_in_tx<'cx>(
    conn: impl Into<Conn<'cx>>,
    engine: &mut Engine,
    order: &store::OrderRow,
    sku: Option<&str>,
    qty: Option<i64>,
) -> Result<()> {
    let conn = conn.into();
    let lines = store::lines(conn, order.id)?;
    let sku = sku.map(str::trim);
    if let Some(s) = sku {
        crate::catalog::store::require(conn, s)?;
        if !lines.iter().any(|l| l.sku == s) {
            return Err(Error::invalid(crate::msg!(
                "order-has-no-line",
                order = &order.number,
                sku = s
            )));
        }
    }
    let chosen: Vec<&store::LineRow> = lines
        .iter()
        .filter(|l| sku.is_none_or(|s| l.sku == s))
        .collect();
    let open: i64 = chosen
        .iter()
        .map(|l| l.units.allocated + l.units.backordered)
        .sum();
    if open == 0 {
        return Err(Error::refused(match sku {
            Some(s) => crate::msg!(
                "order-nothing-to-cancel-for",
                order = &order.number,
                sku = s
            ),
            None => crate::msg!("order-nothing-to-cancel", order = &order.number),
        }));
    }
    // (backordered, allocated) to cancel per chosen line.
    let takes: Vec<(i64, i64)> = match (qty, sku) {
        (None, _) => chosen
            .iter()
            .map(|l| rules::cancel(l.units.allocated + l.units.backordered, &l.units))
            .collect(),
        (Some(_), None) => return Err(Error::invalid(crate::msg!("cancel-qty-needs-sku"))),
        (Some(n), Some(s)) => {
            let units: Vec<rules::Units> = chosen.iter().map(|l| l.units).collect();
            rules::cancel_part(n, &units).ok_or_else(|| {
                Error::invalid(crate::msg!(
                    "cancel-qty-range",
                    sku = s,
                    order = &order.number,
                    open = open,
                    got = n
                ))
            })?
        }
    };
    let mut touched: HashMap<i64, Vec<i64>> = HashMap::new();
    for (l, (back, alloc)) in chosen.iter().zip(takes) {
        if back + alloc == 0 {
            continue;
        }
        let iu = rules::incentive_units_after(l.incentive_units, back + alloc);
        store::cancel_line_in_tx(conn, l.id, back, alloc, iu)?;
        touched.entry(l.product_id).or_default().push(l.id);
    }
    let mut pids: Vec<i64> = touched.keys().copied().collect();
    pids.sort();
    for pid in pids {
        engine.settle_in_tx(
            conn,
            pid,
            &touched[&pid],
            &format!("cancelled {}", order.number),
        )?;
    }
    Ok(())
}

/// The order with its lines, promises, queue positions and shipments.
pub fn load<'cx>(conn: impl Into<Conn<'cx>>, number: &str) -> Result<Order> {
    let conn = conn.into();
    store::load(conn, store::require(conn, number)?)
}

/// Rule 1: places an order and reads it back as stored; refused as a whole when a `refuse`
/// product is short.
pub fn place_and_load_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    o: &NewOrder,
) -> Result<Order> {
    let tx = tx.into();
    let id = place_order_in_tx(tx, clock, o)?;
    store::load_by_id(tx, id)
}

/// Rule 5: cancels the unshipped units of the order, or of its lines for one SKU.
pub fn cancel_order_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    number: &str,
    sku: Option<&str>,
) -> Result<(Order, Outcome)> {
    let tx = tx.into();
    let o = store::require(tx, number)?;
    let mut engine = Engine::load(tx, clock)?;
    cancel_in_tx(tx, &mut engine, &o, sku, None)?;
    let out = engine.finish_in_tx(tx)?;
    Ok((load(tx, number)?, out))
}

/// Rule 2: a new priority moves the order's waiting lines in their queues (allocations
/// already made stay where they are); promises are recomputed.
pub fn set_priority_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    number: &str,
    priority: i64,
) -> Result<(Order, Outcome)> {
    let tx = tx.into();
    let o = store::require(tx, number)?;
    store::set_priority_in_tx(tx, o.id, priority)?;
    let mut engine = Engine::load(tx, clock)?;
    let mut pids: Vec<i64> = store::lines(tx, o.id)?
        .iter()
        .map(|l| l.product_id)
        .collect();
    pids.sort();
    pids.dedup();
    for pid in pids {
        engine.settle_in_tx(tx, pid, &[], &format!("priority {}", o.number))?;
    }
    let out = engine.finish_in_tx(tx)?;
    Ok((load(tx, number)?, out))
}
