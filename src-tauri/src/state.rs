//! The app's managed state: the shop (one writer, read-only connections for the screens),
//! used off the UI thread.

use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

use tauri::{AppHandle, Emitter};

use stockroom_core::{Error, SharedShop, Stockroom};

use crate::backup_status::BackupStatus;
use crate::error::{CmdResult, CommandError};
use crate::mailer::Mailer;

/// The shop once opened, or why it could not be opened (shown to the user by every command).
type Opened = Result<Arc<SharedShop>, (&'static str, String)>;

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
                // The e-mail sender, the watched folder and the daily backup run on both
                // engines. On a shop server one till's sender at a time sends and one till at
                // a time sweeps the folder (their turns); each computer keeps its own backups.
                let path = opened
                    .as_ref()
                    .ok()
                    .filter(|s| !s.is_server())
                    .map(|s| s.path().to_path_buf());
                let server = opened.as_ref().ok().and_then(|s| s.server_url().cloned());
                if let Err(e) = &opened {
                    eprintln!("stockroom: cannot open the database: {e}");
                }
                let opened = opened.map(|s| Arc::new(SharedShop::new(s)));
                if let Ok(shop) = &opened {
                    crate::watcher::start(shop.clone(), app.clone(), mailer.clone());
                }
                if let (Ok(shop), Some(path)) = (&opened, &path) {
                    let file = path.clone();
                    mailer.start(move || Stockroom::open(&file), shop.clone(), app.clone());
                }
                let clock = stockroom_core::Clock::System;
                if let (Ok(shop), Some(url)) = (&opened, &server) {
                    let url = url.clone();
                    mailer.start(
                        move || Stockroom::open_server_reader(&url, clock),
                        shop.clone(),
                        app.clone(),
                    );
                }
                let _ = inner.set(opened.map_err(|e| (e.code(), e.to_string())));
                if let Some(path) = path {
                    auto_backup(|| Stockroom::open(&path), backup, app);
                } else if let Some(url) = server {
                    // Each computer that uses the server keeps its own daily copies.
                    auto_backup(|| Stockroom::open_server_reader(&url, clock), backup, app);
                }
            });
        if let Err(e) = spawned {
            let _ = shop.inner.set(Err((
                stockroom_core::error::ErrorCode::Internal.as_str(),
                format!("cannot start the thread that opens the database: {e}"),
            )));
        }
        shop
    }

    /// The shop, waiting for it to be opened. Blocks: call it on a blocking thread only.
    fn handle(inner: &OnceLock<Opened>) -> CmdResult<Arc<SharedShop>> {
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
    pub fn ready(&self) -> Option<Arc<SharedShop>> {
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

    /// Runs a read on a blocking thread (SQLite and PDF work must not freeze the window),
    /// through a read-only connection of its own: it never waits for a write going on.
    pub async fn read<T, F>(&self, f: F) -> CmdResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&Stockroom) -> Result<T, Error> + Send + 'static,
    {
        self.blocking(move |shop| shop.read(f).map_err(|e| in_words(shop, e)))
            .await
    }

    /// Runs work that needs the writer but stores nothing (previews rehearse the real write
    /// and roll it back).
    pub async fn rehearse<T, F>(&self, f: F) -> CmdResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Stockroom) -> Result<T, Error> + Send + 'static,
    {
        self.blocking(move |shop| {
            let mut writer = shop.writer()?;
            f(&mut writer).map_err(|e| in_words(shop, e))
        })
        .await
    }

    /// A write, one at a time; then tells every window what it changed (the core says which
    /// kinds of records: see `stockroom_core::ChangeSet`), and wakes the e-mail sender (a
    /// write may queue a message).
    pub async fn write<T, F>(&self, app: &AppHandle, f: F) -> CmdResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Stockroom) -> Result<T, Error> + Send + 'static,
    {
        let (out, changes) = self
            .blocking(move |shop| {
                let (out, changes) = shop.write(f);
                Ok((out.map_err(|e| in_words(shop, e)), changes))
            })
            .await?;
        self.mailer.wake();
        if !changes.is_empty() {
            let _ = app.emit("changed", changes);
        }
        out
    }

    async fn blocking<T, F>(&self, f: F) -> CmdResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&SharedShop) -> CmdResult<T> + Send + 'static,
    {
        let inner = self.inner.clone();
        tauri::async_runtime::spawn_blocking(move || {
            let shop = Self::handle(&inner)?;
            off_runtime(&shop, || f(&shop))
        })
        .await
        .map_err(|e| CommandError::internal(format!("background task failed: {e}")))?
    }
}

/// A core error as the shop reads it: in its language, with its figures (issue 17); in English
/// when even the settings cannot be read.
fn in_words(shop: &SharedShop, e: Error) -> CommandError {
    let words = shop
        .read(|s| s.shop_words())
        .unwrap_or_else(|_| stockroom_core::i18n::ShopWords::english());
    CommandError::in_words(e, &words)
}

/// The automatic daily backup (at most one a day, the last 14 kept). Its outcome is kept for
/// [`Shop::backup_status`] and announced to the window with a `backup` event carrying the
/// [`BackupStatus`]: a failure must be seen by the shopkeeper, not only on stderr.
///
/// It reads through a connection of its own (`open`), not the shop's: copying a large shop
/// takes seconds, and holding the shop's lock that long would keep the first screen (and the
/// shopkeeper's first sale) waiting. SQLite's WAL lets this reader copy a consistent snapshot
/// while the shop's one writer goes on; a shop server's copy is one snapshot of its own.
fn auto_backup(
    open: impl FnOnce() -> stockroom_core::Result<Stockroom>,
    status: Arc<Mutex<BackupStatus>>,
    app: AppHandle,
) {
    let (folder, outcome) = match open().and_then(|reader| {
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

/// Runs `f` where a shop server's client may block. The PostgreSQL client drives its own
/// runtime and refuses to run on a thread of the app's (even a blocking one): on a server
/// shop the work runs on a plain thread of its own, waited for here. A shop file's work runs
/// where it is.
pub(crate) fn off_runtime<T: Send>(shop: &SharedShop, f: impl FnOnce() -> T + Send) -> T {
    if !shop.is_server() {
        return f();
    }
    std::thread::scope(|scope| match scope.spawn(f).join() {
        Ok(out) => out,
        Err(panic) => std::panic::resume_unwind(panic),
    })
}
