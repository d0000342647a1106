//! The barcode commands of the CLI (issue 15): `product add|edit --barcode`, `product show
//! CODE`, `po receive --scan`, `print labels`. Additions only: every existing flag and field
//! keeps its meaning.

mod cli_support;

use cli_support::Cli;

fn shop() -> Cli {
    let c = Cli::new();
    c.json(&[
        "product",
        "add",
        "--sku",
        "MUG",
        "--name",
        "Mug",
        "--price",
        "12.50",
        "--barcode",
        "4006381333931",
        "--barcode",
        "036000291452",
    ]);
    c.json(&[
        "product", "add", "--sku", "TEA", "--name", "Tea", "--price", "5",
    ]);
    c
}

#[test]
fn product_add_takes_repeatable_barcodes_and_the_json_lists_them() {
    let c = shop();
    let p = c.json(&["product", "show", "MUG"]);
    assert_eq!(
        p["barcodes"],
        serde_json::json!(["4006381333931", "036000291452"])
    );
    let p = c.json(&["product", "show", "TEA"]);
    assert_eq!(p["barcodes"], serde_json::json!([]));
}

#[test]
fn product_show_finds_a_product_by_any_of_its_barcodes() {
    let c = shop();
    assert_eq!(c.json(&["product", "show", "036000291452"])["sku"], "MUG");
    assert_eq!(
        c.json(&["product", "show", "0036000291452"])["sku"],
        "MUG",
        "the EAN-13 form of its UPC-A"
    );
    let r = c.run(&["product", "show", "5901234123457"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("5901234123457 not found"), "{}", r.stderr);
}

#[test]
fn a_wrong_check_digit_is_refused_naming_the_expected_digit() {
    let c = shop();
    c.refused(
        &[
            "product",
            "add",
            "--sku",
            "CUP",
            "--name",
            "Cup",
            "--price",
            "3",
            "--barcode",
            "5901234123450",
        ],
        "check digit should be 7",
    );
}

#[test]
fn a_barcode_of_another_product_is_refused_naming_that_product() {
    let c = shop();
    c.refused(
        &[
            "product",
            "add",
            "--sku",
            "CUP",
            "--name",
            "Cup",
            "--price",
            "3",
            "--barcode",
            "4006381333931",
        ],
        "already belongs to MUG",
    );
    c.refused(
        &["product", "edit", "TEA", "--barcode", "036000291452"],
        "already belongs to MUG",
    );
}

#[test]
fn product_edit_replaces_the_barcodes_and_no_barcodes_clears_them() {
    let c = shop();
    let p = c.json(&["product", "edit", "MUG", "--barcode", "96385074"]);
    assert_eq!(p["barcodes"], serde_json::json!(["96385074"]));
    let p = c.json(&["product", "edit", "MUG", "--price", "13"]);
    assert_eq!(
        p["barcodes"],
        serde_json::json!(["96385074"]),
        "left as they were"
    );
    let p = c.json(&["product", "edit", "MUG", "--no-barcodes"]);
    assert_eq!(p["barcodes"], serde_json::json!([]));
}

fn with_po(c: &Cli) -> String {
    let po = c.json(&[
        "po",
        "create",
        "--supplier",
        "Acme",
        "--expected",
        "2026-03-10",
        "--line",
        "MUG:3",
        "--line",
        "TEA:2",
    ]);
    po["number"].as_str().unwrap().to_string()
}

#[test]
fn po_receive_counts_each_scan_as_one_unit_alone_or_with_lines() {
    let c = shop();
    let number = with_po(&c);
    let r = c.json(&[
        "po",
        "receive",
        &number,
        "--scan",
        "4006381333931",
        "--scan",
        "036000291452",
    ]);
    assert_eq!(r["received"], serde_json::json!([{"sku": "MUG", "qty": 2}]));
    let r = c.json(&["po", "receive", &number, "--line", "TEA:2", "--scan", "MUG"]);
    assert_eq!(
        r["received"],
        serde_json::json!([{"sku": "TEA", "qty": 2}, {"sku": "MUG", "qty": 1}])
    );
    assert_eq!(c.json(&["po", "show", &number])["status"], "received");
}

#[test]
fn po_receive_refuses_a_scan_not_on_the_po_or_more_than_outstanding_storing_nothing() {
    let c = shop();
    c.json(&[
        "product",
        "add",
        "--sku",
        "BOWL",
        "--name",
        "Bowl",
        "--price",
        "9",
        "--barcode",
        "96385074",
    ]);
    let number = with_po(&c);
    c.refused(
        &["po", "receive", &number, "--scan", "96385074"],
        "not on purchase order",
    );
    c.refused(
        &["po", "receive", &number, "--scan", "0000"],
        "not a SKU or barcode",
    );
    c.refused(
        &[
            "po", "receive", &number, "--line", "MUG:2", "--scan", "MUG", "--scan", "MUG",
        ],
        "only 3 outstanding",
    );
    let r = c.run(&["po", "receive", &number]);
    assert_eq!(r.code, 2, "a receipt needs --line or --scan");
}

#[test]
fn print_labels_writes_a_pdf_for_skus_or_a_received_po() {
    let c = shop();
    let out = c.dir().join("labels.pdf");
    let out_s = out.to_str().unwrap();
    let r = c.json(&[
        "print", "labels", "--sku", "MUG:25", "--sku", "TEA", "-o", out_s,
    ]);
    assert_eq!(r["pages"], 2, "26 labels on sheets of 24");
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF"));
    let r = c.json(&[
        "print",
        "labels",
        "--sku",
        "TEA:2",
        "--sheet",
        "roll-62mm",
        "-o",
        out_s,
    ]);
    assert_eq!(r["pages"], 2, "one label per page of the roll");
    let number = with_po(&c);
    c.json(&["po", "receive", &number, "--line", "MUG:1"]);
    let r = c.json(&["print", "labels", "--po", &number, "-o", out_s]);
    assert_eq!(r["pages"], 1);
    let r = c.run(&[
        "print", "labels", "--sku", "MUG", "--sheet", "a5", "-o", out_s,
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("not a label sheet"), "{}", r.stderr);
}
