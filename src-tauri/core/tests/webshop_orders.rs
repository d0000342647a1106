//! Issue 21: orders from the web shop come in without retyping, and never twice.
//!
//! Index: a Shopify export (newest first, order cells on the first row only, an address with
//! line breaks, non-ASCII names) placed in the customers' order; re-import is a no-op; an
//! overlapping later export imports only what is new and cancels what the shop cancelled;
//! dry-run counts; cancelled, refunded and voided orders hold no stock; a fulfilled order
//! ships from free stock only; a foreign currency, an unknown SKU and a bad quantity refuse
//! the file; the payment-status setting; WooCommerce's two layouts.

mod io_support;

use io_support::{dump, import, problems, shop, ALL_OR_NOTHING, DRY_RUN, SKIP_BAD};
use stockroom_core::data::{ImportKind, SourceFormat, WebshopPatch};
use stockroom_core::orders::{NewOrder, NewOrderLine, OrderStatus};
use stockroom_core::Stockroom;

const SHOPIFY: &str = include_str!("fixtures/webshop/shopify-orders.csv");
const SHOPIFY_LATER: &str = include_str!("fixtures/webshop/shopify-orders-later.csv");
const SHOPIFY_USD: &str = include_str!("fixtures/webshop/shopify-orders-usd.csv");
const SHOPIFY_BAD: &str = include_str!("fixtures/webshop/shopify-orders-bad.csv");
const WOO_ROWS: &str = include_str!("fixtures/webshop/woo-orders.csv");
const WOO_ITEMS: &str = include_str!("fixtures/webshop/woo-orders-line-items.csv");

/// The shop on 26 Nov 2026: 5 kettles, 10 mugs, no tea (its customers wait for it).
fn webshop_with_stock(mugs: i64) -> Stockroom {
    let mut s = shop();
    let products = format!(
        "sku,name,price,on_hand,backorders\nKET-03,Copper kettle,89.00,5,notify\n\
         MUG-1,Mug,12.50,{mugs},notify\nTEA-SNC,Sencha tea,8.00,0,notify\n"
    );
    let r = import(&mut s, ImportKind::Products, &products, ALL_OR_NOTHING);
    assert!(r.committed, "{r:?}");
    s
}

fn webshop() -> Stockroom {
    webshop_with_stock(10)
}

fn on_hand(s: &Stockroom, sku: &str) -> i64 {
    s.conn()
        .query_row("SELECT on_hand FROM products WHERE sku = ?1", [sku], |r| {
            r.get(0)
        })
        .unwrap()
}

fn orders(s: &Stockroom) -> i64 {
    s.conn()
        .query_row("SELECT count(*) FROM orders", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_shopify_order_export_is_read_and_placed_issue21() {
    let mut s = webshop();
    let r = import(&mut s, ImportKind::Orders, SHOPIFY, ALL_OR_NOTHING);
    assert!(r.committed, "{:?}", problems(&r));
    assert_eq!(r.format, SourceFormat::Shopify);
    assert_eq!(r.created, 4, "#1041, #1042 (shipped), #1043, #1047: {r:?}");
    assert_eq!(r.shipped, 1);
    assert_eq!(r.skipped_cancelled, 2, "#1044 cancelled, #1045 refunded");
    assert_eq!(r.skipped_status, 1, "#1046 voided");
    assert_eq!(r.customers_created, 4);
    assert_eq!(r.statuses, vec!["paid", "pending"]);
    assert_eq!(orders(&s), 4);
    for skipped in ["#1044", "#1045", "#1046"] {
        assert!(s.order(skipped).is_err(), "{skipped} holds no stock here");
    }

    // The order is found by the web shop's name, after our own number.
    let o = s.order("#1043").unwrap();
    assert_eq!(o.external_ref.as_deref(), Some("#1043"));
    assert!(o.number.starts_with("SO-"), "our own number: {}", o.number);
    assert_eq!(s.order(&o.number).unwrap().external_ref, o.external_ref);
    assert_eq!(
        o.placed_at, "2026-11-24 08:05:00",
        "placed at the shop's Created at"
    );
    assert_eq!(
        o.lines.len(),
        3,
        "all its rows, order cells on the first only"
    );
    let customer = s.customer(o.customer_id).unwrap();
    assert_eq!(customer.name, "Олена Коваленко");
    assert_eq!(customer.email, "olena@example.ua");

    // The address with its line breaks, as the shop wrote it.
    let zoe = s.customer(s.order("#1041").unwrap().customer_id).unwrap();
    assert_eq!(zoe.name, "Zoë Müller");
    assert_eq!(
        zoe.address,
        "ul. Piotrkowska 12\nklatka B, 3. piętro\nc/o Müller\n90-001 Łódź\nPL"
    );
}

#[test]
fn web_orders_join_the_queue_in_the_order_customers_placed_them_issue21() {
    // The export is newest first; #1043 (08:05) was placed before #1041 (09:14).
    let mut s = webshop();
    import(&mut s, ImportKind::Orders, SHOPIFY, ALL_OR_NOTHING);
    let tea = |number: &str| {
        s.order(number)
            .unwrap()
            .lines
            .into_iter()
            .find(|l| l.sku == "TEA-SNC")
            .unwrap()
    };
    assert_eq!(tea("#1043").queue_position, Some(1));
    assert_eq!(tea("#1041").queue_position, Some(2));
    assert_eq!(tea("#1043").backordered, 2);
    assert_eq!(s.order("#1047").unwrap().status, OrderStatus::Open);
}

#[test]
fn a_fulfilled_order_is_recorded_as_shipped_from_free_stock_issue21() {
    let mut s = webshop();
    import(&mut s, ImportKind::Orders, SHOPIFY, ALL_OR_NOTHING);
    let o = s.order("#1042").unwrap();
    assert_eq!(o.status, OrderStatus::Shipped);
    assert_eq!(o.shipments.len(), 1);
    assert_eq!(o.shipments[0].lines[0].qty, 3);
    assert_eq!(o.lines[0].allocated, 0);
    assert_eq!(on_hand(&s, "MUG-1"), 7, "10 mugs, 3 sent by the web shop");
    let shipped_notices: i64 = s
        .conn()
        .query_row(
            "SELECT count(*) FROM notifications WHERE order_id = ?1",
            [o.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(shipped_notices, 0, "the web shop told the customer itself");
}

#[test]
fn a_fulfilled_order_never_takes_units_held_for_waiting_customers_issue21() {
    // 3 mugs, 2 of them held for a customer at the counter: 1 free, the web shop sent 3.
    let mut s = webshop_with_stock(3);
    let c = import(
        &mut s,
        ImportKind::Customers,
        "name,email\nAgnes,agnes@example.com\n",
        ALL_OR_NOTHING,
    );
    assert!(c.committed);
    let counter = s
        .place_order(&NewOrder {
            customer_id: 1,
            lines: vec![NewOrderLine {
                sku: "MUG-1".into(),
                qty: 2,
                unit_price: None,
            }],
            ..Default::default()
        })
        .unwrap();
    let before = dump(&s);
    let r = import(&mut s, ImportKind::Orders, SHOPIFY, ALL_OR_NOTHING);
    assert!(!r.committed, "all or nothing");
    let p = problems(&r);
    assert!(
        p.iter().any(|p| p.contains("Lineitem quantity")
            && p.contains("#1042")
            && p.contains("only 1 of MUG-1 are free")),
        "{p:?}"
    );
    assert_eq!(dump(&s), before, "nothing stored");
    assert_eq!(s.order(&counter.number).unwrap().lines[0].allocated, 2);
}

#[test]
fn importing_the_same_export_again_changes_nothing_issue21() {
    let mut s = webshop();
    import(&mut s, ImportKind::Orders, SHOPIFY, ALL_OR_NOTHING);
    let before = dump(&s);
    let r = import(&mut s, ImportKind::Orders, SHOPIFY, ALL_OR_NOTHING);
    assert!(r.problems.is_empty(), "{:?}", problems(&r));
    assert_eq!((r.created, r.already_there, r.cancelled), (0, 4, 0));
    assert_eq!(r.customers_created, 0);
    assert_eq!(dump(&s), before, "the second import stored nothing");
}

#[test]
fn an_overlapping_later_export_imports_only_the_new_orders_and_cancels_what_the_shop_cancelled_issue21(
) {
    let mut s = webshop();
    import(&mut s, ImportKind::Orders, SHOPIFY, ALL_OR_NOTHING);
    assert_eq!(s.order("#1043").unwrap().lines[0].queue_position, Some(1));
    let kettles_free_before = 5 - 4;
    let r = import(&mut s, ImportKind::Orders, SHOPIFY_LATER, ALL_OR_NOTHING);
    assert!(r.committed, "{:?}", problems(&r));
    assert_eq!(r.created, 1, "#1048 only");
    assert_eq!(r.already_there, 2, "#1043, #1047");
    assert_eq!(r.cancelled, 1, "#1041, cancelled in the shop since");
    assert_eq!(r.customers_created, 0, "Zoë is known by her e-mail");
    assert_eq!(orders(&s), 5);
    let o = s.order("#1041").unwrap();
    assert_eq!(o.status, OrderStatus::Cancelled);
    assert!(o
        .lines
        .iter()
        .all(|l| l.allocated == 0 && l.backordered == 0));
    let kettles_allocated: i64 = s
        .conn()
        .query_row(
            "SELECT sum(ol.allocated) FROM order_lines ol JOIN products p ON p.id = ol.product_id
             WHERE p.sku = 'KET-03'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        5 - kettles_allocated,
        kettles_free_before + 2,
        "its 2 kettles are free again"
    );
    assert_eq!(
        s.order("#1048").unwrap().customer_id,
        o.customer_id,
        "the same customer"
    );
    // And once more: nothing left to do.
    let before = dump(&s);
    let again = import(&mut s, ImportKind::Orders, SHOPIFY_LATER, ALL_OR_NOTHING);
    assert_eq!(
        (again.created, again.cancelled, again.already_there),
        (0, 0, 4)
    );
    assert_eq!(dump(&s), before);
}

#[test]
fn a_dry_run_counts_what_would_be_created_skipped_and_cancelled_issue21() {
    let mut s = webshop();
    import(&mut s, ImportKind::Orders, SHOPIFY, ALL_OR_NOTHING);
    let before = dump(&s);
    let r = import(&mut s, ImportKind::Orders, SHOPIFY_LATER, DRY_RUN);
    assert!(r.dry_run && !r.committed);
    assert_eq!((r.created, r.already_there, r.cancelled), (1, 2, 1));
    let text = r.summary();
    assert!(text.starts_with("Dry run, nothing stored"), "{text}");
    assert!(text.contains("2 already there, 1 cancelled here"), "{text}");
    assert!(text.contains("importing: paid, pending"), "{text}");
    assert_eq!(dump(&s), before, "a dry run stores nothing");
}

#[test]
fn an_order_in_another_currency_refuses_the_file_with_a_clear_message_issue21() {
    let mut s = webshop();
    let before = dump(&s);
    let r = import(&mut s, ImportKind::Orders, SHOPIFY_USD, ALL_OR_NOTHING);
    assert!(!r.committed);
    let p = problems(&r);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with(
            "line 3, Currency: order '#2001' is in USD, but the shop's currency is EUR"
        ),
        "{p:?}"
    );
    assert_eq!(dump(&s), before, "not even the good order #1048");
}

#[test]
fn unknown_skus_and_bad_quantities_are_reported_by_line_and_column_issue21() {
    let mut s = webshop();
    let before = dump(&s);
    let r = import(&mut s, ImportKind::Orders, SHOPIFY_BAD, ALL_OR_NOTHING);
    assert!(!r.committed);
    let p = problems(&r);
    assert!(
        p.contains(&"line 4, Lineitem sku: no product with SKU 'POT-9' (add it, or import the web shop's products first)".to_string()),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|p| p.starts_with("line 5, Lineitem quantity: 'two' is not a whole number")),
        "{p:?}"
    );
    assert_eq!(r.rejected, 3, "both rows of #3001 and the row of #3002");
    assert_eq!(dump(&s), before);
    // The good order alone, when asked.
    let r = import(&mut s, ImportKind::Orders, SHOPIFY_BAD, SKIP_BAD);
    assert!(r.committed);
    assert_eq!(r.created, 1);
    assert!(s.order("#1048").is_ok() && s.order("#3001").is_err());
}

#[test]
fn the_payment_statuses_imported_are_a_setting_issue21() {
    let mut s = webshop();
    let w = s.webshop_settings().unwrap();
    assert_eq!(w.webshop_statuses, vec!["paid", "pending"]);
    let err = s
        .update_webshop_settings(&WebshopPatch {
            webshop_statuses: Some(vec!["paid".into(), "free".into()]),
            ..Default::default()
        })
        .unwrap_err();
    assert!(err.is_user_error());
    assert!(
        err.to_string()
            .contains("'free' is not a web shop payment status"),
        "{err}"
    );
    s.update_webshop_settings(&WebshopPatch {
        webshop_statuses: Some(vec!["Paid".into()]),
        ..Default::default()
    })
    .unwrap();
    let r = import(&mut s, ImportKind::Orders, SHOPIFY, ALL_OR_NOTHING);
    assert_eq!(r.statuses, vec!["paid"]);
    assert_eq!(r.skipped_status, 2, "#1046 voided and #1047 pending");
    assert!(s.order("#1047").is_err());
}

#[test]
fn the_watched_folder_setting_must_be_an_existing_folder_issue21() {
    let mut s = webshop();
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope");
    let err = s
        .update_webshop_settings(&WebshopPatch {
            watch_folder: Some(missing.display().to_string()),
            ..Default::default()
        })
        .unwrap_err();
    assert!(err.is_user_error(), "{err}");
    let w = s
        .update_webshop_settings(&WebshopPatch {
            watch_folder: Some(dir.path().display().to_string()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        std::path::Path::new(&w.watch_folder),
        std::fs::canonicalize(dir.path()).unwrap()
    );
}

#[test]
fn a_woocommerce_export_with_one_row_per_item_is_read_like_shopifys_issue21() {
    let mut s = webshop();
    let r = import(&mut s, ImportKind::Orders, WOO_ROWS, ALL_OR_NOTHING);
    assert!(r.committed, "{:?}", problems(&r));
    assert_eq!(r.format, SourceFormat::WooCommerce);
    assert_eq!(r.created, 2, "{r:?}");
    assert_eq!(r.shipped, 1, "completed");
    assert_eq!(r.skipped_cancelled, 1, "cancelled");
    assert_eq!(r.skipped_status, 1, "failed");
    let o = s.order("5001").unwrap();
    assert_eq!(o.external_ref.as_deref(), Some("5001"));
    assert_eq!(o.lines.len(), 2);
    assert_eq!(o.placed_at, "2026-11-24 10:15:00");
    let c = s.customer(o.customer_id).unwrap();
    assert_eq!(c.name, "Chloé Dubois");
    assert_eq!(c.address, "12 rue de la Paix\nBâtiment A\n75002 Paris\nFR");
    let before = dump(&s);
    let again = import(&mut s, ImportKind::Orders, WOO_ROWS, ALL_OR_NOTHING);
    assert_eq!((again.created, again.already_there), (0, 2));
    assert_eq!(dump(&s), before);
}

#[test]
fn a_woocommerce_export_with_a_line_items_column_is_read_too_issue21() {
    let mut s = webshop();
    let r = import(&mut s, ImportKind::Orders, WOO_ITEMS, ALL_OR_NOTHING);
    assert!(r.committed, "{:?}", problems(&r));
    assert_eq!(r.format, SourceFormat::WooCommerce);
    assert_eq!(r.created, 2);
    let o = s.order("6001").unwrap();
    let kettle = o.lines.iter().find(|l| l.sku == "KET-03").unwrap();
    assert_eq!(
        (kettle.ordered, kettle.unit_price),
        (2, 8500),
        "170.00 for 2"
    );
    assert_eq!(o.lines.len(), 2);
}

#[test]
fn the_orders_screen_finds_an_order_by_the_web_shops_name_issue21() {
    let mut s = webshop();
    import(&mut s, ImportKind::Orders, SHOPIFY, ALL_OR_NOTHING);
    let q = stockroom_core::orders::list::OrderQuery {
        search: Some("#1043".into()),
        ..Default::default()
    };
    let page = s.orders_page(&q, 0, 50).unwrap();
    let numbers: Vec<&str> = page.items.iter().map(|o| o.number.as_str()).collect();
    assert_eq!(numbers, vec![s.order("#1043").unwrap().number.as_str()]);
}
