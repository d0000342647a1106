//! Issue 15: what the customer reads must be right. Regression tests for the defects found
//! when Stockroom was tried as a new user would — the demo shop on 1 December 2026, the CLI,
//! the letters read back through `pdftotext`.
//!
//! Index:
//! - the notice counts only waiting units, and says what is ready (defect 1);
//! - a newer notice supersedes the older pending one; staff record "told by phone" (defect 2);
//! - a fresh demo shop has today's promises; read-only commands write nothing (defect 7).

mod cli_support;
mod documents_support;

use cli_support::Cli;
use documents_support::{line_of, section, text};
use serde_json::Value;

const DEMO_DAY: &str = "2026-12-01";

fn demo_shop() -> Cli {
    let cli = Cli::on(DEMO_DAY);
    cli.json(&["init", "--demo"]);
    cli
}

/// The notice in English: the demo's customers are written to in their own language (issue
/// 17), and these checks read the English wording.
fn notice_text(cli: &Cli, order: &str) -> String {
    let pdf = cli.dir().join(format!("{order}.pdf"));
    cli.json(&[
        "print",
        "notice",
        order,
        "--language",
        "en",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    text(&std::fs::read(pdf).unwrap())
}

#[test]
fn issue_15_the_notice_counts_only_the_units_that_wait_and_says_what_is_ready() {
    // SO-1030: GRD-LBL ordered 3, 1 allocated, 2 wait; KIT-JUG 2 wait.
    let cli = demo_shop();
    let t = notice_text(&cli, "SO-1030");
    let waiting = section(&t, "On backorder", &["Shipping now"]);
    let labels = line_of(waiting, "GRD-LBL");
    assert!(
        labels.contains(" 2 ") && !labels.contains(" 3 "),
        "2 labels wait, not the 3 ordered: {labels:?}"
    );
    assert!(
        waiting.contains("1 of 3 ready to ship now"),
        "the rest of the line is named: {waiting}"
    );
    let items_waiting = t
        .lines()
        .find(|l| l.contains("Items waiting"))
        .expect("the order panel counts the waiting items");
    assert!(
        items_waiting.trim_end().ends_with(" 4 items"),
        "2 + 2 units wait (the discount is on the same 4): {items_waiting:?}"
    );
    let now = section(&t, "Shipping now", &["Thank you for waiting"]);
    assert!(
        line_of(now, "GRD-LBL").trim_end().ends_with('1'),
        "the ready label ships now: {now}"
    );
}

/// A shop of one product with a 10-day lead time, one customer, and an order whose unit waits.
fn shop_with_a_waiting_order() -> Cli {
    let cli = cli_support::kettle_shop();
    cli.json(&["customer", "add", "--name", "Zoë Müller"]);
    cli.json(&["order", "create", "--customer", "1", "--line", "KET-03:1"]);
    cli
}

fn notifications(cli: &Cli) -> Vec<Value> {
    cli.json(&["notifications"]).as_array().unwrap().clone()
}

/// The notice that carries `n`'s news now: `superseded_by`, followed to its end.
fn carried_by<'a>(all: &'a [Value], n: &'a Value) -> &'a Value {
    let mut at = n;
    while let Some(next) = at["superseded_by"].as_i64() {
        at = all
            .iter()
            .find(|m| m["id"] == next)
            .expect("the newer notice exists");
    }
    at
}

fn pending_news(all: &[Value]) -> Vec<&Value> {
    all.iter()
        .filter(|n| n["status"] == "pending" && n["kind"] != "shipped")
        .collect()
}

#[test]
fn issue_15_a_newer_notice_supersedes_the_older_pending_one_and_carries_the_latest_date() {
    let cli = shop_with_a_waiting_order();
    // The supplier's PO, then its date moves twice: two promise moves before anyone is told.
    cli.json(&[
        "po",
        "create",
        "--supplier",
        "Copperworks",
        "--expected",
        "2026-03-06",
        "--line",
        "KET-03:5",
    ]);
    cli.json(&["po", "expect", "PO-1001", "2026-03-09"]);
    cli.json(&["po", "expect", "PO-1001", "2026-03-12"]);

    let all = notifications(&cli);
    let pending = pending_news(&all);
    assert_eq!(pending.len(), 1, "one pending notice per order: {all:#?}");
    let newest = pending[0];
    // The customer never heard of the backorder: the letter is still a backorder notice, with
    // the date as it is now (12 Mar + 1 handling day + 2 transit days) and no "was".
    assert_eq!(newest["kind"], "backordered");
    assert_eq!(newest["lines"][0]["qty"], 1);
    assert_eq!(newest["lines"][0]["eta"], "2026-03-15");
    assert!(newest["lines"][0]["old_eta"].is_null(), "{newest}");
    let superseded: Vec<&Value> = all.iter().filter(|n| n["status"] == "superseded").collect();
    assert!(
        !superseded.is_empty(),
        "the older notices stay in the history"
    );
    for old in superseded {
        assert_eq!(carried_by(&all, old)["id"], newest["id"], "{old}");
    }

    // Printing the notice tells the customer; a later move is new news, and its "was" is the
    // date on that letter.
    let t = notice_text(&cli, "SO-1001");
    assert!(t.contains("15 March 2026"), "{t}");
    cli.json(&["po", "expect", "PO-1001", "2026-03-20"]);
    let all = notifications(&cli);
    let pending = pending_news(&all);
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0]["kind"], "promise_moved");
    assert_eq!(pending[0]["lines"][0]["old_eta"], "2026-03-15");
    assert_eq!(pending[0]["lines"][0]["eta"], "2026-03-23");
    assert_eq!(
        all.iter().filter(|n| n["status"] == "printed").count(),
        1,
        "the printed letter is history, not superseded"
    );
}

#[test]
fn issue_15_a_parcel_supersedes_the_backorder_news_nobody_read_yet() {
    let cli = shop_with_a_waiting_order();
    cli.json(&["stock", "adjust", "KET-03", "1", "--reason", "found one"]);
    cli.json(&["ship", "SO-1001", "--tracking", "RR1"]);
    let all = notifications(&cli);
    assert!(pending_news(&all).is_empty(), "{all:#?}");
    let shipped = all.iter().find(|n| n["kind"] == "shipped").unwrap();
    let backordered = all.iter().find(|n| n["kind"] == "backordered").unwrap();
    assert_eq!(backordered["status"], "superseded");
    assert_eq!(carried_by(&all, backordered)["id"], shipped["id"]);
}

#[test]
fn issue_15_staff_record_that_they_told_the_customer_by_phone_with_a_note() {
    let cli = shop_with_a_waiting_order();
    let id = pending_news(&notifications(&cli))[0]["id"]
        .as_i64()
        .unwrap();
    let id = id.to_string();
    cli.refused(
        &["notifications", "told", &id, "--by", "fax"],
        "not a way of telling",
    );
    cli.refused(
        &["notifications", "told", "999", "--by", "phone"],
        "notification",
    );
    let told = cli.json(&[
        "notifications",
        "told",
        &id,
        "--by",
        "phone",
        "--note",
        "Called; happy to wait",
    ]);
    assert_eq!(told["status"], "told");
    assert_eq!(told["told_how"], "phone");
    assert_eq!(told["told_note"], "Called; happy to wait");
    assert!(told["told_at"].as_str().unwrap().starts_with("2026-03-01"));
    assert!(
        pending_news(&notifications(&cli)).is_empty(),
        "off the list"
    );
    // Told is told: the letter does not mark it printed afterwards.
    let pdf = cli.dir().join("n.pdf");
    cli.json(&["print", "notice", "SO-1001", "-o", pdf.to_str().unwrap()]);
    let after = notifications(&cli);
    assert_eq!(after[0]["status"], "told");
}

#[test]
fn issue_15_a_freshly_made_demo_shop_has_no_promise_dated_before_today() {
    let cli = demo_shop();
    let conn = rusqlite::Connection::open(&cli.db).unwrap();
    let stale: i64 = conn
        .query_row(
            "SELECT count(*) FROM order_lines WHERE backordered > 0 AND eta < ?1",
            [DEMO_DAY],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stale, 0, "promises dated before today");
    let pending_stale: i64 = conn
        .query_row(
            "SELECT count(*) FROM notifications, json_each(notifications.detail) j
             WHERE status = 'pending' AND kind <> 'shipped' AND j.value ->> 'eta' < ?1",
            [DEMO_DAY],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        pending_stale, 0,
        "pending notices naming dates already past"
    );
    let piled: i64 = conn
        .query_row(
            "SELECT count(*) FROM (SELECT order_id FROM notifications
             WHERE status = 'pending' AND kind <> 'shipped' GROUP BY order_id HAVING count(*) > 1)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        piled, 0,
        "orders with more than one pending backorder notice"
    );
}

#[test]
fn issue_15_read_only_commands_write_nothing_on_a_later_day() {
    let cli = demo_shop();
    let before = cli.dump();
    let later = "2026-12-04";
    let out = cli.dir().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let file = |name: &str| out.join(name).to_str().unwrap().to_string();
    let (aging, products) = (file("aging.pdf"), file("products.csv"));
    let reads: Vec<Vec<&str>> = vec![
        vec!["product", "list"],
        vec!["product", "show", "GRD-LBL"],
        vec!["customer", "list"],
        vec!["order", "show", "SO-1030"],
        vec![
            "order",
            "create",
            "--customer",
            "1",
            "--line",
            "GRD-LBL:1",
            "--dry-run",
        ],
        vec!["backorders"],
        vec!["notifications", "--pending"],
        vec!["po", "show", "PO-1001"],
        vec!["settings", "show"],
        vec!["carrier", "list"],
        vec!["report", "aging", "-o", &aging],
        vec!["export", "products", "-o", &products],
    ];
    for args in &reads {
        let r = cli.run_on(later, args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert_eq!(cli.dump(), before, "{args:?} wrote to the shop");
    }
    // The first command that changes the shop brings the promises to its day first.
    let r = cli.run_on(
        later,
        &["carrier", "add", "--name", "DPD", "--transit-days", "1"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let conn = rusqlite::Connection::open(&cli.db).unwrap();
    let day: String = conn
        .query_row(
            "SELECT value FROM app_state WHERE key = 'promises_recomputed_on'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(day.contains(later), "recomputed on {day}");
}
