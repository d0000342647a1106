//! An import is all or nothing (issue 7): a dry run stores nothing, one bad row stops the
//! whole file unless bad rows are skipped, and progress runs to the row count.

mod io_support;

use io_support::*;
use stockroom_core::data::ImportKind;

#[test]
fn dry_run_counts_and_reports_but_stores_nothing() {
    let mut s = shop_with_stock();
    let before = dump(&s);
    let csv = "sku,name,price,on_hand\nWOOL-GRY,Merino wool grey,12.50,30\nNEW-1,New,1.00,4\nBAD,Bad,x,1\n";
    let r = import(&mut s, ImportKind::Products, csv, DRY_RUN);
    assert_eq!(
        (r.created, r.updated, r.rejected, r.committed, r.dry_run),
        (1, 1, 1, false, true)
    );
    assert_eq!(
        problems(&r),
        ["line 4, price: 'x' is not a price (expected e.g. 12.50)"]
    );
    assert_eq!(dump(&s), before, "a dry run stores nothing");
    let clean = import(
        &mut s,
        ImportKind::Products,
        "sku,name,price\nNEW-1,New,1.00\n",
        DRY_RUN,
    );
    assert!(clean.problems.is_empty() && !clean.committed);
    assert_eq!(dump(&s), before);
}

#[test]
fn one_bad_row_means_nothing_is_imported_and_every_problem_is_listed() {
    let mut s = shop();
    let before = dump(&s);
    let csv = "sku,name,price,reorder_point\nA,Alpha,1.00,1\nB,,2.00,x\nA,Again,3.00,0\nC,Gamma,1.234,0\n";
    let r = import(&mut s, ImportKind::Products, csv, ALL_OR_NOTHING);
    assert_eq!(
        problems(&r),
        [
            "line 3, reorder_point: 'x' is not a whole number (reorder point)",
            "line 4, sku: SKU 'A' is already on line 2",
            "line 5, price: '1.234' is not a price (expected e.g. 12.50)",
        ]
    );
    assert!(!r.committed);
    assert_eq!(dump(&s), before, "nothing of the good rows was stored");
}

#[test]
fn skip_bad_rows_imports_the_good_rows_and_reports_the_bad() {
    let mut s = shop();
    let csv = "sku,name,price\nA,Alpha,1.00\nB,Beta,oops\nC,Gamma,3.00\nD,,4.00\n";
    let r = import(&mut s, ImportKind::Products, csv, SKIP_BAD);
    assert!(r.committed);
    assert_eq!((r.created, r.rejected), (2, 2));
    assert_eq!(
        problems(&r),
        [
            "line 3, price: 'oops' is not a price (expected e.g. 12.50)",
            "line 5, name: empty; a new product needs a name"
        ]
    );
    let skus: Vec<String> = s.products("").unwrap().into_iter().map(|p| p.sku).collect();
    assert_eq!(skus, ["A", "C"]);
}

#[test]
fn progress_runs_from_zero_to_the_row_count() {
    let mut s = shop();
    let mut csv = String::from("sku,name,price\n");
    for i in 0..1000 {
        csv.push_str(&format!("S{i},N{i},1.00\n"));
    }
    let mut seen = Vec::new();
    s.import_bytes(
        ImportKind::Products,
        csv.as_bytes(),
        ALL_OR_NOTHING,
        |d, t| seen.push((d, t)),
    )
    .unwrap();
    assert_eq!(seen.first(), Some(&(0, 1000)));
    assert_eq!(seen.last(), Some(&(1000, 1000)));
    assert!(
        seen.len() >= 10,
        "a bar needs more than two points: {}",
        seen.len()
    );
    assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0), "never goes back");
}
