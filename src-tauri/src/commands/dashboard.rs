use tauri::State;

use stockroom_core::dashboard::Dashboard;

use crate::error::CmdResult;
use crate::state::Shop;

#[tauri::command]
pub async fn dashboard(shop: State<'_, Shop>) -> CmdResult<Dashboard> {
    shop.read(|s| s.dashboard()).await
}
