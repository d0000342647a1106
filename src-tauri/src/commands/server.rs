//! Settings → Shop server (issue 19): which engine this shop runs on, testing a PostgreSQL
//! server, copying the shop onto it (verified), and keeping the server's password in the
//! keyring. Each is one core call on a blocking thread.

use tauri::State;

use stockroom_core::db::server::{transfer::Transfer, ServerUrl, Status};
use stockroom_core::Stockroom;

use crate::error::CmdResult;
use crate::state::Shop;

/// The engine and place of the shop the window has open.
#[tauri::command]
pub async fn shop_status(shop: State<'_, Shop>) -> CmdResult<Status> {
    shop.read(|s| s.status()).await
}

/// Connects to the server at `url` and says what it holds (nothing is written).
#[tauri::command]
pub async fn test_server(shop: State<'_, Shop>, url: String) -> CmdResult<Status> {
    shop.read(move |_| Stockroom::server_status(&ServerUrl::parse(&url)?))
        .await
}

/// Copies this shop into the empty database at `url`, every table verified.
#[tauri::command]
pub async fn push_to_server(shop: State<'_, Shop>, url: String) -> CmdResult<Transfer> {
    shop.read(move |s| s.push_to_server(&ServerUrl::parse(&url)?))
        .await
}

/// Keeps the password of the server at `url` in this computer's keyring.
#[tauri::command]
pub async fn save_server_password(
    shop: State<'_, Shop>,
    url: String,
    password: String,
) -> CmdResult<()> {
    shop.read(move |_| Stockroom::save_server_password(&ServerUrl::parse(&url)?, &password))
        .await
}
