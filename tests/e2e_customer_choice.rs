//! What the customer chose, and what they were told, recorded from the window (issue 15), on
//! the demo shop the app makes on its first start:
//! - a stray Enter (a scanner's) in a confirmation keeps the order: the safe choice has the
//!   focus;
//! - the customer swaps a waiting product for one in stock, in one step;
//! - staff record that they told a customer by phone, and the notice leaves the to-do list.

mod support;

use fantoccini::{key::Key, Locator};
use support::{serial, App};

async fn focused_id(app: &App) -> String {
    let v = app
        .client
        .execute("return document.activeElement.id", vec![])
        .await
        .unwrap();
    v.as_str().unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn issue_15_a_stray_enter_in_a_confirmation_keeps_the_order() {
    let _one = serial();
    let app = App::start().await;
    app.go("#/orders/SO-1030").await;
    app.click("#order-cancel").await;
    app.find("#confirm-dialog").await;
    assert_eq!(
        focused_id(&app).await,
        "confirm-cancel",
        "the safe choice has the focus"
    );
    app.client
        .active_element()
        .await
        .unwrap()
        .send_keys(&char::from(Key::Enter).to_string())
        .await
        .unwrap();
    for _ in 0..50 {
        if app
            .client
            .find(Locator::Css("#confirm-dialog"))
            .await
            .is_err()
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(app
        .client
        .find(Locator::Css("#confirm-dialog"))
        .await
        .is_err());
    app.wait_text("#order-status-badge", |t| t != "Cancelled")
        .await;

    // The same for part of a line: Enter keeps the units.
    app.click("#order-lines-table tr[data-sku='GRD-LBL'] button.cancel-line")
        .await;
    app.find("#cancel-units-dialog").await;
    assert_eq!(focused_id(&app).await, "cancel-units-keep");
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_customer_swaps_a_waiting_product_for_one_in_stock() {
    let _one = serial();
    let app = App::start().await;
    app.go("#/orders/SO-1041").await;
    app.click("#order-lines-table tr[data-sku='KIT-TWL-STR'] button.swap-line")
        .await;
    // The core's substitutes: same category, within a quarter of the price, in stock.
    app.wait_text("#swap-choices", |t| t.contains("KIT-TWL-LIN"))
        .await;
    app.click("#swap-choices label[data-sku='KIT-TWL-LIN'] input")
        .await;
    app.click("#swap-confirm").await;
    app.wait_text(".toast:not(.error)", |t| {
        t.contains("swapped for KIT-TWL-LIN")
    })
    .await;
    app.find("#order-lines-table tr[data-sku='KIT-TWL-LIN']")
        .await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_record_that_they_told_a_customer_by_phone() {
    let _one = serial();
    let app = App::start().await;
    app.go("#/backorders/notify").await;
    let row = app.find("#to-tell-table tbody tr[data-notice]").await;
    let notice = row.attr("data-notice").await.unwrap().unwrap();
    let customer = app
        .find(&format!(
            "#to-tell-table tr[data-notice='{notice}'] a[href^='#/customers/']"
        ))
        .await
        .attr("href")
        .await
        .unwrap()
        .unwrap();
    app.click(&format!(
        "#to-tell-table tr[data-notice='{notice}'] button.told-button"
    ))
    .await;
    app.type_into("#told-note", "Called; happy to wait").await;
    app.click("#told-save").await;
    app.wait_text(".toast:not(.error)", |t| t.contains("was told by phone"))
        .await;
    // Off the list; in the customer's history with the note.
    for _ in 0..50 {
        let left = app
            .client
            .find(Locator::Css(&format!(
                "#to-tell-table tr[data-notice='{notice}']"
            )))
            .await;
        if left.is_err() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(app
        .client
        .find(Locator::Css(&format!(
            "#to-tell-table tr[data-notice='{notice}']"
        )))
        .await
        .is_err());
    // WebDriver gives the link's resolved address (tauri://localhost#/customers/N).
    let customer = &customer[customer.find('#').unwrap()..];
    app.go(customer).await;
    app.wait_text("#customer-notices", |t| t.contains("told by phone"))
        .await;
    app.close().await;
}
