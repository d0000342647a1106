//! Fill rate and backorder rate of the orders placed in a range, with a weekly chart.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::chart::{self, Series};
use super::store::{Fill, FillRateLine};
use super::table::{ratio, Cell, Col, Piece, Section};

pub const DEFINITIONS: &[&str] = &[
    "Orders counted: the orders placed from the first to the last day of the range (inclusive), whatever happened to them since.",
    "First shipment of an order: its earliest shipment (by date, then number). An order not shipped yet has shipped nothing on its first shipment.",
    "Unit fill rate = units on the first shipment ÷ units ordered (ordered units include units cancelled later).",
    "Line fill rate = lines whose every ordered unit left on the order's first shipment ÷ lines.",
    "Order fill rate = orders whose first shipment carried every ordered unit of every line (shipped complete first time) ÷ orders.",
    "Backorder rate = orders with a backordered line ÷ orders; a line counts as backordered if units of it were backordered when placed, wait now, or were given stock from the queue since.",
    "Average wait = Σ (units × days waited) ÷ Σ units, over waiting units given stock from the queue (fills) on a day of the range; days waited = day given stock - day the order was placed.",
    "Weeks are 7-day periods starting on the first day of the range; the last may be shorter. A week without orders has no rate (a gap in the chart).",
];

/// The fill figures of a set of order lines, with numerators and denominators so each rate
/// can be checked by hand.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FillFigures {
    pub orders: i64,
    pub lines: i64,
    pub units_ordered: i64,
    pub units_on_first_shipment: i64,
    pub lines_filled_first_time: i64,
    pub orders_complete_first_time: i64,
    pub orders_with_backorder: i64,
    /// None when there are no orders.
    pub unit_fill_rate: Option<f64>,
    pub line_fill_rate: Option<f64>,
    pub order_fill_rate: Option<f64>,
    pub backorder_rate: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FillWeek {
    pub from: NaiveDate,
    pub to: NaiveDate,
    #[serde(flatten)]
    pub figures: FillFigures,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FillRateReport {
    #[serde(flatten)]
    pub figures: FillFigures,
    /// Waiting units given stock in the range, and the unit-weighted average days they waited.
    pub filled_units: i64,
    pub average_wait_days: Option<f64>,
    pub weeks: Vec<FillWeek>,
}

pub fn figures<'a>(lines: impl IntoIterator<Item = &'a FillRateLine>) -> FillFigures {
    // Per order: (complete first time so far, backordered).
    let mut orders: BTreeMap<i64, (bool, bool)> = BTreeMap::new();
    let (mut n_lines, mut ordered, mut first, mut lines_full) = (0, 0, 0, 0);
    for l in lines {
        n_lines += 1;
        ordered += l.ordered;
        first += l.first_shipment;
        let full = l.first_shipment >= l.ordered;
        lines_full += full as i64;
        let o = orders.entry(l.order_id).or_insert((true, false));
        o.0 &= full;
        o.1 |= l.backordered_ever;
    }
    let n_orders = orders.len() as i64;
    let complete = orders.values().filter(|o| o.0).count() as i64;
    let backordered = orders.values().filter(|o| o.1).count() as i64;
    FillFigures {
        orders: n_orders,
        lines: n_lines,
        units_ordered: ordered,
        units_on_first_shipment: first,
        lines_filled_first_time: lines_full,
        orders_complete_first_time: complete,
        orders_with_backorder: backordered,
        unit_fill_rate: ratio(first, ordered),
        line_fill_rate: ratio(lines_full, n_lines),
        order_fill_rate: ratio(complete, n_orders),
        backorder_rate: ratio(backordered, n_orders),
    }
}

/// The 7-day weeks of `from..=to`: (first day, last day).
pub fn weeks(from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    let mut out = Vec::new();
    let mut start = from;
    while start <= to {
        let end = start.checked_add_days(Days::new(6)).unwrap_or(to).min(to);
        out.push((start, end));
        match end.checked_add_days(Days::new(1)) {
            Some(n) => start = n,
            None => break,
        }
    }
    out
}

pub fn build(
    lines: &[FillRateLine],
    fills: &[Fill],
    from: NaiveDate,
    to: NaiveDate,
) -> FillRateReport {
    let filled_units: i64 = fills.iter().map(|f| f.qty).sum();
    let waited: i64 = fills
        .iter()
        .map(|f| f.qty * (f.on_date - f.placed_on).num_days())
        .sum();
    let weeks = weeks(from, to)
        .into_iter()
        .map(|(a, b)| FillWeek {
            from: a,
            to: b,
            figures: figures(
                lines
                    .iter()
                    .filter(|l| l.placed_on >= a && l.placed_on <= b),
            ),
        })
        .collect();
    FillRateReport {
        figures: figures(lines),
        filled_units,
        average_wait_days: (filled_units > 0).then(|| waited as f64 / filled_units as f64),
        weeks,
    }
}

impl FillRateReport {
    pub fn pieces(&self, loc: &crate::i18n::Locale) -> Vec<Piece> {
        let f = &self.figures;
        let row = |measure: &str, num: i64, den: i64, value: Option<f64>| {
            vec![
                Cell::text(measure),
                Cell::Int(num),
                Cell::Int(den),
                Cell::Ratio(value),
            ]
        };
        let summary = Section {
            key: "summary",
            title: "Rates over the range".into(),
            cols: vec![
                Col::left("measure", "Measure", 3.0),
                Col::right("numerator", "Of which", 1.3),
                Col::right("denominator", "Out of", 1.3),
                Col::right("rate", "Rate", 1.2),
            ],
            rows: vec![
                row(
                    "Unit fill rate (units)",
                    f.units_on_first_shipment,
                    f.units_ordered,
                    f.unit_fill_rate,
                ),
                row(
                    "Line fill rate (lines)",
                    f.lines_filled_first_time,
                    f.lines,
                    f.line_fill_rate,
                ),
                row(
                    "Order fill rate (orders)",
                    f.orders_complete_first_time,
                    f.orders,
                    f.order_fill_rate,
                ),
                row(
                    "Backorder rate (orders)",
                    f.orders_with_backorder,
                    f.orders,
                    f.backorder_rate,
                ),
            ],
            total: None,
            empty: String::new(),
        };
        let wait = Section {
            key: "wait",
            title: "Waiting".into(),
            cols: vec![
                Col::left("measure", "Measure", 3.0),
                Col::right("units", "Units", 1.3),
                Col::right("average_days", "Average days", 1.3),
            ],
            rows: vec![vec![
                Cell::text("Backordered units given stock in the range"),
                Cell::Int(self.filled_units),
                Cell::Num(self.average_wait_days),
            ]],
            total: None,
            empty: String::new(),
        };
        let weekly = Section {
            key: "weeks",
            title: "By week (orders placed that week)".into(),
            cols: vec![
                Col::left("from", "Week from", 1.4),
                Col::left("to", "to", 1.4),
                Col::right("orders", "Orders", 0.9),
                Col::right("units_ordered", "Units", 0.9),
                Col::right("unit_fill_rate", "Unit fill", 1.0),
                Col::right("line_fill_rate", "Line fill", 1.0),
                Col::right("order_fill_rate", "Order fill", 1.0),
                Col::right("backorder_rate", "Backorder", 1.3),
            ],
            rows: self
                .weeks
                .iter()
                .map(|w| {
                    vec![
                        Cell::Date(Some(w.from)),
                        Cell::Date(Some(w.to)),
                        Cell::Int(w.figures.orders),
                        Cell::Int(w.figures.units_ordered),
                        Cell::Ratio(w.figures.unit_fill_rate),
                        Cell::Ratio(w.figures.line_fill_rate),
                        Cell::Ratio(w.figures.order_fill_rate),
                        Cell::Ratio(w.figures.backorder_rate),
                    ]
                })
                .collect(),
            total: None,
            empty: String::new(),
        };
        let labels: Vec<String> = self.weeks.iter().map(|w| loc.day_month(w.from)).collect();
        let series = vec![
            Series {
                name: "Unit fill rate".into(),
                points: self
                    .weeks
                    .iter()
                    .map(|w| w.figures.unit_fill_rate)
                    .collect(),
            },
            Series {
                name: "Order fill rate".into(),
                points: self
                    .weeks
                    .iter()
                    .map(|w| w.figures.order_fill_rate)
                    .collect(),
            },
            Series {
                name: "Backorder rate".into(),
                points: self
                    .weeks
                    .iter()
                    .map(|w| w.figures.backorder_rate)
                    .collect(),
            },
        ];
        let drawing = chart::lines(
            &labels,
            &series,
            Some(1.0),
            "",
            "Week starting",
            &|v| format!("{:.0}%", v * 100.0),
            220.0,
        );
        let mut out = Vec::new();
        if f.orders == 0 {
            out.push(Piece::Note(
                "No orders were placed in this range: the rates are undefined (—).".into(),
            ));
        }
        out.push(Piece::Table(summary));
        out.push(Piece::Table(wait));
        out.push(Piece::Chart {
            caption: "Weekly rates".into(),
            drawing,
        });
        out.push(Piece::Table(weekly));
        out
    }
}
