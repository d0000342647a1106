//! WooCommerce's order export (the common column set of its Customer/Order CSV export):
//! `order_number` (or `order_id`), `order_date`, `status`, `billing_email`, `shipping_*`, and
//! the items either one per row (`item_sku`, `item_quantity`, the order's cells repeated or
//! only on its first row) or all in one `line_items` cell:
//! `name:Kettle|sku:KET-03|quantity:2|total:178.00;name:...` (items separated by `;`, fields by
//! `|`).

use super::super::csvfile::Table;
use super::cells::shorten;
use super::web_orders::{self, first, WebLine, WebOrder};

/// Whether a header row is WooCommerce's order export.
pub fn is_woo_orders(table: &Table) -> bool {
    (table.has("order_number") || table.has("order_id"))
        && (table.has("item_sku") || table.has("line_items"))
}

/// A WooCommerce status in Shopify's financial words, and whether it is fulfilled or
/// cancelled. `processing` is paid and waiting to ship; `completed` is paid and shipped.
fn status(word: &str) -> (&'static str, bool, bool) {
    let w = word.trim().to_ascii_lowercase();
    match w.strip_prefix("wc-").unwrap_or(&w) {
        "processing" => ("paid", false, false),
        "completed" => ("paid", true, false),
        "on-hold" | "pending" => ("pending", false, false),
        "cancelled" => ("voided", false, true),
        "refunded" => ("refunded", false, true),
        // failed, draft, checkout-draft, trash: never paid.
        _ => ("voided", false, false),
    }
}

pub fn read(table: &Table) -> Vec<WebOrder> {
    let name_col = if table.has("order_number") {
        "order_number"
    } else {
        "order_id"
    };
    web_orders::gather(table, name_col, |c, rec, o| {
        first(&mut o.email, c.text("billing_email"));
        if o.financial.is_none() {
            if let Some(s) = c.text("status") {
                let (financial, fulfilled, cancelled) = status(s);
                o.financial = Some(financial.to_string());
                o.fulfilled = fulfilled;
                o.cancelled = cancelled;
            }
        }
        if o.currency.is_none() {
            o.currency = c
                .text("order_currency")
                .or_else(|| c.text("currency"))
                .map(|v| (v.to_ascii_uppercase(), rec.line));
        }
        if o.created_at.is_none() {
            o.created_at = web_orders::time(c, "order_date");
        }
        if o.customer_name.is_none() {
            let full = |a: &str, b: &str| {
                let n = [c.text(a), c.text(b)]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ");
                (!n.is_empty()).then_some(n)
            };
            o.customer_name = full("shipping_first_name", "shipping_last_name")
                .or_else(|| full("billing_first_name", "billing_last_name"));
        }
        first(
            &mut o.phone,
            c.text("shipping_phone").or_else(|| c.text("billing_phone")),
        );
        if o.address.is_none() {
            let town = [c.text("shipping_postcode"), c.text("shipping_city")]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            let (a1, a2) = (c.raw("shipping_address_1"), c.raw("shipping_address_2"));
            o.address = web_orders::address(&[
                a1.as_deref(),
                a2.as_deref(),
                Some(town.as_str()).filter(|t| !t.is_empty()),
                c.text("shipping_state"),
                c.text("shipping_country"),
            ]);
        }
        if table.has("item_sku") {
            if c.text("item_sku").is_none() && c.text("item_quantity").is_none() {
                return;
            }
            let sku = c.text("item_sku").unwrap_or_default().to_string();
            if sku.is_empty() {
                c.problem(Some("item_sku"), crate::msg!("import-line-needs-sku"));
            }
            let qty = web_orders::quantity(c, "item_quantity");
            let unit_price = if table.has("item_price") {
                c.money("item_price", crate::msg!("import-what-price"))
            } else {
                let total = c.money("item_total", crate::msg!("import-what-price"));
                per_unit(total, qty)
            };
            o.lines.push(WebLine {
                line: rec.line,
                sku,
                qty,
                unit_price,
            });
            return;
        }
        let Some(cell) = c.text("line_items") else {
            return;
        };
        for item in cell.split(';').map(str::trim).filter(|i| !i.is_empty()) {
            let field = |key: &str| {
                item.split('|').find_map(|kv| {
                    let (k, v) = kv.split_once(':')?;
                    (k.trim().eq_ignore_ascii_case(key)).then(|| v.trim())
                })
            };
            let sku = field("sku").unwrap_or_default().to_string();
            if sku.is_empty() {
                c.problem(Some("line_items"), crate::msg!("import-line-needs-sku"));
            }
            let qty = match field("quantity").map(|q| (q, q.parse::<i64>())) {
                Some((_, Ok(n))) if n > 0 => n,
                Some((q, _)) => {
                    c.problem(
                        Some("line_items"),
                        crate::msg!(
                            "import-not-whole",
                            value = shorten(q, 40),
                            what = crate::msg!("import-what-quantity")
                        ),
                    );
                    0
                }
                None => {
                    c.problem(Some("line_items"), crate::msg!("import-qty-empty"));
                    0
                }
            };
            let total = field("total").and_then(|t| crate::money::parse(t).ok());
            o.lines.push(WebLine {
                line: rec.line,
                sku,
                qty,
                unit_price: per_unit(total, qty),
            });
        }
    })
}

/// A line's total shared by its units, when it divides exactly (no rounding of money);
/// otherwise the product's own price is used.
fn per_unit(total: Option<i64>, qty: i64) -> Option<i64> {
    total.filter(|t| qty > 0 && t % qty == 0).map(|t| t / qty)
}
