//! Reports over the large demo shop (issue 6: "a report over the large demo shop finishes in
//! under 3 s"). A bench command, not a timed test: `cargo bench -p stockroom-core --bench reports`.
//!
//! The shop is `ScaleSpec::LARGE` (100,000 products, 1,000,000 order lines, 20,000 waiting
//! lines; see `demo_scale.rs`), generated into a temporary file — or, to skip the generation,
//! a copy of an existing one named by `STOCKROOM_BENCH_DB` (it is copied, never changed).
//! "Today" is the day of the shop's latest order. Each report is timed three ways: the data
//! (`Stockroom::report`), the CSV, and the PDF; each is the best of `RUNS` runs.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use stockroom_core::demo_scale::ScaleSpec;
use stockroom_core::reports::{ReportName, ReportRange};
use stockroom_core::{Clock, Stockroom};

const RUNS: usize = 3;

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let t = Instant::now();
        let v = f();
        best = best.min(t.elapsed());
        out = Some(v);
    }
    (best, out.unwrap())
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.sqlite3");
    match std::env::var("STOCKROOM_BENCH_DB") {
        Ok(src) => {
            std::fs::copy(&src, &path).expect("copy the bench database");
            println!("shop: copy of {src}");
        }
        Err(_) => {
            let t = Instant::now();
            let mut s = Stockroom::open(&path).unwrap();
            let sum = s
                .load_scaled_demo_if_empty(&ScaleSpec::LARGE)
                .unwrap()
                .unwrap();
            println!(
                "shop: generated {sum:?} in {:.1} s",
                t.elapsed().as_secs_f64()
            );
        }
    }
    let mut shop = Stockroom::open(&path).unwrap();
    let today: String = shop
        .conn()
        .query_row(
            "SELECT max(substr(placed_at, 1, 10)) FROM orders",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let today = NaiveDate::parse_from_str(&today, "%Y-%m-%d").unwrap();
    shop.set_clock(Clock::Fixed(today));
    let sku: String = shop
        .conn()
        .query_row(
            "SELECT p.sku FROM products p JOIN stock_movements m ON m.product_id = p.id
             GROUP BY p.id ORDER BY count(*) DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let counts: (i64, i64, i64) = shop
        .conn()
        .query_row(
            "SELECT (SELECT count(*) FROM products), (SELECT count(*) FROM order_lines),
                    (SELECT count(*) FROM order_lines WHERE backordered > 0)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    println!(
        "today {today}: {} products, {} order lines, {} waiting lines; ledger of {sku}",
        counts.0, counts.1, counts.2
    );
    println!(
        "{:<12} {:>9} {:>9} {:>9} {:>8} {:>10}",
        "report", "data", "csv", "pdf", "pages", "csv rows"
    );
    let reports = [
        ReportName::Backorders,
        ReportName::Aging,
        ReportName::FillRate,
        ReportName::Reorder,
        ReportName::Valuation,
        ReportName::Promises,
        ReportName::Ledger { sku },
    ];
    let range = ReportRange::default();
    for name in reports {
        let (t_data, data) = best(RUNS, || shop.report(&name, &range).unwrap());
        let (t_csv, csv) = best(RUNS, || data.csv().unwrap());
        let (t_pdf, pdf) = best(1, || {
            let shop_head = stockroom_core::documents::store::shop(shop.conn()).unwrap();
            stockroom_core::pdf::render(&stockroom_core::reports::pdf::document(&data, &shop_head))
                .unwrap()
        });
        let pages = pdf.pages;
        println!(
            "{:<12} {:>8.0}ms {:>8.0}ms {:>8.0}ms {:>8} {:>10}",
            name.key(),
            t_data.as_secs_f64() * 1e3,
            t_csv.as_secs_f64() * 1e3,
            (t_data + t_pdf).as_secs_f64() * 1e3,
            pages,
            csv.lines().count()
        );
    }
}
