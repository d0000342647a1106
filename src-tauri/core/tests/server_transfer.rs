//! Moving a shop onto a PostgreSQL shop server and back (issue 19), against a real PostgreSQL
//! started by the test (tests/pg_support): the server's schema is the file's, a push copies
//! every row and verifies it, a backup of a server shop is an ordinary shop file with the same
//! rows, a restore replaces the server's shop, and a database that is not an empty one or a
//! Stockroom shop at our version is refused untouched.

mod pg_support;

use std::collections::BTreeMap;
use std::path::Path;

use pg_support::PgServer;
use rusqlite::types::ValueRef;
use stockroom_core::db::server::{self, transfer::TABLES, ServerUrl};
use stockroom_core::demo_scale::Scale;
use stockroom_core::{Clock, Error, Stockroom};

fn today() -> Clock {
    Clock::Fixed(chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap())
}

fn url(s: &str) -> ServerUrl {
    ServerUrl::parse(s).unwrap()
}

/// The demo shop in a file.
fn demo_file(dir: &Path) -> Stockroom {
    let mut shop = Stockroom::open(dir.join("shop.sqlite3"))
        .unwrap()
        .with_clock(today());
    assert!(shop.load_demo_if_empty().unwrap());
    shop
}

/// Every row of every shop table of a file, as text, in key order: two files with the same
/// dump hold the same shop.
fn dump(conn: &rusqlite::Connection) -> BTreeMap<&'static str, Vec<String>> {
    let mut out = BTreeMap::new();
    for table in TABLES {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))
            .unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut cells = Vec::with_capacity(n);
                for i in 0..n {
                    cells.push(match r.get_ref(i)? {
                        ValueRef::Null => "NULL".to_string(),
                        ValueRef::Integer(v) => v.to_string(),
                        ValueRef::Text(t) => format!("'{}'", String::from_utf8_lossy(t)),
                        other => format!("{other:?}"),
                    });
                }
                Ok(cells.join("|"))
            })
            .unwrap()
            .collect::<rusqlite::Result<Vec<_>>>()
            .unwrap();
        out.insert(*table, rows);
    }
    out
}

/// The two dumps are equal; else names the first row that differs in each table that does.
fn same_shop(a: &BTreeMap<&'static str, Vec<String>>, b: &BTreeMap<&'static str, Vec<String>>) {
    let mut differ = Vec::new();
    for (table, rows) in a {
        let other = &b[table];
        if rows != other {
            let first = rows
                .iter()
                .zip(other)
                .find(|(x, y)| x != y)
                .map(|(x, y)| format!("{x}  ≠  {y}"))
                .unwrap_or_else(|| format!("{} rows ≠ {} rows", rows.len(), other.len()));
            differ.push(format!("{table}: {first}"));
        }
    }
    assert!(differ.is_empty(), "{differ:#?}");
}

#[test]
fn the_server_schema_has_every_table_and_column_of_a_shop_file_issue19() {
    let pg = PgServer::start();
    let u = pg.create_database("shop");
    Stockroom::init_server(&url(&u), None, today()).unwrap();
    let file = Stockroom::open_in_memory().unwrap();

    let mut file_columns = Vec::new();
    let mut stmt = file
        .conn()
        .prepare(
            "SELECT m.name, p.name, p.type, p.\"notnull\" OR p.pk FROM sqlite_master m, pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'product_search%'
             ORDER BY 1, 2",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, bool>(3)?,
            ))
        })
        .unwrap();
    for row in rows {
        let (table, column, ty, not_null) = row.unwrap();
        let ty = match ty.as_str() {
            "INTEGER" => "bigint",
            "TEXT" => "text",
            other => panic!("{table}.{column} has type {other}"),
        };
        file_columns.push(format!("{table}.{column} {ty} not_null={not_null}"));
    }

    let mut client = pg.client("shop");
    let server_columns: Vec<String> = client
        .query(
            "SELECT table_name::text, column_name::text, data_type::text, is_nullable = 'NO'
             FROM information_schema.columns
             WHERE table_schema = 'public' AND table_name NOT IN ('stockroom_meta', 'product_search')
             ORDER BY table_name COLLATE \"C\", column_name COLLATE \"C\"",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{}.{} {} not_null={}",
                r.get::<_, String>(0),
                r.get::<_, String>(1),
                r.get::<_, String>(2),
                r.get::<_, bool>(3)
            )
        })
        .collect();
    assert_eq!(server_columns, file_columns);

    // And every one of those tables is copied by a push, a backup and a restore.
    let tables: std::collections::BTreeSet<&str> = file_columns
        .iter()
        .map(|c| c.split('.').next().unwrap())
        .collect();
    let copied: std::collections::BTreeSet<&str> = TABLES.iter().copied().collect();
    assert_eq!(tables, copied);
}

#[test]
fn a_shop_pushed_to_a_server_and_backed_up_again_holds_every_row_it_had_issue19() {
    let pg = PgServer::start();
    let u = url(&pg.create_database("shop"));
    let dir = tempfile::tempdir().unwrap();
    let shop = demo_file(dir.path());

    let pushed = shop.push_to_server(&u).unwrap();
    assert_eq!(pushed.tables.len(), TABLES.len());
    let orders = pushed.tables.iter().find(|t| t.table == "orders").unwrap();
    assert!(orders.rows > 50, "{orders:?}");
    assert_eq!(orders.checksum.len(), 32);

    let back = dir.path().join("back.sqlite3");
    let pulled = Stockroom::backup_server(&u, &back).unwrap();
    // One self-contained file, like every backup: no -wal beside it, no scratch file left.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("back") || n.starts_with('.'))
        .collect();
    assert_eq!(names, ["back.sqlite3"]);
    // The same rows and the same checksums in both directions.
    assert_eq!(pulled.tables, pushed.tables);
    let copy = Stockroom::open(&back).unwrap();
    same_shop(&dump(copy.conn()), &dump(shop.conn()));
}

#[test]
fn the_server_hands_out_ids_after_the_copied_ones_issue19() {
    let pg = PgServer::start();
    let u = url(&pg.create_database("shop"));
    let dir = tempfile::tempdir().unwrap();
    let shop = demo_file(dir.path());
    shop.push_to_server(&u).unwrap();
    let mut client = postgres::Client::connect(&u.to_string(), postgres::NoTls).unwrap();
    let max: i64 = client
        .query_one("SELECT max(id) FROM orders", &[])
        .unwrap()
        .get(0);
    let next: i64 = client
        .query_one(
            "INSERT INTO orders (number, customer_id, placed_at) VALUES ('SO-NEW', 1, '2026-12-07 10:00:00') RETURNING id",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(next, max + 1);
}

#[test]
fn the_product_search_index_is_built_on_the_server_from_the_products_issue19() {
    let pg = PgServer::start();
    let u = url(&pg.create_database("shop"));
    let dir = tempfile::tempdir().unwrap();
    demo_file(dir.path()).push_to_server(&u).unwrap();
    let mut client = pg.client("shop");
    let (products, indexed, with_supplier): (i64, i64, i64) = {
        let r = client
            .query_one(
                "SELECT (SELECT count(*) FROM products), (SELECT count(*) FROM product_search),
                        (SELECT count(*) FROM product_search ps JOIN products p ON p.id = ps.rowid
                         JOIN suppliers s ON s.id = p.supplier_id WHERE ps.supplier = s.name)",
                &[],
            )
            .unwrap();
        (r.get(0), r.get(1), r.get(2))
    };
    assert_eq!(indexed, products);
    assert!(with_supplier > 0);
    // Renaming a supplier renames it in the index, as on a file.
    client
        .batch_execute("UPDATE suppliers SET name = 'Renamed Roasters' WHERE id = 1")
        .unwrap();
    let renamed: i64 = client
        .query_one(
            "SELECT count(*) FROM product_search WHERE supplier = 'Renamed Roasters'",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(renamed > 0);
}

#[test]
fn the_ledger_stays_append_only_on_the_server_issue19() {
    let pg = PgServer::start();
    let u = url(&pg.create_database("shop"));
    let dir = tempfile::tempdir().unwrap();
    demo_file(dir.path()).push_to_server(&u).unwrap();
    let mut client = pg.client("shop");
    let e = client
        .batch_execute("UPDATE stock_movements SET qty = qty + 1")
        .unwrap_err();
    assert!(e.to_string().contains("append-only") || format!("{e:?}").contains("append-only"));
    assert!(client.batch_execute("DELETE FROM stock_movements").is_err());
}

#[test]
fn push_refuses_a_database_that_is_not_empty_and_changes_nothing_issue19() {
    let pg = PgServer::start();
    let dir = tempfile::tempdir().unwrap();
    let shop = demo_file(dir.path());

    // Another program's database.
    let other = url(&pg.create_database("other"));
    pg.admin_on(
        "other",
        "CREATE TABLE invoices (id int); ALTER TABLE invoices OWNER TO other",
    );
    let e = shop.push_to_server(&other).unwrap_err();
    assert_eq!(e.code(), "refused", "{e}");
    assert!(e.to_string().contains("not empty"), "{e}");
    let tables: i64 = pg
        .client("other")
        .query_one(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(tables, 1, "nothing was added to it");

    // A Stockroom shop already there.
    let there = url(&pg.create_database("there"));
    shop.push_to_server(&there).unwrap();
    let e = shop.push_to_server(&there).unwrap_err();
    assert_eq!(e.code(), "refused");
    let orders: i64 = pg
        .client("there")
        .query_one("SELECT count(*) FROM orders", &[])
        .unwrap()
        .get(0);
    let file_orders: i64 = shop
        .conn()
        .query_row("SELECT count(*) FROM orders", [], |r| r.get(0))
        .unwrap();
    assert_eq!(orders, file_orders, "copied once, not twice");
}

#[test]
fn init_makes_a_shop_on_an_empty_database_and_refuses_other_programs_and_newer_shops_untouched_issue19(
) {
    let pg = PgServer::start();
    let u = url(&pg.create_database("shop"));
    assert!(!Stockroom::init_server(&u, None, today()).unwrap());
    let status = Stockroom::server_status(&u).unwrap();
    assert_eq!(
        (status.engine, status.schema_version),
        ("postgresql", stockroom_core::db::schema::VERSION)
    );
    // A second init finds the shop and leaves it as it is.
    assert!(!Stockroom::init_server(&u, None, today()).unwrap());

    let other = url(&pg.create_database("other"));
    pg.admin_on("other", "CREATE TABLE invoices (id int)");
    let e = Stockroom::init_server(&other, None, today()).unwrap_err();
    assert!(matches!(e, Error::ForeignServerDatabase(_)), "{e}");
    assert_eq!(e.code(), "not_a_stockroom_database");

    pg.admin_on("shop", "UPDATE stockroom_meta SET version = 99");
    let e = Stockroom::init_server(&u, None, today()).unwrap_err();
    assert_eq!(e.code(), "database_too_new", "{e}");
    assert!(e.to_string().contains("99"), "{e}");
    let version: i64 = pg
        .client("shop")
        .query_one("SELECT version FROM stockroom_meta", &[])
        .unwrap()
        .get(0);
    assert_eq!(version, 99, "left untouched");
}

#[test]
fn two_tills_starting_on_an_empty_server_at_once_make_one_shop_issue19() {
    let pg = PgServer::start();
    let u = url(&pg.create_database("shop"));
    let made: Vec<bool> = std::thread::scope(|s| {
        let tills: Vec<_> = (0..4)
            .map(|_| s.spawn(|| server::open(&u).map(|(_, made)| made)))
            .collect();
        tills
            .into_iter()
            .map(|t| t.join().unwrap().unwrap())
            .collect()
    });
    assert_eq!(made.iter().filter(|m| **m).count(), 1, "{made:?}");
}

#[test]
fn init_demo_on_a_server_loads_the_demo_shop_once_issue19() {
    let pg = PgServer::start();
    let u = url(&pg.create_database("shop"));
    assert!(Stockroom::init_server(&u, Some(Scale::Small), today()).unwrap());
    assert!(
        !Stockroom::init_server(&u, Some(Scale::Small), today()).unwrap(),
        "a shop with data is left as it is"
    );
    // The same demo shop as in a file made on the same day.
    let dir = tempfile::tempdir().unwrap();
    let file = demo_file(dir.path());
    let back = dir.path().join("back.sqlite3");
    Stockroom::backup_server(&u, &back).unwrap();
    let copy = Stockroom::open(&back).unwrap();
    // The demo's letterhead logo is a file beside a demo shop file; a server shop's tills
    // share no folder, so its demo has none.
    file.conn()
        .execute("UPDATE settings SET logo_path = ''", [])
        .unwrap();
    same_shop(&dump(copy.conn()), &dump(file.conn()));
}

#[test]
fn restore_onto_a_server_replaces_its_shop_and_keeps_a_copy_of_what_was_there_issue19() {
    let pg = PgServer::start();
    let u = url(&pg.create_database("shop"));
    let dir = tempfile::tempdir().unwrap();
    // The server holds the demo shop; the backup is an empty shop with one product.
    assert!(Stockroom::init_server(&u, Some(Scale::Small), today()).unwrap());
    let backup = dir.path().join("small.sqlite3");
    {
        let mut small = Stockroom::open(&backup).unwrap().with_clock(today());
        small
            .import_bytes(
                stockroom_core::data::ImportKind::Products,
                b"sku,name,price\nONLY-1,The only product,9.90\n",
                stockroom_core::data::ImportOptions::default(),
                |_, _| {},
            )
            .unwrap();
    }
    let before = std::fs::read(&backup).unwrap();

    let report = Stockroom::restore_server(&u, &backup, today()).unwrap();
    assert_eq!(
        (report.products, report.customers, report.orders),
        (1, 0, 0)
    );
    assert_eq!(
        std::fs::read(&backup).unwrap(),
        before,
        "the backup is never modified"
    );
    let mut client = pg.client("shop");
    let skus: Vec<String> = client
        .query("SELECT sku FROM products", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(skus, ["ONLY-1"]);
    let indexed: i64 = client
        .query_one("SELECT count(*) FROM product_search", &[])
        .unwrap()
        .get(0);
    assert_eq!(indexed, 1, "the search index follows the restored products");

    // What the server held is in the copy beside the backup.
    let previous = Stockroom::open(&report.previous_copy).unwrap();
    let orders: i64 = previous
        .conn()
        .query_row("SELECT count(*) FROM orders", [], |r| r.get(0))
        .unwrap();
    assert!(orders > 50);

    // Not a Stockroom backup: refused, the server's shop unchanged.
    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(&junk, b"not a database at all").unwrap();
    let e = Stockroom::restore_server(&u, &junk, today()).unwrap_err();
    assert_eq!(e.code(), "not_a_stockroom_database");
    let still: i64 = client
        .query_one("SELECT count(*) FROM products", &[])
        .unwrap()
        .get(0);
    assert_eq!(still, 1);
}

#[test]
fn the_app_needs_no_superuser_on_the_server_issue19() {
    let pg = PgServer::start();
    let u = pg.create_database("shop");
    let mut client = postgres::Client::connect(&u, postgres::NoTls).unwrap();
    let superuser: bool = client
        .query_one(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(!superuser);
    drop(client);
    // Everything above runs as this role; here the whole round trip once more.
    assert!(Stockroom::init_server(&url(&u), Some(Scale::Small), today()).unwrap());
}

#[test]
fn one_till_hears_what_another_commits_within_a_second_issue19() {
    let pg = PgServer::start();
    let u = url(&pg.create_database("shop"));
    assert!(Stockroom::init_server(&u, Some(Scale::Small), today()).unwrap());
    let mut listener = server::listen::Listener::start(&u).unwrap();
    let mut other_till = postgres::Client::connect(&u.to_string(), postgres::NoTls).unwrap();

    let written = std::time::Instant::now();
    let mut tx = other_till.transaction().unwrap();
    tx.batch_execute(
        "INSERT INTO customers (name, created_at) VALUES ('Walk-in', '2026-12-07 10:00:00');
         UPDATE order_lines SET priority = priority + 1 WHERE id = 1;",
    )
    .unwrap();
    tx.commit().unwrap();
    let heard = listener
        .next(
            std::time::Duration::from_secs(5),
            std::time::Duration::from_millis(100),
        )
        .unwrap();
    assert!(written.elapsed() < std::time::Duration::from_secs(1));
    assert_eq!(heard.what, ["orders", "customers"]);

    // A write that is rolled back tells nobody.
    let mut tx = other_till.transaction().unwrap();
    tx.batch_execute("UPDATE products SET name = name || '!'")
        .unwrap();
    tx.rollback().unwrap();
    let heard = listener
        .next(
            std::time::Duration::from_millis(500),
            std::time::Duration::from_millis(50),
        )
        .unwrap();
    assert!(heard.is_empty(), "{heard:?}");
}

#[test]
fn a_shop_open_on_the_server_says_where_it_is_issue19() {
    let pg = PgServer::start();
    let u = url(&pg.create_database("shop"));
    let shop = Stockroom::open_url(&u, today()).unwrap();
    let status = shop.status().unwrap();
    assert_eq!(status.engine, "postgresql");
    assert_eq!(
        status.location,
        format!("postgres://shop@127.0.0.1:{}/shop", pg.port())
    );
    assert_eq!(status.schema_version, stockroom_core::db::schema::VERSION);
    assert!(status.server_version.starts_with("1"), "{status:?}");
    assert!(!status.encrypted);
}
