//! Upgrading a version 3 database (FTS5 search, scale indexes) to version 4: the indexes of the
//! large shop's screens arrive (issues 5 and 8), and nothing is lost.

use stockroom_core::backorders::model::BackorderQuery;
use stockroom_core::Stockroom;

mod upgrade_support;
use upgrade_support::{assert_schema_is_current, count, open_fixture};

fn open_v3_fixture() -> (tempfile::TempDir, Stockroom) {
    open_fixture(3, include_str!("fixtures/schema_v3.sql"))
}

#[test]
fn a_version_3_database_upgrades_to_the_current_schema() {
    let (_dir, shop) = open_v3_fixture();
    assert_schema_is_current(&shop);
}

#[test]
fn the_upgrade_keeps_every_row_and_the_search_index() {
    let (_dir, shop) = open_v3_fixture();
    let conn = shop.conn();
    for (table, n) in [
        ("products", 3),
        ("product_search", 3),
        ("customers", 2),
        ("orders", 2),
        ("order_lines", 4),
        ("purchase_orders", 1),
        ("po_lines", 1),
        ("shipments", 1),
        ("notifications", 2),
    ] {
        assert_eq!(count(conn, table), n, "rows of {table}");
    }
}

#[test]
fn the_screens_read_the_upgraded_data() {
    let (_dir, shop) = open_v3_fixture();
    let waiting: i64 = shop
        .conn()
        .query_row(
            "SELECT count(*) FROM order_lines WHERE backordered > 0",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(waiting > 0, "the fixture has waiting lines");
    let page = shop
        .backorders_page(&BackorderQuery::default(), 0, 50)
        .unwrap();
    assert_eq!(page.total, waiting, "the new indexes hold the old lines");
    let d = shop.dashboard().unwrap();
    assert_eq!(d.waiting_lines, waiting);
    assert!(d.oldest_waiting.is_some());
}
