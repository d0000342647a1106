//! Notifications due: the to-do list of what customers should be told.

use crate::notices::{self, NoticeFilter, NoticeStatus, Notification, ToldHow};
use crate::{Result, Stockroom};

impl Stockroom {
    /// Notifications, oldest due first; `pending_only` keeps the to-do list.
    pub fn notifications(&self, filter: &NoticeFilter) -> Result<Vec<Notification>> {
        notices::store::list(self.db(), filter)
    }

    pub fn notification(&self, id: i64) -> Result<Notification> {
        notices::require(self.db(), id)
    }

    /// Marks a notification printed or sent (the time is recorded the first time).
    pub fn mark_notification(&mut self, id: i64, status: NoticeStatus) -> Result<Notification> {
        self.write(|tx, clock| notices::mark_in_tx(tx, clock, id, status))
    }

    /// Records that staff told the customer themselves (by phone or in person), with a note:
    /// the notice leaves the to-do list and the history says who was told what and when.
    pub fn mark_told(&mut self, id: i64, how: ToldHow, note: &str) -> Result<Notification> {
        let note = notices::check_note(note)?;
        self.write(|tx, clock| notices::mark_told_in_tx(tx, clock, id, how, note))
    }
}
