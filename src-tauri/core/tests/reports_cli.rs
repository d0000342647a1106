//! `stockroom report ...` (issue 6): every report written as PDF (its text read back with
//! `pdftotext`) and as CSV, `--json`, and the bad-input cases that exit with status 2.

mod cli_support;

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use stockroom_core::catalog::NewProduct;
use stockroom_core::customers::NewCustomer;
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::purchasing::{NewPo, NewPoLine, ReceiptLine};
use stockroom_core::settings::SettingsPatch;
use stockroom_core::shipping::ShipRequest;
use stockroom_core::{Clock, Stockroom};

use cli_support::Cli;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A little shop: Ann waits for 3 mugs (price 12.50) ordered 2 Mar; a PO of 2 came on 5 Mar
/// and filled part of her line, which shipped on 6 Mar. The reports are run on 10 Mar.
fn shop() -> Cli {
    let cli = Cli::on("2026-03-10");
    let mut s = Stockroom::open(&cli.db)
        .unwrap()
        .with_clock(Clock::Fixed(d("2026-03-02")));
    s.update_settings(&SettingsPatch {
        store_name: Some("Corner Shop".into()),
        ..Default::default()
    })
    .unwrap();
    s.add_product(&NewProduct {
        sku: "MUG-1".into(),
        name: "Blue mug".into(),
        category: "Kitchen".into(),
        price: 1250,
        cost: 500,
        supplier: Some("Potter".into()),
        reorder_point: 4,
        reorder_qty: 12,
        on_hand: 1,
        ..Default::default()
    })
    .unwrap();
    let ann = s
        .add_customer(&NewCustomer {
            name: "Ann Smith".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    let po = s
        .create_po(&NewPo {
            supplier: "Potter".into(),
            expected_on: d("2026-03-05"),
            lines: vec![NewPoLine {
                sku: "MUG-1".into(),
                qty: 2,
                unit_cost: None,
            }],
            note: String::new(),
            number: None,
        })
        .unwrap()
        .number;
    let o = s
        .place_order(&NewOrder {
            customer_id: ann,
            lines: vec![NewOrderLine {
                sku: "MUG-1".into(),
                qty: 6,
                unit_price: None,
            }],
            ..Default::default()
        })
        .unwrap()
        .number;
    s.set_clock(Clock::Fixed(d("2026-03-05")));
    s.receive_po(
        &po,
        &[ReceiptLine {
            sku: "MUG-1".into(),
            qty: 2,
        }],
    )
    .unwrap();
    s.set_clock(Clock::Fixed(d("2026-03-06")));
    s.ship(
        &o,
        &ShipRequest {
            partial: true,
            ..Default::default()
        },
    )
    .unwrap();
    cli
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is installed");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn every_report_is_written_as_a_pdf_with_its_header_tables_and_definitions() {
    let cli = shop();
    // (report, extra args, texts its PDF must show)
    let cases: &[(&str, &[&str], &[&str])] = &[
        // Ann waits for 6 − 1 − 2 = 3 mugs: 3 × 12.50 = 37.50; ordered 2 Mar, 8 days old.
        (
            "backorders",
            &[],
            &[
                "Open backorders",
                "By product",
                "By customer",
                "MUG-1",
                "Ann Smith",
                "€37.50",
                "As of",
            ],
        ),
        (
            "aging",
            &[],
            &[
                "Backorder aging",
                "0–7 days",
                "8–14 days",
                "€37.50",
                "Age of the waiting line",
            ],
        ),
        (
            "fill-rate",
            &["--from", "2026-03-01", "--to", "2026-03-10"],
            &[
                "Unit fill rate",
                "Backorder rate",
                "Weekly rates",
                "Week starting",
            ],
        ),
        ("reorder", &[], &["Reorder suggestions", "Potter", "MUG-1"]),
        // 1 + 2 − 3 shipped = 0 on hand: nothing to value.
        (
            "valuation",
            &[],
            &["Stock valuation", "current cost", "Nothing is on hand."],
        ),
        (
            "promises",
            &["--from", "2026-03-01", "--to", "2026-03-10"],
            &["Promises kept", "No backordered line finished"],
        ),
        (
            "ledger",
            &[
                "--sku",
                "MUG-1",
                "--from",
                "2026-03-01",
                "--to",
                "2026-03-10",
            ],
            &[
                "Stock ledger of MUG-1",
                "opening balance",
                "received",
                "shipped",
            ],
        ),
    ];
    for (name, extra, texts) in cases {
        let pdf = cli.dir().join(format!("{name}.pdf"));
        let mut args = vec!["report", name];
        args.extend_from_slice(extra);
        args.extend_from_slice(&["-o", pdf.to_str().unwrap()]);
        let r = cli.run(&args);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        let text = pdftotext(&pdf);
        for t in texts
            .iter()
            .chain(&["Corner Shop", "How these figures are computed", "Page 1 of"])
        {
            assert!(text.contains(t), "{name}: the PDF shows {t:?}:\n{text}");
        }
    }
}

#[test]
fn a_csv_report_has_plain_headers_and_unformatted_numbers() {
    let cli = shop();
    let csv = cli.dir().join("b.csv");
    let r = cli.run(&["report", "backorders", "-o", csv.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(&csv).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "section,sku,product,queue_length,units,value,oldest_age_days,promise"
    );
    // One waiting line, 3 units, 37.50, 8 days; its promise is a plain date or empty.
    assert!(
        lines[1].starts_with("by_product,MUG-1,Blue mug,1,3,37.50,8,"),
        "{text}"
    );
    assert!(text.contains("\nby_customer,Ann Smith,"), "{text}");
}

#[test]
fn json_prints_the_report_data() {
    let cli = shop();
    let v = cli.json(&["report", "aging"]);
    assert_eq!(v["report"], "aging");
    assert_eq!(v["to"], "2026-03-10");
    assert_eq!(v["buckets"][1]["lines"], 1, "the 8-day-old line is in 8–14");
    assert_eq!(
        v["buckets"][1]["value"], "37.50",
        "money is a decimal string"
    );
    assert_eq!(v["total_value"], "37.50");
}

#[test]
fn bad_input_exits_2_naming_the_problem() {
    let cli = shop();
    let out = cli.dir().join("x.pdf");
    let o = out.to_str().unwrap();
    let txt = cli.dir().join("x.txt");
    let t = txt.to_str().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["report", "sales", "-o", o], "not a report"),
        (
            &["report", "fill-rate", "--from", "2026-13-01", "-o", o],
            "2026-13-01",
        ),
        (
            &[
                "report",
                "fill-rate",
                "--from",
                "2026-03-09",
                "--to",
                "2026-03-01",
                "-o",
                o,
            ],
            "after",
        ),
        (&["report", "ledger", "--sku", "NOPE", "-o", o], "NOPE"),
        (&["report", "ledger", "-o", o], "--sku"),
        (&["report", "aging", "-o", t], ".pdf or .csv"),
        (&["report", "aging"], "-o FILE.pdf"),
        (
            &["report", "backorders", "--from", "2026-03-01", "-o", o],
            "today",
        ),
    ];
    // The day's first command recomputes the promises and records the day (app_state): let
    // that happen first, so what follows compares the shop before and after bad input alone.
    cli.json(&["report", "aging"]);
    for (args, says) in cases {
        // Exits 2, the message names the problem, and the shop is unchanged.
        cli.refused(args, says);
    }
    assert!(!out.exists(), "nothing was written");
}

#[test]
fn a_long_table_repeats_its_header_on_every_page_and_numbers_the_pages() {
    // 80 products each with one customer waiting: the by-product table needs several pages.
    let cli = Cli::on("2026-03-10");
    let mut s = Stockroom::open(&cli.db)
        .unwrap()
        .with_clock(Clock::Fixed(d("2026-03-02")));
    let ann = s
        .add_customer(&NewCustomer {
            name: "Ann".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    for i in 0..80 {
        let sku = format!("SKU-{i:03}");
        s.add_product(&NewProduct {
            sku: sku.clone(),
            name: format!("Thing {i}"),
            price: 100,
            ..Default::default()
        })
        .unwrap();
        s.place_order(&NewOrder {
            customer_id: ann,
            lines: vec![NewOrderLine {
                sku,
                qty: 1,
                unit_price: None,
            }],
            ..Default::default()
        })
        .unwrap();
    }
    drop(s);
    let pdf = cli.dir().join("long.pdf");
    let r = cli.run(&["report", "backorders", "-o", pdf.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdftotext(&pdf);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(
        pages.len() >= 3,
        "80 rows and 1 customer row take several pages: {}",
        pages.len()
    );
    let n = pages.len();
    for (i, p) in pages.iter().enumerate() {
        assert!(
            p.contains(&format!("Page {} of {n}", i + 1)),
            "page {} is numbered",
            i + 1
        );
    }
    // Every page the by-product table spans starts with its header row.
    let spanned: Vec<&&str> = pages.iter().filter(|p| p.contains("SKU-0")).collect();
    assert!(spanned.len() >= 2);
    for p in spanned {
        assert!(
            p.contains("QUEUE") && p.contains("OLDEST"),
            "header repeated:\n{p}"
        );
    }
    assert!(
        text.contains("SKU-000") && text.contains("SKU-079"),
        "every row is printed"
    );
}

/// Issue 17: the shop's reports read in the shop's locale: a shop set to de-DE sees "37,50 €"
/// and German dates, whatever language the machine runs in; the CSV stays plain.
#[test]
fn a_german_shops_reports_show_money_and_dates_in_its_locale_issue17() {
    let cli = shop();
    cli.json(&["settings", "set", "--locale", "de-DE"]);
    let pdf = cli.dir().join("backorders-de.pdf");
    let r = cli.run(&["report", "backorders", "-o", pdf.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdftotext(&pdf);
    assert!(
        text.contains("37,50\u{a0}€") || text.contains("37,50 €"),
        "{text}"
    );
    assert!(!text.contains("€37.50"), "{text}");
    assert!(cli_support::has_german_date(&text), "a German date: {text}");
    let csv = cli.dir().join("backorders-de.csv");
    cli.run(&["report", "backorders", "-o", csv.to_str().unwrap()]);
    let rows = std::fs::read_to_string(&csv).unwrap();
    assert!(
        rows.contains("37.50"),
        "CSV money stays a plain decimal: {rows}"
    );
}
