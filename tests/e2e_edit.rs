//! End to end, in the real window (issue 5): correcting what was entered. A customer's address
//! and a product's price are edited in their forms and the pages show the change; a rename onto
//! a SKU that exists is refused with the backend's message; a purchase order the supplier will
//! never deliver is cancelled after a confirmation that names whose promise moves.
//!
//! Each test prepares its shop with the core crate before the app starts, and reads the
//! database afterwards, so what the window shows is checked against what was stored.
//! With STOCKROOM_E2E_SHOTS=<folder>, the screens of the flows are saved there as PNGs to look at.

mod support;

use std::path::Path;

use chrono::{Days, Local, NaiveDate};
use fantoccini::key::Key;
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::NewProduct;
use stockroom_core::customers::NewCustomer;
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::purchasing::{NewPo, NewPoLine, PoStatus};
use stockroom_core::settings::SettingsPatch;
use stockroom_core::Stockroom;
use support::{serial, App};

/// A success message, and an error message (not the backup notice that waits hidden in the
/// same corner).
const SUCCESS: &str = ".toast[role='status']";
const FAILURE: &str = ".toast.error:not(#backup-failed)";

fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// Handling 1 day, a default carrier of 2 days; a kettle in stock; a drill with a 14-day lead
/// time, 5 of them on a purchase order due in 10 days; Ada, who waits for 2 drills. Returns
/// (PO number, Ada's order number, Ada's id).
fn shop(dir: &Path) -> (String, String, i64) {
    let mut s = Stockroom::open(dir.join("stockroom.sqlite3")).unwrap();
    s.update_settings(&SettingsPatch {
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
        sku: "KET-03".into(),
        name: "Copper kettle".into(),
        price: 8900,
        on_hand: 4,
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
    let ada = s
        .add_customer(&NewCustomer {
            name: "Ada Lovelace".into(),
            address: "12 St James's Square\nLondon".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    let order = s
        .place_order(&NewOrder {
            customer_id: ada,
            lines: vec![NewOrderLine {
                sku: "DRL-20".into(),
                qty: 2,
                unit_price: None,
            }],
            ..Default::default()
        })
        .unwrap()
        .number;
    (po, order, ada)
}

fn stored(app: &App) -> Stockroom {
    Stockroom::open(app.db_path()).unwrap()
}

/// Saves the window as `<STOCKROOM_E2E_SHOTS>/<name>.png` when that folder is given.
async fn shot(app: &App, name: &str) {
    if let Some(dir) = std::env::var_os("STOCKROOM_E2E_SHOTS") {
        // Let the frame with the latest change be painted before it is captured.
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        let png = app.client.screenshot().await.unwrap();
        std::fs::write(Path::new(&dir).join(format!("{name}.png")), png).unwrap();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_customers_address_is_corrected_in_the_edit_form_and_the_page_shows_it() {
    let _one = serial();
    let mut ada = 0;
    let app = App::start_with(|dir| ada = shop(dir).2).await;
    app.go(&format!("#/customers/{ada}")).await;
    app.wait_text("#customer-address", |t| t.contains("St James's Square"))
        .await;
    app.click("#customer-edit").await;
    // The form opens filled in with what is stored.
    let name = app.find("#customer-name").await;
    assert_eq!(
        name.prop("value").await.unwrap().as_deref(),
        Some("Ada Lovelace")
    );
    // Enter in the address starts a new line, as the shopkeeper types it.
    let enter = char::from(Key::Enter);
    app.type_into(
        "#customer-address-input",
        &format!("ul. Piotrkowska 12{enter}90-001 Łódź"),
    )
    .await;
    shot(&app, "edit-customer-form").await;
    app.click("#customer-save").await;
    app.wait_text(SUCCESS, |t| t.contains("Ada Lovelace saved."))
        .await;
    let shown = app
        .wait_text("#customer-address", |t| t.contains("Piotrkowska"))
        .await;
    assert_eq!(shown, "ul. Piotrkowska 12\n90-001 Łódź");
    shot(&app, "edit-customer-page").await;
    assert_eq!(
        stored(&app).customer(ada).unwrap().address,
        "ul. Piotrkowska 12\n90-001 Łódź",
        "stored, not only shown"
    );
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_products_price_is_changed_in_the_edit_form_and_the_page_and_list_show_it() {
    let _one = serial();
    let app = App::start_with(|dir| {
        shop(dir);
    })
    .await;
    app.go("#/products/KET-03").await;
    app.wait_text("#fig-price .value", |t| t.contains("89.00"))
        .await;
    app.click("#product-edit").await;
    let price = app.find("#product-price").await;
    assert_eq!(price.prop("value").await.unwrap().as_deref(), Some("89.00"));
    app.type_into("#product-price", "94.50").await;
    shot(&app, "edit-product-form").await;
    app.click("#product-save").await;
    app.wait_text(SUCCESS, |t| t.contains("KET-03 saved."))
        .await;
    app.wait_text("#fig-price .value", |t| t.contains("94.50"))
        .await;
    app.wait_text("#fig-on-hand .value", |t| t == "4").await;
    shot(&app, "edit-product-page").await;
    app.go("#/products").await;
    app.wait_text("#products-table tr[data-sku='KET-03']", |t| {
        t.contains("94.50")
    })
    .await;
    assert_eq!(stored(&app).product("KET-03").unwrap().price, 9450);
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn renaming_a_product_onto_a_sku_that_exists_shows_the_backends_message() {
    let _one = serial();
    let app = App::start_with(|dir| {
        shop(dir);
    })
    .await;
    app.go("#/products/KET-03").await;
    app.click("#product-edit").await;
    app.type_into("#product-sku", "DRL-20").await;
    app.type_into("#product-price", "1.00").await;
    app.click("#product-save").await;
    let toast = app
        .wait_text(FAILURE, |t| t.contains("SKU DRL-20 already exists"))
        .await;
    assert!(
        toast.contains("duplicate"),
        "the error code is shown: {toast:?}"
    );
    // The form stays open with what was typed, and nothing was stored.
    app.find("#product-dialog").await;
    let kettle = stored(&app).product("KET-03").unwrap();
    assert_eq!(kettle.price, 8900);
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn cancelling_a_purchase_order_names_whose_promise_moves_and_then_moves_it() {
    let _one = serial();
    let (mut po, mut order) = (String::new(), String::new());
    let app = App::start_with(|dir| {
        let (p, o, _) = shop(dir);
        (po, order) = (p, o);
    })
    .await;
    app.go(&format!("#/purchasing/{po}")).await;
    app.click("#po-cancel").await;
    // The confirmation asks first, and says whose promise moves, from the PO's date to the
    // drill's lead time (today + 14 + 1 handling + 2 transit).
    let moves = app
        .wait_text("#po-cancel-moved", |t| t.contains(&order))
        .await;
    assert!(moves.contains("DRL-20"), "{moves:?}");
    shot(&app, "cancel-po-confirm").await;
    assert_eq!(
        stored(&app).po(&po).unwrap().status,
        PoStatus::Open,
        "nothing happens before the shop confirms"
    );
    app.click("#po-cancel-confirm").await;
    app.wait_text(SUCCESS, |t| t.contains(&format!("{po} cancelled.")))
        .await;
    app.find("#po-cancelled").await;
    shot(&app, "cancel-po-done").await;
    let s = stored(&app);
    assert_eq!(s.po(&po).unwrap().status, PoStatus::Cancelled);
    assert_eq!(
        s.order(&order).unwrap().lines[0].eta,
        Some(today() + Days::new(17)),
        "the waiting order is now promised from the lead time"
    );
    app.close().await;
}
