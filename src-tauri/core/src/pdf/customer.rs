//! How the customer documents look: their data ([`crate::documents`]) as [`Document`]s.
//! The wording comes from the customer's language file (`locales/<code>.ftl`, issue 17) and
//! every date and amount from their locale ([`crate::i18n::Locale`]): friendly, plain, and
//! exact about what happens next. No customer-facing English is written here.

use chrono::NaiveDate;

use super::model::*;
use crate::documents::model::{
    BackorderNotice, Customer, Incentive, ItemLine, ShipmentDocument, Shop, WaitingLine,
};
use crate::i18n::{self, Arg, Language, Locale};
use crate::Result;

/// Dates for people in English: "12 Dec 2026". The e-mail texts (issue 16) and the shop's own
/// reports use it; customer documents use their reader's locale ([`Letter::date`]).
pub fn day(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// The promise of a waiting line in English: a date, or "date to be confirmed" (e-mail).
pub fn promise(eta: Option<NaiveDate>) -> String {
    eta.map(day)
        .unwrap_or_else(|| "date to be confirmed".to_string())
}

/// Where the rest of a waiting line is, in English (e-mail): "1 of 3 ready to ship now".
pub fn line_progress(l: &WaitingLine) -> String {
    Letter::new(&Language::english(), "en-GB", "EUR").progress(l)
}

/// Units that wait for stock: only these, never the line's ordered quantity (issue 15).
pub fn units_waiting(lines: &[WaitingLine]) -> i64 {
    lines.iter().map(|w| w.qty).sum()
}

/// The reader of one document: their language for the words, their locale for the figures,
/// in the shop's currency.
pub struct Letter {
    loc: Locale,
}

impl Letter {
    pub fn new(lang: &Language, shop_locale: &str, currency: &str) -> Letter {
        Letter {
            loc: Locale::new(lang, shop_locale, currency),
        }
    }

    /// The reader of a document for `customer` from `shop`: the customer's language.
    pub fn of(shop: &Shop, customer: &Customer) -> Letter {
        Letter::new(
            &Language::or_english(&customer.language),
            &shop.locale,
            &shop.currency,
        )
    }

    pub fn locale(&self) -> &Locale {
        &self.loc
    }

    /// A message of the reader's language.
    pub fn t(&self, id: &str, args: &[(&str, Arg)]) -> String {
        i18n::t(self.loc.language(), id, args)
    }

    fn w(&self, id: &str) -> String {
        self.t(id, &[])
    }

    pub fn date(&self, d: NaiveDate) -> String {
        self.loc.date(d)
    }

    pub fn money(&self, minor: i64) -> String {
        self.loc.money(minor)
    }

    /// The promise of a waiting line: a date, or "date to be confirmed".
    pub fn promise(&self, eta: Option<NaiveDate>) -> String {
        eta.map(|d| self.date(d))
            .unwrap_or_else(|| self.w("date-to-be-confirmed"))
    }

    /// Where the rest of a waiting line is: "1 of 3 ready to ship now", "1 of 3 already
    /// shipped", "1 of 4 shipped, 1 ready to ship now"; empty when every unit the customer
    /// still wants is waiting.
    pub fn progress(&self, l: &WaitingLine) -> String {
        let wanted = ("wanted", Arg::Count(l.wanted));
        match (l.shipped, l.ready) {
            (0, 0) => String::new(),
            (0, ready) => self.t("progress-ready", &[("ready", Arg::Count(ready)), wanted]),
            (shipped, 0) => self.t(
                "progress-shipped",
                &[("shipped", Arg::Count(shipped)), wanted],
            ),
            (shipped, ready) => self.t(
                "progress-shipped-ready",
                &[
                    ("shipped", Arg::Count(shipped)),
                    ("ready", Arg::Count(ready)),
                    wanted,
                ],
            ),
        }
    }

    /// The footer's page number with the layout's markers: "Seite {page} von {pages}".
    pub fn page_of(&self) -> String {
        self.t(
            "page-of",
            &[("page", "{page}".into()), ("pages", "{pages}".into())],
        )
    }

    /// "3 items", "3 Stück", "3 sztuki": a count of units by the language's plural rules.
    pub fn units(&self, n: i64) -> String {
        self.t("units", &[("count", Arg::Count(n))])
    }
}

fn letterhead(shop: &Shop, reference: Vec<(String, String)>) -> Letterhead {
    let mut store_lines = shop.address.clone();
    store_lines.extend(shop.contact.iter().cloned());
    Letterhead {
        store_name: shop.name.clone(),
        store_lines,
        reference,
        logo: shop.logo.clone(),
    }
}

fn customer_panel(title: String, c: &Customer) -> Panel {
    let mut lines = vec![c.name.clone()];
    lines.extend(c.address.iter().cloned());
    Panel {
        title,
        lines,
        ..Default::default()
    }
}

/// The item cell: the name on the first line and the description under it.
fn item_cell(name: &str, description: &str) -> String {
    if description.trim().is_empty() {
        name.to_string()
    } else {
        format!("{name}\n{description}")
    }
}

fn items_table(w: &Letter, items: &[ItemLine], empty: String) -> Table {
    Table {
        columns: vec![
            Column::new(w.w("col-sku"), 1.3, Align::Left),
            Column::new(w.w("col-item"), 5.0, Align::Left),
            Column::new(w.w("col-qty"), 0.8, Align::Right),
        ],
        rows: items
            .iter()
            .map(|i| {
                vec![
                    i.sku.clone(),
                    item_cell(&i.name, &i.description),
                    w.locale().number(i.qty),
                ]
            })
            .collect(),
        empty,
        totals: Vec::new(),
    }
}

/// The item cell of a waiting line: name, description, and where the rest of the line is.
fn waiting_cell(w: &Letter, l: &WaitingLine) -> String {
    let cell = item_cell(&l.name, &l.description);
    match w.progress(l) {
        p if p.is_empty() => cell,
        p => format!("{cell}\n{p}"),
    }
}

fn waiting_table(w: &Letter, lines: &[WaitingLine]) -> Table {
    Table {
        columns: vec![
            Column::new(w.w("col-sku"), 1.3, Align::Left),
            Column::new(w.w("col-item"), 3.6, Align::Left),
            Column::new(w.w("col-qty"), 0.8, Align::Right),
            Column::new(w.w("col-expected"), 1.9, Align::Right),
        ],
        rows: lines
            .iter()
            .map(|l| {
                let mut when = w.promise(l.eta);
                if let Some(was) = l.previous_eta {
                    let was = w.t("date-was", &[("date", w.date(was).into())]);
                    when = format!("{when}\n{was}");
                }
                vec![
                    l.sku.clone(),
                    waiting_cell(w, l),
                    w.locale().number(l.qty),
                    when,
                ]
            })
            .collect(),
        empty: String::new(),
        totals: Vec::new(),
    }
}

/// The incentive as printed: ("Thank you for waiting", "10% off these items, already
/// deducted..."), in the reader's language and money.
pub fn incentive_text(w: &Letter, i: &Incentive) -> (String, String) {
    let title = w.w("incentive-title");
    let text = match i {
        Incentive::Discount { bp, deducted } => w.t(
            "incentive-discount",
            &[
                ("percent", w.locale().percent_figure(*bp).into()),
                ("amount", w.money(*deducted).into()),
            ],
        ),
        Incentive::Credit { amount } => {
            w.t("incentive-credit", &[("amount", w.money(*amount).into())])
        }
        Incentive::Gift { note } => w.t(
            "incentive-gift",
            &[("note", note.trim().trim_end_matches('.').into())],
        ),
    };
    (title, text)
}

fn contact_line(w: &Letter, shop: &Shop) -> String {
    let contact = if shop.contact.is_empty() {
        &shop.address
    } else {
        &shop.contact
    };
    if contact.is_empty() {
        w.t("contact-shop", &[("shop", (&shop.name).into())])
    } else {
        w.t("contact-lines", &[("contact", contact.join(" · ").into())])
    }
}

fn greeting(w: &Letter, c: &Customer) -> String {
    w.t("greeting", &[("name", c.name.trim().into())])
}

/// The backorder notice of an order, in the customer's language.
pub fn backorder_notice(n: &BackorderNotice) -> Document {
    let w = Letter::of(&n.shop, &n.customer);
    let w = &w;
    let shop = &n.shop;
    let order = || ("order", Arg::from(&n.order.number));
    // In the sentences, the name the customer knows the order by (issue 21).
    let said = n.order.said();
    let said = || ("order", Arg::from(&said));
    let mut panel = n.order.refs(w.w("ref-order"), w.w("notice-your-order"));
    panel.push((w.w("notice-placed"), w.date(n.order.placed_on)));
    panel.push((
        w.w("notice-items-waiting"),
        w.units(units_waiting(&n.waiting)),
    ));
    let mut letterhead_refs = n.order.refs(w.w("ref-order"), w.w("notice-your-order"));
    letterhead_refs.push((w.w("ref-order-date"), w.date(n.order.placed_on)));
    letterhead_refs.push((w.w("ref-date"), w.date(n.printed_on)));
    let mut blocks = vec![
        Block::Columns(vec![
            customer_panel(w.w("notice-customer"), &n.customer),
            Panel {
                title: w.w("notice-your-order"),
                pairs: panel,
                ..Default::default()
            },
        ]),
        Block::paragraph(greeting(w, &n.customer)),
        Block::paragraph(if n.waiting.is_empty() {
            w.t("notice-intro-nothing-waits", &[said()])
        } else {
            w.t(
                "notice-intro",
                &[said(), ("units", Arg::Count(units_waiting(&n.waiting)))],
            )
        }),
    ];
    if !n.waiting.is_empty() {
        blocks.push(Block::Heading(w.w("notice-on-backorder")));
        blocks.push(Block::Table(waiting_table(w, &n.waiting)));
    }
    if !n.ships_now.is_empty() {
        blocks.push(Block::Heading(w.w("notice-shipping-now")));
        blocks.push(Block::Table(items_table(w, &n.ships_now, String::new())));
    }
    if let (Some(i), false) = (&n.incentive, n.waiting.is_empty()) {
        let (title, text) = incentive_text(w, i);
        blocks.push(Block::Note { title, text });
    }
    your_choices(w, n, &mut blocks);
    blocks.push(Block::Spacer(6.0));
    blocks.push(Block::paragraph(contact_line(w, shop)));
    blocks.push(Block::paragraph(format!(
        "{}\n{}",
        w.w("notice-sign-off"),
        shop.name
    )));
    Document {
        title: w.w("notice-title"),
        paper: shop.paper,
        letterhead: letterhead(shop, letterhead_refs),
        footer: w.t("notice-footer", &[("shop", (&shop.name).into()), order()]),
        blocks,
        page_of: w.page_of(),
    }
}

/// The customer's three choices on a backorder notice (issue 15): wait (the default), swap
/// for an in-stock substitute (up to three per waiting product, with name, SKU and price), or
/// cancel any part of what waits. Nothing when nothing waits.
fn your_choices(w: &Letter, n: &BackorderNotice, blocks: &mut Vec<Block>) {
    if n.waiting.is_empty() {
        return;
    }
    let incentive = || {
        (
            "incentive",
            Arg::from(if n.incentive.is_some() { "yes" } else { "no" }),
        )
    };
    let wait = w.t("choice-wait-text", &[incentive()]);
    let swap = if n.substitutes.is_empty() {
        w.w("choice-swap-ask")
    } else {
        let mut text = w.t("choice-swap-offer", &[incentive()]);
        for o in &n.substitutes {
            let offers: Vec<String> = o
                .substitutes
                .iter()
                .map(|s| format!("{} ({}, {})", s.name, s.sku, w.money(s.price)))
                .collect();
            text.push('\n');
            text.push_str(&w.t(
                "choice-swap-instead",
                &[
                    ("name", (&o.name).into()),
                    ("sku", (&o.sku).into()),
                    ("offers", offers.join("; ").into()),
                ],
            ));
        }
        text
    };
    blocks.push(Block::Heading(w.w("choices-heading")));
    blocks.push(Block::KeyValue(vec![
        (w.w("choice-wait"), wait),
        (w.w("choice-swap"), swap),
        (w.w("choice-cancel"), w.w("choice-cancel-text")),
    ]));
}

fn shipment_panel(w: &Letter, d: &ShipmentDocument, barcode: Option<Drawing>) -> Panel {
    let mut pairs = vec![
        (
            w.w("shipment-carrier"),
            d.carrier.clone().unwrap_or_else(|| "—".into()),
        ),
        (
            w.w("shipment-tracking"),
            if d.tracking.trim().is_empty() {
                "—".into()
            } else {
                d.tracking.clone()
            },
        ),
        (w.w("shipment-shipped"), w.date(d.shipped_on)),
    ];
    if barcode.is_none() {
        pairs.push((w.w("ref-shipment"), d.number.clone()));
    }
    Panel {
        title: w.w("ref-shipment"),
        pairs,
        drawing: barcode,
        ..Default::default()
    }
}

fn rest_of_order(w: &Letter, d: &ShipmentDocument, blocks: &mut Vec<Block>, heading: String) {
    if d.still_waiting.is_empty() && d.ready_next.is_empty() {
        blocks.push(Block::Heading(heading));
        blocks.push(Block::paragraph(w.w("order-complete")));
    } else if !d.still_waiting.is_empty() {
        blocks.push(Block::Heading(heading));
        blocks.push(Block::Table(waiting_table(w, &d.still_waiting)));
    }
    if !d.ready_next.is_empty() {
        blocks.push(Block::Heading(w.w("ready-next-parcel")));
        blocks.push(Block::Table(items_table(w, &d.ready_next, String::new())));
    }
    if !d.cancelled.is_empty() {
        blocks.push(Block::Heading(w.w("cancelled")));
        blocks.push(Block::Table(items_table(w, &d.cancelled, String::new())));
    }
    if let (Some(i), false) = (&d.incentive, d.still_waiting.is_empty()) {
        let (title, text) = incentive_text(w, i);
        blocks.push(Block::Note { title, text });
    }
}

fn shipment_reference(w: &Letter, d: &ShipmentDocument) -> Vec<(String, String)> {
    let mut v = d.order.refs(w.w("ref-order"), w.w("notice-your-order"));
    v.push((w.w("ref-order-date"), w.date(d.order.placed_on)));
    v.push((w.w("ref-shipment"), d.number.clone()));
    v
}

fn shipment_args(d: &ShipmentDocument) -> [(&'static str, Arg); 3] {
    [
        ("shop", (&d.shop.name).into()),
        ("shipment", (&d.number).into()),
        ("order", (&d.order.number).into()),
    ]
}

/// The packing slip that goes in the parcel, with a Code 128 barcode of the shipment number,
/// in the customer's language.
pub fn packing_slip(d: &ShipmentDocument) -> Result<Document> {
    let w = Letter::of(&d.shop, &d.customer);
    let w = &w;
    let barcode = super::code128(&d.number, 0.9, 30.0).ok();
    let mut blocks = vec![Block::Columns(vec![
        customer_panel(w.w("slip-ship-to"), &d.customer),
        shipment_panel(w, d, barcode),
    ])];
    blocks.push(Block::Heading(w.w("in-this-parcel")));
    blocks.push(Block::Table(items_table(w, &d.in_parcel, w.w("nothing"))));
    rest_of_order(w, d, &mut blocks, w.w("still-on-backorder"));
    blocks.push(Block::Spacer(4.0));
    blocks.push(Block::paragraph(contact_line(w, &d.shop)));
    Ok(Document {
        title: w.w("slip-title"),
        paper: d.shop.paper,
        letterhead: letterhead(&d.shop, shipment_reference(w, d)),
        footer: w.t("slip-footer", &shipment_args(d)),
        blocks,
        page_of: w.page_of(),
    })
}

/// The letter that says the parcel left: carrier, tracking, contents, what is still to come.
pub fn shipped_notice(d: &ShipmentDocument) -> Document {
    let w = Letter::of(&d.shop, &d.customer);
    let w = &w;
    // The name the customer knows the order by (issue 21).
    let said = d.order.said();
    let order = || ("order", Arg::from(&said));
    let date = || ("date", Arg::from(w.date(d.shipped_on)));
    let mut intro = match d.carrier.as_deref() {
        Some(c) => w.t(
            "shipped-intro-carrier",
            &[order(), date(), ("carrier", c.into())],
        ),
        None => w.t("shipped-intro", &[order(), date()]),
    };
    if !d.tracking.trim().is_empty() {
        intro.push(' ');
        intro.push_str(&w.t("shipped-tracking", &[("tracking", (&d.tracking).into())]));
    }
    let mut blocks = vec![
        Block::Columns(vec![
            customer_panel(w.w("shipped-delivering-to"), &d.customer),
            shipment_panel(w, d, None),
        ]),
        Block::paragraph(greeting(w, &d.customer)),
        Block::paragraph(intro),
        Block::Heading(w.w("in-this-parcel")),
        Block::Table(items_table(w, &d.in_parcel, w.w("nothing"))),
    ];
    rest_of_order(w, d, &mut blocks, w.w("still-to-come"));
    blocks.push(Block::Spacer(6.0));
    blocks.push(Block::paragraph(contact_line(w, &d.shop)));
    blocks.push(Block::paragraph(format!(
        "{}\n{}",
        w.w("shipped-sign-off"),
        d.shop.name
    )));
    Document {
        title: w.w("shipped-title"),
        paper: d.shop.paper,
        letterhead: letterhead(&d.shop, shipment_reference(w, d)),
        footer: w.t("shipped-footer", &shipment_args(d)),
        blocks,
        page_of: w.page_of(),
    }
}
