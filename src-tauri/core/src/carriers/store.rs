use rusqlite::{params, Connection, OptionalExtension, Row};

use super::model::{Carrier, NewCarrier};
use crate::{Error, Result};

fn row(r: &Row) -> rusqlite::Result<Carrier> {
    Ok(Carrier {
        id: r.get(0)?,
        name: r.get(1)?,
        transit_days: r.get(2)?,
        is_default: r.get(3)?,
        tracking_url: r.get(4)?,
    })
}

pub fn insert_in_tx(conn: &Connection, c: &NewCarrier) -> Result<i64> {
    let name = c.name.trim();
    if by_name(conn, name)?.is_some() {
        return Err(Error::duplicate(crate::msg!("carrier-exists", name = name)));
    }
    // The first carrier is the default even when not asked: promises need a transit time.
    let first: bool = conn.query_row("SELECT count(*) = 0 FROM carriers", [], |r| r.get(0))?;
    if c.is_default {
        conn.execute(
            "UPDATE carriers SET is_default = 0 WHERE is_default = 1",
            [],
        )?;
    }
    conn.execute(
        "INSERT INTO carriers (name, transit_days, is_default) VALUES (?1, ?2, ?3)",
        params![name, c.transit_days, c.is_default || first],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn set_default_in_tx(conn: &Connection, id: i64) -> Result<()> {
    conn.execute(
        "UPDATE carriers SET is_default = 0 WHERE is_default = 1",
        [],
    )?;
    conn.execute("UPDATE carriers SET is_default = 1 WHERE id = ?1", [id])?;
    Ok(())
}

pub fn all(conn: &Connection) -> Result<Vec<Carrier>> {
    let mut st = conn.prepare_cached(
        "SELECT id, name, transit_days, is_default, tracking_url FROM carriers ORDER BY name",
    )?;
    let v = st.query_map([], row)?.collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

pub fn by_name(conn: &Connection, name: &str) -> Result<Option<Carrier>> {
    Ok(conn
        .query_row(
            "SELECT id, name, transit_days, is_default, tracking_url FROM carriers WHERE name = ?1",
            [name.trim()],
            row,
        )
        .optional()?)
}

pub fn by_id(conn: &Connection, id: i64) -> Result<Option<Carrier>> {
    Ok(conn
        .query_row(
            "SELECT id, name, transit_days, is_default, tracking_url FROM carriers WHERE id = ?1",
            [id],
            row,
        )
        .optional()?)
}

pub fn default_carrier(conn: &Connection) -> Result<Option<Carrier>> {
    Ok(conn
        .query_row(
            "SELECT id, name, transit_days, is_default, tracking_url FROM carriers WHERE is_default = 1",
            [],
            row,
        )
        .optional()?)
}

/// T for orders without a carrier of their own: the default carrier's, 0 when there is none.
pub fn default_transit_days(conn: &Connection) -> Result<i64> {
    Ok(default_carrier(conn)?.map(|c| c.transit_days).unwrap_or(0))
}

pub fn require_by_name(conn: &Connection, name: &str) -> Result<Carrier> {
    by_name(conn, name)?.ok_or_else(|| Error::not_found("carrier", name.trim()))
}

/// Writes a carrier's edited transit days and tracking link (already checked).
pub fn update_in_tx(
    conn: &Connection,
    id: i64,
    transit_days: i64,
    tracking_url: &str,
) -> Result<()> {
    conn.execute(
        "UPDATE carriers SET transit_days = ?2, tracking_url = ?3 WHERE id = ?1",
        params![id, transit_days, tracking_url],
    )?;
    Ok(())
}
