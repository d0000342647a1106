//! Engine benchmarks (issue 3 targets on the 2-core machine): placing a 5-line order ≤ 1 ms;
//! a receipt filling 10,000 waiting lines ≤ 100 ms; recomputing the promises of a SKU with
//! 10,000 waiting lines ≤ 20 ms. Heavy states are built once into a template file and copied
//! for each measured iteration, so only the operation itself is timed.

mod support;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use stockroom_core::orders::place_order_in_tx;
use stockroom_core::purchasing::ReceiptLine;
use stockroom_core::{Clock, Stockroom};
use support::shop::{base, order, product, today, waiting_shop, WAITING};

/// The waiting shop (see [`waiting_shop`]) in a file of `dir`, to be copied for each receipt.
fn waiting_template(dir: &Path) -> PathBuf {
    let path = dir.join("waiting.sqlite3");
    drop(waiting_shop(&path));
    path
}

fn copy_of(template: &Path, dir: &Path, n: &mut usize) -> Stockroom {
    *n += 1;
    let p = dir.join(format!("copy-{n}.sqlite3"));
    std::fs::copy(template, &p).unwrap();
    Stockroom::open(&p)
        .unwrap()
        .with_clock(Clock::Fixed(today()))
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();

    // Placing a 5-line order, on a file database with a few thousand orders of history.
    let mut s = base(&dir.path().join("place.sqlite3"));
    for sku in ["A", "B", "C", "D", "E"] {
        product(&mut s, sku, 1_000_000_000);
    }
    s.write(|tx, clock| {
        let tx = tx.sqlite()?;
        for _ in 0..2_000 {
            place_order_in_tx(tx, clock, &order(&[("A", 1), ("C", 2)]))?;
        }
        Ok(())
    })
    .unwrap();
    let five = order(&[("A", 1), ("B", 2), ("C", 1), ("D", 3), ("E", 1)]);
    c.bench_function("place a 5-line order", |b| {
        b.iter(|| s.place_order(&five).unwrap())
    });
    drop(s);

    let template = waiting_template(dir.path());
    let mut n = 0;
    let mut g = c.benchmark_group("10,000 waiting lines");
    g.sample_size(10);
    g.bench_function("a receipt filling 10,000 waiting lines", |b| {
        b.iter_batched(
            || copy_of(&template, dir.path(), &mut n),
            |mut s| {
                let r = s
                    .receive_po(
                        "PO-1001",
                        &[ReceiptLine {
                            sku: "HOT".into(),
                            qty: WAITING as i64,
                        }],
                    )
                    .unwrap();
                assert_eq!(r.allocations.len(), WAITING);
                s
            },
            BatchSize::PerIteration,
        )
    });
    let mut s = copy_of(&template, dir.path(), &mut n);
    g.bench_function(
        "recompute the promises of a SKU with 10,000 waiting lines (none move)",
        |b| b.iter(|| s.recompute_promises("HOT").unwrap()),
    );
    // The same walk when every promise moves: the PO's date swings by a week each time.
    let dates = [NaiveDate::from_ymd_opt(2026, 3, 8).unwrap(), today()];
    let mut i = 0;
    g.bench_function(
        "a PO date change moving the promises of 10,000 waiting lines",
        |b| {
            b.iter(|| {
                i += 1;
                s.set_po_expected("PO-1001", dates[i % 2]).unwrap()
            })
        },
    );
    g.finish();
}

criterion_group!(engine, benches);
criterion_main!(engine);
