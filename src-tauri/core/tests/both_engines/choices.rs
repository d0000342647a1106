//! The customer's choices, orders placed in bulk, the product edit and "why this date" on both
//! engines (issue 19).

use stockroom_core::catalog::{NewProduct, ProductChanges};
use stockroom_core::orders::bulk::BulkPlacer;
use stockroom_core::orders::OrderFilter;

use crate::orders::{line_of, new_order, place, small_shop};
use crate::support::{both_engines_agree, for_each_engine, today};

/// A substitute for the hinge: same category, near in price, in stock.
fn with_substitute(shop: &mut stockroom_core::Stockroom) {
    shop.add_product(&NewProduct {
        sku: "HINGE-BRASS".into(),
        name: "Brass hinge".into(),
        category: "Hardware".into(),
        price: 1_100,
        cost: 450,
        on_hand: 6,
        ..NewProduct::default()
    })
    .unwrap();
}

#[test]
fn a_customer_swaps_or_cancels_waiting_units_the_same_on_both_engines_issue19() {
    let (subs, swapped, part) = both_engines_agree(|shop| {
        let (ann, bob) = small_shop(shop);
        with_substitute(shop);
        let o = place(shop, ann, &[("HINGE", 8)], 0); // 5 allocated, 3 wait
        let subs = shop.substitutes(&o.number, "HINGE").unwrap();
        let (swapped, _) = shop
            .swap(&o.number, "HINGE", "HINGE-BRASS", Some(2))
            .unwrap();
        let other = place(shop, bob, &[("HINGE", 4)], 0); // all 4 wait
        let (part, _) = shop.cancel_order_units(&other.number, "HINGE", 3).unwrap();
        (subs, swapped, part)
    });
    assert_eq!(
        subs.iter()
            .map(|s| (s.sku.as_str(), s.available))
            .collect::<Vec<_>>(),
        [("BRACKET", 40), ("HINGE-BRASS", 6)],
        "same category, closest price first"
    );
    let brass = swapped
        .lines
        .iter()
        .find(|l| l.sku == "HINGE-BRASS")
        .unwrap();
    assert_eq!(
        (brass.ordered, brass.allocated),
        (2, 2),
        "allocated at once"
    );
    assert_eq!(
        brass.replaces_line_id,
        Some(swapped.lines[0].id),
        "it names the line it replaces"
    );
    assert_eq!(line_of(&swapped, "HINGE").1, 1, "one unit still waits");
    assert_eq!(
        line_of(&part, "HINGE").1,
        1,
        "three of four waiting units cancelled"
    );
    for_each_engine(|shop| {
        let (ann, _) = small_shop(shop);
        let o = place(shop, ann, &[("BRACKET", 1)], 0);
        let err = shop.substitutes(&o.number, "BRACKET").unwrap_err();
        assert!(err.is_user_error(), "nothing of it waits: {err}");
        let err = shop
            .cancel_order_units(&o.number, "BRACKET", 2)
            .unwrap_err();
        assert_eq!(err.code(), "invalid_input", "{err}");
    });
}

#[test]
fn orders_placed_in_bulk_follow_the_same_rules_on_both_engines_issue19() {
    let orders = both_engines_agree(|shop| {
        let (ann, bob) = small_shop(shop);
        shop.write(|tx, clock| {
            let mut placer = BulkPlacer::new(tx, clock)?;
            placer.place_in_tx(tx, &new_order(ann, &[("HINGE", 4)], 0))?;
            placer.place_in_tx(tx, &new_order(bob, &[("HINGE", 3), ("BRACKET", 1)], 0))?;
            placer.finish_in_tx(tx)
        })
        .unwrap();
        shop.orders(&OrderFilter::default())
            .unwrap()
            .into_iter()
            .map(|o| (o.customer, o.backordered, o.ready_to_ship))
            .collect::<Vec<_>>()
    });
    assert_eq!(
        orders,
        [
            ("Bob Baker".to_string(), 2, 2),
            ("Ann Archer".to_string(), 0, 4)
        ],
        "the first order takes 4 of the 5, the second gets the last one"
    );
}

#[test]
fn a_product_edit_moves_promises_and_the_reasons_are_told_the_same_on_both_engines_issue19() {
    let (edit, why) = both_engines_agree(|shop| {
        let (ann, _) = small_shop(shop);
        let o = place(shop, ann, &[("HINGE", 7), ("BRACKET", 1)], 0);
        let edit = shop
            .update_product(
                "HINGE",
                &ProductChanges {
                    lead_time_days: Some(Some(20)),
                    name: Some("Steel hinge".into()),
                    ..ProductChanges::default()
                },
            )
            .unwrap();
        let why = shop.promise_why(&o.number).unwrap();
        (edit, why)
    });
    assert_eq!(edit.product.name, "Steel hinge");
    assert_eq!(
        edit.moved
            .iter()
            .map(|m| (m.old_eta, m.new_eta))
            .collect::<Vec<_>>(),
        [(
            Some(today() + chrono::Days::new(13)),
            Some(today() + chrono::Days::new(23))
        )],
        "a longer lead time moves the waiting line's promise"
    );
    assert_eq!(why.len(), 2, "one reason per line still to ship");
    assert_eq!(why[0].lead_time_days, Some(20));
    assert_eq!(why[0].promise, Some(today() + chrono::Days::new(23)));
    assert_eq!(why[1].promise, Some(today() + chrono::Days::new(3)));
    for_each_engine(|shop| {
        small_shop(shop);
        let err = shop
            .update_product(
                "HINGE",
                &ProductChanges {
                    sku: Some("BRACKET".into()),
                    ..ProductChanges::default()
                },
            )
            .unwrap_err();
        assert_eq!(err.code(), "duplicate", "{err}");
        assert!(shop.product("HINGE").is_ok(), "nothing stored");
    });
}
