//! Issue 19: the stores ported to the query handle behave the same on both engines. Each test
//! body runs twice, on an in-memory SQLite shop and on a shop on a real PostgreSQL server
//! (started by the tests in a temporary folder, one database per test), through
//! `support::for_each_engine`.
//!
//! Index:
//! - `support`: the two shops, the server they share, and `for_each_engine`.
//! - `seam`: the handle itself (placeholders, values, NULLs, retried writes, `not_on_server`).
//! - `settings`, `carriers`, `customers`, `catalog`, `mail`: one file per ported area, in the order they were ported.
//! - `outbox`, `documents`: the outbox and the customer documents, on a shop made on SQLite
//!   and pushed to the server (`support::pushed_pair`); `mail_support` is the mail tests' real
//!   SMTP server, for `mail send` on a server shop.
//! - `pushed`: a shop with a history made on SQLite and pushed onto the server, so the reads
//!   are compared over the same rows: `reports`, `screens` (Dashboard, Products pages, a
//!   customer), `exports` (CSV lists, the availability feed), `labels` (labels, scan tally).
//! - `orders`: the engine (placing, the queue, promises, notices, cancels, priorities, stock).
//! - `purchasing`: POs, receipts filling the queue, new dates, cancelled POs, parcels, the
//!   Backorders list, the daily recompute.
//! - `choices`: swaps and part cancels, orders placed in bulk, the product edit, why a date.
//! - `import`: products, customers, the shop's own and a web shop's orders, imported alike.

#[path = "../pg_support/mod.rs"]
mod pg_support;

#[path = "../mail_support/mod.rs"]
mod mail_support;

#[path = "../reports_support/mod.rs"]
mod reports_support;

mod support;

mod pushed;

mod carriers;
mod catalog;
mod choices;
mod customers;
mod documents;
mod exports;
mod import;
mod labels;
mod mail;
mod orders;
mod outbox;
mod purchasing;
mod reports;
mod screens;
mod seam;
mod settings;
