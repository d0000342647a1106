//! The app's managed state: the shop's one writer connection, used off the UI thread.

use std::sync::{Arc, Mutex};

use serde::Serialize;
use tauri::{AppHandle, Emitter};

use stockroom_core::{Error, Stockroom};

use crate::error::{CmdResult, CommandError};

/// The open shop, or why it could not be opened (shown to the user by every command).
pub struct Shop {
    inner: Result<Arc<Mutex<Stockroom>>, (&'static str, String)>,
}

/// Payload of the `changed` event: which kinds of records a write touched, so each screen
/// refreshes what it shows and nothing else.
#[derive(Clone, Serialize)]
pub struct Changed {
    pub what: Vec<&'static str>,
}

impl Shop {
    pub fn open(result: stockroom_core::Result<Stockroom>) -> Self {
        Shop {
            inner: result
                .map(|s| Arc::new(Mutex::new(s)))
                .map_err(|e| (e.code(), e.to_string())),
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
    /// background after start so the first screen does not wait for it.
    pub fn start_auto_backup(&self) {
        let Ok(shop) = self.handle() else { return };
        tauri::async_runtime::spawn_blocking(move || {
            let Ok(guard) = shop.lock() else { return };
            match guard
                .backup_folder()
                .and_then(|folder| guard.auto_backup(folder))
            {
                Ok(done) => {
                    if let Some(path) = done.made {
                        eprintln!("stockroom: backed up to {}", path.display());
                    }
                }
                Err(e) => eprintln!("stockroom: the automatic backup failed: {e}"),
            }
        });
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
