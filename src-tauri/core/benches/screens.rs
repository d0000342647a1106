//! Screen benchmarks (issues 5 and 8): what one screenful costs on the large demo shop (100,000
//! products, a million order lines, 20,000 waiting lines) beside the medium shop (a tenth).
//! A screen whose cost follows the page, not the history, costs about the same on both.
//! `bench/run.sh` runs this with `benches/scale.rs` and prints one table.
//!
//! The shops are the ones `benches/scale.rs` generates into `target/bench-cache/`; a cached
//! shop of an older schema version is copied and upgraded rather than generated again.

mod support;

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use stockroom_core::backorders::model::BackorderQuery;
use stockroom_core::demo_scale::ScaleSpec;
use stockroom_core::orders::list::OrderQuery;
use stockroom_core::orders::OrderStatus;
use stockroom_core::purchasing::list::PoQuery;
use stockroom_core::shipping::ShipmentFilter;
use stockroom_core::Stockroom;
use support::shop;

fn screens_of(c: &mut Criterion, name: &str, spec: ScaleSpec) {
    let shop = shop(name, spec);
    let all = BackorderQuery::default();
    let total = shop.backorders_page(&all, 0, 50).unwrap().total;
    // A customer with a waiting line, as the Backorders page is filtered from a customer page.
    let customer = shop
        .backorders_page(&all, total / 2, 1)
        .unwrap()
        .items
        .remove(0);
    let mut g = c.benchmark_group(format!("screens_{name}"));
    g.sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    g.bench_function("backorder_page_first", |b| {
        b.iter(|| shop.backorders_page(&all, 0, 50).unwrap())
    });
    g.bench_function("backorder_page_last", |b| {
        b.iter(|| shop.backorders_page(&all, (total - 50).max(0), 50).unwrap())
    });
    let by_name = BackorderQuery {
        customer: Some(customer.customer.split_whitespace().next().unwrap().into()),
        ..Default::default()
    };
    g.bench_function("backorder_page_customer_name", |b| {
        b.iter(|| shop.backorders_page(&by_name, 0, 50).unwrap())
    });
    let by_id = BackorderQuery {
        customer_id: Some(customer.customer_id),
        ..Default::default()
    };
    g.bench_function("backorder_page_customer_id", |b| {
        b.iter(|| shop.backorders_page(&by_id, 0, 50).unwrap())
    });
    let old = BackorderQuery {
        min_age_days: Some(30),
        without_eta: false,
        ..Default::default()
    };
    g.bench_function("backorder_page_age_30_days", |b| {
        b.iter(|| shop.backorders_page(&old, 0, 50).unwrap())
    });
    let sku = BackorderQuery {
        sku: Some(customer.sku.clone()),
        ..Default::default()
    };
    g.bench_function("backorder_page_one_sku", |b| {
        b.iter(|| shop.backorders_page(&sku, 0, 50).unwrap())
    });
    let no_date = BackorderQuery {
        without_eta: true,
        ..Default::default()
    };
    g.bench_function("backorder_page_without_date", |b| {
        b.iter(|| shop.backorders_page(&no_date, 0, 50).unwrap())
    });
    g.bench_function("dashboard", |b| b.iter(|| shop.dashboard().unwrap()));
    g.bench_function("product_search_page", |b| {
        b.iter(|| shop.products_page("brass hin", 0, 50).unwrap())
    });
    lists(&mut g, &shop, &customer.customer);
    g.finish();
}

/// The other lists of issue 5: first and deep pages, each filter the screens offer.
fn lists(
    g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    shop: &Stockroom,
    customer_name: &str,
) {
    let orders = |q: OrderQuery, offset: i64| move || shop.orders_page(&q, offset, 50).unwrap();
    let all = OrderQuery::default();
    let half = shop.orders_page(&all, 0, 1).unwrap().total / 2;
    let surname = customer_name.split_whitespace().last().unwrap().to_string();
    for (name, q, offset) in [
        ("orders_page_first", all.clone(), 0),
        ("orders_page_middle", all.clone(), half),
        (
            "orders_search_surname",
            OrderQuery {
                search: Some(surname.clone()),
                ..Default::default()
            },
            0,
        ),
        (
            "orders_search_number",
            OrderQuery {
                search: Some("SO-1234".into()),
                ..Default::default()
            },
            0,
        ),
        (
            "orders_status_backordered",
            OrderQuery {
                status: Some(OrderStatus::Backordered),
                ..Default::default()
            },
            0,
        ),
        (
            "orders_status_partially_shipped",
            OrderQuery {
                status: Some(OrderStatus::PartiallyShipped),
                ..Default::default()
            },
            0,
        ),
        (
            "orders_status_shipped",
            OrderQuery {
                status: Some(OrderStatus::Shipped),
                ..Default::default()
            },
            0,
        ),
        (
            "orders_status_cancelled",
            OrderQuery {
                status: Some(OrderStatus::Cancelled),
                ..Default::default()
            },
            0,
        ),
        (
            "orders_ready_to_ship",
            OrderQuery {
                ready_only: true,
                ..Default::default()
            },
            0,
        ),
    ] {
        let read = orders(q, offset);
        g.bench_function(name, |b| b.iter(&read));
    }
    g.bench_function("customers_page_first", |b| {
        b.iter(|| shop.customers_page("", 0, 50).unwrap())
    });
    g.bench_function("customers_search_surname", |b| {
        b.iter(|| shop.customers_page(&surname, 0, 50).unwrap())
    });
    let ships = ShipmentFilter::default();
    let half = shop.shipments_page(&ships, 0, 1).unwrap().total / 2;
    g.bench_function("shipments_page_first", |b| {
        b.iter(|| shop.shipments_page(&ships, 0, 50).unwrap())
    });
    g.bench_function("shipments_page_middle", |b| {
        b.iter(|| shop.shipments_page(&ships, half, 50).unwrap())
    });
    for (name, q) in [
        (
            "pos_page_open",
            PoQuery {
                open_only: true,
                ..Default::default()
            },
        ),
        (
            "pos_page_overdue",
            PoQuery {
                overdue_only: true,
                ..Default::default()
            },
        ),
        (
            "pos_search_supplier",
            PoQuery {
                search: Some("co".into()),
                ..Default::default()
            },
        ),
    ] {
        g.bench_function(name, |b| b.iter(|| shop.pos_page(&q, 0, 50).unwrap()));
    }
}

fn screens(c: &mut Criterion) {
    screens_of(c, "large", ScaleSpec::LARGE);
    screens_of(c, "medium", ScaleSpec::fraction_of_large(10));
}

criterion_group!(benches, screens);
criterion_main!(benches);
