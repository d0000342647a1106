//! One till sees another's change (issue 19): every write to a shop table on the server
//! notifies channel `stockroom_changes` with the table's name when it commits (triggers of the
//! server's schema), and a till listening on its own connection turns the names into the same
//! [`ChangeSet`] its own writes make, so the window refreshes the same screens whoever wrote.

use std::time::{Duration, Instant};

use postgres::fallible_iterator::FallibleIterator;
use postgres::Client;

use super::{connect, storage, ServerUrl};
use crate::db::changes::ChangeSet;
use crate::Result;

/// The channel the schema's triggers notify.
pub const CHANNEL: &str = "stockroom_changes";

/// A connection that hears what any till commits.
pub struct Listener {
    client: Client,
}

impl Listener {
    pub fn start(url: &ServerUrl) -> Result<Listener> {
        let mut client = connect(url)?;
        client
            .batch_execute(&format!("LISTEN {CHANNEL}"))
            .map_err(storage)?;
        Ok(Listener { client })
    }

    /// Waits up to `timeout` for a commit, then gathers what else arrives within `settle`
    /// (a receipt's tables come as several notifications): everything committed in that time,
    /// or an empty set when nothing was.
    pub fn next(&mut self, timeout: Duration, settle: Duration) -> Result<ChangeSet> {
        let mut tables: Vec<String> = Vec::new();
        let mut notes = self.client.notifications();
        let first = notes.timeout_iter(timeout).next().map_err(storage)?;
        let Some(first) = first else {
            return Ok(ChangeSet::default());
        };
        tables.push(first.payload().to_string());
        let until = Instant::now() + settle;
        loop {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            match notes.timeout_iter(left).next().map_err(storage)? {
                Some(n) => tables.push(n.payload().to_string()),
                None => break,
            }
        }
        Ok(ChangeSet::of_tables(tables.iter().map(String::as_str)))
    }
}
