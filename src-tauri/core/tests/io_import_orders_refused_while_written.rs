//! Orders are written without a savepoint each (issue 8: the savepoints' journal was 44% of a
//! 100,000-order import), because every check is made before an order's first row. These
//! tests make the database refuse an order halfway through writing it — something no check
//! foresees — and show that it is still reported with its line and stores nothing, and that
//! the orders after it are placed as if it had never been there.

mod io_support;

use io_support::*;
use stockroom_core::data::ImportKind;
use stockroom_core::Stockroom;

/// WEB-2's second line is refused by the database after its order row and first line are
/// written; WEB-4 names a SKU the shop does not have (a problem the checks find).
const ORDERS: &str = "order,placed_at,customer_email,sku,ordered\n\
    WEB-1,2026-11-20 10:00:00,ada@x.org,WOOL-GRY,5\n\
    WEB-2,2026-11-20 11:00:00,ben@x.org,WOOL-GRY,4\n\
    WEB-2,2026-11-20 11:00:00,ben@x.org,WOOL-GRY,7\n\
    WEB-3,2026-11-20 12:00:00,ada@x.org,WOOL-GRY,7\n\
    WEB-4,2026-11-20 13:00:00,ben@x.org,NOPE,1\n";

/// A shop whose database refuses any second order line of 7 units. The trigger is TEMP: it
/// lives on this connection only and is not part of what `dump` compares.
fn shop_refusing_a_second_line_of_seven() -> Stockroom {
    let s = shop_with_stock();
    s.conn()
        .execute_batch(
            "CREATE TEMP TRIGGER refuse_second_line_of_seven BEFORE INSERT ON main.order_lines
             WHEN NEW.line_no = 2 AND NEW.ordered = 7
             BEGIN SELECT RAISE(ABORT, 'no second line of seven'); END;",
        )
        .unwrap();
    s
}

fn order_lines(s: &Stockroom) -> Vec<(String, i64, i64, i64)> {
    s.conn()
        .prepare(
            "SELECT o.number, ol.ordered, ol.allocated, ol.backordered FROM order_lines ol
             JOIN orders o ON o.id = ol.order_id ORDER BY ol.id",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn an_order_refused_halfway_through_writing_is_reported_with_its_line() {
    let mut s = shop_refusing_a_second_line_of_seven();
    let before = dump(&s);
    let r = import(&mut s, ImportKind::Orders, ORDERS, ALL_OR_NOTHING);
    let p = problems(&r);
    assert_eq!(p.len(), 2, "every problem is listed: {p:?}");
    assert!(
        p[0].starts_with("line 3: order 'WEB-2'") && p[0].contains("no second line of seven"),
        "the refused order is named at its first line: {p:?}"
    );
    assert!(
        p[1].starts_with("line 6: order 'WEB-4'") && p[1].contains("NOPE"),
        "{p:?}"
    );
    assert_eq!((r.created, r.rejected, r.committed), (2, 3, false));
    assert_eq!(dump(&s), before, "all or nothing: nothing is stored");
}

#[test]
fn skipping_bad_rows_keeps_nothing_of_the_refused_order_and_gives_its_stock_to_the_next() {
    let mut s = shop_refusing_a_second_line_of_seven();
    let r = import(&mut s, ImportKind::Orders, ORDERS, SKIP_BAD);
    assert!(r.committed, "{r:?}");
    assert_eq!((r.created, r.rejected), (2, 3));
    assert!(s.order("WEB-2").is_err(), "no order row of WEB-2");
    // 12 WOOL-GRY on hand: 5 to WEB-1, and the 7 left to WEB-3, not 3 (had WEB-2's first
    // line kept its 4) — the placer did not count the refused order either.
    assert_eq!(
        order_lines(&s),
        [
            ("WEB-1".to_string(), 5, 5, 0),
            ("WEB-3".to_string(), 7, 7, 0)
        ]
    );
}

#[test]
fn a_dry_run_finds_the_refused_order_too_and_stores_nothing() {
    let mut s = shop_refusing_a_second_line_of_seven();
    let before = dump(&s);
    let r = import(&mut s, ImportKind::Orders, ORDERS, DRY_RUN);
    assert_eq!(r.problems.len(), 2, "{r:?}");
    assert_eq!((r.created, r.committed), (2, false));
    assert_eq!(dump(&s), before);
}
