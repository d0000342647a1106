use tauri::{AppHandle, State};

use stockroom_core::carriers::{Carrier, NewCarrier};
use stockroom_core::settings::{Incentive, Settings, SettingsPatch};

use crate::error::CmdResult;
use crate::state::Shop;

#[tauri::command]
pub async fn get_settings(shop: State<'_, Shop>) -> CmdResult<Settings> {
    shop.run(|s| s.settings()).await
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
    shop.write(&app, &["settings", "products", "orders"], move |s| {
        let mut patch = patch;
        if let Some(text) = incentive {
            patch.default_incentive = Some(Incentive::parse(&text)?);
        }
        s.update_settings(&patch)
    })
    .await
}

#[tauri::command]
pub async fn list_carriers(shop: State<'_, Shop>) -> CmdResult<Vec<Carrier>> {
    shop.run(|s| s.carriers()).await
}

#[tauri::command]
pub async fn add_carrier(
    app: AppHandle,
    shop: State<'_, Shop>,
    carrier: NewCarrier,
) -> CmdResult<Carrier> {
    shop.write(&app, &["carriers"], move |s| s.add_carrier(&carrier))
        .await
}

#[tauri::command]
pub async fn set_default_carrier(
    app: AppHandle,
    shop: State<'_, Shop>,
    name: String,
) -> CmdResult<Carrier> {
    shop.write(&app, &["carriers"], move |s| s.set_default_carrier(&name))
        .await
}
