//! The customer's choice on a backorder (issue 15): cancel part of what waits, swap waiting
//! units for an in-stock substitute, and the substitutes offered. One behaviour per test,
//! through the facade; every test ends with the engine's invariants.
//!
//! Index: partial cancel · substitutes · swap · refusals · the notice's data.

mod engine_support;

use engine_support::*;
use stockroom_core::catalog::BackorderPolicy::{self, *};
use stockroom_core::catalog::NewProduct;
use stockroom_core::customers::ShipPreference::*;
use stockroom_core::notices::{NoticeFilter, NoticeStatus};
use stockroom_core::orders::{Incentive, NewOrder, NewOrderLine, Order, OrderStatus};
use stockroom_core::Stockroom;

/// A product of a category at a price.
fn item(
    s: &mut Stockroom,
    sku: &str,
    category: &str,
    price: i64,
    on_hand: i64,
    policy: BackorderPolicy,
) {
    s.add_product(&NewProduct {
        sku: sku.into(),
        name: format!("Product {sku}"),
        category: category.into(),
        price,
        cost: price / 3,
        backorders: policy,
        lead_time_days: Some(10),
        on_hand,
        ..Default::default()
    })
    .unwrap();
}

fn order_with(s: &mut Stockroom, c: i64, lines: &[(&str, i64)], incentive: Incentive) -> Order {
    s.place_order(&NewOrder {
        customer_id: c,
        lines: lines
            .iter()
            .map(|(sku, qty)| NewOrderLine {
                sku: (*sku).into(),
                qty: *qty,
                unit_price: None,
            })
            .collect(),
        incentive: Some(incentive),
        ..Default::default()
    })
    .unwrap()
}

/// A mug shop: MUG waits (1 on the shelf), three mugs near its price in stock, one too dear,
/// one of another category.
fn mugs() -> (Stockroom, i64) {
    let mut s = shop();
    item(&mut s, "MUG", "Kitchen", 1000, 1, Notify);
    item(&mut s, "MUG-BLU", "Kitchen", 1000, 4, Notify);
    item(&mut s, "MUG-SND", "Kitchen", 1100, 9, Notify);
    item(&mut s, "MUG-BIG", "Kitchen", 1250, 5, Notify);
    item(&mut s, "MUG-GLD", "Kitchen", 1300, 50, Notify);
    item(&mut s, "TEA", "Tea", 1000, 50, Notify);
    let c = customer(&mut s, "Ann", Partial);
    (s, c)
}

/// A pending notice (whatever its kind: news not yet read merges into the newest) tells
/// `eta` for `sku`.
fn told_date(
    told: &[stockroom_core::notices::Notification],
    sku: &str,
    eta: Option<chrono::NaiveDate>,
) -> bool {
    told.iter().any(|n| {
        n.status == NoticeStatus::Pending && n.lines.iter().any(|l| l.sku == sku && l.eta == eta)
    })
}

// ---- Partial cancel ----

#[test]
fn cancelling_part_of_a_waiting_line_releases_only_those_units() {
    let (mut s, c) = mugs();
    let o = order_with(
        &mut s,
        c,
        &[("MUG", 4)],
        Incentive::Discount { percent_bp: 1000 },
    );
    let (allocated, _, waiting, _, _) = line(&s, &o.number, "MUG");
    assert_eq!((allocated, waiting), (1, 3));
    let (o, _) = s.cancel_order_units(&o.number, "MUG", 2).unwrap();
    let l = &o.lines[0];
    assert_eq!(
        (l.allocated, l.backordered, l.cancelled),
        (1, 1, 2),
        "two of the three waiting units cancelled, the allocated one kept"
    );
    assert_eq!(
        l.incentive_units, 1,
        "cancelled units lose the incentive first"
    );
    assert_eq!(
        (o.subtotal, o.discount, o.total),
        (2000, 100, 1900),
        "10% off the one unit still waiting"
    );
    assert_eq!(o.status, OrderStatus::Backordered);
    invariants(&s);
}

#[test]
fn cancelling_more_than_waits_takes_allocated_units_and_gives_them_to_the_next_in_queue() {
    let (mut s, c) = mugs();
    let first = order_with(&mut s, c, &[("MUG", 3)], Incentive::None).number;
    let second = order_with(&mut s, c, &[("MUG", 2)], Incentive::None).number;
    let (o, out) = s.cancel_order_units(&first, "MUG", 3).unwrap();
    assert_eq!(
        (
            o.lines[0].allocated,
            o.lines[0].backordered,
            o.lines[0].cancelled
        ),
        (0, 0, 3)
    );
    assert_eq!(out.fills.len(), 1, "the freed unit went down the queue");
    assert_eq!(out.fills[0].order, second);
    assert_eq!(line(&s, &second, "MUG").0, 1, "the next customer got it");
    invariants(&s);
}

#[test]
fn cancelling_every_unit_by_quantity_is_the_same_as_the_full_cancel() {
    let history = |s: &mut Stockroom, c: i64| {
        let o = order_with(
            s,
            c,
            &[("MUG", 3), ("TEA", 1)],
            Incentive::Credit { amount: 300 },
        );
        order_with(s, c, &[("MUG", 2)], Incentive::None);
        o.number
    };
    let (mut a, ca) = mugs();
    let (mut b, cb) = mugs();
    let na = history(&mut a, ca);
    let nb = history(&mut b, cb);
    a.cancel_order(&na, Some("MUG")).unwrap();
    b.cancel_order_units(&nb, "MUG", 3).unwrap();
    assert_eq!(
        dump(a.conn()),
        dump(b.conn()),
        "same rows, fills and notices"
    );
}

#[test]
fn a_partial_cancel_moves_the_promises_of_the_lines_behind_it() {
    let (mut s, c) = mugs();
    po(&mut s, "2026-03-10", &[("MUG", 3)]);
    let first = order_with(&mut s, c, &[("MUG", 4)], Incentive::None).number; // 1 + 3 wait
    let second = order_with(&mut s, c, &[("MUG", 1)], Incentive::None).number; // waits
    let before = line(&s, &second, "MUG").4;
    let (_, out) = s.cancel_order_units(&first, "MUG", 1).unwrap();
    let after = line(&s, &second, "MUG").4;
    assert!(
        after < before,
        "the PO now covers the second order: {before:?} → {after:?}"
    );
    assert!(out.moves.iter().any(|m| m.order == second));
    let told = s
        .notifications(&NoticeFilter {
            order: Some(second),
            ..Default::default()
        })
        .unwrap();
    assert!(
        told_date(&told, "MUG", after),
        "the customer behind is told the new date, as after a full cancel: {told:?}"
    );
    invariants(&s);
}

#[test]
fn a_partial_cancel_out_of_range_is_refused_and_stores_nothing() {
    let (mut s, c) = mugs();
    let o = order_with(&mut s, c, &[("MUG", 3), ("TEA", 1)], Incentive::None).number;
    let before = dump(s.conn());
    for (sku, qty, why) in [
        ("MUG", 0, "zero"),
        ("MUG", -1, "negative"),
        ("MUG", 4, "more than the line holds unshipped"),
        ("MUG-BLU", 1, "a SKU the order does not have"),
        ("NOPE", 1, "an unknown SKU"),
    ] {
        let err = s.cancel_order_units(&o, sku, qty).unwrap_err();
        assert!(err.is_user_error(), "{why}: {err}");
        assert_eq!(dump(s.conn()), before, "{why}: nothing stored");
    }
    let err = s.cancel_order_units(&o, "MUG", 4).unwrap_err().to_string();
    assert!(err.contains("1 to 3"), "says what can be cancelled: {err}");
}

// ---- Substitutes ----

#[test]
fn substitutes_share_the_category_are_near_in_price_cover_what_waits_and_come_best_first() {
    let (mut s, c) = mugs();
    let o = order_with(&mut s, c, &[("MUG", 5)], Incentive::None).number; // 4 wait
    let subs = s.substitutes(&o, "MUG").unwrap();
    let skus: Vec<&str> = subs.iter().map(|x| x.sku.as_str()).collect();
    assert_eq!(
        skus,
        ["MUG-BLU", "MUG-SND", "MUG-BIG"],
        "closest price first; MUG-GLD is more than 25% dearer, TEA another category"
    );
    assert_eq!((subs[0].price, subs[0].available), (1000, 4));
    // Five waiting: MUG-BLU (4 available) can no longer cover them.
    s.cancel_order(&o, None).unwrap();
    let o = order_with(&mut s, c, &[("MUG", 6)], Incentive::None).number;
    let skus: Vec<String> = s
        .substitutes(&o, "MUG")
        .unwrap()
        .into_iter()
        .map(|x| x.sku)
        .collect();
    assert_eq!(skus, ["MUG-SND", "MUG-BIG"]);
}

#[test]
fn substitutes_of_a_line_with_nothing_waiting_are_refused() {
    let (mut s, c) = mugs();
    let o = order_with(&mut s, c, &[("TEA", 1)], Incentive::None).number;
    assert!(s.substitutes(&o, "TEA").unwrap_err().is_user_error());
}

// ---- Swap ----

#[test]
fn a_swap_cancels_the_waiting_units_and_adds_the_substitute_to_the_same_order() {
    let (mut s, c) = mugs();
    let o = order_with(&mut s, c, &[("MUG", 4)], Incentive::None); // 1 allocated, 3 wait
    let (after, out) = s.swap(&o.number, "MUG", "MUG-SND", None).unwrap();
    let old = &after.lines[0];
    assert_eq!(
        (old.allocated, old.backordered, old.cancelled),
        (1, 0, 3),
        "every waiting unit cancelled, the allocated one kept"
    );
    let new = &after.lines[1];
    assert_eq!(new.sku, "MUG-SND");
    assert_eq!(new.line_no, 2);
    assert_eq!(
        (new.ordered, new.allocated, new.backordered),
        (3, 3, 0),
        "from the shelf, nothing waits"
    );
    assert_eq!(new.unit_price, 1100, "at the substitute's current price");
    assert_eq!(
        new.replaces_line_id,
        Some(old.id),
        "the choice is on record"
    );
    assert_eq!(
        new.eta,
        Some(d("2026-03-04")),
        "ready: handling 1 + transit 2"
    );
    assert_eq!(after.status, OrderStatus::Open, "nothing waits any more");
    assert_eq!(after.subtotal, 1000 + 3 * 1100);
    assert_eq!(s.product("MUG-SND").unwrap().available, 6);
    assert!(
        !out.moves.iter().any(|m| m.sku == "MUG-SND"),
        "the new line's first promise is no move"
    );
    assert!(
        out.moves
            .iter()
            .any(|m| m.sku == "MUG" && m.new_eta == new.eta),
        "the kept unit no longer waits for the others: it ships now"
    );
    invariants(&s);
}

#[test]
fn a_swap_of_part_of_the_waiting_units_keeps_the_rest_in_the_queue() {
    let (mut s, c) = mugs();
    let o = order_with(&mut s, c, &[("MUG", 4)], Incentive::None);
    let (after, _) = s.swap(&o.number, "MUG", "MUG-BLU", Some(2)).unwrap();
    let old = &after.lines[0];
    assert_eq!((old.allocated, old.backordered, old.cancelled), (1, 1, 2));
    assert_eq!(old.queue_position, Some(1));
    assert_eq!(after.lines[1].ordered, 2);
    invariants(&s);
}

#[test]
fn the_incentive_follows_the_swap() {
    // A credit: the same amount before and after, carried by the new line's units.
    let (mut s, c) = mugs();
    let o = order_with(&mut s, c, &[("MUG", 4)], Incentive::Credit { amount: 600 });
    assert_eq!(o.discount, 600);
    let (after, _) = s.swap(&o.number, "MUG", "MUG-SND", Some(2)).unwrap();
    assert_eq!(
        (
            after.lines[0].incentive_units,
            after.lines[1].incentive_units
        ),
        (1, 2)
    );
    assert_eq!(after.discount, 600, "the credit stays whole");
    // A discount: 10% off the swapped units, at the substitute's price.
    let o = order_with(
        &mut s,
        c,
        &[("MUG", 3)],
        Incentive::Discount { percent_bp: 1000 },
    );
    assert_eq!(o.discount, 300);
    let (after, _) = s.swap(&o.number, "MUG", "MUG-SND", None).unwrap();
    assert_eq!(after.lines[1].incentive_units, 3);
    assert_eq!(after.discount, 330, "10% of 3 × 11.00");
    invariants(&s);
}

#[test]
fn a_swap_moves_up_the_customers_queued_behind_it() {
    let (mut s, c) = mugs();
    po(&mut s, "2026-03-10", &[("MUG", 3)]);
    let first = order_with(&mut s, c, &[("MUG", 4)], Incentive::None).number; // 3 wait
    let second = order_with(&mut s, c, &[("MUG", 2)], Incentive::None).number;
    assert_eq!(
        line(&s, &second, "MUG").4,
        Some(d("2026-03-14")),
        "beyond the PO: lead 10 + handling 1 + transit 2"
    );
    s.swap(&first, "MUG", "MUG-BLU", None).unwrap();
    assert_eq!(
        line(&s, &second, "MUG").4,
        Some(d("2026-03-13")),
        "the PO now covers it: 10 Mar + handling 1 + transit 2"
    );
    let told = s
        .notifications(&NoticeFilter {
            order: Some(second),
            ..Default::default()
        })
        .unwrap();
    assert!(
        told_date(&told, "MUG", Some(d("2026-03-13"))),
        "told the new date: {told:?}"
    );
    invariants(&s);
}

#[test]
fn a_swap_is_refused_and_stores_nothing_for_bad_or_impossible_requests() {
    let (mut s, c) = mugs();
    let o = order_with(&mut s, c, &[("MUG", 4), ("TEA", 1)], Incentive::None).number;
    let before = dump(s.conn());
    let cases: [(&str, &str, Option<i64>, &str); 8] = [
        ("MUG", "NOPE", None, "an unknown substitute"),
        ("NOPE", "MUG-BLU", None, "an unknown SKU"),
        ("MUG", "MUG", None, "the same SKU"),
        ("TEA", "MUG-BLU", None, "a line with nothing waiting"),
        ("MUG-BLU", "MUG-SND", None, "a SKU the order does not have"),
        ("MUG", "MUG-SND", Some(0), "zero units"),
        ("MUG", "MUG-SND", Some(4), "more than waits (3)"),
        ("MUG", "MUG-GLD", Some(-1), "negative units"),
    ];
    for (sku, to, qty, why) in cases {
        let err = s.swap(&o, sku, to, qty).unwrap_err();
        assert!(err.is_user_error(), "{why}: {err}");
        assert_eq!(dump(s.conn()), before, "{why}: nothing stored");
    }
    // A substitute without enough on the shelf: the customer would only wait again.
    item(&mut s, "MUG-TWO", "Kitchen", 1000, 2, Notify);
    let before = dump(s.conn());
    let err = s.swap(&o, "MUG", "MUG-TWO", None).unwrap_err();
    assert!(err.is_user_error());
    assert!(err.to_string().contains("2 available"), "{err}");
    assert_eq!(dump(s.conn()), before);
    assert!(
        s.swap(&o, "MUG", "MUG-TWO", Some(2)).is_ok(),
        "two of the three fit"
    );
    invariants(&s);
}

// ---- The notice's data ----

#[test]
fn the_backorder_notice_offers_substitutes_for_each_waiting_product() {
    let (mut s, c) = mugs();
    item(&mut s, "POT", "Tea", 3000, 0, Notify);
    let o = order_with(
        &mut s,
        c,
        &[("MUG", 3), ("POT", 1), ("TEA", 1)],
        Incentive::None,
    );
    let n = s.backorder_notice(&o.number).unwrap();
    let offers: Vec<(&str, Vec<&str>)> = n
        .substitutes
        .iter()
        .map(|o| {
            (
                o.sku.as_str(),
                o.substitutes.iter().map(|x| x.sku.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        offers,
        [("MUG", vec!["MUG-BLU", "MUG-SND", "MUG-BIG"])],
        "POT waits but nothing near its price is in stock; TEA does not wait"
    );
    assert_eq!(n.substitutes[0].name, "Product MUG");
}

#[test]
fn the_printed_notice_lists_the_three_choices_with_the_substitutes_name_sku_and_price() {
    let (mut s, c) = mugs();
    let o = order_with(&mut s, c, &[("MUG", 3)], Incentive::None);
    let doc = s.backorder_notice_pdf(&o.number).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notice.pdf");
    std::fs::write(&file, &doc.pdf.bytes).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (apt poppler-utils)");
    let t = String::from_utf8(out.stdout).unwrap().replace('\n', " ");
    let choices = &t[t.find("Your choices").expect("the block")..];
    for want in [
        "Wait",
        "Swap",
        "Cancel",
        "Instead of Product MUG (MUG)",
        "Product MUG-BLU (MUG-BLU, €10.00)",
        "Product MUG-SND (MUG-SND, €11.00)",
        "only part of what waits",
    ] {
        assert!(choices.contains(want), "{want:?} in: {choices}");
    }
    assert!(
        !choices.contains("thank-you"),
        "no incentive, none promised"
    );
}
