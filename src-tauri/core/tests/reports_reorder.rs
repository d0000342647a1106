//! Reorder suggestions and the draft purchase order made from them (issue 6).
//! The expected numbers are worked out by hand in the comments from the history each test
//! builds, never copied from the program's output.

mod reports_support;

use reports_support::*;
use stockroom_core::reports::{ReportBody, ReportName};
use stockroom_core::Stockroom;

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
