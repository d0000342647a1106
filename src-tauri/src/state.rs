//! The app's managed state: the shop's one writer connection, used off the UI thread.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

use serde::Serialize;
use tauri::{AppHandle, Emitter};

use stockroom_core::{Error, Stockroom};

use crate::backup_status::BackupStatus;
use crate::error::{CmdResult, CommandError};
use crate::mailer::Mailer;

/// The shop once opened, or why it could not be opened (shown to the user by every command).
type Opened = Result<Arc<Mutex<Stockroom>>, (&'static str, String)>;

/// The open shop, or why it could not be opened. Clones share it.
#[derive(Clone)]
pub struct Shop {
    /// Set once, by the thread that opens the database (see [`Shop::open_in_background`]);
    /// commands wait for it on their blocking thread, never on the UI thread.
    inner: Arc<OnceLock<Opened>>,
    /// The outcome of this start's automatic backup (its own lock: asking for it never
    /// waits behind a long database operation).
    backup: Arc<Mutex<BackupStatus>>,
    /// The e-mail sender: woken after every write (a write may queue a message).
    mailer: Mailer,
}

/// Payload of the `changed` event: which kinds of records a write touched, so each screen
/// refreshes what it shows and nothing else.
#[derive(Clone, Serialize)]
pub struct Changed {
    pub what: Vec<&'static str>,
}

impl Shop {
    /// Opens the shop with `open` on a thread of its own and returns at once.
    ///
    /// Tauri runs the setup hook on the UI thread after creating the window but before the
    /// event loop: whatever the hook does, the page waits for (WebKit fetches `index.html`
    /// through that loop). Opening here, in parallel with WebKit starting its processes and
    /// loading the page, takes the database off the window's path; the first command waits
    /// for it only if it is not ready yet.
    ///
    /// Then, still before any command reads, promises are refreshed once a day (they count from
    /// today: overdue POs, lead times). A failure there must not keep the shop from opening.
    /// Last, the automatic daily backup, which no command waits for.
    pub fn open_in_background<F>(app: AppHandle, open: F) -> Self
    where
        F: FnOnce() -> stockroom_core::Result<Stockroom> + Send + 'static,
    {
        let shop = Shop {
            inner: Arc::new(OnceLock::new()),
            backup: Arc::new(Mutex::new(BackupStatus::Pending)),
            mailer: Mailer::default(),
        };
        let (inner, backup, mailer) =
            (shop.inner.clone(), shop.backup.clone(), shop.mailer.clone());
        let spawned = std::thread::Builder::new()
            .name("open-shop".into())
            .spawn(move || {
                let opened = open().map(|mut s| {
                    if let Err(e) = s.recompute_promises_once_a_day() {
                        eprintln!("stockroom: the daily promise recompute failed: {e}");
                    }
                    s
                });
                crate::probe::mark("shop-ready");
                let path = opened.as_ref().ok().map(|s| s.path().to_path_buf());
                if let Err(e) = &opened {
                    eprintln!("stockroom: cannot open the database: {e}");
                }
                let opened = opened.map(|s| Arc::new(Mutex::new(s)));
                if let (Ok(shop), Some(path)) = (&opened, &path) {
                    mailer.start(path.clone(), shop.clone(), app.clone());
                }
                let _ = inner.set(opened.map_err(|e| (e.code(), e.to_string())));
                if let Some(path) = path {
                    auto_backup(path, backup, app);
                }
            });
        if let Err(e) = spawned {
            let _ = shop.inner.set(Err((
                "internal",
                format!("cannot start the thread that opens the database: {e}"),
            )));
        }
        shop
    }

    /// The shop, waiting for it to be opened. Blocks: call it on a blocking thread only.
    fn handle(inner: &OnceLock<Opened>) -> CmdResult<Arc<Mutex<Stockroom>>> {
        match inner.wait() {
            Ok(s) => Ok(s.clone()),
            Err((code, message)) => Err(CommandError {
                code,
                message: message.clone(),
            }),
        }
    }

    /// The shop if it is open by now, without waiting (`None` while it opens, or if it could
    /// not be opened).
    pub fn ready(&self) -> Option<Arc<Mutex<Stockroom>>> {
        self.inner.get()?.as_ref().ok().cloned()
    }

    /// The e-mail sender (its status; "E-mail now").
    pub fn mailer(&self) -> &Mailer {
        &self.mailer
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
        let inner = self.inner.clone();
        tauri::async_runtime::spawn_blocking(move || {
            let shop = Self::handle(&inner)?;
            let mut guard = shop
                .lock()
                .map_err(|_| CommandError::internal("the database lock was poisoned"))?;
            // An error reads in the shop's language (issue 17); English when even the
            // settings cannot be read.
            f(&mut guard).map_err(|e| {
                let words = guard
                    .shop_words()
                    .unwrap_or_else(|_| stockroom_core::i18n::ShopWords::english());
                CommandError::in_words(e, &words)
            })
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
        self.mailer.wake();
        let _ = app.emit(
            "changed",
            Changed {
                what: what.to_vec(),
            },
        );
        Ok(out)
    }
}

/// The automatic daily backup (at most one a day, the last 14 kept). Its outcome is kept for
/// [`Shop::backup_status`] and announced to the window with a `backup` event carrying the
/// [`BackupStatus`]: a failure must be seen by the shopkeeper, not only on stderr.
///
/// It reads through a connection of its own, not the shop's: copying a large shop takes
/// seconds, and holding the shop's lock that long would keep the first screen (and the
/// shopkeeper's first sale) waiting. SQLite's WAL lets this reader copy a consistent snapshot
/// while the shop's one writer goes on.
fn auto_backup(path: PathBuf, status: Arc<Mutex<BackupStatus>>, app: AppHandle) {
    let (folder, outcome) = match Stockroom::open(&path).and_then(|reader| {
        let folder = reader.backup_folder()?;
        Ok((reader, folder))
    }) {
        Ok((reader, folder)) => {
            let outcome = reader.auto_backup(&folder).map_err(|e| e.to_string());
            (folder, outcome)
        }
        Err(e) => (Default::default(), Err(e.to_string())),
    };
    match &outcome {
        Ok(done) => {
            if let Some(made) = &done.made {
                eprintln!("stockroom: backed up to {}", made.display());
            }
        }
        Err(e) => eprintln!("stockroom: the automatic backup failed: {e}"),
    }
    let now = BackupStatus::after(&folder, outcome, SystemTime::now());
    if let Ok(mut kept) = status.lock() {
        *kept = now.clone();
    }
    let _ = app.emit("backup", now);
}
