//! Purchasing, receiving and shipping on both engines (issue 19): a receipt fills the queue in
//! priority-then-time order, a new date moves promises, a cancelled PO takes its supply away,
//! parcels ship what is allocated; the Backorders list and the daily recompute.

use chrono::{Days, NaiveDate};
use stockroom_core::backorders::model::BackorderQuery;
use stockroom_core::purchasing::list::PoQuery;
use stockroom_core::purchasing::{NewPo, NewPoLine, PoFilter, PoStatus, ReceiptLine};
use stockroom_core::shipping::{ShipRequest, ShipmentFilter};
use stockroom_core::{Clock, Stockroom};

use crate::orders::{line_of, place, small_shop};
use crate::support::{both_engines_agree, for_each_engine, today};

fn po(shop: &mut Stockroom, expected_on: NaiveDate, lines: &[(&str, i64)]) -> String {
    shop.create_po(&NewPo {
        supplier: "Acme".into(),
        expected_on,
        lines: lines
            .iter()
            .map(|(sku, qty)| NewPoLine {
                sku: (*sku).into(),
                qty: *qty,
                unit_cost: None,
            })
            .collect(),
        note: String::new(),
        number: None,
    })
    .unwrap()
    .number
}

fn receipt(sku: &str, qty: i64) -> Vec<ReceiptLine> {
    vec![ReceiptLine {
        sku: sku.into(),
        qty,
    }]
}

fn in_days(n: u64) -> NaiveDate {
    today() + Days::new(n)
}

#[test]
fn a_partial_receipt_fills_the_queue_by_priority_then_time_on_both_engines_issue19() {
    let (preview, receipt_done, orders, po_after) = both_engines_agree(|shop| {
        let (ann, bob) = small_shop(shop);
        place(shop, ann, &[("HINGE", 5)], 0); // takes the stock
        let early = place(shop, ann, &[("HINGE", 3)], 0);
        let late = place(shop, bob, &[("HINGE", 2)], 0);
        let urgent = place(shop, bob, &[("HINGE", 2)], 9);
        let number = po(shop, in_days(5), &[("HINGE", 10)]);
        let preview = shop.receipt_preview(&number, &receipt("HINGE", 4)).unwrap();
        let done = shop.receive_po(&number, &receipt("HINGE", 4)).unwrap();
        let orders = [urgent, early, late].map(|o| shop.order(&o.number).unwrap());
        (
            preview,
            done,
            orders,
            shop.po(&number.to_lowercase()).unwrap(),
        )
    });
    let [urgent, early, late] = orders;
    assert_eq!(
        preview, receipt_done.allocations,
        "the preview is what the receipt does"
    );
    assert_eq!(
        receipt_done
            .allocations
            .iter()
            .map(|a| (a.order.as_str(), a.qty))
            .collect::<Vec<_>>(),
        [(urgent.number.as_str(), 2), (early.number.as_str(), 2)],
        "priority first, then the order placed first"
    );
    assert_eq!(line_of(&urgent, "HINGE").0, 2);
    assert_eq!(line_of(&early, "HINGE").0, 2);
    assert_eq!(line_of(&early, "HINGE").1, 1, "one still waits");
    assert_eq!(line_of(&late, "HINGE").0, 0);
    assert_eq!(receipt_done.status, PoStatus::PartiallyReceived);
    assert_eq!((po_after.lines[0].received, po_after.to_come), (4, 6));
    assert_eq!(
        line_of(&late, "HINGE").3,
        Some(in_days(5 + 1 + 2)),
        "what still waits is promised from the PO's date"
    );
}

#[test]
fn a_new_po_date_moves_promises_and_a_cancelled_po_takes_its_supply_away_issue19() {
    let (expect, would, cancelled, after, pos, page) = both_engines_agree(|shop| {
        let (ann, _) = small_shop(shop);
        let o = place(shop, ann, &[("HINGE", 7)], 0);
        let number = po(shop, in_days(4), &[("HINGE", 5)]);
        let expect = shop.set_po_expected(&number, in_days(6)).unwrap();
        let would = shop.cancel_po_preview(&number).unwrap();
        let cancelled = shop.cancel_po(&number).unwrap();
        let after = shop.order(&o.number).unwrap();
        let pos = shop.pos(&PoFilter::default()).unwrap();
        let page = shop
            .pos_page(
                &PoQuery {
                    search: Some("acme".into()),
                    ..PoQuery::default()
                },
                0,
                10,
            )
            .unwrap();
        (expect, would, cancelled, after, pos, page)
    });
    assert_eq!(
        expect
            .moved
            .iter()
            .map(|m| (m.old_eta, m.new_eta))
            .collect::<Vec<_>>(),
        [(Some(in_days(7)), Some(in_days(9)))],
        "the waiting line follows the PO's new date"
    );
    assert_eq!(would, cancelled, "the preview is what the cancel does");
    assert_eq!(cancelled.status, PoStatus::Cancelled);
    assert_eq!(
        line_of(&after, "HINGE").3,
        Some(in_days(13)),
        "without the PO: the lead time"
    );
    assert_eq!(pos[0].status, PoStatus::Cancelled);
    assert_eq!(
        page.total, 1,
        "the supplier's name matches without regard to case"
    );
    for_each_engine(|shop| {
        let (_, _) = small_shop(shop);
        let number = po(shop, in_days(4), &[("HINGE", 5)]);
        shop.cancel_po(&number).unwrap();
        let err = shop.receive_po(&number, &receipt("HINGE", 1)).unwrap_err();
        assert_eq!(err.code(), "refused", "{err}");
        let err = shop.cancel_po(&number).unwrap_err();
        assert_eq!(err.code(), "refused", "{err}");
        assert_eq!(
            shop.product("HINGE").unwrap().on_hand,
            5,
            "nothing received"
        );
    });
}

#[test]
fn parcels_ship_what_is_allocated_and_say_what_is_still_to_come_on_both_engines_issue19() {
    let (first, second, order, listed, page) = both_engines_agree(|shop| {
        let (ann, _) = small_shop(shop);
        let o = place(shop, ann, &[("HINGE", 7), ("BRACKET", 1)], 0);
        let first = shop
            .ship(
                &o.number,
                &ShipRequest {
                    tracking: Some("TRACK-1".into()),
                    partial: true,
                    ..ShipRequest::default()
                },
            )
            .unwrap();
        shop.adjust_stock("HINGE", 2, "found").unwrap();
        let second = shop.ship(&o.number, &ShipRequest::default()).unwrap();
        let order = shop.order(&o.number).unwrap();
        let listed = shop
            .shipments(&ShipmentFilter {
                order: Some(o.number.to_lowercase()),
                ..ShipmentFilter::default()
            })
            .unwrap();
        let page = shop
            .shipments_page(
                &ShipmentFilter {
                    order: Some(o.number.clone()),
                    since: Some(today()),
                    ..ShipmentFilter::default()
                },
                0,
                1,
            )
            .unwrap();
        (first, second, order, listed, page)
    });
    assert_eq!(
        first
            .lines
            .iter()
            .map(|l| (l.sku.as_str(), l.qty))
            .collect::<Vec<_>>(),
        [("HINGE", 5), ("BRACKET", 1)]
    );
    assert_eq!(first.tracking.as_deref(), Some("TRACK-1"));
    assert_eq!(second.lines.len(), 1);
    assert_eq!(second.lines[0].qty, 2);
    let hinge = order.lines.iter().find(|l| l.sku == "HINGE").unwrap();
    assert_eq!(
        (hinge.shipped, hinge.allocated, hinge.backordered),
        (7, 0, 0),
        "5 in the first parcel, the 2 found in the second"
    );
    assert_eq!(order.shipments.len(), 2);
    assert_eq!(
        listed.len(),
        2,
        "newest first, found by the order's number in any case"
    );
    assert_eq!((page.items.len(), page.total), (1, 2));
    for_each_engine(|shop| {
        let (ann, _) = small_shop(shop);
        let o = place(shop, ann, &[("BRACKET", 1)], 0);
        shop.ship(&o.number, &ShipRequest::default()).unwrap();
        let err = shop.ship(&o.number, &ShipRequest::default()).unwrap_err();
        assert_eq!(err.code(), "refused", "nothing left to ship: {err}");
        assert_eq!(shop.product("BRACKET").unwrap().on_hand, 39);
    });
}

#[test]
fn the_backorders_page_filters_and_ranks_the_same_on_both_engines_issue19() {
    let (all, by_sku, by_name, by_po) = both_engines_agree(|shop| {
        let (ann, bob) = small_shop(shop);
        place(shop, ann, &[("HINGE", 7)], 0);
        place(shop, bob, &[("HINGE", 2)], 0);
        let number = po(shop, in_days(4), &[("HINGE", 5)]);
        let page = |shop: &Stockroom, q: BackorderQuery| {
            let p = shop.backorders_page(&q, 0, 10).unwrap();
            (
                p.total,
                p.items
                    .iter()
                    .map(|r| (r.customer.clone(), r.queue_position, r.backordered))
                    .collect::<Vec<_>>(),
            )
        };
        (
            page(shop, BackorderQuery::default()),
            page(
                shop,
                BackorderQuery {
                    sku: Some("hin".into()),
                    ..BackorderQuery::default()
                },
            ),
            page(
                shop,
                BackorderQuery {
                    customer: Some("BAKER".into()),
                    ..BackorderQuery::default()
                },
            ),
            page(
                shop,
                BackorderQuery {
                    po: Some(number.to_lowercase()),
                    ..BackorderQuery::default()
                },
            ),
        )
    });
    assert_eq!(
        all,
        (
            2,
            vec![("Ann Archer".into(), 1, 2), ("Bob Baker".into(), 2, 2)]
        )
    );
    assert_eq!(by_sku, all, "a SKU's start, typed in small letters");
    assert_eq!(
        by_name,
        (1, vec![("Bob Baker".into(), 2, 2)]),
        "a filter never renumbers the queue"
    );
    assert_eq!(by_po, all, "the lines the PO brings units for");
}

#[test]
fn promises_are_recomputed_once_a_day_on_both_engines_issue19() {
    let (first_run, again, next_day, moved) = both_engines_agree(|shop| {
        let (ann, _) = small_shop(shop);
        let o = place(shop, ann, &[("HINGE", 7)], 0);
        let number = po(shop, in_days(2), &[("HINGE", 5)]);
        let first_run = shop.recompute_promises_once_a_day().unwrap();
        let again = shop.recompute_promises_once_a_day().unwrap();
        // Five days on, the PO is overdue: promises count from today.
        shop.set_clock(Clock::Fixed(in_days(5)));
        let next_day = shop.recompute_promises_once_a_day().unwrap();
        let _ = number;
        (
            first_run.map(|m| m.len()),
            again,
            next_day.map(|m| m.len()),
            line_of(&shop.order(&o.number).unwrap(), "HINGE").3,
        )
    });
    assert_eq!(first_run, Some(0), "ran, nothing to move");
    assert_eq!(again, None, "already done today");
    assert_eq!(next_day, Some(1), "the overdue PO's waiting line moved");
    assert!(moved > Some(in_days(5)), "{moved:?}");
}
