//! The open backorders report (by product and by customer) and the aging buckets (issue 6).
//! The expected numbers are worked out by hand in the comments from the history each test
//! builds, never copied from the program's output.

mod reports_support;

use reports_support::*;
use stockroom_core::reports::{ReportBody, ReportName};
use stockroom_core::Stockroom;

/// Four customers waiting for A (10.00, 2 in stock, lead 10 days) and B (25.00, none, no
/// lead time), ordered on days chosen to land on the edges of the aging buckets.
fn waiting_shop() -> Stockroom {
    let mut s = shop("2026-02-17");
    product(
        &mut s,
        P {
            sku: "A",
            price: 1000,
            on_hand: 2,
            lead: Some(10),
            ..Default::default()
        },
    );
    product(
        &mut s,
        P {
            sku: "B",
            price: 2500,
            ..Default::default()
        },
    );
    let (ann, bob, cy, dee) = (
        customer(&mut s, "Ann"),
        customer(&mut s, "Bob"),
        customer(&mut s, "Cy"),
        customer(&mut s, "Dee"),
    );
    // 17 Feb: Dee, B×1 → waits 1.
    order(&mut s, dee, &[("B", 1)]);
    // 1 Mar: Ann, A×5 → 2 allocated, 3 wait; promise 1 Mar + 10 (lead) + 1 + 2 = 14 Mar.
    on(&mut s, "2026-03-01");
    order(&mut s, ann, &[("A", 5)]);
    // 10 Mar: Bob, A×4 and B×1 → both wait; A's promise 10 Mar + 13 = 23 Mar; B has no date.
    on(&mut s, "2026-03-10");
    order(&mut s, bob, &[("A", 4), ("B", 1)]);
    // 13 Mar: Cy, B×2 → waits 2.
    on(&mut s, "2026-03-13");
    order(&mut s, cy, &[("B", 2)]);
    on(&mut s, "2026-03-20");
    s
}

#[test]
fn open_backorders_are_summed_by_product_and_by_customer() {
    let s = waiting_shop();
    let r = report(&s, ReportName::Backorders, None, None);
    let ReportBody::Backorders(b) = &r.body else {
        panic!("backorders")
    };
    // By product (SKU order).
    let a = &b.by_product[0];
    assert_eq!(a.key, "A");
    assert_eq!(a.lines, 2, "Ann and Bob wait for A: queue of 2");
    assert_eq!(a.units, 3 + 4);
    assert_eq!(a.value, 7 * 1000, "7 units × 10.00");
    assert_eq!(
        a.oldest_age_days, 19,
        "Ann ordered 1 Mar; 20 Mar − 1 Mar = 19"
    );
    assert_eq!(
        a.promise,
        Some(d("2026-03-23")),
        "the later of 14 Mar (Ann) and 23 Mar (Bob)"
    );
    let bb = &b.by_product[1];
    assert_eq!(
        (bb.key.as_str(), bb.lines, bb.units, bb.value),
        ("B", 3, 1 + 1 + 2, 4 * 2500)
    );
    assert_eq!(
        bb.oldest_age_days, 31,
        "Dee ordered 17 Feb: 11 days of Feb + 20 of Mar"
    );
    assert_eq!(
        bb.promise, None,
        "B has no lead time and no PO: to be confirmed"
    );
    // By customer, biggest value first: Bob 4×10 + 1×25 = 65, Cy 2×25 = 50, Ann 3×10 = 30, Dee 25.
    let names: Vec<&str> = b.by_customer.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(names, ["Bob", "Cy", "Ann", "Dee"]);
    let bob = &b.by_customer[0];
    assert_eq!(
        (bob.lines, bob.units, bob.value, bob.oldest_age_days),
        (2, 5, 6500, 10)
    );
    assert_eq!(bob.promise, None, "one of Bob's lines has no date");
    let ann = &b.by_customer[2];
    assert_eq!(
        (ann.lines, ann.units, ann.value, ann.oldest_age_days),
        (1, 3, 3000, 19)
    );
    assert_eq!(ann.promise, Some(d("2026-03-14")));
    // Totals: 5 lines, 3+4+1+1+2 = 11 units, 70 + 100 = 170.00.
    let t = &b.totals;
    assert_eq!(
        (
            t.lines,
            t.units,
            t.value,
            t.oldest_age_days,
            t.products,
            t.customers
        ),
        (5, 11, 17000, Some(31), 2, 4)
    );
}

#[test]
fn aging_puts_each_waiting_line_in_one_bucket_by_the_age_of_its_order() {
    let s = waiting_shop();
    let r = report(&s, ReportName::Aging, None, None);
    let ReportBody::Aging(a) = &r.body else {
        panic!("aging")
    };
    let got: Vec<(i64, i64, i64)> = a
        .buckets
        .iter()
        .map(|b| (b.lines, b.units, b.value))
        .collect();
    assert_eq!(
        got,
        [
            (1, 2, 5000), // 0–7: Cy, ordered 13 Mar, exactly 7 days old; 2 × 25.00
            (2, 5, 6500), // 8–14: Bob's two lines, 10 days old; 4 × 10.00 + 1 × 25.00
            (1, 3, 3000), // 15–30: Ann, 19 days; 3 × 10.00
            (1, 1, 2500), // 31+: Dee, exactly 31 days; 1 × 25.00
        ]
    );
    assert_eq!(
        (a.total_lines, a.total_units, a.total_value),
        (5, 11, 17000)
    );
    // The CSV carries the same figures, money as plain decimals.
    let csv = r.csv().unwrap();
    assert!(csv.contains("buckets,0–7 days,0,7,1,2,50.00\n"), "{csv}");
    assert!(csv.contains("buckets,31+ days,31,,1,1,25.00\n"), "{csv}");
    assert!(csv.contains("buckets_total,Total,,,5,11,170.00\n"), "{csv}");
}
