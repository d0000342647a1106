//! The window's own state rather than the shop's: the automatic backup's outcome, and the
//! start-up probe that bench/startup.sh measures the app with.

use tauri::State;

use crate::backup_status::BackupStatus;
use crate::state::Shop;

/// The outcome of this start's automatic backup (also sent as the `backup` event when it ends).
#[tauri::command]
pub fn backup_status(shop: State<'_, Shop>) -> BackupStatus {
    // Only clones a small struct behind its own lock: fine on the UI thread.
    shop.backup_status()
}

/// The UI calls this once, right after the first screen with data has been painted.
///
/// It does nothing unless `STOCKROOM_STARTUP_PROBE` is set, which only bench/startup.sh does:
/// then it prints `startup-probe: painted <unix time in ns>` on stdout, and with the value
/// `exit` ends the process, so the bench can time process spawn to first screen. The empty
/// Tauri window the bench compares with (bench/empty-window/) answers the same command the
/// same way, so both sides are measured through the same path.
#[tauri::command]
pub fn first_screen_painted() {
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
