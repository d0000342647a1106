//! The screens of a large shop read pages and figures from SQL (issues 5 and 8); these tests
//! prove the fast paths give the same answers as the plain definitions.
//!
//! Index:
//! - the Backorders page, page by page, is the CLI's whole list cut into pages;
//! - each filter keeps exactly the lines the plain filter keeps, with whole-queue positions;
//! - bad paging input is refused;
//! - the Dashboard's figures equal their definitions (value, oldest waiting, stock counts).
//!
//! The shop is 1/100 of the large demo (1,000 products, 10,000 order lines, 200 waiting).

use chrono::NaiveDate;
use stockroom_core::backorders::model::BackorderQuery;
use stockroom_core::backorders::{BackorderFilter, BackorderRow};
use stockroom_core::demo_scale::ScaleSpec;
use stockroom_core::{Clock, Stockroom};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn shop() -> Stockroom {
    let mut shop = Stockroom::open_in_memory()
        .unwrap()
        .with_clock(Clock::Fixed(today()));
    shop.load_scaled_demo_if_empty(&ScaleSpec::fraction_of_large(100))
        .unwrap()
        .expect("an empty database takes the demo");
    shop
}

/// Every row of the filtered page list, read `size` rows at a time.
fn all_pages(shop: &Stockroom, q: &BackorderQuery, size: i64) -> (Vec<BackorderRow>, i64) {
    let mut rows = Vec::new();
    let mut total = None;
    loop {
        let page = shop.backorders_page(q, rows.len() as i64, size).unwrap();
        assert_eq!(page.offset, rows.len() as i64);
        assert!(
            page.items.len() as i64 <= size,
            "a page never exceeds its limit"
        );
        if let Some(t) = total {
            assert_eq!(page.total, t, "the total does not depend on the page");
        }
        total = Some(page.total);
        if page.items.is_empty() {
            break;
        }
        rows.extend(page.items);
    }
    (rows, total.unwrap())
}

#[test]
fn the_backorder_pages_together_are_the_whole_queue_list() {
    let shop = shop();
    let whole = shop.backorders(&BackorderFilter::default()).unwrap();
    assert!(whole.len() > 100, "the demo has a queue worth paging");
    let (paged, total) = all_pages(&shop, &BackorderQuery::default(), 37);
    assert_eq!(total, whole.len() as i64);
    assert_eq!(
        paged, whole,
        "same rows, same order, same positions and ages"
    );
}

#[test]
fn each_filter_keeps_the_lines_the_plain_filter_keeps_with_whole_queue_positions() {
    let shop = shop();
    let whole = shop.backorders(&BackorderFilter::default()).unwrap();
    let some = &whole[whole.len() / 2];
    let queries: Vec<(&str, BackorderQuery, Box<dyn Fn(&BackorderRow) -> bool>)> = vec![
        (
            "one customer",
            BackorderQuery {
                customer_id: Some(some.customer_id),
                ..Default::default()
            },
            Box::new(|r: &BackorderRow| r.customer_id == some.customer_id),
        ),
        (
            "part of a customer's name, any case",
            BackorderQuery {
                customer: Some("AN".into()),
                ..Default::default()
            },
            Box::new(|r: &BackorderRow| r.customer.to_lowercase().contains("an")),
        ),
        (
            "waiting at least 30 days",
            BackorderQuery {
                min_age_days: Some(30),
                ..Default::default()
            },
            Box::new(|r: &BackorderRow| r.age_days >= 30),
        ),
        (
            "without a date",
            BackorderQuery {
                without_eta: true,
                ..Default::default()
            },
            Box::new(|r: &BackorderRow| r.eta.is_none()),
        ),
        (
            "one SKU typed in lower case",
            BackorderQuery {
                sku: Some(some.sku.to_lowercase()),
                ..Default::default()
            },
            Box::new(|r: &BackorderRow| r.sku == some.sku),
        ),
        (
            "the start of a SKU, with an old customer",
            BackorderQuery {
                sku: Some(some.sku[..2].to_string()),
                min_age_days: Some(10),
                ..Default::default()
            },
            Box::new(|r: &BackorderRow| r.sku.starts_with(&some.sku[..2]) && r.age_days >= 10),
        ),
    ];
    for (what, q, keep) in queries {
        let expected: Vec<BackorderRow> = whole.iter().filter(|r| keep(r)).cloned().collect();
        assert!(!expected.is_empty(), "{what}: the demo has such lines");
        let (paged, total) = all_pages(&shop, &q, 25);
        assert_eq!(total, expected.len() as i64, "{what}: total");
        assert_eq!(
            paged, expected,
            "{what}: rows keep their positions in the whole queue"
        );
    }
}

#[test]
fn a_filter_that_matches_nothing_is_an_empty_page_not_an_error() {
    let shop = shop();
    let q = BackorderQuery {
        sku: Some("NO-SUCH-*[?".into()),
        ..Default::default()
    };
    let page = shop.backorders_page(&q, 0, 50).unwrap();
    assert_eq!((page.items.len(), page.total), (0, 0));
    let q = BackorderQuery {
        customer: Some("100%_".into()),
        ..Default::default()
    };
    assert_eq!(
        shop.backorders_page(&q, 0, 50).unwrap().total,
        0,
        "% and _ are plain text"
    );
}

#[test]
fn bad_paging_input_is_refused_with_an_invalid_error() {
    let shop = shop();
    let q = BackorderQuery::default();
    for (offset, limit) in [(-1, 50), (0, 0), (0, 1001)] {
        let e = shop.backorders_page(&q, offset, limit).unwrap_err();
        assert_eq!(e.code(), "invalid_input", "offset {offset}, limit {limit}");
    }
    let q = BackorderQuery {
        min_age_days: Some(-3),
        ..Default::default()
    };
    assert_eq!(
        shop.backorders_page(&q, 0, 50).unwrap_err().code(),
        "invalid_input"
    );
}

#[test]
fn the_dashboard_figures_equal_their_definitions() {
    let shop = shop();
    let d = shop.dashboard().unwrap();
    let c = shop.conn();
    let one = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };

    // Stock: available = on_hand − Σ allocated, computed product by product.
    let (low, out): (i64, i64) = c
        .query_row(
            "SELECT sum(avail > 0 AND avail <= reorder_point), sum(avail <= 0) FROM (
                SELECT p.reorder_point, p.on_hand - coalesce((SELECT sum(allocated) FROM order_lines
                    WHERE product_id = p.id), 0) AS avail FROM products p)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(low > 0 && out > 0, "the demo has low and empty products");
    assert_eq!((d.low_stock, d.out_of_stock), (low, out));

    let whole = shop.backorders(&BackorderFilter::default()).unwrap();
    assert_eq!(d.waiting_lines, whole.len() as i64);
    assert_eq!(
        d.waiting_units,
        whole.iter().map(|r| r.backordered).sum::<i64>()
    );
    assert_eq!(
        d.waiting_value,
        one("SELECT sum(backordered * unit_price) FROM order_lines"),
        "value: waiting units × the price on the order line, in minor units"
    );
    assert_eq!(
        d.waiting_without_eta,
        whole.iter().filter(|r| r.eta.is_none()).count() as i64
    );

    let oldest = d.oldest_waiting.expect("somebody waits");
    let max_age = whole.iter().map(|r| r.age_days).max().unwrap();
    assert_eq!(
        oldest.age_days, max_age,
        "the oldest line has the greatest age"
    );
    assert!(
        whole.iter().any(|r| r.order == oldest.order
            && r.sku == oldest.sku
            && r.customer_id == oldest.customer_id
            && r.age_days == max_age),
        "the oldest line is one of the waiting lines: {oldest:?}"
    );

    assert_eq!(
        d.customers_to_notify,
        one("SELECT count(DISTINCT o.customer_id) FROM notifications n
             JOIN orders o ON o.id = n.order_id WHERE n.status = 'pending'")
    );
    assert_eq!(
        d.overdue_pos,
        one("SELECT count(*) FROM purchase_orders po WHERE cancelled = 0 AND expected_on < '2026-11-26'
             AND EXISTS (SELECT 1 FROM po_lines WHERE po_id = po.id AND received < ordered)")
    );
}

#[test]
fn an_empty_shop_has_no_oldest_line_and_zero_value() {
    let shop = Stockroom::open_in_memory()
        .unwrap()
        .with_clock(Clock::Fixed(today()));
    let d = shop.dashboard().unwrap();
    assert_eq!(d.oldest_waiting, None);
    assert_eq!((d.waiting_value, d.waiting_lines, d.low_stock), (0, 0, 0));
    let json = serde_json::to_value(&d).unwrap();
    assert_eq!(
        json["waiting_value"], "0.00",
        "money crosses to the UI as a decimal string"
    );
}
