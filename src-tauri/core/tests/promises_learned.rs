//! Promises that hold (issue 20): each supplier's record, learned from the shop's own receipts,
//! adds a buffer to the promises that wait for it, and the promise says why it is what it is.

mod engine_support;

use engine_support::*;
use stockroom_core::catalog::{BackorderPolicy, NewProduct};
use stockroom_core::customers::ShipPreference;
use stockroom_core::purchasing::{NewPo, NewPoLine, ReceiptLine};
use stockroom_core::settings::SettingsPatch;
use stockroom_core::{Clock, Stockroom};

/// A PO of `qty` units of `sku` from `supplier`, made on `on`, expected `expected`.
fn po_from(
    s: &mut Stockroom,
    supplier: &str,
    on: &str,
    expected: &str,
    sku: &str,
    qty: i64,
) -> String {
    s.set_clock(Clock::Fixed(d(on)));
    s.create_po(&NewPo {
        supplier: supplier.into(),
        expected_on: d(expected),
        lines: vec![NewPoLine {
            sku: sku.into(),
            qty,
            unit_cost: None,
        }],
        note: String::new(),
        number: None,
    })
    .unwrap()
    .number
}

fn receive_on(s: &mut Stockroom, on: &str, po: &str, sku: &str, qty: i64) {
    s.set_clock(Clock::Fixed(d(on)));
    s.receive_po(
        po,
        &[ReceiptLine {
            sku: sku.into(),
            qty,
        }],
    )
    .unwrap();
}

/// The shop of `shop()` with a product of `supplier` (lead time 10 days) and a history of
/// `lates.len()` past POs of 10 units, each expected on the 1st of a month from October 2025
/// and received that many days late. Today is 1 March 2026, nothing in stock.
fn shop_with_history(supplier: &str, lates: &[i64]) -> Stockroom {
    let mut s = shop();
    s.add_product(&NewProduct {
        sku: "BOLT".into(),
        name: "Bolt".into(),
        price: 100,
        supplier: Some(supplier.into()),
        lead_time_days: Some(10),
        ..Default::default()
    })
    .unwrap();
    let start = d("2025-09-20");
    for (i, late) in lates.iter().enumerate() {
        let made = start + chrono::Days::new(7 * i as u64);
        let expected = made + chrono::Days::new(10);
        let got = expected + chrono::Days::new(*late as u64);
        let n = po_from(
            &mut s,
            supplier,
            &made.to_string(),
            &expected.to_string(),
            "BOLT",
            10,
        );
        receive_on(&mut s, &got.to_string(), &n, "BOLT", 10);
    }
    // Sell what came in, so the next order waits.
    let on_hand = s.product("BOLT").unwrap().on_hand;
    s.set_clock(Clock::Fixed(d("2026-03-01")));
    if on_hand > 0 {
        s.adjust_stock_for_test("BOLT", -on_hand);
    }
    s
}

/// Stock adjustments through the facade (the test shop's history leaves units on hand).
trait Adjust {
    fn adjust_stock_for_test(&mut self, sku: &str, qty: i64);
}

impl Adjust for Stockroom {
    fn adjust_stock_for_test(&mut self, sku: &str, qty: i64) {
        self.adjust_stock(sku, qty, "sold at the counter").unwrap();
    }
}

fn promise_of_new_backorder(s: &mut Stockroom) -> (String, Option<chrono::NaiveDate>) {
    let c = customer(s, "Ada", ShipPreference::Partial);
    let o = order(s, c, &[("BOLT", 2)], 0);
    (o.number.clone(), o.lines[0].eta)
}

#[test]
fn a_supplier_always_three_days_late_gets_promises_three_days_later_issue20() {
    let mut s = shop_with_history("Slowpoke", &[3; 8]);
    let po = po_from(&mut s, "Slowpoke", "2026-03-01", "2026-03-11", "BOLT", 10);
    let (order, eta) = promise_of_new_backorder(&mut s);
    // PO due 11 March + 3 days (the supplier's record) + 1 day handling + 2 days transit.
    assert_eq!(eta, Some(d("2026-03-17")));
    let why = s.promise_why(&order).unwrap();
    assert_eq!(why.len(), 1);
    let w = &why[0];
    assert_eq!(w.promise, eta, "the stored promise is the one explained");
    assert_eq!(w.source, "purchase_order");
    assert_eq!(w.po.as_deref(), Some(po.as_str()));
    assert_eq!(w.supplier.as_deref(), Some("Slowpoke"));
    assert_eq!(w.base_date, Some(d("2026-03-11")));
    assert_eq!((w.buffer_days, w.handling_days, w.transit_days), (3, 1, 2));
    assert_eq!(w.supplier_average_days_late, Some(3.0));
    assert_eq!(w.supplier_deliveries, 8);
    assert_eq!(w.carrier.as_deref(), Some("Post"));
    let sentence = w.sentence();
    assert!(
        sentence.contains(&format!("{po} due 2026-03-11")),
        "{sentence}"
    );
    assert!(
        sentence.contains("3.0 day(s) late on average"),
        "{sentence}"
    );
}

#[test]
fn a_supplier_always_on_time_adds_nothing_issue20() {
    let mut s = shop_with_history("Clockwork", &[0; 8]);
    po_from(&mut s, "Clockwork", "2026-03-01", "2026-03-11", "BOLT", 10);
    let (order, eta) = promise_of_new_backorder(&mut s);
    assert_eq!(eta, Some(d("2026-03-14")), "due date + handling + transit");
    let w = &s.promise_why(&order).unwrap()[0];
    assert_eq!(w.buffer_days, 0);
    assert_eq!(w.supplier_average_days_late, Some(0.0));
    let sentence = w.sentence();
    assert!(
        sentence.contains("Clockwork was on time over 8 deliveries"),
        "not '0.0 day(s) late': {sentence}"
    );
}

#[test]
fn the_share_of_promises_kept_is_a_setting_issue20() {
    // 10 deliveries: 8 on time, one 2 days late, one 6 days late.
    let lates = [0, 0, 0, 2, 0, 0, 6, 0, 0, 0];
    for (kept, buffer) in [(95, 6), (90, 2), (80, 0)] {
        let mut s = shop_with_history("Mixed", &lates);
        s.update_settings(&SettingsPatch {
            promises_kept_pct: Some(kept),
            ..Default::default()
        })
        .unwrap();
        po_from(&mut s, "Mixed", "2026-03-01", "2026-03-11", "BOLT", 10);
        let (order, eta) = promise_of_new_backorder(&mut s);
        assert_eq!(
            eta,
            Some(d("2026-03-14") + chrono::Days::new(buffer)),
            "{kept}% kept"
        );
        assert_eq!(s.promise_why(&order).unwrap()[0].buffer_days, buffer as i64);
    }
}

#[test]
fn no_history_window_means_no_buffer_issue20() {
    let mut s = shop_with_history("Slowpoke", &[3; 8]);
    s.update_settings(&SettingsPatch {
        promise_history_days: Some(0),
        ..Default::default()
    })
    .unwrap();
    po_from(&mut s, "Slowpoke", "2026-03-01", "2026-03-11", "BOLT", 10);
    let (_, eta) = promise_of_new_backorder(&mut s);
    assert_eq!(eta, Some(d("2026-03-14")));
}

#[test]
fn deliveries_older_than_the_window_are_forgotten_issue20() {
    // The history was expected from 30 Sep 2025 to 18 Nov 2025: a 60-day window from 1 March
    // 2026 sees none of it.
    let mut s = shop_with_history("Slowpoke", &[3; 8]);
    s.update_settings(&SettingsPatch {
        promise_history_days: Some(60),
        ..Default::default()
    })
    .unwrap();
    po_from(&mut s, "Slowpoke", "2026-03-01", "2026-03-11", "BOLT", 10);
    let (_, eta) = promise_of_new_backorder(&mut s);
    assert_eq!(eta, Some(d("2026-03-14")));
}

#[test]
fn a_promise_from_the_lead_time_carries_the_suppliers_buffer_too_issue20() {
    let mut s = shop_with_history("Slowpoke", &[3; 8]);
    let (order, eta) = promise_of_new_backorder(&mut s);
    // No PO: today + 10 days lead time + 3 days buffer + 1 + 2.
    assert_eq!(eta, Some(d("2026-03-17")));
    let w = &s.promise_why(&order).unwrap()[0];
    assert_eq!(w.source, "lead_time");
    assert_eq!((w.lead_time_days, w.buffer_days), (Some(10), 3));
    assert_eq!(w.base_date, Some(d("2026-03-01")));
    // The product page says the same for a new order.
    let p = s.product_promise_why("BOLT").unwrap();
    assert_eq!((p.source, p.buffer_days), ("lead_time", 3));
    assert_eq!(p.promise, Some(d("2026-03-17")));
    assert_eq!(s.product("BOLT").unwrap().eta, p.promise);
}

#[test]
fn the_tail_of_a_po_waits_for_the_suppliers_usual_second_parcel_issue20() {
    // Every past PO: 6 of 10 units on time, the other 4 a week later.
    let mut s = shop();
    s.add_product(&NewProduct {
        sku: "BOLT".into(),
        name: "Bolt".into(),
        price: 100,
        supplier: Some("Halves".into()),
        lead_time_days: Some(10),
        ..Default::default()
    })
    .unwrap();
    for i in 0..6u64 {
        let made = d("2025-10-01") + chrono::Days::new(14 * i);
        let expected = made + chrono::Days::new(10);
        let n = po_from(
            &mut s,
            "Halves",
            &made.to_string(),
            &expected.to_string(),
            "BOLT",
            10,
        );
        receive_on(&mut s, &expected.to_string(), &n, "BOLT", 6);
        receive_on(
            &mut s,
            &(expected + chrono::Days::new(7)).to_string(),
            &n,
            "BOLT",
            4,
        );
    }
    s.set_clock(Clock::Fixed(d("2026-03-01")));
    let on_hand = s.product("BOLT").unwrap().on_hand;
    s.adjust_stock_for_test("BOLT", -on_hand);
    po_from(&mut s, "Halves", "2026-03-01", "2026-03-11", "BOLT", 10);
    let c = customer(&mut s, "Ada", ShipPreference::Partial);
    let head = order(&mut s, c, &[("BOLT", 6)], 0);
    let tail = order(&mut s, c, &[("BOLT", 4)], 0);
    assert_eq!(
        head.lines[0].eta,
        Some(d("2026-03-14")),
        "the first 6 units come on time"
    );
    assert_eq!(
        tail.lines[0].eta,
        Some(d("2026-03-21")),
        "the last 4 a week later"
    );
    invariants(&s);
}

#[test]
fn an_order_page_explains_a_line_held_in_stock_issue20() {
    let mut s = shop();
    product(&mut s, "CUP", 5, BackorderPolicy::Notify, Some(10));
    let c = customer(&mut s, "Ada", ShipPreference::Partial);
    let o = order(&mut s, c, &[("CUP", 2)], 0);
    let w = &s.promise_why(&o.number).unwrap()[0];
    assert_eq!(w.source, "in_stock");
    assert_eq!(w.promise, Some(d("2026-03-04")));
    assert_eq!(w.base_date, Some(d("2026-03-01")));
}
