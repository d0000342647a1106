//! Scanner-first, end to end in the real window (issue 15). A barcode scanner types a code and
//! presses Enter; WebDriver does the same, key by key. Each test prepares its shop with the
//! core before the window opens:
//! - a scan in a new order adds the product, a second scan adds one more, a failed scan is
//!   selected so the next one replaces it;
//! - receiving by scanning counts units against the PO, refuses a code not on it, and books
//!   nothing until Receive;
//! - a packing slip's barcode scanned on any screen opens its order.

mod screens_support;
mod support;

use fantoccini::key::Key;
use screens_support::{order, shop};
use stockroom_core::catalog::ProductChanges;
use stockroom_core::shipping::ShipRequest;
use support::{serial, App};

const HAMMER_EAN: &str = "4006381333931";
const DRILL_EAN: &str = "5901234123457";

/// The screens' shop, with an EAN-13 on the hammer and on the drill.
fn shop_with_barcodes(dir: &std::path::Path) -> String {
    let mut sh = shop(dir);
    for (sku, code) in [("HAM-01", HAMMER_EAN), ("DRL-20", DRILL_EAN)] {
        sh.s.update_product(
            sku,
            &ProductChanges {
                barcodes: Some(vec![code.into()]),
                ..Default::default()
            },
        )
        .unwrap();
    }
    sh.po
}

/// Types `code` and Enter into the field, as a scanner does.
async fn scan_into(app: &App, css: &str, code: &str) {
    let field = app.find(css).await;
    field
        .send_keys(&format!("{code}{}", char::from(Key::Enter)))
        .await
        .unwrap();
}

/// A field's value, read in the page (a list redrawn meanwhile holds a new field).
async fn value_of(app: &App, css: &str) -> String {
    app.find(css).await;
    let v = app
        .client
        .execute(
            "const e = document.querySelector(arguments[0]); return e ? e.value : null;",
            vec![css.into()],
        )
        .await
        .unwrap();
    v.as_str().unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_scan_adds_the_product_to_a_new_order_and_a_failed_scan_is_replaced_by_the_next() {
    let _one = serial();
    let app = App::start_with(|dir| {
        shop_with_barcodes(dir);
    })
    .await;
    app.go("#/orders/new/1").await;
    app.wait_text("#order-customer-name", |t| t == "Ada Lovelace")
        .await;
    scan_into(&app, "#order-sku", HAMMER_EAN).await;
    app.find("#order-lines tr[data-sku='HAM-01']").await;
    scan_into(&app, "#order-sku", HAMMER_EAN).await;
    let qty = "#order-lines tr[data-sku='HAM-01'] input";
    for _ in 0..50 {
        if value_of(&app, qty).await == "2" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(value_of(&app, qty).await, "2", "scanning again adds one");

    // A misread code (last digit wrong): the message names the right check digit, and the
    // field's text is selected, so the next scan replaces it instead of being appended.
    scan_into(&app, "#order-sku", "4006381333932").await;
    app.wait_text(".toast.error", |t| t.contains("check digit should be 1"))
        .await;
    let selected = app
        .client
        .execute(
            "const e = document.querySelector('#order-sku'); return [e.selectionStart, e.selectionEnd, e.value.length];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        selected,
        serde_json::json!([0, 13, 13]),
        "the whole code is selected"
    );
    scan_into(&app, "#order-sku", DRILL_EAN).await;
    app.find("#order-lines tr[data-sku='DRL-20']").await;
    assert_eq!(
        value_of(&app, "#order-sku").await,
        "",
        "the next scan replaced it"
    );
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn receiving_by_scanning_counts_units_against_the_po_and_books_nothing_until_receive() {
    let _one = serial();
    let mut po = String::new();
    let app = App::start_with(|dir| po = shop_with_barcodes(dir)).await;
    app.go(&format!("#/purchasing/{po}")).await;
    app.click("#po-receive").await;
    // The scan field has the focus: unpacking starts at once.
    let focused = app
        .client
        .execute("return document.activeElement.id", vec![])
        .await
        .unwrap();
    assert_eq!(focused, "receive-scan");
    scan_into(&app, "#receive-scan", DRILL_EAN).await;
    scan_into(&app, "#receive-scan", "DRL-20").await;
    app.wait_text("#receive-scanned", |t| t.contains("DRL-20: 2 of 5"))
        .await;
    assert_eq!(value_of(&app, "#receive-DRL-20").await, "2");
    // The hammer is not on this PO: it does not count, and the screen says so.
    scan_into(&app, "#receive-scan", HAMMER_EAN).await;
    app.wait_text("#receive-scanned", |t| {
        t.contains("is not on") && t.contains("HAM-01")
    })
    .await;
    assert_eq!(value_of(&app, "#receive-DRL-20").await, "2");
    // Nothing booked yet: the PO still expects all 5.
    let received = |path: &std::path::Path| -> i64 {
        let s = stockroom_core::Stockroom::open(path).unwrap();
        s.conn()
            .query_row("SELECT sum(received) FROM po_lines", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(received(&app.db_path()), 0, "scanning books nothing");
    app.click("#receive-confirm").await;
    app.wait_text(".toast", |t| t.starts_with("Received")).await;
    assert_eq!(
        received(&app.db_path()),
        2,
        "Receive books the 2 scanned units"
    );
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_packing_slip_scanned_on_any_screen_opens_its_order() {
    let _one = serial();
    let mut shipment = String::new();
    let mut number = String::new();
    let app = App::start_with(|dir| {
        shop_with_barcodes(dir);
        let mut s = stockroom_core::Stockroom::open(dir.join("stockroom.sqlite3")).unwrap();
        number = order(&mut s, 1, "HAM-01", 1);
        shipment = s.ship(&number, &ShipRequest::default()).unwrap().shipment;
    })
    .await;
    app.go("#/dashboard").await;
    app.find("#dash-ready").await;
    // No field has the focus: the scanner's keys go to the page.
    app.find("body")
        .await
        .send_keys(&format!("{shipment}{}", char::from(Key::Enter)))
        .await
        .unwrap();
    app.wait_text("#order-title", |t| t == format!("Order {number}"))
        .await;
    app.close().await;
}
