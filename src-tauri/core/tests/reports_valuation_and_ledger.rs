//! Stock valuation (today and as of an earlier day), the stock ledger of a product, and the
//! validation of report names and ranges with their defaults (issue 6).
//! The expected numbers are worked out by hand in the comments from the history each test
//! builds, never copied from the program's output.

mod reports_support;

use reports_support::*;
use stockroom_core::reports::{ReportBody, ReportName, ReportRange};
use stockroom_core::Stockroom;

fn valuation_shop() -> Stockroom {
    let mut s = shop("2026-03-01");
    product(
        &mut s,
        P {
            sku: "P1",
            cost: 400,
            on_hand: 10,
            category: "Tools",
            ..Default::default()
        },
    );
    product(
        &mut s,
        P {
            sku: "P2",
            cost: 150,
            on_hand: 4,
            category: "Tools",
            ..Default::default()
        },
    );
    product(
        &mut s,
        P {
            sku: "P3",
            cost: 1000,
            ..Default::default()
        },
    );
    product(
        &mut s,
        P {
            sku: "P4",
            cost: 250,
            on_hand: 6,
            category: "Garden",
            ..Default::default()
        },
    );
    on(&mut s, "2026-03-05");
    s.adjust_stock("P1", -3, "damaged").unwrap();
    on(&mut s, "2026-03-10");
    s
}

#[test]
fn valuation_is_units_on_hand_times_current_cost() {
    let s = valuation_shop();
    let r = report(&s, ReportName::Valuation, None, None);
    let ReportBody::Valuation(v) = &r.body else {
        panic!("valuation")
    };
    assert_eq!(v.method, "current cost");
    // P1 (10 − 3) × 4.00 = 28.00; P2 4 × 1.50 = 6.00; P4 6 × 2.50 = 15.00; P3 has none.
    let got: Vec<(&str, i64, i64)> = v
        .products
        .iter()
        .map(|p| (p.sku.as_str(), p.on_hand, p.value))
        .collect();
    assert_eq!(got, [("P1", 7, 2800), ("P2", 4, 600), ("P4", 6, 1500)]);
    // Tools 28 + 6 = 34.00 (2 products, 11 units), then Garden 15.00.
    let cats: Vec<(&str, i64, i64, i64)> = v
        .categories
        .iter()
        .map(|c| (c.category.as_str(), c.products, c.on_hand, c.value))
        .collect();
    assert_eq!(cats, [("Tools", 2, 11, 3400), ("Garden", 1, 6, 1500)]);
    assert_eq!(
        (v.products_checked, v.total_units, v.total_value),
        (4, 17, 4900)
    );
}

#[test]
fn valuation_as_of_an_earlier_day_reads_the_ledger_up_to_that_day() {
    let s = valuation_shop();
    // 4 Mar, before the damage: P1 10 × 4.00 = 40.00; total 40 + 6 + 15 = 61.00.
    let r = report(&s, ReportName::Valuation, None, Some("2026-03-04"));
    let ReportBody::Valuation(v) = &r.body else {
        panic!("valuation")
    };
    assert_eq!((v.total_units, v.total_value), (20, 6100));
    // 28 Feb, before the opening balances: nothing.
    let r = report(&s, ReportName::Valuation, None, Some("2026-02-28"));
    let ReportBody::Valuation(v) = &r.body else {
        panic!("valuation")
    };
    assert_eq!((v.products.len(), v.total_value), (0, 0));
}

#[test]
fn the_ledger_shows_opening_balance_movements_and_closing_balance() {
    let mut s = shop("2026-03-01");
    product(
        &mut s,
        P {
            sku: "L",
            on_hand: 5,
            ..Default::default()
        },
    );
    let ann = customer(&mut s, "Ann");
    let p = po(&mut s, "Acme", "2026-03-03", &[("L", 10)]);
    on(&mut s, "2026-03-03");
    receive(&mut s, &p, "L", 10); // +10
    on(&mut s, "2026-03-05");
    let o = order(&mut s, ann, &[("L", 4)]);
    ship(&mut s, &o); // −4
    on(&mut s, "2026-03-08");
    s.adjust_stock("L", -1, "damaged").unwrap(); // −1
    on(&mut s, "2026-03-12");
    s.return_stock("L", 1, "customer return").unwrap(); // +1, after the range
    let r = report(
        &s,
        ReportName::Ledger { sku: "L".into() },
        Some("2026-03-04"),
        Some("2026-03-10"),
    );
    let ReportBody::Ledger(l) = &r.body else {
        panic!("ledger")
    };
    // Opening on 4 Mar: 5 (opening balance) + 10 (received 3 Mar) = 15.
    assert_eq!(l.opening_balance, 15);
    let m: Vec<(i64, i64, &str)> = l
        .movements
        .iter()
        .map(|m| (m.qty, m.balance, m.reason.as_str()))
        .collect();
    assert_eq!(m, [(-4, 11, "shipped"), (-1, 10, "damaged")]);
    assert!(
        l.movements[0].reference.starts_with("SH"),
        "the shipment is the reference"
    );
    // Closing: 15 − 4 − 1 = 10; in 0, out 5.
    assert_eq!((l.units_in, l.units_out, l.closing_balance), (0, 5, 10));
}

#[test]
fn bad_requests_are_refused_with_the_reason() {
    let s = valuation_shop();
    let bad = |name: ReportName, from: Option<&str>, to: Option<&str>| {
        let e = s
            .report(&name, &ReportRange::new(from.map(d), to.map(d)))
            .unwrap_err();
        assert!(e.is_user_error(), "{e}");
        e.to_string()
    };
    assert!(bad(ReportName::FillRate, Some("2026-03-09"), Some("2026-03-01")).contains("after"));
    assert!(bad(ReportName::Backorders, Some("2026-03-01"), None).contains("today"));
    assert!(bad(ReportName::Valuation, None, Some("2026-03-11")).contains("after today"));
    assert!(bad(ReportName::Ledger { sku: "NOPE".into() }, None, None).contains("NOPE"));
    assert!(ReportName::parse("sales", None).is_err());
    assert!(ReportName::parse("ledger", None).is_err());
    assert_eq!(
        ReportName::parse("ledger", Some("P1")).unwrap(),
        ReportName::Ledger { sku: "P1".into() }
    );
    assert!(ReportName::parse("aging", Some("P1")).is_err());
}

#[test]
fn range_reports_default_to_the_twelve_weeks_ending_today() {
    let s = valuation_shop();
    let r = report(&s, ReportName::FillRate, None, None);
    // 10 Mar − 83 days = 17 Dec 2025: 84 days, 12 weeks.
    assert_eq!((r.from, r.to), (Some(d("2025-12-17")), d("2026-03-10")));
    let ReportBody::FillRate(f) = &r.body else {
        panic!("fill rate")
    };
    assert_eq!(f.weeks.len(), 12);
}
