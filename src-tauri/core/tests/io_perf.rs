//! The 100,000-row import (issue 7: "well under a minute"). A benchmark, not a timed test:
//! ignored by default because a debug build is several times slower than the app's release
//! build. Run: `cargo test --release -p stockroom-core --test io_perf -- --ignored --nocapture`.

use std::time::Instant;

use stockroom_core::data::{ImportKind, ImportOptions};
use stockroom_core::Stockroom;

fn big_products_csv(n: usize) -> String {
    let mut csv = String::from(
        "sku,name,description,category,price,cost,supplier,reorder_point,safety_stock,reorder_qty,lead_time_days,backorders,on_hand\n",
    );
    for i in 0..n {
        let policy = ["allow", "notify", "refuse"][i % 3];
        csv.push_str(&format!(
            "SKU-{i:06},Product number {i},\"A fine thing, number {i}\",Cat {},{}.99,{}.10,Supplier {},{},{},{},{},{policy},{}\n",
            i % 50,
            i % 100,
            i % 50,
            i % 20,
            i % 7,
            i % 3,
            i % 11,
            i % 30,
            i % 13
        ));
    }
    csv
}

#[test]
#[ignore]
fn import_100k_products_and_customers() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Stockroom::open(dir.path().join("big.sqlite3")).unwrap();
    let csv = big_products_csv(100_000);
    let mut ticks = 0;
    let t = Instant::now();
    let r = s
        .import_bytes(
            ImportKind::Products,
            csv.as_bytes(),
            ImportOptions::default(),
            |_, _| ticks += 1,
        )
        .unwrap();
    let create = t.elapsed();
    assert_eq!(r.created, 100_000);
    let t = Instant::now();
    let dry = ImportOptions {
        dry_run: true,
        skip_bad_rows: false,
    };
    let r = s
        .import_bytes(ImportKind::Products, csv.as_bytes(), dry, |_, _| {})
        .unwrap();
    let recheck = t.elapsed();
    assert_eq!(r.unchanged, 100_000);
    let mut people = String::from("name,email,phone,address,ships\n");
    for i in 0..100_000 {
        people.push_str(&format!(
            "Customer {i},c{i}@example.org,+1 555 {i:06},\"{i} Main St\nSpringfield\",partial\n"
        ));
    }
    let t = Instant::now();
    let r = s
        .import_bytes(
            ImportKind::Customers,
            people.as_bytes(),
            ImportOptions::default(),
            |_, _| {},
        )
        .unwrap();
    let customers = t.elapsed();
    assert_eq!(r.created, 100_000);
    eprintln!(
        "100k products created in {:.2} s ({ticks} progress calls), 100k unchanged (dry run) in {:.2} s, 100k customers in {:.2} s",
        create.as_secs_f64(),
        recheck.as_secs_f64(),
        customers.as_secs_f64()
    );
    assert!(create.as_secs() < 60, "well under a minute");
}
