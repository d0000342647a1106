//! The queue and promise rules, pure (rules 2, 3, 4 and 7). The store feeds them rows read in
//! queue order; the tables below pin each rule down.

use std::cmp::Ordering;

use chrono::{Days, NaiveDate};

/// Where a line stands in its SKU's queue: higher priority first, then order time, then id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueKey {
    pub priority: i64,
    pub placed_at: String,
    pub line_id: i64,
}

/// Rule 2 as a comparison (`Less` = served first). In SQL the same order is
/// [`super::store::QUEUE_ORDER`] (every query that walks a queue uses it), served by the
/// partial index `order_lines_queue`.
pub fn queue_cmp(a: &QueueKey, b: &QueueKey) -> Ordering {
    b.priority
        .cmp(&a.priority)
        .then_with(|| a.placed_at.cmp(&b.placed_at))
        .then_with(|| a.line_id.cmp(&b.line_id))
}

/// Rule 3: `free` units go down the queue; each line in turn gets min(its backordered, free).
/// `waiting[i]` is the backordered units of the i-th line in queue order.
pub fn fill_down_queue(free: i64, waiting: &[i64]) -> Vec<i64> {
    let mut left = free.max(0);
    waiting
        .iter()
        .map(|w| {
            let take = left.min(*w);
            left -= take;
            take
        })
        .collect()
}

/// Rule 4: `need` allocated units are taken back, from the lines last in queue order.
/// `allocated_last_first[i]` is the allocation of the i-th line counted from the back.
pub fn take_back(need: i64, allocated_last_first: &[i64]) -> Vec<i64> {
    fill_down_queue(need, allocated_last_first)
}

/// Rule 7's walk. For each waiting line (in queue order) the date D at which the open PO
/// lines, taken by expected date then PO number, cover the units ahead of it plus its own;
/// `None` when they do not. `ahead` counts units waiting before the first line given.
/// One pass over both lists: O(lines + PO lines).
pub fn cover_dates(
    ahead: i64,
    waiting: &[i64],
    supply: &[(i64, NaiveDate)],
) -> Vec<Option<NaiveDate>> {
    let mut demand = ahead;
    let mut covered = 0i64;
    let mut next = 0usize;
    let mut last_date: Option<NaiveDate> = None;
    waiting
        .iter()
        .map(|w| {
            demand += w;
            while covered < demand && next < supply.len() {
                covered += supply[next].0;
                last_date = Some(supply[next].1);
                next += 1;
            }
            if covered >= demand {
                last_date
            } else {
                None
            }
        })
        .collect()
}

fn add_days(d: NaiveDate, n: i64) -> NaiveDate {
    d.checked_add_days(Days::new(n.max(0) as u64)).unwrap_or(d)
}

/// Units that are allocated now ship after handling and reach the customer after transit.
pub fn ready_promise(today: NaiveDate, handling: i64, transit: i64) -> NaiveDate {
    add_days(today, handling + transit)
}

/// Rule 7 for waiting units: max(D, today) + H + T when the POs cover them; otherwise
/// today + lead time + H + T; unknown (None) with no lead time.
pub fn waiting_promise(
    cover: Option<NaiveDate>,
    today: NaiveDate,
    lead_time_days: Option<i64>,
    handling: i64,
    transit: i64,
) -> Option<NaiveDate> {
    match cover {
        Some(d) => Some(add_days(d.max(today), handling + transit)),
        None => lead_time_days.map(|l| add_days(today, l + handling + transit)),
    }
}

/// What a new order for one unit of a product meets: its figures now.
#[derive(Debug, Clone, Copy)]
pub struct NewOrderAsk {
    pub available: i64,
    /// Units already waiting in its queue (ahead of the new order).
    pub backordered: i64,
    pub policy: crate::catalog::model::BackorderPolicy,
}

/// What a waiting unit's promise is made from: the open supply as (outstanding, expected
/// date) in walk order, and the lead time beyond it (both as learned from the supplier's
/// record, issue 20: `reliability::promise_inputs`).
pub struct WaitingSupply {
    pub supply: Vec<(i64, NaiveDate)>,
    pub lead_time_days: Option<i64>,
}

/// Rule 7 from the product's point of view: the promise a new order for one unit would get.
/// Ready stock ships after handling and transit; a `refuse` product short promises nothing;
/// otherwise the unit waits behind the queue for the open supply or the lead time (`waiting`,
/// asked for only then: `units` is how far into the queue the unit is).
pub fn new_order_promise(
    ask: &NewOrderAsk,
    today: NaiveDate,
    handling: i64,
    transit: i64,
    waiting: impl FnOnce(i64) -> crate::Result<WaitingSupply>,
) -> crate::Result<Option<NaiveDate>> {
    if ask.available > 0 {
        return Ok(Some(ready_promise(today, handling, transit)));
    }
    if ask.policy == crate::catalog::model::BackorderPolicy::Refuse {
        return Ok(None);
    }
    let w = waiting(ask.backordered + 1)?;
    let cover = cover_dates(ask.backordered, &[1], &w.supply)[0];
    Ok(waiting_promise(
        cover,
        today,
        w.lead_time_days,
        handling,
        transit,
    ))
}

/// A line's promise is when its last waiting unit can ship; with nothing waiting, when its
/// allocated units can; with nothing left to ship, none.
pub fn line_promise(
    allocated: i64,
    backordered: i64,
    waiting: Option<NaiveDate>,
    today: NaiveDate,
    handling: i64,
    transit: i64,
) -> Option<NaiveDate> {
    if backordered > 0 {
        waiting
    } else if allocated > 0 {
        Some(ready_promise(today, handling, transit))
    } else {
        None
    }
}

#[cfg(test)]
#[allow(clippy::type_complexity)] // the tables of cases
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn key(priority: i64, placed_at: &str, line_id: i64) -> QueueKey {
        QueueKey {
            priority,
            placed_at: placed_at.into(),
            line_id,
        }
    }

    #[test]
    fn the_queue_serves_priority_then_order_time_then_line_id() {
        let mut lines = [
            key(0, "2026-01-02 10:00:00", 1),
            key(5, "2026-01-03 10:00:00", 2),
            key(0, "2026-01-01 10:00:00", 3),
            key(0, "2026-01-01 10:00:00", 4),
            key(-1, "2025-12-01 10:00:00", 5),
        ];
        lines.sort_by(queue_cmp);
        let ids: Vec<i64> = lines.iter().map(|k| k.line_id).collect();
        assert_eq!(ids, vec![2, 3, 4, 1, 5]);
    }

    #[test]
    fn a_priority_change_moves_a_line_ahead_of_older_orders() {
        let old = key(0, "2026-01-01 10:00:00", 1);
        let mut newer = key(0, "2026-01-05 10:00:00", 2);
        assert_eq!(queue_cmp(&old, &newer), Ordering::Less);
        newer.priority = 1;
        assert_eq!(queue_cmp(&old, &newer), Ordering::Greater);
    }

    #[test]
    fn free_stock_fills_the_queue_in_order_and_may_fill_a_line_partially() {
        let table: &[(i64, &[i64], &[i64])] = &[
            (0, &[3, 2], &[0, 0]),
            (2, &[3, 2], &[2, 0]),
            (3, &[3, 2], &[3, 0]),
            (4, &[3, 2], &[3, 1]),
            (9, &[3, 2], &[3, 2]),
            (5, &[], &[]),
        ];
        for (free, waiting, want) in table {
            assert_eq!(
                fill_down_queue(*free, waiting),
                want.to_vec(),
                "free {free} over {waiting:?}"
            );
        }
    }

    #[test]
    fn negative_adjustments_take_back_from_the_last_in_queue_first() {
        // Allocations listed from the back of the queue: the newest line loses first.
        assert_eq!(take_back(1, &[2, 5]), vec![1, 0]);
        assert_eq!(take_back(4, &[2, 5]), vec![2, 2]);
        assert_eq!(take_back(0, &[2, 5]), vec![0, 0]);
    }

    #[test]
    fn the_eta_walk_crosses_several_purchase_orders() {
        let supply = [
            (5, d("2026-03-10")),
            (5, d("2026-03-20")),
            (10, d("2026-04-01")),
        ];
        let table: &[(i64, &[i64], &[Option<&str>])] = &[
            // ahead, waiting lines, dates D
            (0, &[3], &[Some("2026-03-10")]),
            (0, &[5], &[Some("2026-03-10")]),
            (0, &[6], &[Some("2026-03-20")]),
            (
                0,
                &[3, 3, 4],
                &[Some("2026-03-10"), Some("2026-03-20"), Some("2026-03-20")],
            ),
            (0, &[10, 1], &[Some("2026-03-20"), Some("2026-04-01")]),
            (19, &[1], &[Some("2026-04-01")]),
            (19, &[2], &[None]),
            (0, &[21], &[None]),
            (0, &[2, 25, 1], &[Some("2026-03-10"), None, None]),
        ];
        for (ahead, waiting, want) in table {
            let want: Vec<Option<NaiveDate>> = want.iter().map(|w| w.map(d)).collect();
            assert_eq!(
                cover_dates(*ahead, waiting, &supply),
                want,
                "ahead {ahead} waiting {waiting:?}"
            );
        }
        assert_eq!(
            cover_dates(0, &[1], &[]),
            vec![None],
            "no purchase orders cover nothing"
        );
    }

    #[test]
    fn a_slipping_po_date_moves_the_promise_by_the_same_days() {
        let today = d("2026-03-01");
        let before = cover_dates(0, &[2], &[(5, d("2026-03-10"))])[0];
        let after = cover_dates(0, &[2], &[(5, d("2026-03-17"))])[0];
        assert_eq!(
            waiting_promise(before, today, Some(30), 1, 2),
            Some(d("2026-03-13"))
        );
        assert_eq!(
            waiting_promise(after, today, Some(30), 1, 2),
            Some(d("2026-03-20"))
        );
    }

    #[test]
    fn promises_follow_rule_seven() {
        let today = d("2026-03-01");
        let table = [
            // cover, lead time, H, T, promise
            (Some("2026-03-10"), None, 1, 2, Some("2026-03-13")),
            // An overdue PO counts from today: max(D, today).
            (Some("2026-02-20"), None, 1, 2, Some("2026-03-04")),
            (None, Some(14), 1, 2, Some("2026-03-18")),
            (None, Some(0), 0, 0, Some("2026-03-01")),
            (None, None, 1, 2, None),
        ];
        for (cover, lead, h, t, want) in table {
            assert_eq!(
                waiting_promise(cover.map(d), today, lead, h, t),
                want.map(d),
                "{cover:?} lead {lead:?}"
            );
        }
    }

    #[test]
    fn a_line_promises_its_last_waiting_unit() {
        let today = d("2026-03-01");
        let later = Some(d("2026-04-01"));
        assert_eq!(
            line_promise(2, 1, later, today, 1, 2),
            later,
            "waiting units decide"
        );
        assert_eq!(
            line_promise(2, 0, later, today, 1, 2),
            Some(d("2026-03-04")),
            "all allocated"
        );
        assert_eq!(
            line_promise(0, 0, later, today, 1, 2),
            None,
            "nothing left to ship"
        );
        assert_eq!(
            line_promise(0, 3, None, today, 1, 2),
            None,
            "date to be confirmed"
        );
    }
}
