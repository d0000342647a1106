//! End to end, in the real window: the automatic daily backup made at start is reported —
//! "Last backup: <time>" in Settings when it worked, and a notice on every screen when it
//! failed, so a missing or broken backup folder is not only a line on stderr.

mod support;

use support::{serial, App};

#[tokio::test(flavor = "multi_thread")]
async fn a_failed_automatic_backup_is_shown_in_the_window_and_in_settings() {
    let _one = serial();
    // The default backup folder is `backups/` beside the database: a file there makes the
    // backup fail the way a lost USB disk mount point or a mistyped setting does.
    let app = App::start_with(|dir| {
        std::fs::write(
            dir.join("backups"),
            "a file where the backup folder should be",
        )
        .unwrap()
    })
    .await;
    let notice = app
        .wait_text("#backup-failed", |t| {
            t.contains("Last automatic backup failed")
        })
        .await;
    assert!(
        notice.contains("backup folder"),
        "the notice gives the reason and where to look: {notice}"
    );
    // The notice stays while the shopkeeper works on another screen.
    app.go("#/dashboard").await;
    app.find("#dash-products").await;
    app.wait_text("#backup-failed", |t| t.contains("failed"))
        .await;
    // Settings says the same next to the backup controls.
    app.go("#/settings").await;
    let line = app
        .wait_text("#backup-last", |t| t.contains("failed"))
        .await;
    assert!(
        line.contains("backups"),
        "names the folder's problem: {line}"
    );
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_successful_automatic_backup_shows_its_time_in_settings_and_no_notice() {
    let _one = serial();
    let app = App::start().await;
    app.find("#products-table tbody tr[data-sku]").await;
    app.go("#/settings").await;
    let line = app
        .wait_text("#backup-last", |t| t.starts_with("Last backup: "))
        .await;
    assert!(
        line.contains("stockroom-") && line.contains(".sqlite3"),
        "names the backup file: {line}"
    );
    // The failure notice joins the message corner only while there is a failure to show.
    let notices = app
        .client
        .find_all(fantoccini::Locator::Css("#backup-failed"))
        .await
        .unwrap();
    assert!(notices.is_empty(), "no failure notice after a good backup");
    app.close().await;
}
