//! What the window says about the automatic daily backup.
//!
//! The backup runs in the background after start (see [`crate::state::Shop::start_auto_backup`]);
//! a failure used to be printed on stderr only, which no shopkeeper ever reads. Its outcome is
//! kept here, answered by the `backup_status` command and announced with a `backup` event, so
//! Settings can say "Last backup: <time>" and the window can say when it failed and why.

use std::path::Path;
use std::time::SystemTime;

use serde::Serialize;

use stockroom_core::data::{newest_auto_backup, AutoBackup};

/// The outcome of the automatic backup since the app started. Times are local, to the minute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum BackupStatus {
    /// Not finished yet (or the database could not be opened, so there is nothing to back up).
    Pending,
    /// The newest automatic backup: made now, or earlier today by a previous start.
    Done { at: String, path: String },
    /// The backup failed; `reason` is the core's message, `folder` the folder it tried.
    Failed {
        at: String,
        reason: String,
        folder: String,
    },
}

impl BackupStatus {
    /// The status after an automatic backup into `folder` ended with `outcome`.
    pub fn after(folder: &Path, outcome: Result<AutoBackup, String>, now: SystemTime) -> Self {
        match outcome {
            Ok(done) => {
                // When today's backup already existed nothing was made now: the newest file in
                // the folder is the last backup, and its modification time is when it was made.
                let newest = done.made.or_else(|| newest_auto_backup(folder));
                match newest {
                    Some(path) => BackupStatus::Done {
                        at: local_minute(modified(&path).unwrap_or(now)),
                        path: path.display().to_string(),
                    },
                    // Only if someone deleted today's file between the backup and this look.
                    None => BackupStatus::Pending,
                }
            }
            Err(reason) => BackupStatus::Failed {
                at: local_minute(now),
                reason,
                folder: folder.display().to_string(),
            },
        }
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

fn local_minute(t: SystemTime) -> String {
    chrono::DateTime::<chrono::Local>::from(t)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use stockroom_core::Stockroom;

    fn shop_in(dir: &Path) -> Stockroom {
        let mut shop = Stockroom::open(dir.join("shop.sqlite3")).unwrap();
        shop.load_demo_if_empty().unwrap();
        shop
    }

    fn status_of_backup_into(shop: &Stockroom, folder: &Path) -> BackupStatus {
        let outcome = shop.auto_backup(folder).map_err(|e| e.to_string());
        BackupStatus::after(folder, outcome, SystemTime::now())
    }

    #[test]
    fn a_backup_made_now_is_reported_with_its_file() {
        let dir = tempfile::tempdir().unwrap();
        let shop = shop_in(dir.path());
        let folder = dir.path().join("backups");
        let BackupStatus::Done { path, at } = status_of_backup_into(&shop, &folder) else {
            panic!("the backup should have succeeded");
        };
        assert!(
            Path::new(&path).starts_with(&folder),
            "made in the folder: {path}"
        );
        assert!(Path::new(&path).exists(), "the reported file exists");
        assert_eq!(
            at.len(),
            "2026-11-26 11:03".len(),
            "a local time to the minute: {at}"
        );
    }

    #[test]
    fn a_second_start_on_the_same_day_reports_the_backup_made_earlier() {
        let dir = tempfile::tempdir().unwrap();
        let shop = shop_in(dir.path());
        let folder = dir.path().join("backups");
        let first = status_of_backup_into(&shop, &folder);
        let second = status_of_backup_into(&shop, &folder);
        assert_eq!(
            second, first,
            "nothing new was made; the earlier backup is the last"
        );
    }

    #[test]
    fn a_backup_folder_that_is_a_file_is_reported_as_failed_with_the_reason() {
        let dir = tempfile::tempdir().unwrap();
        let shop = shop_in(dir.path());
        let not_a_folder = dir.path().join("backups");
        std::fs::write(&not_a_folder, "a file where the folder should be").unwrap();
        let BackupStatus::Failed { reason, folder, .. } =
            status_of_backup_into(&shop, &not_a_folder)
        else {
            panic!("a file cannot hold backups");
        };
        assert!(
            reason.contains("backup folder"),
            "the reason names what went wrong: {reason}"
        );
        assert_eq!(folder, not_a_folder.display().to_string());
    }

    #[test]
    fn the_status_crosses_to_the_window_tagged_by_state() {
        let failed = BackupStatus::Failed {
            at: "2026-11-26 09:00".into(),
            reason: "disk full".into(),
            folder: "/mnt/usb".into(),
        };
        let json = serde_json::to_value(&failed).unwrap();
        assert_eq!(json["state"], "failed");
        assert_eq!(json["reason"], "disk full");
        assert_eq!(
            serde_json::to_value(BackupStatus::Pending).unwrap()["state"],
            "pending"
        );
    }
}
