//! The reports on both engines (issue 19): every report, its CSV and its screen, and the
//! reorder draft, read from the same shop on SQLite and on a server (pushed there, see
//! `pushed`), are the same.

use stockroom_core::reports::{ReportData, ReportName, ReportRange};

use crate::pushed::shop_on_both;
use crate::reports_support::d;
use crate::support::for_each_engine;

/// Every report the shop offers, with a range where it takes one.
fn every_report() -> Vec<(ReportName, ReportRange)> {
    let range = ReportRange::new(Some(d("2026-03-01")), Some(d("2026-03-20")));
    vec![
        (ReportName::Backorders, ReportRange::default()),
        (ReportName::Aging, ReportRange::default()),
        (ReportName::Reorder, ReportRange::default()),
        (ReportName::Valuation, ReportRange::default()),
        (
            ReportName::Valuation,
            ReportRange::new(None, Some(d("2026-03-05"))),
        ),
        (ReportName::FillRate, range),
        (ReportName::Promises, range),
        (ReportName::Ledger { sku: "HW-1".into() }, range),
        (
            ReportName::Ledger { sku: "HW-2".into() },
            ReportRange::new(Some(d("2026-03-10")), Some(d("2026-03-20"))),
        ),
    ]
}

/// The report as JSON (its data has no `PartialEq`: the JSON holds every figure).
fn json(r: &ReportData) -> serde_json::Value {
    serde_json::to_value(r).unwrap()
}

#[test]
fn every_report_reads_the_same_figures_on_a_server_as_in_the_file_issue19() {
    let (sqlite, pg, _server) = shop_on_both();
    for (name, range) in every_report() {
        let (a, b) = (
            sqlite.report(&name, &range).unwrap(),
            pg.report(&name, &range).unwrap(),
        );
        assert_eq!(json(&a), json(&b), "{name:?} {range:?}: the figures");
        assert_eq!(a.csv().unwrap(), b.csv().unwrap(), "{name:?}: the CSV");
        assert_eq!(a.screen(), b.screen(), "{name:?}: the screen");
    }
}

#[test]
fn the_reports_are_not_empty_so_the_comparison_means_something_issue19() {
    let (_, pg, _server) = shop_on_both();
    let rows = |name: ReportName, range: ReportRange| {
        pg.report(&name, &range)
            .unwrap()
            .screen()
            .tables
            .iter()
            .map(|t| t.rows.len())
            .sum::<usize>()
    };
    let range = ReportRange::new(Some(d("2026-03-01")), None);
    assert!(
        rows(ReportName::Backorders, ReportRange::default()) > 0,
        "a line waits"
    );
    assert!(
        rows(ReportName::Reorder, ReportRange::default()) > 0,
        "something to reorder"
    );
    assert!(rows(ReportName::FillRate, range) > 0, "orders were placed");
    assert!(
        rows(ReportName::Promises, range) > 0,
        "waiting lines were finished"
    );
    assert!(
        rows(ReportName::Ledger { sku: "HW-1".into() }, range) > 0,
        "HW-1 moved"
    );
}

#[test]
fn the_reorder_draft_of_a_supplier_is_the_same_on_both_engines_issue19() {
    let (sqlite, pg, _server) = shop_on_both();
    // Acme has a product to reorder; Paint Co has nothing to suggest, which is refused alike.
    for supplier in ["Acme Tools", "Paint Co", "Nobody"] {
        let draft =
            |s: &stockroom_core::Stockroom| s.reorder_draft(supplier, None).map_err(|e| e.code());
        assert_eq!(draft(&sqlite), draft(&pg), "{supplier}");
    }
    let a = pg.reorder_draft("Acme Tools", None).unwrap();
    assert!(
        a.lines.iter().any(|l| l.sku == "HW-3"),
        "HW-3 is below its reorder point with nothing on order: {a:?}"
    );
}

#[test]
fn a_report_range_that_makes_no_sense_is_refused_on_both_engines_issue19() {
    for_each_engine(|shop| {
        let snapshot_from_a_day = ReportRange::new(Some(d("2026-03-01")), None);
        let err = shop
            .report(&ReportName::Reorder, &snapshot_from_a_day)
            .unwrap_err();
        assert_eq!(err.code(), "invalid_input", "{err}");
        let err = shop
            .report(
                &ReportName::Ledger { sku: "NOPE".into() },
                &ReportRange::default(),
            )
            .unwrap_err();
        assert_eq!(err.code(), "not_found", "{err}");
    });
}

#[test]
fn a_report_pdf_prints_the_same_text_on_both_engines_issue19() {
    let (sqlite, pg, _server) = shop_on_both();
    for (name, range) in every_report() {
        let a = sqlite.report_pdf(&name, &range).unwrap();
        let b = pg.report_pdf(&name, &range).unwrap();
        assert_eq!(
            crate::pushed::pdf_text(&a),
            crate::pushed::pdf_text(&b),
            "{name:?}"
        );
    }
}

#[test]
fn a_draft_po_from_the_suggestions_is_stored_on_both_engines_issue19() {
    let (mut sqlite, mut pg, _server) = shop_on_both();
    let incoming = |s: &stockroom_core::Stockroom| -> std::collections::HashMap<String, i64> {
        s.products("")
            .unwrap()
            .into_iter()
            .map(|p| (p.sku, p.incoming))
            .collect()
    };
    let (before_file, before) = (incoming(&sqlite), incoming(&pg));
    let a = sqlite
        .draft_po_from_suggestions("Acme Tools", None)
        .unwrap();
    let b = pg.draft_po_from_suggestions("Acme Tools", None).unwrap();
    assert_eq!(a, b);
    assert!(!b.lines.is_empty(), "the suggestions drafted something");
    // Each line of the draft now comes in, on both engines.
    let (after_file, after) = (incoming(&sqlite), incoming(&pg));
    for l in &b.lines {
        assert_eq!(after[&l.sku] - before[&l.sku], l.ordered, "{}", l.sku);
        assert_eq!(
            after_file[&l.sku] - before_file[&l.sku],
            l.ordered,
            "{}",
            l.sku
        );
    }
    let reorder = |s: &stockroom_core::Stockroom| {
        json(
            &s.report(&ReportName::Reorder, &ReportRange::default())
                .unwrap(),
        )
    };
    assert_eq!(reorder(&sqlite), reorder(&pg));
}
