//! Shared by the report figure tests (issue 6): a shop whose promises are (day stock is
//! expected) + 3, and one-line helpers to build a history (products, orders, POs, receipts,
//! shipments, the day) and read a report.

#![allow(dead_code)]

use chrono::NaiveDate;
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::NewProduct;
use stockroom_core::customers::NewCustomer;
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::purchasing::{NewPo, NewPoLine, ReceiptLine};
use stockroom_core::reports::{ReportData, ReportName, ReportRange};
use stockroom_core::settings::SettingsPatch;
use stockroom_core::shipping::ShipRequest;
use stockroom_core::{Clock, Stockroom};

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A shop on `day` with handling 1 day and a default carrier of 2 days' transit, so a promise
/// is (day stock is expected) + 3.
pub fn shop(day: &str) -> Stockroom {
    let mut s = Stockroom::open_in_memory()
        .unwrap()
        .with_clock(Clock::Fixed(d(day)));
    s.update_settings(&SettingsPatch {
        handling_days: Some(1),
        ..Default::default()
    })
    .unwrap();
    s.add_carrier(&NewCarrier {
        name: "Post".into(),
        transit_days: 2,
        is_default: true,
    })
    .unwrap();
    s
}

pub struct P<'a> {
    pub sku: &'a str,
    pub price: i64,
    pub cost: i64,
    pub on_hand: i64,
    pub supplier: Option<&'a str>,
    pub category: &'a str,
    pub lead: Option<i64>,
    pub reorder: (i64, i64, i64),
}

impl Default for P<'_> {
    fn default() -> Self {
        P {
            sku: "",
            price: 1000,
            cost: 400,
            on_hand: 0,
            supplier: None,
            category: "",
            lead: None,
            reorder: (0, 0, 0),
        }
    }
}

pub fn product(s: &mut Stockroom, p: P) {
    s.add_product(&NewProduct {
        sku: p.sku.into(),
        name: format!("Product {}", p.sku),
        category: p.category.into(),
        price: p.price,
        cost: p.cost,
        supplier: p.supplier.map(str::to_string),
        reorder_point: p.reorder.0,
        safety_stock: p.reorder.1,
        reorder_qty: p.reorder.2,
        lead_time_days: p.lead,
        on_hand: p.on_hand,
        ..Default::default()
    })
    .unwrap();
}

pub fn customer(s: &mut Stockroom, name: &str) -> i64 {
    s.add_customer(&NewCustomer {
        name: name.into(),
        ..Default::default()
    })
    .unwrap()
    .id
}

pub fn order(s: &mut Stockroom, c: i64, lines: &[(&str, i64)]) -> String {
    s.place_order(&NewOrder {
        customer_id: c,
        lines: lines
            .iter()
            .map(|(k, q)| NewOrderLine {
                sku: (*k).into(),
                qty: *q,
                unit_price: None,
            })
            .collect(),
        ..Default::default()
    })
    .unwrap()
    .number
}

pub fn po(s: &mut Stockroom, supplier: &str, expected: &str, lines: &[(&str, i64)]) -> String {
    s.create_po(&NewPo {
        supplier: supplier.into(),
        expected_on: d(expected),
        lines: lines
            .iter()
            .map(|(k, q)| NewPoLine {
                sku: (*k).into(),
                qty: *q,
                unit_cost: None,
            })
            .collect(),
        note: String::new(),
        number: None,
    })
    .unwrap()
    .number
}

pub fn receive(s: &mut Stockroom, number: &str, sku: &str, qty: i64) {
    s.receive_po(
        number,
        &[ReceiptLine {
            sku: sku.into(),
            qty,
        }],
    )
    .unwrap();
}

pub fn ship(s: &mut Stockroom, number: &str) {
    s.ship(
        number,
        &ShipRequest {
            partial: true,
            ..Default::default()
        },
    )
    .unwrap();
}

pub fn on(s: &mut Stockroom, day: &str) {
    s.set_clock(Clock::Fixed(d(day)));
}

pub fn report(s: &Stockroom, name: ReportName, from: Option<&str>, to: Option<&str>) -> ReportData {
    s.report(&name, &ReportRange::new(from.map(d), to.map(d)))
        .unwrap()
}

pub fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}
