//! The schema: its version, the SQL of each version step, and the upgrade runner.
//!
//! A fresh database runs every step in order; an older one runs the steps it lacks. Both
//! happen in one IMMEDIATE transaction together with `PRAGMA user_version`, so a crash leaves
//! either the old schema or the new one, never half of it. Because a fresh database is built
//! by the same steps, "upgraded" and "fresh" cannot drift apart; a test checks it anyway from
//! a fixture of each released version (`tests/fixtures/schema_v*.sql`).

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::{Error, Result};

/// The schema version this build writes. Bump it together with a new entry in `STEPS`
/// and a fixture of the previous version.
pub const VERSION: i64 = STEPS.len() as i64;

/// `STEPS[i]` upgrades a database from version `i` to version `i + 1`.
const STEPS: &[&str] = &[
    include_str!("sql/v1_catalog.sql"),
    include_str!("sql/v2_engine.sql"),
    include_str!("sql/v3_search.sql"),
    concat!(
        include_str!("sql/v4_screens.sql"),
        include_str!("sql/v4_state.sql")
    ),
    concat!(
        include_str!("sql/v5_notices.sql"),
        include_str!("sql/v5_barcodes.sql"),
        include_str!("sql/v5_choices.sql"),
        include_str!("sql/v5_mail.sql")
    ),
    concat!(
        include_str!("sql/v6_mail.sql"),
        include_str!("sql/v6_i18n.sql")
    ),
    include_str!("sql/v7_promises.sql"),
    include_str!("sql/v8_webshop.sql"),
    include_str!("sql/v9_held.sql"),
];

pub fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Read the version inside the write lock: two processes opening a new file at once must
    // not both create the schema.
    let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > VERSION {
        return Err(Error::TooNew {
            path: path.to_path_buf(),
            found: version,
            supported: VERSION,
        });
    }
    if version == VERSION {
        return Ok(());
    }
    for (i, step) in STEPS.iter().enumerate().skip(version as usize) {
        tx.execute_batch(step).map_err(|e| {
            Error::other(format!(
                "upgrading the database to version {} failed: {e}",
                i + 1
            ))
        })?;
    }
    tx.pragma_update(None, "application_id", super::APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.commit()?;
    Ok(())
}

/// The schema as text (every table, index and trigger, sorted), for comparing two databases.
pub fn dump_schema(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master
         WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )?;
    let rows = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(rows)
}
