//! Shopify's order export (Admin → Orders → Export): one row per line item; the order's own
//! cells (e-mail, statuses, currency, the shipping address, `Cancelled at`...) only on the
//! first row of an order, so they are carried down the rows of the same `Name`.

use super::super::csvfile::Table;
use super::web_orders::{self, first, WebLine, WebOrder};

/// Whether a header row is Shopify's order export.
pub fn is_shopify_orders(table: &Table) -> bool {
    table.has("name") && table.has("lineitem sku") && table.has("lineitem quantity")
}

pub fn read(table: &Table) -> Vec<WebOrder> {
    web_orders::gather(table, "name", |c, rec, o| {
        first(&mut o.email, c.text("email"));
        if o.financial.is_none() {
            o.financial = c.text("financial status").map(|s| s.to_ascii_lowercase());
            if o.financial.as_deref() == Some("refunded") {
                o.cancelled = true;
            }
        }
        if let Some(f) = c.text("fulfillment status") {
            o.fulfilled = f.eq_ignore_ascii_case("fulfilled");
        }
        if c.text("cancelled at").is_some() {
            o.cancelled = true;
        }
        if o.currency.is_none() {
            o.currency = c
                .text("currency")
                .map(|v| (v.to_ascii_uppercase(), rec.line));
        }
        if o.created_at.is_none() {
            o.created_at = web_orders::time(c, "created at");
        }
        if o.customer_name.is_none() {
            o.customer_name = c
                .text("shipping name")
                .or_else(|| c.text("billing name"))
                .map(str::to_string);
        }
        first(
            &mut o.phone,
            c.text("shipping phone").or_else(|| c.text("phone")),
        );
        if o.address.is_none() {
            let street1 = c
                .raw("shipping address1")
                .or_else(|| c.raw("shipping street"));
            let street2 = c.raw("shipping address2");
            let town = [c.text("shipping zip"), c.text("shipping city")]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            let region = c
                .text("shipping province name")
                .or_else(|| c.text("shipping province"));
            o.address = web_orders::address(&[
                street1.as_deref(),
                street2.as_deref(),
                Some(town.as_str()).filter(|t| !t.is_empty()),
                region,
                c.text("shipping country"),
            ]);
        }
        // A row with no line item (Shopify writes none, but a hand-edited file may) adds
        // nothing; a line item needs its SKU and quantity.
        if c.text("lineitem sku").is_none() && c.text("lineitem quantity").is_none() {
            return;
        }
        // A line item that ships nothing and has no SKU (a gift card, a tip, a digital
        // download) is not stock: it is left out, not an error.
        if c.text("lineitem sku").is_none()
            && c.text("lineitem requires shipping")
                .is_some_and(|v| v.eq_ignore_ascii_case("false"))
        {
            return;
        }
        let sku = c.text("lineitem sku").unwrap_or_default().to_string();
        if sku.is_empty() {
            c.problem(Some("lineitem sku"), crate::msg!("import-line-needs-sku"));
        }
        let qty = web_orders::quantity(c, "lineitem quantity");
        let unit_price = c.money("lineitem price", crate::msg!("import-what-price"));
        o.lines.push(WebLine {
            line: rec.line,
            sku,
            qty,
            unit_price,
        });
    })
}
