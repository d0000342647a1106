//! The file formats the importer understands, detected from the header row, and the mapping
//! of each row to what Stockroom stores. Pure: no database here. Customer and order rows are
//! mapped here; product rows, which come in three formats, in `formats/products.rs`; reading
//! a row's cells with its problems collected is `formats/cells.rs`.
//!
//! - Stockroom's own format: the headers of its own export (see `export.rs`); columns the
//!   export computes (allocated, available, status, eta...) are ignored on the way back in.
//! - Shopify's product export: one row per variant; the product's Title, Body, Vendor and
//!   Type are only on its first row, so they are carried down the rows of the same Handle.
//!   Rows without a variant (extra image rows) are skipped, not errors.
//! - WooCommerce's product export: simple products and variations are imported; `variable`,
//!   `grouped` and `external` rows are containers or links without stock of their own and are
//!   skipped.

mod cells;
mod products;
mod shopify_orders;
pub mod web_orders;
mod woo_orders;

use serde::Serialize;

use super::csvfile::{Record, Table};
use super::model::{ImportKind, Problem};
use crate::{Error, Result};
use cells::{shorten, Cells};

pub use products::{map_product, ShopifyCarry};

/// Where a file came from, as detected from its header row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceFormat {
    Stockroom,
    Shopify,
    #[serde(rename = "woocommerce")]
    WooCommerce,
}

impl SourceFormat {
    pub fn name(self) -> &'static str {
        match self {
            SourceFormat::Stockroom => "Stockroom",
            SourceFormat::Shopify => "Shopify",
            SourceFormat::WooCommerce => "WooCommerce",
        }
    }
}

/// Stockroom's product columns, in export order. The first 13 and `barcodes` are read back on
/// import.
pub const PRODUCT_HEADERS: &[&str] = &[
    "sku",
    "name",
    "description",
    "category",
    "price",
    "cost",
    "supplier",
    "reorder_point",
    "safety_stock",
    "reorder_qty",
    "lead_time_days",
    "backorders",
    "on_hand",
    // Computed by the engine; ignored on import.
    "allocated",
    "available",
    "backordered",
    "status",
    "eta",
    // Read back on import: the product's barcodes, separated by spaces (issue 15).
    "barcodes",
];

pub const CUSTOMER_HEADERS: &[&str] = &[
    "id",
    "name",
    "email",
    "phone",
    "address",
    "ships",
    "created_at",
    // How they want their news (issue 16): email, paper or both; empty = not chosen (e-mail
    // when an address is known, else paper).
    "contact",
    // Issue 17: a code of one of the translation files (en, de, pl, ...); empty: the shop's.
    "language",
];

/// One row per order line; the rows of one order are consecutive.
pub const ORDER_HEADERS: &[&str] = &[
    "order",
    "placed_at",
    "customer_id",
    "customer",
    "customer_email",
    "priority",
    "status",
    "sku",
    "ordered",
    "unit_price",
    "allocated",
    "shipped",
    "backordered",
    "cancelled",
    "eta",
];

pub fn detect(table: &Table, kind: ImportKind) -> Result<SourceFormat> {
    let unknown = |expected: &str| {
        Error::invalid(crate::msg!(
            "import-unknown-header",
            kind = kind.noun(),
            found = shorten(&table.headers.join(", "), 120),
            expected = expected
        ))
    };
    match kind {
        ImportKind::Products => {
            if table.has("handle") && (table.has("variant sku") || table.has("variant price")) {
                Ok(SourceFormat::Shopify)
            } else if table.has("sku")
                && (table.has("backorders allowed?")
                    || table.has("regular price")
                    || table.has("in stock?"))
            {
                Ok(SourceFormat::WooCommerce)
            } else if table.has("sku") {
                Ok(SourceFormat::Stockroom)
            } else {
                Err(unknown(
                    "Stockroom's columns (sku, name, price, ... — only sku is required), a Shopify product export (Handle, Title, Variant SKU, ...) or a WooCommerce product export (ID, Type, SKU, Name, ...)",
                ))
            }
        }
        ImportKind::Customers if table.has("name") => Ok(SourceFormat::Stockroom),
        ImportKind::Customers => Err(unknown(
            "Stockroom's columns (name, email, phone, address, ships)",
        )),
        ImportKind::Orders
            if table.has("order")
                && table.has("sku")
                && (table.has("ordered") || table.has("qty")) =>
        {
            Ok(SourceFormat::Stockroom)
        }
        // Issue 21: the web shops' order exports.
        ImportKind::Orders if shopify_orders::is_shopify_orders(table) => Ok(SourceFormat::Shopify),
        ImportKind::Orders if woo_orders::is_woo_orders(table) => Ok(SourceFormat::WooCommerce),
        ImportKind::Orders => Err(unknown(
            "Stockroom's columns (order, customer_email or customer, sku, ordered, priority), a Shopify order export (Name, Email, Financial Status, Created at, Lineitem quantity, Lineitem sku, ...) or a WooCommerce order export (order_number, status, billing_email, item_sku, item_quantity or line_items, ...)",
        )),
    }
}

/// A product as a file describes it. `None` means "the file does not say": a new product
/// gets the default, an existing one keeps what it has.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProductIn {
    pub line: u64,
    pub sku: String,
    pub name: Option<String>,
    pub description: Option<String>,
    pub category: Option<String>,
    pub price: Option<i64>,
    pub cost: Option<i64>,
    pub supplier: Option<String>,
    pub reorder_point: Option<i64>,
    pub safety_stock: Option<i64>,
    pub reorder_qty: Option<i64>,
    /// `Some(None)`: the file clears it.
    pub lead_time_days: Option<Option<i64>>,
    pub backorders: Option<&'static str>,
    pub on_hand: Option<i64>,
    /// `Some(codes)`: the product's barcodes become these (issue 15).
    pub barcodes: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomerIn {
    pub line: u64,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub ships: Option<&'static str>,
    /// `None`: the column is missing or empty (an existing customer's choice stays).
    pub contact: Option<crate::customers::Contact>,
    /// A known language code (issue 17); `None`: the shop's language, or unchanged.
    pub language: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct OrderLineIn {
    pub line: u64,
    pub order: String,
    pub customer_email: Option<String>,
    pub customer_name: Option<String>,
    pub priority: Option<i64>,
    pub placed_at: Option<chrono::NaiveDateTime>,
    pub sku: String,
    pub qty: i64,
    pub unit_price: Option<i64>,
}

/// What a row turned into.
pub enum Mapped<T> {
    Row(T),
    /// Not an error: a row the format says carries nothing to import (a Shopify image row).
    Skip,
    /// The row's problems; nothing of it is imported.
    Bad(Vec<Problem>),
}

pub fn map_customer(table: &Table, rec: &Record) -> Mapped<CustomerIn> {
    let mut c = Cells::new(table, rec);
    let name = c.text("name").unwrap_or_default().to_string();
    if name.is_empty() {
        c.problem(Some("name"), crate::msg!("import-customer-needs-name"));
    }
    let ships = match c.text("ships") {
        None => None,
        Some(v) => match v.to_ascii_lowercase().as_str() {
            "partial" => Some("partial"),
            "complete" => Some("complete"),
            _ => {
                c.problem(
                    Some("ships"),
                    crate::msg!("import-not-a-shipping-preference", value = shorten(v, 40)),
                );
                None
            }
        },
    };
    let contact = match c.text("contact") {
        None => None,
        Some(v) => match crate::customers::Contact::parse(v) {
            Ok(k) => Some(k),
            Err(_) => {
                c.problem(
                    Some("contact"),
                    crate::msg!("import-not-a-contact-way", value = shorten(v, 40)),
                );
                None
            }
        },
    };
    let language = match c.text("language") {
        None => None,
        Some(v) => match crate::i18n::Language::parse(v) {
            Ok(l) => Some(l.code().to_string()),
            Err(e) => {
                c.problem(Some("language"), e.message());
                None
            }
        },
    };
    let cust = CustomerIn {
        language,
        line: rec.line,
        contact,
        name,
        email: c.text("email").map(str::to_string),
        phone: c.text("phone").map(str::to_string),
        address: c.raw("address"),
        ships,
    };
    c.done(cust)
}

pub fn map_order_line(table: &Table, rec: &Record) -> Mapped<OrderLineIn> {
    let mut c = Cells::new(table, rec);
    let order = c.text("order").unwrap_or_default().to_string();
    if order.is_empty() {
        c.problem(Some("order"), crate::msg!("import-order-number-empty"));
    }
    let sku = c.text("sku").unwrap_or_default().to_string();
    if sku.is_empty() {
        c.problem(Some("sku"), crate::msg!("import-line-needs-sku"));
    }
    let qty_col = if table.has("ordered") {
        "ordered"
    } else {
        "qty"
    };
    let qty = match c.count(qty_col, crate::msg!("import-what-quantity")) {
        Some(0) => {
            c.problem(Some(qty_col), crate::msg!("import-qty-zero"));
            0
        }
        Some(n) => n,
        None => {
            if c.text(qty_col).is_none() {
                c.problem(Some(qty_col), crate::msg!("import-qty-empty"));
            }
            0
        }
    };
    let email = c.text("customer_email").map(str::to_string);
    let name = c.text("customer").map(str::to_string);
    if email.is_none() && name.is_none() {
        c.problem(Some("customer_email"), crate::msg!("import-whose-order"));
    }
    let line = OrderLineIn {
        line: rec.line,
        order,
        customer_email: email,
        customer_name: name,
        priority: c.int("priority", crate::msg!("import-what-priority")),
        placed_at: c.time("placed_at"),
        sku,
        qty,
        unit_price: c.money("unit_price", crate::msg!("import-what-price")),
    };
    c.done(line)
}

/// Issue 21: The orders of a web shop's order export, and the names of the columns read.
pub fn read_web_orders(
    format: SourceFormat,
    table: &Table,
) -> (Vec<web_orders::WebOrder>, web_orders::WebColumns) {
    let orders = match format {
        SourceFormat::WooCommerce => woo_orders::read(table),
        _ => shopify_orders::read(table),
    };
    let name = |candidates: &[&str]| {
        candidates
            .iter()
            .find_map(|c| table.column(c).map(|i| table.headers[i].clone()))
            .unwrap_or_else(|| candidates[0].to_string())
    };
    let columns = match format {
        SourceFormat::WooCommerce => web_orders::WebColumns {
            sku: name(&["item_sku", "line_items"]),
            qty: name(&["item_quantity", "line_items"]),
            currency: name(&["order_currency", "currency"]),
        },
        _ => web_orders::WebColumns {
            sku: name(&["Lineitem sku"]),
            qty: name(&["Lineitem quantity"]),
            currency: name(&["Currency"]),
        },
    };
    (orders, columns)
}
