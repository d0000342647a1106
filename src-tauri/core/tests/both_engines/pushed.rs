//! A shop with a history (orders, backorders, purchase orders, receipts, shipments, notices),
//! made on SQLite with the ordinary use cases and pushed onto a server (`db::server::transfer::
//! push`), so the reads of both engines answer over the same rows: the reports, screens,
//! exports and labels are tested on the server whatever writes are ported there yet.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use stockroom_core::catalog::{BackorderPolicy, NewProduct};
use stockroom_core::db::server::{transfer, ServerUrl};
use stockroom_core::purchasing::{NewPo, NewPoLine};
use stockroom_core::{Clock, Stockroom};

use crate::pg_support::PgServer;
use crate::reports_support::{customer, d, on, order, po, product, receive, ship, shop, P};
use crate::support::server;

/// The purchase order of Acme Tools, received in part.
pub const ACME_PO: &str = "ACME-0001";

/// The day the history ends and both shops are read on.
pub const TODAY: &str = "2026-03-20";

/// The same shop on both engines: (the SQLite shop, its copy on the server, the server), both
/// on `TODAY`. Hold the server while the shops are used: the last test to let go of it stops it.
pub fn shop_on_both() -> (Stockroom, Stockroom, Arc<PgServer>) {
    let server = server();
    let sqlite = history();
    let pg = pushed(&server, &sqlite);
    (sqlite, pg, server)
}

/// A copy of `sqlite` on a fresh database of `server`, on the same day.
pub fn pushed(server: &PgServer, sqlite: &Stockroom) -> Stockroom {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let name = format!(
        "history_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    let url = server.create_database(&name);
    transfer::push(sqlite.conn(), "test shop", &ServerUrl::parse(&url).unwrap()).unwrap();
    let client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    Stockroom::open_server(client, Clock::Fixed(sqlite.clock().today()))
}

/// Three weeks of a small shop: stock, a product on backorder, a second supplier, a PO
/// received in two parts that fills the waiting lines, shipments in parts, barcodes, a product
/// that refuses backorders, and one line still waiting today.
pub fn history() -> Stockroom {
    let mut s = shop("2026-03-02");
    product(
        &mut s,
        P {
            sku: "HW-1",
            price: 1250,
            cost: 600,
            on_hand: 5,
            supplier: Some("Acme Tools"),
            category: "Hardware",
            lead: Some(10),
            reorder: (4, 2, 10),
        },
    );
    product(
        &mut s,
        P {
            sku: "HW-2",
            price: 899,
            cost: 300,
            supplier: Some("Acme Tools"),
            category: "Hardware",
            lead: Some(7),
            reorder: (2, 0, 6),
            ..P::default()
        },
    );
    product(
        &mut s,
        P {
            sku: "PT-1",
            price: 2400,
            cost: 1100,
            on_hand: 2,
            supplier: Some("Paint Co"),
            category: "Paint",
            lead: Some(14),
            reorder: (3, 1, 5),
        },
    );
    // Below its reorder point, nothing on order: the reorder report suggests it.
    product(
        &mut s,
        P {
            sku: "HW-3",
            price: 450,
            cost: 150,
            on_hand: 1,
            supplier: Some("Acme Tools"),
            category: "Hardware",
            lead: Some(10),
            reorder: (4, 2, 10),
        },
    );
    s.add_product(&NewProduct {
        sku: "MUG-1".into(),
        name: "Blue stoneware mug".into(),
        category: "Kitchen".into(),
        price: 650,
        cost: 200,
        on_hand: 30,
        barcodes: vec!["4006381333931".into()],
        ..NewProduct::default()
    })
    .unwrap();
    s.add_product(&NewProduct {
        sku: "RF-1".into(),
        name: "Refused when out".into(),
        category: "Kitchen".into(),
        price: 100,
        cost: 50,
        backorders: BackorderPolicy::Refuse,
        ..NewProduct::default()
    })
    .unwrap();
    let ann = customer(&mut s, "Ann Archer");
    let bob = customer(&mut s, "bob Baker");
    let cy = customer(&mut s, "Cy Cole");

    let first = order(&mut s, ann, &[("HW-1", 3), ("HW-2", 2), ("MUG-1", 4)]);
    let second = order(&mut s, bob, &[("HW-1", 4), ("PT-1", 1)]);
    let acme = s
        .create_po(&NewPo {
            supplier: "Acme Tools".into(),
            expected_on: d("2026-03-09"),
            lines: [("HW-1", 10), ("HW-2", 5)]
                .map(|(sku, qty)| NewPoLine {
                    sku: sku.into(),
                    qty,
                    unit_cost: None,
                })
                .to_vec(),
            note: String::new(),
            number: Some(ACME_PO.into()),
        })
        .unwrap()
        .number;
    po(&mut s, "Paint Co", "2026-03-30", &[("PT-1", 6)]);
    ship(&mut s, &first);

    on(&mut s, "2026-03-10");
    receive(&mut s, &acme, "HW-2", 5);
    receive(&mut s, &acme, "HW-1", 4);
    ship(&mut s, &first);
    ship(&mut s, &second);

    on(&mut s, "2026-03-16");
    order(&mut s, cy, &[("PT-1", 3), ("MUG-1", 1)]);
    order(&mut s, ann, &[("HW-2", 1)]);

    on(&mut s, TODAY);
    assert_eq!(s.clock().today(), d(TODAY));
    s
}

/// The text of a PDF (pdftotext, poppler-utils).
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}
