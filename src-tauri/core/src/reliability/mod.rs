//! Promises that hold (issue 20): each supplier's reliability, learned from the shop's own
//! receipts, and the buffer it adds to every promise that waits for that supplier.
//!
//! The promise rule (rule 7, `backorders::rules`) is unchanged in form: a waiting line is
//! promised when the supply covers it, + handling + transit, else today + lead time + handling +
//! transit. What changes is its inputs, computed here in one place ([`promise_inputs`]): each
//! open PO line becomes *segments* of units with the day they are expected to be in — the PO's
//! expected date + the learned buffer for that share of the PO — and the lead time gains the
//! buffer of a whole delivery. With no history the buffer is 0 and the inputs are exactly the
//! PO dates and the lead time, as before.
//!
//! [`PromiseWhy`] says why a date is what it is, as parts the screens phrase themselves.

pub mod rules;
pub mod store;

use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;

use crate::catalog::store::ProductRow;
use crate::{Result, Stockroom};
use rules::{Delivery, SHARES};

/// The supplier histories and buffers of one use case (one write transaction, or one read),
/// each supplier's history read once, when first needed.
#[derive(Debug)]
pub struct Learned {
    today: NaiveDate,
    kept_pct: i64,
    /// The first day of the history window; None when learning is off (0 days).
    since: Option<NaiveDate>,
    history: HashMap<i64, Vec<Delivery>>,
    buffers: HashMap<(i64, i64, i64), i64>,
}

impl Learned {
    pub fn load(conn: &Connection, today: NaiveDate) -> Result<Learned> {
        let (kept_pct, days) = store::settings(conn)?;
        Ok(Learned {
            today,
            kept_pct,
            since: (days > 0).then(|| {
                today
                    .checked_sub_days(Days::new(days as u64))
                    .unwrap_or(today)
            }),
            history: HashMap::new(),
            buffers: HashMap::new(),
        })
    }

    fn history(&mut self, conn: &Connection, supplier_id: i64) -> Result<&[Delivery]> {
        if !self.history.contains_key(&supplier_id) {
            let v = match self.since {
                Some(since) => store::deliveries(conn, supplier_id, since, self.today)?,
                None => Vec::new(),
            };
            self.history.insert(supplier_id, v);
        }
        Ok(&self.history[&supplier_id])
    }

    /// The buffer in days for units at `share` tenths of a PO of the supplier that is
    /// `already_late` days overdue (0 when not): see [`rules::buffer_days`]. With no history,
    /// the supplier default: no buffer beyond what the PO is already late by.
    pub fn buffer(
        &mut self,
        conn: &Connection,
        supplier_id: i64,
        share: i64,
        already_late: i64,
    ) -> Result<i64> {
        let key = (supplier_id, share, already_late.max(0));
        if let Some(b) = self.buffers.get(&key) {
            return Ok(*b);
        }
        let kept = self.kept_pct;
        let b = rules::buffer_days(self.history(conn, supplier_id)?, share, kept, key.2)
            .unwrap_or(key.2);
        self.buffers.insert(key, b);
        Ok(b)
    }

    /// (average days late of whole deliveries, deliveries seen) of the supplier's history.
    pub fn record(&mut self, conn: &Connection, supplier_id: i64) -> Result<(Option<f64>, i64)> {
        let h = self.history(conn, supplier_id)?;
        let whole = h.iter().filter(|d| d.late_at(SHARES).is_some()).count() as i64;
        Ok((rules::average_days_late(h), whole))
    }
}

/// Units of an open PO line expected in on one day: the PO's expected date + the buffer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub units: i64,
    pub ready_on: NaiveDate,
    pub po: String,
    pub supplier_id: i64,
    pub supplier: String,
    pub expected_on: NaiveDate,
    pub buffer_days: i64,
}

/// What rule 7 walks for one SKU, the learned buffers applied.
#[derive(Debug, Clone)]
pub struct PromiseInputs {
    /// The supply in the order it is expected in.
    pub segments: Vec<Segment>,
    /// The product's lead time (None: no date without a PO).
    pub lead_time_days: Option<i64>,
    /// The buffer of each share (index 0 = the first tenth) of the next PO of its supplier.
    lead_buffers: [i64; SHARES as usize],
    /// The units the next PO will likely bring beyond what is waiting: the reorder point +
    /// safety stock, at least the reorder quantity (as the reorder suggestions draft it).
    next_po_base: (i64, i64),
}

impl PromiseInputs {
    /// The lead time for units that no PO covers, the learned buffer included, when `need`
    /// waiting units (those ahead + the line's own) must come: they will be the first units of
    /// the next PO, so its buffer is the one of their share of that PO, not of its last units.
    pub fn lead_time_for(&self, need: i64) -> Option<i64> {
        Some(self.lead_time_days? + self.lead_buffer_for(need))
    }

    /// The buffer [`PromiseInputs::lead_time_for`] adds.
    pub fn lead_buffer_for(&self, need: i64) -> i64 {
        let supplied: i64 = self.segments.iter().map(|s| s.units).sum();
        let beyond = (need - supplied).max(1);
        let (target, reorder_qty) = self.next_po_base;
        let next_po = (target + beyond).max(reorder_qty).max(beyond);
        self.lead_buffers[(rules::share_of(beyond, next_po) - 1) as usize]
    }

    /// The supply as `backorders::rules::cover_dates` takes it: (units, day in).
    pub fn supply(&self) -> Vec<(i64, NaiveDate)> {
        self.segments
            .iter()
            .map(|s| (s.units, s.ready_on))
            .collect()
    }

    /// The segment that covers `ahead` waiting units before a line plus its own `units` (the
    /// walk of `cover_dates` for one line), None when the supply does not.
    pub fn cover(&self, ahead: i64, units: i64) -> Option<&Segment> {
        let need = ahead + units;
        let mut covered = 0;
        self.segments.iter().find(|s| {
            covered += s.units;
            covered >= need
        })
    }
}

fn plus_days(d: NaiveDate, n: i64) -> NaiveDate {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64)).unwrap_or(d)
    } else {
        d.checked_sub_days(Days::new((-n) as u64)).unwrap_or(d)
    }
}

/// The one place the learned buffer enters a promise: the inputs of rule 7 for product `p`.
pub fn promise_inputs(
    conn: &Connection,
    learned: &mut Learned,
    p: &ProductRow,
) -> Result<PromiseInputs> {
    let today = learned.today;
    let mut segments: Vec<Segment> = Vec::new();
    for l in store::open_lines(conn, p.id)? {
        let already_late = (today - l.expected_on).num_days().max(0);
        let first = rules::share_of(l.received + 1, l.ordered);
        // A later share of a PO never comes before an earlier one.
        let mut floor = i64::MIN;
        let start = segments.len();
        for share in first..=SHARES {
            let lo = ((share - 1) * l.ordered / SHARES + 1).max(l.received + 1);
            let hi = share * l.ordered / SHARES;
            if lo > hi {
                continue;
            }
            let b = learned
                .buffer(conn, l.supplier_id, share, already_late)?
                .max(floor);
            floor = b;
            let ready_on = plus_days(l.expected_on, b);
            let same_line = segments.len() > start;
            match segments.last_mut() {
                Some(last) if same_line && last.ready_on == ready_on => last.units += hi - lo + 1,
                _ => segments.push(Segment {
                    units: hi - lo + 1,
                    ready_on,
                    po: l.po.clone(),
                    supplier_id: l.supplier_id,
                    supplier: l.supplier.clone(),
                    expected_on: l.expected_on,
                    buffer_days: b,
                }),
            }
        }
    }
    // Expected in by the day they are expected (stable: equal days keep the PO order).
    segments.sort_by_key(|s| s.ready_on);
    let mut lead_buffers = [0; SHARES as usize];
    if let (Some(_), Some((sid, _))) = (p.lead_time_days, store::product_supplier(conn, p.id)?) {
        let mut floor = 0;
        for (i, b) in lead_buffers.iter_mut().enumerate() {
            floor = learned.buffer(conn, sid, i as i64 + 1, 0)?.max(floor);
            *b = floor;
        }
    }
    Ok(PromiseInputs {
        segments,
        lead_time_days: p.lead_time_days,
        lead_buffers,
        next_po_base: (p.reorder_point + p.safety_stock, p.reorder_qty),
    })
}

/// Why a promise is what it is, in parts for the screens to phrase: "PO-0012 due 9 Dec, this
/// supplier is 3 days late on average (+3 days), + 1 day packing + 2 days DHL".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PromiseWhy {
    pub sku: String,
    /// The promise explained (the line's stored promise; for a product, a new order's).
    pub promise: Option<NaiveDate>,
    /// `in_stock` (units held for it ship after handling), `purchase_order` (waits for `po`),
    /// `lead_time` (no PO covers it: today + the supplier's lead time), `unknown` (no date).
    pub source: &'static str,
    pub po: Option<String>,
    pub supplier: Option<String>,
    /// The PO's expected date; today for `in_stock` and `lead_time`.
    pub base_date: Option<NaiveDate>,
    /// `lead_time` only: the product's lead time.
    pub lead_time_days: Option<i64>,
    /// Days added for the supplier's record (the learned buffer, or how overdue the PO is).
    pub buffer_days: i64,
    /// The supplier's record: average days late of its whole deliveries, and how many.
    pub supplier_average_days_late: Option<f64>,
    pub supplier_deliveries: i64,
    /// H: days to pick and pack.
    pub handling_days: i64,
    /// T: the carrier's transit days.
    pub transit_days: i64,
    pub carrier: Option<String>,
}

impl PromiseWhy {
    /// One English sentence (the CLI's text output; the screens phrase the parts themselves).
    pub fn sentence(&self) -> String {
        let mut s = match self.source {
            "in_stock" => "in stock".to_string(),
            "purchase_order" => format!(
                "{} due {}",
                self.po.as_deref().unwrap_or("a PO"),
                self.base_date.map(|d| d.to_string()).unwrap_or_default()
            ),
            "lead_time" => format!(
                "no PO yet: {} day(s) lead time from {}",
                self.lead_time_days.unwrap_or(0),
                self.base_date.map(|d| d.to_string()).unwrap_or_default()
            ),
            _ => return "no date: no purchase order and no lead time".into(),
        };
        if let Some(avg) = self.supplier_average_days_late {
            s.push_str(&format!(
                ", {} is {:.1} day(s) late on average over {} deliveries",
                self.supplier.as_deref().unwrap_or("the supplier"),
                avg,
                self.supplier_deliveries
            ));
        }
        if self.buffer_days > 0 {
            s.push_str(&format!(" (+{} day(s))", self.buffer_days));
        }
        s.push_str(&format!(" + {} day(s) packing", self.handling_days));
        s.push_str(&format!(
            " + {} day(s) {}",
            self.transit_days,
            self.carrier.as_deref().unwrap_or("transit")
        ));
        s
    }
}

/// The carrier of an order (its own, else the default), as a name.
fn carrier_name(conn: &Connection, order_id: Option<i64>) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    let mut st = conn.prepare_cached(
        "SELECT coalesce((SELECT c.name FROM orders o JOIN carriers c ON c.id = o.carrier_id
                          WHERE o.id = ?1),
                         (SELECT name FROM carriers WHERE is_default = 1))",
    )?;
    Ok(st
        .query_row([order_id], |r| r.get::<_, Option<String>>(0))
        .optional()?
        .flatten())
}

/// Explains the promise of `units` waiting after `ahead` units of product `p`.
#[allow(clippy::too_many_arguments)]
fn why_waiting(
    conn: &Connection,
    learned: &mut Learned,
    p: &ProductRow,
    ahead: i64,
    units: i64,
    handling: i64,
    transit: i64,
    carrier: Option<String>,
) -> Result<PromiseWhy> {
    let today = learned.today;
    let inputs = promise_inputs(conn, learned, p)?;
    let supplier = store::product_supplier(conn, p.id)?;
    let mut why = PromiseWhy {
        sku: p.sku.clone(),
        promise: None,
        source: "unknown",
        po: None,
        supplier: supplier.as_ref().map(|s| s.1.clone()),
        base_date: None,
        lead_time_days: None,
        buffer_days: 0,
        supplier_average_days_late: None,
        supplier_deliveries: 0,
        handling_days: handling,
        transit_days: transit,
        carrier,
    };
    let supplier_id = if let Some(seg) = inputs.cover(ahead, units) {
        why.source = "purchase_order";
        why.po = Some(seg.po.clone());
        why.supplier = Some(seg.supplier.clone());
        why.base_date = Some(seg.expected_on);
        why.buffer_days = seg.buffer_days;
        why.promise = Some(plus_days(seg.ready_on.max(today), handling + transit));
        Some(seg.supplier_id)
    } else if let Some(lead) = p.lead_time_days {
        why.source = "lead_time";
        why.base_date = Some(today);
        let buffer = inputs.lead_buffer_for(ahead + units);
        why.lead_time_days = Some(lead);
        why.buffer_days = buffer;
        why.promise = Some(plus_days(today, lead + buffer + handling + transit));
        supplier.map(|s| s.0)
    } else {
        None
    };
    if let Some(sid) = supplier_id {
        (why.supplier_average_days_late, why.supplier_deliveries) = learned.record(conn, sid)?;
    }
    Ok(why)
}

impl Stockroom {
    /// Why each line of an order still to ship is promised when it is (issue 20): the lines
    /// with something allocated or waiting, in line order.
    pub fn promise_why(&self, order: &str) -> Result<Vec<PromiseWhy>> {
        let conn = self.conn();
        let o = crate::orders::store::require(conn, order)?;
        let (handling, default_transit) = crate::backorders::store::shop_days(conn)?;
        let mut learned = Learned::load(conn, self.clock().today())?;
        let carrier = carrier_name(conn, Some(o.id))?;
        let mut out = Vec::new();
        for l in crate::orders::store::lines(conn, o.id)? {
            if l.units.allocated + l.units.backordered == 0 {
                continue;
            }
            let line = crate::backorders::store::promise_line_by_id(conn, l.id, default_transit)?;
            let p = crate::catalog::store::by_id(conn, l.product_id)?;
            let mut why = if line.backordered > 0 {
                let queue =
                    crate::backorders::store::queue_for_promises(conn, p.id, default_transit)?;
                let ahead: i64 = queue
                    .iter()
                    .take_while(|q| q.id != line.id)
                    .map(|q| q.backordered)
                    .sum();
                why_waiting(
                    conn,
                    &mut learned,
                    &p,
                    ahead,
                    line.backordered,
                    handling,
                    line.transit,
                    carrier.clone(),
                )?
            } else {
                PromiseWhy {
                    sku: p.sku.clone(),
                    promise: None,
                    source: "in_stock",
                    po: None,
                    supplier: p.supplier.clone(),
                    base_date: line.eta.map(|d| plus_days(d, -(handling + line.transit))),
                    lead_time_days: None,
                    buffer_days: 0,
                    supplier_average_days_late: None,
                    supplier_deliveries: 0,
                    handling_days: handling,
                    transit_days: line.transit,
                    carrier: carrier.clone(),
                }
            };
            // The stored promise is the one explained (they agree: tests/promises_learned.rs).
            why.promise = line.eta;
            out.push(why);
        }
        Ok(out)
    }

    /// Why a new order for one unit of the product would be promised when it would (the
    /// product page), with the default carrier.
    pub fn product_promise_why(&self, sku: &str) -> Result<PromiseWhy> {
        let conn = self.conn();
        let p = crate::catalog::store::require(conn, sku)?;
        let (handling, transit) = crate::backorders::store::shop_days(conn)?;
        let carrier = carrier_name(conn, None)?;
        let allocated = crate::catalog::store::allocated(conn, p.id)?;
        let today = self.clock().today();
        if p.on_hand > allocated {
            return Ok(PromiseWhy {
                sku: p.sku.clone(),
                promise: Some(plus_days(today, handling + transit)),
                source: "in_stock",
                po: None,
                supplier: p.supplier.clone(),
                base_date: Some(today),
                lead_time_days: None,
                buffer_days: 0,
                supplier_average_days_late: None,
                supplier_deliveries: 0,
                handling_days: handling,
                transit_days: transit,
                carrier,
            });
        }
        let waiting = crate::backorders::store::waiting_units(conn, p.id)?;
        let mut learned = Learned::load(conn, today)?;
        let mut why = why_waiting(
            conn,
            &mut learned,
            &p,
            waiting,
            1,
            handling,
            transit,
            carrier,
        )?;
        if p.backorders == crate::catalog::model::BackorderPolicy::Refuse {
            // Not sold on backorder: no promise is given (as the product's ETA says).
            why.source = "unknown";
            why.promise = None;
        }
        Ok(why)
    }
}
