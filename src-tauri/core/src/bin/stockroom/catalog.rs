//! `stockroom product …`: add, edit, show, list. Each parses its arguments, calls one facade
//! method and prints the product (JSON with `--json`). The contract is in issues 3 and 5.

use clap::{Args, Subcommand};
use stockroom_core::catalog::{BackorderPolicy, NewProduct, ProductChanges, ProductView};
use stockroom_core::{money, Error, Stockroom};

use crate::engine::date_text;
use crate::output::Out;

#[derive(Args)]
pub struct ProductAdd {
    #[arg(long)]
    sku: String,
    #[arg(long)]
    name: String,
    #[arg(long)]
    price: String,
    #[arg(long)]
    cost: Option<String>,
    #[arg(long, default_value_t = 0, allow_negative_numbers = true)]
    on_hand: i64,
    #[arg(long, default_value_t = 0, allow_negative_numbers = true)]
    reorder_point: i64,
    #[arg(long, default_value_t = 0, allow_negative_numbers = true)]
    safety_stock: i64,
    #[arg(long, default_value_t = 0, allow_negative_numbers = true)]
    reorder_qty: i64,
    #[arg(long, allow_negative_numbers = true)]
    lead_time_days: Option<i64>,
    #[arg(long, value_name = "allow|notify|refuse", default_value = "notify")]
    backorders: String,
    #[arg(long)]
    supplier: Option<String>,
    #[arg(long)]
    category: Option<String>,
    #[arg(long)]
    description: Option<String>,
    /// A GTIN of the product (EAN-8, UPC-A, EAN-13 or GTIN-14; check digit verified, not
    /// held by another product). Repeat for several.
    #[arg(long = "barcode", value_name = "CODE")]
    barcodes: Vec<String>,
}

/// The flags of `product add`, each optional: only what is given changes. Stock is not among
/// them: it moves only through the ledger (`stock adjust`, receipts).
#[derive(Args)]
pub struct ProductEdit {
    /// The product to edit.
    sku: String,
    /// A new SKU for it (must not belong to another product).
    #[arg(long = "new-sku", value_name = "SKU")]
    new_sku: Option<String>,
    #[arg(long)]
    name: Option<String>,
    // Negative amounts reach the core, whose message names the field ("price of … cannot be
    // negative") rather than clap's "unexpected argument".
    #[arg(long, allow_negative_numbers = true)]
    price: Option<String>,
    #[arg(long, allow_negative_numbers = true)]
    cost: Option<String>,
    #[arg(long, allow_negative_numbers = true)]
    reorder_point: Option<i64>,
    #[arg(long, allow_negative_numbers = true)]
    safety_stock: Option<i64>,
    #[arg(long, allow_negative_numbers = true)]
    reorder_qty: Option<i64>,
    /// Days, or `none` to clear it (promises beyond open POs become "to be confirmed").
    #[arg(long, value_name = "N|none", allow_negative_numbers = true)]
    lead_time_days: Option<String>,
    /// A change to `refuse` does not cancel the lines that already wait.
    #[arg(long, value_name = "allow|notify|refuse")]
    backorders: Option<String>,
    /// Supplier name; an empty name removes the supplier.
    #[arg(long)]
    supplier: Option<String>,
    #[arg(long)]
    category: Option<String>,
    #[arg(long)]
    description: Option<String>,
    /// Makes these the product's barcodes, replacing the ones it had (repeat for several).
    #[arg(long = "barcode", value_name = "CODE", conflicts_with = "no_barcodes")]
    barcodes: Vec<String>,
    /// Removes all of the product's barcodes.
    #[arg(long)]
    no_barcodes: bool,
}

#[derive(Subcommand)]
// Parsed once per run: the size of `Add` does not matter.
#[allow(clippy::large_enum_variant)]
pub enum ProductCmd {
    Add(ProductAdd),
    /// Change a product's details; prints the product as `product show` does.
    Edit(ProductEdit),
    /// One product, found by its SKU or any of its barcodes.
    Show {
        #[arg(value_name = "SKU|BARCODE")]
        sku: String,
    },
    List {
        #[arg(long)]
        search: Option<String>,
    },
}

impl ProductCmd {
    /// See `Command::writes` in main.rs.
    pub fn writes(&self) -> bool {
        match self {
            ProductCmd::Add(_) | ProductCmd::Edit(_) => true,
            ProductCmd::Show { .. } | ProductCmd::List { .. } => false,
        }
    }
}

pub fn product_text(p: &ProductView) -> String {
    format!(
        "{} {} — {} — on hand {}, allocated {}, available {}, incoming {}, backordered {} — {} — next ETA {}",
        p.sku,
        p.name,
        money::decimal(p.price),
        p.on_hand,
        p.allocated,
        p.available,
        p.incoming,
        p.backordered,
        // The same word as in the JSON (`low_stock`...).
        serde_json::to_value(p.status).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default(),
        date_text(p.eta)
    )
}

/// `--lead-time-days`: a whole number of days, or `none`.
fn parse_lead_time(s: &str) -> Result<Option<i64>, Error> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    t.parse().map(Some).map_err(|_| {
        Error::invalid(format!(
            "'{s}' is not a lead time (expected a number of days or none)"
        ))
    })
}

fn changes(e: ProductEdit) -> Result<ProductChanges, Error> {
    Ok(ProductChanges {
        sku: e.new_sku,
        name: e.name,
        description: e.description,
        category: e.category,
        price: e.price.as_deref().map(money::parse).transpose()?,
        cost: e.cost.as_deref().map(money::parse).transpose()?,
        supplier: e.supplier.map(|s| Some(s).filter(|s| !s.trim().is_empty())),
        reorder_point: e.reorder_point,
        safety_stock: e.safety_stock,
        reorder_qty: e.reorder_qty,
        lead_time_days: e
            .lead_time_days
            .as_deref()
            .map(parse_lead_time)
            .transpose()?,
        backorders: e
            .backorders
            .as_deref()
            .map(BackorderPolicy::parse)
            .transpose()?,
        barcodes: if e.no_barcodes {
            Some(Vec::new())
        } else if e.barcodes.is_empty() {
            None
        } else {
            Some(e.barcodes)
        },
    })
}

pub fn run(cmd: ProductCmd, shop: &mut Stockroom, out: &Out) -> Result<(), Error> {
    match cmd {
        ProductCmd::Add(a) => {
            let p = shop.add_product(&NewProduct {
                sku: a.sku,
                name: a.name,
                description: a.description.unwrap_or_default(),
                category: a.category.unwrap_or_default(),
                price: money::parse(&a.price)?,
                cost: a
                    .cost
                    .as_deref()
                    .map(money::parse)
                    .transpose()?
                    .unwrap_or(0),
                supplier: a.supplier,
                reorder_point: a.reorder_point,
                safety_stock: a.safety_stock,
                reorder_qty: a.reorder_qty,
                lead_time_days: a.lead_time_days,
                backorders: BackorderPolicy::parse(&a.backorders)?,
                on_hand: a.on_hand,
                barcodes: a.barcodes,
            })?;
            // The same document as `product show` (issue 20: with promise_why).
            let why = shop.product_promise_why(&p.sku)?;
            out.print(
                &crate::engine::WithWhy {
                    inner: &p,
                    promise_why: &why,
                },
                || product_text(&p),
            );
        }
        ProductCmd::Edit(e) => {
            let sku = e.sku.clone();
            let r = shop.update_product(&sku, &changes(e)?)?;
            let why = shop.product_promise_why(&r.product.sku)?;
            let shown = crate::engine::WithWhy {
                inner: &r.product,
                promise_why: &why,
            };
            out.print(&shown, || {
                let mut s = product_text(&r.product);
                for m in &r.moved {
                    s.push_str(&format!(
                        "\n  promise moved: {} {}: {} → {}",
                        m.order,
                        m.sku,
                        date_text(m.old_eta),
                        date_text(m.new_eta)
                    ));
                }
                s
            });
        }
        ProductCmd::Show { sku } => {
            let p = shop.product_by_code(&sku)?;
            // Issue 20: why a new order would be promised when it would.
            let why = shop.product_promise_why(&p.sku)?;
            out.print(
                &crate::engine::WithWhy {
                    inner: &p,
                    promise_why: &why,
                },
                || format!("{}\n  why: {}", product_text(&p), why.sentence()),
            );
        }
        ProductCmd::List { search } => {
            let v = shop.products(search.as_deref().unwrap_or(""))?;
            out.print(&v, || {
                v.iter().map(product_text).collect::<Vec<_>>().join("\n")
            });
        }
    }
    Ok(())
}
