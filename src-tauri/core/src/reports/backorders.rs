//! Open backorders: what customers wait for today, by product and by customer.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::store::WaitingLine;
use super::table::{Cell, Col, Piece, Section};

pub fn definitions() -> Vec<crate::i18n::Msg> {
    vec![
        crate::msg!("def-backorders-waiting-line"),
        crate::msg!("def-backorders-value"),
        crate::msg!("def-backorders-age"),
        crate::msg!("def-backorders-promise"),
        crate::msg!("def-backorders-queue"),
    ]
}

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

fn promise_cell(p: Option<NaiveDate>, lines: i64, w: &crate::i18n::ShopWords) -> Cell {
    match p {
        Some(_) => Cell::Date(p),
        None if lines > 0 => Cell::word(w, crate::msg!("to-be-confirmed")),
        None => Cell::Date(None),
    }
}

/// One table row per group: the same columns by product (SKU, name) and by customer (name, id).
fn group_rows(groups: &[BackorderGroup], w: &crate::i18n::ShopWords) -> Vec<Vec<Cell>> {
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
                promise_cell(g.promise, g.lines, w),
            ]
        })
        .collect()
}

impl BackordersReport {
    pub fn pieces(&self, w: &crate::i18n::ShopWords) -> Vec<Piece> {
        let loc = w.figures();
        let t = |m: crate::i18n::Msg| w.say(&m);
        let _ = loc;
        let tot = &self.totals;
        let total = || {
            Some(vec![
                Cell::word(w, crate::msg!("total")),
                Cell::text(""),
                Cell::Int(tot.lines),
                Cell::Int(tot.units),
                Cell::Money(tot.value),
                tot.oldest_age_days
                    .map(Cell::Int)
                    .unwrap_or(Cell::Text(String::new())),
                Cell::text(""),
            ])
        };
        let by_product = Section {
            key: "by_product",
            title: t(crate::msg!("section-by-product")),
            cols: vec![
                Col::left("sku", t(crate::msg!("col-sku")), 1.7),
                Col::left("product", t(crate::msg!("col-product")), 2.4),
                Col::right("queue_length", t(crate::msg!("col-queue")), 0.8),
                Col::right("units", t(crate::msg!("col-units")), 0.8),
                Col::right("value", t(crate::msg!("col-value")), 1.3),
                Col::right("oldest_age_days", t(crate::msg!("col-oldest-days")), 1.1),
                Col::right("promise", t(crate::msg!("col-promise")), 1.5),
            ],
            rows: group_rows(&self.by_product, w),
            total: total(),
            empty: t(crate::msg!("empty-nobody-is-waiting-there-are-no")),
        };
        let by_customer = Section {
            key: "by_customer",
            title: t(crate::msg!("section-by-customer")),
            cols: vec![
                Col::left("customer", t(crate::msg!("col-customer")), 2.6),
                Col::left("customer_id", t(crate::msg!("col-id")), 0.7),
                Col::right("lines", t(crate::msg!("col-lines")), 0.8),
                Col::right("units", t(crate::msg!("col-units")), 0.8),
                Col::right("value", t(crate::msg!("col-value")), 1.3),
                Col::right("oldest_age_days", t(crate::msg!("col-oldest-days")), 1.1),
                Col::right("promise", t(crate::msg!("col-promise")), 1.5),
            ],
            rows: group_rows(&self.by_customer, w),
            total: total(),
            empty: t(crate::msg!("empty-nobody-is-waiting-there-are-no")),
        };
        vec![
            Piece::Note(w.say(&crate::msg!(
                "backorders-note",
                lines = tot.lines,
                units = tot.units,
                customers = tot.customers,
                products = tot.products
            ))),
            Piece::Table(by_product),
            Piece::Table(by_customer),
        ]
    }
}
