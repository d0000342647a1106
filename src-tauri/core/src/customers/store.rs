use rusqlite::{params, Connection, OptionalExtension, Row};

use super::model::{Contact, Customer, NewCustomer, ShipPreference};
use crate::{Clock, Error, Result};

const COLS: &str = "id, name, email, phone, address, ships, created_at, contact, language";

fn row(r: &Row) -> rusqlite::Result<Customer> {
    let ships: String = r.get(5)?;
    let email: String = r.get(2)?;
    let chosen = r
        .get::<_, Option<String>>(7)?
        .map(|c| {
            Contact::parse(&c).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    7,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })
        })
        .transpose()?;
    Ok(Customer {
        contact: Contact::effective(chosen, &email),
        contact_chosen: chosen.is_some(),
        id: r.get(0)?,
        name: r.get(1)?,
        email,
        phone: r.get(3)?,
        address: r.get(4)?,
        ships: crate::db::stored(5, ShipPreference::parse(&ships))?,
        created_at: r.get(6)?,
        language: r.get(8)?,
    })
}

/// Inserts an already normalised customer (see [`super::rules::normalise`]).
pub fn insert_in_tx(conn: &Connection, clock: Clock, c: &NewCustomer) -> Result<i64> {
    conn.execute(
        // No language given: the shop's (issue 17).
        "INSERT INTO customers (name, email, phone, address, ships, created_at, language)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, coalesce(?7, (SELECT language FROM settings WHERE id = 1)))",
        params![c.name, c.email, c.phone, c.address, c.ships.as_str(), crate::json::time_text(clock.now()), c.language],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Writes an edited, normalised customer over row `id`.
pub fn update_in_tx(conn: &Connection, id: i64, c: &NewCustomer) -> Result<()> {
    conn.execute(
        "UPDATE customers SET name = ?2, email = ?3, phone = ?4, address = ?5, ships = ?6,
            language = coalesce(?7, language) WHERE id = ?1",
        params![
            id,
            c.name,
            c.email,
            c.phone,
            c.address,
            c.ships.as_str(),
            c.language
        ],
    )?;
    Ok(())
}

pub fn by_id(conn: &Connection, id: i64) -> Result<Option<Customer>> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLS} FROM customers WHERE id = ?1"),
            [id],
            row,
        )
        .optional()?)
}

pub fn require(conn: &Connection, id: i64) -> Result<Customer> {
    by_id(conn, id)?.ok_or_else(|| Error::not_found("customer", id))
}

/// Customers whose name, email or phone contains `search` (all of them when empty), by name.
pub fn search(conn: &Connection, search: &str) -> Result<Vec<Customer>> {
    let like = format!("%{}%", search.trim());
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM customers
         WHERE name LIKE ?1 OR email LIKE ?1 OR phone LIKE ?1 OR address LIKE ?1
         ORDER BY name COLLATE NOCASE, id"
    ))?;
    let v = st
        .query_map([like], row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// Records how customer `id` wants their news.
pub fn set_contact_in_tx(conn: &Connection, id: i64, contact: Contact) -> Result<()> {
    conn.execute(
        "UPDATE customers SET contact = ?2 WHERE id = ?1",
        params![id, contact.as_str()],
    )?;
    Ok(())
}

/// The customers screen's list: how many match `like` (a LIKE pattern; all when `None`) in
/// name, email, phone or address, and the ids of one page of them by name.
pub const COUNT_SQL: &str = "SELECT count(*) FROM customers
    WHERE ?1 IS NULL OR name LIKE ?1 ESCAPE '\\' OR email LIKE ?1 ESCAPE '\\'
       OR phone LIKE ?1 ESCAPE '\\' OR address LIKE ?1 ESCAPE '\\'";

pub const PAGE_SQL: &str = "SELECT id FROM customers
    WHERE ?1 IS NULL OR name LIKE ?1 ESCAPE '\\' OR email LIKE ?1 ESCAPE '\\'
       OR phone LIKE ?1 ESCAPE '\\' OR address LIKE ?1 ESCAPE '\\'
    ORDER BY name COLLATE NOCASE, id LIMIT ?2 OFFSET ?3";

pub fn page_ids(
    conn: &Connection,
    like: Option<&str>,
    offset: i64,
    limit: i64,
) -> Result<(i64, Vec<i64>)> {
    let total: i64 = conn
        .prepare_cached(COUNT_SQL)?
        .query_row([&like], |r| r.get(0))?;
    let ids: Vec<i64> = conn
        .prepare_cached(PAGE_SQL)?
        .query_map(params![like, limit, offset], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok((total, ids))
}

/// Every customer with an e-mail, oldest first: (id, email). The import reads them once into a
/// map (there is no index on the e-mail, and one look-up per row would scan the table).
pub fn ids_by_email(conn: &Connection) -> Result<Vec<(i64, String)>> {
    let mut st = conn.prepare("SELECT id, email FROM customers WHERE email <> '' ORDER BY id")?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// At most two customers called `name` (ignoring ASCII case), oldest first: enough to tell
/// "exactly one" from "none" and "several".
pub fn two_ids_by_name(conn: &Connection, name: &str) -> Result<Vec<i64>> {
    let ids = conn
        .prepare_cached(
            "SELECT id FROM customers WHERE name = ?1 COLLATE NOCASE ORDER BY id LIMIT 2",
        )?
        .query_map([name.trim()], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}
