//! Stock valuation at current cost, per product and per category.

use std::collections::BTreeMap;

use serde::Serialize;

use super::chart;
use super::store::ValuationRow;
use super::table::{Cell, Col, Piece, Section};

/// The valuation method, named on the report.
pub const METHOD: &str = "current cost";

pub fn definitions() -> Vec<crate::i18n::Msg> {
    vec![
        crate::msg!("def-valuation-method"),
        crate::msg!("def-valuation-units"),
        crate::msg!("def-valuation-left-out"),
        crate::msg!("def-valuation-category"),
    ]
}

pub use super::table::NO_CATEGORY;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValuedProduct {
    pub sku: String,
    pub name: String,
    pub category: String,
    pub on_hand: i64,
    #[serde(with = "crate::json::money")]
    pub unit_cost: i64,
    #[serde(with = "crate::json::money")]
    pub value: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValuedCategory {
    pub category: String,
    pub products: i64,
    pub on_hand: i64,
    #[serde(with = "crate::json::money")]
    pub value: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValuationReport {
    pub method: &'static str,
    pub products: Vec<ValuedProduct>,
    pub categories: Vec<ValuedCategory>,
    pub products_checked: i64,
    pub total_units: i64,
    #[serde(with = "crate::json::money")]
    pub total_value: i64,
}

pub fn build(rows: &[ValuationRow]) -> ValuationReport {
    let products: Vec<ValuedProduct> = rows
        .iter()
        .filter(|r| r.on_hand != 0)
        .map(|r| ValuedProduct {
            sku: r.sku.clone(),
            name: r.name.clone(),
            category: if r.category.trim().is_empty() {
                NO_CATEGORY.into()
            } else {
                r.category.clone()
            },
            on_hand: r.on_hand,
            unit_cost: r.cost,
            value: r.on_hand * r.cost,
        })
        .collect();
    let mut cats: BTreeMap<String, ValuedCategory> = BTreeMap::new();
    for p in &products {
        let c = cats
            .entry(p.category.clone())
            .or_insert_with(|| ValuedCategory {
                category: p.category.clone(),
                products: 0,
                on_hand: 0,
                value: 0,
            });
        c.products += 1;
        c.on_hand += p.on_hand;
        c.value += p.value;
    }
    let mut categories: Vec<ValuedCategory> = cats.into_values().collect();
    categories.sort_by(|a, b| b.value.cmp(&a.value).then(a.category.cmp(&b.category)));
    ValuationReport {
        method: METHOD,
        products_checked: rows.len() as i64,
        total_units: products.iter().map(|p| p.on_hand).sum(),
        total_value: products.iter().map(|p| p.value).sum(),
        products,
        categories,
    }
}

impl ValuationReport {
    pub fn pieces(&self, w: &crate::i18n::ShopWords) -> Vec<Piece> {
        let loc = w.figures();
        let t = |m: crate::i18n::Msg| w.say(&m);
        let mut out = vec![Piece::Note(t(crate::msg!(
            "valuation-note",
            units = self.total_units,
            products = self.products.len(),
            value = loc.money(self.total_value)
        )))];
        // The chart shows the ten biggest categories; the table has them all.
        let top: Vec<&ValuedCategory> = self.categories.iter().take(10).collect();
        if !top.is_empty() {
            let drawing = chart::hbars(
                &top.iter()
                    .map(|c| Cell::name(w, &c.category).display(loc))
                    .collect::<Vec<_>>(),
                &top.iter().map(|c| c.value as f64).collect::<Vec<_>>(),
                &top.iter().map(|c| loc.money(c.value)).collect::<Vec<_>>(),
                None,
            );
            out.push(Piece::Chart {
                caption: t(crate::msg!("chart-value-by-category")),
                drawing,
            });
        }
        out.push(Piece::Table(Section {
            key: "by_category",
            title: t(crate::msg!("section-by-category")),
            cols: vec![
                Col::left("category", t(crate::msg!("col-category")), 3.0),
                Col::right("products", t(crate::msg!("col-products")), 1.0),
                Col::right("on_hand", t(crate::msg!("col-on-hand")), 1.0),
                Col::right("value", t(crate::msg!("col-value")), 1.5),
            ],
            rows: self
                .categories
                .iter()
                .map(|c| {
                    vec![
                        Cell::name(w, &c.category),
                        Cell::Int(c.products),
                        Cell::Int(c.on_hand),
                        Cell::Money(c.value),
                    ]
                })
                .collect(),
            total: Some(vec![
                Cell::word(w, crate::msg!("total")),
                Cell::Int(self.products.len() as i64),
                Cell::Int(self.total_units),
                Cell::Money(self.total_value),
            ]),
            empty: t(crate::msg!("empty-nothing-is-on-hand")),
        }));
        out.push(Piece::Table(Section {
            key: "by_product",
            title: t(crate::msg!("section-by-product")),
            cols: vec![
                Col::left("sku", t(crate::msg!("col-sku")), 1.3),
                Col::left("product", t(crate::msg!("col-product")), 2.6),
                Col::left("category", t(crate::msg!("col-category")), 1.6),
                Col::right("on_hand", t(crate::msg!("col-on-hand")), 0.9),
                Col::right("unit_cost", t(crate::msg!("col-cost")), 1.1),
                Col::right("value", t(crate::msg!("col-value")), 1.3),
            ],
            rows: self
                .products
                .iter()
                .map(|p| {
                    vec![
                        Cell::text(&p.sku),
                        Cell::text(&p.name),
                        Cell::name(w, &p.category),
                        Cell::Int(p.on_hand),
                        Cell::Money(p.unit_cost),
                        Cell::Money(p.value),
                    ]
                })
                .collect(),
            total: Some(vec![
                Cell::word(w, crate::msg!("total")),
                Cell::text(""),
                Cell::text(""),
                Cell::Int(self.total_units),
                Cell::text(""),
                Cell::Money(self.total_value),
            ]),
            empty: t(crate::msg!("empty-nothing-is-on-hand")),
        }));
        out
    }
}
