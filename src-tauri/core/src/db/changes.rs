//! What a write changed (issue 18), in the words the screens refresh by.
//!
//! Nobody lists by hand what a use case touched: SQLite tells. The writer connection carries an
//! update hook that notes the topic of every row inserted, updated or deleted, a commit hook
//! that keeps what the committed transaction noted, and a rollback hook that forgets it. So a
//! write reports exactly the tables it wrote (a rolled-back rehearsal reports nothing),
//! whichever path wrote them. [`topic_of`] is the one place a table is given its topic; a test
//! fails when a table of the schema has none.
//!
//! SQLite's update hook is silent for WITHOUT ROWID tables (barcodes, e-mail templates): for
//! each of them, temporary triggers (of this connection only, never in the file) write the
//! table's topic as the rowid of a one-row-per-topic temporary table, which the hook hears.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use rusqlite::Connection;
use serde::Serialize;

use crate::Result;

/// What a screen may need to show again after a write. The names are the `changed` event's
/// words, which the window's views list in their `refreshOn`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u32)]
pub enum Topic {
    Products = 1 << 0,
    Stock = 1 << 1,
    Orders = 1 << 2,
    Notifications = 1 << 3,
    Purchasing = 1 << 4,
    Shipments = 1 << 5,
    Customers = 1 << 6,
    Settings = 1 << 7,
    Mail = 1 << 8,
    Carriers = 1 << 9,
}

impl Topic {
    pub const ALL: [Topic; 10] = [
        Topic::Products,
        Topic::Stock,
        Topic::Orders,
        Topic::Notifications,
        Topic::Purchasing,
        Topic::Shipments,
        Topic::Customers,
        Topic::Settings,
        Topic::Mail,
        Topic::Carriers,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Topic::Products => "products",
            Topic::Stock => "stock",
            Topic::Orders => "orders",
            Topic::Notifications => "notifications",
            Topic::Purchasing => "purchasing",
            Topic::Shipments => "shipments",
            Topic::Customers => "customers",
            Topic::Settings => "settings",
            Topic::Mail => "mail",
            Topic::Carriers => "carriers",
        }
    }
}

/// The topic of a table's rows. `None` for what no screen shows (the app's own bookkeeping)
/// and for tables SQLite keeps by itself (the search index's shadow tables, sqlite_*).
/// Returns `Err(())` for a table this list does not know, which the schema test catches.
pub fn topic_of(table: &str) -> Result<Option<Topic>, ()> {
    Ok(Some(match table {
        "products" | "product_barcodes" => Topic::Products,
        "stock_movements" => Topic::Stock,
        // Fills are the allocations of order lines: the order's state (and a product's
        // available units, which the products screen also refreshes on "orders").
        "orders" | "order_lines" | "fills" => Topic::Orders,
        "notifications" | "notifications_v" => Topic::Notifications,
        "purchase_orders" | "po_lines" | "suppliers" => Topic::Purchasing,
        "shipments" | "shipment_lines" => Topic::Shipments,
        "customers" => Topic::Customers,
        "settings" => Topic::Settings,
        "outbox" | "mail_templates" => Topic::Mail,
        "carriers" => Topic::Carriers,
        "app_state" => return Ok(None),
        t if t.starts_with("sqlite_") || t.starts_with("product_search") => return Ok(None),
        _ => return Err(()),
    }))
}

/// The topics one or more committed writes touched, named as the `changed` event names them:
/// `{"what": ["orders", "products"]}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ChangeSet {
    pub what: Vec<&'static str>,
}

impl ChangeSet {
    fn from_bits(bits: u32) -> ChangeSet {
        ChangeSet {
            what: Topic::ALL
                .into_iter()
                .filter(|t| bits & (*t as u32) != 0)
                .map(Topic::name)
                .collect(),
        }
    }

    /// The topics of the tables named (the shop server's notifications, issue 19); a table
    /// this list does not know counts as every topic, as in the update hook.
    pub fn of_tables<'a>(tables: impl IntoIterator<Item = &'a str>) -> ChangeSet {
        let bits = tables.into_iter().fold(0u32, |bits, table| {
            bits | match topic_of(table) {
                Ok(Some(t)) => t as u32,
                Ok(None) => 0,
                Err(()) => u32::MAX,
            }
        });
        ChangeSet::from_bits(bits)
    }

    /// Adds what `other` changed to this set.
    pub fn add(&mut self, other: ChangeSet) {
        for name in other.what {
            if !self.what.contains(&name) {
                self.what.push(name);
            }
        }
        let order = |n: &&str| Topic::ALL.iter().position(|t| t.name() == *n);
        self.what.sort_by_key(order);
    }

    pub fn is_empty(&self) -> bool {
        self.what.is_empty()
    }

    pub fn contains(&self, topic: Topic) -> bool {
        self.what.contains(&topic.name())
    }
}

/// The hooks' shared state: what the open transaction has written so far, and what committed
/// transactions wrote since the last [`Tracker::take`].
#[derive(Debug, Default, Clone)]
pub(crate) struct Tracker {
    pending: Arc<AtomicU32>,
    committed: Arc<AtomicU32>,
}

impl Tracker {
    /// Sets the three hooks on the writer connection.
    pub(crate) fn attach(conn: &mut Connection) -> Result<Tracker> {
        let tracker = Tracker::default();
        echo_without_rowid_writes(conn)?;
        let pending = tracker.pending.clone();
        conn.update_hook(Some(
            move |_: rusqlite::hooks::Action, db: &str, table: &str, rowid: i64| {
                let bits = if db == "temp" {
                    if table == ECHO_TABLE {
                        rowid as u32
                    } else {
                        0
                    }
                } else {
                    // An unknown table is the schema test's business; a screen refreshing
                    // too often is harmless, so meanwhile it counts as every topic.
                    match topic_of(table) {
                        Ok(Some(t)) => t as u32,
                        Ok(None) => 0,
                        Err(()) => u32::MAX,
                    }
                };
                pending.fetch_or(bits, Ordering::Relaxed);
            },
        ))?;
        let (pending, committed) = (tracker.pending.clone(), tracker.committed.clone());
        conn.commit_hook(Some(move || {
            committed.fetch_or(pending.swap(0, Ordering::Relaxed), Ordering::Relaxed);
            false
        }))?;
        let pending = tracker.pending.clone();
        conn.rollback_hook(Some(move || pending.store(0, Ordering::Relaxed)))?;
        Ok(tracker)
    }

    /// Notes every topic as changed: for writes no hook sees (a restore copies pages).
    pub(crate) fn everything(&self) {
        self.committed.fetch_or(u32::MAX, Ordering::Relaxed);
    }

    /// What was committed since the last call, and forgets it.
    pub(crate) fn take(&self) -> ChangeSet {
        ChangeSet::from_bits(self.committed.swap(0, Ordering::Relaxed))
    }
}

/// The temporary table the WITHOUT ROWID tables' triggers write their topic into.
const ECHO_TABLE: &str = "stockroom_changed_topics";

/// Removes the triggers [`echo_without_rowid_writes`] made: before a restore replaces the
/// schema under them (an older backup may lack their tables, which would fail its upgrade).
pub(crate) fn drop_echo_triggers(conn: &Connection) -> Result<()> {
    let triggers: Vec<String> = conn
        .prepare("SELECT name FROM temp.sqlite_schema WHERE type = 'trigger' AND name LIKE '%\\_changes' ESCAPE '\\'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for t in triggers {
        conn.execute_batch(&format!("DROP TRIGGER temp.{t}"))?;
    }
    Ok(())
}

/// Makes every write to a WITHOUT ROWID table (which the update hook does not hear) also write
/// the table's topic, as a rowid, into [`ECHO_TABLE`] (which it does).
///
/// Delete, then insert: not `INSERT OR REPLACE`, whose conflict clause an outer UPSERT
/// overrides (SQLite applies the outer statement's conflict handling to its triggers), so
/// saving the same mail template twice failed on "UNIQUE constraint failed" (found by
/// tests/both_engines, issue 19).
pub(crate) fn echo_without_rowid_writes(conn: &Connection) -> Result<()> {
    conn.execute_batch(&format!(
        "CREATE TEMP TABLE IF NOT EXISTS {ECHO_TABLE} (topic INTEGER PRIMARY KEY)"
    ))?;
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND wr = 1")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for table in tables {
        let Ok(Some(topic)) = topic_of(&table) else {
            continue;
        };
        for event in ["INSERT", "UPDATE", "DELETE"] {
            conn.execute_batch(&format!(
                "CREATE TEMP TRIGGER IF NOT EXISTS {table}_{event}_changes \
                 AFTER {event} ON main.{table} BEGIN \
                 DELETE FROM temp.{ECHO_TABLE} WHERE topic = {bit}; \
                 INSERT INTO temp.{ECHO_TABLE} (topic) VALUES ({bit}); END",
                event = event.to_lowercase(),
                bit = topic as u32,
            ))?;
        }
    }
    Ok(())
}
