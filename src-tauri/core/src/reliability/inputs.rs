//! What a waiting line's promise is made from (issue 20): the open PO lines as segments with
//! the day their units are likely in (the PO's date + the learned buffer for that share of the
//! PO), and the lead time with the buffer of a whole delivery. Read by the engine, the
//! product's new-order promise and the explanation alike.

use std::collections::HashMap;

use crate::db::conn::Conn;
use chrono::{Days, NaiveDate};

use super::rules::{self, Delivery, SHARES};
use super::store;
use crate::catalog::model::ProductRow;
use crate::Result;

/// The supplier histories and buffers of one use case (one write transaction, or one read),
/// each supplier's history read once, when first needed.
#[derive(Debug)]
pub struct Learned {
    pub(crate) today: NaiveDate,
    kept_pct: i64,
    /// The first day of the history window; None when learning is off (0 days).
    since: Option<NaiveDate>,
    history: HashMap<i64, Vec<Delivery>>,
    buffers: HashMap<(i64, i64, i64), i64>,
}

impl Learned {
    pub fn load<'a>(conn: impl Into<Conn<'a>>, today: NaiveDate) -> Result<Learned> {
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

    fn history(&mut self, conn: Conn<'_>, supplier_id: i64) -> Result<&[Delivery]> {
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
    pub fn buffer<'a>(
        &mut self,
        conn: impl Into<Conn<'a>>,
        supplier_id: i64,
        share: i64,
        already_late: i64,
    ) -> Result<i64> {
        let key = (supplier_id, share, already_late.max(0));
        if let Some(b) = self.buffers.get(&key) {
            return Ok(*b);
        }
        let kept = self.kept_pct;
        let b = rules::buffer_days(self.history(conn.into(), supplier_id)?, share, kept, key.2)
            .unwrap_or(key.2);
        self.buffers.insert(key, b);
        Ok(b)
    }

    /// (average days late of whole deliveries, deliveries seen) of the supplier's history.
    pub fn record<'a>(
        &mut self,
        conn: impl Into<Conn<'a>>,
        supplier_id: i64,
    ) -> Result<(Option<f64>, i64)> {
        let h = self.history(conn.into(), supplier_id)?;
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

pub(crate) fn plus_days(d: NaiveDate, n: i64) -> NaiveDate {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64)).unwrap_or(d)
    } else {
        d.checked_sub_days(Days::new((-n) as u64)).unwrap_or(d)
    }
}

/// The one place the learned buffer enters a promise: the inputs of rule 7 for product `p`.
pub fn promise_inputs<'a>(
    conn: impl Into<Conn<'a>>,
    learned: &mut Learned,
    p: &ProductRow,
) -> Result<PromiseInputs> {
    let conn = conn.into();
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
