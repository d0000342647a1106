//! Placing a waiting line asks whether it simply joined the end of its queue (then only its
//! own promise is new) or landed in the middle (then every promise of the SKU is recomputed).
//! `has_waiting_after` answers by stepping to the end of the queue index; these tests pin the
//! answer down for each place a line can land, the promises that follow from it, and that the
//! step stays within the queue index on any size of shop.

mod engine_support;

use engine_support::*;
use stockroom_core::backorders::store::{has_waiting_after, LASTS_IN_QUEUE, LAST_IN_QUEUE};
use stockroom_core::catalog::BackorderPolicy::Notify;
use stockroom_core::customers::ShipPreference::Partial;

#[test]
fn the_newest_line_of_equal_priority_is_the_tail_of_its_queue() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, Some(10));
    let c = customer(&mut s, "Ann", Partial);
    let first = order(&mut s, c, &[("A", 1)], 0).lines[0].id;
    let second = order(&mut s, c, &[("A", 2)], 0).lines[0].id;
    assert!(
        has_waiting_after(s.conn(), first).unwrap(),
        "the second order waits behind the first"
    );
    assert!(
        !has_waiting_after(s.conn(), second).unwrap(),
        "nobody waits behind the newest order"
    );
}

#[test]
fn a_higher_priority_line_lands_in_front_of_older_ones() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, Some(10));
    let c = customer(&mut s, "Ann", Partial);
    let old = order(&mut s, c, &[("A", 1)], 0).lines[0].id;
    let vip = order(&mut s, c, &[("A", 1)], 5).lines[0].id;
    assert!(
        has_waiting_after(s.conn(), vip).unwrap(),
        "the older order now waits behind the VIP"
    );
    assert!(
        !has_waiting_after(s.conn(), old).unwrap(),
        "the older order is the tail"
    );
}

#[test]
fn a_lone_waiting_line_and_a_line_of_another_sku_have_nobody_after_them() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, Some(10));
    product(&mut s, "B", 0, Notify, Some(10));
    let c = customer(&mut s, "Ann", Partial);
    let a = order(&mut s, c, &[("A", 1)], 0).lines[0].id;
    order(&mut s, c, &[("B", 1)], 0);
    assert!(
        !has_waiting_after(s.conn(), a).unwrap(),
        "B's queue is another queue"
    );
}

#[test]
fn a_line_placed_in_front_moves_the_promises_of_those_behind_it() {
    // One unit comes on a PO on 2026-03-10; the next ones only after the 10-day lead time.
    let mut s = shop();
    product(&mut s, "A", 0, Notify, Some(10));
    let c = customer(&mut s, "Ann", Partial);
    po(&mut s, "2026-03-10", &[("A", 1)]);
    let old = order(&mut s, c, &[("A", 1)], 0).number;
    assert_eq!(
        line(&s, &old, "A").4,
        Some(d("2026-03-13")),
        "the PO's unit, + 1 handling + 2 transit"
    );
    let vip = order(&mut s, c, &[("A", 1)], 5).number;
    assert_eq!(
        line(&s, &vip, "A").4,
        Some(d("2026-03-13")),
        "the VIP takes the PO's unit"
    );
    assert_eq!(
        line(&s, &old, "A").4,
        Some(d("2026-03-14")),
        "the older order now waits for the lead time: 03-01 + 10 + 1 + 2"
    );
    invariants(&s);
}

#[test]
fn finding_the_tail_reads_one_end_of_the_queue_index() {
    let s = shop();
    // One line's queue, and the queues of an order's lines at once (what placing runs).
    for sql in [LAST_IN_QUEUE, LASTS_IN_QUEUE] {
        let mut st = s
            .conn()
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap();
        let steps: Vec<String> = st
            .query_map([1], |r| r.get::<_, String>(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let plan = steps.join("\n");
        assert!(
            plan.contains("COVERING INDEX order_lines_queue"),
            "the queue is read from its index:\n{plan}"
        );
        assert!(
            !plan.contains("TEMP B-TREE"),
            "the index order is the queue order reversed, no sort:\n{plan}"
        );
    }
}
