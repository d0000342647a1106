//! The window's own state rather than the shop's: the automatic backup's outcome, and the
//! start-up probe that bench/startup.sh measures the app with.

use tauri::State;

use crate::backup_status::BackupStatus;
use crate::probe;
use crate::state::Shop;

/// The outcome of this start's automatic backup (also sent as the `backup` event when it ends).
#[tauri::command]
pub fn backup_status(shop: State<'_, Shop>) -> BackupStatus {
    // Only clones a small struct behind its own lock: fine on the UI thread.
    shop.backup_status()
}

/// The UI calls this once, right after the first screen with data has been painted, with the
/// page's own marks (`[name, unix time in ms]`: when its modules ran, when each answer came).
///
/// It does nothing unless `STOCKROOM_STARTUP_PROBE` is set, which only bench/startup.sh does:
/// then it prints each mark as `startup-probe: page:<name> <ns>` and last
/// `startup-probe: painted <unix time in ns>` on stdout, and with the value `exit` ends the
/// process, so the bench can time process spawn to first screen. The empty Tauri window the
/// bench compares with (bench/empty-window/) answers the same command the same way, so both
/// sides are measured through the same path.
#[tauri::command]
pub fn first_screen_painted(marks: Option<Vec<(String, f64)>>) {
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
