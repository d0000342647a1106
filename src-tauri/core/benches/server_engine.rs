//! The engine on a shop server (issue 19), beside the same operations on a shop file, in one
//! run. PostgreSQL is private to the bench (tests/pg_support: initdb in a temporary folder,
//! loopback, `fsync=off` — for the app and for the raw baseline alike). Targets:
//! - placing a 5-line order ≤ 3 ms, and ≤ 2× raw PostgreSQL inserting the same rows;
//! - a receipt filling 10,000 waiting lines ≤ 3× raw PostgreSQL writing the same rows;
//! - 4 tills placing orders at once (hot SKUs included): throughput ≥ 2.5× one till's.
//!
//! "The same rows" is measured, not assumed: the bench counts what one operation changed in
//! every table and the raw baseline writes exactly those rows (the bench stops if the app
//! starts writing a table the baseline does not know).

#[path = "../tests/pg_support/mod.rs"]
mod pg_support;
mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use pg_support::PgServer;
use stockroom_core::db::server::ServerUrl;
use stockroom_core::orders::place_order_in_tx;
use stockroom_core::purchasing::ReceiptLine;
use stockroom_core::{Clock, Stockroom};
use support::shop::{base, order, product, today, waiting_shop, WAITING};

const HOT: usize = 20;
const COLD: usize = 200;

/// The tables an order, a receipt or a shipment adds rows to.
const COUNTED: &[&str] = &[
    "orders",
    "order_lines",
    "stock_movements",
    "fills",
    "shipments",
    "shipment_lines",
    "notifications",
    "outbox",
    "po_lines",
    "purchase_orders",
];

fn counts(c: &mut postgres::Client) -> BTreeMap<&'static str, i64> {
    COUNTED
        .iter()
        .map(|t| {
            let n: i64 = c
                .query_one(&format!("SELECT count(*) FROM {t}"), &[])
                .unwrap()
                .get(0);
            (*t, n)
        })
        .collect()
}

/// What changed between two counts: table → rows added.
fn added(
    before: &BTreeMap<&'static str, i64>,
    after: &BTreeMap<&'static str, i64>,
) -> BTreeMap<&'static str, i64> {
    after
        .iter()
        .map(|(t, n)| (*t, n - before[t]))
        .filter(|(_, n)| *n != 0)
        .collect()
}

/// A shop file pushed to a new database `name` on `pg`; the server's URL.
fn pushed(pg: &PgServer, file: &Stockroom, name: &str) -> ServerUrl {
    let url = ServerUrl::parse(&pg.create_database(name)).unwrap();
    file.push_to_server(&url).unwrap();
    url
}

/// A plain client of database `db` as its owner `role`, for the raw baseline.
fn owner_client(pg: &PgServer, db: &str, role: &str) -> postgres::Client {
    let url = format!("postgres://{role}@127.0.0.1:{}/{db}", pg.port());
    postgres::Client::connect(&url, postgres::NoTls).unwrap()
}

fn open(url: &ServerUrl) -> Stockroom {
    Stockroom::open_url(url, Clock::Fixed(today())).unwrap()
}

fn place(c: &mut Criterion, pg: &PgServer, dir: &Path) {
    // A shop with five SKUs in stock and 2,000 orders of history.
    let mut file = base(&dir.join("place.sqlite3"));
    for sku in ["A", "B", "C", "D", "E"] {
        product(&mut file, sku, 1_000_000_000);
    }
    file.write(|tx, clock| {
        let tx = tx.sqlite()?;
        for _ in 0..2_000 {
            place_order_in_tx(tx, clock, &order(&[("A", 1), ("C", 2)]))?;
        }
        Ok(())
    })
    .unwrap();
    let url = pushed(pg, &file, "place");
    let mut server = open(&url);
    let five = order(&[("A", 1), ("B", 2), ("C", 1), ("D", 3), ("E", 1)]);

    // What one placement writes.
    let mut look = pg.client("place");
    let before = counts(&mut look);
    server.place_order(&five).unwrap();
    let rows = added(&before, &counts(&mut look));
    eprintln!("placing a 5-line order adds {rows:?}");
    assert_eq!(
        rows.keys().copied().collect::<Vec<_>>(),
        ["order_lines", "orders"],
        "the raw baseline writes orders and order lines only: teach it the new rows"
    );
    let ids: Vec<i64> = look
        .query("SELECT id FROM products ORDER BY sku", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();

    let mut g = c.benchmark_group("server_engine/place a 5-line order");
    g.sample_size(50);
    g.bench_function("sqlite", |b| b.iter(|| file.place_order(&five).unwrap()));
    g.bench_function("postgres", |b| {
        b.iter(|| server.place_order(&five).unwrap())
    });
    // Raw PostgreSQL: the same rows (one order, five lines with their allocation) in one
    // transaction, statements prepared once, as the owner role over the same loopback.
    let mut raw = owner_client(pg, "place", "place");
    let ins_order = raw
        .prepare(
            "INSERT INTO orders (number, customer_id, placed_at, carrier_id)
             VALUES ($1, 1, $2, 1) RETURNING id",
        )
        .unwrap();
    let ins_line = raw
        .prepare(
            "INSERT INTO order_lines (order_id, line_no, product_id, unit_price, ordered,
                 allocated, priority, placed_at, eta, first_eta)
             VALUES ($1, $2, $3, 1000, $4, $4, 0, $5, NULL, NULL)",
        )
        .unwrap();
    let n = AtomicUsize::new(0);
    g.bench_function("raw postgres, the same rows", |b| {
        b.iter(|| {
            let mut t = raw.transaction().unwrap();
            let number = format!("RAW-{}", n.fetch_add(1, Ordering::Relaxed));
            let at = "2026-03-01T10:00:00";
            let id: i64 = t.query_one(&ins_order, &[&number, &at]).unwrap().get(0);
            for (i, (p, q)) in ids.iter().zip([1i64, 2, 1, 3, 1]).enumerate() {
                t.execute(&ins_line, &[&id, &(i as i64 + 1), p, &q, &at])
                    .unwrap();
            }
            t.commit().unwrap();
        })
    });
    g.finish();
}

fn receipt() -> Vec<ReceiptLine> {
    vec![ReceiptLine {
        sku: "HOT".into(),
        qty: WAITING as i64,
    }]
}

fn receive(c: &mut Criterion, pg: &PgServer, dir: &Path) {
    let template = waiting_shop(&dir.join("waiting.sqlite3"));
    pushed(pg, &template, "waiting");
    let copies = AtomicUsize::new(0);
    // A fresh copy of the waiting shop for each receipt: CREATE DATABASE … TEMPLATE, untimed.
    let copy = || {
        let name = format!("waiting_{}", copies.fetch_add(1, Ordering::Relaxed));
        pg.admin(&format!(
            "CREATE DATABASE {name} TEMPLATE waiting OWNER waiting"
        ));
        (
            name.clone(),
            ServerUrl::parse(&format!(
                "postgres://waiting@127.0.0.1:{}/{name}",
                pg.port()
            ))
            .unwrap(),
        )
    };

    // What one receipt writes: rows added, and the waiting lines it fills.
    let (name, url) = copy();
    let mut look = pg.client(&name);
    let before = counts(&mut look);
    let r = open(&url).receive_po("PO-1001", &receipt()).unwrap();
    assert_eq!(r.allocations.len(), WAITING);
    let rows = added(&before, &counts(&mut look));
    eprintln!("a receipt filling {WAITING} waiting lines adds {rows:?}");
    for t in rows.keys() {
        assert!(
            ["fills", "stock_movements", "notifications"].contains(t),
            "the raw baseline does not write {t}: teach it"
        );
    }

    let mut g = c.benchmark_group("server_engine/a receipt filling 10,000 waiting lines");
    g.sample_size(10);
    g.bench_function("postgres", |b| {
        b.iter_batched(
            || open(&copy().1),
            |mut s| {
                let r = s.receive_po("PO-1001", &receipt()).unwrap();
                assert_eq!(r.allocations.len(), WAITING);
                s
            },
            BatchSize::PerIteration,
        )
    });
    // Raw PostgreSQL writing the same rows in one transaction: each waiting line allocated
    // (one UPDATE by id) and its fill recorded, the receipt's ledger row, the PO line's
    // received units and the product's stock, plus as many notices as the receipt added.
    let fills = rows.get("fills").copied().unwrap_or(0);
    let moves = rows.get("stock_movements").copied().unwrap_or(0);
    let notices = rows.get("notifications").copied().unwrap_or(0);
    g.bench_function("raw postgres, the same rows", |b| {
        b.iter_batched(
            || {
                let mut c = owner_client(pg, &copy().0, "waiting");
                let lines: Vec<(i64, i64)> = c
                    .query(
                        "SELECT ol.id, ol.order_id FROM order_lines ol
                         JOIN products p ON p.id = ol.product_id
                         WHERE p.sku = 'HOT' AND ol.backordered > 0
                         ORDER BY ol.priority DESC, ol.placed_at, ol.id",
                        &[],
                    )
                    .unwrap()
                    .iter()
                    .map(|r| (r.get(0), r.get(1)))
                    .collect();
                (c, lines)
            },
            |(mut c, lines)| {
                let alloc = c
                    .prepare(
                        "UPDATE order_lines SET allocated = allocated + 1,
                             backordered = backordered - 1, eta = NULL WHERE id = $1",
                    )
                    .unwrap();
                let fill = c
                    .prepare(
                        "INSERT INTO fills (order_line_id, qty, on_date, reference)
                         VALUES ($1, 1, '2026-03-01', 'PO-1001')",
                    )
                    .unwrap();
                let notice = c
                    .prepare(
                        "INSERT INTO notifications (order_id, kind, due_on, created_at)
                         VALUES ($1, 'promise_moved', '2026-03-01', '2026-03-01T10:00:00')",
                    )
                    .unwrap();
                let mut t = c.transaction().unwrap();
                for (i, (line, order)) in lines.iter().enumerate() {
                    t.execute(&alloc, &[line]).unwrap();
                    if (i as i64) < fills {
                        t.execute(&fill, &[line]).unwrap();
                    }
                    if (i as i64) < notices {
                        t.execute(&notice, &[order]).unwrap();
                    }
                }
                for _ in 0..moves {
                    t.execute(
                        "INSERT INTO stock_movements (product_id, kind, qty, reference, on_date,
                             created_at)
                         SELECT id, 10, $1, 'PO-1001', '2026-03-01', '2026-03-01T10:00:00'
                         FROM products WHERE sku = 'HOT'",
                        &[&(WAITING as i64)],
                    )
                    .unwrap();
                }
                t.execute(
                    "UPDATE po_lines SET received = received + $1
                     WHERE po_id = (SELECT id FROM purchase_orders WHERE number = 'PO-1001')",
                    &[&(WAITING as i64)],
                )
                .unwrap();
                t.execute(
                    "UPDATE products SET on_hand = on_hand + $1 WHERE sku = 'HOT'",
                    &[&(WAITING as i64)],
                )
                .unwrap();
                t.commit().unwrap();
                c
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

/// Orders placed by `tills` tills at once, each on its own connection: every order has a line
/// of one of `HOT` hot SKUs and one of `COLD` others. Returns the time `orders` orders took.
fn tills_at_once(
    open_till: &(dyn Fn() -> Stockroom + Sync),
    tills: usize,
    orders: u64,
) -> Duration {
    let per_till = (orders as usize).div_ceil(tills);
    let start = Instant::now();
    std::thread::scope(|s| {
        for t in 0..tills {
            s.spawn(move || {
                let mut shop = open_till();
                for i in 0..per_till {
                    let hot = format!("H{:02}", (i * 7 + t) % HOT);
                    let cold = format!("C{:03}", (i * 13 + t * 31) % COLD);
                    shop.place_order(&order(&[(&hot, 1), (&cold, 2)])).unwrap();
                }
            });
        }
    });
    start.elapsed()
}

fn tills(c: &mut Criterion, pg: &PgServer, dir: &Path) {
    let path = dir.join("tills.sqlite3");
    let mut file = base(&path);
    for i in 0..HOT {
        product(&mut file, &format!("H{i:02}"), 1_000_000_000);
    }
    for i in 0..COLD {
        product(&mut file, &format!("C{i:03}"), 1_000_000_000);
    }
    let url = pushed(pg, &file, "tills");
    drop(file);
    let on_server = || open(&url);
    let on_file = || {
        Stockroom::open(&path)
            .unwrap()
            .with_clock(Clock::Fixed(today()))
    };
    let mut g = c.benchmark_group("server_engine/tills placing orders at once (per order)");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    for n in [1, 4] {
        g.bench_function(format!("postgres/{n} till(s)"), |b| {
            b.iter_custom(|iters| tills_at_once(&on_server, n, iters))
        });
        g.bench_function(format!("sqlite/{n} till(s)"), |b| {
            b.iter_custom(|iters| tills_at_once(&on_file, n, iters))
        });
    }
    g.finish();
}

fn benches(c: &mut Criterion) {
    let pg = PgServer::start();
    let dir = tempfile::tempdir().unwrap();
    place(c, &pg, dir.path());
    receive(c, &pg, dir.path());
    tills(c, &pg, dir.path());
}

criterion_group!(server_engine, benches);
criterion_main!(server_engine);
