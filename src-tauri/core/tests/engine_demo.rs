//! The demo shop (issue 2): realistic, complete enough for every screen, and deterministic.

mod engine_support;

use engine_support::{check_invariants, d, dump, Memory};
use stockroom_core::backorders::BackorderFilter;
use stockroom_core::orders::{OrderFilter, OrderStatus};
use stockroom_core::purchasing::PoFilter;
use stockroom_core::{Clock, Stockroom};

fn demo(today: &str) -> Stockroom {
    let mut s = Stockroom::open_in_memory()
        .unwrap()
        .with_clock(Clock::Fixed(d(today)));
    assert!(
        s.load_demo_if_empty().unwrap(),
        "an empty database gets the demo"
    );
    s
}

#[test]
fn the_demo_loads_identically_twice() {
    let a = demo("2026-03-01");
    let b = demo("2026-03-01");
    assert_eq!(
        dump(a.conn()),
        dump(b.conn()),
        "same today, same shop, row for row"
    );
}

#[test]
fn loading_the_demo_into_a_shop_with_products_changes_nothing() {
    let mut s = demo("2026-03-01");
    let before = dump(s.conn());
    assert!(!s.load_demo_if_empty().unwrap());
    assert_eq!(dump(s.conn()), before);
}

#[test]
fn the_demo_has_what_every_screen_needs() {
    let s = demo("2026-03-01");
    let products = s.products("").unwrap();
    assert!(
        (55..=65).contains(&products.len()),
        "about 60 products: {}",
        products.len()
    );
    let customers = s.customers("").unwrap();
    assert!((20..=30).contains(&customers.len()));
    let zoe = customers
        .iter()
        .find(|c| c.name == "Zoë Müller")
        .expect("Zoë Müller");
    assert!(zoe.address.contains("Łódź"));
    assert!(
        customers.iter().any(|c| c
            .name
            .chars()
            .any(|ch| ('\u{0370}'..='\u{03FF}').contains(&ch))),
        "a Greek name"
    );
    assert!(
        customers.iter().any(|c| c
            .name
            .chars()
            .any(|ch| ('\u{0400}'..='\u{04FF}').contains(&ch))),
        "a Cyrillic name"
    );
    assert!(
        !s.backorders(&BackorderFilter::default())
            .unwrap()
            .is_empty(),
        "backorders"
    );
    let orders = s.orders(&OrderFilter::default()).unwrap();
    assert!(
        orders
            .iter()
            .any(|o| o.status == OrderStatus::PartiallyShipped),
        "partial shipments"
    );
    assert!(orders.iter().any(|o| o.status == OrderStatus::Shipped));
    assert!(
        !s.pos(&PoFilter {
            overdue_only: true,
            ..Default::default()
        })
        .unwrap()
        .is_empty(),
        "overdue POs"
    );
    assert!(!s.shipments(&Default::default()).unwrap().is_empty());
    assert!(s.dashboard().unwrap().pending_notifications > 0);
    check_invariants(s.conn(), &mut Memory::default());
}
