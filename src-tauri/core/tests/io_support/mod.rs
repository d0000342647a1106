//! Shared by the data-in, data-out tests (issue 7): a shop on 26 Nov 2026 in memory or in a
//! file, import with its three options, a dump of everything stored, and the CSV files more
//! than one test imports.

#![allow(dead_code)]

use std::path::Path;

use chrono::NaiveDate;
use stockroom_core::data::{ImportKind, ImportOptions, ImportReport};
use stockroom_core::{Clock, Stockroom};

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn shop() -> Stockroom {
    Stockroom::open_in_memory()
        .unwrap()
        .with_clock(Clock::Fixed(day("2026-11-26")))
}

pub fn shop_at(path: &Path) -> Stockroom {
    Stockroom::open(path)
        .unwrap()
        .with_clock(Clock::Fixed(day("2026-11-26")))
}

pub const ALL_OR_NOTHING: ImportOptions = ImportOptions {
    dry_run: false,
    skip_bad_rows: false,
};
pub const DRY_RUN: ImportOptions = ImportOptions {
    dry_run: true,
    skip_bad_rows: false,
};
pub const SKIP_BAD: ImportOptions = ImportOptions {
    dry_run: false,
    skip_bad_rows: true,
};

pub fn import(s: &mut Stockroom, kind: ImportKind, csv: &str, opts: ImportOptions) -> ImportReport {
    s.import_bytes(kind, csv.as_bytes(), opts, |_, _| {})
        .unwrap()
}

pub fn import_err(s: &mut Stockroom, kind: ImportKind, bytes: &[u8]) -> String {
    match s.import_bytes(kind, bytes, ALL_OR_NOTHING, |_, _| {}) {
        Err(e) => {
            assert!(e.is_user_error(), "a bad file is the user's input: {e}");
            e.to_string()
        }
        Ok(r) => panic!("expected the file to be refused, got {r:?}"),
    }
}

pub fn problems(r: &ImportReport) -> Vec<String> {
    r.problems.iter().map(|p| p.to_string()).collect()
}

/// Everything stored, as text: equal dumps mean nothing changed.
pub fn dump(s: &Stockroom) -> Vec<String> {
    let conn = s.conn();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = Vec::new();
    for t in tables {
        // No ORDER BY rowid: some tables (full-text search shadows) have none; sort instead.
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let cells: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect();
                Ok(format!("{t}: {}", cells.join(" | ")))
            })
            .unwrap();
        let mut rows: Vec<String> = rows.map(Result::unwrap).collect();
        rows.sort();
        out.extend(rows);
    }
    out
}

pub fn product(s: &Stockroom, sku: &str) -> stockroom_core::catalog::ProductView {
    s.product(sku).unwrap()
}

pub const OWN_PRODUCTS: &str = "\
sku,name,description,category,price,cost,supplier,reorder_point,safety_stock,reorder_qty,lead_time_days,backorders,on_hand
WOOL-GRY,Merino wool grey,\"Soft, warm\nHand wash\",Yarn,12.50,7.00,Alpaca Co,5,2,20,14,notify,12
NEEDLE-4,Needles 4 mm,,Tools,3,1.2,,0,0,0,,refuse,0
";
pub const SHOPIFY: &str = "\
Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Grams,Variant Inventory Tracker,Variant Inventory Qty,Variant Inventory Policy,Variant Fulfillment Service,Variant Price,Variant Compare At Price,Variant Requires Shipping,Variant Taxable,Variant Barcode,Image Src,Image Position,Image Alt Text,Gift Card,Cost per item,Status
wool-hat,Wool Hat,<p>Warm <b>merino</b> hat</p>,Acme Knits,Apparel > Hats,Hats,winter,TRUE,Colour,Red,,,,,HAT-RED,100,shopify,5,deny,manual,19.90,,TRUE,TRUE,,https://cdn.example/hat1.jpg,1,,FALSE,7.00,active
wool-hat,,,,,,,,,Blue,,,,,HAT-BLU,100,shopify,0,continue,manual,19.90,,TRUE,TRUE,,,,,,7.00,
wool-hat,,,,,,,,,,,,,,,,,,,,,,,,,https://cdn.example/hat2.jpg,2,,,,
scarf,Scarf,,Acme Knits,,Scarves,,TRUE,Title,Default Title,,,,,SCARF-1,200,shopify,3,continue,manual,29,,TRUE,TRUE,,,,,FALSE,,active
";
pub fn shop_with_stock() -> Stockroom {
    let mut s = shop();
    import(&mut s, ImportKind::Products, OWN_PRODUCTS, ALL_OR_NOTHING);
    import(
        &mut s,
        ImportKind::Customers,
        "name,email\nAda,ada@x.org\nBen,ben@x.org\n",
        ALL_OR_NOTHING,
    );
    s
}
