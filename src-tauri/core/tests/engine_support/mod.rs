//! Shared fixtures of the engine tests: a small shop on an in-memory database, a dump of every
//! table, and the invariants every state of the engine must satisfy.
#![allow(dead_code)]

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Connection;
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::{BackorderPolicy, NewProduct};
use stockroom_core::customers::{NewCustomer, ShipPreference};
use stockroom_core::orders::{NewOrder, NewOrderLine, Order};
use stockroom_core::purchasing::{NewPo, NewPoLine, ReceiptLine};
use stockroom_core::settings::SettingsPatch;
use stockroom_core::{Clock, Stockroom};

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A shop on 2026-03-01 with handling 1 day and a default carrier of 2 days' transit.
pub fn shop() -> Stockroom {
    let mut s = Stockroom::open_in_memory()
        .unwrap()
        .with_clock(Clock::Fixed(d("2026-03-01")));
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

pub fn product(
    s: &mut Stockroom,
    sku: &str,
    on_hand: i64,
    policy: BackorderPolicy,
    lead: Option<i64>,
) {
    s.add_product(&NewProduct {
        sku: sku.into(),
        name: format!("Product {sku}"),
        price: 1000,
        cost: 400,
        backorders: policy,
        lead_time_days: lead,
        on_hand,
        ..Default::default()
    })
    .unwrap();
}

pub fn customer(s: &mut Stockroom, name: &str, ships: ShipPreference) -> i64 {
    s.add_customer(&NewCustomer {
        name: name.into(),
        ships,
        ..Default::default()
    })
    .unwrap()
    .id
}

pub fn order(s: &mut Stockroom, customer: i64, lines: &[(&str, i64)], priority: i64) -> Order {
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
}

pub fn po(s: &mut Stockroom, expected: &str, lines: &[(&str, i64)]) -> String {
    s.create_po(&NewPo {
        supplier: "Acme".into(),
        expected_on: d(expected),
        lines: lines
            .iter()
            .map(|(sku, qty)| NewPoLine {
                sku: (*sku).into(),
                qty: *qty,
                unit_cost: None,
            })
            .collect(),
        note: String::new(),
        number: None,
    })
    .unwrap()
    .number
}

/// A receipt of one line.
pub fn rl(sku: &str, qty: i64) -> Vec<ReceiptLine> {
    vec![ReceiptLine {
        sku: sku.into(),
        qty,
    }]
}

/// Checks the invariants of one state, with nothing remembered from a previous step.
pub fn invariants(s: &Stockroom) {
    check_invariants(s.conn(), &mut Memory::default());
}

/// (allocated, shipped, backordered, cancelled, eta) of an order's line for a SKU.
pub fn line(s: &Stockroom, number: &str, sku: &str) -> (i64, i64, i64, i64, Option<NaiveDate>) {
    let o = s.order(number).unwrap();
    let l = o.lines.iter().find(|l| l.sku == sku).unwrap();
    (l.allocated, l.shipped, l.backordered, l.cancelled, l.eta)
}

/// Every row of every table, as text, in a stable order: two equal dumps mean equal content.
pub fn dump(conn: &Connection) -> String {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = String::new();
    for t in tables {
        out.push_str(&format!("== {t}\n"));
        let mut st = conn
            .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1"))
            .unwrap();
        let n = st.column_count();
        let mut rows = st.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                .collect();
            out.push_str(&cells.join("|"));
            out.push('\n');
        }
    }
    out
}

/// What the invariant checks remember between two steps of a history.
#[derive(Default)]
pub struct Memory {
    pub shipment_lines: Vec<(i64, i64, i64, i64)>,
    pub shipped: HashMap<i64, i64>,
    pub last_fill: i64,
}

/// Checks every invariant of issue 3 on the current state; `mem` carries what must never
/// change between steps. Panics with a message naming the broken invariant.
pub fn check_invariants(conn: &Connection, mem: &mut Memory) {
    // on_hand = Σ ledger ≥ 0, equal to the cached column; Σ allocated ≤ on_hand;
    // no free stock while someone waits.
    let mut st = conn
        .prepare(
            "SELECT p.id, p.sku, p.on_hand,
                (SELECT coalesce(sum(qty), 0) FROM stock_movements WHERE product_id = p.id),
                (SELECT coalesce(sum(allocated), 0) FROM order_lines WHERE product_id = p.id),
                (SELECT coalesce(sum(backordered), 0) FROM order_lines WHERE product_id = p.id),
                p.allocated
             FROM products p",
        )
        .unwrap();
    let rows: Vec<(i64, String, i64, i64, i64, i64, i64)> = st
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (_, sku, on_hand, ledger, allocated, waiting, kept) in rows {
        assert_eq!(
            on_hand, ledger,
            "{sku}: cached on_hand equals the ledger's sum"
        );
        assert_eq!(
            kept, allocated,
            "{sku}: the product's kept allocated equals its lines' sum (issue 19)"
        );
        assert!(on_hand >= 0, "{sku}: on_hand is never negative");
        assert!(
            allocated <= on_hand,
            "{sku}: allocated {allocated} ≤ on_hand {on_hand}"
        );
        if waiting > 0 {
            assert_eq!(
                on_hand - allocated,
                0,
                "{sku}: no free stock while {waiting} unit(s) wait"
            );
        }
    }
    // The per-line equation.
    let bad: i64 = conn
        .query_row(
            "SELECT count(*) FROM order_lines WHERE ordered <> allocated + shipped + backordered + cancelled
             OR allocated < 0 OR shipped < 0 OR backordered < 0 OR cancelled < 0",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        bad, 0,
        "ordered = allocated + shipped + backordered + cancelled on every line"
    );
    // The incentive (issue 15): a line's incentive units never exceed its units; an order's
    // never exceed the units that waited when it was placed (cancels remove them, a swap
    // moves them, nothing adds any); an order without an incentive has none.
    let bad: Vec<(i64, i64, i64, String)> = conn
        .prepare(
            "SELECT o.id, sum(ol.incentive_units), sum(ol.initially_backordered), o.incentive_kind
             FROM orders o JOIN order_lines ol ON ol.order_id = o.id GROUP BY o.id
             HAVING sum(ol.incentive_units) > sum(ol.initially_backordered)
                 OR (o.incentive_kind = 'none' AND sum(ol.incentive_units) > 0)
                 OR max(ol.incentive_units > ol.ordered) = 1",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        bad.is_empty(),
        "incentive units ≤ units that waited, per line ≤ ordered (order, units, waited, kind): {bad:?}"
    );
    // A swap's line belongs to the order of the line it replaces, is of another product and
    // never waited when it was added.
    let bad: i64 = conn
        .query_row(
            "SELECT count(*) FROM order_lines n JOIN order_lines r ON r.id = n.replaces_line_id
             WHERE n.order_id <> r.order_id OR n.product_id = r.product_id
                OR n.initially_backordered <> 0",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(bad, 0, "a swap's line replaces a line of its own order");
    // Shipped units never change: old shipment lines are untouched, and each line's shipped
    // figure equals what its shipments carried and never goes down.
    let sl: Vec<(i64, i64, i64, i64)> = conn
        .prepare("SELECT id, shipment_id, order_line_id, qty FROM shipment_lines ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        sl.starts_with(&mem.shipment_lines),
        "shipment lines are never changed or removed"
    );
    mem.shipment_lines = sl;
    let shipped: Vec<(i64, i64, i64)> = conn
        .prepare(
            "SELECT ol.id, ol.shipped, (SELECT coalesce(sum(qty), 0) FROM shipment_lines WHERE order_line_id = ol.id)
             FROM order_lines ol",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (id, s, carried) in shipped {
        assert_eq!(
            s, carried,
            "line {id}: shipped equals what its shipments carried"
        );
        let before = mem.shipped.insert(id, s).unwrap_or(0);
        assert!(
            s >= before,
            "line {id}: shipped units never go back ({before} → {s})"
        );
    }
    // Allocations follow queue order: a line that got stock in this step comes before every
    // line of its SKU still waiting.
    let late: Vec<(i64, i64)> = conn
        .prepare(
            "SELECT f.order_line_id, w.id FROM fills f
             JOIN order_lines fl ON fl.id = f.order_line_id
             JOIN order_lines w ON w.product_id = fl.product_id AND w.backordered > 0 AND w.id <> fl.id
             WHERE f.id > ?1 AND (w.priority > fl.priority OR (w.priority = fl.priority AND
                   (w.placed_at < fl.placed_at OR (w.placed_at = fl.placed_at AND w.id < fl.id))))",
        )
        .unwrap()
        .query_map([mem.last_fill], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        late.is_empty(),
        "stock went to a line behind a waiting one (filled, waiting): {late:?}"
    );
    mem.last_fill = conn
        .query_row("SELECT coalesce(max(id), 0) FROM fills", [], |r| r.get(0))
        .unwrap();
}
