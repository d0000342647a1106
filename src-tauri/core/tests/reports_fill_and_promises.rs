//! Fill and backorder rates (with a line cancelled after a partial shipment, and a range where
//! nothing was ordered) and promises kept (with a PO received late) (issue 6).
//! The expected numbers are worked out by hand in the comments from the history each test
//! builds, never copied from the program's output.

mod reports_support;

use reports_support::*;
use stockroom_core::reports::{ReportBody, ReportName};
use stockroom_core::Stockroom;

/// Week of Mon 2 Mar: three orders. A: 10 in stock; B: none, 5 arrive on 9 Mar.
fn fill_shop() -> Stockroom {
    let mut s = shop("2026-03-02");
    product(
        &mut s,
        P {
            sku: "A",
            on_hand: 10,
            ..Default::default()
        },
    );
    product(
        &mut s,
        P {
            sku: "B",
            lead: Some(5),
            ..Default::default()
        },
    );
    let (ann, bob, cy) = (
        customer(&mut s, "Ann"),
        customer(&mut s, "Bob"),
        customer(&mut s, "Cy"),
    );
    let pb = po(&mut s, "Acme", "2026-03-09", &[("B", 5)]);
    let o1 = order(&mut s, ann, &[("A", 4)]); // all 4 allocated
    let o2 = order(&mut s, bob, &[("A", 2), ("B", 3)]); // A 2 allocated; B 3 wait
    on(&mut s, "2026-03-03");
    ship(&mut s, &o1); // O1's first shipment: A 4 (complete)
    ship(&mut s, &o2); // O2's first shipment: A 2 only
    on(&mut s, "2026-03-04");
    let o3 = order(&mut s, cy, &[("B", 5)]); // 5 wait behind Bob's 3
    on(&mut s, "2026-03-09");
    receive(&mut s, &pb, "B", 5); // fills: Bob 3 (waited 9−2 = 7 days), Cy 2 (9−4 = 5 days)
    on(&mut s, "2026-03-10");
    ship(&mut s, &o2); // B 3
    ship(&mut s, &o3); // O3's first shipment: B 2 of 5
    on(&mut s, "2026-03-11");
    s.cancel_order(&o3, None).unwrap(); // the 3 still waiting are cancelled after a partial shipment
    on(&mut s, "2026-03-20");
    s
}

#[test]
fn fill_rates_count_what_the_first_shipment_carried() {
    let s = fill_shop();
    let r = report(
        &s,
        ReportName::FillRate,
        Some("2026-03-02"),
        Some("2026-03-15"),
    );
    let ReportBody::FillRate(f) = &r.body else {
        panic!("fill rate")
    };
    let x = &f.figures;
    // Units ordered: O1 4 + O2 (2 + 3) + O3 5 = 14. On first shipments: O1 4, O2 2 (A only),
    // O3 2 (the partial shipment before the cancel) = 8. 8 / 14.
    assert_eq!((x.units_on_first_shipment, x.units_ordered), (8, 14));
    assert!(close(x.unit_fill_rate, 8.0 / 14.0));
    // Lines filled on the first shipment: O1 A (4/4), O2 A (2/2); not O2 B (0/3), O3 B (2/5).
    assert_eq!((x.lines_filled_first_time, x.lines), (2, 4));
    assert!(close(x.line_fill_rate, 0.5));
    // Orders shipped complete first time: O1 only, of 3.
    assert_eq!((x.orders_complete_first_time, x.orders), (1, 3));
    assert!(close(x.order_fill_rate, 1.0 / 3.0));
    // Orders with a backordered line: O2 (B) and O3 (B) of 3.
    assert_eq!(x.orders_with_backorder, 2);
    assert!(close(x.backorder_rate, 2.0 / 3.0));
    // Waiting units given stock on 9 Mar: 3 waited 7 days, 2 waited 5: (21 + 10) / 5 = 6.2.
    assert_eq!(f.filled_units, 5);
    assert!(close(f.average_wait_days, 6.2));
    // Two weeks: 2–8 Mar holds every order; 9–15 Mar none, so its rates are undefined.
    assert_eq!(f.weeks.len(), 2);
    assert_eq!(
        (f.weeks[0].from, f.weeks[0].to),
        (d("2026-03-02"), d("2026-03-08"))
    );
    assert_eq!(f.weeks[0].figures.orders, 3);
    assert!(close(f.weeks[0].figures.unit_fill_rate, 8.0 / 14.0));
    assert_eq!(f.weeks[1].figures.orders, 0);
    assert_eq!(f.weeks[1].figures.unit_fill_rate, None);
}

#[test]
fn a_range_with_nothing_ordered_has_no_rates_rather_than_zero() {
    let s = fill_shop();
    let r = report(
        &s,
        ReportName::FillRate,
        Some("2026-04-01"),
        Some("2026-04-30"),
    );
    let ReportBody::FillRate(f) = &r.body else {
        panic!("fill rate")
    };
    assert_eq!(
        (f.figures.orders, f.figures.lines, f.figures.units_ordered),
        (0, 0, 0)
    );
    assert_eq!(f.figures.unit_fill_rate, None);
    assert_eq!(f.figures.order_fill_rate, None);
    assert_eq!(f.figures.backorder_rate, None);
    assert_eq!((f.filled_units, f.average_wait_days), (0, None));
    // 1–30 April is 30 days: four full weeks and a 2-day one.
    assert_eq!(f.weeks.len(), 5);
    assert_eq!(f.weeks[4].to, d("2026-04-30"));
    // CSV: undefined rates are empty cells, not 0.
    let csv = r.csv().unwrap();
    assert!(
        csv.contains("summary,Unit fill rate (units),0,0,\n"),
        "{csv}"
    );
}

/// A PO of Acme promised for 5 Mar arrives a week late (12 Mar); a PO of Bolt arrives on time.
fn promise_shop() -> Stockroom {
    let mut s = shop("2026-03-01");
    product(
        &mut s,
        P {
            sku: "A",
            supplier: Some("Acme"),
            ..Default::default()
        },
    );
    product(
        &mut s,
        P {
            sku: "B",
            supplier: Some("Bolt"),
            ..Default::default()
        },
    );
    let (ann, bob, cy, dee) = (
        customer(&mut s, "Ann"),
        customer(&mut s, "Bob"),
        customer(&mut s, "Cy"),
        customer(&mut s, "Dee"),
    );
    let pa = po(&mut s, "Acme", "2026-03-05", &[("A", 5)]);
    let pb = po(&mut s, "Bolt", "2026-03-06", &[("B", 1)]);
    // First promises: 5 Mar + 1 + 2 = 8 Mar for Ann (2) and Bob (3), the PO covers both;
    // Dee's unit is beyond the PO and A has no lead time: no date. Cy: 6 Mar + 3 = 9 Mar.
    let o1 = order(&mut s, ann, &[("A", 2)]);
    let o2 = order(&mut s, bob, &[("A", 3)]);
    let o3 = order(&mut s, cy, &[("B", 1)]);
    let o4 = order(&mut s, dee, &[("A", 1)]);
    on(&mut s, "2026-03-04");
    s.set_po_expected(&pa, d("2026-03-12")).unwrap(); // the supplier slips: promises move to 15 Mar
    on(&mut s, "2026-03-05");
    s.cancel_order(&o4, None).unwrap(); // Dee gives up before any stock came: never filled
    on(&mut s, "2026-03-06");
    receive(&mut s, &pb, "B", 1);
    on(&mut s, "2026-03-07");
    ship(&mut s, &o3); // Cy: shipped 7 Mar ≤ 9 Mar: kept
    on(&mut s, "2026-03-12");
    receive(&mut s, &pa, "A", 5); // late receipt: Ann 2, Bob 3
    ship(&mut s, &o1); // Ann: 12 Mar, 4 days after 8 Mar
    on(&mut s, "2026-03-16");
    ship(&mut s, &o2); // Bob: 16 Mar, 8 days after 8 Mar
    on(&mut s, "2026-03-31");
    s
}

#[test]
fn promises_kept_compare_the_last_shipment_with_the_first_promise() {
    let s = promise_shop();
    let r = report(
        &s,
        ReportName::Promises,
        Some("2026-03-01"),
        Some("2026-03-31"),
    );
    let ReportBody::Promises(p) = &r.body else {
        panic!("promises")
    };
    // Counted: Ann, Bob (A, late) and Cy (B, kept); Dee's line was never filled.
    let f = &p.figures;
    assert_eq!(
        (f.lines, f.with_promise, f.kept, f.late, f.no_date_given),
        (3, 3, 1, 2, 0)
    );
    assert!(close(f.share_kept, 1.0 / 3.0));
    // Days late: Ann 12 − 8 = 4, Bob 16 − 8 = 8 → (4 + 8) / 2 = 6.
    assert_eq!(f.total_days_late, 12);
    assert!(close(f.average_days_late, 6.0));
    let acme = p.by_supplier.iter().find(|x| x.supplier == "Acme").unwrap();
    assert_eq!(
        (acme.figures.lines, acme.figures.kept, acme.figures.late),
        (2, 0, 2)
    );
    assert!(close(acme.figures.share_kept, 0.0));
    assert!(close(acme.figures.average_days_late, 6.0));
    let bolt = p.by_supplier.iter().find(|x| x.supplier == "Bolt").unwrap();
    assert_eq!((bolt.figures.lines, bolt.figures.kept), (1, 1));
    assert!(close(bolt.figures.share_kept, 1.0));
    assert_eq!(
        bolt.figures.average_days_late, None,
        "no late line: no average"
    );
    let ann = p.lines.iter().find(|l| l.days_late == Some(4)).unwrap();
    assert_eq!(
        (ann.first_promise, ann.shipped_on),
        (Some(d("2026-03-08")), d("2026-03-12"))
    );
}

#[test]
fn promises_count_a_line_in_the_range_of_its_last_shipment() {
    let s = promise_shop();
    // 1–12 Mar: Cy (7 Mar) and Ann (12 Mar); Bob finished on 16 Mar, outside.
    let r = report(
        &s,
        ReportName::Promises,
        Some("2026-03-01"),
        Some("2026-03-12"),
    );
    let ReportBody::Promises(p) = &r.body else {
        panic!("promises")
    };
    assert_eq!((p.figures.lines, p.figures.kept, p.figures.late), (2, 1, 1));
    assert!(close(p.figures.average_days_late, 4.0));
}
