//! The database file: creation, upgrades, and the files Stockroom must refuse to touch.

use std::path::Path;

use rusqlite::Connection;
use stockroom_core::db::{self, schema};
use stockroom_core::{Error, Stockroom};

fn fresh_schema() -> Vec<String> {
    let conn = db::open_in_memory().unwrap();
    schema::dump_schema(&conn).unwrap()
}

fn file_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn a_new_database_gets_the_current_schema_and_the_stockroom_marks() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop").join("stockroom.sqlite3");
    let shop = Stockroom::open(&path).unwrap();
    let conn = shop.conn();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    let app_id: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    let journal: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    let fk: i64 = conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    let sync: i64 = conn
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, schema::VERSION);
    assert_eq!(app_id, db::APPLICATION_ID);
    assert_eq!(journal, "wal");
    assert_eq!(fk, 1, "foreign keys are enforced");
    assert_eq!(
        sync, 2,
        "synchronous=FULL so the last sale survives a power cut"
    );
    assert_eq!(schema::dump_schema(conn).unwrap(), fresh_schema());
}

#[test]
fn opening_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    drop(Stockroom::open(&path).unwrap());
    let shop = Stockroom::open(&path).unwrap();
    assert_eq!(schema::dump_schema(shop.conn()).unwrap(), fresh_schema());
}

#[test]
fn a_version_1_database_upgrades_to_the_current_schema_and_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.sqlite3");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("fixtures/schema_v1.sql"))
            .unwrap();
    }
    let shop = Stockroom::open(&path).unwrap();
    let conn = shop.conn();
    assert_eq!(
        schema::dump_schema(conn).unwrap(),
        fresh_schema(),
        "upgraded schema equals a fresh one"
    );
    let (name, address): (String, String) = conn
        .query_row(
            "SELECT name, address FROM customers WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(name, "Zoë Müller");
    assert!(address.contains("Łódź"));
    let on_hand: i64 = conn
        .query_row(
            "SELECT on_hand FROM products WHERE sku = 'WOOL-GRY'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(on_hand, 12);
}

#[test]
fn a_database_from_a_newer_stockroom_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.sqlite3");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("fixtures/schema_v1.sql"))
            .unwrap();
        conn.pragma_update(None, "user_version", schema::VERSION + 1)
            .unwrap();
    }
    let before = file_bytes(&path);
    let err = Stockroom::open(&path)
        .err()
        .expect("a newer database must be refused");
    assert!(
        matches!(err, Error::TooNew { found, .. } if found == schema::VERSION + 1),
        "{err}"
    );
    assert!(
        err.to_string().contains("newer Stockroom"),
        "the message says why: {err}"
    );
    assert_eq!(file_bytes(&path), before, "not a byte changed");
}

#[test]
fn a_file_that_is_not_a_database_is_reported_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.sqlite3");
    std::fs::write(&path, "my shopping list, not a database\n").unwrap();
    let err = Stockroom::open(&path).err().expect("must be refused");
    assert!(matches!(err, Error::NotADatabase(_)), "{err}");
    assert_eq!(err.code(), "not_a_stockroom_database");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "my shopping list, not a database\n"
    );
}

#[test]
fn another_programs_sqlite_file_is_reported_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite3");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO recipes VALUES (1, 'soup');").unwrap();
    }
    let before = file_bytes(&path);
    let err = Stockroom::open(&path).err().expect("must be refused");
    assert!(matches!(err, Error::ForeignDatabase(_)), "{err}");
    assert_eq!(file_bytes(&path), before);
}

#[test]
fn the_database_path_comes_from_stockroom_db_when_set() {
    // Only this test touches the variable in this binary.
    std::env::set_var("STOCKROOM_DB", "/tmp/elsewhere/x.sqlite3");
    assert_eq!(db::default_path(), Path::new("/tmp/elsewhere/x.sqlite3"));
    assert!(
        matches!(db::Target::from_env().unwrap(), db::Target::File(p) if p == Path::new("/tmp/elsewhere/x.sqlite3"))
    );
    // A shop server's URL is never taken as a path (issue 19: a folder named "postgres:").
    std::env::set_var("STOCKROOM_DB", "postgres://till@db.shop/stockroom");
    assert!(matches!(
        db::Target::from_env().unwrap(),
        db::Target::Server(_)
    ));
    std::env::remove_var("STOCKROOM_DB");
    std::env::set_var("XDG_DATA_HOME", "/tmp/xdg");
    assert_eq!(
        db::default_path(),
        Path::new("/tmp/xdg/app.stockroom.desktop/stockroom.sqlite3")
    );
}
