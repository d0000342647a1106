//! End to end, in the real window (issue 5): the counter flow from a new customer to a packing
//! slip that names the tracking number; a customer name that looks like HTML stays text; a
//! backend refusal reaches the screen as a message.
//!
//! Each test prepares its shop with the core crate before the app starts, so what the window
//! shows is known exactly.

mod support;

use std::path::Path;
use std::time::Duration;

use chrono::{Days, Local, NaiveDate};
use fantoccini::{key::Key, Locator};
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::NewProduct;
use stockroom_core::customers::NewCustomer;
use stockroom_core::purchasing::{NewPo, NewPoLine};
use stockroom_core::settings::SettingsPatch;
use stockroom_core::Stockroom;
use support::{serial, App};

const HANDLING: i64 = 1;
const TRANSIT: i64 = 2;
const PO_IN_DAYS: u64 = 10;

fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// A small shop: a hammer in stock, a drill out of stock with 5 on a purchase order due in
/// ten days. Returns the PO's number.
fn small_shop(dir: &Path) -> String {
    let mut s = Stockroom::open(dir.join("stockroom.sqlite3")).unwrap();
    s.update_settings(&SettingsPatch {
        store_name: Some("Corner Hardware".into()),
        handling_days: Some(HANDLING),
        ..Default::default()
    })
    .unwrap();
    s.add_carrier(&NewCarrier {
        name: "DHL".into(),
        transit_days: TRANSIT,
        is_default: true,
    })
    .unwrap();
    s.add_product(&NewProduct {
        sku: "HAM-01".into(),
        name: "Claw hammer".into(),
        price: 1850,
        on_hand: 5,
        ..Default::default()
    })
    .unwrap();
    s.add_product(&NewProduct {
        sku: "DRL-20".into(),
        name: "Cordless drill".into(),
        price: 12900,
        lead_time_days: Some(14),
        ..Default::default()
    })
    .unwrap();
    s.create_po(&NewPo {
        supplier: "Bosch".into(),
        expected_on: today() + Days::new(PO_IN_DAYS),
        lines: vec![NewPoLine {
            sku: "DRL-20".into(),
            qty: 5,
            unit_cost: None,
        }],
        note: String::new(),
        number: None,
    })
    .unwrap()
    .number
}

async fn enter(app: &App, css: &str) {
    app.find(css)
        .await
        .send_keys(&char::from(Key::Enter).to_string())
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_counter_flow_from_a_new_customer_to_a_packing_slip_naming_the_tracking_number() {
    let _one = serial();
    let mut po = String::new();
    let saved = tempfile::tempdir().unwrap();
    // "Save as…" writes here instead of asking (the app reads this when it starts).
    std::env::set_var("STOCKROOM_SAVE_DIR", saved.path());
    let app = App::start_with(|dir| po = small_shop(dir)).await;
    std::env::remove_var("STOCKROOM_SAVE_DIR");

    // A new order, for a customer who is new to the shop.
    app.go("#/orders/new").await;
    app.click("#order-customer-new").await;
    app.type_into("#customer-name", "Ada Lovelace").await;
    app.type_into("#customer-address-input", "12 St James's Square\nLondon")
        .await;
    app.click("#customer-save").await;
    app.wait_text("#order-customer-name", |t| t == "Ada Lovelace")
        .await;

    // One line in stock, one out of stock, entered as a scanner would (SKU + Enter).
    app.type_into("#order-sku", "HAM-01").await;
    enter(&app, "#order-sku").await;
    app.find("#order-lines tr[data-sku='HAM-01']").await;
    app.type_into("#order-sku", "DRL-20").await;
    enter(&app, "#order-sku").await;

    // Before confirming, the screen says what to tell the customer.
    let eta = today() + Days::new(PO_IN_DAYS + (HANDLING + TRANSIT) as u64);
    let (month, day) = (eta.format("%b").to_string(), eta.format("%-d").to_string());
    let drill = app
        .wait_text("#order-lines tr[data-sku='DRL-20'] .preview-cell", |t| {
            t.contains("On backorder — expected")
        })
        .await;
    assert!(
        drill.contains(&month) && drill.contains(&day),
        "the promise names {eta}: {drill:?}"
    );
    let hammer = app
        .wait_text("#order-lines tr[data-sku='HAM-01'] .preview-cell", |t| {
            !t.is_empty() && t != "…"
        })
        .await;
    assert!(hammer.starts_with("In stock"), "hammer: {hammer:?}");

    // Confirm: the order page opens.
    app.click("#order-confirm").await;
    let title = app
        .wait_text("#order-title", |t| t.starts_with("Order SO-"))
        .await;
    let order = title.trim_start_matches("Order ").to_string();
    app.wait_text("#order-waiting .value", |t| t == "1").await;
    app.wait_text("#order-ready .value", |t| t == "1").await;

    // The supplier's delivery arrives: the receipt preview names our order before confirming.
    app.go(&format!("#/purchasing/{po}")).await;
    app.click("#po-receive").await;
    app.wait_text("#receive-fills", |t| t.contains(&order))
        .await;
    app.click("#receive-confirm").await;
    app.wait_text(".toast", |t| {
        t.contains("Allocated to") && t.contains(&order)
    })
    .await;

    // The order is ready to ship: nothing waits any more.
    app.go(&format!("#/orders/{order}")).await;
    app.wait_text("#order-waiting .value", |t| t == "0").await;
    app.wait_text("#order-ready .value", |t| t == "2").await;

    // Ship with a tracking number, then save the packing slip.
    app.click("#order-ship").await;
    app.type_into("#ship-tracking", "TRK-00042-XYZ").await;
    app.click("#ship-confirm").await;
    app.click("#new-slip-save").await;
    let message = app
        .wait_text(".toast", |t| t.contains("Packing slip saved to"))
        .await;
    let path = message
        .trim_start_matches("Packing slip saved to ")
        .trim_end_matches('.')
        .to_string();
    assert!(
        path.starts_with(&saved.path().display().to_string()),
        "saved into the test's folder: {path}"
    );
    let text = std::process::Command::new("pdftotext")
        .args([&path, "-"])
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("TRK-00042-XYZ"),
        "the packing slip names the tracking number:\n{text}"
    );
    assert!(
        text.contains("DRL-20") && text.contains("HAM-01"),
        "and both items:\n{text}"
    );
    app.click("#shipment-done").await;
    app.wait_text("#order-status-badge", |t| t == "Shipped")
        .await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_customer_name_that_looks_like_html_is_shown_as_text_and_runs_nothing() {
    let _one = serial();
    const NAME: &str = "<img src=x onerror=alert(1)>";
    let app = App::start_with(|dir| {
        small_shop(dir);
        let mut s = Stockroom::open(dir.join("stockroom.sqlite3")).unwrap();
        s.add_customer(&NewCustomer {
            name: NAME.into(),
            address: "<b>not bold</b>".into(),
            ..Default::default()
        })
        .unwrap();
    })
    .await;
    app.go("#/customers").await;
    let shown = app
        .wait_text("#customers-table .customer-name", |t| !t.is_empty())
        .await;
    assert_eq!(shown, NAME);
    app.find("#customers-table .customer-name")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        app.wait_text("#customer-title", |t| !t.is_empty()).await,
        NAME
    );
    assert_eq!(
        app.wait_text("#customer-address", |t| !t.is_empty()).await,
        "<b>not bold</b>"
    );
    // No element was made from the data, and no alert is open (a script would have opened one).
    let images = app
        .client
        .find_all(Locator::Css("#view img, #view b"))
        .await
        .unwrap();
    assert!(images.is_empty(), "data became markup");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        app.client.get_alert_text().await.is_err(),
        "an alert opened: a script ran"
    );
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn receiving_more_than_was_ordered_shows_the_backends_message() {
    let _one = serial();
    let mut po = String::new();
    let app = App::start_with(|dir| po = small_shop(dir)).await;
    app.go(&format!("#/purchasing/{po}")).await;
    app.click("#po-receive").await;
    app.type_into("#receive-DRL-20", "50").await;
    // The preview already says no, with the core's words...
    let preview = app.wait_text("#receive-error", |t| !t.is_empty()).await;
    assert!(
        preview.contains("only 5 outstanding"),
        "preview: {preview:?}"
    );
    // ...and confirming anyway shows the refusal as an error message with its code.
    app.click("#receive-confirm").await;
    let toast = app
        .wait_text(".toast.error", |t| {
            t.contains("cannot receive 50 of DRL-20")
        })
        .await;
    assert!(
        toast.contains("refused"),
        "the error code is shown: {toast:?}"
    );
    // Nothing was received.
    app.go("#/products/DRL-20").await;
    app.wait_text("#fig-on-hand .value", |t| t == "0").await;
    app.close().await;
}
