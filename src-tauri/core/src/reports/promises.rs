//! Promises kept: of the backordered lines finished in a range, how many shipped by the
//! first promise given, and how late the others were; overall and per supplier.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::chart;
use super::store::FinishedLine;
use super::table::{ratio, Cell, Col, Piece, Section};

pub fn definitions() -> Vec<crate::i18n::Msg> {
    vec![
        crate::msg!("def-promises-lines"),
        crate::msg!("def-promises-first"),
        crate::msg!("def-promises-kept"),
        crate::msg!("def-promises-late"),
        crate::msg!("def-promises-supplier"),
    ]
}

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
    }
}

fn figure_row(first: Cell, f: &PromiseFigures) -> Vec<Cell> {
    vec![
        first,
        Cell::Int(f.lines),
        Cell::Int(f.kept),
        Cell::Int(f.late),
        Cell::Int(f.no_date_given),
        Cell::Ratio(f.share_kept),
        Cell::Num(f.average_days_late),
    ]
}

impl PromisesReport {
    pub fn pieces(&self, w: &crate::i18n::ShopWords) -> Vec<Piece> {
        let loc = w.figures();
        let t = |m: crate::i18n::Msg| w.say(&m);
        let _ = loc;
        let cols = |first: (&'static str, String)| {
            vec![
                Col::left(first.0, first.1, 2.6),
                Col::right("lines", t(crate::msg!("col-lines")), 0.8),
                Col::right("kept", t(crate::msg!("col-kept")), 0.8),
                Col::right("late", t(crate::msg!("col-late")), 0.8),
                Col::right("no_date_given", t(crate::msg!("col-no-date")), 0.9),
                Col::right("share_kept", t(crate::msg!("col-share-kept")), 1.1),
                Col::right(
                    "average_days_late",
                    t(crate::msg!("col-avg-days-late")),
                    1.2,
                ),
            ]
        };
        let mut out = Vec::new();
        if self.figures.lines == 0 {
            out.push(Piece::Note(t(crate::msg!("promises-none-finished"))));
        }
        if !self.by_supplier.is_empty() {
            let labels: Vec<String> = self
                .by_supplier
                .iter()
                .map(|s| Cell::name(w, &s.supplier).display(loc))
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
                    Some(r) => t(crate::msg!(
                        "promises-bar",
                        share = format!("{:.0}", r * 100.0),
                        of = s.figures.with_promise
                    )),
                    None => t(crate::msg!("promises-no-dated-line")),
                })
                .collect();
            out.push(Piece::Chart {
                caption: t(crate::msg!("chart-share-of-promises-kept-by-supplier")),
                drawing: chart::hbars(&labels, &values, &texts, Some(100.0)),
            });
        }
        out.push(Piece::Table(Section {
            key: "summary",
            title: t(crate::msg!("section-all-backordered-lines-finished-in-the")),
            cols: cols(("scope", t(crate::msg!("col-scope")))),
            rows: vec![figure_row(
                Cell::word(w, crate::msg!("all-suppliers")),
                &self.figures,
            )],
            total: None,
            empty: String::new(),
        }));
        out.push(Piece::Table(Section {
            key: "by_supplier",
            title: t(crate::msg!("section-by-supplier")),
            cols: cols(("supplier", t(crate::msg!("col-supplier")))),
            rows: self
                .by_supplier
                .iter()
                .map(|s| figure_row(Cell::name(w, &s.supplier), &s.figures))
                .collect(),
            total: None,
            empty: t(crate::msg!("empty-none")),
        }));
        out.push(Piece::Table(Section {
            key: "lines",
            title: t(crate::msg!("section-lines")),
            cols: vec![
                Col::left("order", t(crate::msg!("col-order")), 1.2),
                Col::left("sku", t(crate::msg!("col-sku")), 1.3),
                Col::left("supplier", t(crate::msg!("col-supplier")), 1.8),
                Col::right("first_promise", t(crate::msg!("col-first-promise")), 1.4),
                Col::right("shipped_on", t(crate::msg!("col-shipped")), 1.4),
                Col::right("days_late", t(crate::msg!("col-days-late")), 1.0),
            ],
            rows: self
                .lines
                .iter()
                .map(|l| {
                    vec![
                        Cell::text(&l.order),
                        Cell::text(&l.sku),
                        Cell::name(w, &l.supplier),
                        Cell::Date(l.first_promise),
                        Cell::Date(Some(l.shipped_on)),
                        l.days_late
                            .map(Cell::Int)
                            .unwrap_or(Cell::Text(String::new())),
                    ]
                })
                .collect(),
            total: None,
            empty: t(crate::msg!("empty-none")),
        }));
        out
    }
}
