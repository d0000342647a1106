//! Correcting what was entered (issue 5, with rule 7 of issue 3): editing products and
//! customers, cancelling a purchase order, and the order preview at the counter.
//!
//! Index: product edits (fields, SKU rename and search, promises, policy, bad input) ·
//! customer edits · purchase-order cancel (and its preview) · order preview.

mod engine_support;

use engine_support::*;
use stockroom_core::catalog::{BackorderPolicy::*, ProductChanges};
use stockroom_core::customers::{CustomerChanges, ShipPreference::*};
use stockroom_core::notices::{NoticeFilter, NoticeKind};
use stockroom_core::orders::{Incentive, NewOrder, NewOrderLine};
use stockroom_core::purchasing::{PoStatus, ReceiptLine};
use stockroom_core::Error;

fn dump_of(s: &stockroom_core::Stockroom) -> String {
    dump(s.conn())
}

/// Pending notices of the order that tell a date: since issue 15 a move before the first
/// notice was given is carried by one pending notice (the older one is superseded), so "the
/// customer is due a notice" is one pending backorder notice naming the new date.
fn promise_moved_notices(s: &stockroom_core::Stockroom, order: &str) -> usize {
    s.notifications(&NoticeFilter {
        order: Some(order.into()),
        pending_only: true,
        ..Default::default()
    })
    .unwrap()
    .iter()
    .filter(|n| matches!(n.kind, NoticeKind::PromiseMoved | NoticeKind::Backordered))
    .count()
}

// ---- Products ----

#[test]
fn a_product_edit_changes_the_named_fields_and_keeps_the_stock() {
    let mut s = shop();
    product(&mut s, "MUG", 3, Notify, Some(10));
    let edit = s
        .update_product(
            "MUG",
            &ProductChanges {
                price: Some(1399),
                description: Some("Stoneware, 350 ml".into()),
                supplier: Some(Some("Potter & Co".into())),
                ..Default::default()
            },
        )
        .unwrap();
    let p = edit.product;
    assert_eq!(p.price, 1399, "the new price");
    assert_eq!(p.description, "Stoneware, 350 ml");
    assert_eq!(p.supplier.as_deref(), Some("Potter & Co"));
    assert_eq!(
        (p.name.as_str(), p.cost),
        ("Product MUG", 400),
        "untouched fields stay"
    );
    assert_eq!(p.on_hand, 3, "an edit never moves stock");
    assert!(edit.moved.is_empty(), "a price is no promise");
    assert_eq!(s.product("MUG").unwrap().price, 1399, "stored");
}

#[test]
fn an_order_already_placed_keeps_the_price_it_was_sold_at() {
    let mut s = shop();
    product(&mut s, "MUG", 3, Notify, Some(10));
    let c = customer(&mut s, "Ann", Partial);
    let o = order(&mut s, c, &[("MUG", 1)], 0);
    s.update_product(
        "MUG",
        &ProductChanges {
            price: Some(2000),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(s.order(&o.number).unwrap().lines[0].unit_price, 1000);
}

#[test]
fn renaming_a_sku_keeps_its_history_and_the_search_follows() {
    let mut s = shop();
    product(&mut s, "MUG", 3, Notify, Some(10));
    let c = customer(&mut s, "Ann", Partial);
    let o = order(&mut s, c, &[("MUG", 5)], 0);
    s.update_product(
        "MUG",
        &ProductChanges {
            sku: Some(" CUP-1 ".into()),
            name: Some("Teacup".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(matches!(s.product("MUG"), Err(Error::NotFound { .. })));
    let cup = s.product("CUP-1").unwrap();
    assert_eq!(
        (cup.on_hand, cup.backordered),
        (3, 2),
        "ledger and queue follow the product"
    );
    assert_eq!(s.order(&o.number).unwrap().lines[0].sku, "CUP-1");
    let found: Vec<String> = s
        .products("teacup")
        .unwrap()
        .into_iter()
        .map(|p| p.sku)
        .collect();
    assert_eq!(found, ["CUP-1"], "the search index knows the new name");
    assert!(
        s.products("mug").unwrap().is_empty(),
        "and forgot the old SKU"
    );
    let (page, total) = s.products_page("cup", 0, 10).unwrap();
    assert_eq!((page.len(), total), (1, 1), "the paged search too");
}

#[test]
fn a_sku_cannot_be_renamed_onto_another_product_and_nothing_is_stored() {
    let mut s = shop();
    product(&mut s, "MUG", 3, Notify, Some(10));
    product(&mut s, "POT", 1, Notify, None);
    let before = dump_of(&s);
    let err = s
        .update_product(
            "MUG",
            &ProductChanges {
                sku: Some("POT".into()),
                price: Some(1),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert!(matches!(err, Error::Duplicate(_)), "{err}");
    assert_eq!(err.to_string(), "SKU POT already exists");
    assert_eq!(dump_of(&s), before, "nothing stored");
}

#[test]
fn bad_product_edits_say_what_is_wrong_and_store_nothing() {
    let mut s = shop();
    product(&mut s, "MUG", 3, Notify, Some(10));
    let before = dump_of(&s);
    let cases = [
        (
            ProductChanges {
                price: Some(-5),
                ..Default::default()
            },
            "price of MUG cannot be negative (got -5)",
        ),
        (
            ProductChanges {
                name: Some("   ".into()),
                ..Default::default()
            },
            "product MUG needs a name",
        ),
        (
            ProductChanges {
                lead_time_days: Some(Some(-1)),
                ..Default::default()
            },
            "lead time of MUG cannot be negative (got -1)",
        ),
    ];
    for (changes, message) in cases {
        let err = s.update_product("MUG", &changes).unwrap_err();
        assert_eq!(err.to_string(), message);
        assert_eq!(err.code(), "invalid_input");
    }
    assert_eq!(
        s.update_product("NOPE", &ProductChanges::default())
            .unwrap_err()
            .to_string(),
        "SKU NOPE not found"
    );
    assert_eq!(dump_of(&s), before, "nothing stored");
}

#[test]
fn a_longer_lead_time_moves_the_promises_of_waiting_lines_and_notices_are_due() {
    let mut s = shop();
    product(&mut s, "MUG", 0, Notify, Some(10));
    let c = customer(&mut s, "Ann", Partial);
    let o = order(&mut s, c, &[("MUG", 2)], 0);
    // 1 March + 10 days' lead time + 1 handling + 2 transit.
    assert_eq!(line(&s, &o.number, "MUG").4, Some(d("2026-03-14")));
    let edit = s
        .update_product(
            "MUG",
            &ProductChanges {
                lead_time_days: Some(Some(20)),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(line(&s, &o.number, "MUG").4, Some(d("2026-03-24")));
    assert_eq!(edit.moved.len(), 1, "the waiting line's promise moved");
    assert_eq!(edit.moved[0].order, o.number);
    assert_eq!(edit.moved[0].old_eta, Some(d("2026-03-14")));
    assert_eq!(
        edit.product.eta,
        Some(d("2026-03-24")),
        "a new order is told the same"
    );
    assert_eq!(
        promise_moved_notices(&s, &o.number),
        1,
        "the customer is due a notice"
    );
}

#[test]
fn clearing_the_lead_time_makes_uncovered_promises_to_be_confirmed() {
    let mut s = shop();
    product(&mut s, "MUG", 0, Notify, Some(10));
    let c = customer(&mut s, "Ann", Partial);
    let o = order(&mut s, c, &[("MUG", 1)], 0);
    s.update_product(
        "MUG",
        &ProductChanges {
            lead_time_days: Some(None),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(line(&s, &o.number, "MUG").4, None);
}

#[test]
fn turning_a_product_to_refuse_keeps_its_waiting_lines_but_refuses_new_shortfalls() {
    let mut s = shop();
    product(&mut s, "MUG", 1, Notify, Some(10));
    let c = customer(&mut s, "Ann", Partial);
    let o = order(&mut s, c, &[("MUG", 3)], 0);
    s.update_product(
        "MUG",
        &ProductChanges {
            backorders: Some(Refuse),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(
        line(&s, &o.number, "MUG").2,
        2,
        "the customer who already waits keeps waiting"
    );
    let refused = s.place_order(&NewOrder {
        customer_id: c,
        lines: vec![NewOrderLine {
            sku: "MUG".into(),
            qty: 1,
            unit_price: None,
        }],
        ..Default::default()
    });
    assert!(matches!(refused, Err(Error::Refused(_))), "{refused:?}");
}

// ---- Customers ----

#[test]
fn a_customer_edit_corrects_the_address_and_keeps_the_orders() {
    let mut s = shop();
    product(&mut s, "MUG", 3, Notify, Some(10));
    let c = customer(&mut s, "Ann Lee", Partial);
    let o = order(&mut s, c, &[("MUG", 1)], 0);
    let ann = s
        .update_customer(
            c,
            &CustomerChanges {
                address: Some("ul. Piotrkowska 12\n90-001 Łódź".into()),
                email: Some(" ann@example.pl ".into()),
                ships: Some(Complete),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(ann.address, "ul. Piotrkowska 12\n90-001 Łódź");
    assert_eq!(ann.email, "ann@example.pl", "trimmed as on add");
    assert_eq!((ann.name.as_str(), ann.ships), ("Ann Lee", Complete));
    assert_eq!(s.customer(c).unwrap(), ann, "stored");
    assert_eq!(s.order(&o.number).unwrap().customer_id, c);
}

#[test]
fn bad_customer_edits_say_what_is_wrong_and_store_nothing() {
    let mut s = shop();
    let c = customer(&mut s, "Ann Lee", Partial);
    let before = dump_of(&s);
    let err = s
        .update_customer(
            c,
            &CustomerChanges {
                name: Some(" ".into()),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.to_string(), "a customer needs a name");
    let err = s
        .update_customer(
            c,
            &CustomerChanges {
                email: Some("ann-at-home".into()),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.to_string(), "'ann-at-home' is not an email address");
    let err = s
        .update_customer(99, &CustomerChanges::default())
        .unwrap_err();
    assert_eq!(err.to_string(), "customer 99 not found");
    assert_eq!(dump_of(&s), before, "nothing stored");
}

// ---- Purchase-order cancel ----

#[test]
fn cancelling_a_po_moves_the_promises_that_counted_on_it() {
    let mut s = shop();
    product(&mut s, "MUG", 0, Notify, Some(10));
    let c = customer(&mut s, "Ann", Partial);
    let number = po(&mut s, "2026-03-05", &[("MUG", 5)]);
    let o = order(&mut s, c, &[("MUG", 3)], 0);
    // Expected 5 March + 1 handling + 2 transit.
    assert_eq!(line(&s, &o.number, "MUG").4, Some(d("2026-03-08")));
    let r = s.cancel_po(&number).unwrap();
    assert_eq!(r.status, PoStatus::Cancelled);
    assert_eq!(
        r.cancelled,
        vec![ReceiptLine {
            sku: "MUG".into(),
            qty: 5
        }]
    );
    assert_eq!(r.moved.len(), 1);
    assert_eq!(
        (r.moved[0].order.as_str(), r.moved[0].new_eta),
        (o.number.as_str(), Some(d("2026-03-14"))),
        "now promised from the lead time"
    );
    assert_eq!(line(&s, &o.number, "MUG").4, Some(d("2026-03-14")));
    assert_eq!(s.product("MUG").unwrap().incoming, 0, "no longer incoming");
    assert_eq!(s.po(&number).unwrap().status, PoStatus::Cancelled);
    assert_eq!(
        promise_moved_notices(&s, &o.number),
        1,
        "the customer is due a notice"
    );
}

#[test]
fn cancelling_a_partly_received_po_keeps_what_came() {
    let mut s = shop();
    product(&mut s, "MUG", 0, Notify, Some(10));
    let number = po(&mut s, "2026-03-05", &[("MUG", 5)]);
    s.receive_po(
        &number,
        &[ReceiptLine {
            sku: "MUG".into(),
            qty: 2,
        }],
    )
    .unwrap();
    let r = s.cancel_po(&number).unwrap();
    assert_eq!(r.cancelled[0].qty, 3, "only the outstanding units");
    let after = s.po(&number).unwrap();
    assert_eq!(
        after.lines[0].received, 2,
        "received units stay on the line"
    );
    assert_eq!(s.product("MUG").unwrap().on_hand, 2, "and in the shop");
}

#[test]
fn a_po_cancelled_or_fully_received_cannot_be_cancelled_and_nothing_is_stored() {
    let mut s = shop();
    product(&mut s, "MUG", 0, Notify, Some(10));
    let done = po(&mut s, "2026-03-05", &[("MUG", 1)]);
    s.receive_po(
        &done,
        &[ReceiptLine {
            sku: "MUG".into(),
            qty: 1,
        }],
    )
    .unwrap();
    let gone = po(&mut s, "2026-03-06", &[("MUG", 1)]);
    s.cancel_po(&gone).unwrap();
    let before = dump_of(&s);
    let err = s.cancel_po(&gone).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("purchase order {gone} is already cancelled")
    );
    let err = s.cancel_po(&done).unwrap_err();
    assert!(matches!(err, Error::Refused(_)), "{err}");
    assert!(matches!(
        s.cancel_po("PO-9999"),
        Err(Error::NotFound { .. })
    ));
    assert_eq!(dump_of(&s), before, "nothing stored");
}

#[test]
fn the_cancel_preview_names_whose_promises_would_move_and_stores_nothing() {
    let mut s = shop();
    product(&mut s, "MUG", 0, Notify, Some(10));
    let c = customer(&mut s, "Ann", Partial);
    let number = po(&mut s, "2026-03-05", &[("MUG", 5)]);
    order(&mut s, c, &[("MUG", 3)], 0);
    let before = dump_of(&s);
    let preview = s.cancel_po_preview(&number).unwrap();
    assert_eq!(dump_of(&s), before, "the preview stores nothing");
    assert_eq!(
        preview,
        s.cancel_po(&number).unwrap(),
        "and says what cancelling does"
    );
}

// ---- Order preview ----

fn counter_order(c: i64) -> NewOrder {
    NewOrder {
        customer_id: c,
        lines: vec![
            NewOrderLine {
                sku: "MUG".into(),
                qty: 2,
                unit_price: None,
            },
            NewOrderLine {
                sku: "POT".into(),
                qty: 4,
                unit_price: None,
            },
        ],
        incentive: Some(Incentive::Discount { percent_bp: 1000 }),
        ..Default::default()
    }
}

#[test]
fn the_order_preview_is_what_placing_then_gives_and_stores_nothing() {
    let mut s = shop();
    product(&mut s, "MUG", 5, Notify, Some(10));
    product(&mut s, "POT", 1, Notify, Some(7));
    let c = customer(&mut s, "Ann", Partial);
    po(&mut s, "2026-03-05", &[("POT", 2)]);
    order(&mut s, c, &[("POT", 2)], 0); // someone already waits for POT
    let before = dump_of(&s);
    let preview = s.preview_order(&counter_order(c)).unwrap();
    assert_eq!(dump_of(&s), before, "the preview stores nothing");
    let pot = &preview.order.lines[1];
    assert_eq!(
        (pot.allocated, pot.backordered, pot.queue_position),
        (0, 4, Some(2))
    );
    assert_eq!(pot.eta, Some(d("2026-03-11")), "beyond the PO: lead time");
    assert_eq!(preview.incentive_text, "10% off backordered units");
    let placed = s.place_order(&counter_order(c)).unwrap();
    assert_eq!(
        preview.order, placed,
        "preview and placing agree, field for field"
    );
}

#[test]
fn a_preview_is_refused_as_placing_would_be() {
    let mut s = shop();
    product(&mut s, "MUG", 5, Notify, Some(10));
    product(&mut s, "POT", 1, Refuse, None);
    let c = customer(&mut s, "Ann", Partial);
    let before = dump_of(&s);
    let preview = s.preview_order(&counter_order(c)).unwrap_err();
    let placing = s.place_order(&counter_order(c)).unwrap_err();
    assert_eq!(preview.to_string(), placing.to_string());
    assert_eq!(preview.code(), "refused");
    assert_eq!(dump_of(&s), before, "nothing stored");
}
