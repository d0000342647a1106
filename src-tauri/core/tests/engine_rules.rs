//! The engine's rules (issue 3, rules 1–8) through the facade, one behaviour per test.
//!
//! Index: placing (rule 1) · queue order and priority (2) · free stock down the queue (3) ·
//! losing stock (4) · cancelling (5) · shipping (6) · promises (7) · availability (8) ·
//! incentives · notifications · all-or-nothing refusals.

mod engine_support;

use engine_support::*;
use stockroom_core::backorders::BackorderFilter;
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::{AvailabilityStatus, BackorderPolicy::*};
use stockroom_core::customers::ShipPreference::*;
use stockroom_core::notices::{NoticeFilter, NoticeKind, NoticeStatus};
use stockroom_core::orders::{Incentive, NewOrder, NewOrderLine, OrderStatus};
use stockroom_core::purchasing::ReceiptLine;
use stockroom_core::shipping::ShipRequest;
use stockroom_core::{Clock, Error};

fn rl(sku: &str, qty: i64) -> Vec<ReceiptLine> {
    vec![ReceiptLine {
        sku: sku.into(),
        qty,
    }]
}

fn invariants(s: &stockroom_core::Stockroom) {
    check_invariants(s.conn(), &mut Memory::default());
}

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
    assert_eq!(
        new,
        vec![NoticeKind::PromiseMoved; 2],
        "one notice per order whose promise moved"
    );
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
    assert_eq!(n.last().unwrap().kind, NoticeKind::PromiseMoved);
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

// ---- Rule 8: availability ----

#[test]
fn availability_status_follows_available_stock_and_policy() {
    let mut s = shop();
    s.add_product(&stockroom_core::catalog::NewProduct {
        sku: "LOW".into(),
        name: "Low".into(),
        price: 100,
        reorder_point: 5,
        on_hand: 3,
        ..Default::default()
    })
    .unwrap();
    product(&mut s, "IN", 10, Notify, None);
    product(&mut s, "BO", 0, Allow, Some(7));
    product(&mut s, "OUT", 0, Refuse, Some(7));
    assert_eq!(s.product("IN").unwrap().status, AvailabilityStatus::InStock);
    assert_eq!(
        s.product("LOW").unwrap().status,
        AvailabilityStatus::LowStock
    );
    let bo = s.product("BO").unwrap();
    assert_eq!(
        (bo.status, bo.eta),
        (AvailabilityStatus::Backorder, Some(d("2026-03-11")))
    );
    assert_eq!(
        s.product("OUT").unwrap().status,
        AvailabilityStatus::OutOfStock
    );
    assert_eq!(s.product("IN").unwrap().eta, Some(d("2026-03-04")));
}

// ---- Notifications ----

#[test]
fn allow_products_backorder_silently_and_notify_products_say_so() {
    let mut s = shop();
    product(&mut s, "AL", 0, Allow, None);
    product(&mut s, "NO", 0, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    order(&mut s, c, &[("AL", 1)], 0);
    assert!(s
        .notifications(&NoticeFilter::default())
        .unwrap()
        .is_empty());
    order(&mut s, c, &[("NO", 1)], 0);
    let n = s.notifications(&NoticeFilter::default()).unwrap();
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].kind, NoticeKind::Backordered);
}

#[test]
fn notifications_are_marked_printed_then_sent() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    order(&mut s, c, &[("A", 1)], 0);
    let id = s.notifications(&NoticeFilter::default()).unwrap()[0].id;
    assert_eq!(
        s.mark_notification(id, NoticeStatus::Printed)
            .unwrap()
            .status,
        NoticeStatus::Printed
    );
    assert_eq!(
        s.mark_notification(id, NoticeStatus::Sent).unwrap().status,
        NoticeStatus::Sent
    );
    assert!(s.mark_notification(id, NoticeStatus::Pending).is_err());
    assert!(s
        .notifications(&NoticeFilter {
            pending_only: true,
            ..Default::default()
        })
        .unwrap()
        .is_empty());
}

// ---- Reads for the UI ----

#[test]
fn a_receipt_preview_names_the_orders_it_would_fill_without_storing() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, None);
    let c = customer(&mut s, "Ann", Partial);
    let o = order(&mut s, c, &[("A", 2)], 0).number;
    let po = po(&mut s, "2026-03-10", &[("A", 5)]);
    let before = dump(s.conn());
    let preview = s.receipt_preview(&po, &rl("A", 5)).unwrap();
    assert_eq!(preview.len(), 1);
    assert_eq!((preview[0].order.as_str(), preview[0].qty), (o.as_str(), 2));
    assert_eq!(dump(s.conn()), before);
    assert!(s.receipt_preview(&po, &rl("A", 6)).is_err());
}

#[test]
fn backorder_rows_carry_queue_positions_promises_and_ages() {
    let mut s = shop();
    product(&mut s, "A", 0, Notify, Some(3));
    product(&mut s, "B", 0, Notify, Some(3));
    let ann = customer(&mut s, "Ann", Partial);
    let bob = customer(&mut s, "Bob", Partial);
    order(&mut s, ann, &[("A", 1), ("B", 1)], 0);
    order(&mut s, bob, &[("A", 2)], 0);
    s.set_clock(Clock::Fixed(d("2026-03-04")));
    let rows = s.backorders(&BackorderFilter::default()).unwrap();
    let view: Vec<(&str, &str, i64, i64)> = rows
        .iter()
        .map(|r| {
            (
                r.sku.as_str(),
                r.customer.as_str(),
                r.queue_position,
                r.age_days,
            )
        })
        .collect();
    assert_eq!(
        view,
        vec![("A", "Ann", 1, 3), ("A", "Bob", 2, 3), ("B", "Ann", 1, 3)]
    );
    let bobs = s
        .backorders(&BackorderFilter {
            customer_id: Some(bob),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(bobs.len(), 1);
    assert_eq!(
        bobs[0].queue_position, 2,
        "positions rank the whole queue even when filtered"
    );
    assert!(s
        .backorders(&BackorderFilter {
            sku: Some("NOPE".into()),
            ..Default::default()
        })
        .is_err());
    let detail = s.product_detail("A").unwrap();
    assert_eq!(detail.queue.len(), 2);
    let dash = s.dashboard().unwrap();
    assert_eq!((dash.waiting_lines, dash.waiting_units), (3, 4));
}

#[test]
fn skus_are_trimmed_unique_and_case_preserving() {
    let mut s = shop();
    product(&mut s, " Ab-1 ", 0, Notify, None);
    assert_eq!(s.product("Ab-1").unwrap().sku, "Ab-1");
    let dup = s.add_product(&stockroom_core::catalog::NewProduct {
        sku: "Ab-1".into(),
        name: "x".into(),
        ..Default::default()
    });
    assert!(matches!(dup, Err(Error::Duplicate(_))));
    assert!(s.product("ab-1").is_err(), "SKUs are case-sensitive");
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
