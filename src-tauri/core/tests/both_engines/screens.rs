//! The screens that read (issue 19): the Dashboard, the Products list a page at a time (with
//! its search and its shortage filters), and a customer with their orders, read from the same
//! shop on SQLite and on a server (see `pushed`), are the same.

use stockroom_core::catalog::shortage::Shortage;
use stockroom_core::catalog::AvailabilityStatus;

use crate::pushed::shop_on_both;
use crate::support::both_engines_agree;

#[test]
fn the_dashboard_counts_the_same_on_a_server_as_in_the_file_issue19() {
    let (sqlite, pg, _server) = shop_on_both();
    let a = sqlite.dashboard().unwrap();
    assert_eq!(a, pg.dashboard().unwrap());
    assert_eq!(a.products, 6);
    assert!(a.waiting_lines > 0 && a.open_pos > 0, "{a:?}");
    assert!(a.oldest_waiting.is_some(), "a line waits");
}

#[test]
fn an_empty_shop_has_an_empty_dashboard_on_both_engines_issue19() {
    let d = both_engines_agree(|shop| shop.dashboard().unwrap());
    assert_eq!((d.products, d.waiting_lines, d.open_pos), (0, 0, 0));
    assert_eq!(d.oldest_waiting, None);
}

#[test]
fn the_products_pages_list_the_same_products_with_the_same_figures_issue19() {
    let (sqlite, pg, _server) = shop_on_both();
    for (search, offset, limit) in [
        ("", 0, 50),
        ("", 1, 2),
        ("", 9, 5),
        ("hw", 0, 10),
        ("mug", 0, 1),
    ] {
        let a = sqlite.products_page(search, offset, limit).unwrap();
        assert_eq!(
            a,
            pg.products_page(search, offset, limit).unwrap(),
            "{search:?} {offset}"
        );
    }
    for shortage in [
        None,
        Some(Shortage::LowStock),
        Some(Shortage::NothingAvailable),
    ] {
        for search in ["", "kitchen"] {
            let a = sqlite.product_list_page(search, shortage, 0, 20).unwrap();
            let b = pg.product_list_page(search, shortage, 0, 20).unwrap();
            assert_eq!(a, b, "{shortage:?} {search:?}");
        }
    }
    let out = pg
        .product_list_page("", Some(Shortage::NothingAvailable), 0, 20)
        .unwrap();
    assert!(
        out.items
            .iter()
            .any(|p| p.status == AvailabilityStatus::OutOfStock),
        "the product that refuses backorders is out: {:?}",
        out.items
    );
}

#[test]
fn a_page_read_together_has_each_products_own_figures_issue19() {
    // The page reads every product's figures in one statement: each product on it must still
    // be exactly what the product reads alone (its sums, barcodes and ETA, in SKU order).
    let (sqlite, pg, _server) = shop_on_both();
    for shop in [&sqlite, &pg] {
        let (page, total) = shop.products_page("", 0, 50).unwrap();
        assert_eq!(total, 6);
        let skus: Vec<&str> = page.iter().map(|p| p.sku.as_str()).collect();
        assert_eq!(skus, ["HW-1", "HW-2", "HW-3", "MUG-1", "PT-1", "RF-1"]);
        for p in &page {
            assert_eq!(p, &shop.product(&p.sku).unwrap(), "{}", p.sku);
        }
        let mug = &page[3];
        assert_eq!(mug.barcodes, ["4006381333931"]);
        let pt = &page[4];
        assert!(
            pt.backordered > 0 && pt.incoming > 0 && pt.eta.is_some(),
            "{pt:?}"
        );
    }
}

#[test]
fn bad_paging_of_the_products_list_is_refused_on_both_engines_issue19() {
    let codes = both_engines_agree(|shop| {
        [(-1, 10), (0, 0), (0, 100_000)].map(|(offset, limit)| {
            shop.product_list_page("", None, offset, limit)
                .unwrap_err()
                .code()
        })
    });
    assert_eq!(codes, ["invalid_input"; 3]);
}

#[test]
fn a_customer_with_their_orders_and_notices_is_the_same_on_both_engines_issue19() {
    let (sqlite, pg, _server) = shop_on_both();
    for c in sqlite.customers("").unwrap() {
        let a = serde_json::to_value(sqlite.customer_detail(c.id).unwrap()).unwrap();
        let b = serde_json::to_value(pg.customer_detail(c.id).unwrap()).unwrap();
        assert_eq!(a, b, "{}", c.name);
    }
    let ann = sqlite.customers("Ann").unwrap().remove(0);
    let detail = pg.customer_detail(ann.id).unwrap();
    assert_eq!(detail.orders.len(), 2);
    assert!(
        !detail.notifications.is_empty(),
        "Ann was told about her backorder"
    );
}
