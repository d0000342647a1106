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

pub mod inputs;
pub mod rules;
pub mod store;

use inputs::plus_days;
pub use inputs::{promise_inputs, Learned, PromiseInputs, Segment};

use chrono::NaiveDate;
use serde::Serialize;

use crate::catalog::model::ProductRow;
use crate::db::Conn;
use crate::Result;

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
    /// A reason not worked out yet (`unknown`): the shop's handling days, the transit days and
    /// carrier of the order, nothing else.
    fn new(
        sku: &str,
        supplier: Option<String>,
        handling_days: i64,
        transit_days: i64,
        carrier: Option<String>,
    ) -> PromiseWhy {
        PromiseWhy {
            sku: sku.to_string(),
            promise: None,
            source: "unknown",
            po: None,
            supplier,
            base_date: None,
            lead_time_days: None,
            buffer_days: 0,
            supplier_average_days_late: None,
            supplier_deliveries: 0,
            handling_days,
            transit_days,
            carrier,
        }
    }

    /// Units on the shelf for it: they ship after handling and transit, counted from `since`.
    fn in_stock(mut self, since: Option<NaiveDate>) -> PromiseWhy {
        self.source = "in_stock";
        self.base_date = since;
        self
    }

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
            let supplier = self.supplier.as_deref().unwrap_or("the supplier");
            let n = self.supplier_deliveries;
            // As the window says it: a record that rounds to no lateness is "on time".
            if avg < 0.05 {
                s.push_str(&format!(", {supplier} was on time over {n} deliveries"));
            } else {
                s.push_str(&format!(
                    ", {supplier} is {avg:.1} day(s) late on average over {n} deliveries"
                ));
            }
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

/// Explains the promise of `units` waiting after `ahead` units of product `p`.
#[allow(clippy::too_many_arguments)]
fn why_waiting(
    conn: Conn<'_>,
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
    let supplier_name = supplier.as_ref().map(|s| s.1.clone());
    let mut why = PromiseWhy::new(&p.sku, supplier_name, handling, transit, carrier);
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

/// Why each line of an order still to ship is promised when it is (issue 20): the lines
/// with something allocated or waiting, in line order.
pub fn promise_why<'cx>(
    conn: impl Into<Conn<'cx>>,
    order: &str,
    today: NaiveDate,
) -> Result<Vec<PromiseWhy>> {
    let conn = conn.into();
    let o = crate::orders::store::require(conn, order)?;
    let (handling, default_transit) = crate::backorders::store::shop_days(conn)?;
    let mut learned = Learned::load(conn, today)?;
    let carrier = store::carrier_name(conn, Some(o.id))?;
    let mut out = Vec::new();
    for l in crate::orders::store::lines(conn, o.id)? {
        if l.units.allocated + l.units.backordered == 0 {
            continue;
        }
        let line = crate::backorders::store::promise_line_by_id(conn, l.id, default_transit)?;
        let p = crate::catalog::store::by_id(conn, l.product_id)?;
        let mut why = if line.backordered > 0 {
            let queue = crate::backorders::store::queue_for_promises(conn, p.id, default_transit)?;
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
            let held_since = line.eta.map(|d| plus_days(d, -(handling + line.transit)));
            PromiseWhy::new(
                &p.sku,
                p.supplier.clone(),
                handling,
                line.transit,
                carrier.clone(),
            )
            .in_stock(held_since)
        };
        // The stored promise is the one explained (they agree: tests/promises_learned.rs).
        why.promise = line.eta;
        out.push(why);
    }
    Ok(out)
}

/// Why a new order for one unit of the product would be promised when it would (the
/// product page), with the default carrier.
pub fn product_promise_why<'a>(
    conn: impl Into<Conn<'a>>,
    sku: &str,
    today: NaiveDate,
) -> Result<PromiseWhy> {
    let conn = conn.into();
    let p = crate::catalog::store::require(conn, sku)?;
    let (handling, transit) = crate::backorders::store::shop_days(conn)?;
    let carrier = store::carrier_name(conn, None)?;
    let allocated = crate::catalog::store::allocated(conn, p.id)?;
    if crate::catalog::rules::available(p.on_hand, allocated) > 0 {
        let mut why = PromiseWhy::new(&p.sku, p.supplier.clone(), handling, transit, carrier)
            .in_stock(Some(today));
        why.promise = Some(plus_days(today, handling + transit));
        return Ok(why);
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
