//! One till sees another's change (issue 19): on a server shop, a thread listens for what any
//! till commits (`stockroom_core::db::server::listen`) and tells the window through the same
//! `changed` event its own writes send, so the same screens refresh, within a second. A
//! message another till queued wakes this till's e-mail sender (it sends if it holds the
//! sender's turn).

use std::time::Duration;

use stockroom_core::db::changes::Topic;
use stockroom_core::db::server::listen::Listener;
use stockroom_core::db::server::ServerUrl;
use tauri::{AppHandle, Emitter};

use crate::mailer::Mailer;

/// Starts the listening thread; a lost connection is opened again after a pause.
pub fn start(url: ServerUrl, app: AppHandle, mailer: Mailer) {
    let spawned = std::thread::Builder::new()
        .name("server-changes".into())
        .spawn(move || loop {
            match Listener::start(&url) {
                Ok(mut listener) => loop {
                    match listener.next(Duration::from_secs(30), Duration::from_millis(100)) {
                        Ok(changes) if !changes.is_empty() => {
                            if changes.contains(Topic::Mail) {
                                mailer.wake();
                            }
                            let _ = app.emit("changed", changes);
                        }
                        Ok(_) => {}
                        Err(e) => {
                            eprintln!("stockroom: listening to the shop server stopped: {e}");
                            break;
                        }
                    }
                },
                Err(e) => eprintln!("stockroom: cannot listen to the shop server: {e}"),
            }
            std::thread::sleep(Duration::from_secs(5));
        });
    if let Err(e) = spawned {
        eprintln!("stockroom: cannot start the thread that listens to the shop server: {e}");
    }
}
