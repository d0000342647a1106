//! Crash safety (issue 7): the `stockroom` CLI is killed with SIGKILL at random moments
//! during imports and receipts, 100 times; after every kill the database passes
//! `integrity_check`, every operation is either wholly there or not at all, and the engine's
//! invariants hold. And two processes writing to one database at once lose nothing.
//!
//! The random moments come from a fixed seed, so a failure can be replayed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use rusqlite::Connection;
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::NewProduct;
use stockroom_core::customers::NewCustomer;
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::purchasing::{NewPo, NewPoLine};
use stockroom_core::{Clock, Stockroom};

const CLI: &str = env!("CARGO_BIN_EXE_stockroom");
const TODAY: &str = "2026-11-26";

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// xorshift64*: enough randomness for kill moments, no dependency, replayable.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

/// W1, W2: 5 on hand each and 150 one-unit orders waiting for each, with a big open PO;
/// W3, W4 plenty of stock for imported orders. Three customers with emails.
fn base_shop(path: &Path) -> String {
    let mut s = Stockroom::open(path)
        .unwrap()
        .with_clock(Clock::Fixed(day(TODAY)));
    s.add_carrier(&NewCarrier {
        name: "Post".into(),
        transit_days: 2,
        is_default: true,
    })
    .unwrap();
    for (sku, on_hand) in [("W1", 5), ("W2", 5), ("W3", 100_000), ("W4", 100_000)] {
        s.add_product(&NewProduct {
            sku: sku.into(),
            name: format!("Wool {sku}"),
            price: 1000,
            on_hand,
            lead_time_days: Some(20),
            ..Default::default()
        })
        .unwrap();
    }
    let mut ids = Vec::new();
    for who in ["ada", "ben", "cy"] {
        ids.push(
            s.add_customer(&NewCustomer {
                name: who.into(),
                email: format!("{who}@x.org"),
                ..Default::default()
            })
            .unwrap()
            .id,
        );
    }
    for i in 0..300 {
        let sku = if i % 2 == 0 { "W1" } else { "W2" };
        s.place_order(&NewOrder {
            customer_id: ids[i % 3],
            lines: vec![NewOrderLine {
                sku: sku.into(),
                qty: 1,
                unit_price: None,
            }],
            ..Default::default()
        })
        .unwrap();
    }
    s.create_po(&NewPo {
        supplier: "Acme".into(),
        expected_on: day("2026-12-10"),
        lines: vec![
            NewPoLine {
                sku: "W1".into(),
                qty: 100_000,
                unit_cost: None,
            },
            NewPoLine {
                sku: "W2".into(),
                qty: 100_000,
                unit_cost: None,
            },
        ],
        note: String::new(),
        number: None,
    })
    .unwrap()
    .number
}

fn products_file(dir: &Path, k: usize, n: usize) -> PathBuf {
    let mut csv = String::from("sku,name,price,on_hand,backorders\n");
    for i in 0..n {
        csv.push_str(&format!(
            "K{k}-{i},Imported {k}/{i},{}.50,{},notify\n",
            i % 90,
            i % 7
        ));
    }
    let f = dir.join(format!("products-{k}.csv"));
    std::fs::write(&f, csv).unwrap();
    f
}

fn orders_file(dir: &Path, k: usize, n: usize) -> PathBuf {
    let mut csv = String::from("order,customer_email,sku,ordered\n");
    let who = ["ada", "ben", "cy"];
    for i in 0..n {
        csv.push_str(&format!(
            "O{k}-{i},{}@x.org,W3,1\nO{k}-{i},{}@x.org,W4,2\n",
            who[i % 3],
            who[i % 3]
        ));
    }
    let f = dir.join(format!("orders-{k}.csv"));
    std::fs::write(&f, csv).unwrap();
    f
}

fn one(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// The engine's invariants and the database's health, from a fresh connection (which also
/// replays what a killed process left in the WAL).
fn check_invariants(db: &Path) {
    let conn = Connection::open(db).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    let fk: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(fk, 0, "no dangling references");
    let bad_ledger = one(
        &conn,
        "SELECT count(*) FROM products p
         WHERE p.on_hand <> (SELECT coalesce(sum(qty), 0) FROM stock_movements m WHERE m.product_id = p.id)
            OR p.on_hand < 0",
    );
    assert_eq!(bad_ledger, 0, "on_hand = Σ ledger ≥ 0 for every product");
    let bad_lines = one(
        &conn,
        "SELECT count(*) FROM order_lines WHERE ordered <> allocated + shipped + backordered + cancelled
            OR allocated < 0 OR shipped < 0 OR backordered < 0 OR cancelled < 0",
    );
    assert_eq!(
        bad_lines, 0,
        "ordered = allocated + shipped + backordered + cancelled"
    );
    let over = one(
        &conn,
        "SELECT count(*) FROM products p
         WHERE (SELECT coalesce(sum(allocated), 0) FROM order_lines l WHERE l.product_id = p.id) > p.on_hand",
    );
    assert_eq!(over, 0, "Σ allocated ≤ on_hand");
    let unkept = one(
        &conn,
        "SELECT count(*) FROM products p
         WHERE p.allocated <> (SELECT coalesce(sum(allocated), 0) FROM order_lines l WHERE l.product_id = p.id)",
    );
    assert_eq!(
        unkept, 0,
        "each product's kept allocated equals its lines' sum (issue 19)"
    );
    let idle = one(
        &conn,
        "SELECT count(*) FROM products p
         WHERE p.on_hand > (SELECT coalesce(sum(allocated), 0) FROM order_lines l WHERE l.product_id = p.id)
           AND EXISTS (SELECT 1 FROM order_lines l WHERE l.product_id = p.id AND l.backordered > 0)",
    );
    assert_eq!(idle, 0, "no free stock while someone waits");
    // A receipt is the PO lines' `received` and the ledger's receipts together, or neither.
    let received = one(&conn, "SELECT coalesce(sum(received), 0) FROM po_lines");
    let booked = one(
        &conn,
        "SELECT coalesce(sum(qty), 0) FROM stock_movements WHERE kind = 10",
    );
    assert_eq!(
        received, booked,
        "Σ received on PO lines = Σ receipts in the ledger"
    );
}

#[derive(Default, Debug)]
struct Tally {
    killed_before_commit: usize,
    completed: usize,
}

#[test]
fn kill_9_during_imports_and_receipts_never_leaves_half_an_operation() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.sqlite3");
    let po = base_shop(&db);
    let mut rng = Rng(0x5EED_0007);
    let mut tally = Tally::default();
    let started = Instant::now();
    const PRODUCTS: usize = 200;
    const ORDERS: usize = 30;
    let command = |k: usize, op: usize| {
        let mut cmd = Command::new(CLI);
        cmd.arg("--db")
            .arg(&db)
            .arg("--today")
            .arg(TODAY)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        match op {
            0 => cmd
                .args(["import", "products"])
                .arg(products_file(dir.path(), k, PRODUCTS)),
            1 => cmd
                .args(["import", "orders"])
                .arg(orders_file(dir.path(), k, ORDERS)),
            _ => cmd.args(["po", "receive", &po, "--line", "W1:20", "--line", "W2:20"]),
        };
        cmd
    };
    // How long each operation takes here, whole process included: the kills are aimed
    // uniformly over 1.3 times that, so they land in start-up, the work, the commit, and after.
    let mut windows = [0u64; 3];
    for (op, w) in windows.iter_mut().enumerate() {
        let t = Instant::now();
        assert!(command(1000 + op, op).status().unwrap().success());
        *w = (t.elapsed().as_millis() as u64 * 13 / 10).max(5);
    }
    let mut receipts = 1i64; // the calibration run received once
    for k in 0..100 {
        let op = k % 3;
        let mut child = command(k, op).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(rng.below(windows[op])));
        let _ = child.kill(); // SIGKILL
        let status = child.wait().unwrap();

        check_invariants(&db);
        let conn = Connection::open(&db).unwrap();
        let done = match op {
            0 => {
                let n = one(
                    &conn,
                    &format!("SELECT count(*) FROM products WHERE sku LIKE 'K{k}-%'"),
                );
                assert!(
                    n == 0 || n == PRODUCTS as i64,
                    "import {k}: {n} of {PRODUCTS} products"
                );
                n > 0
            }
            1 => {
                let n = one(
                    &conn,
                    &format!("SELECT count(*) FROM orders WHERE number LIKE 'O{k}-%'"),
                );
                let lines = one(
                    &conn,
                    &format!(
                        "SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.number LIKE 'O{k}-%'"
                    ),
                );
                assert!(
                    n == 0 || n == ORDERS as i64,
                    "import {k}: {n} of {ORDERS} orders"
                );
                assert_eq!(lines, 2 * n, "import {k}: every order has both its lines");
                n > 0
            }
            _ => {
                let w1 = one(&conn, "SELECT received FROM po_lines WHERE line_no = 1");
                let w2 = one(&conn, "SELECT received FROM po_lines WHERE line_no = 2");
                assert_eq!(w1, w2, "receipt {k}: both lines of a receipt, or neither");
                assert!(
                    w1 == receipts * 20 || w1 == (receipts + 1) * 20,
                    "receipt {k}: {w1} received"
                );
                let done = w1 == (receipts + 1) * 20;
                if done {
                    receipts += 1;
                }
                done
            }
        };
        if done {
            tally.completed += 1;
        } else {
            tally.killed_before_commit += 1;
            assert!(
                !status.success(),
                "op {k} reported success but is not in the database"
            );
        }
    }
    // Everything that completed is still there at the end.
    let conn = Connection::open(&db).unwrap();
    let imported = one(&conn, "SELECT count(*) FROM products WHERE sku LIKE 'K%'");
    assert_eq!(imported % PRODUCTS as i64, 0);
    eprintln!(
        "crash loop: {tally:?}, windows {windows:?} ms, receipts done {receipts}, imported products {imported}, {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        tally.killed_before_commit >= 10,
        "the kills must land inside operations: {tally:?}"
    );
    assert!(
        tally.completed >= 10,
        "and some operations must complete: {tally:?}"
    );
}

#[test]
fn the_app_and_two_cli_processes_writing_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.sqlite3");
    base_shop(&db);
    let run = |args: Vec<String>| {
        let db = db.clone();
        std::thread::spawn(move || {
            let out = Command::new(CLI)
                .arg("--db")
                .arg(&db)
                .arg("--today")
                .arg(TODAY)
                .args(&args)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        })
    };
    let a = run(vec![
        "import".into(),
        "products".into(),
        products_file(dir.path(), 1, 400).display().to_string(),
    ]);
    let b = run(vec![
        "import".into(),
        "orders".into(),
        orders_file(dir.path(), 2, 60).display().to_string(),
    ]);
    // The app: its own connection, writing small transactions meanwhile.
    let app_db = db.clone();
    let app = std::thread::spawn(move || {
        let mut s = Stockroom::open(&app_db)
            .unwrap()
            .with_clock(Clock::Fixed(day(TODAY)));
        for _ in 0..40 {
            s.adjust_stock("W3", 1, "count").unwrap();
            std::thread::sleep(Duration::from_millis(5));
        }
    });
    let cli_adjust = {
        let db = db.clone();
        std::thread::spawn(move || {
            for _ in 0..15 {
                let out = Command::new(CLI)
                    .arg("--db")
                    .arg(&db)
                    .args(["stock", "adjust", "W4", "-1", "--reason", "damaged"])
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        })
    };
    for t in [a, b, app, cli_adjust] {
        t.join().unwrap();
    }
    check_invariants(&db);
    let conn = Connection::open(&db).unwrap();
    assert_eq!(
        one(&conn, "SELECT count(*) FROM products WHERE sku LIKE 'K1-%'"),
        400
    );
    assert_eq!(
        one(
            &conn,
            "SELECT count(*) FROM orders WHERE number LIKE 'O2-%'"
        ),
        60
    );
    // W3: +40 by the app, −60 by the 60 imported orders' allocations (on_hand unchanged by
    // allocation); W4: −15 by the CLI.
    assert_eq!(
        one(&conn, "SELECT on_hand FROM products WHERE sku = 'W3'"),
        100_040
    );
    assert_eq!(
        one(&conn, "SELECT on_hand FROM products WHERE sku = 'W4'"),
        100_000 - 15
    );
    assert_eq!(
        one(
            &conn,
            "SELECT count(*) FROM stock_movements WHERE reason = 'count'"
        ),
        40
    );
}
