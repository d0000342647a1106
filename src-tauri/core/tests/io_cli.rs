//! The data commands of the `stockroom` CLI (issue 7): import, export, backup, restore, and
//! their exit statuses (2 with a line-numbered message on bad input, nothing stored).

use std::path::Path;
use std::process::{Command, Output};

const CLI: &str = env!("CARGO_BIN_EXE_stockroom");

fn stockroom(db: &Path, args: &[&str]) -> Output {
    Command::new(CLI)
        .arg("--db")
        .arg(db)
        .arg("--today")
        .arg("2026-11-26")
        .args(args)
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn count_products(db: &Path) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row("SELECT count(*) FROM products", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn import_with_a_bad_row_exits_2_names_the_line_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite3");
    let csv = dir.path().join("p.csv");
    std::fs::write(&csv, "sku,name,price\nA,Alpha,1.00\nB,Beta,abc\n").unwrap();
    for dry in [true, false] {
        let mut args = vec!["import", "products", csv.to_str().unwrap()];
        if dry {
            args.push("--dry-run");
        }
        let out = stockroom(&db, &args);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert!(
            text(&out.stdout).contains("line 3, price: 'abc' is not a price"),
            "{}",
            text(&out.stdout)
        );
        assert!(
            text(&out.stderr).contains("line 3, price"),
            "{}",
            text(&out.stderr)
        );
        assert_eq!(count_products(&db), 0);
    }
    let out = stockroom(
        &db,
        &[
            "--json",
            "import",
            "products",
            csv.to_str().unwrap(),
            "--skip-bad-rows",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["created"], 1);
    assert_eq!(report["format"], "stockroom");
    assert_eq!(report["problems"][0]["line"], 3);
    assert_eq!(report["problems"][0]["column"], "price");
    assert_eq!(count_products(&db), 1);
}

#[test]
fn an_unreadable_file_exits_2_with_a_line_number() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite3");
    let csv = dir.path().join("empty.csv");
    std::fs::write(&csv, "").unwrap();
    let out = stockroom(&db, &["import", "customers", csv.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("line 1: the file is empty"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn export_every_list_and_the_availability_feed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite3");
    let csv = dir.path().join("p.csv");
    std::fs::write(
        &csv,
        "sku,name,price,on_hand,backorders\nA,=HYPERLINK(\"x\"),1.00,3,refuse\n",
    )
    .unwrap();
    assert!(
        stockroom(&db, &["import", "products", csv.to_str().unwrap()])
            .status
            .success()
    );
    for list in [
        "products",
        "orders",
        "backorders",
        "customers",
        "pos",
        "shipments",
    ] {
        let f = dir.path().join(format!("{list}.csv"));
        let out = stockroom(&db, &["export", list, "-o", f.to_str().unwrap()]);
        assert!(out.status.success(), "{list}: {}", text(&out.stderr));
        assert!(
            std::fs::read_to_string(&f).unwrap().lines().count() >= 1,
            "{list} has a header row"
        );
    }
    let products = std::fs::read_to_string(dir.path().join("products.csv")).unwrap();
    assert!(
        products.contains("A,\"'=HYPERLINK(\"\"x\"\")\""),
        "the formula is guarded: {products}"
    );
    let json = dir.path().join("feed.json");
    assert!(stockroom(
        &db,
        &["export", "availability", "-o", json.to_str().unwrap()]
    )
    .status
    .success());
    let feed: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(feed[0]["sku"], "A");
    assert_eq!(feed[0]["status"], "in_stock");
    assert_eq!(feed[0]["available"], 3);
    let out = stockroom(&db, &["export", "everything", "-o", "x.csv"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown list is a usage error"
    );
}

#[test]
fn backup_and_restore_from_the_cli_and_a_foreign_file_is_refused_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite3");
    let csv = dir.path().join("p.csv");
    std::fs::write(&csv, "sku,name,price\nA,Alpha,1.00\n").unwrap();
    assert!(
        stockroom(&db, &["import", "products", csv.to_str().unwrap()])
            .status
            .success()
    );
    let backup = dir.path().join("backup.sqlite3");
    let out = stockroom(&db, &["backup", "-o", backup.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    std::fs::write(&csv, "sku,name,price\nB,Beta,1.00\n").unwrap();
    assert!(
        stockroom(&db, &["import", "products", csv.to_str().unwrap()])
            .status
            .success()
    );
    assert_eq!(count_products(&db), 2);
    let out = stockroom(&db, &["--json", "restore", backup.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["products"], 1);
    assert!(Path::new(r["previous_copy"].as_str().unwrap()).exists());
    assert_eq!(count_products(&db), 1);

    let foreign = dir.path().join("other.sqlite3");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE x(y);")
        .unwrap();
    let out = stockroom(&db, &["restore", foreign.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("another program"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(count_products(&db), 1);
}
