//! The watched folder (issue 21): when Settings names one, the app sweeps it every few seconds
//! through the core (`Stockroom::sweep_watch_folder`): a CSV dropped there (a web shop's order
//! export, a supplier's price list) is imported, then moved to `imported/` with its report, or
//! to `failed/` with its problems. The window hears of each file (`watched` event) and of what
//! changed (`changed`), as after any import; a folder that cannot be read is said once, not
//! every round. On a shop server every till runs this sweeper and the one holding the
//! watcher's turn sweeps (several tills may see the same shared folder).

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tauri::{AppHandle, Emitter};

use stockroom_core::data::watch::{Swept, SweptFile};
use stockroom_core::db::server::Turn;
use stockroom_core::SharedShop;

use crate::mailer::Mailer;

/// How often the folder is looked at. A file must also have been left alone for the core's
/// settle time (two seconds) before it is taken.
const SWEEP_EVERY: Duration = Duration::from_secs(5);

/// One file the sweep took, as the window shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Watched {
    pub file: String,
    /// "imported" or "failed".
    pub outcome: Swept,
    pub moved_to: Option<String>,
    /// What the import did, or why it could not, in the shop's language.
    pub summary: String,
}

/// Starts the sweeping thread for `shop`.
pub fn start(shop: Arc<SharedShop>, app: AppHandle, mailer: Mailer) {
    let started = std::thread::Builder::new()
        .name("watch-folder".into())
        .spawn(move || {
            let mut said = String::new();
            loop {
                std::thread::sleep(SWEEP_EVERY);
                sweep_once(&shop, &app, &mailer, &mut said);
            }
        });
    if let Err(e) = started {
        eprintln!("stockroom: cannot start the watched-folder sweeper: {e}");
    }
}

/// One round. `said`: the last problem told, so a folder that went away is told once.
fn sweep_once(shop: &SharedShop, app: &AppHandle, mailer: &Mailer, said: &mut String) {
    let folder = match shop.read(|s| Ok(s.webshop_settings()?.watch_folder)) {
        Ok(f) => f,
        Err(_) => return, // the shop is being restored or cannot be read: the next round
    };
    if folder.is_empty() {
        said.clear();
        return;
    }
    let (out, changes) = shop.write(|s| {
        // On a shop server another till may hold the watcher's turn: then its sweeper takes
        // the files, and this one waits quietly for the turn (taken when that till closes).
        // A till that cannot see the folder never asks for the turn.
        if std::path::Path::new(&folder).is_dir() && !s.take_turn(Turn::Watcher)? {
            return Ok(Vec::new());
        }
        let files = s.sweep_watch_folder(None)?;
        Ok(files
            .into_iter()
            .filter(|f| f.outcome != Swept::Waiting)
            .map(watched)
            .collect::<Vec<_>>())
    });
    if !changes.is_empty() {
        mailer.wake();
        let _ = app.emit("changed", changes);
    }
    match out {
        Ok(files) => {
            said.clear();
            for f in &files {
                eprintln!("stockroom: watched folder: {} {:?}", f.file, f.outcome);
            }
            if !files.is_empty() {
                let _ = app.emit("watched", files);
            }
        }
        Err(e) => {
            let words = shop
                .read(|s| s.shop_words())
                .unwrap_or_else(|_| stockroom_core::i18n::ShopWords::english());
            let message = e.message_in(&words);
            if *said != message {
                eprintln!("stockroom: watched folder {folder}: {e}");
                let _ = app.emit("watch-problem", &message);
                *said = message;
            }
        }
    }
}

fn watched(f: SweptFile) -> Watched {
    Watched {
        file: f.file,
        outcome: f.outcome,
        moved_to: f.moved_to,
        summary: f.summary,
    }
}
