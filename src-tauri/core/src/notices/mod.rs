//! Notifications due: what the engine says each customer should be told. The documents
//! module prints them and marks them printed or sent.

pub mod model;
pub mod rules;
pub mod store;

pub use model::{NoticeFilter, NoticeKind, NoticeLine, NoticeStatus, Notification, ToldHow};

use crate::{Error, Result, Stockroom};

impl Stockroom {
    /// Notifications, oldest due first; `pending_only` keeps the to-do list.
    pub fn notifications(&self, filter: &NoticeFilter) -> Result<Vec<Notification>> {
        store::list(self.conn(), filter)
    }

    pub fn notification(&self, id: i64) -> Result<Notification> {
        store::by_id(self.conn(), id)?.ok_or_else(|| Error::not_found("notification", id))
    }

    /// Marks a notification printed or sent (the time is recorded the first time).
    pub fn mark_notification(&mut self, id: i64, status: NoticeStatus) -> Result<Notification> {
        self.write(|tx, clock| {
            let n = store::by_id(tx, id)?.ok_or_else(|| Error::not_found("notification", id))?;
            rules::check_transition(n.status, status)?;
            store::set_status_in_tx(tx, id, status, &crate::json::time_text(clock.now()))?;
            Ok(store::by_id(tx, id)?.expect("exists"))
        })
    }

    /// Records that staff told the customer themselves (by phone or in person), with a note:
    /// the notice leaves the to-do list and the history says who was told what and when.
    pub fn mark_told(&mut self, id: i64, how: ToldHow, note: &str) -> Result<Notification> {
        let note = note.trim();
        if note.chars().count() > 500 {
            return Err(Error::invalid(crate::msg!("note-too-long")));
        }
        self.write(|tx, clock| {
            let n = store::by_id(tx, id)?.ok_or_else(|| Error::not_found("notification", id))?;
            rules::check_transition(n.status, NoticeStatus::Told)?;
            store::mark_told_in_tx(tx, id, how, note, &crate::json::time_text(clock.now()))?;
            crate::mail::store::withdraw_told_in_tx(tx, id)?;
            Ok(store::by_id(tx, id)?.expect("exists"))
        })
    }
}
