//! Notifications due: what the engine says each customer should be told. The documents
//! module prints them and marks them printed or sent.

pub mod model;
pub mod rules;
pub mod store;

pub use model::{NoticeFilter, NoticeKind, NoticeLine, NoticeStatus, Notification, ToldHow};

use crate::db::conn::{Conn, Tx};

use crate::{Clock, Error, Result};

pub fn require<'a>(conn: impl Into<Conn<'a>>, id: i64) -> Result<Notification> {
    store::by_id(conn, id)?.ok_or_else(|| Error::not_found("notification", id))
}

/// Marks a notification printed or sent (the time is recorded the first time).
pub fn mark_in_tx(
    tx: &Tx<'_>,
    clock: Clock,
    id: i64,
    status: NoticeStatus,
) -> Result<Notification> {
    let n = require(tx, id)?;
    rules::check_transition(n.status, status)?;
    store::set_status_in_tx(tx, id, status, &crate::json::time_text(clock.now()))?;
    Ok(store::by_id(tx, id)?.expect("exists"))
}

/// Refuses a note longer than 500 characters; returns it trimmed.
pub fn check_note(note: &str) -> Result<&str> {
    let note = note.trim();
    if note.chars().count() > 500 {
        return Err(Error::invalid(crate::msg!("note-too-long")));
    }
    Ok(note)
}

/// Records that staff told the customer themselves: the notice leaves the to-do list, its
/// queued e-mail is withdrawn, and the history says who was told what and when.
pub fn mark_told_in_tx(
    tx: &Tx<'_>,
    clock: Clock,
    id: i64,
    how: ToldHow,
    note: &str,
) -> Result<Notification> {
    let n = require(tx, id)?;
    rules::check_transition(n.status, NoticeStatus::Told)?;
    store::mark_told_in_tx(tx, id, how, note, &crate::json::time_text(clock.now()))?;
    crate::mail::store::withdraw_told_in_tx(tx, id)?;
    Ok(store::by_id(tx, id)?.expect("exists"))
}
