//! Promises kept: of the backordered lines finished in a range, how many shipped by the
//! first promise given, and how late the others were; overall and per supplier.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::chart;
use super::store::FinishedLine;
use super::table::{ratio, Cell, Col, Piece, Section};

pub const DEFINITIONS: &[&str] = &[
    "Lines counted: order lines that waited for stock and were given stock from the queue (at least one fill), have nothing left allocated or waiting, and whose last unit shipped on a day of the range. A line whose waiting units were all cancelled, with no fill, is not counted: no promise of it was put to the test.",
    "First promise: the first dated promise (ETA) the line was given; a line never given a date is counted under \"no date given\" and left out of the share.",
    "Kept: the line's last shipment was on or before its first promise. Share kept = kept lines ÷ lines with a first promise.",
    "Days late of a late line = day of its last shipment - its first promise. Average days late = Σ days late ÷ late lines (late lines only).",
    "Supplier: the product's supplier as set today; products without one are under \"(no supplier)\".",
    super::calibration::DEFINITIONS[0],
];

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PromiseFigures {
    pub lines: i64,
    pub with_promise: i64,
    pub no_date_given: i64,
    pub kept: i64,
    pub late: i64,
    pub share_kept: Option<f64>,
    pub total_days_late: i64,
    pub average_days_late: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SupplierPromises {
    pub supplier: String,
    #[serde(flatten)]
    pub figures: PromiseFigures,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PromiseLine {
    pub order: String,
    pub sku: String,
    pub supplier: String,
    pub first_promise: Option<NaiveDate>,
    pub shipped_on: NaiveDate,
    /// None when no date was given; 0 when kept.
    pub days_late: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PromisesReport {
    #[serde(flatten)]
    pub figures: PromiseFigures,
    pub by_supplier: Vec<SupplierPromises>,
    pub lines: Vec<PromiseLine>,
    /// Issue 20: kept / late / early against the likely arrival, overall and per supplier.
    pub calibration: Vec<super::calibration::Calibration>,
}

fn figures<'a>(lines: impl IntoIterator<Item = &'a PromiseLine>) -> PromiseFigures {
    let (mut n, mut with, mut kept, mut late, mut days) = (0, 0, 0, 0, 0);
    for l in lines {
        n += 1;
        if let Some(d) = l.days_late {
            with += 1;
            if d == 0 {
                kept += 1;
            } else {
                late += 1;
                days += d;
            }
        }
    }
    PromiseFigures {
        lines: n,
        with_promise: with,
        no_date_given: n - with,
        kept,
        late,
        share_kept: ratio(kept, with),
        total_days_late: days,
        average_days_late: (late > 0).then(|| days as f64 / late as f64),
    }
}

pub fn build(rows: &[FinishedLine], _from: NaiveDate, _to: NaiveDate) -> PromisesReport {
    let lines: Vec<PromiseLine> = rows
        .iter()
        .map(|r| PromiseLine {
            order: r.order.clone(),
            sku: r.sku.clone(),
            supplier: r
                .supplier
                .clone()
                .unwrap_or_else(|| super::reorder::NO_SUPPLIER.to_string()),
            first_promise: r.first_eta,
            shipped_on: r.last_shipped,
            days_late: r.first_eta.map(|p| (r.last_shipped - p).num_days().max(0)),
        })
        .collect();
    let mut by: BTreeMap<String, Vec<&PromiseLine>> = BTreeMap::new();
    for l in &lines {
        by.entry(l.supplier.clone()).or_default().push(l);
    }
    PromisesReport {
        figures: figures(&lines),
        by_supplier: by
            .into_iter()
            .map(|(s, ls)| SupplierPromises {
                supplier: s,
                figures: figures(ls),
            })
            .collect(),
        lines,
        calibration: Vec::new(),
    }
}

fn figure_row(name: &str, f: &PromiseFigures) -> Vec<Cell> {
    vec![
        Cell::text(name),
        Cell::Int(f.lines),
        Cell::Int(f.kept),
        Cell::Int(f.late),
        Cell::Int(f.no_date_given),
        Cell::Ratio(f.share_kept),
        Cell::Num(f.average_days_late),
    ]
}

impl PromisesReport {
    pub fn pieces(&self, loc: &crate::i18n::Locale) -> Vec<Piece> {
        let _ = loc;
        let cols = |first: (&'static str, &'static str)| {
            vec![
                Col::left(first.0, first.1, 2.6),
                Col::right("lines", "Lines", 0.8),
                Col::right("kept", "Kept", 0.8),
                Col::right("late", "Late", 0.8),
                Col::right("no_date_given", "No date", 0.9),
                Col::right("share_kept", "Share kept", 1.1),
                Col::right("average_days_late", "Avg days late", 1.2),
            ]
        };
        let mut out = Vec::new();
        if self.figures.lines == 0 {
            out.push(Piece::Note(
                "No backordered line finished shipping in this range.".into(),
            ));
        }
        if !self.by_supplier.is_empty() {
            let labels: Vec<String> = self
                .by_supplier
                .iter()
                .map(|s| s.supplier.clone())
                .collect();
            let values: Vec<f64> = self
                .by_supplier
                .iter()
                .map(|s| s.figures.share_kept.unwrap_or(0.0) * 100.0)
                .collect();
            let texts: Vec<String> = self
                .by_supplier
                .iter()
                .map(|s| match s.figures.share_kept {
                    Some(r) => format!("{:.0}% of {}", r * 100.0, s.figures.with_promise),
                    None => "no dated line".into(),
                })
                .collect();
            out.push(Piece::Chart {
                caption: "Share of promises kept, by supplier".into(),
                drawing: chart::hbars(&labels, &values, &texts, Some(100.0)),
            });
        }
        out.push(Piece::Table(Section {
            key: "summary",
            title: "All backordered lines finished in the range".into(),
            cols: cols(("scope", "Scope")),
            rows: vec![figure_row("All suppliers", &self.figures)],
            total: None,
            empty: String::new(),
        }));
        out.push(Piece::Table(Section {
            key: "by_supplier",
            title: "By supplier".into(),
            cols: cols(("supplier", "Supplier")),
            rows: self
                .by_supplier
                .iter()
                .map(|s| figure_row(&s.supplier, &s.figures))
                .collect(),
            total: None,
            empty: "None.".into(),
        }));
        if !self.calibration.is_empty() {
            out.push(super::calibration::piece(&self.calibration));
        }
        out.push(Piece::Table(Section {
            key: "lines",
            title: "Lines".into(),
            cols: vec![
                Col::left("order", "Order", 1.2),
                Col::left("sku", "SKU", 1.3),
                Col::left("supplier", "Supplier", 1.8),
                Col::right("first_promise", "First promise", 1.4),
                Col::right("shipped_on", "Shipped", 1.4),
                Col::right("days_late", "Days late", 1.0),
            ],
            rows: self
                .lines
                .iter()
                .map(|l| {
                    vec![
                        Cell::text(&l.order),
                        Cell::text(&l.sku),
                        Cell::text(&l.supplier),
                        Cell::Date(l.first_promise),
                        Cell::Date(Some(l.shipped_on)),
                        l.days_late
                            .map(Cell::Int)
                            .unwrap_or(Cell::Text(String::new())),
                    ]
                })
                .collect(),
            total: None,
            empty: "None.".into(),
        }));
        out
    }
}
