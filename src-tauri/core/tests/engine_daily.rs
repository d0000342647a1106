//! Promises go stale overnight (rule 7 counts from today): the daily recompute runs once per
//! day, when the day changed since its last run, and records the moves as any recompute does.

use std::path::Path;

use chrono::NaiveDate;
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::{BackorderPolicy, NewProduct};
use stockroom_core::customers::NewCustomer;
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::purchasing::{NewPo, NewPoLine};
use stockroom_core::{Clock, Stockroom};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn open_on(path: &Path, day: &str) -> Stockroom {
    Stockroom::open(path)
        .unwrap()
        .with_clock(Clock::Fixed(d(day)))
}

/// On 2026-03-01 (handling 1 day by default, transit 2): SO-1001 waits for a PO due 03-03,
/// SO-1002 for a product with no PO and a lead time of 10 days.
fn shop_with_waiting_orders(path: &Path) {
    let mut s = open_on(path, "2026-03-01");
    s.add_carrier(&NewCarrier {
        name: "Post".into(),
        transit_days: 2,
        is_default: true,
    })
    .unwrap();
    s.add_customer(&NewCustomer {
        name: "Ada".into(),
        ..Default::default()
    })
    .unwrap();
    for sku in ["PO-DUE", "LEAD"] {
        s.add_product(&NewProduct {
            sku: sku.into(),
            name: sku.into(),
            price: 1000,
            lead_time_days: Some(10),
            backorders: BackorderPolicy::Notify,
            ..Default::default()
        })
        .unwrap();
    }
    s.create_po(&NewPo {
        supplier: "Acme".into(),
        expected_on: d("2026-03-03"),
        lines: vec![NewPoLine {
            sku: "PO-DUE".into(),
            qty: 1,
            unit_cost: None,
        }],
        note: String::new(),
        number: None,
    })
    .unwrap();
    for sku in ["PO-DUE", "LEAD"] {
        s.place_order(&NewOrder {
            customer_id: 1,
            lines: vec![NewOrderLine {
                sku: sku.into(),
                qty: 1,
                unit_price: None,
            }],
            ..Default::default()
        })
        .unwrap();
    }
}

fn eta(s: &Stockroom, order: &str) -> Option<NaiveDate> {
    s.order(order).unwrap().lines[0].eta
}

#[test]
fn the_daily_recompute_runs_once_a_day_and_moves_stale_promises() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.sqlite3");
    shop_with_waiting_orders(&path);

    let mut s = open_on(&path, "2026-03-01");
    let first = s.recompute_promises_once_a_day().unwrap();
    assert_eq!(
        first,
        Some(vec![]),
        "the first run of the day finds today's promises current"
    );
    assert_eq!(
        s.recompute_promises_once_a_day().unwrap(),
        None,
        "it does not run twice on one day"
    );
    drop(s);

    // Two days later the PO is not overdue yet, but the lead time counts from a later today.
    let mut s = open_on(&path, "2026-03-03");
    assert_eq!(eta(&s, "SO-1001"), Some(d("2026-03-06")));
    let moved = s.recompute_promises_once_a_day().unwrap().unwrap();
    let orders: Vec<&str> = moved.iter().map(|m| m.order.as_str()).collect();
    assert_eq!(orders, ["SO-1002"], "only the lead-time promise moved");
    assert_eq!(
        eta(&s, "SO-1002"),
        Some(d("2026-03-16")),
        "03-03 + 10 + 1 + 2"
    );
    drop(s);

    // The PO is now two days overdue: its units count from today.
    let mut s = open_on(&path, "2026-03-05");
    let moved = s.recompute_promises_once_a_day().unwrap().unwrap();
    assert_eq!(moved.len(), 2, "{moved:?}");
    assert_eq!(
        eta(&s, "SO-1001"),
        Some(d("2026-03-08")),
        "max(03-03, today) + 1 + 2"
    );
    // One notice per order and run with a move; as nobody was told yet, each newer notice
    // supersedes the order's older pending one and carries its latest date (issue 15).
    let notices = s.notifications(&Default::default()).unwrap();
    let superseded = notices
        .iter()
        .filter(|n| n.status.as_str() == "superseded")
        .count();
    assert_eq!(superseded, 3, "one per order and run with a move");
    for order in ["SO-1001", "SO-1002"] {
        let pending: Vec<_> = notices
            .iter()
            .filter(|n| n.order == order && n.status.as_str() == "pending")
            .collect();
        assert_eq!(pending.len(), 1, "{order}: {pending:?}");
        assert_eq!(pending[0].lines[0].eta, eta(&s, order), "{order}");
    }
    assert_eq!(s.recompute_promises_once_a_day().unwrap(), None);
}

#[test]
fn the_day_of_the_last_recompute_is_kept_in_the_database_so_a_backup_carries_it() {
    // The in-memory shop has no file beside it: the day lives in the database itself.
    let mut s = Stockroom::open_in_memory()
        .unwrap()
        .with_clock(Clock::Fixed(d("2026-03-01")));
    assert_eq!(s.recompute_promises_once_a_day().unwrap(), Some(vec![]));
    assert_eq!(
        s.recompute_promises_once_a_day().unwrap(),
        None,
        "already done today"
    );
    let mut s = s.with_clock(Clock::Fixed(d("2026-03-02")));
    assert_eq!(
        s.recompute_promises_once_a_day().unwrap(),
        Some(vec![]),
        "a new day"
    );
}

#[test]
fn the_cli_refreshes_promises_before_a_command_that_writes_on_a_new_day() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.sqlite3");
    shop_with_waiting_orders(&path);
    let order_eta = |day: &str| -> String {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_stockroom"))
            .arg("--db")
            .arg(&path)
            .args(["--today", day, "--json", "order", "show", "SO-1002"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["lines"][0]["eta"].as_str().unwrap().to_string()
    };
    assert_eq!(order_eta("2026-03-01"), "2026-03-14", "03-01 + 10 + 1 + 2");
    // Reading writes nothing (issue 15): the promise stays as stored until something changes
    // the shop on the new day.
    assert_eq!(
        order_eta("2026-03-04"),
        "2026-03-14",
        "a read recomputes nothing"
    );
    let write = std::process::Command::new(env!("CARGO_BIN_EXE_stockroom"))
        .arg("--db")
        .arg(&path)
        .args(["--today", "2026-03-04", "carrier", "add", "--name", "DPD"])
        .args(["--transit-days", "1"])
        .output()
        .unwrap();
    assert!(
        write.status.success(),
        "{}",
        String::from_utf8_lossy(&write.stderr)
    );
    assert_eq!(
        order_eta("2026-03-04"),
        "2026-03-17",
        "the lead time counts from the new day"
    );
}
