//! Orders as a web shop's export describes them (issue 21), whatever the shop: the rows of a
//! file gathered into orders, each with the shop's name of it, its customer, its state there
//! and its lines. Pure: the reading of each shop's columns is in `shopify_orders.rs` and
//! `woo_orders.rs`; what Stockroom does with the orders is `data/webshop.rs`.

use chrono::NaiveDateTime;

use super::super::csvfile::{Record, Table};
use super::super::model::Problem;
use super::cells::{shorten, Cells};

/// One line item of a web shop order.
#[derive(Debug, Clone, PartialEq)]
pub struct WebLine {
    /// The physical line of the file it is on.
    pub line: u64,
    pub sku: String,
    pub qty: i64,
    /// Per unit, in minor units; `None`: the product's price.
    pub unit_price: Option<i64>,
}

/// A web shop order with every row of it read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WebOrder {
    /// The shop's own name of the order, verbatim (Shopify's `#1043`, WooCommerce's number).
    pub name: String,
    /// The first line of the file the order is on (its order-level cells).
    pub line: u64,
    /// Rows of the file that belong to it.
    pub rows: usize,
    pub email: Option<String>,
    /// Whom it ships to (the name a new customer gets).
    pub customer_name: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    /// The payment state in Shopify's words, lower case: `paid`, `pending`, `authorized`,
    /// `partially_paid`, `partially_refunded`, `refunded`, `voided`, `expired`.
    pub financial: Option<String>,
    /// Already sent by the web shop (Shopify `Fulfillment Status = fulfilled`, WooCommerce
    /// `completed`).
    pub fulfilled: bool,
    /// Cancelled or refunded in the web shop: it holds no stock here.
    pub cancelled: bool,
    /// When the customer placed it (the shop's wall-clock time, as exported).
    pub created_at: Option<NaiveDateTime>,
    /// The order's currency code, upper case, with the line it was read from.
    pub currency: Option<(String, u64)>,
    pub lines: Vec<WebLine>,
    /// Problems on any of its rows: the whole order is refused (never half an order).
    pub problems: Vec<Problem>,
}

/// The column names a format reads, for problems found after reading (an unknown SKU, stock
/// that cannot cover a fulfilled order, a foreign currency): as the file spells them.
#[derive(Debug, Clone, Default)]
pub struct WebColumns {
    pub sku: String,
    pub qty: String,
    pub currency: String,
}

/// The financial statuses an order can have in the setting (Shopify's words; WooCommerce's
/// statuses are read into them).
pub const FINANCIAL_STATUSES: &[&str] = &[
    "paid",
    "pending",
    "authorized",
    "partially_paid",
    "partially_refunded",
    "refunded",
    "voided",
    "expired",
];

/// Gathers a file's rows into orders by the shop's order name, in the order each name first
/// appears. `read` fills an order from one of its rows (order-level cells only when the order
/// does not have them yet: Shopify writes them on the first row of an order only).
pub fn gather(
    table: &Table,
    name_col: &str,
    mut read: impl FnMut(&mut Cells, &Record, &mut WebOrder),
) -> Vec<WebOrder> {
    let mut orders: Vec<WebOrder> = Vec::new();
    let mut by_name: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for rec in &table.records {
        let mut c = Cells::new(table, rec);
        let name = c.text(name_col).unwrap_or_default().to_string();
        let i = *by_name.entry(name.clone()).or_insert_with(|| {
            orders.push(WebOrder {
                name: name.clone(),
                line: rec.line,
                ..Default::default()
            });
            orders.len() - 1
        });
        let o = &mut orders[i];
        o.rows += 1;
        let (n, want) = (rec.fields.len(), table.headers.len());
        if n != want {
            o.problems.push(Problem::new(
                rec.line,
                None,
                crate::msg!("import-width", cells = n, want = want),
            ));
            continue;
        }
        if name.is_empty() {
            c.problem(Some(name_col), crate::msg!("import-web-order-needs-name"));
        }
        read(&mut c, rec, o);
        o.problems.append(&mut c.problems);
    }
    orders
}

/// Sets `slot` from the cell when it is still empty (order-level cells carried down).
pub fn first(slot: &mut Option<String>, value: Option<&str>) {
    if slot.is_none() {
        *slot = value.map(str::to_string);
    }
}

/// A web shop's time: `2026-12-01 09:14:02 +0100` (Shopify), `2026-12-01T09:14:02+01:00` or
/// `2026-12-01 09:14` (WooCommerce), or a plain date (at noon). The wall-clock time is kept
/// as the shop wrote it: it is the shop's own time zone, as Stockroom's times are.
pub fn time(c: &mut Cells, col: &str) -> Option<NaiveDateTime> {
    let v = c.text(col)?;
    let head: String = v.chars().take(19).collect();
    for f in ["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(&head, f) {
            return Some(t);
        }
    }
    let head: String = v.chars().take(16).collect();
    for f in ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(&head, f) {
            return Some(t);
        }
    }
    let day: String = v.chars().take(10).collect();
    if let Ok(d) = crate::clock::parse_date(&day) {
        return d.and_hms_opt(12, 0, 0);
    }
    c.problem(
        Some(col),
        crate::msg!("import-not-a-time", value = shorten(v, 40)),
    );
    None
}

/// A line item's quantity: a whole number of at least 1.
pub fn quantity(c: &mut Cells, col: &str) -> i64 {
    match c.count(col, crate::msg!("import-what-quantity")) {
        Some(0) => {
            c.problem(Some(col), crate::msg!("import-qty-zero"));
            0
        }
        Some(n) => n,
        None => {
            if c.text(col).is_none() {
                c.problem(Some(col), crate::msg!("import-qty-empty"));
            }
            0
        }
    }
}

/// An address from its parts, one per line, empty parts left out: street lines, then
/// "postcode city", then region and country.
pub fn address(parts: &[Option<&str>]) -> Option<String> {
    let lines: Vec<&str> = parts.iter().flatten().copied().collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}
