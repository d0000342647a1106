//! The engine benches' shop (benches/engine.rs on a file, benches/server_engine.rs on a server):
//! one day, one default carrier and customer, products with a lead time, and the shop where
//! 10,000 one-unit orders wait for one SKU.

use std::path::Path;

use chrono::NaiveDate;
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::NewProduct;
use stockroom_core::customers::NewCustomer;
use stockroom_core::orders::{place_order_in_tx, NewOrder, NewOrderLine};
use stockroom_core::purchasing::{NewPo, NewPoLine};
use stockroom_core::{Clock, Stockroom};

pub const WAITING: usize = 10_000;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

pub fn base(path: &Path) -> Stockroom {
    let mut s = Stockroom::open(path)
        .unwrap()
        .with_clock(Clock::Fixed(today()));
    s.add_carrier(&NewCarrier {
        name: "Post".into(),
        transit_days: 2,
        is_default: true,
    })
    .unwrap();
    s.add_customer(&NewCustomer {
        name: "Bench".into(),
        ..Default::default()
    })
    .unwrap();
    s
}

pub fn product(s: &mut Stockroom, sku: &str, on_hand: i64) {
    s.add_product(&NewProduct {
        sku: sku.into(),
        name: sku.into(),
        price: 1000,
        on_hand,
        lead_time_days: Some(20),
        ..Default::default()
    })
    .unwrap();
}

pub fn order(lines: &[(&str, i64)]) -> NewOrder {
    NewOrder {
        customer_id: 1,
        lines: lines
            .iter()
            .map(|(sku, qty)| NewOrderLine {
                sku: (*sku).into(),
                qty: *qty,
                unit_price: None,
            })
            .collect(),
        ..Default::default()
    }
}

/// A shop where `WAITING` one-unit orders wait for SKU "HOT", with a PO of `WAITING` units
/// due today and a second, later one — plus some history on other SKUs.
pub fn waiting_shop(path: &Path) -> Stockroom {
    let mut s = base(path);
    product(&mut s, "HOT", 0);
    product(&mut s, "OLD", 1_000_000);
    s.write(|tx, clock| {
        let tx = tx.sqlite()?;
        for i in 0..WAITING {
            let sku = if i % 2 == 0 { "HOT" } else { "OLD" };
            place_order_in_tx(tx, clock, &order(&[(sku, 1)]))?;
            if sku == "OLD" {
                place_order_in_tx(tx, clock, &order(&[("HOT", 1)]))?;
            }
        }
        Ok(())
    })
    .unwrap();
    for (date, qty) in [("2026-03-01", WAITING as i64), ("2026-03-20", 50)] {
        s.create_po(&NewPo {
            supplier: "Supplier".into(),
            expected_on: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            lines: vec![NewPoLine {
                sku: "HOT".into(),
                qty,
                unit_cost: None,
            }],
            note: String::new(),
            number: None,
        })
        .unwrap();
    }
    s
}
