use tauri::{AppHandle, State};

use stockroom_core::carriers::{Carrier, CarrierChanges, NewCarrier};
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
