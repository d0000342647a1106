//! Property tests of the engine: random histories of every operation of issue 3 and the
//! customer's choices of issue 15 (cancel part of a line, swap waiting units for another
//! product), with every invariant checked after every step (see
//! `engine_support::check_invariants`), plus:
//! a refused or invalid operation changes nothing, and at the end of each history the stored
//! promises equal a fresh recomputation. 2 × 5,000 histories of 8–24 operations each run per `cargo test`.
//!
//! Failures proptest shrinks are kept in `proptest-regressions/` and replayed first; the
//! interesting ones are copied below as named regression tests.

mod engine_support;
mod pg_support;

use chrono::{Duration, NaiveDate};
use engine_support::*;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use stockroom_core::catalog::BackorderPolicy;
use stockroom_core::catalog::NewProduct;
use stockroom_core::customers::ShipPreference;
use stockroom_core::orders::{Incentive, NewOrder, NewOrderLine};
use stockroom_core::purchasing::{NewPo, NewPoLine, ReceiptLine};
use stockroom_core::shipping::ShipRequest;
use stockroom_core::{Result, Stockroom};

/// Cases per property: 5,000 each (10,000 per run); `ENGINE_PROP_CASES` overrides.
fn cases() -> u32 {
    std::env::var("ENGINE_PROP_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5_000)
}

const SKUS: [&str; 3] = ["N", "A", "R"];

/// The incentives an order may carry: none, 10% off, a credit of 5.00.
fn incentive(i: usize) -> Incentive {
    match i {
        0 => Incentive::None,
        1 => Incentive::Discount { percent_bp: 1000 },
        _ => Incentive::Credit { amount: 500 },
    }
}

#[derive(Debug, Clone)]
enum Op {
    Adjust {
        sku: usize,
        qty: i64,
    },
    Place {
        customer: usize,
        lines: Vec<(usize, i64)>,
        priority: i64,
        minutes: i64,
        incentive: usize,
    },
    Cancel {
        order: usize,
        sku: Option<usize>,
    },
    /// `qty` of a line's unshipped units (0 and too many must be refused).
    CancelPart {
        order: usize,
        sku: usize,
        qty: i64,
    },
    /// Waiting units of `sku` swapped for `to` (the same SKU, nothing waiting, too many or a
    /// short substitute must be refused).
    Swap {
        order: usize,
        sku: usize,
        to: usize,
        qty: Option<i64>,
    },
    Priority {
        order: usize,
        priority: i64,
    },
    CreatePo {
        lines: Vec<(usize, i64)>,
        days: i64,
    },
    Receive {
        po: usize,
        sku: usize,
        qty: i64,
    },
    Expect {
        po: usize,
        days: i64,
    },
    Ship {
        order: usize,
        partial: bool,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let sku = 0..SKUS.len();
    prop_oneof![
        2 => (sku.clone(), prop_oneof![-6i64..=-1, 1i64..=6]).prop_map(|(sku, qty)| Op::Adjust { sku, qty }),
        5 => (0..2usize, prop::collection::vec((0..SKUS.len(), 1i64..=5), 1..=3), -1i64..=2, 0i64..=600, 0..3usize)
            .prop_map(|(customer, lines, priority, minutes, incentive)| Op::Place { customer, lines, priority, minutes, incentive }),
        1 => (0..16usize, prop::option::of(0..SKUS.len())).prop_map(|(order, sku)| Op::Cancel { order, sku }),
        1 => (0..16usize, 0..SKUS.len(), 0i64..=6).prop_map(|(order, sku, qty)| Op::CancelPart { order, sku, qty }),
        3 => (0..16usize, 0..SKUS.len(), 0..SKUS.len(), prop::option::of(0i64..=3))
            .prop_map(|(order, sku, to, qty)| Op::Swap { order, sku, to, qty }),
        1 => (0..16usize, -1i64..=3).prop_map(|(order, priority)| Op::Priority { order, priority }),
        2 => (prop::collection::vec((0..SKUS.len(), 1i64..=8), 1..=2), -5i64..=30)
            .prop_map(|(lines, days)| Op::CreatePo { lines, days }),
        3 => (0..8usize, 0..SKUS.len(), 1i64..=8).prop_map(|(po, sku, qty)| Op::Receive { po, sku, qty }),
        1 => (0..8usize, -5i64..=40).prop_map(|(po, days)| Op::Expect { po, days }),
        2 => (0..16usize, any::<bool>()).prop_map(|(order, partial)| Op::Ship { order, partial }),
    ]
}

struct World {
    shop: Stockroom,
    customers: Vec<i64>,
    orders: Vec<String>,
    pos: Vec<String>,
    today: NaiveDate,
}

fn world(stock: &[i64]) -> World {
    world_in(shop(), stock)
}

/// The same world in `shop` (a fresh shop set up as `engine_support::shop` sets one up).
fn world_in(mut shop: Stockroom, stock: &[i64]) -> World {
    // One category, prices within ±25% of each other: any of them substitutes for another.
    let mut add = |sku: &str, on_hand, backorders, lead_time_days, price| {
        shop.add_product(&NewProduct {
            sku: sku.into(),
            name: format!("Product {sku}"),
            category: "Tools".into(),
            price,
            cost: 400,
            backorders,
            lead_time_days,
            on_hand,
            ..Default::default()
        })
        .unwrap();
    };
    add("N", stock[0], BackorderPolicy::Notify, Some(5), 1000);
    add("A", stock[1], BackorderPolicy::Allow, None, 1000);
    add("R", stock[2], BackorderPolicy::Refuse, Some(3), 1200);
    let customers = vec![
        customer(&mut shop, "Part", ShipPreference::Partial),
        customer(&mut shop, "Whole", ShipPreference::Complete),
    ];
    World {
        shop,
        customers,
        orders: Vec::new(),
        pos: Vec::new(),
        today: d("2026-03-01"),
    }
}

fn pick(v: &[String], i: usize) -> String {
    if v.is_empty() {
        "SO-0".to_string() // unknown: must be refused as bad input
    } else {
        v[i % v.len()].clone()
    }
}

fn apply(w: &mut World, op: &Op) -> Result<()> {
    let aimed = aimed(w, op);
    apply_aimed(w, op, aimed)
}

/// The line a part cancel or a swap aims at, found in `w`'s database (see [`aim`]).
fn aimed(w: &World, op: &Op) -> Option<(String, String)> {
    match op {
        Op::CancelPart { order, sku, .. } => {
            Some(aim(w, "ol.allocated + ol.backordered", *order, *sku))
        }
        Op::Swap { order, sku, .. } => Some(aim(w, "ol.backordered", *order, *sku)),
        _ => None,
    }
}

/// `op` on `w`, a part cancel or a swap on the line `aimed` names.
fn apply_aimed(w: &mut World, op: &Op, aimed: Option<(String, String)>) -> Result<()> {
    let aimed = || {
        aimed
            .clone()
            .expect("a part cancel or a swap is aimed first")
    };
    match op {
        Op::Adjust { sku, qty } => w.shop.adjust_stock(SKUS[*sku], *qty, "count").map(|_| ()),
        Op::Place {
            customer,
            lines,
            priority,
            minutes,
            incentive: i,
        } => {
            let placed_at = w.today.and_hms_opt(8, 0, 0).unwrap() + Duration::minutes(*minutes);
            let o = w.shop.place_order(&NewOrder {
                customer_id: w.customers[*customer],
                lines: lines
                    .iter()
                    .map(|(s, q)| NewOrderLine {
                        sku: SKUS[*s].into(),
                        qty: *q,
                        unit_price: None,
                    })
                    .collect(),
                priority: *priority,
                placed_at: Some(placed_at),
                incentive: Some(incentive(*i)),
                ..Default::default()
            })?;
            w.orders.push(o.number);
            Ok(())
        }
        Op::Cancel { order, sku } => w
            .shop
            .cancel_order(&pick(&w.orders, *order), sku.map(|s| SKUS[s]))
            .map(|_| ()),
        Op::CancelPart { order, sku, qty } => {
            let _ = (order, sku);
            let (number, sku) = aimed();
            w.shop.cancel_order_units(&number, &sku, *qty).map(|_| ())
        }
        Op::Swap {
            order,
            sku,
            to,
            qty,
        } => {
            let _ = (order, sku);
            let (number, sku) = aimed();
            w.shop.swap(&number, &sku, SKUS[*to], *qty).map(|_| ())
        }
        Op::Priority { order, priority } => w
            .shop
            .set_order_priority(&pick(&w.orders, *order), *priority)
            .map(|_| ()),
        Op::CreatePo { lines, days } => {
            let po = w.shop.create_po(&NewPo {
                supplier: "Acme".into(),
                expected_on: w.today + Duration::days(*days),
                lines: lines
                    .iter()
                    .map(|(s, q)| NewPoLine {
                        sku: SKUS[*s].into(),
                        qty: *q,
                        unit_cost: None,
                    })
                    .collect(),
                note: String::new(),
                number: None,
            })?;
            w.pos.push(po.number);
            Ok(())
        }
        Op::Receive { po, sku, qty } => {
            let lines = [ReceiptLine {
                sku: SKUS[*sku].into(),
                qty: *qty,
            }];
            w.shop.receive_po(&pick(&w.pos, *po), &lines).map(|_| ())
        }
        Op::Expect { po, days } => w
            .shop
            .set_po_expected(&pick(&w.pos, *po), w.today + Duration::days(*days))
            .map(|_| ()),
        Op::Ship { order, partial } => w
            .shop
            .ship(
                &pick(&w.orders, *order),
                &ShipRequest {
                    partial: *partial,
                    ..Default::default()
                },
            )
            .map(|_| ()),
    }
}

/// The `i`-th line (order number, SKU) whose `units` are above zero, so that a choice mostly
/// meets a line it can act on; without one, the order and SKU picked blindly (refused).
fn aim(w: &World, units: &str, i: usize, sku: usize) -> (String, String) {
    let lines: Vec<(String, String)> = w
        .shop
        .conn()
        .prepare(&format!(
            "SELECT o.number, p.sku FROM order_lines ol JOIN orders o ON o.id = ol.order_id
             JOIN products p ON p.id = ol.product_id WHERE {units} > 0 ORDER BY ol.id"
        ))
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    if lines.is_empty() {
        (pick(&w.orders, i), SKUS[sku].to_string())
    } else {
        lines[i % lines.len()].clone()
    }
}

/// A cheap fingerprint of the whole database: row counts and sums of every quantity column.
/// (The CLI tests compare full dumps byte for byte; here it runs before every step.)
fn fingerprint(conn: &rusqlite::Connection) -> String {
    conn.query_row(
        "SELECT (SELECT count(*) || ':' || total(on_hand) FROM products) || '|' ||
                (SELECT count(*) || ':' || total(qty) FROM stock_movements) || '|' ||
                (SELECT count(*) || ':' || total(allocated) || ':' || total(shipped) || ':' || total(backordered)
                    || ':' || total(cancelled) || ':' || total(priority) || ':' || total(incentive_units)
                    || ':' || coalesce(group_concat(coalesce(eta, '-')), '')
                 FROM order_lines) || '|' ||
                (SELECT count(*) || ':' || total(priority) FROM orders) || '|' ||
                (SELECT count(*) || ':' || total(received) || ':' || coalesce(group_concat(expected_on), '') FROM po_lines
                    JOIN purchase_orders ON purchase_orders.id = po_lines.po_id) || '|' ||
                (SELECT count(*) || ':' || total(qty) FROM fills) || '|' ||
                (SELECT count(*) FROM shipments) || '|' || (SELECT count(*) || ':' || total(qty) FROM shipment_lines)
                || '|' || (SELECT count(*) FROM notifications)",
        [],
        |r| r.get(0),
    )
    .unwrap()
}

fn run_history(stock: &[i64], ops: &[Op]) {
    let mut w = world(stock);
    let mut mem = Memory::default();
    check_invariants(w.shop.conn(), &mut mem);
    for (step, op) in ops.iter().enumerate() {
        let before = fingerprint(w.shop.conn());
        match apply(&mut w, op) {
            Ok(()) => {}
            Err(e) => {
                assert!(
                    e.is_user_error(),
                    "step {step} {op:?}: only bad input or a rule may fail, got: {e}"
                );
                assert_eq!(
                    fingerprint(w.shop.conn()),
                    before,
                    "step {step} {op:?} failed ({e}) but changed the database"
                );
            }
        }
        check_invariants(w.shop.conn(), &mut mem);
    }
    // Stored promises are exactly what a full recomputation gives: the fast paths (a new line
    // at the end of its queue) and the partial updates agree with the whole walk.
    for sku in SKUS {
        let moved = w.shop.recompute_promises(sku).unwrap();
        assert!(
            moved.is_empty(),
            "stale promises of {sku} after {ops:?}: {moved:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::with_cases(cases())
    })]

    #[test]
    fn every_history_keeps_the_engine_invariants(
        stock in prop::collection::vec(0i64..=6, 3),
        ops in prop::collection::vec(op(), 8..=24),
    ) {
        run_history(&stock, &ops);
    }

    #[test]
    fn every_history_from_empty_shelves_keeps_the_engine_invariants(
        ops in prop::collection::vec(op(), 8..=24),
    ) {
        run_history(&[0, 0, 0], &ops);
    }
}

/// Issue 19: the same histories on a shop server. Each history runs on SQLite (where every
/// step's invariants are checked above) and, step by step, on a fresh PostgreSQL shop; both
/// must accept and refuse the same steps, end with the same rows (compared without their ids:
/// PostgreSQL's identities are not given back by a rolled-back write) and the server's shop,
/// copied into a file, must keep every invariant. 500 histories (`ENGINE_PROP_SERVER_CASES`).
#[test]
fn the_same_histories_on_a_shop_server_end_the_same_and_keep_the_invariants_issue19() {
    use proptest::test_runner::{Config, TestRunner};
    let cases = std::env::var("ENGINE_PROP_SERVER_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let pg = pg_support::PgServer::start();
    let schema = stockroom_core::db::pg_schema_sql();
    let dir = tempfile::tempdir().unwrap();
    let next = std::cell::Cell::new(0);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let histories = (
        prop::collection::vec(0i64..=6, 3),
        prop::collection::vec(op(), 8..=24),
    );
    runner
        .run(&histories, |(stock, ops)| {
            next.set(next.get() + 1);
            let name = format!("history_{}", next.get());
            let url = pg.create_database(&name);
            let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
            client.batch_execute(schema).unwrap();
            let on_server =
                Stockroom::open_server(client, stockroom_core::Clock::Fixed(d("2026-03-01")));
            let mut file = world(&stock);
            let mut server = world_in(set_up(on_server), &stock);
            for (step, op) in ops.iter().enumerate() {
                let aimed = aimed(&file, op);
                let a = apply_aimed(&mut file, op, aimed.clone()).map_err(|e| e.code());
                let b = apply_aimed(&mut server, op, aimed).map_err(|e| e.code());
                prop_assert_eq!(a, b, "step {} {:?}", step, op);
            }
            let copy = dir.path().join(format!("{name}.sqlite3"));
            let url = stockroom_core::db::server::ServerUrl::parse(&url).unwrap();
            stockroom_core::db::server::backup(&url, &copy).unwrap();
            let copy = rusqlite::Connection::open(&copy).unwrap();
            // Every state's invariants, but which line each fill went to when it was made:
            // that is checked step by step on SQLite, and the same fills are compared below
            // (checked now, against today's queue, a later higher priority would look late).
            let fills: i64 = copy
                .query_row("SELECT coalesce(max(id), 0) FROM fills", [], |r| r.get(0))
                .unwrap();
            check_invariants(
                &copy,
                &mut Memory {
                    last_fill: fills,
                    ..Memory::default()
                },
            );
            prop_assert_eq!(rows_without_ids(file.shop.conn()), rows_without_ids(&copy));
            Ok(())
        })
        .unwrap();
}

/// A fresh shop set up as `engine_support::shop` sets one up (handling 1 day, a default
/// carrier of 2 days' transit).
fn set_up(mut s: Stockroom) -> Stockroom {
    s.update_settings(&stockroom_core::settings::SettingsPatch {
        handling_days: Some(1),
        ..Default::default()
    })
    .unwrap();
    s.add_carrier(&stockroom_core::carriers::NewCarrier {
        name: "Post".into(),
        transit_days: 2,
        is_default: true,
    })
    .unwrap();
    s
}

/// Every table's rows as text without the columns that hold ids (its own and references),
/// each table's rows sorted: what the shop holds, whatever ids the engine handed out.
fn rows_without_ids(conn: &rusqlite::Connection) -> Vec<String> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'product_search%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let mut out = Vec::new();
    for t in tables {
        let cols: Vec<String> = conn
            .prepare(&format!("SELECT name FROM pragma_table_info('{t}')"))
            .unwrap()
            .query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .map(|c| c.unwrap())
            .filter(|c| c != "id" && !c.ends_with("_id") && c != "superseded_by" && c != "detail")
            .collect();
        if cols.is_empty() {
            continue;
        }
        let select = cols
            .iter()
            .map(|c| format!("quote({c})"))
            .collect::<Vec<_>>()
            .join(" || '|' || ");
        let mut rows: Vec<String> = conn
            .prepare(&format!("SELECT {select} FROM {t}"))
            .unwrap()
            .query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .map(|r| format!("{t}: {}", r.unwrap()))
            .collect();
        rows.sort();
        out.extend(rows);
    }
    out
}
