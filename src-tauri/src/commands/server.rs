//! Settings → Shop server (issue 19): which engine this shop runs on, testing a PostgreSQL
//! server, copying the shop onto it (verified), and keeping the server's password in the
//! keyring. Each is one core call on a blocking thread.

use tauri::State;

use stockroom_core::db::server::{transfer::Transfer, ServerUrl, Status};
use stockroom_core::Stockroom;

use crate::error::{CmdResult, CommandError};
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

/// Makes the server at `url` the shop this computer opens from its next start (Settings →
/// Shop server → Use this server on this computer). Needs no open shop: it is also the way
/// out when this computer's shop cannot be opened.
#[tauri::command]
pub async fn use_server_here(url: String) -> CmdResult<Status> {
    apart(move || Stockroom::use_server_here(&ServerUrl::parse(&url)?)).await
}

/// This computer opens its own shop file again from its next start; says which file.
#[tauri::command]
pub async fn use_file_here() -> CmdResult<String> {
    apart(|| Stockroom::use_file_here().map(|p| p.display().to_string())).await
}

/// Starts the app again, to open the shop this computer now uses.
#[tauri::command]
pub fn restart_app(app: tauri::AppHandle) {
    app.restart()
}

/// Work that needs no shop, on a plain thread (the PostgreSQL client may not block on one of
/// the app's runtime threads).
async fn apart<T: Send + 'static>(
    f: impl FnOnce() -> stockroom_core::Result<T> + Send + 'static,
) -> CmdResult<T> {
    tauri::async_runtime::spawn_blocking(move || {
        std::thread::spawn(f)
            .join()
            .map_err(|_| CommandError::internal("the shop server check stopped"))?
            .map_err(CommandError::from)
    })
    .await
    .map_err(|e| CommandError::internal(format!("background task failed: {e}")))?
}
