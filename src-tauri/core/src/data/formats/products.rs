//! Product rows in each format the importer knows: Stockroom's own, Shopify's (a product's
//! cells only on its first row, carried down its variants) and WooCommerce's (containers
//! skipped); web shops' HTML descriptions become plain text.

use super::super::csvfile::{Record, Table};
use super::cells::{policy, shorten, Cells};
use super::{Mapped, ProductIn, SourceFormat};

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
                c.problem(Some("sku"), crate::msg!("import-product-needs-sku"));
            }
            let p = ProductIn {
                line: rec.line,
                sku,
                name: c.text("name").map(str::to_string),
                description: c.raw("description"),
                category: c.text("category").map(str::to_string),
                price: c.money("price", crate::msg!("import-what-price")),
                cost: c.money("cost", crate::msg!("import-what-cost")),
                supplier: c.text("supplier").map(str::to_string),
                reorder_point: c.count("reorder_point", crate::msg!("field-reorder-point")),
                safety_stock: c.count("safety_stock", crate::msg!("field-safety-stock")),
                reorder_qty: c.count("reorder_qty", crate::msg!("field-reorder-qty")),
                lead_time_days: if table.has("lead_time_days") {
                    Some(c.count("lead_time_days", crate::msg!("import-what-lead-time")))
                } else {
                    None
                },
                backorders: policy(&mut c, "backorders"),
                on_hand: c.count("on_hand", crate::msg!("import-what-on-hand")),
                barcodes: c.barcodes("barcodes", true),
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
                c.problem(Some("variant sku"), crate::msg!("import-variant-needs-sku"));
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
                    crate::msg!("import-no-title", handle = &handle),
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
                            crate::msg!("import-not-shopify-policy", value = shorten(v, 40)),
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
                price: c.money("variant price", crate::msg!("import-what-price")),
                cost: c.money("cost per item", crate::msg!("import-what-cost")),
                supplier: carry.vendor.clone(),
                backorders,
                on_hand: c.count("variant inventory qty", crate::msg!("import-what-on-hand")),
                barcodes: c.barcodes("variant barcode", false),
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
                c.problem(Some("sku"), crate::msg!("import-stockroom-needs-sku"));
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
                            crate::msg!("import-not-woo-backorders", value = shorten(v, 40)),
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
                price: c.money("regular price", crate::msg!("import-what-price")),
                reorder_point: c.count("low stock amount", crate::msg!("import-what-low-stock")),
                backorders,
                on_hand: c.count("stock", crate::msg!("import-what-stock")),
                barcodes: c.barcodes("gtin, upc, ean, or isbn", false),
                ..Default::default()
            };
            c.done(p)
        }
    }
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
