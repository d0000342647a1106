//! The engine's rules 6 and 7 (issue 3): shipping in parcels, and dated promises walked from
//! purchase orders, lead times and carriers — with the regressions the property tests found.
//! One behaviour per test, through the facade.

mod engine_support;

use engine_support::*;
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::BackorderPolicy::*;
use stockroom_core::customers::ShipPreference::*;
use stockroom_core::notices::{NoticeFilter, NoticeKind};
use stockroom_core::orders::{NewOrder, NewOrderLine, OrderStatus};
use stockroom_core::shipping::ShipRequest;
use stockroom_core::{Clock, Error};

// ---- Rule 6: shipping ----

#[test]
fn a_ship_complete_customer_is_refused_an_early_shipment_unless_partial_is_asked() {
    let mut s = shop();
    product(&mut s, "A", 1, Notify, None);
    let c = customer(&mut s, "Zoë", Complete);
    let o = order(&mut s, c, &[("A", 3)], 0).number;
    let before = dump(s.conn());
    let err = s.ship(&o, &ShipRequest::default()).unwrap_err();
    assert!(
        matches!(err, Error::Refused(_)) && err.to_string().contains("complete"),
        "{err}"
    );
    assert_eq!(dump(s.conn()), before, "a refused shipment stores nothing");
    let sh = s
        .ship(
            &o,
            &ShipRequest {
                partial: true,
                tracking: Some("T1".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(sh.lines[0].qty, 1);
    assert_eq!(s.order(&o).unwrap().status, OrderStatus::PartiallyShipped);
    invariants(&s);
}

#[test]
fn an_order_ships_in_several_parcels_each_with_its_tracking() {
    let mut s = shop();
    product(&mut s, "A", 1, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    let o = order(&mut s, c, &[("A", 3)], 0).number;
    let one = s
        .ship(
            &o,
            &ShipRequest {
                tracking: Some("TRACK-1".into()),
                ..Default::default()
            },
        )
        .unwrap();
    s.adjust_stock("A", 2, "found").unwrap();
    let two = s
        .ship(
            &o,
            &ShipRequest {
                tracking: Some("TRACK-2".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_ne!(one.shipment, two.shipment);
    let order = s.order(&o).unwrap();
    assert_eq!(order.status, OrderStatus::Shipped);
    assert_eq!(order.shipments.len(), 2);
    assert_eq!(s.product("A").unwrap().on_hand, 0);
    let shipped: Vec<_> = s
        .notifications(&NoticeFilter::default())
        .unwrap()
        .into_iter()
        .filter(|n| n.kind == NoticeKind::Shipped)
        .map(|n| n.tracking)
        .collect();
    assert_eq!(
        shipped,
        vec![Some("TRACK-1".to_string()), Some("TRACK-2".to_string())]
    );
    assert!(
        s.ship(&o, &ShipRequest::default()).is_err(),
        "nothing left to ship"
    );
    invariants(&s);
}

// ---- Rule 7: promises ----

#[test]
fn the_eta_walks_open_purchase_orders_by_expected_date_then_number() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, Some(20));
    let c = customer(&mut s, "Ann", Partial);
    // Created out of date order: the walk sorts by expected date.
    po(&mut s, "2026-03-20", &[("A", 3)]);
    po(&mut s, "2026-03-10", &[("A", 2)]);
    let a = order(&mut s, c, &[("A", 2)], 0).number;
    let b = order(&mut s, c, &[("A", 2)], 0).number;
    let e = order(&mut s, c, &[("A", 1)], 0).number;
    let f = order(&mut s, c, &[("A", 1)], 0).number;
    assert_eq!(
        line(&s, &a, "A").4,
        Some(d("2026-03-13")),
        "first PO covers it: 10th + 1 + 2"
    );
    assert_eq!(
        line(&s, &b, "A").4,
        Some(d("2026-03-23")),
        "needs the second PO"
    );
    assert_eq!(line(&s, &e, "A").4, Some(d("2026-03-23")));
    assert_eq!(
        line(&s, &f, "A").4,
        Some(d("2026-03-24")),
        "not covered: today + lead 20 + 1 + 2"
    );
    invariants(&s);
}

#[test]
fn a_slipping_po_date_moves_the_promises_and_records_notices() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    let po = po(&mut s, "2026-03-10", &[("A", 5)]);
    let o = order(&mut s, c, &[("A", 2)], 0).number;
    assert_eq!(line(&s, &o, "A").4, Some(d("2026-03-13")));
    let r = s.set_po_expected(&po, d("2026-03-17")).unwrap();
    assert_eq!(r.moved.len(), 1);
    assert_eq!(
        (r.moved[0].old_eta, r.moved[0].new_eta),
        (Some(d("2026-03-13")), Some(d("2026-03-20")))
    );
    let n = s.notifications(&NoticeFilter::default()).unwrap();
    // The customer was not told yet: the backorder notice carries the new date (issue 15).
    let newest = n.last().unwrap();
    assert_eq!(newest.kind, NoticeKind::Backordered);
    assert_eq!(newest.lines[0].eta, Some(d("2026-03-20")));
    let unchanged = s.set_po_expected(&po, d("2026-03-17")).unwrap();
    assert!(unchanged.moved.is_empty(), "the same date moves nothing");
}

#[test]
fn an_overdue_po_counts_from_today() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    po(&mut s, "2026-02-20", &[("A", 5)]);
    let o = order(&mut s, c, &[("A", 2)], 0).number;
    assert_eq!(
        line(&s, &o, "A").4,
        Some(d("2026-03-04")),
        "max(D, today) + H + T"
    );
    assert!(s.po("PO-1001").unwrap().overdue);
}

#[test]
fn without_purchase_orders_or_lead_time_the_promise_is_unknown() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    let o = order(&mut s, c, &[("A", 1)], 0).number;
    assert_eq!(line(&s, &o, "A").4, None);
    assert_eq!(s.product("A").unwrap().eta, None);
}

#[test]
fn partial_receipts_keep_the_rest_of_the_po_in_the_walk() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    let po = po(&mut s, "2026-03-10", &[("A", 5)]);
    let first = order(&mut s, c, &[("A", 2)], 0).number;
    let second = order(&mut s, c, &[("A", 3)], 0).number;
    s.set_clock(Clock::Fixed(d("2026-03-05")));
    let r = s.receive_po(&po, &rl("A", 3)).unwrap();
    assert_eq!(r.allocations.len(), 2);
    assert_eq!(
        line(&s, &first, "A"),
        (2, 0, 0, 0, Some(d("2026-03-08"))),
        "ready: today + 1 + 2"
    );
    assert_eq!(
        line(&s, &second, "A"),
        (1, 0, 2, 0, Some(d("2026-03-13"))),
        "still waits on the rest of the PO"
    );
    let p = s.po(&po).unwrap();
    assert_eq!((p.lines[0].received, p.lines[0].outstanding), (3, 2));
    let before = dump(s.conn());
    let err = s.receive_po(&po, &rl("A", 3)).unwrap_err();
    assert!(err.to_string().contains("only 2 outstanding"), "{err}");
    assert_eq!(dump(s.conn()), before, "an over-receipt stores nothing");
    invariants(&s);
}

#[test]
fn an_orders_own_carrier_sets_its_transit_days() {
    let mut s = shop();
    s.add_carrier(&NewCarrier {
        name: "Courier".into(),
        transit_days: 0,
        is_default: false,
    })
    .unwrap();
    product(&mut s, "A", 5, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    let o = s
        .place_order(&NewOrder {
            customer_id: c,
            lines: vec![NewOrderLine {
                sku: "A".into(),
                qty: 1,
                unit_price: None,
            }],
            carrier: Some("Courier".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        o.lines[0].eta,
        Some(d("2026-03-02")),
        "today + handling 1 + transit 0"
    );
}

#[test]
fn recomputing_an_unchanged_queue_moves_nothing() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, Some(5));
    let c = customer(&mut s, "Ann", Partial);
    po(&mut s, "2026-03-10", &[("A", 2)]);
    for _ in 0..4 {
        order(&mut s, c, &[("A", 1)], 0);
    }
    assert!(s.recompute_promises("A").unwrap().is_empty());
    s.set_clock(Clock::Fixed(d("2026-03-12")));
    assert_eq!(
        s.recompute_promises("A").unwrap().len(),
        4,
        "a day later, the overdue PO and the lead time move all four"
    );
}

// ---- Regressions found by the property tests (engine_props.regressions) ----

/// Shrunk from `Place { lines: [(A, 1), (N, 1), (A, 1)] }`: recomputing SKU A's queue (two
/// waiting lines of one order) also rewrote the promise of the order's line for N as unknown.
#[test]
fn regression_two_waiting_lines_of_one_sku_leave_the_other_skus_promise_alone() {
    let mut s = shop();
    product(&mut s, "N", 0, Notify, Some(5));
    product(&mut s, "A", 0, Allow, None);
    let c = customer(&mut s, "Ann", Partial);
    let o = order(&mut s, c, &[("A", 1), ("N", 1), ("A", 1)], 0).number;
    assert_eq!(
        line(&s, &o, "N").4,
        Some(d("2026-03-09")),
        "lead 5 + handling 1 + transit 2"
    );
    assert!(s.recompute_promises("N").unwrap().is_empty());
}

/// Shrunk from a `Place` with an earlier `placed_at` than a waiting line: an imported order
/// lands mid-queue, and the promises behind it must be recomputed, not only its own.
#[test]
fn regression_an_order_placed_in_the_past_moves_the_promises_behind_it() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, Some(30));
    let c = customer(&mut s, "Ann", Partial);
    po(&mut s, "2026-03-10", &[("A", 1)]);
    let now = order(&mut s, c, &[("A", 1)], 0).number;
    assert_eq!(line(&s, &now, "A").4, Some(d("2026-03-13")));
    let earlier = s
        .place_order(&NewOrder {
            customer_id: c,
            lines: vec![NewOrderLine {
                sku: "A".into(),
                qty: 1,
                unit_price: None,
            }],
            placed_at: Some(d("2026-02-20").and_hms_opt(9, 0, 0).unwrap()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(earlier.lines[0].queue_position, Some(1));
    assert_eq!(earlier.lines[0].eta, Some(d("2026-03-13")));
    assert_eq!(
        line(&s, &now, "A").4,
        Some(d("2026-04-03")),
        "pushed behind: lead time 30"
    );
    assert!(s.recompute_promises("A").unwrap().is_empty());
}
