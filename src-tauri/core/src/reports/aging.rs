//! Backorder aging: waiting lines and their value by how long they have waited.

use chrono::NaiveDate;
use serde::Serialize;

use super::chart;
use super::store::WaitingLine;
use super::table::{Cell, Col, Piece, Section};

pub fn definitions() -> Vec<crate::i18n::Msg> {
    vec![
        crate::msg!("def-aging-waiting-line"),
        crate::msg!("def-aging-age"),
        crate::msg!("def-aging-buckets"),
        crate::msg!("def-aging-units"),
    ]
}

/// (label, lowest age, highest age) of each bucket; the last is open-ended.
pub const BUCKETS: [(&str, i64, i64); 4] = [
    ("0–7 days", 0, 7),
    ("8–14 days", 8, 14),
    ("15–30 days", 15, 30),
    ("31+ days", 31, i64::MAX),
];

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgingBucket {
    pub bucket: String,
    pub min_days: i64,
    /// None for the open-ended last bucket.
    pub max_days: Option<i64>,
    pub lines: i64,
    pub units: i64,
    #[serde(with = "crate::json::money")]
    pub value: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgingReport {
    pub buckets: Vec<AgingBucket>,
    pub total_lines: i64,
    pub total_units: i64,
    #[serde(with = "crate::json::money")]
    pub total_value: i64,
}

/// The bucket index of an age in days (negative ages, from orders dated after today, count as 0).
pub fn bucket_of(age: i64) -> usize {
    BUCKETS
        .iter()
        .position(|(_, lo, hi)| age.max(0) >= *lo && age.max(0) <= *hi)
        .unwrap_or(BUCKETS.len() - 1)
}

pub fn build(lines: &[WaitingLine], today: NaiveDate) -> AgingReport {
    let mut buckets: Vec<AgingBucket> = BUCKETS
        .iter()
        .map(|(label, lo, hi)| AgingBucket {
            bucket: label.to_string(),
            min_days: *lo,
            max_days: (*hi != i64::MAX).then_some(*hi),
            lines: 0,
            units: 0,
            value: 0,
        })
        .collect();
    for l in lines {
        let b = &mut buckets[bucket_of((today - l.placed_on).num_days())];
        b.lines += 1;
        b.units += l.backordered;
        b.value += l.backordered * l.unit_price;
    }
    AgingReport {
        total_lines: buckets.iter().map(|b| b.lines).sum(),
        total_units: buckets.iter().map(|b| b.units).sum(),
        total_value: buckets.iter().map(|b| b.value).sum(),
        buckets,
    }
}

impl AgingReport {
    pub fn pieces(&self, w: &crate::i18n::ShopWords) -> Vec<Piece> {
        let loc = w.figures();
        let t = |m: crate::i18n::Msg| w.say(&m);
        let bucket = |b: &AgingBucket| match b.max_days {
            Some(to) => crate::msg!("aging-bucket", from = b.min_days, to = to),
            None => crate::msg!("aging-bucket-open", from = b.min_days),
        };
        let labels: Vec<String> = self.buckets.iter().map(|b| t(bucket(b))).collect();
        let values: Vec<f64> = self
            .buckets
            .iter()
            .map(|b| b.value as f64 / 100.0)
            .collect();
        let texts: Vec<String> = self
            .buckets
            .iter()
            .map(|b| {
                t(crate::msg!(
                    "aging-bar",
                    value = loc.money(b.value),
                    lines = b.lines
                ))
            })
            .collect();
        let cur = loc.currency().to_string();
        let drawing = chart::bars(
            &labels,
            &values,
            &texts,
            &t(crate::msg!("aging-axis-value", currency = cur)),
            &t(crate::msg!("aging-axis-age")),
            &|v| format!("{v:.0}"),
            210.0,
        );
        let section = Section {
            key: "buckets",
            title: t(crate::msg!("section-waiting-lines-by-age")),
            cols: vec![
                Col::left("bucket", t(crate::msg!("col-age")), 2.0),
                Col::right("min_days", t(crate::msg!("col-from-days")), 1.0),
                Col::right("max_days", t(crate::msg!("col-to-days")), 1.0),
                Col::right("lines", t(crate::msg!("col-lines")), 1.0),
                Col::right("units", t(crate::msg!("col-units")), 1.0),
                Col::right("value", t(crate::msg!("col-value")), 1.5),
            ],
            rows: self
                .buckets
                .iter()
                .map(|b| {
                    vec![
                        Cell::word(w, bucket(b)),
                        Cell::Int(b.min_days),
                        b.max_days
                            .map(Cell::Int)
                            .unwrap_or(Cell::Text(String::new())),
                        Cell::Int(b.lines),
                        Cell::Int(b.units),
                        Cell::Money(b.value),
                    ]
                })
                .collect(),
            total: Some(vec![
                Cell::word(w, crate::msg!("total")),
                Cell::text(""),
                Cell::text(""),
                Cell::Int(self.total_lines),
                Cell::Int(self.total_units),
                Cell::Money(self.total_value),
            ]),
            empty: String::new(),
        };
        vec![
            Piece::Chart {
                caption: t(crate::msg!("chart-value-of-waiting-lines-by-age")),
                drawing,
            },
            Piece::Table(section),
        ]
    }
}
