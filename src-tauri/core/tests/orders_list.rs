//! The Orders screen's page (issue 5) is the CLI's whole list cut into pages, for every status
//! filter and search: the status computed from index sets in SQL equals the status the rules
//! compute from the lines. The shop is 1/100 of the large demo (about 4,500 orders).

use chrono::NaiveDate;
use stockroom_core::demo_scale::ScaleSpec;
use stockroom_core::orders::list::OrderQuery;
use stockroom_core::orders::{OrderFilter, OrderStatus, OrderSummary};
use stockroom_core::{Clock, Stockroom};

fn shop() -> Stockroom {
    let mut shop = Stockroom::open_in_memory()
        .unwrap()
        .with_clock(Clock::Fixed(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()));
    shop.load_scaled_demo_if_empty(&ScaleSpec::fraction_of_large(100))
        .unwrap()
        .expect("an empty database takes the demo");
    shop
}

fn all_pages(shop: &Stockroom, q: &OrderQuery) -> (Vec<OrderSummary>, i64) {
    let mut rows = Vec::new();
    let mut totals = Vec::new();
    loop {
        let page = shop.orders_page(q, rows.len() as i64, 400).unwrap();
        totals.push(page.total);
        if page.items.is_empty() {
            break;
        }
        rows.extend(page.items);
    }
    totals.dedup();
    assert_eq!(totals.len(), 1, "the total does not depend on the page");
    (rows, totals[0])
}

#[test]
fn every_status_filter_pages_the_orders_the_rules_give_that_status() {
    let shop = shop();
    let whole = shop.orders(&OrderFilter::default()).unwrap();
    let (paged, total) = all_pages(&shop, &OrderQuery::default());
    assert_eq!(total, whole.len() as i64);
    assert_eq!(paged, whole, "no filter: every order, newest first");
    for status in [
        OrderStatus::Open,
        OrderStatus::Backordered,
        OrderStatus::PartiallyShipped,
        OrderStatus::Shipped,
        OrderStatus::Cancelled,
    ] {
        let expected: Vec<OrderSummary> = whole
            .iter()
            .filter(|o| o.status == status)
            .cloned()
            .collect();
        assert!(!expected.is_empty(), "the demo has {status:?} orders");
        let q = OrderQuery {
            status: Some(status),
            ..Default::default()
        };
        let (paged, total) = all_pages(&shop, &q);
        assert_eq!(total, expected.len() as i64, "{status:?}: total");
        assert_eq!(paged, expected, "{status:?}: rows");
    }
    let ready: Vec<OrderSummary> = whole
        .iter()
        .filter(|o| o.ready_to_ship > 0)
        .cloned()
        .collect();
    let q = OrderQuery {
        ready_only: true,
        ..Default::default()
    };
    assert_eq!(all_pages(&shop, &q), (ready.clone(), ready.len() as i64));
}

#[test]
fn a_shipped_filter_with_a_customer_counts_only_that_customers_orders() {
    let shop = shop();
    let whole = shop.orders(&OrderFilter::default()).unwrap();
    let customer = whole
        .iter()
        .find(|o| o.status == OrderStatus::Shipped)
        .unwrap()
        .customer_id;
    let expected: Vec<OrderSummary> = whole
        .iter()
        .filter(|o| o.customer_id == customer && o.status == OrderStatus::Shipped)
        .cloned()
        .collect();
    let q = OrderQuery {
        customer_id: Some(customer),
        status: Some(OrderStatus::Shipped),
        ..Default::default()
    };
    assert_eq!(
        all_pages(&shop, &q),
        (expected.clone(), expected.len() as i64)
    );
}

#[test]
fn search_finds_a_customers_name_part_or_the_start_of_a_number() {
    let shop = shop();
    let whole = shop.orders(&OrderFilter::default()).unwrap();
    let someone = whole[whole.len() / 3].clone();
    let surname = someone
        .customer
        .split_whitespace()
        .last()
        .unwrap()
        .to_lowercase();
    let by_name: Vec<OrderSummary> = whole
        .iter()
        .filter(|o| o.customer.to_lowercase().contains(&surname))
        .cloned()
        .collect();
    let q = OrderQuery {
        search: Some(surname.clone()),
        ..Default::default()
    };
    let (paged, _) = all_pages(&shop, &q);
    assert!(paged.iter().any(|o| o.number == someone.number));
    assert_eq!(paged, by_name, "a name part, any case");

    let digits = someone.number.trim_start_matches("SO-").to_string();
    for typed in [someone.number.to_lowercase(), digits.clone()] {
        let q = OrderQuery {
            search: Some(typed.clone()),
            ..Default::default()
        };
        let (paged, _) = all_pages(&shop, &q);
        let expected: Vec<OrderSummary> = whole
            .iter()
            .filter(|o| o.number.starts_with(&format!("SO-{digits}")))
            .cloned()
            .collect();
        assert_eq!(
            paged, expected,
            "typed {typed:?}: the numbers starting with it"
        );
    }
}

#[test]
fn bad_paging_input_is_refused() {
    let shop = shop();
    for (offset, limit) in [(-1, 50), (0, 0), (0, 5000)] {
        let e = shop
            .orders_page(&OrderQuery::default(), offset, limit)
            .unwrap_err();
        assert_eq!(e.code(), "invalid_input");
    }
}
