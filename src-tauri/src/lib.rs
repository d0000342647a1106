//! The Stockroom desktop shell: one window showing `ui/`, the shop's database as managed
//! state, and the app commands. Everything else lives in the `stockroom-core` crate.

mod backup_status;
mod commands;
mod error;
mod first_screen;
mod mailer;
pub mod probe;
mod server_changes;
mod state;
mod watcher;
pub mod webview;

use stockroom_core::{db, Stockroom};
use tauri::Manager;

pub use commands::APP_COMMANDS;

/// Opens the shop `STOCKROOM_DB` names, else the file in the app's data folder (creating it,
/// with the demo shop, on first start). A shop server (issue 19) is opened as it is: a shop is
/// made there by `stockroom init` or moved there by `stockroom server push`.
fn open_shop(target: db::Target) -> stockroom_core::Result<Stockroom> {
    match target {
        db::Target::File(path) => {
            let mut shop = Stockroom::open(path)?;
            shop.load_demo_if_empty()?;
            Ok(shop)
        }
        db::Target::Server(url) => Stockroom::open_url(&url, stockroom_core::Clock::System),
    }
}

pub fn run() {
    probe::mark("main");
    let commands = commands::handler();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            probe::mark("setup");
            // Nothing here may keep the UI thread (which serves the page's files) from running
            // the event loop: the shop opens on a thread of its own, in parallel with WebKit
            // starting its processes, and the window is created at once.
            let target = db::Target::from_env();
            let server = match &target {
                Ok(db::Target::Server(url)) => Some(url.clone()),
                _ => None,
            };
            let shop =
                state::Shop::open_in_background(app.handle().clone(), move || open_shop(target?));
            if let Some(url) = server {
                server_changes::start(url, app.handle().clone(), shop.mailer().clone());
            }
            app.manage(shop.clone());
            // The window of tauri.conf.json (`create: false` there), created here so that
            // its page is sent with the first screen's data when the shop is open by then.
            let config = app
                .config()
                .app
                .windows
                .iter()
                .find(|w| w.label == "main")
                .ok_or("tauri.conf.json has no window labelled main")?
                .clone();
            let window = tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?
                .on_web_resource_request({
                    let handle = app.handle().clone();
                    move |request, response| {
                        first_screen::on_request(&shop, &handle, &request, response)
                    }
                })
                .build()?;
            webview::apply_lean_settings(&window);
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
