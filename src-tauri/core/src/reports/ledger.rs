//! The stock ledger of one product over a range: every movement, opening and closing balance.

use chrono::NaiveDate;
use serde::Serialize;

use super::store::LedgerMove;
use super::table::{Cell, Col, Piece, Section};
use crate::stock::model::MovementKind;

pub fn definitions() -> Vec<crate::i18n::Msg> {
    vec![
        crate::msg!("def-ledger-opening"),
        crate::msg!("def-ledger-movements"),
        crate::msg!("def-ledger-balance"),
        crate::msg!("def-ledger-in-out"),
    ]
}

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

/// The kind of a movement as a message of the app catalogue.
fn kind_word(k: MovementKind) -> crate::i18n::Msg {
    match k {
        MovementKind::Received => crate::msg!("movement-received"),
        MovementKind::Adjusted => crate::msg!("movement-adjusted"),
        MovementKind::Shipped => crate::msg!("movement-shipped"),
        MovementKind::Returned => crate::msg!("movement-returned"),
        MovementKind::Opening => crate::msg!("movement-opening"),
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
    pub fn pieces(&self, w: &crate::i18n::ShopWords) -> Vec<Piece> {
        let loc = w.figures();
        let t = |m: crate::i18n::Msg| w.say(&m);
        let _ = loc;
        let balances = Section {
            key: "balances",
            title: format!("{} — {}", self.sku, self.name),
            cols: vec![
                Col::left("sku", t(crate::msg!("col-sku")), 1.5),
                Col::right("opening_balance", t(crate::msg!("col-opening")), 1.0),
                Col::right("units_in", t(crate::msg!("col-in")), 1.0),
                Col::right("units_out", t(crate::msg!("col-out")), 1.0),
                Col::right("closing_balance", t(crate::msg!("col-closing")), 1.0),
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
            title: t(crate::msg!("section-movements")),
            cols: vec![
                Col::right("date", t(crate::msg!("col-date")), 1.3),
                Col::left("kind", t(crate::msg!("col-kind")), 1.3),
                Col::right("qty", t(crate::msg!("col-qty")), 0.7),
                Col::left("reason", t(crate::msg!("col-reason")), 2.2),
                Col::left("reference", t(crate::msg!("col-reference")), 1.4),
                Col::right("balance", t(crate::msg!("col-balance")), 0.9),
            ],
            rows: self
                .movements
                .iter()
                .map(|m| {
                    vec![
                        Cell::Date(Some(m.on_date)),
                        Cell::word(w, kind_word(m.kind)),
                        Cell::Int(m.qty),
                        Cell::text(&m.reason),
                        Cell::text(&m.reference),
                        Cell::Int(m.balance),
                    ]
                })
                .collect(),
            total: None,
            empty: t(crate::msg!("empty-no-movement-in-this-range")),
        };
        vec![Piece::Table(balances), Piece::Table(moves)]
    }
}
