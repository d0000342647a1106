//! The engine's commands: settings, carriers, products, stock, customers, orders, purchase
//! orders, backorders, shipping, notifications. Each parses its arguments, calls one facade
//! method, and prints the result (JSON with `--json`). The contract is in issue 3.

use clap::{Args, Subcommand};
use serde_json::json;
use stockroom_core::backorders::BackorderFilter;
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::{BackorderPolicy, NewProduct, ProductView};
use stockroom_core::customers::{NewCustomer, ShipPreference};
use stockroom_core::notices::NoticeFilter;
use stockroom_core::orders::{Incentive, NewOrder, NewOrderLine, Order};
use stockroom_core::purchasing::{NewPo, NewPoLine, ReceiptLine};
use stockroom_core::settings::SettingsPatch;
use stockroom_core::shipping::ShipRequest;
use stockroom_core::{clock, money, Error, Stockroom};

use crate::output::Out;

#[derive(Subcommand)]
pub enum EngineCommand {
    /// Shop settings (name, address, handling days, currency, default backorder incentive).
    Settings {
        #[command(subcommand)]
        cmd: SettingsCmd,
    },
    /// Carriers and their transit days.
    Carrier {
        #[command(subcommand)]
        cmd: CarrierCmd,
    },
    /// Products: add, show, list.
    Product {
        #[command(subcommand)]
        cmd: ProductCmd,
    },
    /// Stock corrections.
    Stock {
        #[command(subcommand)]
        cmd: StockCmd,
    },
    /// Customers.
    Customer {
        #[command(subcommand)]
        cmd: CustomerCmd,
    },
    /// Customer orders.
    Order {
        #[command(subcommand)]
        cmd: OrderCmd,
    },
    /// Purchase orders: create, receive, change the expected date.
    Po {
        #[command(subcommand)]
        cmd: PoCmd,
    },
    /// The waiting lines, in queue order per SKU.
    Backorders {
        #[arg(long)]
        sku: Option<String>,
    },
    /// Ship every allocated unit of an order as one shipment.
    Ship {
        number: String,
        #[arg(long)]
        carrier: Option<String>,
        #[arg(long)]
        tracking: Option<String>,
        /// Ship now even if the customer wants the order complete.
        #[arg(long)]
        partial: bool,
    },
    /// What customers should be told.
    Notifications {
        /// Only those not printed or sent yet.
        #[arg(long)]
        pending: bool,
    },
}

#[derive(Subcommand)]
pub enum SettingsCmd {
    /// Change settings; prints them all.
    Set {
        #[arg(long)]
        store_name: Option<String>,
        #[arg(long)]
        store_address: Option<String>,
        #[arg(long, allow_negative_numbers = true)]
        handling_days: Option<i64>,
        #[arg(long)]
        currency: Option<String>,
        /// Default discount (percent) on backordered units; 0 removes the incentive.
        #[arg(long, value_name = "PCT")]
        backorder_discount: Option<String>,
    },
    /// Print the settings.
    Show,
}

#[derive(Subcommand)]
pub enum CarrierCmd {
    Add {
        #[arg(long)]
        name: String,
        #[arg(long, allow_negative_numbers = true)]
        transit_days: i64,
        #[arg(long)]
        default: bool,
    },
    List,
}

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
}

#[derive(Subcommand)]
// Parsed once per run: the size of `Add` does not matter.
#[allow(clippy::large_enum_variant)]
pub enum ProductCmd {
    Add(ProductAdd),
    Show {
        sku: String,
    },
    List {
        #[arg(long)]
        search: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum StockCmd {
    /// Signed correction: `stock adjust SKU -2 --reason damaged`.
    Adjust {
        sku: String,
        /// Signed integer, e.g. 5 or -2.
        #[arg(allow_negative_numbers = true)]
        qty: String,
        #[arg(long)]
        reason: String,
    },
}

#[derive(Subcommand)]
pub enum CustomerCmd {
    /// Prints the new customer with its id.
    Add {
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long)]
        address: Option<String>,
        #[arg(long, value_name = "partial|complete", default_value = "partial")]
        ships: String,
    },
    List {
        #[arg(long)]
        search: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum OrderCmd {
    Create {
        #[arg(long)]
        customer: i64,
        /// SKU:QTY, repeatable.
        #[arg(long = "line", value_name = "SKU:QTY", required = true)]
        lines: Vec<String>,
        #[arg(long, default_value_t = 0, allow_negative_numbers = true)]
        priority: i64,
        #[arg(long)]
        carrier: Option<String>,
        /// none | discount:PCT | credit:AMOUNT | gift:TEXT (default: the settings' incentive).
        #[arg(long)]
        incentive: Option<String>,
    },
    Show {
        number: String,
    },
    /// Cancel the unshipped units of an order, or of its lines for one SKU.
    Cancel {
        number: String,
        #[arg(long)]
        sku: Option<String>,
    },
    /// Change the priority (higher is served first).
    Priority {
        number: String,
        #[arg(allow_negative_numbers = true)]
        priority: i64,
    },
}

#[derive(Subcommand)]
pub enum PoCmd {
    /// Prints the new purchase order with its number.
    Create {
        #[arg(long)]
        supplier: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        expected: String,
        #[arg(long = "line", value_name = "SKU:QTY", required = true)]
        lines: Vec<String>,
    },
    /// Receive units; prints the allocations they made.
    Receive {
        number: String,
        #[arg(long = "line", value_name = "SKU:QTY", required = true)]
        lines: Vec<String>,
    },
    /// Change the expected date; prints the orders whose promise moved.
    Expect {
        number: String,
        date: String,
    },
    Show {
        number: String,
    },
}

/// `SKU:QTY` with a positive integer quantity (the SKU may itself contain colons).
fn parse_line(s: &str) -> Result<(String, i64), Error> {
    let (sku, qty) = s
        .rsplit_once(':')
        .ok_or_else(|| Error::invalid(format!("'{s}' is not a line (expected SKU:QTY)")))?;
    let qty: i64 = qty.trim().parse().map_err(|_| {
        Error::invalid(format!(
            "'{qty}' in '{s}' is not a quantity (expected a positive integer)"
        ))
    })?;
    if qty <= 0 {
        return Err(Error::invalid(format!(
            "quantity in '{s}' must be a positive integer"
        )));
    }
    if sku.trim().is_empty() {
        return Err(Error::invalid(format!("'{s}' has no SKU")));
    }
    Ok((sku.trim().to_string(), qty))
}

fn line_eta_text(open: i64, d: Option<chrono::NaiveDate>) -> String {
    if open == 0 {
        "—".into()
    } else {
        date_text(d)
    }
}

fn date_text(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string())
        .unwrap_or_else(|| "to be confirmed".into())
}

fn product_text(p: &ProductView) -> String {
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

fn order_text(o: &Order) -> String {
    let mut s = format!(
        "{} for {} — {} — total {} (discount {})",
        o.number,
        o.customer,
        o.status.as_str(),
        money::decimal(o.total),
        money::decimal(o.discount)
    );
    for l in &o.lines {
        s.push_str(&format!(
            "\n  {} ordered {} allocated {} shipped {} backordered {} cancelled {} — ETA {}{}",
            l.sku,
            l.ordered,
            l.allocated,
            l.shipped,
            l.backordered,
            l.cancelled,
            line_eta_text(l.allocated + l.backordered, l.eta),
            l.queue_position
                .map(|p| format!(" — #{p} in queue"))
                .unwrap_or_default()
        ));
    }
    s
}

pub fn run(cmd: EngineCommand, shop: &mut Stockroom, out: &Out) -> Result<(), Error> {
    match cmd {
        EngineCommand::Settings { cmd } => match cmd {
            SettingsCmd::Set {
                store_name,
                store_address,
                handling_days,
                currency,
                backorder_discount,
            } => {
                let default_incentive = match backorder_discount {
                    Some(p) => {
                        let bp = money::parse_percent(&p)?;
                        Some(if bp == 0 {
                            Incentive::None
                        } else {
                            Incentive::Discount { percent_bp: bp }
                        })
                    }
                    None => None,
                };
                let s = shop.update_settings(&SettingsPatch {
                    store_name,
                    store_address,
                    handling_days,
                    currency,
                    default_incentive,
                    ..Default::default()
                })?;
                out.print(&s, || format!("Settings saved for {}", s.store_name));
            }
            SettingsCmd::Show => {
                let s = shop.settings()?;
                out.print(&s, || {
                    format!(
                        "{}: handling {} day(s), {}",
                        s.store_name, s.handling_days, s.currency
                    )
                });
            }
        },
        EngineCommand::Carrier { cmd } => match cmd {
            CarrierCmd::Add {
                name,
                transit_days,
                default,
            } => {
                let c = shop.add_carrier(&NewCarrier {
                    name,
                    transit_days,
                    is_default: default,
                })?;
                out.print(&c, || {
                    format!(
                        "Carrier {} ({} day(s) transit){}",
                        c.name,
                        c.transit_days,
                        if c.is_default { ", default" } else { "" }
                    )
                });
            }
            CarrierCmd::List => {
                let v = shop.carriers()?;
                out.print(&v, || {
                    v.iter()
                        .map(|c| {
                            format!(
                                "{}\t{}{}",
                                c.name,
                                c.transit_days,
                                if c.is_default { "\tdefault" } else { "" }
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("\n")
                });
            }
        },
        EngineCommand::Product { cmd } => match cmd {
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
                })?;
                out.print(&p, || product_text(&p));
            }
            ProductCmd::Show { sku } => {
                let p = shop.product(&sku)?;
                out.print(&p, || product_text(&p));
            }
            ProductCmd::List { search } => {
                let v = shop.products(search.as_deref().unwrap_or(""))?;
                out.print(&v, || {
                    v.iter().map(product_text).collect::<Vec<_>>().join("\n")
                });
            }
        },
        EngineCommand::Stock { cmd } => match cmd {
            StockCmd::Adjust { sku, qty, reason } => {
                let qty: i64 = qty.trim().parse().map_err(|_| {
                    Error::invalid(format!(
                        "'{qty}' is not a quantity (expected a signed integer such as 5 or -2)"
                    ))
                })?;
                let r = shop.adjust_stock(&sku, qty, &reason)?;
                out.print(&r, || {
                    let mut s = format!("{} adjusted by {}: {} on hand", r.sku, r.qty, r.on_hand);
                    for a in &r.allocations {
                        s.push_str(&format!("\n  allocated {} to {}", a.qty, a.order));
                    }
                    for a in &r.taken_back {
                        s.push_str(&format!("\n  took back {} from {}", a.qty, a.order));
                    }
                    s
                });
            }
        },
        EngineCommand::Customer { cmd } => match cmd {
            CustomerCmd::Add {
                name,
                email,
                phone,
                address,
                ships,
            } => {
                let c = shop.add_customer(&NewCustomer {
                    name,
                    email: email.unwrap_or_default(),
                    phone: phone.unwrap_or_default(),
                    address: address.unwrap_or_default(),
                    ships: ShipPreference::parse(&ships)?,
                })?;
                out.print(&c, || c.id.to_string());
            }
            CustomerCmd::List { search } => {
                let v = shop.customers(search.as_deref().unwrap_or(""))?;
                out.print(&v, || {
                    v.iter()
                        .map(|c| format!("{}\t{}\t{}", c.id, c.name, c.email))
                        .collect::<Vec<_>>()
                        .join("\n")
                });
            }
        },
        EngineCommand::Order { cmd } => match cmd {
            OrderCmd::Create {
                customer,
                lines,
                priority,
                carrier,
                incentive,
            } => {
                let lines = lines
                    .iter()
                    .map(|l| {
                        parse_line(l).map(|(sku, qty)| NewOrderLine {
                            sku,
                            qty,
                            unit_price: None,
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                let incentive = incentive.as_deref().map(Incentive::parse).transpose()?;
                let o = shop.place_order(&NewOrder {
                    customer_id: customer,
                    lines,
                    priority,
                    carrier,
                    incentive,
                    ..Default::default()
                })?;
                out.print(&o, || order_text(&o));
            }
            OrderCmd::Show { number } => {
                let o = shop.order(&number)?;
                out.print(&o, || order_text(&o));
            }
            OrderCmd::Cancel { number, sku } => {
                let (o, _) = shop.cancel_order(&number, sku.as_deref())?;
                out.print(&o, || order_text(&o));
            }
            OrderCmd::Priority { number, priority } => {
                let (o, _) = shop.set_order_priority(&number, priority)?;
                out.print(&o, || order_text(&o));
            }
        },
        EngineCommand::Po { cmd } => match cmd {
            PoCmd::Create {
                supplier,
                expected,
                lines,
            } => {
                let expected_on = clock::parse_date(&expected)?;
                let lines = lines
                    .iter()
                    .map(|l| {
                        parse_line(l).map(|(sku, qty)| NewPoLine {
                            sku,
                            qty,
                            unit_cost: None,
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                let po = shop.create_po(&NewPo {
                    supplier,
                    expected_on,
                    lines,
                    note: String::new(),
                    number: None,
                })?;
                out.print(&po, || po.number.clone());
            }
            PoCmd::Receive { number, lines } => {
                let lines = lines
                    .iter()
                    .map(|l| parse_line(l).map(|(sku, qty)| ReceiptLine { sku, qty }))
                    .collect::<Result<Vec<_>, _>>()?;
                let r = shop.receive_po(&number, &lines)?;
                out.print(&r, || {
                    let mut s = format!("Received on {}", r.po);
                    for a in &r.allocations {
                        s.push_str(&format!("\n  {} × {} → {}", a.qty, a.sku, a.order));
                    }
                    s
                });
            }
            PoCmd::Expect { number, date } => {
                let r = shop.set_po_expected(&number, clock::parse_date(&date)?)?;
                out.print(
                    &json!({ "po": r.po, "expected_on": r.expected_on, "moved": r.moved }),
                    || {
                        let mut s = format!("{} now expected {}", r.po, r.expected_on);
                        for m in &r.moved {
                            s.push_str(&format!(
                                "\n  {} {}: {} → {}",
                                m.order,
                                m.sku,
                                date_text(m.old_eta),
                                date_text(m.new_eta)
                            ));
                        }
                        s
                    },
                );
            }
            PoCmd::Show { number } => {
                let po = shop.po(&number)?;
                out.print(&po, || {
                    format!(
                        "{} from {} expected {}",
                        po.number, po.supplier, po.expected_on
                    )
                });
            }
        },
        EngineCommand::Backorders { sku } => {
            let v = shop.backorders(&BackorderFilter {
                sku,
                ..Default::default()
            })?;
            out.print(&v, || {
                v.iter()
                    .map(|r| {
                        format!(
                            "{}\t{}\t{}\t{}\t#{}\t{}\t{}d",
                            r.sku,
                            r.order,
                            r.customer,
                            r.backordered,
                            r.queue_position,
                            date_text(r.eta),
                            r.age_days
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        EngineCommand::Ship {
            number,
            carrier,
            tracking,
            partial,
        } => {
            let s = shop.ship(
                &number,
                &ShipRequest {
                    carrier,
                    tracking,
                    partial,
                },
            )?;
            out.print(&s, || {
                let mut t = format!(
                    "{} for {}{}",
                    s.shipment,
                    s.order,
                    s.tracking
                        .as_deref()
                        .map(|t| format!(", tracking {t}"))
                        .unwrap_or_default()
                );
                for l in &s.lines {
                    t.push_str(&format!("\n  {} × {}", l.qty, l.sku));
                }
                t
            });
        }
        EngineCommand::Notifications { pending } => {
            let v = shop.notifications(&NoticeFilter {
                pending_only: pending,
                ..Default::default()
            })?;
            out.print(&v, || {
                v.iter()
                    .map(|n| {
                        format!(
                            "{}\t{}\t{}\t{}\t{}",
                            n.due,
                            n.order,
                            n.customer,
                            n.kind.as_str(),
                            n.status.as_str()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
    }
    Ok(())
}
