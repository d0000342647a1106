//! SQL of the customers. On both engines (issue 19): SQLite's LIKE and COLLATE NOCASE ignore
//! ASCII case; on PostgreSQL the same searches are ILIKE and lower(…).

use super::model::{Contact, Customer, NewCustomer, ShipPreference};
use crate::db::conn::{stored, Conn, Row};
use crate::{Clock, Error, Result};

/// The customer's columns as `row` reads them (a macro, so each statement is one literal).
macro_rules! select {
    ($rest:literal) => {
        concat!(
            "SELECT id, name, email, phone, address, ships, created_at, contact, language
             FROM customers ",
            $rest
        )
    };
}

fn row(r: &Row) -> Result<Customer> {
    let ships: String = r.get(5)?;
    let email: String = r.get(2)?;
    let chosen = r
        .get::<Option<String>>(7)?
        .map(|c| stored(7, Contact::parse(&c)))
        .transpose()?;
    Ok(Customer {
        contact: Contact::effective(chosen, &email),
        contact_chosen: chosen.is_some(),
        id: r.get(0)?,
        name: r.get(1)?,
        email,
        phone: r.get(3)?,
        address: r.get(4)?,
        ships: stored(5, ShipPreference::parse(&ships))?,
        created_at: r.get(6)?,
        language: r.get(8)?,
    })
}

/// Inserts an already normalised customer (see [`super::rules::normalise`]).
pub fn insert_in_tx<'a>(conn: impl Into<Conn<'a>>, clock: Clock, c: &NewCustomer) -> Result<i64> {
    conn.into().insert_id(
        // No language given: the shop's (issue 17).
        "INSERT INTO customers (name, email, phone, address, ships, created_at, language)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, coalesce(?7, (SELECT language FROM settings WHERE id = 1)))
         RETURNING id",
        &[
            &c.name,
            &c.email,
            &c.phone,
            &c.address,
            &c.ships.as_str(),
            &crate::json::time_text(clock.now()),
            &c.language,
        ],
    )
}

/// Writes an edited, normalised customer over row `id`.
pub fn update_in_tx<'a>(conn: impl Into<Conn<'a>>, id: i64, c: &NewCustomer) -> Result<()> {
    conn.into().execute(
        "UPDATE customers SET name = ?2, email = ?3, phone = ?4, address = ?5, ships = ?6,
            language = coalesce(?7, language) WHERE id = ?1",
        &[
            &id,
            &c.name,
            &c.email,
            &c.phone,
            &c.address,
            &c.ships.as_str(),
            &c.language,
        ],
    )?;
    Ok(())
}

pub fn by_id<'a>(conn: impl Into<Conn<'a>>, id: i64) -> Result<Option<Customer>> {
    conn.into().query_opt(select!("WHERE id = ?1"), &[&id], row)
}

pub fn require<'a>(conn: impl Into<Conn<'a>>, id: i64) -> Result<Customer> {
    by_id(conn, id)?.ok_or_else(|| Error::not_found("customer", id))
}

/// Customers whose name, email or phone contains `search` (all of them when empty), by name.
pub fn search<'a>(conn: impl Into<Conn<'a>>, search: &str) -> Result<Vec<Customer>> {
    let conn = conn.into();
    let like = format!("%{}%", search.trim());
    let sql = conn.sql(
        select!(
            "WHERE name LIKE ?1 OR email LIKE ?1 OR phone LIKE ?1 OR address LIKE ?1
             ORDER BY name COLLATE NOCASE, id"
        ),
        select!(
            "WHERE name ILIKE ?1 OR email ILIKE ?1 OR phone ILIKE ?1 OR address ILIKE ?1
             ORDER BY lower(name), id"
        ),
    );
    conn.query(sql, &[&like], row)
}

/// Records how customer `id` wants their news.
pub fn set_contact_in_tx<'a>(conn: impl Into<Conn<'a>>, id: i64, contact: Contact) -> Result<()> {
    conn.into().execute(
        "UPDATE customers SET contact = ?2 WHERE id = ?1",
        &[&id, &contact.as_str()],
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

/// [`COUNT_SQL`] and [`PAGE_SQL`] on PostgreSQL: ILIKE for SQLite's LIKE, lower(name) (the
/// `customers_name` index) for COLLATE NOCASE; `CAST(?1 AS TEXT)` because PostgreSQL must know
/// the type of a parameter that is only tested for NULL.
const PG_COUNT_SQL: &str = "SELECT count(*) FROM customers
    WHERE CAST(?1 AS TEXT) IS NULL OR name ILIKE ?1 OR email ILIKE ?1
       OR phone ILIKE ?1 OR address ILIKE ?1";

const PG_PAGE_SQL: &str = "SELECT id FROM customers
    WHERE CAST(?1 AS TEXT) IS NULL OR name ILIKE ?1 OR email ILIKE ?1
       OR phone ILIKE ?1 OR address ILIKE ?1
    ORDER BY lower(name), id LIMIT ?2 OFFSET ?3";

pub fn page_ids<'a>(
    conn: impl Into<Conn<'a>>,
    like: Option<&str>,
    offset: i64,
    limit: i64,
) -> Result<(i64, Vec<i64>)> {
    let conn = conn.into();
    let total: i64 = conn.query_row(conn.sql(COUNT_SQL, PG_COUNT_SQL), &[&like], |r| r.get(0))?;
    let ids = conn.query(
        conn.sql(PAGE_SQL, PG_PAGE_SQL),
        &[&like, &limit, &offset],
        |r| r.get(0),
    )?;
    Ok((total, ids))
}

/// Every customer with an e-mail, oldest first: (id, email). The import reads them once into a
/// map (there is no index on the e-mail, and one look-up per row would scan the table).
pub fn ids_by_email<'a>(conn: impl Into<Conn<'a>>) -> Result<Vec<(i64, String)>> {
    conn.into().query(
        "SELECT id, email FROM customers WHERE email <> '' ORDER BY id",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// At most two customers called `name` (ignoring ASCII case), oldest first: enough to tell
/// "exactly one" from "none" and "several".
pub fn two_ids_by_name<'a>(conn: impl Into<Conn<'a>>, name: &str) -> Result<Vec<i64>> {
    let conn = conn.into();
    let sql = conn.sql(
        "SELECT id FROM customers WHERE name = ?1 COLLATE NOCASE ORDER BY id LIMIT 2",
        "SELECT id FROM customers WHERE lower(name) = lower(?1) ORDER BY id LIMIT 2",
    );
    conn.query(sql, &[&name.trim()], |r| r.get(0))
}
