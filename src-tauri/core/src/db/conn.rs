//! The query handle every store runs its SQL through, on either engine (issue 19): the shop's
//! SQLite file or a PostgreSQL shop server.
//!
//! A store writes each statement once, in the SQL both dialects agree on, with SQLite's `?1`
//! placeholders; on PostgreSQL they become `$1` (translated once per statement text, and the
//! prepared statement kept, as `prepare_cached` keeps SQLite's). Where the dialects differ the
//! store says so in the open: `conn.sql(sqlite, postgres)` or a `match conn.engine()`. The
//! rules both dialects agree on are listed in docs/ARCHITECTURE.md ("Two engines").
//!
//! On SQLite the handle is a thin coat over rusqlite: the same cached statements, rows read in
//! place (no copy into an engine-neutral value), parameters bound without an allocation.
//!
//! - [`Conn`]: a read or write handle (`Copy`), what the stores take.
//! - [`Tx`]: the handle of one write transaction (`Stockroom::write`); derefs to its [`Conn`].
//!   Areas not yet ported ask it for the rusqlite transaction (`tx.sqlite()?`), which on a
//!   shop server is the error `not_on_server` instead of a panic.
//! - [`Row`], [`Value`] (what a column is read as), [`Param`] (what a value is bound as).
//! - [`Database`]: the owned connection of either engine, and the one write choke point,
//!   [`Database::transaction`] (SERIALIZABLE on PostgreSQL, retried on a serialization failure).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use postgres::types::{IsNull, ToSql as PgToSql, Type};
use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::{Error, Result};

/// Which engine a handle talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// A handle to run SQL through: reads anywhere, writes inside [`Stockroom::write`]'s transaction.
///
/// [`Stockroom::write`]: crate::Stockroom::write
#[derive(Clone, Copy)]
pub enum Conn<'a> {
    Sqlite(&'a Connection),
    Postgres(&'a PgSession),
}

impl<'a> From<&'a Connection> for Conn<'a> {
    fn from(c: &'a Connection) -> Self {
        Conn::Sqlite(c)
    }
}

impl<'a, 'c: 'a> From<&'a Transaction<'c>> for Conn<'a> {
    fn from(tx: &'a Transaction<'c>) -> Self {
        Conn::Sqlite(tx)
    }
}

impl<'a, 'b: 'a> From<&'a Tx<'b>> for Conn<'a> {
    fn from(tx: &'a Tx<'b>) -> Self {
        tx.conn
    }
}

impl<'a> Conn<'a> {
    pub fn engine(self) -> Engine {
        match self {
            Conn::Sqlite(_) => Engine::Sqlite,
            Conn::Postgres(_) => Engine::Postgres,
        }
    }

    /// The statement in this engine's dialect, where the two differ.
    pub fn sql<'s>(self, sqlite: &'s str, postgres: &'s str) -> &'s str {
        match self {
            Conn::Sqlite(_) => sqlite,
            Conn::Postgres(_) => postgres,
        }
    }

    /// The SQLite connection, for the areas not ported to the handle yet. On a shop server
    /// this is the error `not_on_server`: the use case is not available there yet.
    pub fn sqlite(self) -> Result<&'a Connection> {
        match self {
            Conn::Sqlite(c) => Ok(c),
            Conn::Postgres(_) => Err(Error::NotOnServer),
        }
    }

    /// Runs one statement; the number of rows it changed.
    pub fn execute(self, sql: &str, params: &[&dyn Param]) -> Result<usize> {
        match self {
            Conn::Sqlite(c) => Ok(c.prepare_cached(sql)?.execute(sqlite_params(params))?),
            Conn::Postgres(pg) => {
                let st = pg.statement(sql)?;
                let values = pg_values(params);
                pg.sent();
                let n = pg.client.borrow_mut().execute(&st, &pg_refs(&values))?;
                Ok(n as usize)
            }
        }
    }

    /// Several statements without parameters (set-up work, temporary tables).
    pub fn batch(self, sql: &str) -> Result<()> {
        match self {
            Conn::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Conn::Postgres(pg) => pg.run(sql),
        }
    }

    /// An `INSERT … RETURNING id` (valid in both dialects): the new row's id.
    pub fn insert_id(self, sql: &str, params: &[&dyn Param]) -> Result<i64> {
        debug_assert!(
            sql.contains("RETURNING id"),
            "insert_id needs RETURNING id: {sql}"
        );
        self.query_row(sql, params, |r| r.get(0))
    }

    /// The first row, read by `f`; no row is an error (as rusqlite's `query_row`).
    pub fn query_row<T>(
        self,
        sql: &str,
        params: &[&dyn Param],
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        self.query_opt(sql, params, f)?
            .ok_or(Error::Sqlite(rusqlite::Error::QueryReturnedNoRows))
    }

    /// The first row, read by `f`, if there is one.
    pub fn query_opt<T>(
        self,
        sql: &str,
        params: &[&dyn Param],
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<Option<T>> {
        match self {
            Conn::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                let mut rows = st.query(sqlite_params(params))?;
                match rows.next()? {
                    Some(r) => Ok(Some(f(&Row::Sqlite(r))?)),
                    None => Ok(None),
                }
            }
            Conn::Postgres(pg) => {
                let st = pg.statement(sql)?;
                let values = pg_values(params);
                pg.sent();
                // The first row, as rusqlite's query_row takes it (postgres' query_opt would
                // refuse a second one).
                let row = pg
                    .client
                    .borrow_mut()
                    .query(&st, &pg_refs(&values))?
                    .into_iter()
                    .next();
                row.map(|r| f(&Row::Postgres(&r))).transpose()
            }
        }
    }

    /// Every row, each read by `f`.
    pub fn query<T>(
        self,
        sql: &str,
        params: &[&dyn Param],
        mut f: impl FnMut(&Row<'_>) -> Result<T>,
    ) -> Result<Vec<T>> {
        match self {
            Conn::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                let mut rows = st.query(sqlite_params(params))?;
                let mut out = Vec::new();
                while let Some(r) = rows.next()? {
                    out.push(f(&Row::Sqlite(r))?);
                }
                Ok(out)
            }
            Conn::Postgres(pg) => {
                let st = pg.statement(sql)?;
                let values = pg_values(params);
                pg.sent();
                let rows = pg.client.borrow_mut().query(&st, &pg_refs(&values))?;
                rows.iter().map(|r| f(&Row::Postgres(r))).collect()
            }
        }
    }
}

/// The handle of one write transaction: a [`Conn`] (it derefs to one) that knows it is inside
/// a transaction. Areas not ported yet take the rusqlite transaction from it.
#[derive(Clone, Copy)]
pub struct Tx<'a> {
    conn: Conn<'a>,
    sqlite: Option<&'a Transaction<'a>>,
}

impl<'a> Tx<'a> {
    /// The rusqlite transaction, for the areas not ported to the handle yet; on a shop server
    /// the error `not_on_server`.
    pub fn sqlite(&self) -> Result<&'a Transaction<'a>> {
        self.sqlite.ok_or(Error::NotOnServer)
    }

    pub fn conn(&self) -> Conn<'a> {
        self.conn
    }
}

impl<'a, 'c: 'a> From<&'a Transaction<'c>> for Tx<'a> {
    fn from(tx: &'a Transaction<'c>) -> Self {
        Tx {
            conn: Conn::Sqlite(tx),
            sqlite: Some(tx),
        }
    }
}

impl<'a> std::ops::Deref for Tx<'a> {
    type Target = Conn<'a>;
    fn deref(&self) -> &Conn<'a> {
        &self.conn
    }
}

// ---------------------------------------------------------------------------------------------
// Rows and values

/// One row of a result, on either engine; columns by position.
pub enum Row<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Postgres(&'r postgres::Row),
}

impl Row<'_> {
    /// Column `idx` as `T` (a NULL only as an `Option`).
    pub fn get<T: Value>(&self, idx: usize) -> Result<T> {
        match self {
            Row::Sqlite(r) => Ok(T::from_sqlite(r, idx)?),
            Row::Postgres(r) => T::from_postgres(r, idx),
        }
    }
}

/// A stored word or code read back into its type, as [`super::stored`] but for the handle's
/// row closures: a value that is not one of ours is the same error on both engines.
pub fn stored<T>(column: usize, parsed: Result<T>) -> Result<T> {
    Ok(super::stored(column, parsed)?)
}

/// What a column can be read as, on either engine. On PostgreSQL an integer column of any
/// width reads as any integer type it fits, and a 0/1 integer as a bool (the schema keeps
/// SQLite's 0/1 flags as BIGINT), so a store reads the same type from both.
pub trait Value: Sized {
    fn from_sqlite(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<Self>;
    fn from_postgres(row: &postgres::Row, idx: usize) -> Result<Self>;
}

/// A non-NULL column type's PostgreSQL reading (`None` for NULL).
trait PgCell: Sized {
    fn pg(row: &postgres::Row, idx: usize) -> Result<Option<Self>>;
}

fn pg_type(row: &postgres::Row, idx: usize) -> Result<&Type> {
    row.columns()
        .get(idx)
        .map(|c| c.type_())
        .ok_or_else(|| Error::other(format!("no column {idx} in the row")))
}

fn mismatch(row: &postgres::Row, idx: usize, wanted: &str) -> Error {
    let ty = row
        .columns()
        .get(idx)
        .map(|c| c.type_().name())
        .unwrap_or("?");
    Error::other(format!(
        "column {idx} ({}) is {ty}, read as {wanted}",
        row.columns().get(idx).map(|c| c.name()).unwrap_or("?")
    ))
}

fn pg_int(row: &postgres::Row, idx: usize) -> Result<Option<i64>> {
    let ty = pg_type(row, idx)?;
    Ok(if *ty == Type::INT8 {
        row.try_get::<_, Option<i64>>(idx)?
    } else if *ty == Type::INT4 {
        row.try_get::<_, Option<i32>>(idx)?.map(i64::from)
    } else if *ty == Type::INT2 {
        row.try_get::<_, Option<i16>>(idx)?.map(i64::from)
    } else if *ty == Type::BOOL {
        row.try_get::<_, Option<bool>>(idx)?.map(i64::from)
    } else {
        return Err(mismatch(row, idx, "an integer"));
    })
}

macro_rules! pg_int_cell {
    ($($t:ty),*) => {$(
        impl PgCell for $t {
            fn pg(row: &postgres::Row, idx: usize) -> Result<Option<Self>> {
                pg_int(row, idx)?
                    .map(|v| <$t>::try_from(v).map_err(|_| mismatch(row, idx, stringify!($t))))
                    .transpose()
            }
        }
    )*};
}
pg_int_cell!(i64, i32, u32, u16, u8);

impl PgCell for bool {
    fn pg(row: &postgres::Row, idx: usize) -> Result<Option<Self>> {
        Ok(pg_int(row, idx)?.map(|v| v != 0))
    }
}

impl PgCell for String {
    fn pg(row: &postgres::Row, idx: usize) -> Result<Option<Self>> {
        let ty = pg_type(row, idx)?;
        if !<String as postgres::types::FromSql>::accepts(ty) {
            return Err(mismatch(row, idx, "text"));
        }
        Ok(row.try_get::<_, Option<String>>(idx)?)
    }
}

impl PgCell for f64 {
    fn pg(row: &postgres::Row, idx: usize) -> Result<Option<Self>> {
        let ty = pg_type(row, idx)?;
        Ok(if *ty == Type::FLOAT8 {
            row.try_get::<_, Option<f64>>(idx)?
        } else if *ty == Type::FLOAT4 {
            row.try_get::<_, Option<f32>>(idx)?.map(f64::from)
        } else {
            // Integers read as a float where SQLite would too (an average of integers is
            // written CAST(... AS DOUBLE PRECISION) on PostgreSQL; NUMERIC is not read).
            pg_int(row, idx)?.map(|v| v as f64)
        })
    }
}

impl PgCell for Vec<u8> {
    fn pg(row: &postgres::Row, idx: usize) -> Result<Option<Self>> {
        Ok(row.try_get::<_, Option<Vec<u8>>>(idx)?)
    }
}

impl PgCell for chrono::NaiveDate {
    fn pg(row: &postgres::Row, idx: usize) -> Result<Option<Self>> {
        <String as PgCell>::pg(row, idx)?
            .map(|t| {
                chrono::NaiveDate::parse_from_str(&t, "%F")
                    .map_err(|_| mismatch(row, idx, "a date (YYYY-MM-DD)"))
            })
            .transpose()
    }
}

macro_rules! value {
    ($($t:ty),*) => {$(
        impl Value for $t {
            fn from_sqlite(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<Self> {
                row.get(idx)
            }
            fn from_postgres(row: &postgres::Row, idx: usize) -> Result<Self> {
                <$t as PgCell>::pg(row, idx)?.ok_or_else(|| {
                    Error::Sqlite(rusqlite::Error::InvalidColumnType(
                        idx,
                        row.columns()[idx].name().to_string(),
                        rusqlite::types::Type::Null,
                    ))
                })
            }
        }
        impl Value for Option<$t> {
            fn from_sqlite(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<Self> {
                row.get(idx)
            }
            fn from_postgres(row: &postgres::Row, idx: usize) -> Result<Self> {
                <$t as PgCell>::pg(row, idx)
            }
        }
    )*};
}
value!(
    i64,
    i32,
    u32,
    u16,
    u8,
    bool,
    String,
    f64,
    Vec<u8>,
    chrono::NaiveDate
);

// ---------------------------------------------------------------------------------------------
// Parameters

/// A value a store binds: rusqlite's own binding on SQLite, a [`PgValue`] on PostgreSQL.
pub trait Param: rusqlite::ToSql {
    fn pg(&self) -> PgValue<'_>;
}

/// A parameter as PostgreSQL receives it. PostgreSQL infers each parameter's type from the
/// statement (INT8 for a BIGINT column, INT4 for `LIMIT ?1`, TEXT...), so an integer is
/// written in whatever integer width the server asks for, checked to fit.
#[derive(Debug, Clone)]
pub enum PgValue<'v> {
    Null,
    Int(i64),
    Bool(bool),
    Float(f64),
    Text(&'v str),
    /// A value written as text for the occasion (a date: ISO text, as rusqlite writes it).
    OwnedText(String),
    Bytes(&'v [u8]),
}

macro_rules! int_param {
    ($($t:ty),*) => {$(
        impl Param for $t {
            fn pg(&self) -> PgValue<'_> {
                PgValue::Int(*self as i64)
            }
        }
    )*};
}
int_param!(i64, i32, u32, u16, u8);

impl Param for bool {
    fn pg(&self) -> PgValue<'_> {
        PgValue::Bool(*self)
    }
}

impl Param for f64 {
    fn pg(&self) -> PgValue<'_> {
        PgValue::Float(*self)
    }
}

impl Param for str {
    fn pg(&self) -> PgValue<'_> {
        PgValue::Text(self)
    }
}

impl Param for String {
    fn pg(&self) -> PgValue<'_> {
        PgValue::Text(self)
    }
}

/// A day, stored as ISO text (`2026-03-02`) on both engines, as rusqlite's chrono binding
/// writes it.
impl Param for chrono::NaiveDate {
    fn pg(&self) -> PgValue<'_> {
        PgValue::OwnedText(self.format("%F").to_string())
    }
}

impl Param for [u8] {
    fn pg(&self) -> PgValue<'_> {
        PgValue::Bytes(self)
    }
}

impl Param for Vec<u8> {
    fn pg(&self) -> PgValue<'_> {
        PgValue::Bytes(self)
    }
}

/// A dynamically built parameter list (the list pages' filters), on either engine.
impl Param for rusqlite::types::Value {
    fn pg(&self) -> PgValue<'_> {
        use rusqlite::types::Value as V;
        match self {
            V::Null => PgValue::Null,
            V::Integer(i) => PgValue::Int(*i),
            V::Real(f) => PgValue::Float(*f),
            V::Text(t) => PgValue::Text(t),
            V::Blob(b) => PgValue::Bytes(b),
        }
    }
}

impl<T: Param + ?Sized> Param for &T {
    fn pg(&self) -> PgValue<'_> {
        (**self).pg()
    }
}

impl<T: Param> Param for Option<T> {
    fn pg(&self) -> PgValue<'_> {
        self.as_ref().map_or(PgValue::Null, Param::pg)
    }
}

type BoxError = Box<dyn std::error::Error + Sync + Send>;

impl PgToSql for PgValue<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, BoxError> {
        let int = |v: i64, out: &mut bytes::BytesMut| -> std::result::Result<IsNull, BoxError> {
            if *ty == Type::INT8 {
                v.to_sql(ty, out)
            } else if *ty == Type::INT4 {
                i32::try_from(v)?.to_sql(ty, out)
            } else if *ty == Type::INT2 {
                i16::try_from(v)?.to_sql(ty, out)
            } else if *ty == Type::FLOAT8 {
                (v as f64).to_sql(ty, out)
            } else {
                Err(format!("an integer bound where {ty} is expected").into())
            }
        };
        match *self {
            PgValue::Null => Ok(IsNull::Yes),
            PgValue::Int(v) if *ty == Type::BOOL && (v == 0 || v == 1) => (v == 1).to_sql(ty, out),
            PgValue::Int(v) => int(v, out),
            PgValue::Bool(b) if *ty == Type::BOOL => b.to_sql(ty, out),
            // The schema keeps SQLite's 0/1 flags as BIGINT.
            PgValue::Bool(b) => int(i64::from(b), out),
            PgValue::Float(f) if *ty == Type::FLOAT4 => (f as f32).to_sql(ty, out),
            PgValue::Float(f) => f.to_sql(ty, out),
            PgValue::Text(s) => s.to_sql(ty, out),
            PgValue::OwnedText(ref s) => s.as_str().to_sql(ty, out),
            PgValue::Bytes(b) => b.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        // Checked per value in to_sql, which knows what it holds.
        true
    }

    postgres::types::to_sql_checked!();
}

/// The parameters as rusqlite binds them: no copy, no allocation.
fn sqlite_params<'p>(
    params: &'p [&'p dyn Param],
) -> rusqlite::ParamsFromIter<impl Iterator<Item = &'p dyn rusqlite::ToSql>> {
    rusqlite::params_from_iter(params.iter().map(|p| *p as &dyn rusqlite::ToSql))
}

fn pg_values<'p>(params: &'p [&'p dyn Param]) -> Vec<PgValue<'p>> {
    params.iter().map(|p| p.pg()).collect()
}

fn pg_refs<'v>(values: &'v [PgValue<'v>]) -> Vec<&'v (dyn PgToSql + Sync)> {
    values.iter().map(|v| v as &(dyn PgToSql + Sync)).collect()
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: the session and the placeholder translation

/// A connection to a shop server with its prepared statements, one per statement text (the
/// counterpart of SQLite's `prepare_cached`). Interior mutability because a handle is shared
/// (`Conn` is `Copy`) while the client needs `&mut` for each call; a call never holds the
/// borrow while the store's row closure runs, so two handles never collide.
///
/// Every message exchange with the server is a loopback (or network) round trip, and on a shop
/// server they are what a use case's time is made of (issue 19: placing an order was 28 of
/// them). The session counts them ([`PgSession::round_trips`]) so tests can hold the count
/// down, and a write's BEGIN waits for the transaction's first statement: when that is a
/// simple-query batch (the writes that take turns start with LOCK TABLE), both go in one.
pub struct PgSession {
    client: RefCell<postgres::Client>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
    /// The BEGIN of a write transaction, not sent yet (see [`PgSession::defer`]).
    pending: Cell<Option<&'static str>>,
    round_trips: Cell<u64>,
}

/// How many prepared statements a session keeps before it starts over: statements built
/// with a varying number of placeholders (a list of ids) must not grow it for ever.
const PG_STATEMENTS: usize = 1024;

impl PgSession {
    pub fn new(client: postgres::Client) -> PgSession {
        PgSession {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
            pending: Cell::new(None),
            round_trips: Cell::new(0),
        }
    }

    /// How many round trips to the server this session has made (statements run, statements
    /// prepared, batches, BEGIN/COMMIT/ROLLBACK): a cheap, always-on count, read-only.
    pub fn round_trips(&self) -> u64 {
        self.round_trips.get()
    }

    /// Counts one round trip.
    fn sent(&self) {
        self.round_trips.set(self.round_trips.get() + 1);
    }

    /// Sends a deferred BEGIN now, on its own: the next statement is a prepared one, which
    /// cannot share its round trip.
    fn begin_if_deferred(&self) -> Result<()> {
        match self.pending.take() {
            Some(begin) => self.run_now(begin),
            None => Ok(()),
        }
    }

    /// Keeps `begin` until the transaction's first statement, which takes it along.
    fn defer(&self, begin: &'static str) {
        debug_assert!(
            self.pending.get().is_none(),
            "a transaction is already open"
        );
        self.pending.set(Some(begin));
    }

    fn statement(&self, sql: &str) -> Result<postgres::Statement> {
        self.begin_if_deferred()?;
        if let Some(st) = self.statements.borrow().get(sql) {
            return Ok(st.clone());
        }
        self.sent();
        let st = self.client.borrow_mut().prepare(&pg_placeholders(sql))?;
        let mut cache = self.statements.borrow_mut();
        if cache.len() >= PG_STATEMENTS {
            cache.clear();
        }
        cache.insert(sql.to_string(), st.clone());
        Ok(st)
    }

    /// A simple-query batch; a deferred BEGIN goes first in the same batch (one round trip:
    /// PostgreSQL runs the statements after a BEGIN of the batch inside that transaction).
    fn run(&self, sql: &str) -> Result<()> {
        match self.pending.take() {
            Some(begin) => self.run_now(&format!("{begin}; {sql}")),
            None => self.run_now(sql),
        }
    }

    fn run_now(&self, sql: &str) -> Result<()> {
        self.sent();
        Ok(self.client.borrow_mut().batch_execute(sql)?)
    }

    /// Ends the write transaction with `sql` (COMMIT or ROLLBACK): nothing to send when its
    /// BEGIN never was (the transaction ran no statement).
    fn end(&self, sql: &str) -> Result<()> {
        match self.pending.take() {
            Some(_) => Ok(()),
            None => self.run_now(sql),
        }
    }
}

/// SQLite's `?1` (and bare `?`) placeholders as PostgreSQL's `$1`; string literals, quoted
/// names and comments are left alone.
pub fn pg_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.chars().peekable();
    let mut next = 1;
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == c {
                        break; // a doubled quote reopens at once: same result
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == '\n' {
                        break;
                    }
                }
            }
            '?' => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                out.push('$');
                if digits.is_empty() {
                    out.push_str(&next.to_string());
                    next += 1;
                } else {
                    out.push_str(&digits);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The owned connection and the one write choke point

/// The shop's connection: the SQLite file's, or a shop server's session.
pub enum Database {
    Sqlite(Connection),
    Postgres(PgSession),
}

/// How many times a write is tried on a shop server when PostgreSQL answers that another
/// till's concurrent transaction made it impossible to serialize (SQLSTATE 40001/40P01).
const PG_ATTEMPTS: u32 = 12;

impl Database {
    pub fn conn(&self) -> Conn<'_> {
        match self {
            Database::Sqlite(c) => Conn::Sqlite(c),
            Database::Postgres(pg) => Conn::Postgres(pg),
        }
    }

    /// Runs `f` as one write transaction, committed when `commit` and `f` succeeds, else
    /// rolled back. SQLite: IMMEDIATE (the write lock first, as ever), `f` runs once. A shop
    /// server: SERIALIZABLE, and when PostgreSQL refuses it for a concurrent till's
    /// transaction, the whole transaction is run again (so `f` must be re-runnable: it reads
    /// what it needs inside), a bounded number of times, invisibly to the caller.
    pub fn transaction<T>(
        &mut self,
        commit: bool,
        mut f: impl FnMut(&Tx<'_>) -> Result<T>,
    ) -> Result<T> {
        self.transaction_deciding(|tx| f(tx).map(|out| (out, commit)))
    }

    /// [`Database::transaction`] where `f` decides, with its answer, whether to commit
    /// (`true`) or roll back: an import keeps nothing of a dry run or of a file with problems.
    pub fn transaction_deciding<T>(
        &mut self,
        mut f: impl FnMut(&Tx<'_>) -> Result<(T, bool)>,
    ) -> Result<T> {
        match self {
            Database::Sqlite(conn) => {
                let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
                match f(&Tx::from(&tx)) {
                    Ok((out, true)) => {
                        tx.commit()?;
                        Ok(out)
                    }
                    Ok((out, false)) => {
                        tx.rollback()?;
                        Ok(out)
                    }
                    Err(e) => {
                        tx.rollback()?;
                        Err(e)
                    }
                }
            }
            Database::Postgres(pg) => {
                let mut attempt = 1;
                loop {
                    match pg_transaction(pg, &mut f) {
                        Err(e) if e.is_retryable() && attempt < PG_ATTEMPTS => {
                            // A short, growing, uneven pause: two tills that collided must not
                            // collide again in lockstep.
                            let jitter = std::time::SystemTime::now()
                                .duration_since(std::time::UNIX_EPOCH)
                                .map_or(0, |d| d.subsec_nanos() % 4_000);
                            std::thread::sleep(std::time::Duration::from_micros(
                                u64::from(attempt) * 1_000 + u64::from(jitter),
                            ));
                            attempt += 1;
                        }
                        out => return out,
                    }
                }
            }
        }
    }
}

impl Database {
    /// Runs `f` inside one read-only snapshot: every statement it runs sees the same committed
    /// state, and a write going on meanwhile neither waits for it nor shows half-way. SQLite:
    /// a deferred transaction (a reader's WAL snapshot). A shop server: REPEATABLE READ, READ
    /// ONLY (a snapshot taken at its first statement, never a serialization failure).
    pub fn snapshot<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        match self {
            Database::Sqlite(conn) => {
                let snapshot = conn.unchecked_transaction()?;
                let out = f();
                drop(snapshot);
                out
            }
            Database::Postgres(pg) => {
                struct EndAnyway<'s>(&'s PgSession);
                impl Drop for EndAnyway<'_> {
                    fn drop(&mut self) {
                        let _ = self.0.run("ROLLBACK");
                    }
                }
                pg.run("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")?;
                let _end = EndAnyway(pg);
                f()
            }
        }
    }
}

/// One try of a server transaction. A panic inside `f` rolls it back too (the session would
/// otherwise stay inside it, and the next BEGIN join it).
fn pg_transaction<T>(
    pg: &PgSession,
    f: &mut impl FnMut(&Tx<'_>) -> Result<(T, bool)>,
) -> Result<T> {
    struct RollbackUnlessDone<'s>(&'s PgSession, bool);
    impl Drop for RollbackUnlessDone<'_> {
        fn drop(&mut self) {
            if !self.1 {
                let _ = self.0.end("ROLLBACK");
            }
        }
    }
    // Sent with the transaction's first statement (see `PgSession::run`).
    pg.defer("BEGIN ISOLATION LEVEL SERIALIZABLE");
    let mut guard = RollbackUnlessDone(pg, false);
    let tx = Tx {
        conn: Conn::Postgres(pg),
        sqlite: None,
    };
    let out = f(&tx);
    guard.1 = true;
    match out {
        Ok((v, true)) => {
            // A failed COMMIT has ended the transaction already.
            pg.end("COMMIT")?;
            Ok(v)
        }
        out => {
            let rolled_back = pg.end("ROLLBACK");
            let (v, _) = out?;
            rolled_back?;
            Ok(v)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::pg_placeholders;

    #[test]
    fn placeholders_become_numbered_dollars_outside_literals_issue19() {
        assert_eq!(
            pg_placeholders("SELECT a FROM t WHERE b = ?1 AND c = ?12 OR d = ?1"),
            "SELECT a FROM t WHERE b = $1 AND c = $12 OR d = $1"
        );
        assert_eq!(pg_placeholders("VALUES (?, ?)"), "VALUES ($1, $2)");
        assert_eq!(
            pg_placeholders("SELECT '?1', \"x?\" -- why ?2\n, ?3"),
            "SELECT '?1', \"x?\" -- why ?2\n, $3"
        );
        assert_eq!(
            pg_placeholders("SELECT 'it''s ?1' , ?2"),
            "SELECT 'it''s ?1' , $2"
        );
    }
}
