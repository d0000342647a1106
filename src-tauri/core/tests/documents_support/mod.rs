//! The documents tests' shared fixture and readers (documents_pdf.rs, documents_logo.rs):
//! a shop written straight into the schema, poppler's tools to read PDFs back, the CLI.
// Each test binary uses its own part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use stockroom_core::{Clock, Stockroom};

pub const TODAY: &str = "2026-12-03";

/// A shop whose history is written straight into the schema, so every date and count on the
/// paper is known in advance.
pub fn shop_at(path: &Path) -> Stockroom {
    let mut shop = Stockroom::open(path).unwrap().with_clock(Clock::Fixed(
        chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
    ));
    shop.write(|tx, _| {
        let tx = tx.sqlite()?;
        tx.execute_batch(
            "UPDATE settings SET store_name = 'Ironbark Hardware',
                 store_address = '12 Market Street' || char(10) || 'Kilkenny R95 X2Y0' || char(10) || 'Ireland',
                 store_contact = '+353 56 777 1234' || char(10) || 'hello@ironbark.example',
                 currency = 'EUR';
             INSERT INTO carriers (id, name, transit_days, is_default) VALUES (1, 'An Post', 2, 1);
             INSERT INTO products (id, sku, name, description, price, created_at) VALUES
               (1, 'TEA-01', 'Ceramic teapot', 'Glazed stoneware, 1.2 litres, with a bamboo handle', 3400, '2026-11-01 09:00:00'),
               (2, 'CUP-02', 'Stoneware mug', '', 1250, '2026-11-01 09:00:00'),
               (3, 'KET-03', 'Copper kettle', 'Hand-hammered copper, suitable for gas and induction', 8900, '2026-11-01 09:00:00'),
               (4, 'SPN-04', 'Wooden spoon set', '', 1500, '2026-11-01 09:00:00');
             INSERT INTO customers (id, name, email, address, created_at) VALUES
               (1, 'Zoë Müller', 'zoe@example.com', 'ul. Piotrkowska 12' || char(10) || '90-001 Łódź' || char(10) || 'Polska', '2026-11-02 10:00:00'),
               (2, 'Γιώργος Παπαδόπουλος', '', 'Οδός Ερμού 5' || char(10) || '105 63 Αθήνα', '2026-11-02 10:00:00'),
               (3, 'Анна Иванова', '', 'ул. Тверская, д. 7' || char(10) || 'Москва 125009', '2026-11-02 10:00:00');
             -- Order 1001: teapots shipped; mugs partly shipped, 3 wait until 12 Dec; the kettle
             -- waits without a date; the spoons were cancelled. 10% off the waiting units.
             INSERT INTO orders (id, number, customer_id, placed_at, carrier_id, incentive_kind, incentive_amount)
               VALUES (1, 'ORD-1001', 1, '2026-12-01 11:00:00', 1, 'discount', 1000);
             INSERT INTO order_lines (id, order_id, line_no, product_id, unit_price, ordered, allocated, shipped,
                                      backordered, cancelled, initially_backordered, incentive_units, placed_at, eta) VALUES
               (1, 1, 1, 1, 3400, 2, 0, 2, 0, 0, 0, 0, '2026-12-01 11:00:00', NULL),
               (2, 1, 2, 2, 1250, 4, 0, 1, 3, 0, 3, 3, '2026-12-01 11:00:00', '2026-12-12'),
               (3, 1, 3, 3, 8900, 1, 0, 0, 1, 0, 1, 1, '2026-12-01 11:00:00', NULL),
               (4, 1, 4, 4, 1500, 2, 0, 0, 0, 2, 0, 0, '2026-12-01 11:00:00', NULL);
             INSERT INTO shipments (id, number, order_id, carrier_id, tracking, shipped_on, created_at)
               VALUES (1, 'SHP-0001', 1, 1, 'RR123456789IE', '2026-12-03', '2026-12-03 15:00:00');
             INSERT INTO shipment_lines (shipment_id, order_line_id, qty) VALUES (1, 1, 2), (1, 2, 1);
             -- Order 1002 (Greek customer): one mug ships now, two kettles wait until 20 Jan;
             -- a gift for waiting.
             INSERT INTO orders (id, number, customer_id, placed_at, incentive_kind, incentive_note)
               VALUES (2, 'ORD-1002', 2, '2026-12-02 09:30:00', 'gift', 'a linen tea towel');
             INSERT INTO order_lines (id, order_id, line_no, product_id, unit_price, ordered, allocated, shipped,
                                      backordered, cancelled, initially_backordered, incentive_units, placed_at, eta) VALUES
               (5, 2, 1, 2, 1250, 1, 1, 0, 0, 0, 0, 0, '2026-12-02 09:30:00', '2026-12-06'),
               (6, 2, 2, 3, 8900, 2, 0, 0, 2, 0, 2, 2, '2026-12-02 09:30:00', '2027-01-20');
             -- Order 1003 (Cyrillic customer): a teapot waits; its promise moved from 10 to 18 Dec.
             INSERT INTO orders (id, number, customer_id, placed_at, incentive_kind, incentive_amount)
               VALUES (3, 'ORD-1003', 3, '2026-12-02 10:00:00', 'credit', 500);
             INSERT INTO order_lines (id, order_id, line_no, product_id, unit_price, ordered, allocated, shipped,
                                      backordered, cancelled, initially_backordered, incentive_units, placed_at, eta) VALUES
               (7, 3, 1, 1, 3400, 1, 0, 0, 1, 0, 1, 1, '2026-12-02 10:00:00', '2026-12-18');
             INSERT INTO notifications (id, order_id, kind, due_on, created_at, status, shipment_id, detail) VALUES
               (1, 1, 'backordered', '2026-12-01', '2026-12-01 11:00:00', 'pending', NULL, '[{\"sku\":\"CUP-02\",\"qty\":3}]'),
               (2, 1, 'shipped', '2026-12-03', '2026-12-03 15:00:00', 'pending', 1, '[]'),
               (3, 2, 'backordered', '2026-12-02', '2026-12-02 09:30:00', 'pending', NULL, '[]'),
               (4, 3, 'promise_moved', '2026-12-02', '2026-12-02 10:00:00', 'pending', NULL,
                  '[{\"sku\":\"TEA-01\",\"qty\":1,\"old_eta\":\"2026-12-10\",\"new_eta\":\"2026-12-18\"}]');",
        )?;
        Ok(())
    })
    .unwrap();
    shop
}

pub struct Fixture {
    pub _dir: tempfile::TempDir,
    pub db: PathBuf,
    pub shop: Stockroom,
}

pub fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.sqlite3");
    let shop = shop_at(&db);
    Fixture {
        _dir: dir,
        db,
        shop,
    }
}

pub fn tool(name: &str, args: &[&str], pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("doc.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new(name)
        .args(args)
        .arg(&file)
        .args(if name == "pdftotext" {
            vec!["-"]
        } else {
            vec![]
        })
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed for these tests (apt poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{name} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The PDF's text in reading order, pages separated by form feeds.
pub fn text(pdf: &[u8]) -> String {
    tool("pdftotext", &["-layout"], pdf)
}

/// The text between heading `from` and the next of `to` (or the end).
pub fn section<'a>(text: &'a str, from: &str, to: &[&str]) -> &'a str {
    let start = text
        .find(from)
        .unwrap_or_else(|| panic!("no {from:?} in:\n{text}"))
        + from.len();
    let rest = &text[start..];
    let end = to
        .iter()
        .filter_map(|t| rest.find(t))
        .min()
        .unwrap_or(rest.len());
    &rest[..end]
}

/// The line of `text` that mentions `sku`.
pub fn line_of<'a>(text: &'a str, sku: &str) -> &'a str {
    text.lines()
        .find(|l| l.contains(sku))
        .unwrap_or_else(|| panic!("no line with {sku} in:\n{text}"))
}

pub fn cli(db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_stockroom"))
        .arg("--db")
        .arg(db)
        .args(["--today", TODAY])
        .args(args)
        .output()
        .unwrap()
}
