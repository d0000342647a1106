use tauri::{AppHandle, State};

use serde::Serialize;
use stockroom_core::carriers::{Carrier, CarrierChanges, NewCarrier};
use stockroom_core::data::webshop::{WebshopPatch, WebshopSettings, FINANCIAL_STATUSES};
use stockroom_core::settings::{Incentive, Settings, SettingsPatch};

use crate::error::CmdResult;
use crate::state::Shop;

#[tauri::command]
pub async fn get_settings(shop: State<'_, Shop>) -> CmdResult<Settings> {
    shop.read(|s| s.settings()).await
}

/// Saves the fields the patch sets. The default incentive comes in its text form
/// (`none`, `discount:10`, `credit:5.00`, `gift:…`), parsed by the core as the CLI does.
#[tauri::command]
pub async fn update_settings(
    app: AppHandle,
    shop: State<'_, Shop>,
    patch: SettingsPatch,
    incentive: Option<String>,
) -> CmdResult<Settings> {
    shop.write(&app, move |s| {
        let mut patch = patch;
        if let Some(text) = incentive {
            patch.default_incentive = Some(Incentive::parse(&text)?);
        }
        s.update_settings(&patch)
    })
    .await
}

/// Asks for the shop's logo (a PNG or JPEG; `STOCKROOM_OPEN_FILE` in end-to-end tests, which
/// cannot drive a GTK dialog) and saves it in settings. The core refuses a file it cannot read
/// as a logo, storing nothing. Cancelling changes nothing. "Remove" is `update_settings` with
/// an empty `logo_path`.
#[tauri::command]
pub async fn choose_logo(app: AppHandle, shop: State<'_, Shop>) -> CmdResult<Settings> {
    let Some(path) =
        super::data::pick_file(&app, "Logo (PNG or JPEG)", &["png", "jpg", "jpeg"]).await?
    else {
        return shop.read(|s| s.settings()).await;
    };
    let patch = SettingsPatch {
        logo_path: Some(path.display().to_string()),
        ..Default::default()
    };
    shop.write(&app, move |s| s.update_settings(&patch)).await
}

#[tauri::command]
pub async fn list_carriers(shop: State<'_, Shop>) -> CmdResult<Vec<Carrier>> {
    shop.read(|s| s.carriers()).await
}

#[tauri::command]
pub async fn add_carrier(
    app: AppHandle,
    shop: State<'_, Shop>,
    carrier: NewCarrier,
    tracking_url: Option<String>,
) -> CmdResult<Carrier> {
    shop.write(&app, move |s| {
        s.add_carrier_with_tracking(&carrier, tracking_url.as_deref().unwrap_or(""))
    })
    .await
}

/// Transit days and the tracking page template (`{tracking}` = the number; "" = no link).
#[tauri::command]
pub async fn edit_carrier(
    app: AppHandle,
    shop: State<'_, Shop>,
    name: String,
    changes: CarrierChanges,
) -> CmdResult<Carrier> {
    shop.write(&app, move |s| s.edit_carrier(&name, &changes))
        .await
}

#[tauri::command]
pub async fn set_default_carrier(
    app: AppHandle,
    shop: State<'_, Shop>,
    name: String,
) -> CmdResult<Carrier> {
    shop.write(&app, move |s| s.set_default_carrier(&name))
        .await
}

/// The web shop settings with the statuses the setting may name (the core's list).
#[derive(Serialize)]
pub struct WebshopScreen {
    #[serde(flatten)]
    settings: WebshopSettings,
    known_statuses: &'static [&'static str],
}

/// The web shop settings (issue 21): which payment statuses an order export brings in, and
/// the watched folder.
#[tauri::command]
pub async fn webshop_settings(shop: State<'_, Shop>) -> CmdResult<WebshopScreen> {
    let settings = shop.read(|s| s.webshop_settings()).await?;
    Ok(WebshopScreen {
        settings,
        known_statuses: FINANCIAL_STATUSES,
    })
}

/// Saves the web shop settings the patch names; the core refuses an unknown status or a
/// folder that does not exist, storing nothing.
#[tauri::command]
pub async fn update_webshop_settings(
    app: AppHandle,
    shop: State<'_, Shop>,
    patch: WebshopPatch,
) -> CmdResult<WebshopSettings> {
    shop.write(&app, move |s| s.update_webshop_settings(&patch))
        .await
}

/// Asks for the folder to watch (the system's folder dialog; `STOCKROOM_OPEN_DIR` in
/// end-to-end tests) and saves it. Cancelling changes nothing.
#[tauri::command]
pub async fn choose_watch_folder(
    app: AppHandle,
    shop: State<'_, Shop>,
) -> CmdResult<WebshopSettings> {
    let Some(folder) = super::data::pick_folder(&app).await? else {
        return shop.read(|s| s.webshop_settings()).await;
    };
    let patch = WebshopPatch {
        watch_folder: Some(folder.display().to_string()),
        ..Default::default()
    };
    shop.write(&app, move |s| s.update_webshop_settings(&patch))
        .await
}
