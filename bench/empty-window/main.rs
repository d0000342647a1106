//! The baseline of bench/startup.sh: the smallest honest Tauri 2 app, an empty window whose
//! page only says it loaded. Same tauri version and features as Stockroom (it is an example
//! of the app package, so it resolves and builds against the same lock and the same compiled
//! dependencies), same window size, same CSP; no plugins, no database, no managed state.
//!
//! It reports its first paint the way Stockroom's UI does, through a command named like
//! Stockroom's `first_screen_painted` (so the app's capability grants it), and prints the
//! same lines with the app's own probe (src-tauri/src/probe.rs), so both sides are timed from
//! process spawn through the same path, stage by stage where they have the same stages.
//!
//! With `EMPTY_WINDOW_SETTINGS=stockroom` its webview gets Stockroom's WebKit settings
//! (src-tauri/src/webview.rs: no GPU compositing, a small memory cache), so the bench can
//! compare the app with an empty window configured alike as well as with WebKit's defaults.
//!
//! Built only with `--features startup-baseline` (see Cargo.toml), which keeps it out of
//! `cargo test` builds; it is an example, so the .deb never contains it.

use stockroom_app::probe;
use tauri::Manager;

#[tauri::command]
fn first_screen_painted(marks: Option<Vec<(String, f64)>>) {
    let Some(mode) = probe::mode() else {
        return;
    };
    let painted = probe::now_ns();
    for (name, ms) in marks.unwrap_or_default() {
        probe::print_at(&format!("page:{name}"), (ms * 1e6) as u128);
    }
    probe::print_at("painted", painted);
    if mode == "exit" {
        std::process::exit(0);
    }
}

fn main() {
    probe::mark("main");
    tauri::Builder::default()
        .setup(|app| {
            probe::mark("setup");
            if std::env::var("EMPTY_WINDOW_SETTINGS").as_deref() == Ok("stockroom") {
                if let Some(window) = app.get_webview_window("main") {
                    stockroom_app::webview::apply_lean_settings(&window);
                }
            }
            Ok(())
        })
        .on_page_load(|_, payload| {
            probe::mark(match payload.event() {
                tauri::webview::PageLoadEvent::Started => "page-load-started",
                tauri::webview::PageLoadEvent::Finished => "page-load-finished",
            })
        })
        .invoke_handler(tauri::generate_handler![first_screen_painted])
        .run(tauri::generate_context!(
            "bench/empty-window/tauri.conf.json"
        ))
        .expect("error while running the empty window");
}
