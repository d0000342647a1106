//! Issue 21 from the command line: `import orders` reads web shop exports (JSON counts added,
//! exit 2 and nothing stored on a bad file), `order show '#1043'` finds an order by the web
//! shop's name, `import watch [DIR]` sweeps a folder once, and the settings that go with them.

mod cli_support;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use cli_support::Cli;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/webshop");

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

/// The shop on 26 Nov 2026 with 5 kettles, 10 mugs and no tea.
fn shop() -> Cli {
    let cli = Cli::on("2026-11-26");
    let products = cli.dir().join("products.csv");
    std::fs::write(
        &products,
        "sku,name,price,on_hand,backorders\nKET-03,Copper kettle,89.00,5,notify\n\
         MUG-1,Mug,12.50,10,notify\nTEA-SNC,Sencha tea,8.00,0,notify\n",
    )
    .unwrap();
    cli.json(&["import", "products", products.to_str().unwrap()]);
    cli
}

/// A copy of a fixture in `dir`, last modified a minute ago (settled for the watched folder).
fn dropped(dir: &Path, fixture_name: &str, as_name: &str) -> PathBuf {
    let to = dir.join(as_name);
    std::fs::copy(fixture(fixture_name), &to).unwrap();
    let f = std::fs::File::options().write(true).open(&to).unwrap();
    f.set_modified(SystemTime::now() - Duration::from_secs(60))
        .unwrap();
    to
}

#[test]
fn import_orders_reads_a_shopify_export_and_a_second_run_creates_nothing_issue21() {
    let cli = shop();
    let file = fixture("shopify-orders.csv");
    let r = cli.json(&["import", "orders", &file]);
    assert_eq!(r["format"], "shopify");
    assert_eq!(r["created"], 4);
    assert_eq!(r["shipped"], 1);
    assert_eq!(r["skipped_cancelled"], 2);
    assert_eq!(r["skipped_status"], 1);
    assert_eq!(r["already_there"], 0);
    assert_eq!(r["statuses"], serde_json::json!(["paid", "pending"]));
    let before = cli.dump();
    let again = cli.json(&["import", "orders", &file]);
    assert_eq!(again["created"], 0);
    assert_eq!(again["already_there"], 4);
    assert_eq!(cli.dump(), before, "nothing twice");
    let text = cli.run(&["import", "orders", &file]);
    assert_eq!(text.code, 0);
    assert!(
        text.stdout.contains("Web shop orders: 4 already there"),
        "{}",
        text.stdout
    );
}

#[test]
fn order_show_finds_an_order_by_the_web_shops_name_issue21() {
    let cli = shop();
    cli.json(&["import", "orders", &fixture("shopify-orders.csv")]);
    let o = cli.json(&["order", "show", "#1043"]);
    assert_eq!(o["external_ref"], "#1043");
    let number = o["number"].as_str().unwrap().to_string();
    assert!(number.starts_with("SO-"), "{number}");
    let text = cli.run(&["order", "show", "#1043"]);
    assert_eq!(text.code, 0, "{}", text.stderr);
    assert!(
        text.stdout.starts_with(&number) && text.stdout.contains("web shop order #1043"),
        "{}",
        text.stdout
    );
    // By our own number too; and an order taken here has a null reference.
    assert_eq!(
        cli.json(&["order", "show", &number])["external_ref"],
        "#1043"
    );
    let nowhere = cli.run(&["order", "show", "#9999"]);
    assert_eq!(nowhere.code, 2, "{}", nowhere.stderr);
}

#[test]
fn a_dry_run_of_an_overlapping_export_prints_its_counts_and_stores_nothing_issue21() {
    let cli = shop();
    cli.json(&["import", "orders", &fixture("shopify-orders.csv")]);
    let before = cli.dump();
    let r = cli.json(&[
        "import",
        "orders",
        &fixture("shopify-orders-later.csv"),
        "--dry-run",
    ]);
    assert_eq!(r["dry_run"], true);
    assert_eq!(r["committed"], false);
    assert_eq!(
        (&r["created"], &r["already_there"], &r["cancelled"]),
        (
            &serde_json::json!(1),
            &serde_json::json!(2),
            &serde_json::json!(1)
        )
    );
    assert_eq!(cli.dump(), before);
}

#[test]
fn a_foreign_currency_exits_2_and_stores_nothing_issue21() {
    let cli = shop();
    let before = cli.dump();
    let r = cli.run(&["import", "orders", &fixture("shopify-orders-usd.csv")]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("line 3, Currency: order '#2001' is in USD"),
        "{}",
        r.stderr
    );
    assert_eq!(cli.dump(), before);
}

#[test]
fn import_watch_imports_settled_files_and_moves_each_with_its_report_issue21() {
    let cli = shop();
    let inbox = cli.dir().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    dropped(&inbox, "shopify-orders.csv", "orders.csv");
    dropped(&inbox, "shopify-orders-usd.csv", "usd.csv");
    // Still being written: modified just now.
    std::fs::copy(fixture("woo-orders.csv"), inbox.join("woo.csv")).unwrap();
    std::fs::write(inbox.join("notes.txt"), "not a CSV").unwrap();

    let r = cli.json(&["import", "watch", inbox.to_str().unwrap()]);
    let files = r.as_array().unwrap();
    let by = |name: &str| {
        files
            .iter()
            .find(|f| f["file"] == name)
            .unwrap_or_else(|| panic!("{name} in {r}"))
            .clone()
    };
    assert_eq!(files.len(), 3, "{r}");
    assert_eq!(by("orders.csv")["outcome"], "imported");
    assert_eq!(by("orders.csv")["kind"], "orders");
    assert_eq!(by("orders.csv")["report"]["created"], 4);
    assert_eq!(by("usd.csv")["outcome"], "failed");
    assert_eq!(by("woo.csv")["outcome"], "waiting");
    assert!(inbox.join("imported/orders.csv").is_file());
    let report = std::fs::read_to_string(inbox.join("imported/orders.csv.report.txt")).unwrap();
    assert!(report.starts_with("Imported (Shopify file"), "{report}");
    let failed = std::fs::read_to_string(inbox.join("failed/usd.csv.report.txt")).unwrap();
    assert!(failed.contains("is in USD"), "{failed}");
    assert!(inbox.join("woo.csv").is_file(), "left for the next sweep");
    assert!(
        inbox.join("notes.txt").is_file(),
        "only CSV files are taken"
    );

    // The same export dropped again: imported (nothing twice), beside the first one.
    dropped(&inbox, "shopify-orders.csv", "orders.csv");
    let again = cli.json(&["import", "watch", inbox.to_str().unwrap()]);
    assert_eq!(again[0]["report"]["already_there"], 4, "{again}");
    assert!(inbox.join("imported/orders-2.csv").is_file());
}

#[test]
fn import_watch_uses_the_setting_and_refuses_a_missing_folder_with_exit_2_issue21() {
    let cli = shop();
    let r = cli.run(&["import", "watch"]);
    assert_eq!(r.code, 2, "no folder given or set: {}", r.stderr);
    assert!(r.stderr.contains("--watch-folder"), "{}", r.stderr);
    let missing = cli.dir().join("nope");
    let r = cli.run(&["import", "watch", missing.to_str().unwrap()]);
    assert_eq!(r.code, 2, "{}", r.stderr);

    let before = cli.dump();
    let r = cli.run(&[
        "settings",
        "set",
        "--store-name",
        "Renamed",
        "--watch-folder",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = cli.run(&["settings", "set", "--webshop-statuses", "paid,bogus"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("'bogus' is not a web shop payment status"),
        "{}",
        r.stderr
    );
    assert_eq!(cli.dump(), before, "bad settings store nothing");

    let inbox = cli.dir().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    let s = cli.json(&[
        "settings",
        "set",
        "--watch-folder",
        inbox.to_str().unwrap(),
        "--webshop-statuses",
        "paid,pending,authorized",
    ]);
    assert_eq!(
        s["webshop_statuses"],
        serde_json::json!(["paid", "pending", "authorized"])
    );
    assert!(
        s["store_name"].is_string(),
        "the other settings beside them"
    );
    dropped(&inbox, "woo-orders.csv", "woo.csv");
    let r = cli.json(&["import", "watch"]);
    assert_eq!(r[0]["outcome"], "imported", "{r}");
    assert_eq!(r[0]["report"]["format"], "woocommerce");
    assert_eq!(
        cli.json(&["settings", "show"])["watch_folder"],
        s["watch_folder"]
    );
}
