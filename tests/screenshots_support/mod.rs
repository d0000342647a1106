//! The sample shop of the screenshots: spread over the last three weeks, with backorders, a
//! partial shipment, an overdue supplier delivery and customers to tell — written with the
//! core crate when the demo shop is not there.

#![allow(dead_code)]

use std::path::Path;

use chrono::{Days, Local, NaiveDate};
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::{BackorderPolicy, NewProduct};
use stockroom_core::customers::{NewCustomer, ShipPreference};
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::purchasing::{NewPo, NewPoLine, ReceiptLine};
use stockroom_core::settings::{Incentive, SettingsPatch};
use stockroom_core::shipping::ShipRequest;
use stockroom_core::{Clock, Stockroom};

pub fn days_ago(n: u64) -> NaiveDate {
    Local::now().date_naive() - Days::new(n)
}

pub fn product(
    sku: &str,
    name: &str,
    category: &str,
    price: i64,
    on_hand: i64,
    reorder: i64,
    lead: Option<i64>,
    supplier: &str,
) -> NewProduct {
    NewProduct {
        sku: sku.into(),
        name: name.into(),
        category: category.into(),
        price,
        cost: price * 55 / 100,
        on_hand,
        reorder_point: reorder,
        reorder_qty: reorder * 3,
        lead_time_days: lead,
        supplier: Some(supplier.into()),
        ..Default::default()
    }
}

pub fn order(s: &mut Stockroom, customer: i64, lines: &[(&str, i64)], priority: i64) -> String {
    s.place_order(&NewOrder {
        customer_id: customer,
        lines: lines
            .iter()
            .map(|(sku, qty)| NewOrderLine {
                sku: (*sku).into(),
                qty: *qty,
                unit_price: None,
            })
            .collect(),
        priority,
        ..Default::default()
    })
    .unwrap()
    .number
}

/// A sample shop spread over the last three weeks: backorders, a partial shipment, an overdue
/// supplier delivery, customers to tell.
pub fn sample_shop(db: &Path) {
    let mut s = Stockroom::open(db).unwrap();
    if s.load_demo_if_empty().unwrap() {
        return;
    }
    s.set_clock(Clock::Fixed(days_ago(21)));
    s.update_settings(&SettingsPatch {
        store_name: Some("Corner Hardware".into()),
        store_address: Some("12 High Street\nLeeds LS1 4AB".into()),
        store_contact: Some("0113 496 0000 · hello@cornerhardware.example".into()),
        currency: Some("GBP".into()),
        handling_days: Some(1),
        default_incentive: Some(Incentive::Discount { percent_bp: 1000 }),
        ..Default::default()
    })
    .unwrap();
    s.add_carrier(&NewCarrier {
        name: "Royal Mail".into(),
        transit_days: 2,
        is_default: true,
    })
    .unwrap();
    s.add_carrier(&NewCarrier {
        name: "DPD".into(),
        transit_days: 1,
        is_default: false,
    })
    .unwrap();
    for p in [
        product(
            "HAM-16",
            "Claw hammer 16 oz, fibreglass handle",
            "Hand tools",
            1850,
            14,
            4,
            Some(10),
            "Stanley",
        ),
        product(
            "SAW-22",
            "Panel saw 22\", hardpoint teeth",
            "Hand tools",
            2400,
            0,
            3,
            Some(7),
            "Stanley",
        ),
        product(
            "CHS-SET",
            "Wood chisel set, 4 pieces",
            "Hand tools",
            3299,
            3,
            3,
            Some(10),
            "Stanley",
        ),
        product(
            "DRL-18V",
            "Cordless drill 18V with 2 batteries",
            "Power tools",
            12900,
            1,
            2,
            Some(14),
            "Bosch",
        ),
        product(
            "SND-ORB",
            "Random orbit sander 125 mm",
            "Power tools",
            6900,
            0,
            2,
            Some(14),
            "Bosch",
        ),
        product(
            "JIG-650",
            "Jigsaw 650W, pendulum action",
            "Power tools",
            8450,
            6,
            2,
            Some(14),
            "Bosch",
        ),
        product(
            "SCR-4X40",
            "Wood screws 4×40 mm, box of 200",
            "Fixings",
            699,
            40,
            15,
            Some(5),
            "Spax",
        ),
        product(
            "WPL-8",
            "Wall plugs 8 mm, bag of 100",
            "Fixings",
            349,
            7,
            10,
            Some(5),
            "Fischer",
        ),
        product(
            "PNT-WHT5",
            "Matt emulsion, pure white, 5 L",
            "Paint",
            2899,
            9,
            4,
            Some(6),
            "Dulux",
        ),
        product(
            "BRS-SET",
            "Paint brush set, 5 sizes",
            "Paint",
            1299,
            12,
            4,
            None,
            "Harris",
        ),
        product(
            "LDR-3",
            "Step ladder, 3 treads, aluminium",
            "Ladders",
            4999,
            0,
            1,
            None,
            "Werner",
        ),
        product(
            "GLV-L",
            "Work gloves, size L",
            "Safety",
            599,
            25,
            10,
            Some(5),
            "Portwest",
        ),
    ] {
        s.add_product(&p).unwrap();
    }
    s.add_product(&NewProduct {
        backorders: BackorderPolicy::Refuse,
        ..product(
            "BAT-18",
            "Spare battery 18V 4 Ah (no backorders)",
            "Power tools",
            5900,
            0,
            2,
            Some(14),
            "Bosch",
        )
    })
    .unwrap();
    let customers = [
        (
            "Zoë Müller",
            "ul. Piotrkowska 12\n90-001 Łódź\nPoland",
            ShipPreference::Partial,
        ),
        (
            "Γιώργος Παπαδόπουλος",
            "Οδός Ερμού 25\n105 63 Αθήνα\nGreece",
            ShipPreference::Partial,
        ),
        (
            "Анна Смирнова",
            "ул. Тверская, 7\nМосква 125009\nRussia",
            ShipPreference::Complete,
        ),
        (
            "Oluwaseun Adeyemi",
            "14 Allen Avenue\nIkeja, Lagos\nNigeria",
            ShipPreference::Partial,
        ),
        (
            "Margaret O'Brien",
            "3 Quay Street\nGalway H91 X2Y3\nIreland",
            ShipPreference::Partial,
        ),
        (
            "Hiroshi Tanaka",
            "2-3-1 Nishi-Shinjuku\nTokyo 163-0001\nJapan",
            ShipPreference::Partial,
        ),
    ];
    let mut ids = Vec::new();
    for (name, address, ships) in customers {
        let email = format!(
            "{}@example.com",
            name.split(' ').next().unwrap().to_lowercase()
        );
        ids.push(
            s.add_customer(&NewCustomer {
                name: name.into(),
                email,
                address: address.into(),
                ships,
                ..Default::default()
            })
            .unwrap()
            .id,
        );
    }
    let po_saws = s
        .create_po(&NewPo {
            supplier: "Stanley".into(),
            expected_on: days_ago(4),
            lines: vec![
                NewPoLine {
                    sku: "SAW-22".into(),
                    qty: 6,
                    unit_cost: None,
                },
                NewPoLine {
                    sku: "CHS-SET".into(),
                    qty: 4,
                    unit_cost: None,
                },
            ],
            note: String::new(),
            number: None,
        })
        .unwrap()
        .number;
    s.set_clock(Clock::Fixed(days_ago(16)));
    order(&mut s, ids[0], &[("SAW-22", 1), ("HAM-16", 1)], 0);
    order(&mut s, ids[1], &[("DRL-18V", 3), ("SCR-4X40", 2)], 0);
    s.set_clock(Clock::Fixed(days_ago(12)));
    s.create_po(&NewPo {
        supplier: "Bosch".into(),
        expected_on: Local::now().date_naive() + Days::new(9),
        lines: vec![
            NewPoLine {
                sku: "DRL-18V".into(),
                qty: 6,
                unit_cost: None,
            },
            NewPoLine {
                sku: "SND-ORB".into(),
                qty: 4,
                unit_cost: None,
            },
        ],
        note: String::new(),
        number: None,
    })
    .unwrap();
    let anna = order(&mut s, ids[2], &[("SND-ORB", 1), ("JIG-650", 1)], 0);
    order(&mut s, ids[3], &[("SAW-22", 2)], 1);
    s.set_clock(Clock::Fixed(days_ago(8)));
    let partial = order(
        &mut s,
        ids[4],
        &[("PNT-WHT5", 2), ("LDR-3", 1), ("BRS-SET", 1)],
        0,
    );
    s.ship(
        &partial,
        &ShipRequest {
            tracking: Some("RM 1234 5678 9GB".into()),
            ..Default::default()
        },
    )
    .unwrap();
    s.set_clock(Clock::Fixed(days_ago(3)));
    s.receive_po(
        &po_saws,
        &[ReceiptLine {
            sku: "CHS-SET".into(),
            qty: 4,
        }],
    )
    .unwrap();
    let done = order(&mut s, ids[5], &[("GLV-L", 4), ("WPL-8", 2)], 0);
    s.ship(
        &done,
        &ShipRequest {
            carrier: Some("DPD".into()),
            tracking: Some("15501234567890".into()),
            ..Default::default()
        },
    )
    .unwrap();
    s.set_clock(Clock::System);
    order(&mut s, ids[0], &[("HAM-16", 2), ("GLV-L", 1)], 0);
    let _ = anna;
}
