//! End to end: how the window starts (issue 8). The database opens on a thread of its own
//! while WebKit loads the page, and the page reports its first screen to the start-up probe
//! that bench/startup.sh times. (The app is started directly, not through WebDriver: that is
//! how the bench and the shopkeeper start it, without GPU compositing — see
//! src-tauri/src/webview.rs.)

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use support::serial;

/// Starts the app binary as bench/startup.sh does and returns the probe's stage names in the
/// order they were printed, and the exit status.
fn probe_stages(data: &std::path::Path) -> (Vec<String>, std::process::ExitStatus) {
    let mut app = Command::new(env!("CARGO_BIN_EXE_stockroom-app"))
        .env("XDG_DATA_HOME", data)
        .env("XDG_CACHE_HOME", data.join("cache"))
        .env("STOCKROOM_DB", data.join("stockroom.sqlite3"))
        .env("STOCKROOM_STARTUP_PROBE", "exit")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the app binary starts");
    let stages = BufReader::new(app.stdout.take().unwrap())
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| {
            let stage = l.strip_prefix("startup-probe: ")?.rsplit_once(' ')?.0;
            Some(stage.to_owned())
        })
        .collect();
    (stages, app.wait().unwrap())
}

fn position(stages: &[String], stage: &str) -> usize {
    stages
        .iter()
        .position(|s| s == stage)
        .unwrap_or_else(|| panic!("the probe never printed {stage}; it printed {stages:?}"))
}

#[test]
fn the_start_up_probe_reports_the_first_screen_with_data_then_ends_the_app() {
    assert!(
        std::env::var_os("DISPLAY").is_some(),
        "end-to-end tests need a display: run them under xvfb-run"
    );
    let _one = serial();
    let data = tempfile::tempdir().unwrap();
    let (stages, status) = probe_stages(data.path());
    assert!(status.success(), "the probe ends the app cleanly: {status}");
    // The paint is reported last, once the products (read from the database) are drawn.
    assert_eq!(stages.last().map(String::as_str), Some("painted"));
    assert!(position(&stages, "page:list_products") < position(&stages, "page:screen drawn"));
    // The shop is opened after the window exists (setup), not before it.
    assert!(position(&stages, "main") < position(&stages, "setup"));
    assert!(position(&stages, "setup") < position(&stages, "shop-ready"));
    // The backup's outcome is not asked for before the first screen is painted.
    assert!(
        !stages.iter().any(|s| s == "command:backup_status"),
        "backup_status was called before the first paint: {stages:?}"
    );
}
