use serde::Serialize;
use stockroom_core::Stockroom;
use tauri::State;

use crate::error::CmdResult;
use crate::state::Shop;

#[derive(Serialize)]
pub struct AppInfo {
    version: &'static str,
    database: String,
}

#[tauri::command]
pub async fn app_info(shop: State<'_, Shop>) -> CmdResult<AppInfo> {
    shop.run(|s| Ok(info(s))).await
}

/// The app's version and the database it shows (the sidebar's foot).
pub(crate) fn info(s: &Stockroom) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        database: s.path().display().to_string(),
    }
}
