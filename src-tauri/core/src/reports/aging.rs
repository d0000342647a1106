//! Backorder aging: waiting lines and their value by how long they have waited.

use chrono::NaiveDate;
use serde::Serialize;

use super::chart;
use super::store::WaitingLine;
use super::table::{Cell, Col, Piece, Section};

pub const DEFINITIONS: &[&str] = &[
    "A waiting line is an order line with units on backorder (backordered > 0) today.",
    "Age of a line = today - the day its order was placed, in whole days (an order placed today is 0 days old).",
    "Buckets: 0–7, 8–14, 15–30 and 31+ days of age; each line falls in exactly one.",
    "Units = waiting units of the lines; value = waiting units × the unit price on the order line.",
];

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
    pub fn pieces(&self, loc: &crate::i18n::Locale) -> Vec<Piece> {
        let labels: Vec<String> = self.buckets.iter().map(|b| b.bucket.clone()).collect();
        let values: Vec<f64> = self
            .buckets
            .iter()
            .map(|b| b.value as f64 / 100.0)
            .collect();
        let texts: Vec<String> = self
            .buckets
            .iter()
            .map(|b| {
                format!(
                    "{} · {} line{}",
                    loc.money(b.value),
                    b.lines,
                    if b.lines == 1 { "" } else { "s" }
                )
            })
            .collect();
        let cur = loc.currency().to_string();
        let drawing = chart::bars(
            &labels,
            &values,
            &texts,
            &format!("Value waiting ({cur})"),
            "Age of the waiting line",
            &|v| format!("{v:.0}"),
            210.0,
        );
        let section = Section {
            key: "buckets",
            title: "Waiting lines by age".into(),
            cols: vec![
                Col::left("bucket", "Age", 2.0),
                Col::right("min_days", "From (days)", 1.0),
                Col::right("max_days", "To (days)", 1.0),
                Col::right("lines", "Lines", 1.0),
                Col::right("units", "Units", 1.0),
                Col::right("value", "Value", 1.5),
            ],
            rows: self
                .buckets
                .iter()
                .map(|b| {
                    vec![
                        Cell::text(&b.bucket),
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
                Cell::text("Total"),
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
                caption: "Value of waiting lines by age".into(),
                drawing,
            },
            Piece::Table(section),
        ]
    }
}
