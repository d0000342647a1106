//! Benchmark (issue 4): 1,000 packing slips in one PDF, made from data already in memory, so
//! the figure is layout + PDF writing only (the same work `bench/reportlab_slips.py` does).
//! Prints CPU seconds and the file size; writes the PDF to the path given (default
//! /tmp/stockroom-1000-slips.pdf). Run: `cargo run --release --example slips_bench`.

use chrono::NaiveDate;
use stockroom_core::documents::{
    Customer, Incentive, ItemLine, OrderRef, ShipmentDocument, Shop, WaitingLine,
};
use stockroom_core::pdf::{self, Paper};

fn cpu_seconds() -> f64 {
    // user + system time of this process, from /proc (Linux); wall time elsewhere.
    if let Ok(stat) = std::fs::read_to_string("/proc/self/stat") {
        let fields: Vec<&str> = stat
            .rsplit_once(')')
            .map(|(_, r)| r)
            .unwrap_or("")
            .split_whitespace()
            .collect();
        if fields.len() > 13 {
            let ticks: f64 =
                fields[11].parse::<f64>().unwrap_or(0.0) + fields[12].parse::<f64>().unwrap_or(0.0);
            return ticks / 100.0;
        }
    }
    0.0
}

/// Slip number `i`: the same content as bench/reportlab_slips.py makes.
pub fn slip(i: usize) -> ShipmentDocument {
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    ShipmentDocument {
        shop: Shop {
            name: "Ironbark Hardware".into(),
            address: vec![
                "12 Market Street".into(),
                "Kilkenny R95 X2Y0".into(),
                "Ireland".into(),
            ],
            contact: vec!["+353 56 777 1234".into(), "hello@ironbark.example".into()],
            currency: "EUR".into(),
            locale: "en-GB".into(),
            paper: Paper::A4,
            logo: None,
        },
        customer: Customer {
            name: format!("Zoë Müller {i}"),
            address: vec![
                "ul. Piotrkowska 12".into(),
                "90-001 Łódź".into(),
                "Polska".into(),
            ],
            email: String::new(),
            phone: String::new(),
            language: "en".into(),
        },
        order: OrderRef {
            number: format!("ORD-{:05}", 10000 + i),
            placed_on: d(12, 1),
            external_ref: None,
        },
        number: format!("SHP-{:05}", 20000 + i),
        shipped_on: d(12, 3),
        carrier: Some("An Post".into()),
        tracking: format!("RR{:09}IE", 123000000 + i),
        in_parcel: vec![
            ItemLine {
                sku: "TEA-01".into(),
                name: "Ceramic teapot".into(),
                description: "Glazed stoneware, 1.2 litres, with a bamboo handle".into(),
                qty: 2,
                unit_price: 3400,
            },
            ItemLine {
                sku: "CUP-02".into(),
                name: "Stoneware mug".into(),
                description: String::new(),
                qty: 1,
                unit_price: 1250,
            },
        ],
        still_waiting: vec![
            WaitingLine {
                sku: "CUP-02".into(),
                name: "Stoneware mug".into(),
                description: String::new(),
                qty: 3,
                // Only the waiting units, as bench/reportlab_slips.py prints them.
                wanted: 3,
                ready: 0,
                shipped: 0,
                eta: Some(d(12, 12)),
                previous_eta: None,
                incentive_units: 3,
                unit_price: 1250,
            },
            WaitingLine {
                sku: "KET-03".into(),
                name: "Copper kettle".into(),
                description: "Hand-hammered copper, suitable for gas and induction".into(),
                qty: 1,
                wanted: 1,
                ready: 0,
                shipped: 0,
                eta: None,
                previous_eta: None,
                incentive_units: 1,
                unit_price: 8900,
            },
        ],
        ready_next: Vec::new(),
        cancelled: vec![ItemLine {
            sku: "SPN-04".into(),
            name: "Wooden spoon set".into(),
            description: String::new(),
            qty: 2,
            unit_price: 1500,
        }],
        incentive: Some(Incentive::Discount {
            bp: 1000,
            deducted: 1265,
        }),
        notifications: Vec::new(),
    }
}

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/stockroom-1000-slips.pdf".into());
    let n: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let start_cpu = cpu_seconds();
    let start = std::time::Instant::now();
    let docs: Vec<_> = (0..n)
        .map(|i| pdf::customer::packing_slip(&slip(i)).unwrap())
        .collect();
    let rendered = pdf::render_many(&docs).unwrap();
    std::fs::write(&out, &rendered.bytes).unwrap();
    let cpu = cpu_seconds() - start_cpu;
    println!(
        "stockroom: {n} slips, {} pages, {} bytes, cpu {:.3} s, wall {:.3} s",
        rendered.pages,
        rendered.bytes.len(),
        cpu,
        start.elapsed().as_secs_f64()
    );
}
