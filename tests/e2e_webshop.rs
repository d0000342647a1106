//! End to end, in the real window (issue 21): Settings → Web shop orders names the watched
//! folder; a Shopify order export dropped there is imported by the running app within seconds,
//! the shopkeeper is told, the file moves to `imported/` with its report, and the order is on
//! the Orders screen with the web shop's name.

mod support;

use std::time::{Duration, SystemTime};

use support::{serial, App};

/// A one-order Shopify export for the demo shop (Shopify's own header, as in the core's
/// fixtures; one row per line item, order-level cells on the first row).
fn shopify_export() -> String {
    let fixture = include_str!("../src-tauri/core/tests/fixtures/webshop/shopify-orders.csv");
    let header = fixture.lines().next().unwrap();
    let cell = |column: &str, line: usize| -> &str {
        match (column, line) {
            ("Name", _) => "#2001",
            ("Email", 0) => "wanda.web@example.com",
            ("Financial Status", 0) => "paid",
            ("Currency", 0) => "EUR",
            ("Created at", 0) => "2026-12-01 09:15:00 +0100",
            ("Lineitem quantity", 0) => "2",
            ("Lineitem quantity", 1) => "1",
            ("Lineitem name", 0) => "Notebook A6",
            ("Lineitem name", 1) => "Jug",
            ("Lineitem price", 0) => "4.50",
            ("Lineitem price", 1) => "24.00",
            ("Lineitem sku", 0) => "STA-NB-A6",
            ("Lineitem sku", 1) => "KIT-JUG",
            ("Shipping Name", 0) => "Wanda Web",
            ("Shipping Address1", 0) => "Lindenallee 4",
            ("Shipping City", 0) => "Bremen",
            ("Shipping Zip", 0) => "28195",
            ("Shipping Country", 0) => "DE",
            _ => "",
        }
    };
    let row = |line| {
        header
            .split(',')
            .map(|c| cell(c, line))
            .collect::<Vec<_>>()
            .join(",")
    };
    format!("{header}\n{}\n{}\n", row(0), row(1))
}

#[tokio::test(flavor = "multi_thread")]
async fn an_order_export_dropped_in_the_watched_folder_is_imported_and_told_issue21() {
    let _one = serial();
    let folder = tempfile::tempdir().unwrap();
    // The folder dialog cannot be driven under Xvfb: the app takes this folder as picked.
    std::env::set_var("STOCKROOM_OPEN_DIR", folder.path());
    let app = App::start().await;
    std::env::remove_var("STOCKROOM_OPEN_DIR");
    app.find("#products-table tbody tr[data-sku]").await;
    app.go("#/settings").await;
    app.find("#webshop-form").await;
    let paid = app
        .find("#webshop-statuses input[data-status='paid']")
        .await;
    assert_eq!(
        paid.prop("checked").await.unwrap().as_deref(),
        Some("true"),
        "paid orders are imported by default"
    );
    app.click("#watch-folder-choose").await;
    app.wait_text("#toasts .toast", |t| t.starts_with("Watching "))
        .await;
    // The screen is drawn again after the save: look at the new one.
    app.wait_text("#settings-watch-folder", |_| true).await;
    app.client
        .execute(
            "document.getElementById('webshop-form')?.scrollIntoView()",
            vec![],
        )
        .await
        .unwrap();
    app.look("settings-webshop").await;

    // A file left alone for more than the settle time, as after a finished download.
    let file = folder.path().join("orders_export_1.csv");
    std::fs::write(&file, shopify_export()).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(SystemTime::now() - Duration::from_secs(60))
        .unwrap();
    let told = app
        .wait_text("#toasts .toast", |t| {
            t.contains("orders_export_1.csv imported from the watched folder")
        })
        .await;
    app.look("watched-imported").await;
    assert!(told.contains("1 order"), "says what came in: {told}");
    let imported = folder.path().join("imported");
    assert!(imported.join("orders_export_1.csv").exists(), "moved");
    assert!(
        imported.join("orders_export_1.csv.report.txt").exists(),
        "with its report"
    );
    assert!(!file.exists(), "and gone from the folder");

    // The order is in the shop under the web shop's name.
    app.go("#/orders").await;
    app.wait_text("#orders-table", |t| t.contains("Wanda Web"))
        .await;
    app.close().await;
}
