//! End to end, in the real window (issue 5): actions on the waiting queue — a stock
//! adjustment, cancelling items, a priority change, a later delivery date — ask what they must,
//! move the stock and promises they say, and the screens refresh from the `changed` event.

mod screens_support;
mod support;

use chrono::Days;
use fantoccini::Locator;
use screens_support::*;
use support::{serial, App};

#[tokio::test(flavor = "multi_thread")]
async fn a_stock_adjustment_needs_a_reason_and_found_units_go_to_the_waiting_customer() {
    let _one = serial();
    let mut waiting = String::new();
    let app = App::start_with(|dir| {
        let mut sh = shop(dir);
        waiting = order(&mut sh.s, 1, "DRL-20", 2);
    })
    .await;
    app.go("#/products/DRL-20").await;
    app.wait_text("#fig-on-hand .value", |t| t == "0").await;
    app.click("#product-adjust").await;
    app.type_into("#adjust-qty", "1").await;
    app.type_into("#adjust-reason", "   ").await;
    app.click("#adjust-save").await;
    let refused = app.wait_text(".toast.error", |t| !t.is_empty()).await;
    assert!(refused.contains("needs a reason"), "{refused:?}");
    app.type_into("#adjust-reason", "found in the back room")
        .await;
    app.click("#adjust-save").await;
    app.wait_text(".toast:not(.error)", |t| {
        t.contains("on hand is now 1") && t.contains(&format!("{waiting} (1)"))
    })
    .await;
    // The page refreshed itself from the `changed` event: the new figures and the ledger line.
    app.wait_text("#fig-on-hand .value", |t| t == "1").await;
    app.wait_text("#product-ledger tbody", |t| {
        t.contains("found in the back room")
    })
    .await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn cancelling_items_asks_first_and_the_freed_unit_goes_to_the_next_in_the_queue() {
    let _one = serial();
    let (mut first, mut second) = (String::new(), String::new());
    let app = App::start_with(|dir| {
        let mut sh = shop(dir);
        first = order(&mut sh.s, 1, "HAM-01", 1);
        second = order(&mut sh.s, 2, "HAM-01", 1);
    })
    .await;
    app.go(&format!("#/orders/{first}")).await;
    app.wait_text("#order-ready .value", |t| t == "1").await;
    app.click("#order-lines-table tr[data-sku='HAM-01'] button.cancel-line")
        .await;
    // Asked how many first (issue 15: any part of a line); saying no changes nothing.
    app.wait_text("#cancel-units-dialog", |t| {
        t.contains("1 unshipped unit of Claw hammer")
    })
    .await;
    app.click("#cancel-units-keep").await;
    assert!(app
        .client
        .find(Locator::Css("#cancel-units-dialog"))
        .await
        .is_err());
    app.wait_text("#order-ready .value", |t| t == "1").await;
    // Saying yes cancels, and the freed hammer goes to the other customer's order.
    app.click("#order-lines-table tr[data-sku='HAM-01'] button.cancel-line")
        .await;
    app.click("#cancel-units-confirm").await;
    app.wait_text(".toast:not(.error)", |t| {
        t.contains(&format!("Freed stock went to {second} (1 × HAM-01)"))
    })
    .await;
    app.wait_text("#order-status-badge", |t| t == "Cancelled")
        .await;
    app.go(&format!("#/orders/{second}")).await;
    app.wait_text("#order-ready .value", |t| t == "1").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_higher_priority_moves_an_order_to_the_front_of_the_queue() {
    let _one = serial();
    let (mut first, mut second) = (String::new(), String::new());
    let app = App::start_with(|dir| {
        let mut sh = shop(dir);
        first = order(&mut sh.s, 1, "DRL-20", 1);
        second = order(&mut sh.s, 2, "DRL-20", 1);
    })
    .await;
    app.go("#/products/DRL-20").await;
    app.wait_text("#product-queue tbody tr:first-child", |t| {
        t.contains(&first)
    })
    .await;
    app.go(&format!("#/orders/{second}")).await;
    app.click("#order-priority-change").await;
    app.type_into("#priority-value", "5").await;
    app.click("#priority-save").await;
    app.wait_text(".toast:not(.error)", |t| {
        t.contains(&format!("Priority of {second} is now 5"))
    })
    .await;
    app.go("#/products/DRL-20").await;
    app.wait_text("#product-queue tbody tr:first-child", |t| {
        t.contains(&second)
    })
    .await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_later_delivery_date_shows_whose_promise_moved() {
    let _one = serial();
    let (mut po, mut waiting) = (String::new(), String::new());
    let app = App::start_with(|dir| {
        let mut sh = shop(dir);
        waiting = order(&mut sh.s, 1, "DRL-20", 2);
        po = sh.po;
    })
    .await;
    app.go(&format!("#/purchasing/{po}")).await;
    app.click("#po-expect").await;
    app.wait_text("#expect-dialog", |t| t.contains(&waiting))
        .await;
    set_date(&app, "#expect-date", today() + Days::new(30)).await;
    app.click("#expect-confirm").await;
    app.wait_text("#expect-moved", |t| {
        t.contains(&waiting) && t.contains("DRL-20")
    })
    .await;
    app.click("#expect-moved-ok").await;
    // The customer now has news to hear. Nobody told them of the backorder yet, so it is
    // still the backorder notice, now with the new date — one notice, not two (issue 15).
    app.go("#/backorders/notify").await;
    let rows = app
        .wait_text("#to-tell-table tbody", |t| {
            t.contains("Items on backorder") && t.contains(&waiting)
        })
        .await;
    assert_eq!(rows.matches(&waiting).count(), 1, "{rows}");
    app.close().await;
}
