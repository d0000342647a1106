//! Copying a whole shop between the two engines (issue 19), verified table by table:
//! - [`push`]: a shop file onto an empty server database (`stockroom server push`);
//! - [`pull`]: a server shop into an ordinary Stockroom SQLite file (its backup);
//! - [`replace`]: a backup file onto a server shop, replacing what is there (its restore).
//!
//! Each copy is one transaction on the side written to, verified before it commits: every
//! table's rows are read back from the copy and must match the source in number and in a
//! checksum (the wrapping sum of each row's SHA-256, so the order rows come in does not
//! matter). A copy that does not match is rolled back and nothing is left behind.
//!
//! The columns come from the shop file's schema; the server's schema has the same tables and
//! columns (a test compares them). `product_search` is not copied: each engine's triggers
//! build it from the products as they are written.

use std::path::{Path, PathBuf};

use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{to_sql_checked, IsNull, ToSql, Type};
use postgres::{Client, GenericClient, IsolationLevel};
use rusqlite::types::ValueRef;
use rusqlite::Connection;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{lock_schema, run_schema_sql, state, storage, ServerUrl, State, SCHEMA};
use crate::{Error, Result};

/// Every table of a shop, in the order they are written: a table after those it refers to.
pub const TABLES: &[&str] = &[
    "settings",
    "suppliers",
    "products",
    "product_barcodes",
    "stock_movements",
    "customers",
    "carriers",
    "orders",
    "order_lines",
    "purchase_orders",
    "po_lines",
    "fills",
    "shipments",
    "shipment_lines",
    "notifications",
    "outbox",
    "mail_templates",
    "app_state",
];

/// Rows read from the server per round trip.
const BATCH: i32 = 5_000;

/// One table of a copy.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TableCopy {
    pub table: String,
    pub rows: u64,
    /// The table's checksum, the same on both sides (32 hex digits).
    pub checksum: String,
}

/// What a copy did: from where, to where, and each table as verified.
#[derive(Debug, Clone, Serialize)]
pub struct Transfer {
    pub from: String,
    pub to: String,
    pub tables: Vec<TableCopy>,
    pub rows: u64,
}

impl Transfer {
    /// In English (the CLI).
    pub fn summary(&self) -> String {
        let mut out = format!(
            "Copied {} rows in {} tables from {} to {}; every table verified (rows and checksum):",
            self.rows,
            self.tables.len(),
            self.from,
            self.to
        );
        for t in &self.tables {
            out.push_str(&format!(
                "\n  {:<18} {:>9}  {}",
                t.table, t.rows, t.checksum
            ));
        }
        out
    }
}

/// A column's kind: every Stockroom column is an integer or text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Text,
}

struct Table {
    name: &'static str,
    columns: Vec<(String, Kind)>,
    /// Has an identity `id` column on the server (its sequence is moved past the copied ids).
    has_id: bool,
}

impl Table {
    fn column_list(&self) -> String {
        self.columns
            .iter()
            .map(|(c, _)| c.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The tables and their columns as the shop file has them.
fn tables(file: &Connection) -> Result<Vec<Table>> {
    let mut out = Vec::with_capacity(TABLES.len());
    for name in TABLES {
        let mut stmt =
            file.prepare("SELECT name, type, pk FROM pragma_table_info(?1) ORDER BY cid")?;
        let cols = stmt
            .query_map([name], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if cols.is_empty() {
            return Err(Error::other(format!("the shop file has no table {name}")));
        }
        let mut columns = Vec::with_capacity(cols.len());
        let mut has_id = false;
        for (col, ty, pk) in cols {
            let kind = match ty.to_ascii_uppercase().as_str() {
                "INTEGER" => Kind::Int,
                "TEXT" => Kind::Text,
                other => {
                    return Err(Error::other(format!(
                        "{name}.{col} has type {other}, which a shop server does not hold"
                    )))
                }
            };
            has_id |= col == "id" && pk == 1 && *name != "settings";
            columns.push((col, kind));
        }
        out.push(Table {
            name,
            columns,
            has_id,
        });
    }
    Ok(out)
}

/// One value of a row, as both engines store it.
#[derive(Debug, Clone)]
enum Cell {
    Null,
    Int(i64),
    Text(String),
}

impl ToSql for Cell {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Cell::Null => Ok(IsNull::Yes),
            Cell::Int(i) => i.to_sql(ty, out),
            Cell::Text(s) => s.as_str().to_sql(ty, out),
        }
    }

    fn accepts(ty: &Type) -> bool {
        *ty == Type::INT8 || *ty == Type::TEXT
    }

    to_sql_checked!();
}

impl rusqlite::ToSql for Cell {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::ToSqlOutput::Borrowed;
        Ok(match self {
            Cell::Null => Borrowed(ValueRef::Null),
            Cell::Int(i) => Borrowed(ValueRef::Integer(*i)),
            Cell::Text(s) => Borrowed(ValueRef::Text(s.as_bytes())),
        })
    }
}

/// The checksum of a table: how many rows, and the wrapping sum of each row's SHA-256 (its
/// first 16 bytes), each value written with its kind and length so no two rows collide by
/// layout.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Checksum {
    rows: u64,
    sum: u128,
}

impl Checksum {
    fn add(&mut self, row: &[Cell]) {
        let mut h = Sha256::new();
        for cell in row {
            match cell {
                Cell::Null => h.update([0u8]),
                Cell::Int(i) => {
                    h.update([1u8]);
                    h.update(i.to_le_bytes());
                }
                Cell::Text(s) => {
                    h.update([2u8]);
                    h.update((s.len() as u64).to_le_bytes());
                    h.update(s.as_bytes());
                }
            }
        }
        let digest = h.finalize();
        let mut first = [0u8; 16];
        first.copy_from_slice(&digest[..16]);
        self.sum = self.sum.wrapping_add(u128::from_le_bytes(first));
        self.rows += 1;
    }

    fn hex(&self) -> String {
        format!("{:032x}", self.sum)
    }
}

/// Reads every row of `table` from the shop file, handing each to `each`.
fn read_file(
    file: &Connection,
    table: &Table,
    mut each: impl FnMut(Vec<Cell>) -> Result<()>,
) -> Result<Checksum> {
    let mut stmt = file.prepare(&format!(
        "SELECT {} FROM {}",
        table.column_list(),
        table.name
    ))?;
    let mut rows = stmt.query([])?;
    let mut sum = Checksum::default();
    while let Some(r) = rows.next()? {
        let mut cells = Vec::with_capacity(table.columns.len());
        for (i, (col, _)) in table.columns.iter().enumerate() {
            cells.push(match r.get_ref(i)? {
                ValueRef::Null => Cell::Null,
                ValueRef::Integer(n) => Cell::Int(n),
                ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
                other => {
                    return Err(Error::other(format!(
                        "{}.{col} holds a {:?} value, which a shop server does not hold",
                        table.name,
                        other.data_type()
                    )))
                }
            });
        }
        sum.add(&cells);
        each(cells)?;
    }
    Ok(sum)
}

/// Reads every row of `table` from the server, in batches, handing each to `each`.
fn read_server(
    tx: &mut postgres::Transaction<'_>,
    table: &Table,
    mut each: impl FnMut(Vec<Cell>) -> Result<()>,
) -> Result<Checksum> {
    let sql = format!("SELECT {} FROM {}", table.column_list(), table.name);
    let portal = tx.bind(sql.as_str(), &[]).map_err(storage)?;
    let mut sum = Checksum::default();
    loop {
        let rows = tx.query_portal(&portal, BATCH).map_err(storage)?;
        if rows.is_empty() {
            break;
        }
        for r in rows {
            let mut cells = Vec::with_capacity(table.columns.len());
            for (i, (_, kind)) in table.columns.iter().enumerate() {
                cells.push(match kind {
                    Kind::Int => r
                        .try_get::<_, Option<i64>>(i)
                        .map_err(storage)?
                        .map_or(Cell::Null, Cell::Int),
                    Kind::Text => r
                        .try_get::<_, Option<String>>(i)
                        .map_err(storage)?
                        .map_or(Cell::Null, Cell::Text),
                });
            }
            sum.add(&cells);
            each(cells)?;
        }
    }
    Ok(sum)
}

/// Writes the file's tables into the server transaction (whose tables are empty) and checks
/// each one read back.
fn copy_file_to_server(
    file: &Connection,
    tx: &mut postgres::Transaction<'_>,
) -> Result<Vec<TableCopy>> {
    let tables = tables(file)?;
    let mut copied = Vec::with_capacity(tables.len());
    for table in &tables {
        let types: Vec<Type> = table
            .columns
            .iter()
            .map(|(_, k)| match k {
                Kind::Int => Type::INT8,
                Kind::Text => Type::TEXT,
            })
            .collect();
        let sink = tx
            .copy_in(&format!(
                "COPY {} ({}) FROM STDIN (FORMAT binary)",
                table.name,
                table.column_list()
            ))
            .map_err(storage)?;
        let mut writer = BinaryCopyInWriter::new(sink, &types);
        let source = read_file(file, table, |cells| {
            writer.write_raw(cells.iter()).map_err(storage)
        })?;
        writer.finish().map_err(storage)?;
        if table.has_id {
            // The next id the server hands out follows the copied ones.
            tx.execute(
                &format!(
                    "SELECT setval(pg_get_serial_sequence('{0}', 'id'), coalesce(max(id), 0) + 1, false) FROM {0}",
                    table.name
                ),
                &[],
            )
            .map_err(storage)?;
        }
        let copy = read_server(tx, table, |_| Ok(()))?;
        copied.push(verified(table.name, source, copy)?);
    }
    Ok(copied)
}

fn verified(table: &str, source: Checksum, copy: Checksum) -> Result<TableCopy> {
    if source != copy {
        return Err(Error::other(crate::msg!(
            "server-copy-mismatch",
            table = table.to_string(),
            source_rows = source.rows.to_string(),
            copy_rows = copy.rows.to_string()
        )));
    }
    Ok(TableCopy {
        table: table.to_string(),
        rows: source.rows,
        checksum: source.hex(),
    })
}

fn transfer(from: String, to: String, tables: Vec<TableCopy>) -> Transfer {
    let rows = tables.iter().map(|t| t.rows).sum();
    Transfer {
        from,
        to,
        tables,
        rows,
    }
}

/// Copies the shop in `file` (an open Stockroom database at the current version) into the
/// empty database at `url`: the schema, every row, the id sequences, verified. A database
/// that holds anything (a shop, another program's tables) is refused untouched.
pub fn push(file: &Connection, shown_from: &str, url: &ServerUrl) -> Result<Transfer> {
    let mut client = super::connect(url)?;
    if state(&mut client)? != State::Empty {
        return Err(not_empty(url));
    }
    let mut tx = client.transaction().map_err(storage)?;
    lock_schema(&mut tx)?;
    if state(&mut tx)? != State::Empty {
        return Err(not_empty(url));
    }
    run_schema_sql(&mut tx, url, SCHEMA)?;
    // The schema's default settings row makes way for the shop's own.
    tx.batch_execute("DELETE FROM settings").map_err(storage)?;
    let snapshot = snapshot(file)?;
    let tables = copy_file_to_server(file, &mut tx)?;
    drop(snapshot);
    tx.commit().map_err(storage)?;
    analyze(&mut client)?;
    Ok(transfer(shown_from.to_string(), url.to_string(), tables))
}

/// Fresh planner statistics and visibility maps after a whole shop was written: the first
/// screens after a push or a restore must not be planned on an empty database's guesses, and
/// the Dashboard's counts answer from the indexes alone only once the pages are marked
/// all-visible (on the large shop: 150 ms before, 50 ms after). Autovacuum would get there,
/// but only later. Outside any transaction (VACUUM cannot run in one); the shop's owner may.
fn analyze(client: &mut Client) -> Result<()> {
    client
        .batch_execute(&format!(
            "VACUUM (ANALYZE) {}, product_search",
            TABLES.join(", ")
        ))
        .map_err(storage)
}

/// One snapshot of the file for the whole copy, whatever another process writes meanwhile: a
/// read transaction, unless the caller's is already open (the window's reads run in one).
fn snapshot(file: &Connection) -> Result<Option<rusqlite::Transaction<'_>>> {
    Ok(if file.is_autocommit() {
        Some(file.unchecked_transaction()?)
    } else {
        None
    })
}

fn not_empty(url: &ServerUrl) -> Error {
    Error::refused(crate::msg!("server-not-empty", url = url.to_string()))
}

/// Writes the server shop at `url` into a new Stockroom SQLite file at `dest` (replacing it
/// if it exists): one consistent snapshot of the server, every table verified, written beside
/// `dest` and renamed into place, so a failed copy leaves no file under its name.
pub fn pull(client: &mut Client, url: &ServerUrl, dest: &Path) -> Result<Transfer> {
    let tmp = crate::data::backup::tempfile_beside(dest, "server-backup")?;
    let cleanup = crate::data::backup::RemoveOnDrop(tmp.clone());
    {
        let mut file = crate::db::open(&tmp)?;
        let mut server = client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .map_err(storage)?;
        let copied = {
            let tx = file.transaction()?;
            // Rows come in the server's order, and a row may name one that comes later (a
            // notice superseded by a newer one): the keys are checked at commit.
            tx.execute_batch("PRAGMA defer_foreign_keys = ON; DELETE FROM settings")?;
            let tables = tables(&tx)?;
            let mut copied = Vec::with_capacity(tables.len());
            for table in &tables {
                let placeholders = (1..=table.columns.len())
                    .map(|i| format!("?{i}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let mut insert = tx.prepare(&format!(
                    "INSERT INTO {} ({}) VALUES ({placeholders})",
                    table.name,
                    table.column_list()
                ))?;
                let source = read_server(&mut server, table, |cells| {
                    insert.execute(rusqlite::params_from_iter(cells.iter()))?;
                    Ok(())
                })?;
                drop(insert);
                let copy = read_file(&tx, table, |_| Ok(()))?;
                copied.push(verified(table.name, source, copy)?);
            }
            tx.commit()?;
            copied
        };
        server.commit().map_err(storage)?;
        // One self-contained file, like every backup: no -wal beside it.
        let _: String = file.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
        drop(file);
        std::fs::rename(&tmp, dest).map_err(|e| {
            Error::io(
                crate::msg!("cannot-write-backup", path = dest.display().to_string()),
                e,
            )
        })?;
        std::mem::forget(cleanup);
        Ok(transfer(
            url.to_string(),
            dest.display().to_string(),
            copied,
        ))
    }
}

/// Replaces the server shop's data with the shop in `file` (an open Stockroom database at
/// the current version): in one transaction every table is emptied, then written and
/// verified; the server's other tills see the old shop until it commits, then the new one.
pub fn replace(
    client: &mut Client,
    url: &ServerUrl,
    file: &Connection,
    shown_from: &str,
) -> Result<Transfer> {
    let mut tx = client
        .build_transaction()
        .isolation_level(IsolationLevel::Serializable)
        .start()
        .map_err(storage)?;
    lock_schema(&mut tx)?;
    let everything = TABLES
        .iter()
        .copied()
        .chain(["product_search"])
        .collect::<Vec<_>>()
        .join(", ");
    tx.batch_execute(&format!("TRUNCATE {everything} RESTART IDENTITY"))
        .map_err(storage)?;
    let snapshot = snapshot(file)?;
    let tables = copy_file_to_server(file, &mut tx)?;
    drop(snapshot);
    tx.commit().map_err(storage)?;
    analyze(client)?;
    Ok(transfer(shown_from.to_string(), url.to_string(), tables))
}

/// Where the server's shop is copied before a restore replaces it: beside the backup being
/// restored, `before-restore-<time>.sqlite3`.
pub fn before_restore_path(backup: &Path, stamp: &str) -> PathBuf {
    let dir = backup
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    crate::data::backup::unique_path(dir, &format!("before-restore-{stamp}"), ".sqlite3")
}

/// Rows of a table on a server (tests and the restore report).
pub fn count(client: &mut impl GenericClient, table: &str) -> Result<i64> {
    if !TABLES.contains(&table) {
        return Err(Error::other(format!("{table} is not a shop table")));
    }
    Ok(client
        .query_one(&format!("SELECT count(*) FROM {table}"), &[])
        .map_err(storage)?
        .get(0))
}
