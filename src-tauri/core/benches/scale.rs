//! Scale benchmarks (issue 8). `bench/run.sh` runs them and prints one table.
//!
//! Every figure has its baseline measured in the same run: raw SQLite doing the same row
//! writes (the physical limit), the engine's current code path, or the medium shop. Shops
//! are generated once (`--scale medium|large`, fixed day 2026-11-26) into
//! `target/bench-cache/` and reused; each bench that writes works on a copy.
//!
//! Criterion measures the repeatable figures. Two figures cannot repeat on the same data (a
//! receipt empties the PO line it receives; an import fills the shop), so they are timed by a
//! plain loop and written to `target/bench-cache/custom.json` for the table.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use rusqlite::{params, Connection};
use stockroom_core::demo_scale::ScaleSpec;
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::purchasing::ReceiptLine;
use stockroom_core::{Clock, Stockroom};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn clock() -> Clock {
    Clock::Fixed(today())
}

fn cache_dir() -> PathBuf {
    let d = std::env::var_os("STOCKROOM_BENCH_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-cache"));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The generated shop `name` (medium or large), built once per cache.
fn shop_file(name: &str, spec: ScaleSpec) -> PathBuf {
    let path = cache_dir().join(format!(
        "{name}-v{}-{}.sqlite3",
        stockroom_core::db::schema::VERSION,
        today()
    ));
    if !path.exists() {
        let tmp = path.with_extension("partial");
        let _ = std::fs::remove_file(&tmp);
        let t = Instant::now();
        let mut shop = Stockroom::open(&tmp).unwrap().with_clock(clock());
        shop.load_scaled_demo_if_empty(&spec).unwrap();
        drop(shop); // closes the WAL into the main file
        std::fs::rename(&tmp, &path).unwrap();
        eprintln!(
            "generated {name} shop in {:.1} s",
            t.elapsed().as_secs_f64()
        );
        record(
            "generate_".to_string() + name,
            t.elapsed().as_secs_f64() * 1e3,
            None,
        );
    }
    path
}

fn copy_of(path: &Path, dir: &Path, name: &str) -> PathBuf {
    let to = dir.join(name);
    std::fs::copy(path, &to).unwrap();
    to
}

/// Whether the plain-loop figure `name` is wanted: criterion skips its own benches that a
/// filter on the command line (`cargo bench --bench scale -- receipt_10k`) does not name, and
/// the plain loops follow the same rule, so one figure can be re-measured alone.
fn wanted(name: &str) -> bool {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    // Criterion reads the filter as a regular expression; alternatives (`a|b`) are enough here.
    filters.is_empty()
        || filters
            .iter()
            .flat_map(|f| f.split('|'))
            .any(|f| name.contains(f))
}

/// The `k`-th working copy of `template`; the copy before it (measured and dropped by now) is
/// deleted, so a hundred iterations do not fill the disk.
fn fresh_copy(template: &Path, dir: &Path, k: usize) -> PathBuf {
    if k > 1 {
        let old = format!("r{}.sqlite3", k - 1);
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(dir.join(format!("{old}{suffix}")));
        }
    }
    copy_of(template, dir, &format!("r{k}.sqlite3"))
}

/// Appends a custom figure (milliseconds) to custom.json for bench/run.sh.
fn record(name: String, ms: f64, note: Option<String>) {
    let path = cache_dir().join("custom.json");
    let mut all: serde_json::Map<String, serde_json::Value> = std::fs::read(&path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    all.insert(name, serde_json::json!({ "ms": ms, "note": note }));
    std::fs::write(&path, serde_json::to_vec_pretty(&all).unwrap()).unwrap();
}

// --- Place a 5-line order --------------------------------------------------------------------

fn place_order(c: &mut Criterion) {
    if !wanted("place_order") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of(
        &shop_file("large", ScaleSpec::LARGE),
        dir.path(),
        "large.sqlite3",
    );
    let mut shop = Stockroom::open(&path).unwrap().with_clock(clock());
    // Products with stock to sell, so each order is the common case: allocated at once. Each
    // order takes one unit of five of them; 2,000 products with 50 units each last for 20,000
    // orders, more than criterion places (with 500 products of 5 units, most orders measured
    // were backorders after the first 500).
    let products: Vec<(String, i64)> = shop
        .conn()
        .prepare(
            "SELECT p.sku, p.id FROM products p WHERE p.on_hand - coalesce((SELECT sum(allocated)
             FROM order_lines WHERE product_id = p.id AND allocated > 0), 0) >= 50
             AND p.backorders <> 'refuse' LIMIT 2000",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let skus: Vec<String> = products.iter().map(|(s, _)| s.clone()).collect();
    let ids: Vec<i64> = products.iter().map(|(_, id)| *id).collect();
    let mut i = 0usize;
    let mut g = c.benchmark_group("place_order");
    g.sample_size(30).measurement_time(Duration::from_secs(5));
    let mut place = |shop: &mut Stockroom| {
        let lines = (0..5)
            .map(|k| NewOrderLine {
                sku: skus[(i * 5 + k) % skus.len()].clone(),
                qty: 1,
                unit_price: None,
            })
            .collect();
        i += 1;
        shop.place_order(&NewOrder {
            customer_id: 1 + (i as i64 % 1000),
            lines,
            ..Default::default()
        })
        .unwrap()
    };
    g.bench_function("engine_5_lines_large_shop", |b| b.iter(|| place(&mut shop)));
    // The engine's own cost: the same with synchronous=NORMAL, where a commit in WAL does not
    // wait for the disk (a bench-only setting: the app keeps FULL, so a sale survives a power
    // cut). The difference to the figure above is the fsync.
    shop.conn()
        .pragma_update(None, "synchronous", "NORMAL")
        .unwrap();
    g.bench_function("engine_5_lines_large_shop_synchronous_normal", |b| {
        b.iter(|| place(&mut shop))
    });
    drop(shop);
    // Baseline: the same rows (an order and five lines of the same products, in the same
    // rotation: lines of other products are other index pages to write) written raw in one
    // transaction.
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    let mut n = 10_000_000i64;
    let mut j = 0usize;
    let mut raw = || {
        n += 1;
        let tx = conn.unchecked_transaction().unwrap();
        tx.prepare_cached(
                "INSERT INTO orders (number, customer_id, placed_at) VALUES (?1, ?2, '2026-11-26 12:00:00')",
            )
            .unwrap()
            .execute(params![format!("RAW-{n}"), 1 + (j as i64 % 1000)])
            .unwrap();
        let oid = tx.last_insert_rowid();
        for k in 1..=5 {
            tx.prepare_cached(
                    "INSERT INTO order_lines (order_id, line_no, product_id, unit_price, ordered,
                        allocated, priority, placed_at, eta, first_eta)
                     VALUES (?1, ?2, ?3, 100, 1, 1, 0, '2026-11-26 12:00:00', '2026-11-30', '2026-11-30')",
                )
                .unwrap()
                .execute(params![oid, k, ids[(j * 5 + k as usize) % ids.len()]])
                .unwrap();
        }
        j += 1;
        tx.commit().unwrap();
    };
    g.bench_function("raw_sqlite_order_and_5_lines", |b| b.iter(&mut raw));
    conn.pragma_update(None, "synchronous", "NORMAL").unwrap();
    g.bench_function("raw_sqlite_order_and_5_lines_synchronous_normal", |b| {
        b.iter(&mut raw)
    });
    g.finish();
}

// --- A SKU with 10,000 waiting lines -----------------------------------------------------------

const WAITING: i64 = 10_000;

/// A shop whose one SKU has 10,000 waiting lines of one unit and one open PO of 10,000.
fn queue_template() -> PathBuf {
    let path = cache_dir().join(format!(
        "queue10k-v{}.sqlite3",
        stockroom_core::db::schema::VERSION
    ));
    if path.exists() {
        return path;
    }
    let tmp = path.with_extension("partial");
    let _ = std::fs::remove_file(&tmp);
    let mut shop = Stockroom::open(&tmp).unwrap().with_clock(clock());
    shop.write(|tx, _| {
        let tx = tx.sqlite()?;
        tx.execute_batch(
            "INSERT INTO carriers (name, transit_days, is_default) VALUES ('Post', 2, 1);
             INSERT INTO suppliers (id, name) VALUES (1, 'Acme');
             INSERT INTO products (id, sku, name, price, supplier_id, lead_time_days, created_at)
                 VALUES (1, 'HOT-1', 'Hot item', 1000, 1, 30, '2026-01-01 09:00:00');
             INSERT INTO customers (id, name, created_at) VALUES (1, 'Ann', '2026-01-01 09:00:00');
             INSERT INTO purchase_orders (id, number, supplier_id, created_on, expected_on, first_expected_on)
                 VALUES (1, 'PO-1', 1, '2026-11-01', '2026-12-10', '2026-12-10');
             INSERT INTO po_lines (po_id, line_no, product_id, ordered) VALUES (1, 1, 1, 10000);",
        )?;
        let mut o = tx.prepare(
            "INSERT INTO orders (id, number, customer_id, placed_at) VALUES (?1, ?2, 1, ?3)",
        )?;
        let mut l = tx.prepare(
            "INSERT INTO order_lines (order_id, line_no, product_id, unit_price, ordered, backordered,
                initially_backordered, placed_at) VALUES (?1, 1, 1, 1000, 1, 1, 1, ?2)",
        )?;
        for i in 1..=WAITING {
            let at = format!("2026-10-{:02} {:02}:{:02}:{:02}", 1 + i / 400, (i / 60) % 24, i % 60, i % 60);
            o.execute(params![i, format!("SO-{i}"), at])?;
            l.execute(params![i, at])?;
        }
        Ok(())
    })
    .unwrap();
    shop.recompute_promises("HOT-1").unwrap();
    drop(shop);
    std::fs::rename(&tmp, &path).unwrap();
    path
}

fn queue_of_10k(c: &mut Criterion) {
    let template = queue_template();
    let dir = tempfile::tempdir().unwrap();
    let mut g = c.benchmark_group("receipt_10k");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    let mut k = 0;
    g.bench_function("engine_receipt_filling_10000_lines", |b| {
        b.iter_batched(
            || {
                k += 1;
                let p = fresh_copy(&template, dir.path(), k);
                Stockroom::open(&p).unwrap().with_clock(clock())
            },
            |mut shop| {
                let r = shop
                    .receive_po(
                        "PO-1",
                        &[ReceiptLine {
                            sku: "HOT-1".into(),
                            qty: WAITING,
                        }],
                    )
                    .unwrap();
                assert_eq!(r.allocations.len(), WAITING as usize);
                shop
            },
            BatchSize::PerIteration,
        )
    });
    // Baseline: raw SQLite writing the same rows: one ledger row, the on-hand, the PO line,
    // and per waiting line its allocation (UPDATE) and its fill row (INSERT).
    g.bench_function("raw_sqlite_ledger_and_10000_fills", |b| {
        b.iter_batched(
            || {
                k += 1;
                let p = fresh_copy(&template, dir.path(), k);
                let conn = Connection::open(&p).unwrap();
                conn.pragma_update(None, "journal_mode", "WAL").unwrap();
                conn.pragma_update(None, "synchronous", "FULL").unwrap();
                conn
            },
            |conn| {
                let tx = conn.unchecked_transaction().unwrap();
                tx.execute(
                    "INSERT INTO stock_movements (product_id, kind, qty, reason, reference, on_date, created_at)
                     VALUES (1, 10, 10000, 'received', 'PO-1', '2026-11-26', '2026-11-26 12:00:00')",
                    [],
                )
                .unwrap();
                tx.execute("UPDATE products SET on_hand = on_hand + 10000 WHERE id = 1", []).unwrap();
                tx.execute("UPDATE po_lines SET received = 10000 WHERE id = 1", []).unwrap();
                {
                    let mut up = tx
                        .prepare("UPDATE order_lines SET allocated = allocated + 1, backordered = backordered - 1 WHERE id = ?1")
                        .unwrap();
                    let mut fill = tx
                        .prepare("INSERT INTO fills (order_line_id, qty, on_date, reference) VALUES (?1, 1, '2026-11-26', 'PO-1')")
                        .unwrap();
                    for id in 1..=WAITING {
                        up.execute([id]).unwrap();
                        fill.execute([id]).unwrap();
                    }
                }
                tx.commit().unwrap();
                conn
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();

    let mut g = c.benchmark_group("promises_10k");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    let p = copy_of(&template, dir.path(), "promises.sqlite3");
    let mut shop = Stockroom::open(&p).unwrap().with_clock(clock());
    g.bench_function("engine_recompute_10000_unchanged", |b| {
        b.iter(|| shop.recompute_promises("HOT-1").unwrap())
    });
    let mut flip = false;
    g.bench_function("engine_po_date_moves_10000_promises", |b| {
        b.iter(|| {
            flip = !flip;
            let d = if flip { "2026-12-17" } else { "2026-12-10" };
            let r = shop
                .set_po_expected("PO-1", NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap())
                .unwrap();
            assert_eq!(r.moved.len(), WAITING as usize);
        })
    });
    // Baseline: reading the queue rows the promise walk reads.
    let conn = Connection::open(&p).unwrap();
    g.bench_function("raw_sqlite_read_queue_10000", |b| {
        b.iter(|| {
            let mut st = conn
                .prepare_cached(
                    "SELECT ol.id, ol.order_id, o.number, ol.allocated, ol.backordered, ol.eta, coalesce(c.transit_days, 2)
                     FROM order_lines ol JOIN orders o ON o.id = ol.order_id LEFT JOIN carriers c ON c.id = o.carrier_id
                     WHERE ol.product_id = 1 AND ol.backordered > 0 ORDER BY ol.priority DESC, ol.placed_at, ol.id",
                )
                .unwrap();
            let n = st
                .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(2)?, r.get::<_, Option<String>>(5)?)))
                .unwrap()
                .count();
            assert_eq!(n, WAITING as usize);
        })
    });
    g.finish();
}

// --- Receipt cost per filled line, medium vs large (plain loop) ----------------------------------

fn receipts_per_line(_c: &mut Criterion) {
    if !wanted("receipt_per_filled_line") {
        return;
    }
    // With synchronous=FULL as the app runs (every receipt waits for its fsync), and with
    // NORMAL: the engine's own cost per filled line, without the disk.
    for (name, spec, synchronous) in [
        ("medium", ScaleSpec::fraction_of_large(10), "FULL"),
        ("large", ScaleSpec::LARGE, "FULL"),
        ("medium", ScaleSpec::fraction_of_large(10), "NORMAL"),
        ("large", ScaleSpec::LARGE, "NORMAL"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = copy_of(&shop_file(name, spec), dir.path(), "shop.sqlite3");
        // The copy is written to disk before the clock starts. Its pages are still dirty in the
        // OS cache otherwise, and the first fsyncs of the receipts (ext4 commits its journal
        // with them) wait for the whole copy to reach the disk: 470 MB for the large shop, 45 MB
        // for the medium one. That, not the engine, made the large shop's receipts cost twice
        // the medium's.
        std::fs::File::open(&path).unwrap().sync_all().unwrap();
        let mut shop = Stockroom::open(&path).unwrap().with_clock(clock());
        shop.conn()
            .pragma_update(None, "synchronous", synchronous)
            .unwrap();
        // Open PO lines of SKUs that have waiting lines: each receipt fills a queue.
        let todo: Vec<(String, String, i64)> = shop
            .conn()
            .prepare(
                "SELECT po.number, p.sku, pl.ordered - pl.received FROM po_lines pl
                 JOIN purchase_orders po ON po.id = pl.po_id JOIN products p ON p.id = pl.product_id
                 WHERE pl.received < pl.ordered
                   AND EXISTS (SELECT 1 FROM order_lines WHERE product_id = p.id AND backordered > 0)
                 ORDER BY pl.id LIMIT 200",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let (mut fills, mut spent, mut cpu) = (0usize, Duration::ZERO, 0u64);
        for (po, sku, qty) in &todo {
            let c = thread_cpu_ns();
            let t = Instant::now();
            let r = shop
                .receive_po(
                    po,
                    &[ReceiptLine {
                        sku: sku.clone(),
                        qty: *qty,
                    }],
                )
                .unwrap();
            spent += t.elapsed();
            cpu += thread_cpu_ns().saturating_sub(c);
            fills += r.allocations.len();
        }
        let per_line = spent.as_secs_f64() * 1e3 / fills.max(1) as f64;
        // The CPU time this thread spent (the engine's and SQLite's work, without the waits for
        // the disk): it follows the work done, whatever the file's size.
        let cpu_per_line = cpu as f64 / 1e6 / fills.max(1) as f64;
        eprintln!(
            "{name}, synchronous={synchronous}: {} receipts, {fills} filled lines, {per_line:.4} ms per filled line, CPU {cpu_per_line:.4} ms",
            todo.len()
        );
        record(
            format!(
                "receipt_per_filled_line_{name}{}_cpu",
                if synchronous == "FULL" {
                    ""
                } else {
                    "_synchronous_normal"
                }
            ),
            cpu_per_line,
            None,
        );
        let suffix = if synchronous == "FULL" {
            ""
        } else {
            "_synchronous_normal"
        };
        record(
            format!("receipt_per_filled_line_{name}{suffix}"),
            per_line,
            Some(format!(
                "{} receipts, {fills} filled lines, {:.1} ms in all",
                todo.len(),
                spent.as_secs_f64() * 1e3
            )),
        );
    }
}

/// CPU time of this thread so far, in ns (Linux's schedstat; 0 where it cannot be read).
fn thread_cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

// --- Import 100,000 orders from CSV (plain loop, once) -------------------------------------------

fn import_orders(_c: &mut Criterion) {
    if !wanted("import_orders_csv") {
        return;
    }
    let n: usize = std::env::var("STOCKROOM_BENCH_IMPORT_ORDERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of(
        &shop_file("medium", ScaleSpec::fraction_of_large(10)),
        dir.path(),
        "import.sqlite3",
    );
    let mut shop = Stockroom::open(&path).unwrap().with_clock(clock());
    let emails: Vec<String> = shop
        .conn()
        .prepare("SELECT email FROM customers ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    // Products that sell freely, so the import measures placing orders, not refusals.
    let skus: Vec<String> = shop
        .conn()
        .prepare("SELECT sku FROM products WHERE backorders <> 'refuse' ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let mut csv = String::from("order,placed_at,customer_email,sku,qty\n");
    for i in 0..n {
        csv.push_str(&format!(
            "IMP-{i},2026-11-25 {:02}:{:02}:{:02},{},{},1\n",
            (i / 3600) % 24,
            (i / 60) % 60,
            i % 60,
            emails[i % emails.len()],
            skus[(i * 7919) % skus.len()]
        ));
    }
    let t = Instant::now();
    let report = shop
        .import_bytes(
            stockroom_core::data::import::ImportKind::Orders,
            csv.as_bytes(),
            Default::default(),
            |_, _| {},
        )
        .unwrap();
    let ms = t.elapsed().as_secs_f64() * 1e3;
    eprintln!("import of {n} orders: {ms:.0} ms: {}", report.summary());
    record(format!("import_{n}_orders_csv"), ms, Some(report.summary()));
    // Baseline: the same orders and lines written raw in one transaction.
    let path2 = copy_of(
        &shop_file("medium", ScaleSpec::fraction_of_large(10)),
        dir.path(),
        "raw.sqlite3",
    );
    let conn = Connection::open(&path2).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    let t = Instant::now();
    let tx = conn.unchecked_transaction().unwrap();
    {
        let mut o = tx
            .prepare("INSERT INTO orders (number, customer_id, placed_at) VALUES (?1, ?2, '2026-11-25 12:00:00')")
            .unwrap();
        let mut l = tx
            .prepare(
                "INSERT INTO order_lines (order_id, line_no, product_id, unit_price, ordered, backordered,
                    placed_at) VALUES (?1, 1, ?2, 100, 1, 1, '2026-11-25 12:00:00')",
            )
            .unwrap();
        for i in 0..n {
            o.execute(params![format!("RAW-{i}"), 1 + (i % emails.len()) as i64])
                .unwrap();
            let oid = tx.last_insert_rowid();
            l.execute(params![oid, 1 + ((i * 7919) % skus.len()) as i64])
                .unwrap();
        }
    }
    tx.commit().unwrap();
    let raw = t.elapsed().as_secs_f64() * 1e3;
    record(format!("import_{n}_orders_raw_sqlite"), raw, None);
}

criterion_group!(
    benches,
    place_order,
    queue_of_10k,
    receipts_per_line,
    import_orders
);
criterion_main!(benches);
