//! The baseline of bench/startup.sh: the smallest honest Tauri 2 app, an empty window whose
//! page only says it loaded. Same tauri version and features as Stockroom (it is an example
//! of the app package, so it resolves and builds against the same lock and the same compiled
//! dependencies), same window size, same CSP; no plugins, no database, no managed state.
//!
//! It reports its first paint the way Stockroom's UI does, through a command named like
//! Stockroom's `first_screen_painted` (so the app's capability grants it), and prints the
//! same line, so both sides are timed from process spawn through the same path.
//!
//! Built only with `--features startup-baseline` (see Cargo.toml), which keeps it out of
//! `cargo test` builds; it is an example, so the .deb never contains it.

#[tauri::command]
fn first_screen_painted() {
    let Some(mode) = std::env::var_os("STOCKROOM_STARTUP_PROBE") else {
        return;
    };
    let ns = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "startup-probe: painted {ns}");
    let _ = out.flush();
    if mode == "exit" {
        std::process::exit(0);
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![first_screen_painted])
        .run(tauri::generate_context!(
            "bench/empty-window/tauri.conf.json"
        ))
        .expect("error while running the empty window");
}
