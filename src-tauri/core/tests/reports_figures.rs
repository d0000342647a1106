//! Every figure of the reports (issue 6) on small hand-built histories. The expected numbers
//! are worked out by hand in the comments from the history each test builds, never copied
//! from the program's output.
//!
//! Index: open backorders · aging buckets · fill rate (with a line cancelled after a partial
//! shipment, and a range where nothing was ordered) · promises kept (with a PO received late)
//! · reorder suggestions and the draft PO · valuation (today and as of an earlier day) ·
//! stock ledger · range and name validation.

use chrono::NaiveDate;
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::NewProduct;
use stockroom_core::customers::NewCustomer;
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::purchasing::{NewPo, NewPoLine, ReceiptLine};
use stockroom_core::reports::{ReportBody, ReportData, ReportName, ReportRange};
use stockroom_core::settings::SettingsPatch;
use stockroom_core::shipping::ShipRequest;
use stockroom_core::{Clock, Stockroom};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A shop on `day` with handling 1 day and a default carrier of 2 days' transit, so a promise
/// is (day stock is expected) + 3.
fn shop(day: &str) -> Stockroom {
    let mut s = Stockroom::open_in_memory()
        .unwrap()
        .with_clock(Clock::Fixed(d(day)));
    s.update_settings(&SettingsPatch {
        handling_days: Some(1),
        ..Default::default()
    })
    .unwrap();
    s.add_carrier(&NewCarrier {
        name: "Post".into(),
        transit_days: 2,
        is_default: true,
    })
    .unwrap();
    s
}

struct P<'a> {
    sku: &'a str,
    price: i64,
    cost: i64,
    on_hand: i64,
    supplier: Option<&'a str>,
    category: &'a str,
    lead: Option<i64>,
    reorder: (i64, i64, i64),
}

impl Default for P<'_> {
    fn default() -> Self {
        P {
            sku: "",
            price: 1000,
            cost: 400,
            on_hand: 0,
            supplier: None,
            category: "",
            lead: None,
            reorder: (0, 0, 0),
        }
    }
}

fn product(s: &mut Stockroom, p: P) {
    s.add_product(&NewProduct {
        sku: p.sku.into(),
        name: format!("Product {}", p.sku),
        category: p.category.into(),
        price: p.price,
        cost: p.cost,
        supplier: p.supplier.map(str::to_string),
        reorder_point: p.reorder.0,
        safety_stock: p.reorder.1,
        reorder_qty: p.reorder.2,
        lead_time_days: p.lead,
        on_hand: p.on_hand,
        ..Default::default()
    })
    .unwrap();
}

fn customer(s: &mut Stockroom, name: &str) -> i64 {
    s.add_customer(&NewCustomer {
        name: name.into(),
        ..Default::default()
    })
    .unwrap()
    .id
}

fn order(s: &mut Stockroom, c: i64, lines: &[(&str, i64)]) -> String {
    s.place_order(&NewOrder {
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
    })
    .unwrap()
    .number
}

fn po(s: &mut Stockroom, supplier: &str, expected: &str, lines: &[(&str, i64)]) -> String {
    s.create_po(&NewPo {
        supplier: supplier.into(),
        expected_on: d(expected),
        lines: lines
            .iter()
            .map(|(k, q)| NewPoLine {
                sku: (*k).into(),
                qty: *q,
                unit_cost: None,
            })
            .collect(),
        note: String::new(),
        number: None,
    })
    .unwrap()
    .number
}

fn receive(s: &mut Stockroom, number: &str, sku: &str, qty: i64) {
    s.receive_po(
        number,
        &[ReceiptLine {
            sku: sku.into(),
            qty,
        }],
    )
    .unwrap();
}

fn ship(s: &mut Stockroom, number: &str) {
    s.ship(
        number,
        &ShipRequest {
            partial: true,
            ..Default::default()
        },
    )
    .unwrap();
}

fn on(s: &mut Stockroom, day: &str) {
    s.set_clock(Clock::Fixed(d(day)));
}

fn report(s: &Stockroom, name: ReportName, from: Option<&str>, to: Option<&str>) -> ReportData {
    s.report(&name, &ReportRange::new(from.map(d), to.map(d)))
        .unwrap()
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

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

/// Four low products and one fine one (see the test for each one's arithmetic).
fn reorder_shop() -> Stockroom {
    let mut s = shop("2026-03-01");
    // P1: 10 on hand, reorder point 5, safety 2, reorder qty 20, cost 4.00.
    product(
        &mut s,
        P {
            sku: "P1",
            cost: 400,
            on_hand: 10,
            supplier: Some("Acme"),
            reorder: (5, 2, 20),
            ..Default::default()
        },
    );
    // P2: nothing, no settings, cost 1.50; 3 wait, 1 on order.
    product(
        &mut s,
        P {
            sku: "P2",
            cost: 150,
            supplier: Some("Acme"),
            ..Default::default()
        },
    );
    // P3: 50 on hand, point 5, safety 5: fine.
    product(
        &mut s,
        P {
            sku: "P3",
            on_hand: 50,
            supplier: Some("Acme"),
            reorder: (5, 5, 10),
            ..Default::default()
        },
    );
    // P4: 3 on hand, point 3, safety 1, reorder qty 6, cost 10.00, lead 7 days (Bolt).
    product(
        &mut s,
        P {
            sku: "P4",
            cost: 1000,
            on_hand: 3,
            supplier: Some("Bolt"),
            lead: Some(7),
            reorder: (3, 1, 6),
            ..Default::default()
        },
    );
    // P5: no supplier, nothing on hand, point 2, cost 2.00.
    product(
        &mut s,
        P {
            sku: "P5",
            cost: 200,
            reorder: (2, 0, 0),
            ..Default::default()
        },
    );
    let ann = customer(&mut s, "Ann");
    order(&mut s, ann, &[("P1", 8), ("P2", 3)]);
    po(&mut s, "Acme", "2026-03-20", &[("P2", 1)]);
    s
}

#[test]
fn reorder_suggestions_restore_the_position_to_the_reorder_point_and_safety_stock() {
    let s = reorder_shop();
    let r = report(&s, ReportName::Reorder, None, None);
    let ReportBody::Reorder(x) = &r.body else {
        panic!("reorder")
    };
    let names: Vec<&str> = x.suppliers.iter().map(|g| g.supplier.as_str()).collect();
    assert_eq!(names, ["Acme", "Bolt", "(no supplier)"]);
    let acme = &x.suppliers[0];
    let skus: Vec<&str> = acme.products.iter().map(|p| p.sku.as_str()).collect();
    assert_eq!(
        skus,
        ["P1", "P2"],
        "P3's position 50 is above its target 10"
    );
    // P1: available 10 − 8 = 2, nothing incoming or waiting → position 2 < target 5 + 2 = 7;
    // suggested = max(20, 7 − 2) = 20; cost 20 × 4.00 = 80.00.
    let p1 = &acme.products[0];
    assert_eq!(
        (p1.available, p1.position, p1.target, p1.suggested, p1.cost),
        (2, 2, 7, 20, 8000)
    );
    // P2: 0 available + 1 incoming − 3 waiting = −2 < 0; suggested = max(0, 0 − (−2)) = 2:
    // enough for the two customers the PO does not cover. Cost 2 × 1.50 = 3.00.
    let p2 = &acme.products[1];
    assert_eq!(
        (p2.incoming, p2.waiting, p2.position, p2.suggested, p2.cost),
        (1, 3, -2, 2, 300)
    );
    assert_eq!((acme.units, acme.cost), (22, 8300));
    // P4: 3 < 3 + 1; suggested = max(6, 4 − 3) = 6; 6 × 10.00 = 60.00.
    let p4 = &x.suppliers[1].products[0];
    assert_eq!(
        (
            p4.sku.as_str(),
            p4.position,
            p4.target,
            p4.suggested,
            p4.cost
        ),
        ("P4", 3, 4, 6, 6000)
    );
    // P5: 0 < 2 + 0; suggested = max(0, 2) = 2; 4.00.
    let p5 = &x.suppliers[2].products[0];
    assert_eq!((p5.sku.as_str(), p5.suggested, p5.cost), ("P5", 2, 400));
    assert_eq!(
        (x.products_checked, x.low_products, x.units, x.cost),
        (5, 4, 30, 8300 + 6000 + 400)
    );
}

#[test]
fn a_suppliers_suggestions_become_a_purchase_order() {
    let mut s = reorder_shop();
    // Bolt's draft: P4 × 6 at 10.00, expected today + P4's 7-day lead time = 8 Mar.
    let draft = s.reorder_draft("bolt", None).unwrap();
    assert_eq!(draft.expected_on, d("2026-03-08"));
    assert_eq!(draft.lines.len(), 1);
    assert_eq!(
        (
            draft.lines[0].sku.as_str(),
            draft.lines[0].qty,
            draft.lines[0].unit_cost
        ),
        ("P4", 6, Some(1000))
    );
    let po = s.draft_po_from_suggestions("Bolt", None).unwrap();
    assert_eq!(po.supplier, "Bolt");
    assert_eq!(po.lines[0].ordered, 6);
    // With 6 incoming, P4's position is 3 + 6 = 9 ≥ 4: no longer suggested.
    let r = report(&s, ReportName::Reorder, None, None);
    let ReportBody::Reorder(x) = &r.body else {
        panic!("reorder")
    };
    assert!(x.suppliers.iter().all(|g| g.supplier != "Bolt"));
    // Acme's products have no lead time: the date must be given.
    assert!(s.reorder_draft("Acme", None).is_err());
    assert_eq!(
        s.reorder_draft("Acme", Some(d("2026-03-15")))
            .unwrap()
            .lines
            .len(),
        2
    );
    // Nothing to suggest for an unknown supplier, nor for the no-supplier group.
    assert!(s.draft_po_from_suggestions("Nobody", None).is_err());
    assert!(s
        .reorder_draft("(no supplier)", Some(d("2026-03-15")))
        .is_err());
}

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
