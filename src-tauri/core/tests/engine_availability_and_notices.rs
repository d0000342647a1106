//! The engine's rule 8 (issue 3): availability by stock and policy; the notices a backorder
//! records; and the reads the UI shows (receipt preview, backorder rows, SKUs).
//! One behaviour per test, through the facade.

mod engine_support;

use engine_support::*;
use stockroom_core::backorders::BackorderFilter;
use stockroom_core::catalog::{AvailabilityStatus, BackorderPolicy::*};
use stockroom_core::customers::ShipPreference::*;
use stockroom_core::notices::{NoticeFilter, NoticeKind, NoticeStatus};
use stockroom_core::{Clock, Error};

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
