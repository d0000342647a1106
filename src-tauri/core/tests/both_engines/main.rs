//! Issue 19: the stores ported to the query handle behave the same on both engines. Each test
//! body runs twice, on an in-memory SQLite shop and on a shop on a real PostgreSQL server
//! (started by the tests in a temporary folder, one database per test), through
//! `support::for_each_engine`.
//!
//! Index:
//! - `support`: the two shops, the server they share, and `for_each_engine`.
//! - `seam`: the handle itself (placeholders, values, NULLs, retried writes, `not_on_server`).
//! - `settings`, `carriers`, `customers`, `catalog`, `mail`: one file per ported area, in the order they were ported.
//! - `orders`: the engine (placing, the queue, promises, notices, cancels, priorities, stock).
//! - `purchasing`: POs, receipts filling the queue, new dates, cancelled POs, parcels, the
//!   Backorders list, the daily recompute.
//! - `choices`: swaps and part cancels, orders placed in bulk, the product edit, why a date.

#[path = "../pg_support/mod.rs"]
mod pg_support;

mod support;

mod carriers;
mod catalog;
mod choices;
mod customers;
mod mail;
mod orders;
mod purchasing;
mod seam;
mod settings;
