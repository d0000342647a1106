//! SQL of the carriers. On both engines (issue 19).

use super::model::{Carrier, NewCarrier};
use crate::db::conn::{Conn, Row};
use crate::{Error, Result};

/// The carrier's columns as `row` reads them (a macro, so each statement is one literal).
macro_rules! select {
    ($($rest:literal)?) => {
        concat!("SELECT id, name, transit_days, is_default, tracking_url FROM carriers" $(, " ", $rest)?)
    };
}

fn row(r: &Row) -> Result<Carrier> {
    Ok(Carrier {
        id: r.get(0)?,
        name: r.get(1)?,
        transit_days: r.get(2)?,
        is_default: r.get(3)?,
        tracking_url: r.get(4)?,
    })
}

pub fn insert_in_tx<'a>(conn: impl Into<Conn<'a>>, c: &NewCarrier) -> Result<i64> {
    let conn = conn.into();
    let name = c.name.trim();
    if by_name(conn, name)?.is_some() {
        return Err(Error::duplicate(crate::msg!("carrier-exists", name = name)));
    }
    // The first carrier is the default even when not asked: promises need a transit time.
    let first: bool = conn.query_row("SELECT count(*) = 0 FROM carriers", &[], |r| r.get(0))?;
    if c.is_default {
        conn.execute(
            "UPDATE carriers SET is_default = 0 WHERE is_default = 1",
            &[],
        )?;
    }
    conn.insert_id(
        "INSERT INTO carriers (name, transit_days, is_default) VALUES (?1, ?2, ?3) RETURNING id",
        &[&name, &c.transit_days, &(c.is_default || first)],
    )
}

pub fn set_default_in_tx<'a>(conn: impl Into<Conn<'a>>, id: i64) -> Result<()> {
    let conn = conn.into();
    conn.execute(
        "UPDATE carriers SET is_default = 0 WHERE is_default = 1",
        &[],
    )?;
    conn.execute("UPDATE carriers SET is_default = 1 WHERE id = ?1", &[&id])?;
    Ok(())
}

pub fn all<'a>(conn: impl Into<Conn<'a>>) -> Result<Vec<Carrier>> {
    let conn = conn.into();
    // SQLite orders the NOCASE name ignoring case; PostgreSQL is told to.
    let sql = conn.sql(
        select!("ORDER BY name"),
        select!("ORDER BY lower(name), name"),
    );
    conn.query(sql, &[], row)
}

/// The carrier of this name, in any case: the name is unique ignoring case (SQLite's
/// COLLATE NOCASE; PostgreSQL's unique index on lower(name)).
pub fn by_name<'a>(conn: impl Into<Conn<'a>>, name: &str) -> Result<Option<Carrier>> {
    let conn = conn.into();
    let sql = conn.sql(
        select!("WHERE name = ?1"),
        select!("WHERE lower(name) = lower(?1)"),
    );
    conn.query_opt(sql, &[&name.trim()], row)
}

pub fn by_id<'a>(conn: impl Into<Conn<'a>>, id: i64) -> Result<Option<Carrier>> {
    conn.into().query_opt(select!("WHERE id = ?1"), &[&id], row)
}

pub fn default_carrier<'a>(conn: impl Into<Conn<'a>>) -> Result<Option<Carrier>> {
    conn.into()
        .query_opt(select!("WHERE is_default = 1"), &[], row)
}

/// T for orders without a carrier of their own: the default carrier's, 0 when there is none.
pub fn default_transit_days<'a>(conn: impl Into<Conn<'a>>) -> Result<i64> {
    Ok(default_carrier(conn)?.map(|c| c.transit_days).unwrap_or(0))
}

pub fn require_by_name<'a>(conn: impl Into<Conn<'a>>, name: &str) -> Result<Carrier> {
    by_name(conn, name)?.ok_or_else(|| Error::not_found("carrier", name.trim()))
}

/// Writes a carrier's edited transit days and tracking link (already checked).
pub fn update_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    id: i64,
    transit_days: i64,
    tracking_url: &str,
) -> Result<()> {
    conn.into().execute(
        "UPDATE carriers SET transit_days = ?2, tracking_url = ?3 WHERE id = ?1",
        &[&id, &transit_days, &tracking_url],
    )?;
    Ok(())
}
