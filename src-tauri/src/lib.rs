//! The Stockroom desktop shell: one window showing `ui/`, the shop's database as managed
//! state, and the app commands. Everything else lives in the `stockroom-core` crate.

mod backup_status;
mod commands;
mod error;
mod state;

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
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let shop = open_shop();
            if let Err(e) = &shop {
                eprintln!("stockroom: cannot open the database: {e}");
            }
            let shop = state::Shop::open(shop);
            shop.start_auto_backup(app.handle().clone());
            app.manage(shop);
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .expect("error while running Stockroom");
}
