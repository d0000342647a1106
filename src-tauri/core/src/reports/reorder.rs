//! Low stock and reorder suggestions, grouped by supplier; and the draft PO of a supplier.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::store::StockPosition;
use super::table::{Cell, Col, Piece, Section};
use crate::purchasing::{NewPo, NewPoLine};
use crate::{Error, Result};

pub fn definitions() -> Vec<crate::i18n::Msg> {
    vec![
        crate::msg!("def-reorder-available"),
        crate::msg!("def-reorder-position"),
        crate::msg!("def-reorder-low"),
        crate::msg!("def-reorder-suggested"),
        crate::msg!("def-reorder-cost"),
    ]
}

/// Name under which products without a supplier are grouped.
pub const NO_SUPPLIER: &str = "(no supplier)";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    pub sku: String,
    pub name: String,
    pub available: i64,
    pub incoming: i64,
    pub waiting: i64,
    pub position: i64,
    pub reorder_point: i64,
    pub safety_stock: i64,
    pub target: i64,
    pub reorder_qty: i64,
    pub suggested: i64,
    #[serde(with = "crate::json::money")]
    pub unit_cost: i64,
    #[serde(with = "crate::json::money")]
    pub cost: i64,
    pub lead_time_days: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SupplierSuggestions {
    /// The supplier's name, or [`NO_SUPPLIER`].
    pub supplier: String,
    /// False for the "(no supplier)" group: no PO can be drafted for it.
    pub has_supplier: bool,
    pub products: Vec<Suggestion>,
    pub units: i64,
    #[serde(with = "crate::json::money")]
    pub cost: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReorderReport {
    pub suppliers: Vec<SupplierSuggestions>,
    pub products_checked: i64,
    pub low_products: i64,
    pub units: i64,
    #[serde(with = "crate::json::money")]
    pub cost: i64,
}

/// The suggestion for one product, None when it is not low.
pub fn suggest(p: &StockPosition) -> Option<Suggestion> {
    let available = p.on_hand - p.allocated;
    let position = available + p.incoming - p.waiting;
    let target = p.reorder_point + p.safety_stock;
    if position >= target {
        return None;
    }
    let suggested = p.reorder_qty.max(target - position);
    Some(Suggestion {
        sku: p.sku.clone(),
        name: p.name.clone(),
        available,
        incoming: p.incoming,
        waiting: p.waiting,
        position,
        reorder_point: p.reorder_point,
        safety_stock: p.safety_stock,
        target,
        reorder_qty: p.reorder_qty,
        suggested,
        unit_cost: p.cost,
        cost: suggested * p.cost,
        lead_time_days: p.lead_time_days,
    })
}

pub fn build(positions: &[StockPosition]) -> ReorderReport {
    let mut groups: std::collections::BTreeMap<(bool, String), SupplierSuggestions> =
        Default::default();
    for p in positions {
        let Some(s) = suggest(p) else { continue };
        let name = p
            .supplier
            .clone()
            .unwrap_or_else(|| NO_SUPPLIER.to_string());
        // Suppliers by name (case-insensitive, as the database compares them); the
        // no-supplier group last.
        let g = groups
            .entry((p.supplier.is_none(), name.to_lowercase()))
            .or_insert_with(|| SupplierSuggestions {
                supplier: name,
                has_supplier: p.supplier.is_some(),
                products: Vec::new(),
                units: 0,
                cost: 0,
            });
        g.units += s.suggested;
        g.cost += s.cost;
        g.products.push(s);
    }
    let suppliers: Vec<SupplierSuggestions> = groups.into_values().collect();
    ReorderReport {
        products_checked: positions.len() as i64,
        low_products: suppliers.iter().map(|g| g.products.len() as i64).sum(),
        units: suppliers.iter().map(|g| g.units).sum(),
        cost: suppliers.iter().map(|g| g.cost).sum(),
        suppliers,
    }
}

/// The purchase order the report suggests for `supplier` (not stored). Expected on
/// `expected_on`, else today + the longest lead time of its products.
pub fn draft(
    report: &ReorderReport,
    supplier: &str,
    expected_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<NewPo> {
    let g = report
        .suppliers
        .iter()
        .find(|g| g.has_supplier && g.supplier.eq_ignore_ascii_case(supplier.trim()))
        .ok_or_else(|| {
            Error::invalid(crate::msg!(
                "no-reorder-suggestions",
                supplier = supplier.trim()
            ))
        })?;
    let expected_on = match expected_on {
        Some(d) => d,
        None => {
            let lead = g
                .products
                .iter()
                .filter_map(|s| s.lead_time_days)
                .max()
                .ok_or_else(|| {
                    Error::invalid(crate::msg!("no-lead-time", supplier = &g.supplier))
                })?;
            today
                .checked_add_days(Days::new(lead.max(0) as u64))
                .unwrap_or(today)
        }
    };
    Ok(NewPo {
        supplier: g.supplier.clone(),
        expected_on,
        lines: g
            .products
            .iter()
            .map(|s| NewPoLine {
                sku: s.sku.clone(),
                qty: s.suggested,
                unit_cost: Some(s.unit_cost),
            })
            .collect(),
        note: format!("Drafted from the reorder suggestions of {today}"),
        number: None,
    })
}

impl ReorderReport {
    pub fn pieces(&self, w: &crate::i18n::ShopWords) -> Vec<Piece> {
        let loc = w.figures();
        let t = |m: crate::i18n::Msg| w.say(&m);
        let _ = loc;
        let mut out = vec![Piece::Note(t(crate::msg!(
            "reorder-note",
            low = self.low_products,
            checked = self.products_checked,
            units = self.units
        )))];
        // The PDF shows SKU and name in one cell (the CSV keeps them apart) so that the
        // eight figures fit beside it with readable headers.
        let cols = || {
            vec![
                Col::left("supplier", t(crate::msg!("col-supplier")), 0.0),
                Col::left("sku", t(crate::msg!("col-sku")), 0.0),
                Col::left("product", t(crate::msg!("col-product")), 0.0),
                Col::left("item", t(crate::msg!("col-product")), 3.0).pdf_only(),
                Col::right("available", t(crate::msg!("col-avail")), 1.0),
                Col::right("incoming", t(crate::msg!("col-on-order")), 1.0),
                Col::right("waiting", t(crate::msg!("col-waiting")), 1.1),
                Col::right("position", t(crate::msg!("col-position")), 1.2),
                Col::right("target", t(crate::msg!("col-target")), 1.0),
                Col::right("reorder_qty", t(crate::msg!("col-reorder-qty")), 0.0),
                Col::right("suggested", t(crate::msg!("col-suggest")), 1.1),
                Col::right("cost", t(crate::msg!("col-cost")), 1.3),
            ]
        };
        if self.suppliers.is_empty() {
            out.push(Piece::Table(Section {
                key: "suggestions",
                title: t(crate::msg!("section-suggestions")),
                cols: cols(),
                rows: Vec::new(),
                total: None,
                empty: t(crate::msg!("empty-no-product-is-below-its-reorder")),
            }));
        }
        for g in &self.suppliers {
            out.push(Piece::Table(Section {
                key: "suggestions",
                title: Cell::name(w, &g.supplier).display(loc),
                cols: cols(),
                rows: g
                    .products
                    .iter()
                    .map(|s| {
                        vec![
                            Cell::text(&g.supplier),
                            Cell::text(&s.sku),
                            Cell::text(&s.name),
                            Cell::Text(format!("{}\n{}", s.sku, s.name)),
                            Cell::Int(s.available),
                            Cell::Int(s.incoming),
                            Cell::Int(s.waiting),
                            Cell::Int(s.position),
                            Cell::Int(s.target),
                            Cell::Int(s.reorder_qty),
                            Cell::Int(s.suggested),
                            Cell::Money(s.cost),
                        ]
                    })
                    .collect(),
                total: Some(vec![
                    Cell::text(&g.supplier),
                    Cell::word(w, crate::msg!("total")),
                    Cell::text(""),
                    Cell::word(w, crate::msg!("total")),
                    Cell::text(""),
                    Cell::text(""),
                    Cell::text(""),
                    Cell::text(""),
                    Cell::text(""),
                    Cell::text(""),
                    Cell::Int(g.units),
                    Cell::Money(g.cost),
                ]),
                empty: String::new(),
            }));
        }
        out
    }
}
