//! Data in, data out, and nothing lost: CSV import (Stockroom, Shopify, WooCommerce), CSV
//! export of every list, the availability feed, backups and restore.
//!
//! The app and the CLI call the facade's methods over these files (`api/data.rs`):
//! [`Stockroom::import_file`], [`Stockroom::export_list`], [`Stockroom::export_availability`] / [`Stockroom::availability_feed`],
//! [`Stockroom::backup_to`], [`Stockroom::auto_backup`], [`Stockroom::restore`].
//!
//! [`Stockroom::import_file`]: crate::Stockroom::import_file
//! [`Stockroom::export_list`]: crate::Stockroom::export_list
//! [`Stockroom::export_availability`]: crate::Stockroom::export_availability
//! [`Stockroom::availability_feed`]: crate::Stockroom::availability_feed
//! [`Stockroom::backup_to`]: crate::Stockroom::backup_to
//! [`Stockroom::auto_backup`]: crate::Stockroom::auto_backup
//! [`Stockroom::restore`]: crate::Stockroom::restore

mod apply;
pub mod backup;
mod csvfile;
pub mod export;
mod formats;
pub mod import;
mod model;
pub mod watch;
pub mod webshop;

pub use backup::{
    newest_auto_backup, AutoBackup, RestoreReport, AUTO_BACKUPS_KEPT, MANUAL_BACKUP_NAME,
};
pub use csvfile::neutralise;
pub use export::{availability_text, AvailabilityRow, ExportList};
pub use formats::{SourceFormat, CUSTOMER_HEADERS, ORDER_HEADERS, PRODUCT_HEADERS};
pub use import::{ImportKind, ImportOptions, ImportReport, Problem};
pub use webshop::{WebshopPatch, WebshopSettings};
