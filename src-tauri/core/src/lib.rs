//! Stockroom's core: the domain, its storage, the backorder engine, documents and reports.
//!
//! [`Stockroom`] is the facade (`api/`): one short method per use case (`place_order`,
//! `receive_po`, `ship`...), a file per area. The areas below it (`orders`, `purchasing`...)
//! take a transaction handle and the clock and never import the facade; each keeps its SQL in
//! its store module and its pure rules in `rules.rs`. The desktop app and the `stockroom` CLI
//! are thin callers of the facade; neither knows SQL or business rules.

pub mod api;
pub mod backorders;
pub mod barcodes;
pub mod carriers;
pub mod catalog;
pub mod clock;
pub mod customers;
pub mod dashboard;
pub mod data;
pub mod db;
pub mod demo;
pub mod demo_scale;
pub mod documents;
pub mod error;
pub mod i18n;
pub mod json;
pub mod mail;
pub mod money;
pub mod notices;
pub mod orders;
pub mod paging;
pub mod pdf;
pub mod print;
pub mod purchasing;
pub mod reliability;
pub mod reports;
pub mod search;
pub mod secret;
pub mod settings;
pub mod shipping;
pub mod simulate;
pub mod stock;

pub mod shared;

pub use api::Stockroom;
pub use clock::Clock;
pub use db::changes::ChangeSet;
pub use error::{Error, Result};
pub use shared::SharedShop;

/// The app identifier: the data folder name and the Tauri identifier.
pub const APP_IDENTIFIER: &str = "app.stockroom.desktop";
