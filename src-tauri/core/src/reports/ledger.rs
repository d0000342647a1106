//! The stock ledger of one product over a range: every movement, opening and closing balance.

use chrono::NaiveDate;
use serde::Serialize;

use super::store::LedgerMove;
use super::table::{Cell, Col, Piece, Section};
use crate::stock::model::MovementKind;

pub const DEFINITIONS: &[&str] = &[
    "Opening balance = the sum of the product's ledger movements dated before the first day of the range.",
    "Movements: every ledger entry dated in the range, by date and then in the order recorded, with its kind (received, adjusted, shipped, returned, opening balance), reason and reference (PO, shipment, order).",
    "Balance after each movement = the opening balance + the movements up to and including it. Closing balance = opening balance + Σ movements in the range.",
    "Units in = Σ positive movements; units out = Σ negative movements (as a positive number).",
];

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LedgerRow {
    pub on_date: NaiveDate,
    pub kind: MovementKind,
    pub qty: i64,
    pub reason: String,
    pub reference: String,
    pub balance: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LedgerReport {
    pub sku: String,
    pub name: String,
    pub opening_balance: i64,
    pub units_in: i64,
    pub units_out: i64,
    pub closing_balance: i64,
    pub movements: Vec<LedgerRow>,
}

pub fn kind_name(k: MovementKind) -> &'static str {
    match k {
        MovementKind::Received => "received",
        MovementKind::Adjusted => "adjusted",
        MovementKind::Shipped => "shipped",
        MovementKind::Returned => "returned",
        MovementKind::Opening => "opening balance",
    }
}

pub fn build(sku: &str, name: &str, opening: i64, moves: &[LedgerMove]) -> LedgerReport {
    let mut balance = opening;
    let movements: Vec<LedgerRow> = moves
        .iter()
        .map(|m| {
            balance += m.qty;
            LedgerRow {
                on_date: m.on_date,
                kind: m.kind,
                qty: m.qty,
                reason: m.reason.clone(),
                reference: m.reference.clone(),
                balance,
            }
        })
        .collect();
    LedgerReport {
        sku: sku.to_string(),
        name: name.to_string(),
        opening_balance: opening,
        units_in: moves.iter().filter(|m| m.qty > 0).map(|m| m.qty).sum(),
        units_out: -moves
            .iter()
            .filter(|m| m.qty < 0)
            .map(|m| m.qty)
            .sum::<i64>(),
        closing_balance: balance,
        movements,
    }
}

impl LedgerReport {
    pub fn pieces(&self, loc: &crate::i18n::Locale) -> Vec<Piece> {
        let _ = loc;
        let balances = Section {
            key: "balances",
            title: format!("{} — {}", self.sku, self.name),
            cols: vec![
                Col::left("sku", "SKU", 1.5),
                Col::right("opening_balance", "Opening", 1.0),
                Col::right("units_in", "In", 1.0),
                Col::right("units_out", "Out", 1.0),
                Col::right("closing_balance", "Closing", 1.0),
            ],
            rows: vec![vec![
                Cell::text(&self.sku),
                Cell::Int(self.opening_balance),
                Cell::Int(self.units_in),
                Cell::Int(self.units_out),
                Cell::Int(self.closing_balance),
            ]],
            total: None,
            empty: String::new(),
        };
        let moves = Section {
            key: "movements",
            title: "Movements".into(),
            cols: vec![
                Col::right("date", "Date", 1.3),
                Col::left("kind", "Kind", 1.3),
                Col::right("qty", "Qty", 0.7),
                Col::left("reason", "Reason", 2.2),
                Col::left("reference", "Reference", 1.4),
                Col::right("balance", "Balance", 0.9),
            ],
            rows: self
                .movements
                .iter()
                .map(|m| {
                    vec![
                        Cell::Date(Some(m.on_date)),
                        Cell::text(kind_name(m.kind)),
                        Cell::Int(m.qty),
                        Cell::text(&m.reason),
                        Cell::text(&m.reference),
                        Cell::Int(m.balance),
                    ]
                })
                .collect(),
            total: None,
            empty: "No movement in this range.".into(),
        };
        vec![Piece::Table(balances), Piece::Table(moves)]
    }
}
