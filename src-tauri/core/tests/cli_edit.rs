//! The CLI of corrections (issue 5): `product edit`, `customer edit`, `po cancel`, and the
//! order preview `order create --dry-run`. Run on the
//! built `stockroom` binary against a temporary database with a fixed `--today`; every exit 2
//! case compares a dump of the database before and after.

mod cli_support;

use cli_support::Cli;
use serde_json::Value;

/// A shop on 1 March: handling 1 day, a carrier of 2 days, MUG (3 on hand, 10 days' lead time),
/// POT (none on hand), customer 1 Ann Lee.
fn shop() -> Cli {
    let c = Cli::new();
    c.json(&["settings", "set", "--handling-days", "1"]);
    c.json(&[
        "carrier",
        "add",
        "--name",
        "Post",
        "--transit-days",
        "2",
        "--default",
    ]);
    c.json(&[
        "product",
        "add",
        "--sku",
        "MUG",
        "--name",
        "Mug",
        "--price",
        "12.50",
        "--on-hand",
        "3",
        "--lead-time-days",
        "10",
    ]);
    c.json(&[
        "product", "add", "--sku", "POT", "--name", "Pot", "--price", "30.00",
    ]);
    c.json(&["customer", "add", "--name", "Ann Lee"]);
    c
}

#[test]
fn product_edit_prints_the_product_like_product_show() {
    let c = shop();
    let p = c.json(&[
        "product",
        "edit",
        "MUG",
        "--price",
        "13.99",
        "--supplier",
        "Potter & Co",
        "--reorder-point",
        "2",
    ]);
    assert_eq!(p["price"], "13.99", "money is a decimal string");
    assert_eq!(p["supplier"], "Potter & Co");
    assert_eq!(p["reorder_point"], 2);
    assert_eq!(p["on_hand"], 3, "stock untouched");
    assert_eq!(
        p,
        c.json(&["product", "show", "MUG"]),
        "the same document as show"
    );
}

#[test]
fn product_edit_can_rename_the_sku_and_the_search_finds_it() {
    let c = shop();
    let p = c.json(&[
        "product",
        "edit",
        "MUG",
        "--new-sku",
        "CUP-1",
        "--name",
        "Teacup",
    ]);
    assert_eq!(
        (p["sku"].as_str(), p["name"].as_str()),
        (Some("CUP-1"), Some("Teacup"))
    );
    let found = c.json(&["product", "list", "--search", "teacup"]);
    assert_eq!(found.as_array().unwrap().len(), 1);
    assert_eq!(found[0]["sku"], "CUP-1");
    c.refused(&["product", "show", "MUG"], "SKU MUG not found");
}

#[test]
fn a_longer_lead_time_moves_a_waiting_order_promise() {
    let c = shop();
    let o = c.json(&["order", "create", "--customer", "1", "--line", "MUG:5"]);
    assert_eq!(o["lines"][0]["eta"], "2026-03-14");
    let p = c.json(&["product", "edit", "MUG", "--lead-time-days", "20"]);
    assert_eq!(p["lead_time_days"], 20);
    let o = c.json(&["order", "show", o["number"].as_str().unwrap()]);
    assert_eq!(o["lines"][0]["eta"], "2026-03-24");
    let p = c.json(&["product", "edit", "MUG", "--lead-time-days", "none"]);
    assert_eq!(p["lead_time_days"], Value::Null, "none clears it");
}

#[test]
fn bad_product_edits_exit_2_and_store_nothing() {
    let c = shop();
    c.refused(
        &["product", "edit", "MUG", "--price", "-1"],
        "'-1' is not an amount of money",
    );
    c.refused(&["product", "edit", "MUG", "--price", "twelve"], "twelve");
    c.refused(
        &["product", "edit", "MUG", "--name", " "],
        "product MUG needs a name",
    );
    c.refused(
        &["product", "edit", "MUG", "--lead-time-days", "soon"],
        "soon",
    );
    c.refused(
        &["product", "edit", "MUG", "--backorders", "maybe"],
        "not a backorder policy",
    );
    c.refused(
        &["product", "edit", "MUG", "--new-sku", "POT"],
        "SKU POT already exists",
    );
    c.refused(
        &["product", "edit", "NOPE", "--price", "1"],
        "SKU NOPE not found",
    );
}

#[test]
fn customer_edit_prints_the_customer_with_the_new_address() {
    let c = shop();
    let j = c.json(&[
        "customer",
        "edit",
        "1",
        "--address",
        "ul. Piotrkowska 12\n90-001 Łódź",
        "--ships",
        "complete",
    ]);
    assert_eq!(j["id"], 1);
    assert_eq!(j["name"], "Ann Lee", "untouched");
    assert_eq!(j["address"], "ul. Piotrkowska 12\n90-001 Łódź");
    assert_eq!(j["ships"], "complete");
    let r = c.run(&["customer", "edit", "1", "--phone", "+353 1 555"]);
    assert_eq!(
        (r.code, r.stdout.trim()),
        (0, "1"),
        "without --json: the id, as add"
    );
}

#[test]
fn bad_customer_edits_exit_2_and_store_nothing() {
    let c = shop();
    c.refused(
        &["customer", "edit", "1", "--email", "ann-at-home"],
        "not an email address",
    );
    c.refused(
        &["customer", "edit", "1", "--name", ""],
        "a customer needs a name",
    );
    c.refused(
        &["customer", "edit", "1", "--ships", "sometimes"],
        "not a shipping preference",
    );
    c.refused(
        &["customer", "edit", "9", "--name", "X"],
        "customer 9 not found",
    );
}

#[test]
fn po_cancel_prints_the_orders_whose_promise_moved() {
    let c = shop();
    let po = c.json(&[
        "po",
        "create",
        "--supplier",
        "Acme",
        "--expected",
        "2026-03-05",
        "--line",
        "MUG:5",
    ]);
    let number = po["number"].as_str().unwrap().to_string();
    let o = c.json(&["order", "create", "--customer", "1", "--line", "MUG:5"]);
    assert_eq!(o["lines"][0]["eta"], "2026-03-08", "counting on the PO");
    let r = c.json(&["po", "cancel", &number]);
    assert_eq!(r["po"], number.as_str());
    assert_eq!(r["status"], "cancelled");
    assert_eq!(r["cancelled"][0]["qty"], 5);
    let moved = r["moved"].as_array().unwrap();
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0]["order"], o["number"]);
    assert_eq!(moved[0]["sku"], "MUG");
    assert_eq!(moved[0]["old_eta"], "2026-03-08");
    assert_eq!(moved[0]["new_eta"], "2026-03-14", "now from the lead time");
    assert_eq!(c.json(&["po", "show", &number])["status"], "cancelled");
    c.refused(&["po", "cancel", &number], "already cancelled");
    c.refused(
        &["po", "cancel", "PO-9999"],
        "purchase order PO-9999 not found",
    );
}

#[test]
fn order_create_dry_run_prints_what_placing_gives_and_stores_nothing() {
    let c = shop();
    let args = [
        "order",
        "create",
        "--customer",
        "1",
        "--line",
        "MUG:5",
        "--line",
        "POT:1",
        "--incentive",
        "discount:10",
    ];
    let before = c.dump();
    let mut dry = args.to_vec();
    dry.push("--dry-run");
    let preview = c.json(&dry);
    assert_eq!(c.dump(), before, "a dry run stores nothing");
    assert_eq!(preview["lines"][0]["backordered"], 2);
    assert_eq!(preview["lines"][0]["eta"], "2026-03-14");
    assert_eq!(
        preview,
        c.json(&args),
        "the dry run is what placing then gives"
    );
    c.refused(
        &[
            "order",
            "create",
            "--customer",
            "1",
            "--line",
            "NOPE:1",
            "--dry-run",
        ],
        "SKU NOPE not found",
    );
}
