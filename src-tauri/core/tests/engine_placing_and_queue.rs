//! The engine's rules 1–5 (issue 3): placing allocates or backorders, the queue's order and
//! priority, free stock going down the queue, losing stock, cancelling and its incentives.
//! One behaviour per test, through the facade.

mod engine_support;

use engine_support::*;
use stockroom_core::catalog::BackorderPolicy::*;
use stockroom_core::customers::ShipPreference::*;
use stockroom_core::notices::{NoticeFilter, NoticeKind};
use stockroom_core::orders::{Incentive, NewOrder, NewOrderLine, OrderStatus};
use stockroom_core::Error;

// ---- Rule 1: placing ----

#[test]
fn placing_allocates_what_is_available_and_backorders_the_rest() {
    let mut s = shop();
    product(&mut s, "A", 3, Notify, Some(10));
    let c = customer(&mut s, "Ann", Partial);
    let o = order(&mut s, c, &[("A", 5)], 0);
    assert_eq!(o.status, OrderStatus::Backordered);
    assert_eq!(
        line(&s, &o.number, "A"),
        (3, 0, 2, 0, Some(d("2026-03-14"))),
        "lead 10 + handling 1 + transit 2"
    );
    let p = s.product("A").unwrap();
    assert_eq!(
        (p.on_hand, p.allocated, p.available, p.backordered),
        (3, 3, 0, 2)
    );
    invariants(&s);
}

#[test]
fn a_short_refuse_product_refuses_the_whole_order_and_stores_nothing() {
    let mut s = shop();
    product(&mut s, "A", 9, Notify, None);
    product(&mut s, "R", 1, Refuse, None);
    let c = customer(&mut s, "Ann", Partial);
    let before = dump(s.conn());
    let err = s
        .place_order(&NewOrder {
            customer_id: c,
            lines: vec![
                NewOrderLine {
                    sku: "A".into(),
                    qty: 2,
                    unit_price: None,
                },
                NewOrderLine {
                    sku: "R".into(),
                    qty: 3,
                    unit_price: None,
                },
            ],
            ..Default::default()
        })
        .unwrap_err();
    assert!(matches!(err, Error::Refused(_)), "{err}");
    assert!(
        err.to_string().contains("R (asked 3, available 1)"),
        "the message names the SKU and what is available: {err}"
    );
    assert_eq!(dump(s.conn()), before, "nothing stored");
}

#[test]
fn an_unknown_sku_or_a_zero_quantity_stores_nothing() {
    let mut s = shop();
    product(&mut s, "A", 9, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    let before = dump(s.conn());
    for lines in [vec![("A", 1), ("NOPE", 1)], vec![("A", 0)], vec![("A", -2)]] {
        let r = s.place_order(&NewOrder {
            customer_id: c,
            lines: lines
                .iter()
                .map(|(k, q)| NewOrderLine {
                    sku: (*k).into(),
                    qty: *q,
                    unit_price: None,
                })
                .collect(),
            ..Default::default()
        });
        assert!(r.as_ref().is_err_and(|e| e.is_user_error()), "{lines:?}");
    }
    assert_eq!(dump(s.conn()), before);
}

// ---- Rules 2 and 3: the queue, and free stock going down it ----

#[test]
fn receipt_fills_the_oldest_backorder_first() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    let first = order(&mut s, c, &[("A", 2)], 0).number;
    let second = order(&mut s, c, &[("A", 2)], 0).number;
    let po = po(&mut s, "2026-03-10", &[("A", 3)]);
    let r = s.receive_po(&po, &rl("A", 3)).unwrap();
    let got: Vec<(String, i64)> = r
        .allocations
        .iter()
        .map(|a| (a.order.clone(), a.qty))
        .collect();
    assert_eq!(got, vec![(first.clone(), 2), (second.clone(), 1)]);
    assert_eq!(line(&s, &first, "A").0, 2);
    assert_eq!(line(&s, &second, "A").0, 1, "partial allocation is allowed");
    assert_eq!(line(&s, &second, "A").2, 1);
    invariants(&s);
}

#[test]
fn higher_priority_orders_are_served_before_older_ones() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    let old = order(&mut s, c, &[("A", 1)], 0).number;
    let vip = order(&mut s, c, &[("A", 1)], 5).number;
    assert_eq!(s.order(&vip).unwrap().lines[0].queue_position, Some(1));
    assert_eq!(s.order(&old).unwrap().lines[0].queue_position, Some(2));
    let r = s.adjust_stock("A", 1, "found one").unwrap();
    assert_eq!(r.allocations[0].order, vip);
    assert_eq!(line(&s, &old, "A").2, 1, "the older order still waits");
}

#[test]
fn a_priority_change_reorders_the_queue_and_moves_promises() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, Some(30));
    let c = customer(&mut s, "Ann", Partial);
    let first = order(&mut s, c, &[("A", 2)], 0).number;
    let second = order(&mut s, c, &[("A", 2)], 0).number;
    po(&mut s, "2026-03-10", &[("A", 2)]);
    assert_eq!(line(&s, &first, "A").4, Some(d("2026-03-13")));
    assert_eq!(
        line(&s, &second, "A").4,
        Some(d("2026-04-03")),
        "not covered: lead time 30"
    );
    let notices_before = s.notifications(&NoticeFilter::default()).unwrap().len();
    let (o, out) = s.set_order_priority(&second, 1).unwrap();
    assert_eq!(o.lines[0].queue_position, Some(1));
    assert_eq!(o.lines[0].eta, Some(d("2026-03-13")));
    assert_eq!(line(&s, &first, "A").4, Some(d("2026-04-03")));
    assert_eq!(out.moves.len(), 2, "both promises moved");
    let after = s.notifications(&NoticeFilter::default()).unwrap();
    let new: Vec<_> = after[notices_before..].iter().map(|n| n.kind).collect();
    // Neither customer was told of the backorder yet, so each order's new notice is still the
    // backorder notice, with the new date, and supersedes the older one (issue 15).
    assert_eq!(
        new,
        vec![NoticeKind::Backordered; 2],
        "one notice per order whose promise moved"
    );
    assert!(after[..notices_before]
        .iter()
        .all(|n| n.status == stockroom_core::notices::NoticeStatus::Superseded));
    invariants(&s);
}

#[test]
fn positive_adjustments_and_returns_go_down_the_queue() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    let o = order(&mut s, c, &[("A", 3)], 0).number;
    s.adjust_stock("A", 2, "count").unwrap();
    s.return_stock("A", 5, "customer return").unwrap();
    assert_eq!(line(&s, &o, "A"), (3, 0, 0, 0, Some(d("2026-03-04"))));
    assert_eq!(s.product("A").unwrap().available, 4, "the rest is free");
    invariants(&s);
}

// ---- Rule 4: losing stock ----

#[test]
fn a_negative_adjustment_takes_allocations_back_from_the_last_in_queue() {
    let mut s = shop();
    product(&mut s, "A", 4, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    let first = order(&mut s, c, &[("A", 2)], 0).number;
    let second = order(&mut s, c, &[("A", 2)], 0).number;
    let r = s.adjust_stock("A", -3, "water damage").unwrap();
    assert_eq!(r.on_hand, 1);
    let back: Vec<(String, i64)> = r
        .taken_back
        .iter()
        .map(|a| (a.order.clone(), a.qty))
        .collect();
    assert_eq!(back, vec![(second.clone(), 2), (first.clone(), 1)]);
    assert_eq!(line(&s, &first, "A").0, 1);
    assert_eq!(line(&s, &second, "A").2, 2);
    let notices = s
        .notifications(&NoticeFilter {
            order: Some(second),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        notices.last().unwrap().kind,
        NoticeKind::Backordered,
        "the customer is due a notice"
    );
    invariants(&s);
}

#[test]
fn a_negative_adjustment_that_takes_only_free_stock_leaves_allocations_alone() {
    let mut s = shop();
    product(&mut s, "A", 5, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    let o = order(&mut s, c, &[("A", 2)], 0).number;
    let r = s.adjust_stock("A", -3, "count").unwrap();
    assert!(r.taken_back.is_empty());
    assert_eq!(line(&s, &o, "A").0, 2);
}

#[test]
fn on_hand_can_never_go_negative() {
    let mut s = shop();
    product(&mut s, "A", 2, Notify, None);
    let before = dump(s.conn());
    let err = s.adjust_stock("A", -3, "oops").unwrap_err();
    assert!(matches!(err, Error::Refused(_)), "{err}");
    assert_eq!(dump(s.conn()), before);
    assert!(
        s.adjust_stock("A", 0, "nothing").is_err(),
        "a zero adjustment is bad input"
    );
}

// ---- Rule 5: cancelling ----

#[test]
fn cancelling_frees_allocated_units_down_the_queue() {
    let mut s = shop();
    product(&mut s, "A", 2, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    let first = order(&mut s, c, &[("A", 2)], 0).number;
    let second = order(&mut s, c, &[("A", 2)], 0).number;
    let (o, out) = s.cancel_order(&first, None).unwrap();
    assert_eq!(o.status, OrderStatus::Cancelled);
    assert_eq!(o.lines[0].cancelled, 2);
    assert_eq!(out.fills[0].order, second);
    assert_eq!(line(&s, &second, "A").0, 2);
    invariants(&s);
}

#[test]
fn cancelling_takes_backordered_units_first_and_they_lose_their_discount() {
    let mut s = shop();
    product(&mut s, "A", 1, Notify, None);
    product(&mut s, "B", 5, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    let o = s
        .place_order(&NewOrder {
            customer_id: c,
            lines: vec![
                NewOrderLine {
                    sku: "A".into(),
                    qty: 3,
                    unit_price: None,
                },
                NewOrderLine {
                    sku: "B".into(),
                    qty: 1,
                    unit_price: None,
                },
            ],
            incentive: Some(Incentive::Discount { percent_bp: 1000 }),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        (o.subtotal, o.discount, o.total),
        (4000, 200, 3800),
        "10% off the two backordered units"
    );
    let (o, _) = s.cancel_order(&o.number, Some("A")).unwrap();
    let a = &o.lines[0];
    assert_eq!((a.allocated, a.backordered, a.cancelled), (0, 0, 3));
    assert_eq!(
        (o.subtotal, o.discount, o.total),
        (1000, 0, 1000),
        "cancelled units lose the discount"
    );
    assert_eq!(o.status, OrderStatus::Open, "line B is still allocated");
    assert!(
        s.cancel_order(&o.number, Some("A")).is_err(),
        "nothing left to cancel for A"
    );
}

#[test]
fn the_default_incentive_comes_from_settings_and_can_be_overridden() {
    let mut s = shop();
    s.update_settings(&stockroom_core::settings::SettingsPatch {
        default_incentive: Some(Incentive::Credit { amount: 500 }),
        ..Default::default()
    })
    .unwrap();
    product(&mut s, "A", 0, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    let o = order(&mut s, c, &[("A", 2)], 0);
    assert_eq!((o.discount, o.total), (500, 1500));
    let o = s
        .place_order(&NewOrder {
            customer_id: c,
            lines: vec![NewOrderLine {
                sku: "A".into(),
                qty: 2,
                unit_price: None,
            }],
            incentive: Some(Incentive::Gift {
                note: "a tote bag".into(),
            }),
            ..Default::default()
        })
        .unwrap();
    assert_eq!((o.discount, o.total), (0, 2000));
    assert_eq!(
        o.incentive,
        Incentive::Gift {
            note: "a tote bag".into()
        }
    );
}
