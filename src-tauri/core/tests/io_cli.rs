//! The data commands of the `stockroom` CLI (issue 7): import, export, backup, restore, and
//! their exit statuses (2 with a line-numbered message on bad input, nothing stored).

mod cli_support;

use std::path::Path;

use cli_support::Cli;

/// Every command runs on 26 Nov 2026.
fn cli() -> Cli {
    Cli::on("2026-11-26")
}

fn count_products(db: &Path) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row("SELECT count(*) FROM products", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn import_with_a_bad_row_exits_2_names_the_line_and_stores_nothing() {
    let cli = cli();
    let csv = cli.dir().join("p.csv");
    std::fs::write(&csv, "sku,name,price\nA,Alpha,1.00\nB,Beta,abc\n").unwrap();
    for dry in [true, false] {
        let mut args = vec!["import", "products", csv.to_str().unwrap()];
        if dry {
            args.push("--dry-run");
        }
        let out = cli.run(&args);
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert!(
            out.stdout.contains("line 3, price: 'abc' is not a price"),
            "{}",
            out.stdout
        );
        assert!(out.stderr.contains("line 3, price"), "{}", out.stderr);
        assert_eq!(count_products(&cli.db), 0);
    }
    let report = cli.json(&[
        "import",
        "products",
        csv.to_str().unwrap(),
        "--skip-bad-rows",
    ]);
    assert_eq!(report["created"], 1);
    assert_eq!(report["format"], "stockroom");
    assert_eq!(report["problems"][0]["line"], 3);
    assert_eq!(report["problems"][0]["column"], "price");
    assert_eq!(count_products(&cli.db), 1);
}

#[test]
fn an_unreadable_file_exits_2_with_a_line_number() {
    let cli = cli();
    let csv = cli.dir().join("empty.csv");
    std::fs::write(&csv, "").unwrap();
    let out = cli.run(&["import", "customers", csv.to_str().unwrap()]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("line 1: the file is empty"),
        "{}",
        out.stderr
    );
}

#[test]
fn export_every_list_and_the_availability_feed() {
    let cli = cli();
    let csv = cli.dir().join("p.csv");
    std::fs::write(
        &csv,
        "sku,name,price,on_hand,backorders\nA,=HYPERLINK(\"x\"),1.00,3,refuse\n",
    )
    .unwrap();
    assert_eq!(
        cli.run(&["import", "products", csv.to_str().unwrap()]).code,
        0
    );
    for list in [
        "products",
        "orders",
        "backorders",
        "customers",
        "pos",
        "shipments",
    ] {
        let f = cli.dir().join(format!("{list}.csv"));
        let out = cli.run(&["export", list, "-o", f.to_str().unwrap()]);
        assert_eq!(out.code, 0, "{list}: {}", out.stderr);
        assert!(
            std::fs::read_to_string(&f).unwrap().lines().count() >= 1,
            "{list} has a header row"
        );
    }
    let products = std::fs::read_to_string(cli.dir().join("products.csv")).unwrap();
    assert!(
        products.contains("A,\"'=HYPERLINK(\"\"x\"\")\""),
        "the formula is guarded: {products}"
    );
    let json = cli.dir().join("feed.json");
    assert_eq!(
        cli.run(&["export", "availability", "-o", json.to_str().unwrap()])
            .code,
        0
    );
    let feed: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(feed[0]["sku"], "A");
    assert_eq!(feed[0]["status"], "in_stock");
    assert_eq!(feed[0]["available"], 3);
    let out = cli.run(&["export", "everything", "-o", "x.csv"]);
    assert_eq!(out.code, 2, "an unknown list is a usage error");
}

#[test]
fn backup_and_restore_from_the_cli_and_a_foreign_file_is_refused_with_exit_2() {
    let cli = cli();
    let csv = cli.dir().join("p.csv");
    std::fs::write(&csv, "sku,name,price\nA,Alpha,1.00\n").unwrap();
    assert_eq!(
        cli.run(&["import", "products", csv.to_str().unwrap()]).code,
        0
    );
    let backup = cli.dir().join("backup.sqlite3");
    let out = cli.run(&["backup", "-o", backup.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    std::fs::write(&csv, "sku,name,price\nB,Beta,1.00\n").unwrap();
    assert_eq!(
        cli.run(&["import", "products", csv.to_str().unwrap()]).code,
        0
    );
    assert_eq!(count_products(&cli.db), 2);
    let r = cli.json(&["restore", backup.to_str().unwrap()]);
    assert_eq!(r["products"], 1);
    assert!(Path::new(r["previous_copy"].as_str().unwrap()).exists());
    assert_eq!(count_products(&cli.db), 1);

    let foreign = cli.dir().join("other.sqlite3");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE x(y);")
        .unwrap();
    // Exits 2 naming the reason, and the shop is unchanged.
    cli.refused(&["restore", foreign.to_str().unwrap()], "another program");
    assert_eq!(count_products(&cli.db), 1);
}
