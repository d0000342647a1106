//! The Backorders page's purchase-order filter: the waiting lines of the products a purchase
//! order still brings — what the PO screen shows before its expected date is changed.

mod engine_support;

use engine_support::*;
use stockroom_core::backorders::model::{BackorderPage, BackorderQuery};
use stockroom_core::catalog::BackorderPolicy::Allow;
use stockroom_core::customers::ShipPreference::Partial;
use stockroom_core::Stockroom;

fn waiting_on(s: &Stockroom, po: &str, customer: Option<&str>) -> BackorderPage {
    let q = BackorderQuery {
        po: Some(po.into()),
        customer: customer.map(str::to_string),
        ..Default::default()
    };
    s.backorders_page(&q, 0, 50).unwrap()
}

/// (order, SKU) of each row, in the page's order.
fn rows(p: &BackorderPage) -> Vec<(String, String)> {
    p.items
        .iter()
        .map(|r| (r.order.clone(), r.sku.clone()))
        .collect()
}

/// Ann and Ben wait for A, Ann for B and C. PO-1 brings A and B, but all of B has arrived;
/// PO-2 brings C.
fn shop_with_two_pos() -> (Stockroom, [String; 4], String, String) {
    let mut s = shop();
    for sku in ["A", "B", "C"] {
        product(&mut s, sku, 0, Allow, None);
    }
    let ann = customer(&mut s, "Ann", Partial);
    let ben = customer(&mut s, "Ben", Partial);
    let po1 = po(&mut s, "2026-03-10", &[("A", 5), ("B", 1)]);
    let po2 = po(&mut s, "2026-03-12", &[("C", 4)]);
    let ann_a = order(&mut s, ann, &[("A", 2)], 0).number;
    let ben_a = order(&mut s, ben, &[("A", 1)], 0).number;
    let ann_b = order(&mut s, ann, &[("B", 3)], 0).number;
    let ann_c = order(&mut s, ann, &[("C", 1)], 0).number;
    // B's one unit arrives: PO-1 brings no more B, and Ann still waits for 2.
    s.receive_po(&po1, &rl("B", 1)).unwrap();
    (s, [ann_a, ben_a, ann_b, ann_c], po1, po2)
}

#[test]
fn a_po_shows_the_lines_waiting_for_what_it_still_brings() {
    let (s, [ann_a, ben_a, ann_b, ann_c], po1, po2) = shop_with_two_pos();
    let p = waiting_on(&s, &po1, None);
    assert_eq!(
        rows(&p),
        [(ann_a.clone(), "A".into()), (ben_a.clone(), "A".into())],
        "A's queue, in order; not B (all of it received), not C (another PO's)"
    );
    assert_eq!(p.total, 2);
    assert_eq!(
        rows(&waiting_on(&s, &po2, None)),
        [(ann_c, "C".into())],
        "PO-2 brings C only"
    );
    let still_waiting_for_b = s
        .backorders_page(&BackorderQuery::default(), 0, 50)
        .unwrap()
        .items
        .iter()
        .any(|r| r.order == ann_b && r.backordered == 2);
    assert!(
        still_waiting_for_b,
        "B's waiting line exists, only not on PO-1"
    );
}

#[test]
fn the_po_filter_combines_with_the_others_and_keeps_queue_positions() {
    let (s, [_, ben_a, _, _], po1, _) = shop_with_two_pos();
    let p = waiting_on(&s, &po1, Some("ben"));
    assert_eq!(rows(&p), [(ben_a, "A".into())]);
    assert_eq!(
        p.items[0].queue_position, 2,
        "Ben is second in A's whole queue, whatever the filter"
    );
}

#[test]
fn an_unknown_po_number_matches_nothing_and_case_does_not_matter() {
    let (s, _, po1, _) = shop_with_two_pos();
    assert_eq!(
        waiting_on(&s, "PO-NOPE", None).total,
        0,
        "an unknown number matches nothing"
    );
    assert_eq!(
        waiting_on(&s, &po1.to_lowercase(), None).total,
        2,
        "PO numbers are case-insensitive"
    );
}
