//! Shared by the end-to-end tests of the screens (issue 5): a small hardware shop written
//! with the core before the window opens, orders placed in it, and the two field edits
//! WebDriver cannot do the way a user does.

#![allow(dead_code)]

use std::path::Path;

use chrono::{Days, Local, NaiveDate};
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::NewProduct;
use stockroom_core::customers::NewCustomer;
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::purchasing::{NewPo, NewPoLine};
use stockroom_core::settings::SettingsPatch;
use stockroom_core::Stockroom;

use crate::support::App;

pub fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// A hammer (1 on hand), a drill (none, 5 on a PO due in ten days), two customers.
pub struct Shop {
    pub po: String,
    pub s: Stockroom,
}

pub fn shop(dir: &Path) -> Shop {
    let mut s = Stockroom::open(dir.join("stockroom.sqlite3")).unwrap();
    s.update_settings(&SettingsPatch {
        store_name: Some("Corner Hardware".into()),
        handling_days: Some(1),
        ..Default::default()
    })
    .unwrap();
    s.add_carrier(&NewCarrier {
        name: "DHL".into(),
        transit_days: 2,
        is_default: true,
    })
    .unwrap();
    s.add_product(&NewProduct {
        sku: "HAM-01".into(),
        name: "Claw hammer".into(),
        price: 1850,
        on_hand: 1,
        ..Default::default()
    })
    .unwrap();
    s.add_product(&NewProduct {
        sku: "DRL-20".into(),
        name: "Cordless drill".into(),
        price: 12900,
        lead_time_days: Some(14),
        supplier: Some("Bosch".into()),
        reorder_qty: 4,
        ..Default::default()
    })
    .unwrap();
    for name in ["Ada Lovelace", "Alan Turing"] {
        s.add_customer(&NewCustomer {
            name: name.into(),
            ..Default::default()
        })
        .unwrap();
    }
    let po = s
        .create_po(&NewPo {
            supplier: "Bosch".into(),
            expected_on: today() + Days::new(10),
            lines: vec![NewPoLine {
                sku: "DRL-20".into(),
                qty: 5,
                unit_cost: None,
            }],
            note: String::new(),
            number: None,
        })
        .unwrap()
        .number;
    Shop { po, s }
}

pub fn order(s: &mut Stockroom, customer: i64, sku: &str, qty: i64) -> String {
    s.place_order(&NewOrder {
        customer_id: customer,
        lines: vec![NewOrderLine {
            sku: sku.into(),
            qty,
            unit_price: None,
        }],
        ..Default::default()
    })
    .unwrap()
    .number
}

/// Empties a filter field the way a user does (the screen listens to `input`): WebDriver's
/// clear() sends no such event, and typing "" is refused.
pub async fn clear_field(app: &App, css: &str) {
    app.find(css).await;
    app.client
        .execute(
            "const e = document.querySelector(arguments[0]); e.value = ''; e.dispatchEvent(new Event('input'));",
            vec![css.into()],
        )
        .await
        .unwrap();
}

/// Date inputs are set through the DOM: WebDriver typing into them depends on the locale.
pub async fn set_date(app: &App, css: &str, date: NaiveDate) {
    app.find(css).await;
    app.client
        .execute(
            "const e = document.querySelector(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('change'));",
            vec![css.into(), date.to_string().into()],
        )
        .await
        .unwrap();
}
