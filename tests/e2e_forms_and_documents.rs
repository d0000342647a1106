//! End to end, in the real window (issue 5): a new purchase order, the settings and a carrier
//! are saved; a CSV import is checked before it imports; a packing slip is printed; a report
//! is shown and saved and prefills a new purchase order.

mod screens_support;
mod support;

use chrono::Days;
use fantoccini::key::Key;
use screens_support::*;
use support::{serial, App};

#[tokio::test(flavor = "multi_thread")]
async fn a_new_purchase_order_settings_and_a_carrier_are_saved() {
    let _one = serial();
    let app = App::start_with(|dir| {
        shop(dir);
    })
    .await;
    app.go("#/purchasing/new").await;
    // An empty quantity takes the product's reorder quantity; the supplier comes with it.
    app.type_into("#po-sku", "DRL-20").await;
    app.find("#po-sku")
        .await
        .send_keys(&char::from(Key::Enter).to_string())
        .await
        .unwrap();
    app.wait_text("#po-new-lines tr[data-sku='DRL-20']", |t| {
        t.contains("Cordless drill")
    })
    .await;
    set_date(&app, "#po-expected", today() + Days::new(7)).await;
    app.click("#po-create").await;
    let title = app
        .wait_text("#po-title", |t| t.starts_with("Purchase order PO-"))
        .await;
    app.wait_text("#po-lines tr[data-sku='DRL-20']", |t| t.contains('4'))
        .await;
    assert!(
        app.wait_text("#po-title + .sub, .page-head .sub", |t| t.contains("Bosch"))
            .await
            .contains("Bosch"),
        "{title}"
    );

    app.go("#/settings").await;
    app.type_into("#settings-handling-days", "3").await;
    app.click("#settings-save").await;
    app.wait_text(".toast:not(.error)", |t| t.contains("Settings saved"))
        .await;
    app.type_into("#carrier-name", "Royal Mail").await;
    app.type_into("#carrier-days", "2").await;
    app.click("#carrier-add").await;
    app.wait_text("#carriers-table", |t| t.contains("Royal Mail"))
        .await;
    // A duplicate is refused with the backend's message.
    app.type_into("#carrier-name", "Royal Mail").await;
    app.click("#carrier-add").await;
    app.wait_text(".toast.error", |t| t.contains("duplicate"))
        .await;
    assert_eq!(
        app.find("#settings-handling-days")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("3")
    );
    app.close().await;
}
#[tokio::test(flavor = "multi_thread")]
async fn a_csv_import_is_checked_first_then_imports_the_good_rows() {
    let _one = serial();
    let csv = tempfile::tempdir().unwrap();
    let file = csv.path().join("new-products.csv");
    std::fs::write(
        &file,
        "sku,name,price,on_hand\nTAP-10,Tape measure 10 m,12.00,8\nLVL-60,Spirit level 60 cm,19.50,3\nBAD-1,Broken price,abc,1\n",
    )
    .unwrap();
    // The app's open dialog reads this instead of asking (a GTK dialog cannot be driven).
    std::env::set_var("STOCKROOM_OPEN_FILE", &file);
    let app = App::start_with(|dir| {
        shop(dir);
    })
    .await;
    std::env::remove_var("STOCKROOM_OPEN_FILE");
    app.go("#/reports").await;
    app.click("#import-pick").await;
    let preview = app.wait_text("#import-preview", |t| !t.is_empty()).await;
    assert!(preview.starts_with("Dry run, nothing stored"), "{preview}");
    assert!(
        preview.contains("2 products created") && preview.contains("1 row with problems"),
        "{preview}"
    );
    // Nothing was stored by the check.
    app.go("#/products/TAP-10").await;
    app.wait_text(".toast.error", |t| {
        t.contains("TAP-10") && t.contains("not found")
    })
    .await;
    app.go("#/reports").await;
    app.click("#import-pick").await;
    app.click("#import-skip-bad").await;
    app.click("#import-confirm").await;
    let done = app.wait_text("#import-done", |t| !t.is_empty()).await;
    assert!(
        done.starts_with("Imported") && done.contains("2 products created"),
        "{done}"
    );
    app.go("#/products/TAP-10").await;
    app.wait_text("#fig-on-hand .value", |t| t == "8").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn printing_a_packing_slip_goes_to_the_chosen_printer_or_says_there_is_none() {
    let _one = serial();
    let mut shipment = String::new();
    let app = App::start_with(|dir| {
        let mut sh = shop(dir);
        let number = order(&mut sh.s, 1, "HAM-01", 1);
        shipment =
            sh.s.ship(
                &number,
                &stockroom_core::shipping::ShipRequest {
                    tracking: Some("TRK-1".into()),
                    ..Default::default()
                },
            )
            .unwrap()
            .shipment;
    })
    .await;
    app.go("#/shipments").await;
    app.click(&format!("#slip-{shipment}-print")).await;
    let printers = stockroom_core::print::printers().unwrap_or_default();
    match printers.iter().find(|p| p.is_default).or(printers.first()) {
        None => {
            // No print system or no printer: the window says so and offers the alternatives.
            let message = app.wait_text(".toast.error", |t| !t.is_empty()).await;
            assert!(
                message.contains("No printer is installed") && message.contains("Save as"),
                "{message}"
            );
        }
        Some(expected) => {
            // The installed printers are offered, the default one preselected.
            let chosen = app
                .find("#printer-select")
                .await
                .prop("value")
                .await
                .unwrap()
                .unwrap_or_default();
            assert_eq!(chosen, expected.name);
            app.click("#print-confirm").await;
            app.wait_text(".toast:not(.error)", |t| {
                t.contains(&format!("sent to {}", expected.name))
            })
            .await;
        }
    }
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_report_is_shown_and_saved_and_a_new_po_is_prefilled_from_the_reorder_suggestions() {
    let _one = serial();
    let saved = tempfile::tempdir().unwrap();
    std::env::set_var("STOCKROOM_SAVE_DIR", saved.path());
    let app = App::start_with(|dir| {
        let mut sh = shop(dir);
        order(&mut sh.s, 1, "DRL-20", 8);
    })
    .await;
    std::env::remove_var("STOCKROOM_SAVE_DIR");
    app.go("#/reports").await;
    app.click("#report-show").await;
    app.wait_text("#report-title", |t| t == "Open backorders")
        .await;
    app.wait_text("#report-out", |t| t.contains("DRL-20")).await;
    app.click("#report-save-csv").await;
    let message = app
        .wait_text(".toast:not(.error)", |t| t.contains("Report saved to"))
        .await;
    let path = message
        .trim_start_matches("Report saved to ")
        .trim_end_matches('.')
        .to_string();
    let csv = std::fs::read_to_string(&path).unwrap();
    assert!(
        csv.contains("by_product,DRL-20,Cordless drill,1,8,"),
        "the 8 waiting drills: {csv}"
    );

    // 8 wait, 5 are coming: the drill is short, and the suggestion fills a new PO for Bosch.
    app.go("#/purchasing/new").await;
    app.click("#po-suggestions .suggestion[data-supplier='Bosch'] button.use-supplier")
        .await;
    app.wait_text("#po-new-lines tr[data-sku='DRL-20']", |t| {
        t.contains("Cordless drill")
    })
    .await;
    assert_eq!(
        app.find("#po-supplier")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("Bosch")
    );
    let expected = app
        .find("#po-expected")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(!expected.is_empty(), "an expected date is proposed");
    app.click("#po-create").await;
    app.wait_text("#po-title", |t| t.starts_with("Purchase order PO-"))
        .await;
    app.close().await;
}
