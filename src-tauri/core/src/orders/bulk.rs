//! Placing many orders in one transaction (the CSV import): rule 1 exactly as
//! [`super::place_order_in_tx`] applies it, order after order, but the promise walk (rule 7)
//! and the "backordered" notices are done once per SKU at the end instead of once per order.
//!
//! Why the result is the same: allocation only depends on what each SKU has available, which
//! is tracked here order after order; and every stored promise is a function of the final
//! queues and open POs (the property tests check that the engine always stores exactly the
//! full recomputation), so one walk per SKU after the last order gives every line the promise
//! the order-by-order path would have left it with. Two things are deliberately *not*
//! reproduced, because nobody could ever see them (the import commits as one transaction): a
//! new line's intermediate promises, so its first promise is the one the import commits with,
//! and "your date moved" notices for promises moved and moved back inside the import; an older
//! waiting line pushed back by imported orders gets one notice with its net move.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::db::conn::Conn;
use chrono::NaiveDate;

use super::model::{Incentive, NewOrder};
use super::{rules, store};
use crate::backorders::engine::Engine;
use crate::carriers::model::Carrier;
use crate::catalog::store::ProductRow;
use crate::notices::model::{NoticeKind, NoticeLine};
use crate::{Clock, Error, Result};

/// A waiting line that is due a "backordered" notice once its promise is known.
struct Due {
    order_id: i64,
    line_id: i64,
    sku: String,
    qty: i64,
}

/// An order that passed [`BulkPlacer::check`]: everything its rows need, worked out.
pub struct Checked {
    number: String,
    customer_id: i64,
    placed_at: String,
    priority: i64,
    carrier: Option<Carrier>,
    incentive: Incentive,
    note: String,
    lines: Vec<CheckedLine>,
    /// The availabilities of the order's SKUs once it is placed.
    available: HashMap<String, i64>,
}

struct CheckedLine {
    product: ProductRow,
    unit_price: i64,
    qty: i64,
    allocated: i64,
    backordered: i64,
}

/// One transaction's worth of orders; [`BulkPlacer::finish_in_tx`] must run before it commits.
pub struct BulkPlacer {
    engine: Engine,
    clock: Clock,
    default_incentive: Incentive,
    /// Customers known to exist (an import places many orders for one customer).
    customers: HashSet<i64>,
    /// Products as the file names them (the catalogue does not change while orders are placed).
    products: HashMap<String, ProductRow>,
    /// Units free to allocate per SKU, as rule 1 leaves them after the orders placed so far.
    available: HashMap<String, i64>,
    /// Products that got new waiting lines: their queues are walked at the end.
    waiting: BTreeSet<i64>,
    due: Vec<Due>,
}

impl BulkPlacer {
    pub fn new<'cx>(conn: impl Into<Conn<'cx>>, clock: Clock) -> Result<BulkPlacer> {
        let conn = conn.into();
        Ok(BulkPlacer {
            engine: Engine::load(conn, clock)?,
            clock,
            default_incentive: crate::settings::store::load(conn)?.default_incentive,
            customers: HashSet::new(),
            products: HashMap::new(),
            available: HashMap::new(),
            waiting: BTreeSet::new(),
            due: Vec::new(),
        })
    }

    fn product<'cx>(&mut self, conn: impl Into<Conn<'cx>>, sku: &str) -> Result<ProductRow> {
        let conn = conn.into();
        if let Some(p) = self.products.get(sku) {
            return Ok(p.clone());
        }
        let p = crate::catalog::store::require(conn, sku)?;
        if !self.available.contains_key(&p.sku) {
            let free = crate::catalog::store::available(conn, &p)?;
            self.available.insert(p.sku.clone(), free);
        }
        self.products.insert(sku.to_string(), p.clone());
        Ok(p)
    }

    /// Places one order (rule 1; a `refuse` product short refuses it whole): [`Self::check`]
    /// then [`Self::write_in_tx`].
    pub fn place_in_tx<'cx>(&mut self, conn: impl Into<Conn<'cx>>, o: &NewOrder) -> Result<i64> {
        let conn = conn.into();
        let checked = self.check(conn, o)?;
        self.write_in_tx(conn, checked)
    }

    /// Every check of placing `o`, with rule 1 worked out on this placer's availabilities, and
    /// no write. A refused order is refused here; what it returns can be written by
    /// [`Self::write_in_tx`] without anything left to refuse but the database itself, so a
    /// caller may write it without a savepoint around it (the import does: at 100,000 orders,
    /// the savepoints' journal of every page an order touches was 44% of its time).
    pub fn check<'cx>(&mut self, conn: impl Into<Conn<'cx>>, o: &NewOrder) -> Result<Checked> {
        let conn = conn.into();
        if !self.customers.contains(&o.customer_id) {
            crate::customers::store::require(conn, o.customer_id)?;
            self.customers.insert(o.customer_id);
        }
        if o.lines.is_empty() {
            return Err(Error::invalid(crate::msg!("order-needs-a-line")));
        }
        let carrier = match &o.carrier {
            Some(name) => Some(crate::carriers::store::require_by_name(conn, name)?),
            None => None,
        };
        let incentive = o
            .incentive
            .clone()
            .unwrap_or_else(|| self.default_incentive.clone());
        let mut products = Vec::with_capacity(o.lines.len());
        for l in &o.lines {
            super::check_line(l)?;
            products.push(self.product(conn, &l.sku)?);
        }
        // Rule 1 on a copy of this order's availabilities: kept only if the order is written.
        let mut available: HashMap<String, i64> = products
            .iter()
            .map(|p| (p.sku.clone(), self.available[&p.sku]))
            .collect();
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
        let lines = o
            .lines
            .iter()
            .zip(products)
            .zip(plan)
            .map(|((l, p), (allocated, backordered))| CheckedLine {
                unit_price: l.unit_price.unwrap_or(p.price),
                qty: l.qty,
                allocated,
                backordered,
                product: p,
            })
            .collect();
        Ok(Checked {
            number,
            customer_id: o.customer_id,
            placed_at: crate::json::time_text(o.placed_at.unwrap_or_else(|| self.clock.now())),
            priority: o.priority,
            carrier,
            incentive,
            note: o.note.trim().to_string(),
            lines,
            available,
        })
    }

    /// Writes an order [`Self::check`] passed, then takes it into account. Fails only when the
    /// database does (the order number taken is found before the first row is written).
    pub fn write_in_tx<'cx>(&mut self, conn: impl Into<Conn<'cx>>, c: Checked) -> Result<i64> {
        let conn = conn.into();
        let order_id = store::insert_order_in_tx(
            conn,
            &store::OrderInsert {
                number: &c.number,
                customer_id: c.customer_id,
                placed_at: &c.placed_at,
                priority: c.priority,
                carrier_id: c.carrier.as_ref().map(|k| k.id),
                incentive: &c.incentive,
                note: &c.note,
            },
        )?;
        // A line with nothing waiting has its promise now (rule 7: ready + handling +
        // transit); a waiting line gets its promise from the walk at the end.
        let transit = c
            .carrier
            .as_ref()
            .map_or(self.engine.default_transit, |k| k.transit_days);
        let ready = crate::backorders::rules::ready_promise(
            self.engine.today,
            self.engine.handling_days,
            transit,
        );
        let mut placed = Vec::with_capacity(c.lines.len());
        for (i, l) in c.lines.iter().enumerate() {
            let incentive_units = if c.incentive.is_none() {
                0
            } else {
                l.backordered
            };
            let eta: Option<NaiveDate> = (l.backordered == 0).then_some(ready);
            let id = store::insert_line_in_tx(
                conn,
                &store::LineInsert {
                    order_id,
                    line_no: i as i64 + 1,
                    product_id: l.product.id,
                    unit_price: l.unit_price,
                    ordered: l.qty,
                    allocated: l.allocated,
                    backordered: l.backordered,
                    incentive_units,
                    priority: c.priority,
                    placed_at: &c.placed_at,
                    eta,
                },
            )?;
            placed.push(id);
        }

        // Written: now this placer takes the order into account.
        self.available.extend(c.available);
        for (l, id) in c.lines.into_iter().zip(placed) {
            self.engine.mark_fresh(id);
            if l.backordered > 0 {
                self.waiting.insert(l.product.id);
                if crate::notices::rules::tells_customer(l.product.backorders) {
                    self.due.push(Due {
                        order_id,
                        line_id: id,
                        sku: l.product.sku,
                        qty: l.backordered,
                    });
                }
            }
        }
        Ok(order_id)
    }

    /// Walks the queue of every SKU that got waiting lines (promises, moves of older lines),
    /// then writes the notices: one "backordered" per new order with waiting lines, with the
    /// promises the walk gave.
    pub fn finish_in_tx<'cx>(mut self, conn: impl Into<Conn<'cx>>) -> Result<()> {
        let conn = conn.into();
        for pid in &self.waiting {
            let p = crate::catalog::store::by_id(conn, *pid)?;
            self.engine.refresh_in_tx(conn, &p, &[])?;
        }
        for d in self.due {
            let eta = store::line_eta(conn, d.line_id)?;
            self.engine.notice(
                d.order_id,
                NoticeKind::Backordered,
                NoticeLine {
                    sku: d.sku,
                    qty: d.qty,
                    old_eta: None,
                    eta,
                },
            );
        }
        self.engine.finish_in_tx(conn)?;
        Ok(())
    }
}
