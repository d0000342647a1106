//! Importing orders from CSV (the engine's bulk placement: rule 1 order after order, the
//! promise walk once per SKU at the end) gives the same shop as placing the same orders one by
//! one through `place_order`.

mod engine_support;

use engine_support::{order, po, product, shop};
use rusqlite::Connection;
use stockroom_core::catalog::BackorderPolicy;
use stockroom_core::customers::NewCustomer;
use stockroom_core::data::{ImportKind, ImportOptions};
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::Stockroom;

/// One CSV row: order number, placed at, customer email, priority, SKU, quantity.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    i64,
    &'static str,
    i64,
);

/// A shop on 2026-03-01 with stock of some products, none of others, a PO, and two orders
/// already waiting (placed at noon) — the same every time it is built.
fn shop_with_a_queue() -> Stockroom {
    let mut s = shop();
    product(&mut s, "IN", 5, BackorderPolicy::Notify, Some(10));
    product(&mut s, "OUT", 0, BackorderPolicy::Notify, Some(20));
    product(&mut s, "SILENT", 0, BackorderPolicy::Allow, Some(5));
    product(&mut s, "NEVER", 2, BackorderPolicy::Refuse, None);
    product(&mut s, "UNKNOWN-LEAD", 0, BackorderPolicy::Notify, None);
    for (name, email) in [
        ("Ada", "ada@x.org"),
        ("Ben", "ben@x.org"),
        ("Cy", "cy@x.org"),
    ] {
        s.add_customer(&NewCustomer {
            name: name.into(),
            email: email.into(),
            ..Default::default()
        })
        .unwrap();
    }
    po(&mut s, "2026-03-10", &[("OUT", 3)]);
    po(&mut s, "2026-03-20", &[("OUT", 4)]);
    order(&mut s, 1, &[("OUT", 2)], 0);
    order(&mut s, 2, &[("OUT", 1), ("SILENT", 1)], 0);
    s
}

fn csv_of(rows: &[Row]) -> String {
    let mut csv = String::from("order,placed_at,customer_email,priority,sku,ordered\n");
    for (number, at, email, priority, sku, qty) in rows {
        csv.push_str(&format!("{number},{at},{email},{priority},{sku},{qty}\n"));
    }
    csv
}

/// Places the rows' orders one by one (consecutive rows of a number are one order); an order
/// the engine refuses is left out, as the import with `skip_bad_rows` leaves it out.
fn place_one_by_one(s: &mut Stockroom, rows: &[Row]) -> usize {
    let mut refused = 0;
    let mut i = 0;
    while i < rows.len() {
        let (number, at, email, priority, _, _) = rows[i];
        let mut lines = Vec::new();
        while i < rows.len() && rows[i].0 == number {
            lines.push(NewOrderLine {
                sku: rows[i].4.into(),
                qty: rows[i].5,
                unit_price: None,
            });
            i += 1;
        }
        let customer_id: i64 = s
            .conn()
            .query_row("SELECT id FROM customers WHERE email = ?1", [email], |r| {
                r.get(0)
            })
            .unwrap();
        let placed = s.place_order(&NewOrder {
            customer_id,
            lines,
            priority,
            number: Some(number.into()),
            placed_at: Some(
                chrono::NaiveDateTime::parse_from_str(at, "%Y-%m-%d %H:%M:%S").unwrap(),
            ),
            ..Default::default()
        });
        if placed.is_err() {
            refused += 1;
        }
    }
    refused
}

fn import(s: &mut Stockroom, rows: &[Row]) -> usize {
    let r = s
        .import_bytes(
            ImportKind::Orders,
            csv_of(rows).as_bytes(),
            ImportOptions {
                dry_run: false,
                skip_bad_rows: true,
            },
            |_, _| {},
        )
        .unwrap();
    assert!(r.committed, "{r:?}");
    r.problems.len()
}

/// The rows of a query as text, one per line.
fn rows_of(conn: &Connection, sql: &str) -> Vec<String> {
    let mut st = conn.prepare(sql).unwrap();
    let n = st.column_count();
    let mut rows = st.query([]).unwrap();
    let mut out = Vec::new();
    while let Some(r) = rows.next().unwrap() {
        let cells: Vec<String> = (0..n)
            .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
            .collect();
        out.push(cells.join("|"));
    }
    out
}

const LINES: &str = "SELECT o.number, ol.line_no, ol.product_id, ol.unit_price, ol.ordered,
        ol.allocated, ol.shipped, ol.backordered, ol.cancelled, ol.initially_backordered,
        ol.incentive_units, ol.priority, ol.placed_at, ol.eta, ol.first_eta
    FROM order_lines ol JOIN orders o ON o.id = ol.order_id ORDER BY o.number, ol.line_no";
const LEDGER: &str = "SELECT product_id, kind, qty, reason, reference, on_date FROM stock_movements
    ORDER BY id";
const FILLS: &str = "SELECT order_line_id, qty, on_date, reference FROM fills ORDER BY id";
const NOTICES: &str = "SELECT o.number, n.kind, n.due_on, n.status, n.detail FROM notifications n
    JOIN orders o ON o.id = n.order_id ORDER BY o.number, n.kind, n.detail";

#[test]
fn importing_orders_gives_what_placing_them_one_by_one_gives() {
    let rows: &[Row] = &[
        // A rush order jumps ahead of the two orders already waiting for OUT: their
        // promises move (one notice each) and the rush line takes the first PO.
        ("WEB-1", "2026-03-01 13:00:00", "cy@x.org", 5, "OUT", 2),
        ("WEB-2", "2026-03-01 13:05:00", "ada@x.org", 0, "IN", 3),
        ("WEB-2", "2026-03-01 13:05:00", "ada@x.org", 0, "OUT", 2),
        // Two lines of one SKU draw on the same stock in line order: 2 left of IN.
        ("WEB-3", "2026-03-01 13:10:00", "ben@x.org", 0, "IN", 1),
        ("WEB-3", "2026-03-01 13:10:00", "ben@x.org", 0, "IN", 4),
        // NEVER is short: refused whole, and its stock stays for WEB-5.
        ("WEB-4", "2026-03-01 13:15:00", "ada@x.org", 0, "NEVER", 3),
        ("WEB-4", "2026-03-01 13:15:00", "ada@x.org", 0, "IN", 1),
        ("WEB-5", "2026-03-01 13:20:00", "cy@x.org", 0, "NEVER", 2),
        ("WEB-6", "2026-03-01 13:25:00", "ben@x.org", 0, "SILENT", 2),
        (
            "WEB-6",
            "2026-03-01 13:25:00",
            "ben@x.org",
            0,
            "UNKNOWN-LEAD",
            1,
        ),
        ("WEB-7", "2026-03-01 13:30:00", "ada@x.org", 0, "OUT", 9),
    ];
    let mut by_import = shop_with_a_queue();
    let mut one_by_one = shop_with_a_queue();
    assert_eq!(import(&mut by_import, rows), 1, "WEB-4 is a problem");
    assert_eq!(
        place_one_by_one(&mut one_by_one, rows),
        1,
        "WEB-4 is refused"
    );

    for (what, sql) in [
        ("order lines with their promises", LINES),
        ("ledger", LEDGER),
        ("fills", FILLS),
        ("notices", NOTICES),
    ] {
        assert_eq!(
            rows_of(by_import.conn(), sql),
            rows_of(one_by_one.conn(), sql),
            "the {what} differ"
        );
    }
    let web5 = by_import.order("WEB-5").unwrap();
    assert_eq!(web5.lines[0].allocated, 2, "the refused order took nothing");
    // The moves are news for those customers: since nobody was told yet, each order's newer
    // notice supersedes its older one (issue 15).
    let moved = rows_of(
        by_import.conn(),
        "SELECT count(*) FROM notifications WHERE kind = 'promise_moved' OR status = 'superseded'",
    );
    assert_ne!(moved, ["Integer(0)"], "the rush order moved older promises");
}

#[test]
fn an_import_landing_in_the_middle_of_queues_gives_the_same_lines_and_promises() {
    // Placed before the orders already waiting, in no particular order: each lands in the
    // middle of its queue. Order by order, every placement re-promised the lines behind it;
    // the import walks each queue once. Stored figures and promises are the same; only a
    // new line's first promise is the one the import commits with, not an intermediate one.
    let rows: &[Row] = &[
        ("OLD-3", "2026-02-27 09:00:00", "ada@x.org", 0, "OUT", 3),
        ("OLD-1", "2026-02-20 09:00:00", "ben@x.org", 0, "OUT", 1),
        ("OLD-1", "2026-02-20 09:00:00", "ben@x.org", 0, "IN", 6),
        ("OLD-2", "2026-02-25 09:00:00", "cy@x.org", 1, "OUT", 2),
        (
            "OLD-4",
            "2026-02-26 09:00:00",
            "cy@x.org",
            0,
            "UNKNOWN-LEAD",
            2,
        ),
    ];
    let mut by_import = shop_with_a_queue();
    let mut one_by_one = shop_with_a_queue();
    assert_eq!(import(&mut by_import, rows), 0);
    assert_eq!(place_one_by_one(&mut one_by_one, rows), 0);
    let without_first_eta = LINES.replace(", ol.first_eta", "");
    assert_eq!(
        rows_of(by_import.conn(), &without_first_eta),
        rows_of(one_by_one.conn(), &without_first_eta),
        "the order lines with their promises differ"
    );
    assert_eq!(
        rows_of(by_import.conn(), LEDGER),
        rows_of(one_by_one.conn(), LEDGER)
    );
    // The first promise of an imported line is its promise as the import committed it.
    let first = rows_of(
        by_import.conn(),
        "SELECT count(*) FROM order_lines ol JOIN orders o ON o.id = ol.order_id
         WHERE o.number LIKE 'OLD-%' AND ol.first_eta IS NOT ol.eta",
    );
    assert_eq!(first, ["Integer(0)"]);
    // The two orders that were waiting get one "moved" notice each, with their net move.
    let moved = rows_of(
        by_import.conn(),
        "SELECT o.number, count(*) FROM notifications n JOIN orders o ON o.id = n.order_id
         WHERE n.kind = 'promise_moved' GROUP BY o.number ORDER BY o.number",
    );
    assert!(moved.iter().all(|r| r.ends_with("Integer(1)")), "{moved:?}");
}
