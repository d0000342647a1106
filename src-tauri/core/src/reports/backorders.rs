//! Open backorders: what customers wait for today, by product and by customer.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::store::WaitingLine;
use super::table::{Cell, Col, Piece, Section};
use crate::words::plural;

pub const DEFINITIONS: &[&str] = &[
    "A waiting line is an order line with units on backorder (backordered > 0) today; units are its backordered units.",
    "Value = waiting units × the unit price on the order line (what the customer will pay, before any backorder incentive).",
    "Age of a line = today - the day its order was placed, in days; oldest = the largest age.",
    "Promise = the latest current promise (ETA) among the lines, i.e. when the last of them should ship; \"to be confirmed\" when any line has no date.",
    "Queue length (by product) = number of waiting lines for the product; lines (by customer) = number of the customer's waiting lines.",
];

/// One row of the "by product" or "by customer" table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BackorderGroup {
    /// SKU, or the customer's name.
    pub key: String,
    /// Product name, or the customer's id as text.
    pub label: String,
    pub lines: i64,
    pub units: i64,
    #[serde(with = "crate::json::money")]
    pub value: i64,
    pub oldest_age_days: i64,
    /// Latest ETA of the lines; None when some line has no date (to be confirmed).
    pub promise: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BackorderTotals {
    pub lines: i64,
    pub units: i64,
    #[serde(with = "crate::json::money")]
    pub value: i64,
    pub oldest_age_days: Option<i64>,
    pub products: i64,
    pub customers: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BackordersReport {
    pub by_product: Vec<BackorderGroup>,
    pub by_customer: Vec<BackorderGroup>,
    pub totals: BackorderTotals,
}

fn group<'a>(
    lines: impl Iterator<Item = (&'a WaitingLine, String, String)>,
    today: NaiveDate,
) -> Vec<BackorderGroup> {
    let mut map: BTreeMap<String, (BackorderGroup, bool)> = BTreeMap::new();
    for (l, key, label) in lines {
        let age = (today - l.placed_on).num_days();
        let e = map.entry(key.clone()).or_insert_with(|| {
            (
                BackorderGroup {
                    key,
                    label,
                    lines: 0,
                    units: 0,
                    value: 0,
                    oldest_age_days: age,
                    promise: None,
                },
                false,
            )
        });
        e.0.lines += 1;
        e.0.units += l.backordered;
        e.0.value += l.backordered * l.unit_price;
        e.0.oldest_age_days = e.0.oldest_age_days.max(age);
        match l.eta {
            None => e.1 = true,
            Some(d) => e.0.promise = Some(e.0.promise.map_or(d, |p| p.max(d))),
        }
    }
    map.into_values()
        .map(|(mut g, undated)| {
            if undated {
                g.promise = None;
            }
            g
        })
        .collect()
}

pub fn build(lines: &[WaitingLine], today: NaiveDate) -> BackordersReport {
    let by_product = group(
        lines.iter().map(|l| (l, l.sku.clone(), l.product.clone())),
        today,
    );
    // Customers by name, but two customers of one name stay apart (keyed by id underneath).
    let mut by_customer = group(
        lines.iter().map(|l| {
            (
                l,
                format!("{}\u{0}{:012}", l.customer, l.customer_id),
                l.customer_id.to_string(),
            )
        }),
        today,
    );
    for g in &mut by_customer {
        g.key = g.key.split('\u{0}').next().unwrap_or_default().to_string();
    }
    // Biggest waits first: by value, then units.
    let mut by_customer = by_customer;
    by_customer.sort_by(|a, b| {
        b.value
            .cmp(&a.value)
            .then(b.units.cmp(&a.units))
            .then(a.key.cmp(&b.key))
    });
    let totals = BackorderTotals {
        lines: lines.len() as i64,
        units: lines.iter().map(|l| l.backordered).sum(),
        value: lines.iter().map(|l| l.backordered * l.unit_price).sum(),
        oldest_age_days: lines.iter().map(|l| (today - l.placed_on).num_days()).max(),
        products: by_product.len() as i64,
        customers: by_customer.len() as i64,
    };
    BackordersReport {
        by_product,
        by_customer,
        totals,
    }
}

fn promise_cell(p: Option<NaiveDate>, lines: i64) -> Cell {
    match p {
        Some(_) => Cell::Date(p),
        None if lines > 0 => Cell::text("to be confirmed"),
        None => Cell::Date(None),
    }
}

/// One table row per group: the same columns by product (SKU, name) and by customer (name, id).
fn group_rows(groups: &[BackorderGroup]) -> Vec<Vec<Cell>> {
    groups
        .iter()
        .map(|g| {
            vec![
                Cell::text(&g.key),
                Cell::text(&g.label),
                Cell::Int(g.lines),
                Cell::Int(g.units),
                Cell::Money(g.value),
                Cell::Int(g.oldest_age_days),
                promise_cell(g.promise, g.lines),
            ]
        })
        .collect()
}

impl BackordersReport {
    pub fn pieces(&self, loc: &crate::i18n::Locale) -> Vec<Piece> {
        let _ = loc;
        let t = &self.totals;
        let total = |first: &str| {
            Some(vec![
                Cell::text(first),
                Cell::text(""),
                Cell::Int(t.lines),
                Cell::Int(t.units),
                Cell::Money(t.value),
                t.oldest_age_days
                    .map(Cell::Int)
                    .unwrap_or(Cell::Text(String::new())),
                Cell::text(""),
            ])
        };
        let by_product = Section {
            key: "by_product",
            title: "By product".into(),
            cols: vec![
                Col::left("sku", "SKU", 1.7),
                Col::left("product", "Product", 2.4),
                Col::right("queue_length", "Queue", 0.8),
                Col::right("units", "Units", 0.8),
                Col::right("value", "Value", 1.3),
                Col::right("oldest_age_days", "Oldest (days)", 1.1),
                Col::right("promise", "Promise", 1.5),
            ],
            rows: group_rows(&self.by_product),
            total: total("Total"),
            empty: "Nobody is waiting: there are no open backorders.".into(),
        };
        let by_customer = Section {
            key: "by_customer",
            title: "By customer".into(),
            cols: vec![
                Col::left("customer", "Customer", 2.6),
                Col::left("customer_id", "Id", 0.7),
                Col::right("lines", "Lines", 0.8),
                Col::right("units", "Units", 0.8),
                Col::right("value", "Value", 1.3),
                Col::right("oldest_age_days", "Oldest (days)", 1.1),
                Col::right("promise", "Promise", 1.5),
            ],
            rows: group_rows(&self.by_customer),
            total: total("Total"),
            empty: "Nobody is waiting: there are no open backorders.".into(),
        };
        vec![
            Piece::Note(format!(
                "{}: {} for {} across {}.",
                plural(t.lines, "waiting line"),
                plural(t.units, "unit"),
                plural(t.customers, "customer"),
                plural(t.products, "product")
            )),
            Piece::Table(by_product),
            Piece::Table(by_customer),
        ]
    }
}
