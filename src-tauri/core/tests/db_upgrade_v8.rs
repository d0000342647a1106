//! Upgrading a version 8 shop to version 9 (issue 19): each product keeps what its order lines
//! hold (`products.allocated`), worked out from the lines by the upgrade, on a file and on a
//! shop server; every row is kept, and the engine keeps the figure from then on.

mod pg_support;
mod upgrade_support;

use stockroom_core::db::server::{self, ServerUrl};
use stockroom_core::shipping::ShipRequest;
use stockroom_core::{Clock, Stockroom};
use upgrade_support::{assert_schema_is_current, count, open_fixture};

fn open_v8_fixture() -> (tempfile::TempDir, Stockroom) {
    let (dir, shop) = open_fixture(8, include_str!("fixtures/schema_v8.sql"));
    (
        dir,
        shop.with_clock(Clock::Fixed(
            chrono::NaiveDate::from_ymd_opt(2026, 2, 26).unwrap(),
        )),
    )
}

/// (SKU, kept Σ allocated) of every product, by SKU.
fn held(conn: &rusqlite::Connection) -> Vec<(String, i64)> {
    let mut st = conn
        .prepare("SELECT sku, allocated FROM products ORDER BY sku")
        .unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn a_version_8_database_upgrades_to_the_current_schema() {
    let (_dir, shop) = open_v8_fixture();
    assert_schema_is_current(&shop);
}

#[test]
fn the_upgrade_works_out_what_each_products_lines_hold_and_keeps_every_row_issue19() {
    let (_dir, mut shop) = open_v8_fixture();
    for (table, n) in [
        ("products", 3),
        ("orders", 3),
        ("order_lines", 5),
        ("stock_movements", 4),
        ("notifications", 4),
        ("outbox", 2),
    ] {
        assert_eq!(count(shop.conn(), table), n, "rows of {table}");
    }
    assert_eq!(
        held(shop.conn()),
        vec![
            ("KIT-ZÖE".to_string(), 1),
            ("NDL-45".to_string(), 0),
            ("WOOL-GRY".to_string(), 3)
        ],
        "the web shop's order holds 3 wool, SO-1002 the kit"
    );
    let wool = shop.product("WOOL-GRY").unwrap();
    assert_eq!((wool.on_hand, wool.allocated, wool.available), (12, 3, 9));

    // From now on the engine keeps it: shipping the web shop's order gives the 3 back.
    shop.ship("SO-1003", &ShipRequest::default()).unwrap();
    assert_eq!(shop.product("WOOL-GRY").unwrap().allocated, 0);
    assert_eq!(held(shop.conn())[2], ("WOOL-GRY".to_string(), 0));
}

#[test]
fn a_version_8_shop_server_upgrades_with_what_each_products_lines_hold_issue19() {
    let pg = pg_support::PgServer::start();
    let u = pg.create_database("shop");
    // Made as the shop's own role (what a shop server at version 8 is).
    let mut client = postgres::Client::connect(&u, postgres::NoTls).unwrap();
    client
        .batch_execute(include_str!("../src/db/sql/postgres/v8_baseline.sql"))
        .unwrap();
    client
        .batch_execute(
            "INSERT INTO products (id, sku, name, price, on_hand, created_at) VALUES
                 (1, 'WOOL-GRY', 'Merino wool, grey', 1250, 12, '2026-01-10 09:00:00'),
                 (2, 'NDL-45', 'Knitting needles 4.5 mm', 899, 0, '2026-01-10 09:05:00');
             INSERT INTO stock_movements (product_id, kind, qty, reason, reference, on_date, created_at)
                 VALUES (1, 10, 12, 'received', 'PO-1001', '2026-02-22', '2026-02-22 09:00:00');
             INSERT INTO customers (id, name, created_at) VALUES (1, 'Zoë Müller', '2026-01-12 11:00:00');
             INSERT INTO orders (id, number, customer_id, placed_at) VALUES
                 (1, 'SO-1001', 1, '2026-02-02 10:00:00'), (2, 'SO-1002', 1, '2026-02-05 12:30:00');
             INSERT INTO order_lines (order_id, line_no, product_id, unit_price, ordered, allocated,
                     backordered, priority, placed_at) VALUES
                 (1, 1, 1, 1250, 2, 2, 0, 0, '2026-02-02 10:00:00'),
                 (1, 2, 2, 899, 3, 0, 3, 0, '2026-02-02 10:00:00'),
                 (2, 1, 1, 1250, 5, 5, 0, 0, '2026-02-05 12:30:00');",
        )
        .unwrap();
    drop(client);

    let u = ServerUrl::parse(&u).unwrap();
    let (mut client, made) = server::open(&u).unwrap();
    assert!(!made, "an existing shop is upgraded, not made");
    let version: i64 = client
        .query_one("SELECT version FROM stockroom_meta", &[])
        .unwrap()
        .get(0);
    assert_eq!(version, stockroom_core::db::schema::VERSION);
    let rows: Vec<(String, i64)> = client
        .query("SELECT sku, allocated FROM products ORDER BY sku", &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(
        rows,
        vec![("NDL-45".to_string(), 0), ("WOOL-GRY".to_string(), 7)]
    );
    let shop = Stockroom::open_server(
        client,
        Clock::Fixed(chrono::NaiveDate::from_ymd_opt(2026, 2, 26).unwrap()),
    );
    let wool = shop.product("WOOL-GRY").unwrap();
    assert_eq!((wool.on_hand, wool.allocated, wool.available), (12, 7, 5));
}
