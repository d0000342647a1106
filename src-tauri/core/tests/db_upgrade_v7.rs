//! Upgrading a version 7 database to version 8 (issue 21): orders gain the web shop's name of
//! them (`external_ref`, unique when set; none for the orders already there), the settings the
//! payment statuses imported and the watched folder, with their defaults; every row and
//! setting is kept.

use stockroom_core::data::WebshopPatch;

mod upgrade_support;
use upgrade_support::{assert_schema_is_current, count, open_fixture};

fn open_v7_fixture() -> (tempfile::TempDir, stockroom_core::Stockroom) {
    open_fixture(7, include_str!("fixtures/schema_v7.sql"))
}

#[test]
fn a_version_7_database_upgrades_to_the_current_schema() {
    let (_dir, shop) = open_v7_fixture();
    assert_schema_is_current(&shop);
}

#[test]
fn the_upgrade_keeps_every_row_and_sets_the_webshop_defaults_issue21() {
    let (_dir, mut shop) = open_v7_fixture();
    for (table, n) in [
        ("products", 3),
        ("customers", 2),
        ("orders", 2),
        ("order_lines", 4),
        ("purchase_orders", 1),
        ("stock_movements", 4),
        ("notifications", 4),
        ("outbox", 2),
    ] {
        assert_eq!(count(shop.conn(), table), n, "rows of {table}");
    }
    let s = shop.settings().unwrap();
    assert_eq!(s.promises_kept_pct, 90, "v7 settings kept");
    assert_eq!(s.language, "de");
    let w = shop.webshop_settings().unwrap();
    assert_eq!(w.webshop_statuses, vec!["paid", "pending"]);
    assert_eq!(w.watch_folder, "");
    let o = shop.order("SO-1001").unwrap();
    assert_eq!(
        o.external_ref, None,
        "an order taken at the counter has none"
    );
    let w = shop
        .update_webshop_settings(&WebshopPatch {
            webshop_statuses: Some(vec!["paid".into()]),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(w.webshop_statuses, vec!["paid"]);
}

#[test]
fn two_orders_cannot_share_a_web_shop_name_after_the_upgrade_issue21() {
    let (_dir, shop) = open_v7_fixture();
    let conn = shop.conn();
    conn.execute(
        "UPDATE orders SET external_ref = '#1043' WHERE number = 'SO-1001'",
        [],
    )
    .unwrap();
    let err = conn
        .execute(
            "UPDATE orders SET external_ref = '#1043' WHERE number = 'SO-1002'",
            [],
        )
        .unwrap_err();
    assert!(err.to_string().contains("UNIQUE"), "{err}");
    assert_eq!(shop.order("#1043").unwrap().number, "SO-1001");
}
