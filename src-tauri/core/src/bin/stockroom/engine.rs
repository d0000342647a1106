//! The engine's commands: settings, carriers, stock, orders, backorders, shipping,
//! notifications; products, customers and purchase orders have their own files (catalog.rs,
//! customers.rs, purchasing.rs). Each parses its arguments, calls one facade method, and
//! prints the result (JSON with `--json`). The contract is in issue 3.

use clap::Subcommand;
use stockroom_core::backorders::BackorderFilter;
use stockroom_core::carriers::NewCarrier;
use stockroom_core::data::{WebshopPatch, WebshopSettings};
use stockroom_core::notices::{NoticeFilter, ToldHow};
use stockroom_core::orders::{Incentive, NewOrder, NewOrderLine, Order};
use stockroom_core::settings::SettingsPatch;
use stockroom_core::shipping::ShipRequest;
use stockroom_core::{money, Error, Stockroom};

use crate::args::parse_line;
use crate::output::{date_text, Out, WithWhy};

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
    /// Products: add, edit, show, list.
    Product {
        #[command(subcommand)]
        cmd: crate::catalog::ProductCmd,
    },
    /// Stock corrections.
    Stock {
        #[command(subcommand)]
        cmd: StockCmd,
    },
    /// Customers.
    Customer {
        #[command(subcommand)]
        cmd: crate::customers::CustomerCmd,
    },
    /// Customer orders.
    Order {
        #[command(subcommand)]
        cmd: OrderCmd,
    },
    /// Purchase orders: create, receive, change the expected date, cancel.
    Po {
        #[command(subcommand)]
        cmd: crate::purchasing::PoCmd,
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
    /// What customers should be told (with `told`: record that staff told them).
    Notifications {
        /// Only those not printed, sent or told yet.
        #[arg(long)]
        pending: bool,
        #[command(subcommand)]
        cmd: Option<NotificationsCmd>,
    },
}

#[derive(Subcommand)]
pub enum NotificationsCmd {
    /// Record that staff told the customer themselves: the notice leaves the to-do list.
    Told {
        /// The notification's id (`notifications --json` lists them).
        id: i64,
        /// How: phone or in-person.
        #[arg(long = "by", value_name = "phone|in-person")]
        how: String,
        /// What was said or agreed, for the record.
        #[arg(long, default_value = "")]
        note: String,
    },
}

impl EngineCommand {
    /// See `Command::writes` in main.rs.
    pub fn writes(&self) -> bool {
        match self {
            EngineCommand::Settings { cmd } => matches!(cmd, SettingsCmd::Set { .. }),
            EngineCommand::Carrier { cmd } => {
                matches!(cmd, CarrierCmd::Add { .. } | CarrierCmd::Edit { .. })
            }
            EngineCommand::Product { cmd } => cmd.writes(),
            EngineCommand::Stock { .. } => true,
            EngineCommand::Customer { cmd } => cmd.writes(),
            EngineCommand::Order { cmd } => match cmd {
                OrderCmd::Create { dry_run, .. } => !dry_run,
                OrderCmd::Show { .. } | OrderCmd::Substitutes { .. } => false,
                OrderCmd::Cancel { .. } | OrderCmd::Priority { .. } | OrderCmd::Swap { .. } => true,
            },
            EngineCommand::Po { cmd } => cmd.writes(),
            EngineCommand::Backorders { .. } => false,
            EngineCommand::Ship { .. } => true,
            EngineCommand::Notifications { cmd, .. } => cmd.is_some(),
        }
    }
}

#[derive(Subcommand)]
// Parsed once per run: the size of `settings set` with its e-mail flags does not matter.
#[allow(clippy::large_enum_variant)]
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
        /// The logo printed on every document: a PNG or JPEG file; "" removes it.
        #[arg(long, value_name = "PATH")]
        logo: Option<String>,
        /// E-mail (issue 16): the SMTP server ("" turns e-mail off).
        #[arg(long, value_name = "HOST")]
        smtp_host: Option<String>,
        #[arg(long, value_name = "N")]
        smtp_port: Option<u16>,
        /// none (only for a server on this computer), starttls or tls.
        #[arg(long, value_name = "none|starttls|tls")]
        smtp_security: Option<String>,
        /// Log in as this user (the password: the OS keyring or STOCKROOM_SMTP_PASSWORD).
        #[arg(long, value_name = "USER")]
        smtp_user: Option<String>,
        /// The shop's address, the From of every message.
        #[arg(long, value_name = "ADDR")]
        mail_from: Option<String>,
        /// Where replies go (default: the From address).
        #[arg(long, value_name = "ADDR")]
        mail_reply_to: Option<String>,
        /// on: send by themselves; off: review before sending (`mail send`).
        #[arg(long, value_name = "on|off")]
        mail_auto: Option<String>,
        /// The shop's language (issue 17): new customers get it; the availability feed is
        /// worded in it. One of the translation files' codes (en, de, fr, pl, ...).
        #[arg(long, value_name = "CODE")]
        language: Option<String>,
        /// The shop's locale for dates, numbers and money, e.g. de-DE or en-GB.
        #[arg(long, value_name = "TAG")]
        locale: Option<String>,
        /// Promises kept (issue 20): the share of a supplier's deliveries, 50-100 %, that the
        /// learned buffer in each promise must cover (default 95).
        #[arg(long, value_name = "PCT", allow_negative_numbers = true)]
        promises_kept: Option<i64>,
        /// How many days of receipts the supplier buffer learns from (0 = no buffer).
        #[arg(long, value_name = "DAYS", allow_negative_numbers = true)]
        promise_history_days: Option<i64>,
        /// Issue 21: the web shop payment statuses whose orders are imported, comma-separated
        /// (default paid,pending; known: paid, pending, authorized, partially_paid,
        /// partially_refunded, refunded, voided, expired).
        #[arg(long, value_name = "LIST")]
        webshop_statuses: Option<String>,
        /// The folder swept for dropped CSV files (`import watch`); "" for none.
        #[arg(long, value_name = "DIR")]
        watch_folder: Option<String>,
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
        /// The tracking page, with {tracking} where the number goes.
        #[arg(long, value_name = "TEMPLATE")]
        tracking_url: Option<String>,
    },
    /// Change a carrier's transit days or tracking link; prints the carrier.
    Edit {
        name: String,
        #[arg(long, allow_negative_numbers = true)]
        transit_days: Option<i64>,
        /// The tracking page, with {tracking} where the number goes; "" removes it.
        #[arg(long, value_name = "TEMPLATE")]
        tracking_url: Option<String>,
    },
    List,
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
        /// Print the order as placing it would store it (what to tell the customer), and store
        /// nothing.
        #[arg(long)]
        dry_run: bool,
    },
    Show {
        number: String,
    },
    /// Cancel the unshipped units of an order, or of its lines for one SKU; with --qty, only
    /// that many of the SKU's units, waiting ones first.
    Cancel {
        number: String,
        #[arg(long)]
        sku: Option<String>,
        /// How many units of --sku to cancel (default: all unshipped).
        #[arg(long, allow_negative_numbers = true)]
        qty: Option<i64>,
    },
    /// The customer's swap: cancel waiting units of --sku (all, or --qty) and add as many of
    /// --to, from stock, to the same order (the incentive follows).
    Swap {
        number: String,
        #[arg(long)]
        sku: String,
        #[arg(long)]
        to: String,
        #[arg(long, allow_negative_numbers = true)]
        qty: Option<i64>,
    },
    /// In-stock substitutes for what waits of --sku on the order (same category, ±25% price).
    Substitutes {
        number: String,
        #[arg(long)]
        sku: String,
    },
    /// Change the priority (higher is served first).
    Priority {
        number: String,
        #[arg(allow_negative_numbers = true)]
        priority: i64,
    },
}

fn line_eta_text(open: i64, d: Option<chrono::NaiveDate>) -> String {
    if open == 0 {
        "—".into()
    } else {
        date_text(d)
    }
}

/// The settings with the web shop's (issue 21) beside them, as one JSON object.
#[derive(serde::Serialize)]
struct WithWebshop<'a> {
    #[serde(flatten)]
    settings: &'a stockroom_core::settings::Settings,
    #[serde(flatten)]
    webshop: &'a WebshopSettings,
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
    if let Some(r) = &o.external_ref {
        // Issue 21: the name the customer knows it by.
        s.push_str(&format!(" — web shop order {r}"));
    }
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
        if let Some(r) = l.replaces_line_id {
            let was = o.lines.iter().find(|x| x.id == r).map_or("?", |x| &x.sku);
            s.push_str(&format!(" — swapped for {was}"));
        }
    }
    s
}

fn parse_on_off(s: &str) -> Result<bool, Error> {
    match s.trim().to_ascii_lowercase().as_str() {
        "on" | "yes" | "true" => Ok(true),
        "off" | "no" | "false" => Ok(false),
        other => Err(Error::invalid(format!("'{other}' is not on or off"))),
    }
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
                logo,
                smtp_host,
                smtp_port,
                smtp_security,
                smtp_user,
                mail_from,
                mail_reply_to,
                mail_auto,
                language,
                locale,
                promises_kept,
                promise_history_days,
                webshop_statuses,
                watch_folder,
            } => {
                // Checked before anything is stored: bad input stores nothing.
                let webshop = stockroom_core::data::webshop::check_patch(&WebshopPatch {
                    webshop_statuses: webshop_statuses
                        .map(|l| l.split(',').map(str::to_string).collect()),
                    watch_folder,
                })?;
                let mail = stockroom_core::mail::MailPatch {
                    smtp_host,
                    smtp_port,
                    smtp_security: smtp_security
                        .as_deref()
                        .map(stockroom_core::mail::Security::parse)
                        .transpose()?,
                    smtp_user,
                    mail_from,
                    mail_reply_to,
                    mail_auto: mail_auto.as_deref().map(parse_on_off).transpose()?,
                };
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
                    logo_path: logo,
                    mail,
                    language,
                    locale,
                    promises_kept_pct: promises_kept,
                    promise_history_days,
                    ..Default::default()
                })?;
                let w = shop.update_webshop_settings(&webshop)?;
                out.print(
                    &WithWebshop {
                        settings: &s,
                        webshop: &w,
                    },
                    || format!("Settings saved for {}", s.store_name),
                );
            }
            SettingsCmd::Show => {
                let s = shop.settings()?;
                let w = shop.webshop_settings()?;
                out.print(
                    &WithWebshop {
                        settings: &s,
                        webshop: &w,
                    },
                    || {
                        format!(
                            "{}: handling {} day(s), {}",
                            s.store_name, s.handling_days, s.currency
                        )
                    },
                );
            }
        },
        EngineCommand::Carrier { cmd } => match cmd {
            CarrierCmd::Add {
                name,
                transit_days,
                default,
                tracking_url,
            } => {
                let c = shop.add_carrier_with_tracking(
                    &NewCarrier {
                        name,
                        transit_days,
                        is_default: default,
                    },
                    tracking_url.as_deref().unwrap_or(""),
                )?;
                out.print(&c, || {
                    format!(
                        "Carrier {} ({} day(s) transit){}",
                        c.name,
                        c.transit_days,
                        if c.is_default { ", default" } else { "" }
                    )
                });
            }
            CarrierCmd::Edit {
                name,
                transit_days,
                tracking_url,
            } => {
                let c = shop.edit_carrier(
                    &name,
                    &stockroom_core::carriers::CarrierChanges {
                        transit_days,
                        tracking_url,
                    },
                )?;
                out.print(&c, || {
                    format!("Carrier {} ({} day(s) transit)", c.name, c.transit_days)
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
        EngineCommand::Product { cmd } => crate::catalog::run(cmd, shop, out)?,
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
        EngineCommand::Customer { cmd } => crate::customers::run(cmd, shop, out)?,
        EngineCommand::Order { cmd } => match cmd {
            OrderCmd::Create {
                customer,
                lines,
                priority,
                carrier,
                incentive,
                dry_run,
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
                let order = NewOrder {
                    customer_id: customer,
                    lines,
                    priority,
                    carrier,
                    incentive,
                    ..Default::default()
                };
                let o = if dry_run {
                    shop.preview_order(&order)?.order
                } else {
                    shop.place_order(&order)?
                };
                out.print(&o, || order_text(&o));
            }
            OrderCmd::Show { number } => {
                let o = shop.order(&number)?;
                // Issue 20: why each promise is what it is (added beside the order's fields).
                let why = shop.promise_why(&number)?;
                out.print(
                    &WithWhy {
                        inner: &o,
                        promise_why: &why,
                    },
                    || {
                        let mut t = order_text(&o);
                        for w in &why {
                            t.push_str(&format!("\n  why {}: {}", w.sku, w.sentence()));
                        }
                        t
                    },
                );
            }
            OrderCmd::Cancel { number, sku, qty } => {
                let (o, _) = match (sku.as_deref(), qty) {
                    (Some(sku), Some(qty)) => shop.cancel_order_units(&number, sku, qty)?,
                    (None, Some(_)) => {
                        return Err(Error::invalid(
                            "--qty needs --sku: the units of which line to cancel",
                        ))
                    }
                    (sku, None) => shop.cancel_order(&number, sku)?,
                };
                out.print(&o, || order_text(&o));
            }
            OrderCmd::Swap {
                number,
                sku,
                to,
                qty,
            } => {
                let (o, _) = shop.swap(&number, &sku, &to, qty)?;
                out.print(&o, || order_text(&o));
            }
            OrderCmd::Substitutes { number, sku } => {
                let v = shop.substitutes(&number, &sku)?;
                out.print(&v, || {
                    if v.is_empty() {
                        format!("no substitute in stock for {sku}")
                    } else {
                        v.iter()
                            .map(|s| {
                                format!(
                                    "{}\t{}\t{}\t{} available",
                                    s.sku,
                                    s.name,
                                    money::decimal(s.price),
                                    s.available
                                )
                            })
                            .collect::<Vec<_>>()
                            .join("\n")
                    }
                });
            }
            OrderCmd::Priority { number, priority } => {
                let (o, _) = shop.set_order_priority(&number, priority)?;
                out.print(&o, || order_text(&o));
            }
        },
        EngineCommand::Po { cmd } => crate::purchasing::run(cmd, shop, out)?,
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
        EngineCommand::Notifications {
            cmd: Some(NotificationsCmd::Told { id, how, note }),
            ..
        } => {
            let how = ToldHow::parse(&how)?;
            let n = shop.mark_told(id, how, &note)?;
            out.print(&n, || {
                format!(
                    "Notification {} for {} ({}) recorded as told {}",
                    n.id,
                    n.order,
                    n.customer,
                    match how {
                        ToldHow::Phone => "by phone",
                        ToldHow::InPerson => "in person",
                    }
                )
            });
        }
        EngineCommand::Notifications { pending, cmd: None } => {
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
