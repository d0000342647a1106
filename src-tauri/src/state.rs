//! The app's managed state: the shop's one writer connection, used off the UI thread.

use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use serde::Serialize;
use tauri::{AppHandle, Emitter};

use stockroom_core::{Error, Stockroom};

use crate::backup_status::BackupStatus;
use crate::error::{CmdResult, CommandError};

/// The open shop, or why it could not be opened (shown to the user by every command).
pub struct Shop {
    inner: Result<Arc<Mutex<Stockroom>>, (&'static str, String)>,
    /// The outcome of this start's automatic backup (its own lock: asking for it never
    /// waits behind a long database operation).
    backup: Arc<Mutex<BackupStatus>>,
}

/// Payload of the `changed` event: which kinds of records a write touched, so each screen
/// refreshes what it shows and nothing else.
#[derive(Clone, Serialize)]
pub struct Changed {
    pub what: Vec<&'static str>,
}

impl Shop {
    pub fn open(result: stockroom_core::Result<Stockroom>) -> Self {
        // Promises count from today (overdue POs, lead times): refreshed once a day, before
        // the first screen reads them. A failure here must not keep the shop from opening.
        let result = result.map(|mut s| {
            if let Err(e) = s.recompute_promises_once_a_day() {
                eprintln!("stockroom: the daily promise recompute failed: {e}");
            }
            s
        });
        Shop {
            inner: result
                .map(|s| Arc::new(Mutex::new(s)))
                .map_err(|e| (e.code(), e.to_string())),
            backup: Arc::new(Mutex::new(BackupStatus::Pending)),
        }
    }

    fn handle(&self) -> CmdResult<Arc<Mutex<Stockroom>>> {
        match &self.inner {
            Ok(s) => Ok(s.clone()),
            Err((code, message)) => Err(CommandError {
                code,
                message: message.clone(),
            }),
        }
    }

    /// The automatic daily backup (at most one a day, the last 14 kept), made in the
    /// background after start so the first screen does not wait for it. Its outcome is kept
    /// for [`Shop::backup_status`] and announced to the window with a `backup` event carrying
    /// the [`BackupStatus`]: a failure must be seen by the shopkeeper, not only on stderr.
    pub fn start_auto_backup(&self, app: AppHandle) {
        let Ok(shop) = self.handle() else { return };
        let status = self.backup.clone();
        tauri::async_runtime::spawn_blocking(move || {
            let Ok(guard) = shop.lock() else { return };
            let (folder, outcome) = match guard.backup_folder() {
                Ok(folder) => {
                    let outcome = guard.auto_backup(&folder).map_err(|e| e.to_string());
                    (folder, outcome)
                }
                Err(e) => (Default::default(), Err(e.to_string())),
            };
            drop(guard);
            match &outcome {
                Ok(done) => {
                    if let Some(path) = &done.made {
                        eprintln!("stockroom: backed up to {}", path.display());
                    }
                }
                Err(e) => eprintln!("stockroom: the automatic backup failed: {e}"),
            }
            let now = BackupStatus::after(&folder, outcome, SystemTime::now());
            if let Ok(mut kept) = status.lock() {
                *kept = now.clone();
            }
            let _ = app.emit("backup", now);
        });
    }

    /// The outcome of this start's automatic backup so far.
    pub fn backup_status(&self) -> BackupStatus {
        self.backup
            .lock()
            .map(|s| s.clone())
            .unwrap_or(BackupStatus::Pending)
    }

    /// Runs core work on a blocking thread (SQLite and PDF work must not freeze the window).
    pub async fn run<T, F>(&self, f: F) -> CmdResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Stockroom) -> Result<T, Error> + Send + 'static,
    {
        let shop = self.handle()?;
        tauri::async_runtime::spawn_blocking(move || {
            let mut guard = shop
                .lock()
                .map_err(|_| CommandError::internal("the database lock was poisoned"))?;
            f(&mut guard).map_err(CommandError::from)
        })
        .await
        .map_err(|e| CommandError::internal(format!("background task failed: {e}")))?
    }

    /// Like [`Shop::run`] for a write; on success tells every window what changed.
    pub async fn write<T, F>(&self, app: &AppHandle, what: &[&'static str], f: F) -> CmdResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Stockroom) -> Result<T, Error> + Send + 'static,
    {
        let out = self.run(f).await?;
        let _ = app.emit(
            "changed",
            Changed {
                what: what.to_vec(),
            },
        );
        Ok(out)
    }
}
