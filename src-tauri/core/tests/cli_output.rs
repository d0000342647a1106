//! How the command-line tool writes: a script's reader may stop reading early.

use std::process::Command;

#[test]
fn a_reader_that_stops_reading_is_no_failure() {
    // `stockroom product list | head -1`: the rest of the list has nowhere to go.
    let dir = tempfile::tempdir().unwrap();
    let init = Command::new(env!("CARGO_BIN_EXE_stockroom"))
        .current_dir(dir.path())
        .args(["--db", "shop.sqlite3", "init", "--demo"])
        .output()
        .unwrap();
    assert!(init.status.success());
    let mut list = Command::new(env!("CARGO_BIN_EXE_stockroom"))
        .current_dir(dir.path())
        .args(["--db", "shop.sqlite3", "product", "list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Close the pipe before the tool writes: every line it writes then finds no reader.
    drop(list.stdout.take());
    let out = list.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}
