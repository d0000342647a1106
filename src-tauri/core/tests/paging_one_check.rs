//! Issue 18: one page type and one check. Every list of the window pages the same way: an
//! offset of 0 or more and 1 to `paging::MAX_PAGE` rows, refused with the same message
//! otherwise, and answered as the same `{items, total, offset}`.

mod engine_support;

use engine_support::*;
use stockroom_core::backorders::model::BackorderQuery;
use stockroom_core::catalog::BackorderPolicy::*;
use stockroom_core::customers::ShipPreference::*;
use stockroom_core::orders::list::OrderQuery;
use stockroom_core::paging::MAX_PAGE;
use stockroom_core::purchasing::list::PoQuery;
use stockroom_core::shipping::ShipmentFilter;
use stockroom_core::{Error, Stockroom};

/// Each list's answer for one page: (total, rows on the page, offset).
fn every_list(
    s: &Stockroom,
    offset: i64,
    limit: i64,
) -> Vec<(&'static str, Result<(i64, usize, i64), Error>)> {
    vec![
        (
            "products",
            s.product_list_page("", None, offset, limit)
                .map(|p| (p.total, p.items.len(), p.offset)),
        ),
        (
            "customers",
            s.customers_page("", offset, limit)
                .map(|p| (p.total, p.items.len(), p.offset)),
        ),
        (
            "orders",
            s.orders_page(&OrderQuery::default(), offset, limit)
                .map(|p| (p.total, p.items.len(), p.offset)),
        ),
        (
            "backorders",
            s.backorders_page(&BackorderQuery::default(), offset, limit)
                .map(|p| (p.total, p.items.len(), p.offset)),
        ),
        (
            "purchase orders",
            s.pos_page(&PoQuery::default(), offset, limit)
                .map(|p| (p.total, p.items.len(), p.offset)),
        ),
        (
            "shipments",
            s.shipments_page(&ShipmentFilter::default(), offset, limit)
                .map(|p| (p.total, p.items.len(), p.offset)),
        ),
    ]
}

fn small_shop() -> Stockroom {
    let mut s = shop();
    product(&mut s, "MUG", 1, Notify, Some(10));
    let c = customer(&mut s, "Ada", Partial);
    order(&mut s, c, &[("MUG", 2)], 0);
    po(&mut s, "2026-03-20", &[("MUG", 1)]);
    s
}

#[test]
fn every_list_refuses_the_same_bad_pages_with_the_same_message_issue18() {
    let s = small_shop();
    for (offset, limit, message) in [
        (0, 0, "a page holds 1 to 1000 rows, not 0".to_string()),
        (
            0,
            MAX_PAGE + 1,
            format!("a page holds 1 to 1000 rows, not {}", MAX_PAGE + 1),
        ),
        (-1, 10, "offset must be 0 or more, not -1".to_string()),
    ] {
        for (list, answer) in every_list(&s, offset, limit) {
            match answer {
                Err(e @ Error::Invalid(_)) => assert_eq!(e.to_string(), message, "{list}"),
                other => panic!("{list} with offset {offset}, limit {limit}: {other:?}"),
            }
        }
    }
}

#[test]
fn every_list_answers_a_page_as_items_total_and_offset_issue18() {
    let s = small_shop();
    for (list, answer) in every_list(&s, 0, MAX_PAGE) {
        let (total, rows, offset) = answer.unwrap_or_else(|e| panic!("{list}: {e}"));
        assert_eq!(
            rows as i64, total,
            "{list}: one page holds the whole small list"
        );
        assert_eq!(offset, 0, "{list}");
    }
    for (list, answer) in every_list(&s, 5, 10) {
        let (_, rows, offset) = answer.unwrap_or_else(|e| panic!("{list}: {e}"));
        assert_eq!(
            (rows, offset),
            (0, 5),
            "{list}: past the end, an empty page"
        );
    }
}

#[test]
fn the_orders_screens_filter_is_read_by_the_core_and_an_unknown_status_is_refused_issue18() {
    use stockroom_core::orders::list::OrderFilter;
    use stockroom_core::orders::OrderStatus;
    let f = |status: &str| OrderFilter {
        status: Some(status.into()),
        ..Default::default()
    };
    let q = f("ready").query().unwrap();
    assert!(q.ready_only && q.status.is_none());
    assert_eq!(f("").query().unwrap().status, None);
    assert_eq!(
        f("partially_shipped").query().unwrap().status,
        Some(OrderStatus::PartiallyShipped)
    );
    let e = f("lost").query().unwrap_err();
    assert_eq!(e.code(), "invalid_input");
    assert_eq!(
        e.to_string(),
        "'lost' is not an order status (expected one of open, backordered, partially_shipped, shipped, cancelled)"
    );
}

#[test]
fn the_products_screens_shortage_filter_is_read_by_the_core_issue18() {
    use stockroom_core::catalog::shortage::Shortage;
    assert_eq!(Shortage::parse("low_stock").unwrap(), Shortage::LowStock);
    assert_eq!(Shortage::parse("out").unwrap(), Shortage::NothingAvailable);
    assert_eq!(Shortage::parse("gone").unwrap_err().code(), "invalid_input");
}
