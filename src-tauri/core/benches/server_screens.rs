//! The screens that run on a shop server (issue 19), on the large demo shop, on both engines
//! in the same run: the shop file of `benches/screens.rs` and the same shop pushed onto a
//! private PostgreSQL (tests/pg_support: initdb in a temporary folder, loopback). Goal: every
//! screen ≤ 30 ms on PostgreSQL, as on SQLite. Only the use cases whose areas run on a server
//! are here; the rest answer `not_on_server` there.

#[path = "../tests/pg_support/mod.rs"]
mod pg_support;
mod support;

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use stockroom_core::catalog::shortage::Shortage;
use stockroom_core::db::server::ServerUrl;
use stockroom_core::demo_scale::ScaleSpec;
use stockroom_core::{Clock, Stockroom};

fn server_screens(c: &mut Criterion) {
    let file = support::shop("large", ScaleSpec::LARGE);
    let pg = pg_support::PgServer::start();
    let url = ServerUrl::parse(&pg.create_database("shop")).unwrap();
    let pushed = file.push_to_server(&url).unwrap();
    eprintln!("pushed {} rows of the large shop", pushed.rows);
    let server = Stockroom::open_url(&url, Clock::Fixed(support::today())).unwrap();

    let sku = file.products_page("", 500, 1).unwrap().0.remove(0).sku;
    let surname = file
        .customers_page("", 700, 1)
        .unwrap()
        .items
        .remove(0)
        .name
        .rsplit(' ')
        .next()
        .unwrap()
        .to_string();
    let mut g = c.benchmark_group("server_screens_large");
    g.sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for (engine, shop) in [("sqlite", &file), ("postgres", &server)] {
        // The same answers on both engines, or the figures compare nothing.
        assert_eq!(
            shop.products_page("brass hin", 0, 50).unwrap().1,
            file.products_page("brass hin", 0, 50).unwrap().1
        );
        assert_eq!(shop.dashboard().unwrap(), file.dashboard().unwrap());
        g.bench_function(format!("{engine}/products_page_first"), |b| {
            b.iter(|| shop.products_page("", 0, 50).unwrap())
        });
        g.bench_function(format!("{engine}/product_search_page"), |b| {
            b.iter(|| shop.products_page("brass hin", 0, 50).unwrap())
        });
        g.bench_function(format!("{engine}/product_by_sku"), |b| {
            b.iter(|| shop.product(&sku).unwrap())
        });
        g.bench_function(format!("{engine}/products_low_stock_page"), |b| {
            b.iter(|| {
                shop.product_list_page("", Some(Shortage::LowStock), 0, 50)
                    .unwrap()
            })
        });
        g.bench_function(format!("{engine}/dashboard"), |b| {
            b.iter(|| shop.dashboard().unwrap())
        });
        g.bench_function(format!("{engine}/customers_page_first"), |b| {
            b.iter(|| shop.customers_page("", 0, 50).unwrap())
        });
        g.bench_function(format!("{engine}/customers_search_surname"), |b| {
            b.iter(|| shop.customers_page(&surname, 0, 50).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, server_screens);
criterion_main!(benches);
