//! The start-up probe that bench/startup.sh measures the app with.
//!
//! Only when `STOCKROOM_STARTUP_PROBE` is set (the bench sets it; nobody else does), each
//! stage of the start prints `startup-probe: <stage> <unix time in ns>` on stdout: the
//! process, the setup hook, the shop ready, the page's load, the first call of each command,
//! and the marks the page sends with `first_screen_painted`. The bench subtracts the spawn
//! time and prints where the start went (`bench/startup.sh --stages`). The empty window it
//! compares with (bench/empty-window/) prints the same lines for what it has.

use std::io::Write;
use std::sync::OnceLock;

/// `Some(mode)` when the bench runs the app: `exit` (end after the first paint) or `stay`.
pub fn mode() -> Option<&'static str> {
    static MODE: OnceLock<Option<String>> = OnceLock::new();
    MODE.get_or_init(|| std::env::var("STOCKROOM_STARTUP_PROBE").ok())
        .as_deref()
}

/// Prints that `stage` was reached now (nothing unless the bench runs the app).
pub fn mark(stage: &str) {
    if mode().is_some() {
        print_at(stage, now_ns());
    }
}

/// Prints `stage` at `ns` (unix time), for times measured elsewhere (the page's marks).
pub fn print_at(stage: &str, ns: u128) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "startup-probe: {stage} {ns}");
    let _ = out.flush();
}

pub fn now_ns() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}
