//! Screenshots of every screen, for docs/screenshots/ and the README. Not a test of behaviour:
//! run by scripts/screenshots.sh (`cargo test --test e2e_screenshots -- --ignored`).
//!
//! The app starts on a fresh database and loads the demo shop; while the demo shop is not
//! there yet (engine issue), a small sample shop is written with the core crate instead.

mod screenshots_support;
mod support;

use std::path::PathBuf;
use std::time::Duration;

use fantoccini::Locator;
use screenshots_support::sample_shop;
use support::{serial, App};

fn out_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots")
}

async fn shot(app: &App, name: &str) {
    // Let the screen settle (fonts, the last list page) before the picture.
    tokio::time::sleep(Duration::from_millis(400)).await;
    let png = app.client.screenshot().await.unwrap();
    std::fs::create_dir_all(out_dir()).unwrap();
    std::fs::write(out_dir().join(format!("{name}.png")), png).unwrap();
}

async fn visit(app: &App, hash: &str, wait_for: &str, name: &str) {
    app.go(hash).await;
    app.find(wait_for).await;
    shot(app, name).await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "makes docs/screenshots; run by scripts/screenshots.sh"]
async fn screenshots_of_every_screen() {
    let _one = serial();
    let app = App::start_with(|dir| sample_shop(&dir.join("stockroom.sqlite3"))).await;
    app.client.set_window_size(1280, 800).await.unwrap();
    visit(&app, "#/dashboard", "#dash-ready", "dashboard").await;
    visit(
        &app,
        "#/products",
        "#products-table tbody:not([aria-busy]) tr[data-sku]",
        "products",
    )
    .await;
    // A product people wait for, and one in stock, from whatever shop this is.
    visit(
        &app,
        "#/backorders",
        "#backorders-table tbody tr[data-sku]",
        "backorders",
    )
    .await;
    let waiting = app
        .client
        .find(Locator::Css("#backorders-table tbody tr[data-sku]"))
        .await
        .unwrap();
    let waiting = waiting.attr("data-sku").await.unwrap().unwrap();
    app.go("#/products").await;
    app.find("#products-table tbody:not([aria-busy]) tr[data-sku]")
        .await;
    let in_stock = app
        .client
        .execute(
            "const r = [...document.querySelectorAll('#products-table tbody tr[data-sku]')].find((r) => r.querySelector('.badge.in_stock')); return r ? r.dataset.sku : null;",
            vec![],
        )
        .await
        .unwrap();
    let in_stock = in_stock.as_str().expect("a product in stock").to_string();
    visit(
        &app,
        &format!("#/products/{waiting}"),
        "#product-queue",
        "product",
    )
    .await;
    visit(
        &app,
        "#/orders",
        "#orders-table tbody tr[data-order]",
        "orders",
    )
    .await;
    let first = app
        .client
        .find(Locator::Css("#orders-table tbody tr[data-order]"))
        .await
        .unwrap();
    let number = first.attr("data-order").await.unwrap().unwrap();
    visit(
        &app,
        &format!("#/orders/{number}"),
        "#order-lines-table",
        "order",
    )
    .await;

    // A new order at the counter, with the promise shown before confirming.
    app.go("#/orders/new").await;
    let search = app.find("#order-customer-search").await;
    search.send_keys("Zo").await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.find("#order-customer-results button.pick")
        .await
        .click()
        .await
        .unwrap();
    for (sku, qty) in [(in_stock.as_str(), "1"), (waiting.as_str(), "2")] {
        let q = app.find("#order-qty").await;
        q.clear().await.unwrap();
        q.send_keys(qty).await.unwrap();
        let e = app.find("#order-sku").await;
        e.send_keys(sku).await.unwrap();
        e.send_keys(&char::from(fantoccini::key::Key::Enter).to_string())
            .await
            .unwrap();
        app.find(&format!("#order-lines tr[data-sku='{sku}']"))
            .await;
    }
    app.wait_text(
        &format!("#order-lines tr[data-sku='{waiting}'] .preview-cell"),
        |t| t.contains("expected"),
    )
    .await;
    shot(&app, "order-new").await;

    visit(&app, "#/backorders", "#backorders-table", "backorders").await;
    visit(
        &app,
        "#/backorders/notify",
        "#to-tell-table",
        "customers-to-tell",
    )
    .await;
    visit(
        &app,
        "#/purchasing",
        "#pos-table tbody tr[data-po]",
        "purchasing",
    )
    .await;
    // An overdue one shows the most; any open one will do.
    let po = match app
        .client
        .find(Locator::Css("#pos-table tbody tr.overdue"))
        .await
    {
        Ok(row) => row,
        Err(_) => app
            .client
            .find(Locator::Css("#pos-table tbody tr[data-po]"))
            .await
            .unwrap(),
    };
    let po = po.attr("data-po").await.unwrap().unwrap();
    visit(
        &app,
        &format!("#/purchasing/{po}"),
        "#po-lines",
        "purchase-order",
    )
    .await;
    app.find("#po-receive").await.click().await.unwrap();
    app.find("#receive-fills").await;
    shot(&app, "receive-preview").await;
    app.client
        .execute("document.querySelector('dialog[open]').close()", vec![])
        .await
        .unwrap();
    visit(
        &app,
        "#/purchasing/new",
        "#po-new-lines",
        "purchase-order-new",
    )
    .await;
    visit(&app, "#/shipments", "#shipments-table", "shipments").await;
    visit(
        &app,
        "#/customers",
        "#customers-table tbody tr[data-id]",
        "customers",
    )
    .await;
    let c = app
        .client
        .find(Locator::Css("#customers-table tbody tr[data-id]"))
        .await
        .unwrap();
    let id = c.attr("data-id").await.unwrap().unwrap();
    visit(
        &app,
        &format!("#/customers/{id}"),
        "#customer-orders",
        "customer",
    )
    .await;
    visit(&app, "#/reports", "#exports-table", "reports").await;
    app.find("#report-show").await.click().await.unwrap();
    app.find("#report-title").await;
    tokio::time::sleep(Duration::from_millis(2000)).await;
    shot(&app, "report-backorders").await;
    visit(&app, "#/settings", "#settings-form", "settings").await;

    // Wide screens.
    app.client.set_window_size(1920, 1080).await.unwrap();
    visit(&app, "#/backorders", "#backorders-table", "backorders-1920").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "makes docs/screenshots; run by scripts/screenshots.sh"]
async fn screenshots_in_dark_mode() {
    let _one = serial();
    // WebKitGTK reports `prefers-color-scheme: dark` when the GTK theme is a dark one.
    std::env::set_var("GTK_THEME", "Adwaita:dark");
    let app = App::start_with(|dir| sample_shop(&dir.join("stockroom.sqlite3"))).await;
    std::env::remove_var("GTK_THEME");
    app.client.set_window_size(1280, 800).await.unwrap();
    visit(&app, "#/dashboard", "#dash-ready", "dark-dashboard").await;
    visit(&app, "#/backorders", "#backorders-table", "dark-backorders").await;
    visit(
        &app,
        "#/purchasing",
        "#pos-table tbody tr[data-po]",
        "dark-purchasing",
    )
    .await;
    app.go("#/backorders").await;
    let waiting = app
        .find("#backorders-table tbody tr[data-sku]")
        .await
        .attr("data-sku")
        .await
        .unwrap()
        .unwrap();
    visit(
        &app,
        &format!("#/products/{waiting}"),
        "#product-queue",
        "dark-product",
    )
    .await;
    app.close().await;
}
