//! The window's e-mail sender (issue 16): a thread of its own that drains the outbox while
//! the shop works, so a customer hears of a backorder, a new date or a parcel within moments.
//!
//! - It wakes after every write the window makes (a write may have queued a message), when
//!   the shopkeeper says "E-mail now", and once a minute (retries whose backoff ran out).
//! - Each round follows the core's three steps: the due messages are read and built (text,
//!   HTML, the PDF) through a connection of its own, so building hundreds after a long outage
//!   never holds the shop's lock; the talk with the server holds no lock at all; each outcome
//!   is recorded through the shop's one writer in its own short transaction, and the window
//!   is told (`changed` with "mail").
//! - "Review before sending" (automatic sending off) sends nothing by itself: only the
//!   messages the shopkeeper picks.
//!
//! What it is doing is kept in a [`MailerStatus`] for the Outbox screen (and the reason when
//! it cannot send, e.g. no password).

use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;
use tauri::{AppHandle, Emitter};

use stockroom_core::db::server::Turn;
use stockroom_core::{ChangeSet, SharedShop, Stockroom};

/// How often the sender looks for messages whose backoff ran out when nothing wakes it.
const ROUND_EVERY: Duration = Duration::from_secs(60);

/// What the sender does now and did last, for the Outbox screen.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MailerStatus {
    /// A round is under way (messages are being built or sent).
    pub sending: bool,
    /// When the last round ended (local time, "YYYY-MM-DD HH:MM:SS").
    pub last_round_at: Option<String>,
    /// Messages sent since the app started.
    pub sent: usize,
    /// Why the last round could not send ("" when it could): e-mail not set up, no password,
    /// the server unreachable (the messages stay queued and are tried again).
    pub problem: String,
    /// On a shop server another till's sender sends the shop's e-mail (one at a time, so no
    /// message goes twice); this one takes over when that till closes.
    pub other_till_sends: bool,
}

/// What wakes the sender: `round` = look for due messages; `only` = send exactly these
/// messages now (the shopkeeper's "E-mail now"), whatever their backoff or review mode.
#[derive(Default)]
struct Wake {
    round: bool,
    only: Vec<i64>,
}

/// The handle the window's commands use: wake the sender, read its status. Clones share it.
#[derive(Clone, Default)]
pub struct Mailer {
    wake: Arc<(Mutex<Wake>, Condvar)>,
    status: Arc<Mutex<MailerStatus>>,
}

impl Mailer {
    /// Asks for a round now (after a write: it may have queued a message).
    pub fn wake(&self) {
        self.poke(|w| w.round = true);
    }

    /// Sends exactly these outbox messages now.
    pub fn send_now(&self, ids: &[i64]) {
        self.poke(|w| w.only.extend_from_slice(ids));
    }

    pub fn status(&self) -> MailerStatus {
        self.status.lock().map(|s| s.clone()).unwrap_or_default()
    }

    fn poke(&self, f: impl FnOnce(&mut Wake)) {
        let (lock, cv) = &*self.wake;
        if let Ok(mut w) = lock.lock() {
            f(&mut w);
            cv.notify_one();
        }
    }

    /// Waits until woken or a minute passed; what to do this round.
    fn wait(&self) -> Wake {
        let (lock, cv) = &*self.wake;
        let Ok(guard) = lock.lock() else {
            std::thread::sleep(ROUND_EVERY);
            return Wake {
                round: true,
                only: Vec::new(),
            };
        };
        let (mut guard, timeout) = cv
            .wait_timeout_while(guard, ROUND_EVERY, |w| !w.round && w.only.is_empty())
            .unwrap_or_else(|p| p.into_inner());
        let mut wake = std::mem::take(&mut *guard);
        wake.round |= timeout.timed_out();
        wake
    }

    fn set_status(&self, f: impl FnOnce(&mut MailerStatus)) {
        if let Ok(mut s) = self.status.lock() {
            f(&mut s);
        }
    }

    /// Starts the sender's thread for `shop`; `open` opens the connection it builds messages
    /// through (the shop file again, or a session with the shop server).
    pub fn start<F>(&self, open: F, shop: Arc<SharedShop>, app: AppHandle)
    where
        F: Fn() -> stockroom_core::Result<Stockroom> + Send + 'static,
    {
        let mailer = self.clone();
        let started = std::thread::Builder::new()
            .name("mail-sender".into())
            .spawn(move || mailer.run(open, shop, app));
        if let Err(e) = started {
            eprintln!("stockroom: cannot start the e-mail sender: {e}");
        }
    }

    fn run(
        self,
        open: impl Fn() -> stockroom_core::Result<Stockroom>,
        shop: Arc<SharedShop>,
        app: AppHandle,
    ) {
        // The reader that builds messages: a connection of its own (WAL lets it read while the
        // shop writes). Opened again after a failure, e.g. a restore replaced the file. On a
        // shop server it also holds the sender's turn, once it got it (one till sends).
        let mut reader: Option<(Stockroom, bool)> = None;
        // A first round at start: messages queued while the app was closed go at once.
        let mut wake = Wake {
            round: true,
            only: Vec::new(),
        };
        loop {
            if reader.is_none() {
                match open() {
                    Ok(r) => reader = Some((r, false)),
                    Err(e) => self.set_status(|s| {
                        s.problem = format!("cannot read the shop's outbox: {e}");
                    }),
                }
            }
            if let Some((r, turn)) = &mut reader {
                let outcome = match self.my_turn(r, turn) {
                    Ok(true) => self.round(r, &shop, &app, wake),
                    Ok(false) => Ok(()),
                    Err(e) => Err(e),
                };
                if let Err(e) = outcome {
                    reader = None;
                    eprintln!("stockroom: the e-mail sender stopped a round: {e}");
                }
            }
            wake = self.wait();
        }
    }

    /// Whether this sender may send: always on a shop file; on a shop server when its session
    /// holds the sender's turn (asked for until it gets it, then kept with the session).
    fn my_turn(&self, reader: &Stockroom, turn: &mut bool) -> Result<bool, String> {
        if !*turn {
            *turn = reader.take_turn(Turn::Sender).map_err(|e| e.to_string())?;
        }
        let mine = *turn;
        self.set_status(|s| {
            s.other_till_sends = !mine;
            if !mine {
                s.problem.clear();
            }
        });
        Ok(mine)
    }

    /// One round: build the due (or picked) messages, send them one by one, record each.
    fn round(
        &self,
        reader: &Stockroom,
        shop: &SharedShop,
        app: &AppHandle,
        wake: Wake,
    ) -> Result<(), String> {
        let picked = !wake.only.is_empty();
        let configured = reader
            .settings()
            .map_err(|e| e.to_string())?
            .mail
            .configured;
        if !configured {
            // Nothing is queued until e-mail is set up; nothing to say either.
            self.set_status(|s| s.problem.clear());
            return Ok(());
        }
        self.set_status(|s| s.sending = true);
        let prepared = if picked {
            reader.prepare_mail_only(&wake.only)
        } else {
            reader.prepare_mail(false)
        };
        let mut batch = match prepared {
            Ok(b) => b,
            Err(e) => {
                // E.g. no password: nothing can go until the shopkeeper acts; the messages
                // stay queued.
                self.set_status(|s| {
                    s.sending = false;
                    s.problem = e.to_string();
                    s.last_round_at = Some(now_text());
                });
                return Ok(());
            }
        };
        let mut problem = String::new();
        let mut sent = 0;
        let mut changed = ChangeSet::default();
        let mut told = Instant::now();
        while let Some(attempt) = batch.send_next() {
            match &attempt.outcome {
                stockroom_core::mail::smtp::Outcome::Sent => sent += 1,
                stockroom_core::mail::smtp::Outcome::Temporary(why)
                | stockroom_core::mail::smtp::Outcome::Unreachable(why) => problem = why.clone(),
                stockroom_core::mail::smtp::Outcome::Refused(_) => {}
            }
            let (recorded, changes) = shop.write(|s| s.record_mail(&attempt));
            changed.add(changes);
            if let Err(e) = recorded {
                tell(app, &mut changed);
                self.set_status(|s| s.sending = false);
                return Err(e.to_string());
            }
            // The screens refresh from `changed`; after a long outage hundreds go in a row,
            // so the window hears of them at most once a second.
            if told.elapsed() >= Duration::from_secs(1) {
                tell(app, &mut changed);
                told = Instant::now();
            }
        }
        tell(app, &mut changed);
        batch.finish();
        self.set_status(|s| {
            s.sending = false;
            s.sent += sent;
            s.problem = problem;
            s.last_round_at = Some(now_text());
        });
        Ok(())
    }
}

/// Tells the window what recording the messages changed (the Outbox, Customers to tell, the
/// order and customer pages show their state), and starts collecting afresh.
fn tell(app: &AppHandle, changed: &mut ChangeSet) {
    let news = std::mem::take(changed);
    if !news.is_empty() {
        let _ = app.emit("changed", news);
    }
}

fn now_text() -> String {
    chrono::Local::now().format("%Y-%m-%d %H:%M:%S").to_string()
}
