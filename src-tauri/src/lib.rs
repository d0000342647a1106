//! The Stockroom desktop shell: one window showing `ui/`, the shop's database as managed
//! state, and the app commands. Everything else lives in the `stockroom-core` crate.

mod backup_status;
mod commands;
mod error;
pub mod probe;
mod state;
pub mod webview;

use stockroom_core::{db, Stockroom};
use tauri::Manager;

pub use commands::APP_COMMANDS;

/// Opens the database (creating it, with the demo shop, on first start).
fn open_shop() -> stockroom_core::Result<Stockroom> {
    let mut shop = Stockroom::open(db::default_path())?;
    shop.load_demo_if_empty()?;
    Ok(shop)
}

pub fn run() {
    probe::mark("main");
    let commands = commands::handler();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            probe::mark("setup");
            // Tauri has created the window and started its page; nothing here may keep the
            // UI thread (which serves the page's files) from running the event loop.
            if let Some(window) = app.get_webview_window("main") {
                webview::apply_lean_settings(&window);
            }
            let shop = state::Shop::open_in_background(app.handle().clone(), open_shop);
            app.manage(shop);
            Ok(())
        })
        .on_page_load(|_, payload| {
            probe::mark(match payload.event() {
                tauri::webview::PageLoadEvent::Started => "page-load-started",
                tauri::webview::PageLoadEvent::Finished => "page-load-finished",
            })
        })
        .invoke_handler(move |invoke| {
            if probe::mode().is_some() {
                probe::mark(&format!("command:{}", invoke.message.command()));
            }
            commands(invoke)
        })
        .run(tauri::generate_context!())
        .expect("error while running Stockroom");
}
