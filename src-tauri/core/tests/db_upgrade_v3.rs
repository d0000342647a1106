//! Upgrading a version 3 database (FTS5 search, scale indexes) to version 4: the indexes of the
//! large shop's screens arrive (issues 5 and 8), and nothing is lost.

use rusqlite::Connection;
use stockroom_core::backorders::model::BackorderQuery;
use stockroom_core::db::{self, schema};
use stockroom_core::Stockroom;

fn open_v3_fixture() -> (tempfile::TempDir, Stockroom) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.sqlite3");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("fixtures/schema_v3.sql"))
            .unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, 3, "the fixture is a version 3 database");
    }
    let shop = Stockroom::open(&path).unwrap();
    (dir, shop)
}

fn count(conn: &Connection, table: &str) -> i64 {
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_version_3_database_upgrades_to_the_current_schema() {
    let (_dir, shop) = open_v3_fixture();
    let conn = shop.conn();
    let fresh = schema::dump_schema(&db::open_in_memory().unwrap()).unwrap();
    assert_eq!(
        schema::dump_schema(conn).unwrap(),
        fresh,
        "upgraded schema equals a fresh one"
    );
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, schema::VERSION);
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
