//! The file formats the importer understands, detected from the header row, and the mapping
//! of each row to what Stockroom stores. Pure: no database here.
//!
//! - Stockroom's own format: the headers of its own export (see `export.rs`); columns the
//!   export computes (allocated, available, status, eta...) are ignored on the way back in.
//! - Shopify's product export: one row per variant; the product's Title, Body, Vendor and
//!   Type are only on its first row, so they are carried down the rows of the same Handle.
//!   Rows without a variant (extra image rows) are skipped, not errors.
//! - WooCommerce's product export: simple products and variations are imported; `variable`,
//!   `grouped` and `external` rows are containers or links without stock of their own and are
//!   skipped.

use serde::Serialize;

use super::csvfile::{Record, Table};
use super::import::{ImportKind, Problem};
use crate::{money, Error, Result};

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

/// Stockroom's product columns, in export order. The first 13 are read back on import.
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
];

pub const CUSTOMER_HEADERS: &[&str] = &[
    "id",
    "name",
    "email",
    "phone",
    "address",
    "ships",
    "created_at",
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
        Error::invalid(format!(
            "line 1: the header row is not a {} file Stockroom knows (found: {}); expected {expected}",
            kind.noun(),
            shorten(&table.headers.join(", "), 120)
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
        ImportKind::Orders => Err(unknown(
            "Stockroom's columns (order, customer_email or customer, sku, ordered, priority)",
        )),
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
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
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomerIn {
    pub line: u64,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub ships: Option<&'static str>,
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

/// Reads the cells of one record by column name, collecting problems instead of stopping at
/// the first, so the dry run can list them all.
pub struct Cells<'a> {
    table: &'a Table,
    rec: &'a Record,
    pub problems: Vec<Problem>,
}

impl<'a> Cells<'a> {
    pub fn new(table: &'a Table, rec: &'a Record) -> Self {
        Cells {
            table,
            rec,
            problems: Vec::new(),
        }
    }

    fn header(&self, col: &str) -> String {
        self.table
            .column(col)
            .map(|i| self.table.headers[i].clone())
            .unwrap_or_else(|| col.to_string())
    }

    pub fn problem(&mut self, col: Option<&str>, message: impl Into<String>) {
        let column = col.map(|c| self.header(c));
        self.problems.push(Problem {
            line: self.rec.line,
            column,
            message: message.into(),
        });
    }

    /// The trimmed cell; `None` when the column is absent or the cell empty.
    pub fn text(&self, col: &str) -> Option<&'a str> {
        let i = self.table.column(col)?;
        let v = self.rec.fields.get(i)?.trim();
        (!v.is_empty()).then_some(v)
    }

    /// Like [`Cells::text`] but keeps inner line breaks and spacing (addresses, descriptions).
    pub fn raw(&self, col: &str) -> Option<String> {
        self.text(col).map(|_| {
            let i = self.table.column(col).expect("present");
            self.rec.fields[i].trim().to_string()
        })
    }

    pub fn money(&mut self, col: &str, what: &str) -> Option<i64> {
        let v = self.text(col)?;
        match money::parse(v) {
            Ok(m) => Some(m),
            Err(_) => {
                self.problem(
                    Some(col),
                    format!("'{}' is not {what} (expected e.g. 12.50)", shorten(v, 40)),
                );
                None
            }
        }
    }

    /// A whole number ≥ 0. Spreadsheets write whole numbers as `12.0` sometimes; that is
    /// accepted, `12.5` is not.
    pub fn count(&mut self, col: &str, what: &str) -> Option<i64> {
        let v = self.text(col)?;
        let t = v
            .strip_suffix(".0")
            .or_else(|| v.strip_suffix(".00"))
            .unwrap_or(v);
        match t.parse::<i64>() {
            Ok(n) if n >= 0 => Some(n),
            Ok(_) => {
                self.problem(
                    Some(col),
                    format!("'{v}' is negative; {what} cannot be negative"),
                );
                None
            }
            Err(_) => {
                self.problem(
                    Some(col),
                    format!("'{}' is not a whole number ({what})", shorten(v, 40)),
                );
                None
            }
        }
    }

    fn int(&mut self, col: &str, what: &str) -> Option<i64> {
        let v = self.text(col)?;
        match v.parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) => {
                self.problem(
                    Some(col),
                    format!("'{}' is not a whole number ({what})", shorten(v, 40)),
                );
                None
            }
        }
    }

    /// `YYYY-MM-DD HH:MM:SS` or a plain date (placed at noon).
    fn time(&mut self, col: &str) -> Option<chrono::NaiveDateTime> {
        let v = self.text(col)?;
        if let Some(t) = crate::json::parse_time(v) {
            return Some(t);
        }
        if let Ok(d) = crate::clock::parse_date(v) {
            return d.and_hms_opt(12, 0, 0);
        }
        self.problem(
            Some(col),
            format!(
                "'{}' is not a time (expected YYYY-MM-DD HH:MM:SS)",
                shorten(v, 40)
            ),
        );
        None
    }

    fn done<T>(self, value: T) -> Mapped<T> {
        if self.problems.is_empty() {
            Mapped::Row(value)
        } else {
            Mapped::Bad(self.problems)
        }
    }
}

fn policy(c: &mut Cells, col: &str) -> Option<&'static str> {
    let v = c.text(col)?;
    match v.to_ascii_lowercase().as_str() {
        "allow" => Some("allow"),
        "notify" => Some("notify"),
        "refuse" => Some("refuse"),
        _ => {
            c.problem(
                Some(col),
                format!(
                    "'{}' is not a backorder policy (allow, notify or refuse)",
                    shorten(v, 40)
                ),
            );
            None
        }
    }
}

/// Carries Shopify's per-product cells (only on a product's first row) down its variant rows.
#[derive(Default)]
pub struct ShopifyCarry {
    handle: String,
    title: Option<String>,
    body: Option<String>,
    vendor: Option<String>,
    category: Option<String>,
}

pub fn map_product(
    format: SourceFormat,
    table: &Table,
    rec: &Record,
    carry: &mut ShopifyCarry,
) -> Mapped<ProductIn> {
    let mut c = Cells::new(table, rec);
    match format {
        SourceFormat::Stockroom => {
            let sku = c.text("sku").unwrap_or_default().to_string();
            if sku.is_empty() {
                c.problem(Some("sku"), "empty; every product needs a SKU");
            }
            let p = ProductIn {
                line: rec.line,
                sku,
                name: c.text("name").map(str::to_string),
                description: c.raw("description"),
                category: c.text("category").map(str::to_string),
                price: c.money("price", "a price"),
                cost: c.money("cost", "a cost"),
                supplier: c.text("supplier").map(str::to_string),
                reorder_point: c.count("reorder_point", "reorder point"),
                safety_stock: c.count("safety_stock", "safety stock"),
                reorder_qty: c.count("reorder_qty", "reorder quantity"),
                lead_time_days: if table.has("lead_time_days") {
                    Some(c.count("lead_time_days", "lead time in days"))
                } else {
                    None
                },
                backorders: policy(&mut c, "backorders"),
                on_hand: c.count("on_hand", "on-hand stock"),
            };
            c.done(p)
        }
        SourceFormat::Shopify => {
            let handle = c.text("handle").unwrap_or_default().to_string();
            if handle != carry.handle {
                *carry = ShopifyCarry {
                    handle: handle.clone(),
                    ..Default::default()
                };
            }
            // The product's own cells, present on its first row.
            if let Some(t) = c.text("title") {
                carry.title = Some(t.to_string());
                carry.body = c.raw("body (html)").map(|b| strip_html(&b));
                carry.vendor = c.text("vendor").map(str::to_string);
                carry.category = c
                    .text("type")
                    .or_else(|| c.text("product category"))
                    .map(str::to_string);
            }
            let has_variant = c.text("variant sku").is_some() || c.text("variant price").is_some();
            if !has_variant {
                return Mapped::Skip;
            }
            let sku = c.text("variant sku").unwrap_or_default().to_string();
            if sku.is_empty() {
                c.problem(
                    Some("variant sku"),
                    "empty; Stockroom needs a SKU for every variant",
                );
            }
            let options: Vec<&str> = (1..=3)
                .filter_map(|i| c.text(&format!("option{i} value")))
                .filter(|v| *v != "Default Title")
                .collect();
            let name = carry.title.clone().map(|t| {
                if options.is_empty() {
                    t
                } else {
                    format!("{t} — {}", options.join(" / "))
                }
            });
            if name.is_none() {
                c.problem(
                    Some("title"),
                    format!("no Title for handle '{handle}' on this or an earlier row"),
                );
            }
            let backorders = match c.text("variant inventory policy") {
                None => None,
                Some(v) => match v.to_ascii_lowercase().as_str() {
                    "deny" => Some("refuse"),
                    "continue" => Some("notify"),
                    _ => {
                        c.problem(
                            Some("variant inventory policy"),
                            format!(
                                "'{}' is not a Shopify inventory policy (deny or continue)",
                                shorten(v, 40)
                            ),
                        );
                        None
                    }
                },
            };
            let p = ProductIn {
                line: rec.line,
                sku,
                name,
                description: carry.body.clone(),
                category: carry.category.clone(),
                price: c.money("variant price", "a price"),
                cost: c.money("cost per item", "a cost"),
                supplier: carry.vendor.clone(),
                backorders,
                on_hand: c.count("variant inventory qty", "on-hand stock"),
                ..Default::default()
            };
            c.done(p)
        }
        SourceFormat::WooCommerce => {
            let kind = c.text("type").unwrap_or("simple").to_ascii_lowercase();
            if ["variable", "grouped", "external"]
                .iter()
                .any(|k| kind.split(',').any(|t| t.trim() == *k))
            {
                return Mapped::Skip;
            }
            let sku = c.text("sku").unwrap_or_default().to_string();
            if sku.is_empty() {
                c.problem(
                    Some("sku"),
                    "empty; Stockroom needs a SKU for every product",
                );
            }
            let backorders = match c.text("backorders allowed?") {
                None => None,
                Some(v) => match v.to_ascii_lowercase().as_str() {
                    "0" | "no" => Some("refuse"),
                    "1" | "yes" => Some("allow"),
                    "notify" => Some("notify"),
                    _ => {
                        c.problem(
                            Some("backorders allowed?"),
                            format!(
                                "'{}' is not a WooCommerce backorder setting (0, 1 or notify)",
                                shorten(v, 40)
                            ),
                        );
                        None
                    }
                },
            };
            let description = c
                .raw("description")
                .or_else(|| c.raw("short description"))
                .map(|d| strip_html(&d.replace("\\n", "\n")));
            let p = ProductIn {
                line: rec.line,
                sku,
                name: c.text("name").map(str::to_string),
                description,
                category: c
                    .text("categories")
                    .and_then(|s| s.split(',').next())
                    .map(|s| s.trim().to_string()),
                price: c.money("regular price", "a price"),
                reorder_point: c.count("low stock amount", "low stock amount"),
                backorders,
                on_hand: c.count("stock", "stock"),
                ..Default::default()
            };
            c.done(p)
        }
    }
}

pub fn map_customer(table: &Table, rec: &Record) -> Mapped<CustomerIn> {
    let mut c = Cells::new(table, rec);
    let name = c.text("name").unwrap_or_default().to_string();
    if name.is_empty() {
        c.problem(Some("name"), "empty; every customer needs a name");
    }
    let ships = match c.text("ships") {
        None => None,
        Some(v) => match v.to_ascii_lowercase().as_str() {
            "partial" => Some("partial"),
            "complete" => Some("complete"),
            _ => {
                c.problem(
                    Some("ships"),
                    format!(
                        "'{}' is not a shipping preference (partial or complete)",
                        shorten(v, 40)
                    ),
                );
                None
            }
        },
    };
    let cust = CustomerIn {
        line: rec.line,
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
        c.problem(Some("order"), "empty; rows of one order share its number");
    }
    let sku = c.text("sku").unwrap_or_default().to_string();
    if sku.is_empty() {
        c.problem(Some("sku"), "empty; every order line needs a SKU");
    }
    let qty_col = if table.has("ordered") {
        "ordered"
    } else {
        "qty"
    };
    let qty = match c.count(qty_col, "quantity") {
        Some(0) => {
            c.problem(Some(qty_col), "0; a line must order at least 1");
            0
        }
        Some(n) => n,
        None => {
            if c.text(qty_col).is_none() {
                c.problem(Some(qty_col), "empty; how many were ordered?");
            }
            0
        }
    };
    let email = c.text("customer_email").map(str::to_string);
    let name = c.text("customer").map(str::to_string);
    if email.is_none() && name.is_none() {
        c.problem(
            Some("customer_email"),
            "empty, and no customer name either: whose order is it?",
        );
    }
    let line = OrderLineIn {
        line: rec.line,
        order,
        customer_email: email,
        customer_name: name,
        priority: c.int("priority", "priority"),
        placed_at: c.time("placed_at"),
        sku,
        qty,
        unit_price: c.money("unit_price", "a price"),
    };
    c.done(line)
}

/// Product descriptions from web shops are HTML; Stockroom shows plain text. Tags become
/// nothing (block ends become line breaks), the common entities are decoded.
pub fn strip_html(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return html.to_string();
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        match rest[start..].find('>') {
            Some(end) => {
                let tag = rest[start + 1..start + end].trim().to_ascii_lowercase();
                let tag = tag.trim_start_matches('/');
                if ["p", "br", "br/", "div", "li", "h1", "h2", "h3", "tr"]
                    .iter()
                    .any(|t| tag.starts_with(t))
                    && !out.ends_with('\n')
                    && !out.is_empty()
                {
                    out.push('\n');
                }
                rest = &rest[start + end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    decoded.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_plain_text() {
        assert_eq!(
            strip_html("<p>Soft <b>wool</b> &amp; silk</p><p>Hand wash</p>"),
            "Soft wool & silk\nHand wash"
        );
        assert_eq!(strip_html("no tags"), "no tags");
        assert_eq!(strip_html("a < b"), "a < b");
    }
}
