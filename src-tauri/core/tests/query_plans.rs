//! The hot queries never fall back to a full scan of orders, order lines, the ledger or
//! products (issue 8): each is run through EXPLAIN QUERY PLAN on a generated shop and a plan
//! step `SCAN <table>` without an index fails the test, naming the query and its plan.
//!
//! The SQL texts are copies of the engine's (`backorders/store.rs`, `catalog/store.rs`,
//! `purchasing/store.rs`, `orders/store.rs`, `stock/store.rs`, `dashboard/mod.rs`) or the
//! `pub const`s of `search.rs`. When a query changes there, change it here too: this file is
//! the list of queries that must stay fast on a large shop.
//!
//! A scan of a covering index is accepted (`SCAN ol USING COVERING INDEX order_lines_waiting`):
//! those are the narrow partial indexes of schema v4, sized by what waits, not by the history.

use chrono::NaiveDate;
use rusqlite::Connection;
use stockroom_core::backorders::list;
use stockroom_core::backorders::model::BackorderQuery;
use stockroom_core::demo_scale::ScaleSpec;
use stockroom_core::orders::list::{self as orders_list, OrderQuery};
use stockroom_core::orders::OrderStatus;
use stockroom_core::{dashboard, search};
use stockroom_core::{Clock, Stockroom};

/// Table names and the aliases the engine's queries give them, for the guarded tables.
const GUARDED: &[(&str, &[&str])] = &[
    ("orders", &["orders", "o"]),
    ("order_lines", &["order_lines", "ol", "l", "w", "a"]),
    ("stock_movements", &["stock_movements", "m"]),
    ("products", &["products", "p"]),
];

fn plan(conn: &Connection, sql: &str) -> Vec<String> {
    let mut st = conn
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .unwrap_or_else(|e| panic!("{e}\n{sql}"));
    for i in 1..=st.parameter_count() {
        st.raw_bind_parameter(i, 1).unwrap();
    }
    let mut rows = st.raw_query();
    let mut out = Vec::new();
    while let Some(r) = rows.next().unwrap() {
        out.push(r.get::<_, String>(3).unwrap());
    }
    out
}

/// The guarded table a plan step scans without any index, if any.
fn full_scan(step: &str) -> Option<&'static str> {
    let rest = step.strip_prefix("SCAN ")?;
    if rest.contains("USING") || rest.contains("VIRTUAL TABLE") {
        return None;
    }
    let name = rest.split_whitespace().next()?;
    GUARDED
        .iter()
        .find(|(_, aliases)| aliases.contains(&name))
        .map(|(table, _)| *table)
}

fn hot_queries() -> Vec<(&'static str, String)> {
    let promise_cols = "ol.id, ol.order_id, o.number, ol.allocated, ol.backordered, ol.eta,
    coalesce(c.transit_days, ?2)";
    let product_cols = "p.id, p.sku, p.name, p.description, p.category, p.price, p.cost, s.name,
    p.reorder_point, p.safety_stock, p.reorder_qty, p.lead_time_days, p.backorders, p.on_hand";
    vec![
        ("queue of a SKU (queue_head)", "SELECT ol.id, ol.order_id, o.number, ol.backordered FROM order_lines ol
         JOIN orders o ON o.id = ol.order_id
         WHERE ol.product_id = ?1 AND ol.backordered > 0
         ORDER BY ol.priority DESC, ol.placed_at, ol.id".into()),
        ("queue of a SKU for promises", format!("SELECT {promise_cols} FROM order_lines ol
         JOIN orders o ON o.id = ol.order_id
         LEFT JOIN carriers c ON c.id = o.carrier_id
         WHERE ol.product_id = ?1 AND ol.backordered > 0
         ORDER BY ol.priority DESC, ol.placed_at, ol.id")),
        ("allocations from the back of the queue", "SELECT ol.id, ol.order_id, o.number, ol.allocated FROM order_lines ol
         JOIN orders o ON o.id = ol.order_id
         WHERE ol.product_id = ?1 AND ol.allocated > 0
         ORDER BY ol.priority ASC, ol.placed_at DESC, ol.id DESC".into()),
        ("allocated of a SKU (kept on the product, issue 19)", "SELECT allocated FROM products WHERE id = ?1".into()),
        ("waiting units of a SKU", "SELECT coalesce(sum(backordered), 0), count(*) FROM order_lines
         WHERE product_id = ?1 AND backordered > 0".into()),
        ("queue position of a line", "SELECT count(*) FROM order_lines WHERE product_id = ?1 AND backordered > 0
         AND (priority > ?2 OR (priority = ?2 AND (placed_at < ?3 OR (placed_at = ?3 AND id < ?4))))".into()),
        ("the last line of a queue", stockroom_core::backorders::store::LAST_IN_QUEUE.into()),
        ("open PO lines of a SKU (supply)", "SELECT pl.ordered - pl.received, po.expected_on FROM po_lines pl
         JOIN purchase_orders po ON po.id = pl.po_id
         WHERE pl.product_id = ?1 AND pl.received < pl.ordered AND po.cancelled = 0
         ORDER BY po.expected_on, length(po.number), po.number, pl.line_no".into()),
        ("incoming of a SKU", "SELECT coalesce(sum(pl.ordered - pl.received), 0) FROM po_lines pl
         JOIN purchase_orders po ON po.id = pl.po_id
         WHERE pl.product_id = ?1 AND pl.received < pl.ordered AND po.cancelled = 0".into()),
        ("an order's lines", "SELECT ol.id, ol.line_no, ol.product_id, p.sku, p.name, ol.unit_price, ol.ordered, ol.allocated,
                ol.shipped, ol.backordered, ol.cancelled, ol.incentive_units, ol.initially_backordered, ol.eta
         FROM order_lines ol JOIN products p ON p.id = ol.product_id
         WHERE ol.order_id = ?1 ORDER BY ol.line_no".into()),
        ("an order by number", "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id
         LEFT JOIN carriers k ON k.id = o.carrier_id WHERE o.number = ?1".into()),
        ("a product by SKU", format!("SELECT {product_cols} FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id WHERE p.sku = ?1")),
        ("a product's ledger", "SELECT m.id, p.sku, m.kind, m.qty, m.reason, m.reference, m.on_date, m.created_at,
                sum(m.qty) OVER (ORDER BY m.id)
         FROM stock_movements m JOIN products p ON p.id = m.product_id
         WHERE m.product_id = ?1 ORDER BY m.id".into()),
        ("product search, one page", search::SEARCH_SQL.into()),
        ("product search, count", search::COUNT_SQL.into()),
        ("product list without a search", search::ALL_BY_SKU_SQL.into()),
        ("a page of products by id (issue 19)", stockroom_core::catalog::store::BY_IDS_SQL.into()),
        ("a page of products' figures (issue 19)", stockroom_core::catalog::store::FIGURES_SQL.to_string()),
        ("a page of products' barcodes (issue 19)", stockroom_core::barcodes::store::CODES_OF_LIST_SQL.into()),
        ("products low in stock, a page", stockroom_core::catalog::store::LOW_STOCK_PAGE_SQL.into()),
        ("products with nothing available, a page", stockroom_core::catalog::store::NOTHING_AVAILABLE_PAGE_SQL.into()),
        ("product search as a filter of the product list", format!(
            "SELECT {product_cols} FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id
             WHERE {} ORDER BY p.sku", search::PRODUCT_MATCH_FILTER)),
        ("dashboard: products", "SELECT count(*) FROM products".into()),
        ("dashboard: stock by on_hand", dashboard::STOCK_SQL.into()),
        ("dashboard: stock correction for allocated products", dashboard::ALLOCATED_CORRECTION_SQL.into()),
        ("dashboard: open orders", dashboard::OPEN_ORDERS_SQL.into()),
        ("dashboard: waiting lines, units, value", dashboard::WAITING_SQL.into()),
        ("dashboard: waiting without ETA", dashboard::WITHOUT_ETA_SQL.into()),
        ("dashboard: oldest waiting line", dashboard::OLDEST_SQL.into()),
        ("dashboard: ready to ship", dashboard::READY_SQL.into()),
        ("dashboard: open and overdue POs", dashboard::POS_SQL.into()),
        ("dashboard: customers to notify", dashboard::NOTIFY_SQL.into()),
        ("backorder page: a line's details", list::ROW_SQL.into()),
        ("backorder page: a line's queue position", list::AHEAD_SQL.into()),
        ("backorder list (CLI)", "SELECT * FROM (
            SELECT o.number, c.name, c.id, p.sku, p.name, ol.backordered, ol.eta,
                   substr(ol.placed_at, 1, 10), o.priority,
                   row_number() OVER (PARTITION BY ol.product_id
                                      ORDER BY ol.priority DESC, ol.placed_at, ol.id) AS pos,
                   ol.eta IS NULL
            FROM order_lines ol
            JOIN orders o ON o.id = ol.order_id
            JOIN customers c ON c.id = o.customer_id
            JOIN products p ON p.id = ol.product_id
            WHERE ol.backordered > 0 AND (?1 IS NULL OR p.sku = ?1)
         )
         ORDER BY 4, pos".into()),
        ("recompute all promises: SKUs that wait", "SELECT DISTINCT product_id FROM order_lines WHERE backordered > 0".into()),
    ]
}

/// The Backorders page's query for each filter the screen offers (the SQL is built from the
/// filter, so each combination has its own plan).
fn backorder_page_queries() -> Vec<(&'static str, String)> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let q = |f: fn(&mut BackorderQuery)| {
        let mut q = BackorderQuery::default();
        f(&mut q);
        list::ids_sql(&list::conditions(&q, today).unwrap().0)
    };
    vec![
        ("backorder page: all", q(|_| {})),
        (
            "backorder page: SKU prefix",
            q(|q| q.sku = Some("kt-0".into())),
        ),
        (
            "backorder page: customer id",
            q(|q| q.customer_id = Some(7)),
        ),
        (
            "backorder page: customer name",
            q(|q| q.customer = Some("an".into())),
        ),
        (
            "backorder page: waiting 30 days",
            q(|q| q.min_age_days = Some(30)),
        ),
        (
            "backorder page: without a date",
            q(|q| q.without_eta = true),
        ),
    ]
}

/// The Orders page's query for each status filter and a search (newest first, a page).
fn order_page_queries() -> Vec<(&'static str, String)> {
    let q = |status: Option<OrderStatus>, ready_only: bool, search: Option<&str>| {
        let (conds, args) = orders_list::conditions(&OrderQuery {
            status,
            ready_only,
            search: search.map(String::from),
            ..Default::default()
        });
        orders_list::page_sql(&conds, args.len() + 2)
    };
    vec![
        ("orders page: all", q(None, false, None)),
        ("orders page: open", q(Some(OrderStatus::Open), false, None)),
        (
            "orders page: backordered",
            q(Some(OrderStatus::Backordered), false, None),
        ),
        (
            "orders page: partially shipped",
            q(Some(OrderStatus::PartiallyShipped), false, None),
        ),
        (
            "orders page: shipped",
            q(Some(OrderStatus::Shipped), false, None),
        ),
        (
            "orders page: cancelled",
            q(Some(OrderStatus::Cancelled), false, None),
        ),
        ("orders page: ready to ship", q(None, true, None)),
        ("orders page: search", q(None, false, Some("ander"))),
    ]
}

#[test]
fn no_hot_query_scans_orders_lines_ledger_or_products() {
    let mut shop = Stockroom::open_in_memory()
        .unwrap()
        .with_clock(Clock::Fixed(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()));
    shop.load_scaled_demo_if_empty(&ScaleSpec::fraction_of_large(500))
        .unwrap();
    let conn = shop.conn();
    let mut failures = Vec::new();
    for (name, sql) in hot_queries()
        .into_iter()
        .chain(backorder_page_queries())
        .chain(order_page_queries())
    {
        let steps = plan(conn, &sql);
        if let Some(table) = steps.iter().find_map(|s| full_scan(s)) {
            failures.push(format!(
                "{name}: full scan of {table}\n    {}",
                steps.join("\n    ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "hot queries scanning a whole table:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_checker_recognises_a_full_scan() {
    let conn = stockroom_core::db::open_in_memory().unwrap();
    let like = "SELECT p.id FROM products p WHERE p.name LIKE '%brass%'";
    assert_eq!(
        plan(&conn, like).iter().find_map(|s| full_scan(s)),
        Some("products")
    );
    let by_sku = "SELECT p.id FROM products p WHERE p.sku = ?1";
    assert_eq!(plan(&conn, by_sku).iter().find_map(|s| full_scan(s)), None);
}

/// Session-3 regression (issue 8, Orders search 70–160 ms on the large shop): with the planner
/// stability guarantee a bound `number LIKE ?` could not become an index range, so the search
/// walked every order through the date index. The search must be three index ranges united
/// by SQLite's OR optimisation: the matching customers' orders and the two number prefixes
/// (and, issue 21, the web shop's name of the order through its unique index).
#[test]
fn an_order_search_reads_index_ranges_not_every_order() {
    let mut shop = Stockroom::open_in_memory()
        .unwrap()
        .with_clock(Clock::Fixed(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()));
    shop.load_scaled_demo_if_empty(&ScaleSpec::fraction_of_large(500))
        .unwrap();
    let (conds, args) = orders_list::conditions(&OrderQuery {
        search: Some("1234".into()),
        ..Default::default()
    });
    let sql = format!("SELECT count(*) FROM orders o WHERE {conds}");
    assert_eq!(
        args.len(),
        6,
        "a name pattern, two number ranges and the web shop's name (issue 21)"
    );
    let steps = plan(shop.conn(), &sql);
    assert!(
        steps.iter().any(|s| s.contains("MULTI-INDEX OR")),
        "{}",
        steps.join("\n")
    );
    assert!(
        !steps.iter().any(|s| s.starts_with("SCAN o")),
        "no walk over the orders: {}",
        steps.join("\n")
    );
}
