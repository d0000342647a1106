//! The program's own upkeep records (`app_state`, schema v4): small values keyed by name that
//! are not shop settings — e.g. the day promises were last recomputed. On both engines
//! (issue 19).

use super::conn::{Conn, Param, Value};

use crate::Result;

/// The value stored under `key`, if any.
pub fn get<'a, T: Value>(conn: impl Into<Conn<'a>>, key: &str) -> Result<Option<T>> {
    conn.into()
        .query_opt("SELECT value FROM app_state WHERE key = ?1", &[&key], |r| {
            r.get(0)
        })
}

/// Stores `value` under `key`, replacing what was there.
pub fn set<'a>(conn: impl Into<Conn<'a>>, key: &str, value: &dyn Param) -> Result<()> {
    conn.into().execute(
        "INSERT INTO app_state (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        &[&key, value],
    )?;
    Ok(())
}
