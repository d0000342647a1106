//! Fill rate and backorder rate of the orders placed in a range, with a weekly chart.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::chart::{self, Series};
use super::store::{Fill, FillRateLine};
use super::table::{ratio, Cell, Col, Piece, Section};

pub fn definitions() -> Vec<crate::i18n::Msg> {
    vec![
        crate::msg!("def-fill-orders"),
        crate::msg!("def-fill-first-shipment"),
        crate::msg!("def-fill-unit-rate"),
        crate::msg!("def-fill-line-rate"),
        crate::msg!("def-fill-order-rate"),
        crate::msg!("def-fill-backorder-rate"),
        crate::msg!("def-fill-average-wait"),
        crate::msg!("def-fill-weeks"),
    ]
}

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
    pub fn pieces(&self, w: &crate::i18n::ShopWords) -> Vec<Piece> {
        let loc = w.figures();
        let t = |m: crate::i18n::Msg| w.say(&m);
        let f = &self.figures;
        let row = |measure: crate::i18n::Msg, num: i64, den: i64, value: Option<f64>| {
            vec![
                Cell::word(w, measure),
                Cell::Int(num),
                Cell::Int(den),
                Cell::Ratio(value),
            ]
        };
        let summary = Section {
            key: "summary",
            title: t(crate::msg!("section-rates-over-the-range")),
            cols: vec![
                Col::left("measure", t(crate::msg!("col-measure")), 3.0),
                Col::right("numerator", t(crate::msg!("col-of-which")), 1.3),
                Col::right("denominator", t(crate::msg!("col-out-of")), 1.3),
                Col::right("rate", t(crate::msg!("col-rate")), 1.2),
            ],
            rows: vec![
                row(
                    crate::msg!("measure-unit-fill"),
                    f.units_on_first_shipment,
                    f.units_ordered,
                    f.unit_fill_rate,
                ),
                row(
                    crate::msg!("measure-line-fill"),
                    f.lines_filled_first_time,
                    f.lines,
                    f.line_fill_rate,
                ),
                row(
                    crate::msg!("measure-order-fill"),
                    f.orders_complete_first_time,
                    f.orders,
                    f.order_fill_rate,
                ),
                row(
                    crate::msg!("measure-backorder-rate"),
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
            title: t(crate::msg!("section-waiting")),
            cols: vec![
                Col::left("measure", t(crate::msg!("col-measure")), 3.0),
                Col::right("units", t(crate::msg!("col-units")), 1.3),
                Col::right("average_days", t(crate::msg!("col-average-days")), 1.3),
            ],
            rows: vec![vec![
                Cell::word(w, crate::msg!("measure-filled-units")),
                Cell::Int(self.filled_units),
                Cell::Num(self.average_wait_days),
            ]],
            total: None,
            empty: String::new(),
        };
        let weekly = Section {
            key: "weeks",
            title: t(crate::msg!("section-by-week-orders-placed-that-week")),
            cols: vec![
                Col::left("from", t(crate::msg!("col-week-from")), 1.4),
                Col::left("to", t(crate::msg!("col-to")), 1.4),
                Col::right("orders", t(crate::msg!("col-orders")), 0.9),
                Col::right("units_ordered", t(crate::msg!("col-units")), 0.9),
                Col::right("unit_fill_rate", t(crate::msg!("col-unit-fill")), 1.0),
                Col::right("line_fill_rate", t(crate::msg!("col-line-fill")), 1.0),
                Col::right("order_fill_rate", t(crate::msg!("col-order-fill")), 1.0),
                Col::right("backorder_rate", t(crate::msg!("col-backorder")), 1.3),
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
                name: t(crate::msg!("series-unit-fill")),
                points: self
                    .weeks
                    .iter()
                    .map(|w| w.figures.unit_fill_rate)
                    .collect(),
            },
            Series {
                name: t(crate::msg!("series-order-fill")),
                points: self
                    .weeks
                    .iter()
                    .map(|w| w.figures.order_fill_rate)
                    .collect(),
            },
            Series {
                name: t(crate::msg!("series-backorder-rate")),
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
            &t(crate::msg!("axis-week-starting")),
            &|v| format!("{:.0}%", v * 100.0),
            220.0,
        );
        let mut out = Vec::new();
        if f.orders == 0 {
            out.push(Piece::Note(t(crate::msg!("fill-no-orders"))));
        }
        out.push(Piece::Table(summary));
        out.push(Piece::Table(wait));
        out.push(Piece::Chart {
            caption: t(crate::msg!("chart-weekly-rates")),
            drawing,
        });
        out.push(Piece::Table(weekly));
        out
    }
}
