//! Issue 21: 100,000 Shopify order rows (generated: 40,000 orders of 1 to 4 line items over
//! 1,000 SKUs and 10,000 customers, every tenth order already fulfilled) imported into a shop
//! file, then the same export again (every order already there). The goal: under 10 s.
//!
//! A plain timed run, not Criterion: an import fills the shop, so it cannot repeat on the
//! same data. `cargo bench -p stockroom-core --bench webshop` prints both figures.

use std::fmt::Write;
use std::time::Instant;

use chrono::NaiveDate;
use stockroom_core::data::{ImportKind, ImportOptions};
use stockroom_core::{Clock, Stockroom};

const ROWS: usize = 100_000;
const SKUS: usize = 1_000;

fn products() -> String {
    let mut s = String::from("sku,name,price,on_hand,backorders\n");
    for i in 0..SKUS {
        writeln!(s, "W-{i:04},Item {i},{}.50,50,notify", 5 + i % 40).unwrap();
    }
    s
}

/// Shopify's columns that matter here (the real export has ~70; the reader looks columns up by
/// name, so the others only cost parsing).
fn orders() -> String {
    let mut s = String::from(
        "Name,Email,Financial Status,Fulfillment Status,Currency,Created at,Lineitem quantity,\
         Lineitem name,Lineitem price,Lineitem sku,Shipping Name,Shipping Address1,Shipping City,\
         Shipping Zip,Shipping Country,Cancelled at\n",
    );
    let (mut rows, mut n) = (0, 0usize);
    while rows < ROWS {
        let items = 1 + n % 4;
        let name = format!("#{}", 100_000 + n);
        let c = n % 10_000;
        let minute = n % (60 * 24 * 20);
        let created = NaiveDate::from_ymd_opt(2026, 11, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
            + chrono::Duration::minutes(minute as i64);
        for k in 0..items.min(ROWS - rows) {
            let sku = (n * 7 + k * 13) % SKUS;
            if k == 0 {
                writeln!(
                    s,
                    "{name},c{c}@example.com,paid,{},EUR,{} +0100,1,Item {sku},{}.50,W-{sku:04},\
                     Customer {c},\"Street {c}\",Town,{:05},DE,",
                    if n % 10 == 0 { "fulfilled" } else { "" },
                    created.format("%Y-%m-%d %H:%M:%S"),
                    5 + sku % 40,
                    c
                )
                .unwrap();
            } else {
                writeln!(
                    s,
                    "{name},c{c}@example.com,,,,,1,Item {sku},{}.50,W-{sku:04},,,,,,",
                    5 + sku % 40
                )
                .unwrap();
            }
            rows += 1;
        }
        n += 1;
    }
    s
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Clock::Fixed(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
    let mut shop = Stockroom::open(dir.path().join("shop.sqlite3"))
        .unwrap()
        .with_clock(clock);
    let opts = ImportOptions::default();
    let r = shop
        .import_bytes(ImportKind::Products, products().as_bytes(), opts, |_, _| {})
        .unwrap();
    assert!(r.committed);
    let csv = orders();
    let t = Instant::now();
    let r = shop
        .import_bytes(ImportKind::Orders, csv.as_bytes(), opts, |_, _| {})
        .unwrap();
    let first = t.elapsed().as_secs_f64();
    assert!(r.committed, "{:?}", &r.problems[..r.problems.len().min(3)]);
    assert_eq!(r.rows, ROWS);
    println!(
        "webshop import: {ROWS} Shopify rows, {} orders ({} shipped), {} customers: {first:.2} s",
        r.created, r.shipped, r.customers_created
    );
    let t = Instant::now();
    let again = shop
        .import_bytes(ImportKind::Orders, csv.as_bytes(), opts, |_, _| {})
        .unwrap();
    let second = t.elapsed().as_secs_f64();
    assert_eq!(again.created, 0);
    assert_eq!(again.already_there, r.created);
    println!("webshop re-import (all already there): {second:.2} s");
}
