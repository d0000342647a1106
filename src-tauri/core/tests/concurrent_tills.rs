//! Several tills on one shop at once (issue 19): 8 processes × 300 random operations (orders,
//! receipts, shipments, cancels, stock corrections) on 20 hot SKUs of one shop file, all at the
//! same time. Afterwards every invariant of the engine holds (conservation, no over-allocation,
//! queue order, per-line accounting) and the ledger of each SKU is exactly its opening stock
//! plus what the tills report they received and corrected, minus what they shipped: no write
//! was lost, none was applied twice.
//!
//! Each till is this test binary started again as a child (`till_worker`), so the tills are
//! real processes with their own connections, as on a shop's counter PCs.

mod engine_support;
mod pg_support;

use std::collections::BTreeMap;
use std::process::Command;

use engine_support::{check_invariants, d, Memory};
use rand_chacha::rand_core::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;
use stockroom_core::catalog::{BackorderPolicy, NewProduct};
use stockroom_core::customers::NewCustomer;
use stockroom_core::db::server::ServerUrl;
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::purchasing::{NewPo, NewPoLine, ReceiptLine};
use stockroom_core::shipping::ShipRequest;
use stockroom_core::{Clock, Stockroom};

const TILLS: u64 = 8;
const OPS: u64 = 300;
const SKUS: usize = 20;
const OPENING: i64 = 10;

fn sku(i: usize) -> String {
    format!("HOT-{i:02}")
}

/// The shop the tills share: 20 products with 10 each, five customers, and an open PO of
/// 1,000 units for every SKU (what the tills receive from).
fn make_shop(path: &std::path::Path) {
    let mut shop = Stockroom::open(path)
        .unwrap()
        .with_clock(Clock::Fixed(d("2026-12-07")));
    for i in 0..SKUS {
        shop.add_product(&NewProduct {
            sku: sku(i),
            name: format!("Hot product {i}"),
            price: 1_000,
            backorders: BackorderPolicy::Allow,
            lead_time_days: Some(7),
            on_hand: OPENING,
            ..Default::default()
        })
        .unwrap();
    }
    for c in 0..5 {
        shop.add_customer(&NewCustomer {
            name: format!("Customer {c}"),
            ..Default::default()
        })
        .unwrap();
    }
    shop.create_po(&NewPo {
        supplier: "Hot Supply".into(),
        expected_on: d("2026-12-20"),
        lines: (0..SKUS)
            .map(|i| NewPoLine {
                sku: sku(i),
                qty: 1_000,
                unit_cost: None,
            })
            .collect(),
        note: String::new(),
        number: Some("PO-HOT".into()),
    })
    .unwrap();
}

/// What one till did, as it reports it.
#[derive(Default, serde::Serialize, serde::Deserialize)]
struct Report {
    orders: u64,
    shipments: u64,
    received: BTreeMap<String, i64>,
    shipped: BTreeMap<String, i64>,
    corrected: BTreeMap<String, i64>,
    cancels: u64,
    refused: u64,
}

/// One till: `OPS` random operations on the shop at `STOCKROOM_TILL_DB`, then its report on
/// stdout. Does nothing when run as a test of its own.
#[test]
fn till_worker() {
    let Some(db) = std::env::var_os("STOCKROOM_TILL_DB") else {
        return;
    };
    let seed: u64 = std::env::var("STOCKROOM_TILL_SEED")
        .unwrap()
        .parse()
        .unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut pick = |n: u64| rng.next_u64() % n;
    let db = db.to_str().unwrap().to_string();
    let today = Clock::Fixed(d("2026-12-07"));
    let mut shop = if db.starts_with("postgres://") {
        Stockroom::open_url(&ServerUrl::parse(&db).unwrap(), today).unwrap()
    } else {
        Stockroom::open(&db).unwrap().with_clock(today)
    };
    let customers: Vec<i64> = shop
        .customers("")
        .unwrap()
        .into_iter()
        .map(|c| c.id)
        .collect();
    let mut mine: Vec<String> = Vec::new();
    let mut r = Report::default();
    for _ in 0..OPS {
        match pick(100) {
            0..=44 => {
                let lines = (0..1 + pick(3))
                    .map(|_| NewOrderLine {
                        sku: sku(pick(SKUS as u64) as usize),
                        qty: 1 + pick(4) as i64,
                        unit_price: None,
                    })
                    .collect();
                let o = shop
                    .place_order(&NewOrder {
                        customer_id: customers[pick(customers.len() as u64) as usize],
                        lines,
                        priority: pick(2) as i64,
                        ..Default::default()
                    })
                    .unwrap();
                mine.push(o.number);
                r.orders += 1;
            }
            45..=64 => {
                let s = sku(pick(SKUS as u64) as usize);
                let qty = 1 + pick(5) as i64;
                shop.receive_po(
                    "PO-HOT",
                    &[ReceiptLine {
                        sku: s.clone(),
                        qty,
                    }],
                )
                .unwrap();
                *r.received.entry(s).or_default() += qty;
            }
            65..=79 if !mine.is_empty() => {
                let number = mine[pick(mine.len() as u64) as usize].clone();
                match shop.ship(
                    &number,
                    &ShipRequest {
                        partial: true,
                        ..Default::default()
                    },
                ) {
                    Ok(shipment) => {
                        for l in shipment.lines {
                            *r.shipped.entry(l.sku).or_default() += l.qty;
                        }
                        r.shipments += 1;
                    }
                    // Nothing allocated to ship (yet): refused, nothing stored.
                    Err(e) if e.is_user_error() => r.refused += 1,
                    Err(e) => panic!("ship {number}: {e}"),
                }
            }
            80..=89 if !mine.is_empty() => {
                let number = mine.swap_remove(pick(mine.len() as u64) as usize);
                match shop.cancel_order(&number, None) {
                    Ok(_) => r.cancels += 1,
                    // Everything shipped already: refused, nothing stored.
                    Err(e) if e.is_user_error() => r.refused += 1,
                    Err(e) => panic!("cancel {number}: {e}"),
                }
            }
            _ => {
                let s = sku(pick(SKUS as u64) as usize);
                let qty = 1 + pick(3) as i64;
                shop.adjust_stock(&s, qty, "found on the shelf").unwrap();
                *r.corrected.entry(s).or_default() += qty;
            }
        }
    }
    println!("TILL-REPORT {}", serde_json::to_string(&r).unwrap());
}

#[test]
fn eight_tills_at_once_never_over_allocate_nor_lose_a_write_issue19() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.sqlite3");
    make_shop(&db);
    let reports = run_tills(db.to_str().unwrap());
    check_after(&db, &reports);
}

/// The same on a shop server: the shop is made in a file and pushed, the tills work on the
/// server, and the server's shop is checked in a backup of it.
#[test]
fn eight_tills_at_once_on_a_shop_server_never_over_allocate_nor_lose_a_write_issue19() {
    let pg = pg_support::PgServer::start();
    let url = pg.create_database("shop");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("made.sqlite3");
    make_shop(&file);
    let server = ServerUrl::parse(&url).unwrap();
    Stockroom::open(&file)
        .unwrap()
        .push_to_server(&server)
        .unwrap();
    let reports = run_tills(&url);
    let after = dir.path().join("after.sqlite3");
    Stockroom::backup_server(&server, &after).unwrap();
    check_after(&after, &reports);
}

/// Starts the tills at once on the shop `db` (a file or a server URL) and gathers their reports.
fn run_tills(db: &str) -> Vec<Report> {
    let me = std::env::current_exe().unwrap();
    let tills: Vec<_> = (0..TILLS)
        .map(|seed| {
            Command::new(&me)
                .args(["--exact", "till_worker", "--nocapture", "--test-threads=1"])
                .env("STOCKROOM_TILL_DB", db)
                .env("STOCKROOM_TILL_SEED", seed.to_string())
                .output_async()
        })
        .collect();
    tills
        .into_iter()
        .map(|till| {
            let out = till.wait_with_output().unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success(),
                "a till failed: {stdout}{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let line = stdout
                .lines()
                .find_map(|l| l.split_once("TILL-REPORT ").map(|(_, json)| json))
                .unwrap_or_else(|| panic!("no report: {stdout}"));
            serde_json::from_str(line).unwrap()
        })
        .collect()
}

/// Every invariant of the shop in the file `db`, and its ledger against the tills' reports.
fn check_after(db: &std::path::Path, reports: &[Report]) {
    let shop = Stockroom::open(db).unwrap();
    let conn = shop.conn();
    // Every invariant of the final state. The engine's queue check compares the fills of one
    // step with the lines waiting after it; over a whole history a line placed later with a
    // higher priority may wait behind one filled before it existed, so here the queue is
    // checked below instead, against the lines that existed when each fill was made.
    let last_fill = conn
        .query_row("SELECT coalesce(max(id), 0) FROM fills", [], |r| r.get(0))
        .unwrap();
    check_invariants(
        conn,
        &mut Memory {
            last_fill,
            ..Default::default()
        },
    );
    // Queue order under contention: no line got stock while a line of the same SKU placed
    // before it, with the same or a higher priority, still waits (every till places on the
    // same day, so the queue is priority, then the line's id: the order commits came in).
    let jumped: Vec<(i64, i64)> = conn
        .prepare(
            "SELECT DISTINCT f.order_line_id, w.id FROM fills f
             JOIN order_lines fl ON fl.id = f.order_line_id
             JOIN order_lines w ON w.product_id = fl.product_id AND w.backordered > 0
                 AND w.id < fl.id AND w.priority >= fl.priority",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        jumped.is_empty(),
        "stock went past a line that waited ahead (filled, waiting): {jumped:?}"
    );
    let placed: Vec<String> = conn
        .prepare("SELECT DISTINCT placed_at FROM order_lines")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        placed.len(),
        1,
        "every till placed on the same day: {placed:?}"
    );

    // The ledger is the opening stock plus what the tills say they did, SKU by SKU.
    let sum = |f: fn(&Report) -> &BTreeMap<String, i64>, s: &str| -> i64 {
        reports
            .iter()
            .map(|r| f(r).get(s).copied().unwrap_or(0))
            .sum()
    };
    for i in 0..SKUS {
        let s = sku(i);
        let ledger: i64 = conn
            .query_row(
                "SELECT sum(m.qty) FROM stock_movements m JOIN products p ON p.id = m.product_id WHERE p.sku = ?1",
                [&s],
                |r| r.get(0),
            )
            .unwrap();
        let expected = OPENING + sum(|r| &r.received, &s) + sum(|r| &r.corrected, &s)
            - sum(|r| &r.shipped, &s);
        assert_eq!(
            ledger, expected,
            "{s}: the ledger against the tills' reports"
        );
    }
    let count =
        |sql: &str| -> u64 { conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap() as u64 };
    let orders: u64 = reports.iter().map(|r| r.orders).sum();
    let shipments: u64 = reports.iter().map(|r| r.shipments).sum();
    assert_eq!(
        count("SELECT count(*) FROM orders"),
        orders,
        "no order lost or doubled"
    );
    assert_eq!(count("SELECT count(*) FROM shipments"), shipments);
    // The run did what it says: real contention, all kinds of operations.
    let cancels: u64 = reports.iter().map(|r| r.cancels).sum();
    eprintln!("{orders} orders, {shipments} shipments, {cancels} cancels by {TILLS} tills");
    assert!(orders > 800, "{orders} orders");
    assert!(shipments > 30, "{shipments} shipments");
    assert!(cancels > 50, "{cancels} cancels");
}

/// `Command::output` without waiting: the tills must run at the same time.
trait SpawnAll {
    fn output_async(&mut self) -> std::process::Child;
}

impl SpawnAll for Command {
    fn output_async(&mut self) -> std::process::Child {
        self.stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    }
}
