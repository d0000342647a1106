//! End to end, in the real window (issues 5 and 8): the dashboard's figures open their lists,
//! Ctrl+N starts an order, and a scaled shop's backorders page and filter in the core.

mod screens_support;
mod support;

use fantoccini::key::Key;
use screens_support::*;
use stockroom_core::Stockroom;
use support::{serial, App};

#[tokio::test(flavor = "multi_thread")]
async fn dashboard_figures_open_their_lists_and_ctrl_n_starts_an_order() {
    let _one = serial();
    let mut waiting = String::new();
    let app = App::start_with(|dir| {
        let mut sh = shop(dir);
        waiting = order(&mut sh.s, 2, "DRL-20", 1);
    })
    .await;
    app.go("#/dashboard").await;
    app.wait_text("#dash-waiting .figure", |t| t == "1").await;
    // One drill waits: its value at the order's price, in the shop's currency (EUR).
    app.wait_text("#dash-value .figure", |t| t.contains("129.00"))
        .await;
    app.wait_text("#dash-oldest .sub", |t| {
        t.contains(&waiting) && t.contains("Alan Turing") && t.contains("DRL-20")
    })
    .await;
    // The oldest waiting line opens its order.
    app.click("#dash-oldest").await;
    app.wait_text("#order-title", |t| t == format!("Order {waiting}"))
        .await;
    app.go("#/dashboard").await;
    app.click("#dash-waiting").await;
    app.wait_text("#backorders-table tbody", |t| {
        t.contains(&waiting) && t.contains("Alan Turing")
    })
    .await;
    // The page says where it is in the whole list (paged in the core).
    app.wait_text("#bo-rows", |t| t == "rows 1–1 of 1").await;
    // Filtering by a product that matches the start of the SKU, typed in lower case.
    app.type_into("#bo-sku", "drl").await;
    app.wait_text("#backorders-table tbody", |t| t.contains(&waiting))
        .await;
    clear_field(&app, "#bo-sku").await;
    // Waiting at least a year: nobody.
    app.type_into("#bo-age", "365").await;
    app.wait_text("#backorders-table tbody", |t| {
        t.contains("Nobody is waiting")
    })
    .await;
    clear_field(&app, "#bo-age").await;
    // Filtering by a customer who waits for nothing empties the list.
    app.type_into("#bo-customer", "Ada").await;
    app.wait_text("#backorders-table tbody", |t| {
        t.contains("Nobody is waiting")
    })
    .await;
    // Ctrl+N from anywhere opens a new order.
    let body = app.find("body").await;
    body.send_keys(&format!(
        "{}n{}",
        char::from(Key::Control),
        char::from(Key::Null)
    ))
    .await
    .unwrap();
    app.find("#order-customer-search").await;
    assert_eq!(app.client.title().await.unwrap(), "Orders — Stockroom");
    app.close().await;
}
/// A scaled demo shop (1/100 of the large one: 200 waiting lines, ~4,500 orders), or the shop
/// file named by `STOCKROOM_E2E_SHOP` (e.g. the medium bench shop, to look at it). With
/// `STOCKROOM_E2E_SHOTS=<folder>` the Dashboard and Backorders screens are saved there as PNG.
#[tokio::test(flavor = "multi_thread")]
async fn a_scaled_shop_shows_its_backorders_a_page_at_a_time_and_its_value() {
    let _one = serial();
    let mut expected = None;
    let app = App::start_with(|dir| {
        let db = dir.join("stockroom.sqlite3");
        if let Some(file) = std::env::var_os("STOCKROOM_E2E_SHOP") {
            std::fs::copy(file, &db).unwrap();
        } else {
            let mut s = Stockroom::open(&db).unwrap();
            s.load_scaled_demo_if_empty(&stockroom_core::demo_scale::ScaleSpec::fraction_of_large(
                100,
            ))
            .unwrap();
        }
        let s = Stockroom::open(&db).unwrap();
        expected = Some(s.dashboard().unwrap());
    })
    .await;
    let d = expected.unwrap();
    let shots = std::env::var_os("STOCKROOM_E2E_SHOTS").map(std::path::PathBuf::from);
    let shot = |name: &'static str| {
        let app = &app;
        let shots = shots.clone();
        async move {
            if let Some(dir) = shots {
                let png = app.client.screenshot().await.unwrap();
                std::fs::write(dir.join(name), png).unwrap();
            }
        }
    };
    // Figures are grouped by the window's locale ("2,000", "2 000" or "2000"): compare digits.
    let digits = |t: &str| -> String { t.chars().filter(char::is_ascii_digit).collect() };
    app.go("#/dashboard").await;
    app.wait_text("#dash-waiting .figure", |t| {
        digits(t) == d.waiting_lines.to_string()
    })
    .await;
    let oldest = d.oldest_waiting.clone().expect("somebody waits");
    app.wait_text("#dash-oldest .figure", |t| {
        digits(t) == oldest.age_days.to_string()
    })
    .await;
    let value = stockroom_core::money::decimal(d.waiting_value);
    app.wait_text("#dash-value .figure", |t| digits(t) == digits(&value))
        .await;
    shot("dashboard-scaled.png").await;
    app.click("#dash-waiting").await;
    let rows = format!("150{}", d.waiting_lines);
    app.wait_text("#bo-rows", |t| {
        t.starts_with("rows 1–50 of ") && digits(t) == rows
    })
    .await;
    shot("backorders-scaled.png").await;
    app.click(".pager button.next").await;
    let rows = format!("51100{}", d.waiting_lines);
    app.wait_text("#bo-rows", |t| {
        t.starts_with("rows 51–100 of ") && digits(t) == rows
    })
    .await;
    // Waiting at least as long as the oldest line: that line is among the rows.
    app.type_into("#bo-age", &oldest.age_days.to_string()).await;
    app.wait_text("#backorders-table tbody", |t| t.contains(&oldest.order))
        .await;
    app.close().await;
}
