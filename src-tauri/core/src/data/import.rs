//! CSV import: read the whole file, detect its format, map every row, then apply the rows in
//! one IMMEDIATE transaction.
//!
//! A row the engine refuses leaves nothing behind and the import goes on to find the next
//! problem: the report lists *every* problem with its line. Product and customer rows run
//! inside their own SAVEPOINT; an order is checked completely before its first row is written
//! and needs none (see [`Writes`]). At the end the transaction commits only when there were no problems, or when the
//! caller chose to skip bad rows; a dry run always rolls back (it does all the work, so it
//! finds exactly the problems the real import would).
//!
//! Orders are placed through the engine's bulk placer: allocation per order as it comes, the
//! promise walk and the notices once per SKU after the last order (100,000 orders in seconds,
//! not in a walk per order).

use std::collections::HashMap;
use std::path::Path;

use crate::db::{Database, Tx};
use serde::Serialize;

use super::apply::{self, Outcome};
use super::csvfile::{self, Table};
use super::formats::{self, Mapped, OrderLineIn, ShopifyCarry, SourceFormat};
pub use super::model::{ImportKind, Problem};
use crate::orders::bulk::BulkPlacer;
use crate::{Clock, Result};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
pub struct ImportOptions {
    /// Do everything, report, store nothing.
    pub dry_run: bool,
    /// Import the good rows and report the bad ones, instead of importing nothing.
    pub skip_bad_rows: bool,
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub kind: ImportKind,
    pub format: SourceFormat,
    /// Data rows read (not counting the header and blank rows).
    pub rows: usize,
    /// Products/customers created; for orders, orders placed.
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Rows the format says carry nothing to import (Shopify image rows, WooCommerce
    /// variable parents). Not problems.
    pub skipped: usize,
    /// Rows with a problem (not imported).
    pub rejected: usize,
    pub problems: Vec<Problem>,
    pub dry_run: bool,
    /// True when the changes were stored.
    pub committed: bool,
    // Web shop order exports (issue 21; zero for every other file).
    /// Orders already imported before (found by the web shop's order name): left as they are.
    pub already_there: usize,
    /// Orders imported before that the web shop cancelled since: cancelled here.
    pub cancelled: usize,
    /// Of `created`: orders the web shop had already sent, recorded as shipped.
    pub shipped: usize,
    /// New orders the export shows cancelled or refunded: not imported (they hold no stock).
    pub skipped_cancelled: usize,
    /// Orders in a payment status the setting does not import (voided...): not imported.
    pub skipped_status: usize,
    /// Customers created for orders whose e-mail was not known.
    pub customers_created: usize,
    /// The payment statuses imported (the `webshop_statuses` setting); empty for other files.
    pub statuses: Vec<String>,
}

impl ImportReport {
    /// One paragraph for people: what was (or would be) done, then every problem. In
    /// English, as the CLI prints it.
    pub fn summary(&self) -> String {
        let mut s = self.summary_msg().in_english();
        if let Some(w) = self.webshop_msg() {
            s.push('\n');
            s.push_str(&w.in_english());
        }
        for p in &self.problems {
            s.push('\n');
            s.push_str(&p.to_string());
        }
        s
    }

    /// The summary as the shop reads it (issue 17).
    pub fn summary_in(&self, w: &crate::i18n::ShopWords) -> String {
        let mut s = w.say(&self.summary_msg());
        if let Some(m) = self.webshop_msg() {
            s.push('\n');
            s.push_str(&w.say(&m));
        }
        for p in &self.problems {
            s.push('\n');
            s.push_str(&p.in_words(w));
        }
        s
    }

    /// What a web shop order export did beyond the counts every import has (issue 21).
    fn webshop_msg(&self) -> Option<crate::i18n::Msg> {
        let webshop = self.kind == ImportKind::Orders && self.format != SourceFormat::Stockroom;
        webshop.then(|| {
            crate::msg!(
                "import-webshop-summary",
                already = self.already_there,
                cancelled = self.cancelled,
                shipped = self.shipped,
                skipped_cancelled = self.skipped_cancelled,
                skipped_status = self.skipped_status,
                customers = self.customers_created,
                statuses = self.statuses.join(", ")
            )
        })
    }

    fn summary_msg(&self) -> crate::i18n::Msg {
        let outcome = match (self.dry_run, self.committed) {
            (true, _) => "dry-run",
            (false, true) => "imported",
            (false, false) => "nothing",
        };
        let things = match self.kind {
            ImportKind::Orders => "orders",
            ImportKind::Products => "products",
            ImportKind::Customers => "customers",
        };
        let advice = !self.committed && !self.dry_run && !self.problems.is_empty();
        crate::msg!(
            "import-summary",
            outcome = outcome,
            format = self.format.name(),
            rows = self.rows,
            created = self.created,
            things = things,
            updated = self.updated,
            unchanged = self.unchanged,
            skipped = self.skipped,
            rejected = self.rejected,
            advice = if advice { "yes" } else { "no" }
        )
    }
}

/// What an import runs on: the shop's database, either engine (an import manages its own
/// transaction, started again with savepoints when an order is refused while being written)
/// and the clock. The facade's `import_file` and `import_bytes` make one.
pub struct Importer<'a> {
    pub db: &'a mut Database,
    pub clock: Clock,
}

impl Importer<'_> {
    /// Imports a CSV file. `progress(done, total)` is called as rows are applied (about every
    /// 1% and at the end). Errors are for files that cannot be read at all (empty, not UTF-8,
    /// unknown header row); problems with rows are in the report.
    pub fn import_file(
        &mut self,
        kind: ImportKind,
        path: impl AsRef<Path>,
        opts: ImportOptions,
        progress: impl FnMut(usize, usize),
    ) -> Result<ImportReport> {
        let table = csvfile::read_file(path.as_ref())?;
        self.import_table(kind, table, opts, progress)
    }

    /// [`Importer::import_file`] from bytes in memory.
    pub fn import_bytes(
        &mut self,
        kind: ImportKind,
        bytes: &[u8],
        opts: ImportOptions,
        progress: impl FnMut(usize, usize),
    ) -> Result<ImportReport> {
        let table = csvfile::parse(bytes)?;
        self.import_table(kind, table, opts, progress)
    }

    fn import_table(
        &mut self,
        kind: ImportKind,
        table: Table,
        opts: ImportOptions,
        mut progress: impl FnMut(usize, usize),
    ) -> Result<ImportReport> {
        let format = formats::detect(&table, kind)?;
        let total = table.records.len();
        let mut report = ImportReport {
            kind,
            format,
            rows: total,
            created: 0,
            updated: 0,
            unchanged: 0,
            skipped: 0,
            rejected: 0,
            problems: Vec::new(),
            dry_run: opts.dry_run,
            committed: false,
            already_there: 0,
            cancelled: 0,
            shipped: 0,
            skipped_cancelled: 0,
            skipped_status: 0,
            customers_created: 0,
            statuses: Vec::new(),
        };
        progress(0, total);
        let clock = self.clock;
        let mut writes = Writes::Direct;
        loop {
            // Commits only a file without problems (or with `skip_bad_rows`), never a dry
            // run. `None`: an order every check passed was refused while being written, and
            // part of it may be stored: rolled back, to start again with every order in its
            // own savepoint, which reports it with its line and keeps the others.
            let outcome = self.db.transaction_deciding(|tx| {
                let mut attempt = report.clone();
                let done = match kind {
                    ImportKind::Products => {
                        import_products(tx, clock, &table, format, &mut attempt, &mut progress)?;
                        true
                    }
                    ImportKind::Customers => {
                        import_customers(tx, clock, &table, &mut attempt, &mut progress)?;
                        true
                    }
                    ImportKind::Orders if format != SourceFormat::Stockroom => {
                        let t =
                            super::webshop::import_in_tx(tx, clock, &table, format, &mut progress)?;
                        attempt.created += t.created;
                        attempt.rejected += t.rejected;
                        attempt.problems.extend(t.problems);
                        attempt.shipped = t.shipped;
                        attempt.already_there = t.already_there;
                        attempt.cancelled = t.cancelled;
                        attempt.skipped_cancelled = t.skipped_cancelled;
                        attempt.skipped_status = t.skipped_status;
                        attempt.customers_created = t.customers_created;
                        attempt.statuses = t.statuses;
                        true
                    }
                    ImportKind::Orders => {
                        import_orders(tx, clock, &table, &mut attempt, &mut progress, writes)?
                    }
                };
                if !done {
                    return Ok((None, false));
                }
                progress(total, total);
                attempt.committed =
                    !opts.dry_run && (attempt.problems.is_empty() || opts.skip_bad_rows);
                let commit = attempt.committed;
                Ok((Some(attempt), commit))
            })?;
            match outcome {
                Some(done) => {
                    report = done;
                    break;
                }
                None => writes = Writes::InSavepoints,
            }
        }
        Ok(report)
    }
}

/// Calls `progress` about every 1% (and at least every 1000 rows).
struct Ticker {
    step: usize,
    total: usize,
}

impl Ticker {
    fn new(total: usize) -> Self {
        Ticker {
            step: (total / 100).clamp(1, 1000),
            total,
        }
    }

    fn tick(&self, done: usize, progress: &mut impl FnMut(usize, usize)) {
        if done.is_multiple_of(self.step) && done < self.total {
            progress(done, self.total);
        }
    }
}

/// How the importer writes orders that passed their checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Writes {
    /// Straight into the transaction. An order is checked completely before its first row is
    /// written ([`BulkPlacer::check`]), so a bad order is reported and writes nothing without
    /// a savepoint; the savepoint's journal of every page the order touched was 44% of a
    /// 100,000-order import.
    Direct,
    /// Each order in its own savepoint: the way back when the database refuses an order the
    /// checks passed (a constraint they do not know), so that it too is reported with its
    /// line and stores nothing.
    InSavepoints,
}

/// Runs `f` inside a savepoint: on error, everything it did is undone and the error returned.
/// On a shop server too: after ROLLBACK TO, the transaction goes on (a failed statement only
/// ends one that has no savepoint to go back to).
fn in_savepoint<T>(tx: &Tx<'_>, f: impl FnOnce() -> Result<T>) -> Result<T> {
    // Cached statements: at 100,000 rows, preparing these three each time shows.
    tx.execute("SAVEPOINT import_row", &[])?;
    match f() {
        Ok(v) => {
            tx.execute("RELEASE import_row", &[])?;
            Ok(v)
        }
        Err(e) => {
            tx.execute("ROLLBACK TO import_row", &[])?;
            tx.execute("RELEASE import_row", &[])?;
            Err(e)
        }
    }
}

/// A record with more or fewer cells than the header: usually a quote left open (it swallows
/// the lines after it) or an unquoted delimiter inside a cell. Nothing of it can be trusted.
fn width_problem(table: &Table, rec: &csvfile::Record) -> Option<Problem> {
    let (n, want) = (rec.fields.len(), table.headers.len());
    (n != want).then(|| {
        Problem::new(
            rec.line,
            None,
            crate::msg!("import-width", cells = n, want = want),
        )
    })
}

/// Whether a row's error is the row's fault (reported as a problem; the import goes on) or
/// the program's (the import stops). The database refusing a row by a constraint is the
/// row's fault: its data broke a rule that the checks before it did not catch.
fn row_fault(e: &crate::Error) -> bool {
    e.is_user_error()
        || matches!(
            e,
            crate::Error::Sqlite(rusqlite::Error::SqliteFailure(f, _))
                if f.code == rusqlite::ErrorCode::ConstraintViolation
        )
}

fn count(report: &mut ImportReport, outcome: Outcome) {
    match outcome {
        Outcome::Created => report.created += 1,
        Outcome::Updated => report.updated += 1,
        Outcome::Unchanged => report.unchanged += 1,
    }
}

fn reject(report: &mut ImportReport, line: u64, column: Option<String>, said: crate::i18n::Msg) {
    report.rejected += 1;
    report.problems.push(Problem::new(line, column, said));
}

/// The header the file uses for a product field, for problems about that field.
fn product_column(table: &Table, format: SourceFormat, field: &str) -> String {
    let col = match (format, field) {
        (SourceFormat::Shopify, "name") => "Title",
        (SourceFormat::Shopify, "price") => "Variant Price",
        (SourceFormat::WooCommerce, "name") => "Name",
        (SourceFormat::WooCommerce, "price") => "Regular price",
        (_, f) => f,
    };
    table
        .column(col)
        .map(|i| table.headers[i].clone())
        .unwrap_or_else(|| col.to_string())
}

fn import_products(
    tx: &Tx<'_>,
    clock: Clock,
    table: &Table,
    format: SourceFormat,
    report: &mut ImportReport,
    progress: &mut impl FnMut(usize, usize),
) -> Result<()> {
    let ticker = Ticker::new(table.records.len());
    let mut carry = ShopifyCarry::default();
    // SKU → the line it was first seen on: the same SKU twice in one file is a mistake.
    let mut seen: HashMap<String, u64> = HashMap::new();
    for (i, rec) in table.records.iter().enumerate() {
        ticker.tick(i, progress);
        if let Some(p) = width_problem(table, rec) {
            report.rejected += 1;
            report.problems.push(p);
            continue;
        }
        let p = match formats::map_product(format, table, rec, &mut carry) {
            Mapped::Row(p) => p,
            Mapped::Skip => {
                report.skipped += 1;
                continue;
            }
            Mapped::Bad(problems) => {
                report.rejected += 1;
                report.problems.extend(problems);
                continue;
            }
        };
        if let Some(first) = seen.insert(p.sku.clone(), p.line) {
            seen.insert(p.sku.clone(), first);
            let col = product_column(
                table,
                format,
                if format == SourceFormat::Shopify {
                    "Variant SKU"
                } else {
                    "sku"
                },
            );
            reject(
                report,
                p.line,
                Some(col),
                crate::msg!("import-sku-twice", sku = &p.sku, first = first.to_string()),
            );
            continue;
        }
        let existing = apply::find_product(tx, &p.sku)?;
        if existing.is_none() {
            let mut missing = Vec::new();
            if p.name.is_none() {
                missing.push(Problem::new(
                    p.line,
                    Some(product_column(table, format, "name")),
                    crate::msg!("import-new-product-name"),
                ));
            }
            if p.price.is_none() {
                missing.push(Problem::new(
                    p.line,
                    Some(product_column(table, format, "price")),
                    crate::msg!("import-new-product-price"),
                ));
            }
            if !missing.is_empty() {
                report.rejected += 1;
                report.problems.extend(missing);
                continue;
            }
        }
        match in_savepoint(tx, || apply::upsert_product(tx, clock, &p, existing)) {
            Ok(o) => count(report, o),
            Err(e) if row_fault(&e) => reject(report, p.line, None, e.message()),
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

fn import_customers(
    tx: &Tx<'_>,
    clock: Clock,
    table: &Table,
    report: &mut ImportReport,
    progress: &mut impl FnMut(usize, usize),
) -> Result<()> {
    let ticker = Ticker::new(table.records.len());
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut emails = apply::Emails::load(tx)?;
    for (i, rec) in table.records.iter().enumerate() {
        ticker.tick(i, progress);
        if let Some(p) = width_problem(table, rec) {
            report.rejected += 1;
            report.problems.push(p);
            continue;
        }
        let c = match formats::map_customer(table, rec) {
            Mapped::Row(c) => c,
            Mapped::Skip => {
                report.skipped += 1;
                continue;
            }
            Mapped::Bad(problems) => {
                report.rejected += 1;
                report.problems.extend(problems);
                continue;
            }
        };
        if let Some(email) = &c.email {
            let key = email.to_lowercase();
            if let Some(first) = seen.get(&key) {
                let col = table.column("email").map(|i| table.headers[i].clone());
                reject(
                    report,
                    c.line,
                    col,
                    crate::msg!(
                        "import-email-twice",
                        email = email,
                        first = first.to_string()
                    ),
                );
                continue;
            }
            seen.insert(key, c.line);
        }
        match in_savepoint(tx, || apply::upsert_customer(tx, clock, &c, &mut emails)) {
            Ok(o) => count(report, o),
            Err(e) if row_fault(&e) => reject(report, c.line, None, e.message()),
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// The consecutive rows of one order number in an orders file.
struct OrderGroup {
    number: String,
    lines: Vec<OrderLineIn>,
    /// A problem on any row rejects the whole order: half an order is never placed.
    problems: Vec<Problem>,
    /// Rows read for it, good or bad (counted as rejected when it is).
    rows: usize,
}

/// Places the file's orders. `false`: an order the checks passed was refused while being
/// written ([`Writes::Direct`] only); the caller rolls back and starts again with savepoints.
fn import_orders(
    tx: &Tx<'_>,
    clock: Clock,
    table: &Table,
    report: &mut ImportReport,
    progress: &mut impl FnMut(usize, usize),
    writes: Writes,
) -> Result<bool> {
    let ticker = Ticker::new(table.records.len());
    // Group consecutive rows of the same order number. A row with a problem rejects its
    // whole order: half an order is never placed.
    let mut groups: Vec<OrderGroup> = Vec::new();
    let mut finished: HashMap<String, u64> = HashMap::new();
    for (i, rec) in table.records.iter().enumerate() {
        ticker.tick(i, progress);
        let number = table
            .column("order")
            .and_then(|c| rec.fields.get(c))
            .map(|s| s.trim().to_string());
        let number = number.unwrap_or_default();
        let same = groups.last().is_some_and(|g| g.number == number);
        if !same {
            if let Some(last) = groups.last() {
                finished
                    .entry(last.number.clone())
                    .or_insert(last.lines.first().map(|l| l.line).unwrap_or(rec.line));
            }
            groups.push(OrderGroup {
                number: number.clone(),
                lines: Vec::new(),
                problems: Vec::new(),
                rows: 0,
            });
            if let Some(first) = finished.get(&number).filter(|_| !number.is_empty()) {
                let col = table.column("order").map(|i| table.headers[i].clone());
                let said = crate::msg!(
                    "import-order-apart",
                    order = &number,
                    first = first.to_string()
                );
                groups
                    .last_mut()
                    .expect("pushed")
                    .problems
                    .push(Problem::new(rec.line, col, said));
            }
        }
        let g = groups.last_mut().expect("pushed");
        g.rows += 1;
        if let Some(p) = width_problem(table, rec) {
            g.problems.push(p);
            continue;
        }
        match formats::map_order_line(table, rec) {
            Mapped::Row(l) => g.lines.push(l),
            Mapped::Skip => {}
            Mapped::Bad(p) => g.problems.extend(p),
        }
    }
    let emails = apply::Emails::load(tx)?;
    let mut placer = BulkPlacer::new(tx, clock)?;
    for OrderGroup {
        number,
        lines,
        problems,
        rows,
    } in groups
    {
        if !problems.is_empty() || lines.is_empty() {
            report.rejected += rows;
            report.problems.extend(problems);
            continue;
        }
        let first_line = lines[0].line;
        let placed = match writes {
            Writes::Direct => {
                match apply::check_order(tx, &mut placer, &number, &lines, &emails) {
                    Ok(Some(checked)) => match placer.write_in_tx(tx, checked) {
                        Ok(_) => Ok(Outcome::Created),
                        // Half of the order may be written and cannot be taken back here.
                        Err(e) if row_fault(&e) => return Ok(false),
                        Err(e) => return Err(e),
                    },
                    Ok(None) => Ok(Outcome::Unchanged),
                    Err(e) => Err(e),
                }
            }
            Writes::InSavepoints => in_savepoint(tx, || {
                match apply::check_order(tx, &mut placer, &number, &lines, &emails)? {
                    Some(checked) => placer.write_in_tx(tx, checked).map(|_| Outcome::Created),
                    None => Ok(Outcome::Unchanged),
                }
            }),
        };
        match placed {
            Ok(o) => count(report, o),
            Err(e) if row_fault(&e) => {
                report.rejected += rows;
                report.problems.push(Problem::new(
                    first_line,
                    None,
                    crate::msg!(
                        "import-order-refused",
                        order = &number,
                        problem = e.message()
                    ),
                ));
            }
            Err(e) => return Err(e),
        }
    }
    // The promise walk and the notices of all the orders placed, once per SKU.
    placer.finish_in_tx(tx)?;
    Ok(true)
}
