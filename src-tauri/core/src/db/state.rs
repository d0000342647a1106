//! The program's own upkeep records (`app_state`, schema v4): small values keyed by name that
//! are not shop settings — e.g. the day promises were last recomputed.

use rusqlite::types::{FromSql, ToSql};
use rusqlite::{Connection, OptionalExtension};

use crate::Result;

/// The value stored under `key`, if any.
pub fn get<T: FromSql>(conn: &Connection, key: &str) -> Result<Option<T>> {
    let mut st = conn.prepare_cached("SELECT value FROM app_state WHERE key = ?1")?;
    Ok(st.query_row([key], |r| r.get(0)).optional()?)
}

/// Stores `value` under `key`, replacing what was there.
pub fn set(conn: &Connection, key: &str, value: &dyn ToSql) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO app_state (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute(rusqlite::params![key, value])?;
    Ok(())
}
