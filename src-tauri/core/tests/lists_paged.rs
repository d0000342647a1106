//! The Customers, Shipments and Purchasing screens page in SQL (issue 5); each paged list,
//! read page by page, equals the plain whole list with the same filter. The shop is 1/100 of
//! the large demo.

use chrono::{Days, NaiveDate};
use stockroom_core::customers::Customer;
use stockroom_core::demo_scale::ScaleSpec;
use stockroom_core::paging::Page;
use stockroom_core::purchasing::list::PoQuery;
use stockroom_core::purchasing::{Po, PoFilter};
use stockroom_core::shipping::{Shipment, ShipmentFilter};
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

/// Every row of a paged list, `size` rows at a time; the total must not change between pages.
fn all_pages<T>(size: i64, mut read: impl FnMut(i64, i64) -> Page<T>) -> (Vec<T>, i64) {
    let mut rows = Vec::new();
    let mut totals = Vec::new();
    loop {
        let page = read(rows.len() as i64, size);
        assert_eq!(page.offset, rows.len() as i64);
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
fn the_customer_pages_are_the_whole_search_result_by_name() {
    let shop = shop();
    for search in ["", "an", "@", "Street"] {
        let whole: Vec<Customer> = shop.customers(search).unwrap();
        let (paged, total) = all_pages(97, |o, l| shop.customers_page(search, o, l).unwrap());
        assert_eq!(total, whole.len() as i64, "search {search:?}: total");
        assert_eq!(paged, whole, "search {search:?}: rows");
    }
    // Unlike the CLI's search, % and _ are the characters typed, not LIKE wildcards.
    let literal = shop.customers_page("100%", 0, 50).unwrap();
    assert!(
        !shop.customers("100").unwrap().is_empty(),
        "addresses contain 100…"
    );
    assert_eq!(literal.total, 0, "…but none contains \"100%\"");
}

#[test]
fn the_shipment_pages_are_the_whole_list_newest_first_for_each_filter() {
    let shop = shop();
    let all = shop.shipments(&ShipmentFilter::default()).unwrap();
    assert!(all.len() > 100, "the demo has shipped a lot");
    let some = &all[all.len() / 2];
    for f in [
        ShipmentFilter::default(),
        ShipmentFilter {
            order: Some(some.order.to_lowercase()),
            ..Default::default()
        },
        ShipmentFilter {
            since: Some(some.shipped_on - Days::new(20)),
            until: Some(some.shipped_on),
            ..Default::default()
        },
    ] {
        let whole: Vec<Shipment> = shop.shipments(&f).unwrap();
        assert!(!whole.is_empty(), "{f:?} matches something");
        let (paged, total) = all_pages(250, |o, l| shop.shipments_page(&f, o, l).unwrap());
        assert_eq!(total, whole.len() as i64, "{f:?}: total");
        assert_eq!(paged, whole, "{f:?}: rows with their lines");
    }
}

#[test]
fn the_purchase_order_pages_are_the_whole_list_for_open_overdue_and_search() {
    let shop = shop();
    let whole: Vec<Po> = shop.pos(&PoFilter::default()).unwrap();
    let some = whole.iter().find(|p| !p.lines.is_empty()).unwrap().clone();
    let sku = some.lines[0].sku.clone();
    let cases: Vec<(PoQuery, Box<dyn Fn(&Po) -> bool>)> = vec![
        (PoQuery::default(), Box::new(|_| true)),
        (
            PoQuery {
                open_only: true,
                ..Default::default()
            },
            Box::new(|p| {
                p.status == stockroom_core::purchasing::PoStatus::Open
                    || p.status == stockroom_core::purchasing::PoStatus::PartiallyReceived
            }),
        ),
        (
            PoQuery {
                overdue_only: true,
                ..Default::default()
            },
            Box::new(|p| p.overdue),
        ),
        (
            PoQuery {
                search: Some(sku.to_lowercase()),
                ..Default::default()
            },
            Box::new(move |p| {
                p.lines
                    .iter()
                    .any(|l| l.sku.to_lowercase().contains(&sku.to_lowercase()))
                    || p.number.to_lowercase().contains(&sku.to_lowercase())
                    || p.supplier.to_lowercase().contains(&sku.to_lowercase())
            }),
        ),
        (
            PoQuery {
                search: Some(some.supplier.to_uppercase()),
                ..Default::default()
            },
            Box::new(move |p| p.supplier == some.supplier),
        ),
    ];
    for (q, keep) in cases {
        let expected: Vec<Po> = whole.iter().filter(|p| keep(p)).cloned().collect();
        assert!(!expected.is_empty(), "{q:?} matches something");
        let (paged, total) = all_pages(40, |o, l| shop.pos_page(&q, o, l).unwrap());
        assert_eq!(total, expected.len() as i64, "{q:?}: total");
        assert_eq!(paged, expected, "{q:?}: rows");
    }
}

#[test]
fn bad_paging_input_is_refused_by_every_list() {
    let shop = shop();
    for (o, l) in [(-1, 10), (0, 0), (0, 1001)] {
        let codes = [
            shop.customers_page("", o, l).unwrap_err().code(),
            shop.shipments_page(&ShipmentFilter::default(), o, l)
                .unwrap_err()
                .code(),
            shop.pos_page(&PoQuery::default(), o, l).unwrap_err().code(),
        ];
        assert_eq!(codes, ["invalid_input"; 3], "offset {o}, limit {l}");
    }
}

/// The Dashboard's "Low stock" and "Nothing available" open these pages; each, read page by
/// page, is the whole catalogue filtered by rule 8's status, by SKU, and its total is the
/// Dashboard's figure.
#[test]
fn the_low_stock_and_nothing_available_pages_are_the_catalogue_filtered_by_status() {
    use stockroom_core::catalog::shortage::Shortage;
    use stockroom_core::catalog::{AvailabilityStatus as S, ProductView};
    let shop = shop();
    let figures = shop.dashboard().unwrap();
    for (kind, figure) in [
        (Shortage::LowStock, figures.low_stock),
        (Shortage::NothingAvailable, figures.out_of_stock),
    ] {
        // A search for a word of the first short product's name narrows the list to some.
        let first = shop.products_short_page(kind, "", 0, 1).unwrap().0;
        let word = first[0].name.split_whitespace().last().unwrap().to_string();
        for search in ["", word.as_str()] {
            let mut whole: Vec<ProductView> = shop
                .products(search)
                .unwrap()
                .into_iter()
                .filter(|p| match kind {
                    Shortage::LowStock => p.status == S::LowStock,
                    Shortage::NothingAvailable => {
                        matches!(p.status, S::Backorder | S::OutOfStock)
                    }
                })
                .collect();
            whole.sort_by(|a, b| a.sku.cmp(&b.sku));
            assert!(!whole.is_empty(), "{kind:?} {search:?}: the demo has some");
            let mut paged = Vec::new();
            loop {
                let (page, total) = shop
                    .products_short_page(kind, search, paged.len(), 37)
                    .unwrap();
                assert_eq!(total, whole.len(), "{kind:?} {search:?}: total");
                if page.is_empty() {
                    break;
                }
                paged.extend(page);
            }
            let skus = |v: &[ProductView]| v.iter().map(|p| p.sku.clone()).collect::<Vec<_>>();
            assert_eq!(skus(&paged), skus(&whole), "{kind:?} {search:?}: rows");
            if search.is_empty() {
                assert_eq!(
                    whole.len() as i64,
                    figure,
                    "{kind:?}: the Dashboard's figure"
                );
            }
        }
    }
}
