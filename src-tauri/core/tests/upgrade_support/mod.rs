//! Shared by the upgrade tests: a database of an older released version built from its SQL
//! fixture, then opened (and so upgraded) by the current code.

#![allow(dead_code)] // each upgrade test uses some of these

use rusqlite::Connection;
use stockroom_core::db::{self, schema};
use stockroom_core::Stockroom;

/// A file holding the `sql` fixture of `version`, opened by the current code.
pub fn open_fixture(version: i64, sql: &str) -> (tempfile::TempDir, Stockroom) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("v{version}.sqlite3"));
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(sql).unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, version, "the fixture is a version {version} database");
    }
    let shop = Stockroom::open(&path).unwrap();
    (dir, shop)
}

/// The upgraded schema equals a fresh one, at the current version.
pub fn assert_schema_is_current(shop: &Stockroom) {
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

pub fn count(conn: &Connection, table: &str) -> i64 {
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}
