//! Upgrading a version 2 database (the engine release) to the current schema: FTS5 product
//! search and the scale indexes of issue 8 arrive, and nothing is lost.

use stockroom_core::search::{catalog_search_count, catalog_search_ids};
use stockroom_core::Stockroom;

mod upgrade_support;
use upgrade_support::{assert_schema_is_current, count, open_fixture};

fn open_v2_fixture() -> (tempfile::TempDir, Stockroom) {
    open_fixture(2, include_str!("fixtures/schema_v2.sql"))
}

#[test]
fn a_version_2_database_upgrades_to_the_current_schema() {
    let (_dir, shop) = open_v2_fixture();
    assert_schema_is_current(&shop);
}

#[test]
fn the_upgrade_keeps_every_row() {
    let (_dir, shop) = open_v2_fixture();
    let conn = shop.conn();
    for (table, n) in [
        ("suppliers", 2),
        ("products", 3),
        ("stock_movements", 3),
        ("customers", 2),
        ("carriers", 2),
        ("orders", 2),
        ("order_lines", 4),
        ("purchase_orders", 1),
        ("po_lines", 1),
        ("fills", 1),
        ("shipments", 1),
        ("shipment_lines", 1),
        ("notifications", 2),
    ] {
        assert_eq!(count(conn, table), n, "rows of {table}");
    }
    let (name, address): (String, String) = conn
        .query_row(
            "SELECT name, address FROM customers WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(name, "Zoë Müller");
    assert!(address.contains("Łódź"));
    let line: (i64, i64, i64, Option<String>) = conn
        .query_row(
            "SELECT shipped, backordered, incentive_units, eta FROM order_lines WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(line, (8, 2, 2, Some("2026-03-01".into())));
    let store: String = conn
        .query_row("SELECT store_name FROM settings", [], |r| r.get(0))
        .unwrap();
    assert_eq!(store, "Wool & Needle");
}

#[test]
fn existing_products_are_searchable_after_the_upgrade() {
    let (_dir, shop) = open_v2_fixture();
    let conn = shop.conn();
    assert_eq!(
        count(conn, "product_search"),
        3,
        "every product was indexed by the upgrade"
    );
    let ids = |q: &str| catalog_search_ids(conn, q, 10, 0).unwrap();
    assert_eq!(ids("merino"), vec![1]);
    assert_eq!(ids("wool-g"), vec![1], "a SKU prefix across its dash");
    assert_eq!(ids("nordic"), vec![1], "by supplier name");
    assert_eq!(
        ids("søn"),
        vec![2],
        "by a supplier name with a non-ASCII letter"
    );
    assert_eq!(ids("zoe"), vec![3], "diacritics are ignored");
    assert_eq!(ids("kits"), vec![3], "by category");
    assert_eq!(
        ids(""),
        vec![3, 2, 1],
        "an empty search lists every product by SKU"
    );
    assert_eq!(catalog_search_count(conn, "w").unwrap(), 1);
}

#[test]
fn the_search_index_follows_products_and_suppliers() {
    let (_dir, mut shop) = open_v2_fixture();
    shop.write(|tx, _| {
        let tx = tx.sqlite()?;
        tx.execute(
            "UPDATE products SET name = 'Alpaca blend, grey' WHERE id = 1",
            [],
        )?;
        tx.execute(
            "UPDATE suppliers SET name = 'Baltic Fibres' WHERE id = 1",
            [],
        )?;
        tx.execute(
            "INSERT INTO products (id, sku, name, category, price, supplier_id, created_at)
             VALUES (4, 'CAB-10', 'Cable needle', 'Tools', 300, 2, '2026-03-01 09:00:00')",
            [],
        )?;
        // Stock movements update on_hand only: the search index is not rewritten.
        tx.execute("UPDATE products SET on_hand = on_hand + 1 WHERE id = 1", [])?;
        Ok(())
    })
    .unwrap();
    let conn = shop.conn();
    let ids = |q: &str| catalog_search_ids(conn, q, 10, 0).unwrap();
    assert!(ids("merino").is_empty(), "the old name is gone");
    assert_eq!(ids("alpaca"), vec![1]);
    assert_eq!(
        ids("baltic"),
        vec![1],
        "a renamed supplier is found under its new name"
    );
    assert!(ids("nordic").is_empty());
    let mut tools = ids("tools");
    tools.sort();
    assert_eq!(tools, vec![2, 4], "a new product is indexed");
}

#[test]
fn search_input_is_never_fts_syntax() {
    let (_dir, shop) = open_v2_fixture();
    let conn = shop.conn();
    for typed in [
        "\"",
        "\"wool",
        "wool\"",
        "wool OR",
        "NOT",
        "AND needles",
        "(",
        "a)",
        "*",
        "^wool",
        "sku:WOOL",
        "NEAR(wool needles)",
        "'; DROP TABLE products; --",
        "wool -grey",
        "{sku}",
    ] {
        catalog_search_ids(conn, typed, 10, 0)
            .unwrap_or_else(|e| panic!("typing {typed:?} must not be an error: {e}"));
    }
    assert_eq!(
        catalog_search_ids(conn, "sku:WOOL", 10, 0).unwrap(),
        Vec::<i64>::new(),
        "a column filter typed by the user is plain words (\"sku wool\" as a phrase)"
    );
    assert_eq!(count(conn, "products"), 3);
}
