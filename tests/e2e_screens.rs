//! End to end, in the real window (issue 5): the actions on each screen do what they say,
//! answer with a message, ask before destroying anything, and the screens refresh from the
//! backend's `changed` event.

mod support;

use std::path::Path;

use chrono::{Days, Local, NaiveDate};
use fantoccini::{key::Key, Locator};
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::NewProduct;
use stockroom_core::customers::NewCustomer;
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::purchasing::{NewPo, NewPoLine};
use stockroom_core::settings::SettingsPatch;
use stockroom_core::Stockroom;
use support::{serial, App};

fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// A hammer (1 on hand), a drill (none, 5 on a PO due in ten days), two customers.
struct Shop {
    po: String,
    s: Stockroom,
}

fn shop(dir: &Path) -> Shop {
    let mut s = Stockroom::open(dir.join("stockroom.sqlite3")).unwrap();
    s.update_settings(&SettingsPatch {
        store_name: Some("Corner Hardware".into()),
        handling_days: Some(1),
        ..Default::default()
    })
    .unwrap();
    s.add_carrier(&NewCarrier {
        name: "DHL".into(),
        transit_days: 2,
        is_default: true,
    })
    .unwrap();
    s.add_product(&NewProduct {
        sku: "HAM-01".into(),
        name: "Claw hammer".into(),
        price: 1850,
        on_hand: 1,
        ..Default::default()
    })
    .unwrap();
    s.add_product(&NewProduct {
        sku: "DRL-20".into(),
        name: "Cordless drill".into(),
        price: 12900,
        lead_time_days: Some(14),
        supplier: Some("Bosch".into()),
        reorder_qty: 4,
        ..Default::default()
    })
    .unwrap();
    for name in ["Ada Lovelace", "Alan Turing"] {
        s.add_customer(&NewCustomer {
            name: name.into(),
            ..Default::default()
        })
        .unwrap();
    }
    let po = s
        .create_po(&NewPo {
            supplier: "Bosch".into(),
            expected_on: today() + Days::new(10),
            lines: vec![NewPoLine {
                sku: "DRL-20".into(),
                qty: 5,
                unit_cost: None,
            }],
            note: String::new(),
            number: None,
        })
        .unwrap()
        .number;
    Shop { po, s }
}

fn order(s: &mut Stockroom, customer: i64, sku: &str, qty: i64) -> String {
    s.place_order(&NewOrder {
        customer_id: customer,
        lines: vec![NewOrderLine {
            sku: sku.into(),
            qty,
            unit_price: None,
        }],
        ..Default::default()
    })
    .unwrap()
    .number
}

/// Empties a filter field the way a user does (the screen listens to `input`): WebDriver's
/// clear() sends no such event, and typing "" is refused.
async fn clear_field(app: &App, css: &str) {
    app.find(css).await;
    app.client
        .execute(
            "const e = document.querySelector(arguments[0]); e.value = ''; e.dispatchEvent(new Event('input'));",
            vec![css.into()],
        )
        .await
        .unwrap();
}

/// Date inputs are set through the DOM: WebDriver typing into them depends on the locale.
async fn set_date(app: &App, css: &str, date: NaiveDate) {
    app.find(css).await;
    app.client
        .execute(
            "const e = document.querySelector(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('change'));",
            vec![css.into(), date.to_string().into()],
        )
        .await
        .unwrap();
}

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
    app.click("#order-lines-table tr[data-sku='HAM-01'] button.danger")
        .await;
    // Asked first; saying no changes nothing.
    app.wait_text("#confirm-dialog", |t| {
        t.contains("Cancel the 1 unshipped unit(s) of HAM-01?")
    })
    .await;
    app.click("#confirm-cancel").await;
    assert!(app
        .client
        .find(Locator::Css("#confirm-dialog"))
        .await
        .is_err());
    app.wait_text("#order-ready .value", |t| t == "1").await;
    // Saying yes cancels, and the freed hammer goes to the other customer's order.
    app.click("#order-lines-table tr[data-sku='HAM-01'] button.danger")
        .await;
    app.click("#confirm-ok").await;
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
    // The customer now has news to hear.
    app.go("#/backorders/notify").await;
    app.wait_text("#to-tell-table", |t| {
        t.contains("Promise moved") && t.contains(&waiting)
    })
    .await;
    app.close().await;
}

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
        preview.contains("2 products created") && preview.contains("1 rows with problems"),
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
