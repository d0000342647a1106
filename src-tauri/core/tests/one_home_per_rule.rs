//! Issue 18: each rule has one home, and every way into the shop goes through it. The pure
//! rules have their tables next to them (`cargo test --lib`); these tests check that the two
//! ways a record changes — the edit and the CSV import — and the figures the window shows
//! come from the same place.
//!
//! Index: a product changed by import = the same change by edit · a customer likewise ·
//! a cancelled PO has nothing to come · the queue order fragment is the one the queue uses.

mod engine_support;

use engine_support::*;
use stockroom_core::catalog::{BackorderPolicy::*, ProductChanges};
use stockroom_core::customers::{CustomerChanges, ShipPreference::*};
use stockroom_core::data::{ImportKind, ImportOptions};
use stockroom_core::Stockroom;

/// A shop with a waiting line of MUG (none on hand, lead time 10 days) and a PO for 1 unit.
fn shop_with_a_waiting_mug() -> Stockroom {
    let mut s = shop();
    product(&mut s, "MUG", 0, Notify, Some(10));
    let c = customer(&mut s, "Ada", Partial);
    order(&mut s, c, &[("MUG", 3)], 0);
    po(&mut s, "2026-03-20", &[("MUG", 1)]);
    s
}

fn import(s: &mut Stockroom, kind: ImportKind, csv: &str) {
    let report = s
        .import_bytes(kind, csv.as_bytes(), ImportOptions::default(), |_, _| {})
        .unwrap();
    assert!(report.committed, "the file imports: {report:?}");
}

#[test]
fn a_product_changed_by_import_ends_as_the_same_change_by_edit_issue18() {
    let mut edited = shop_with_a_waiting_mug();
    edited
        .update_product(
            "MUG",
            &ProductChanges {
                lead_time_days: Some(Some(30)),
                backorders: Some(Allow),
                price: Some(1250),
                ..Default::default()
            },
        )
        .unwrap();
    let mut imported = shop_with_a_waiting_mug();
    import(
        &mut imported,
        ImportKind::Products,
        "sku,price,lead_time_days,backorders\nMUG,12.50,30,allow\n",
    );
    assert_eq!(
        dump(imported.conn()),
        dump(edited.conn()),
        "the import writes the product and settles its queue exactly as the edit does"
    );
    let mug = imported.product("MUG").unwrap();
    assert_eq!(mug.lead_time_days, Some(30));
    assert_eq!(mug.backorders, Allow);
}

#[test]
fn a_customer_changed_by_import_ends_as_the_same_change_by_edit_issue18() {
    let setup = || {
        let mut s = shop();
        s.add_customer(&stockroom_core::customers::NewCustomer {
            name: "Ada".into(),
            email: "ada@example.com".into(),
            ..Default::default()
        })
        .unwrap();
        s
    };
    let mut edited = setup();
    edited
        .update_customer(
            1,
            &CustomerChanges {
                phone: Some("+44 1234".into()),
                ships: Some(Complete),
                ..Default::default()
            },
        )
        .unwrap();
    let mut imported = setup();
    import(
        &mut imported,
        ImportKind::Customers,
        "name,email,phone,ships\nAda,ada@example.com,+44 1234,complete\n",
    );
    assert_eq!(dump(imported.conn()), dump(edited.conn()));
}

#[test]
fn a_cancelled_purchase_order_has_nothing_to_come_but_keeps_its_line_figures_issue18() {
    let mut s = shop();
    product(&mut s, "MUG", 0, Notify, Some(10));
    let number = po(&mut s, "2026-03-20", &[("MUG", 5)]);
    s.receive_po(&number, &rl("MUG", 2)).unwrap();
    assert_eq!(
        s.po(&number).unwrap().to_come,
        3,
        "open: what is outstanding"
    );
    s.cancel_po(&number).unwrap();
    let po = s.po(&number).unwrap();
    assert_eq!(po.to_come, 0, "cancelled: nothing more will come");
    assert_eq!(
        po.lines[0].outstanding, 3,
        "the line still says how many never came"
    );
}

#[test]
fn the_queue_order_fragment_is_the_order_the_queue_is_served_in_issue18() {
    let mut s = shop();
    product(&mut s, "MUG", 0, Notify, Some(10));
    let a = customer(&mut s, "A", Partial);
    let first = order(&mut s, a, &[("MUG", 1)], 0).number;
    let urgent = order(&mut s, a, &[("MUG", 1)], 5).number;
    let last = order(&mut s, a, &[("MUG", 1)], 0).number;
    let sql = format!(
        "SELECT o.number FROM order_lines ol JOIN orders o ON o.id = ol.order_id
         WHERE ol.backordered > 0 ORDER BY {}",
        stockroom_core::backorders::store::QUEUE_ORDER
    );
    let by_fragment: Vec<String> = s
        .conn()
        .prepare(&sql)
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        by_fragment,
        vec![urgent.clone(), first.clone(), last.clone()]
    );
    // A receipt of two units fills the head of that same order.
    let number = po(&mut s, "2026-03-20", &[("MUG", 2)]);
    let filled: Vec<String> = s
        .receive_po(&number, &rl("MUG", 2))
        .unwrap()
        .allocations
        .into_iter()
        .map(|a| a.order)
        .collect();
    assert_eq!(filled, vec![urgent, first]);
}
