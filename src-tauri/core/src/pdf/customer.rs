//! How the customer documents look: their data ([`crate::documents`]) as [`Document`]s.
//! The wording is here too: friendly, plain, and exact about what happens next.

use chrono::NaiveDate;

use super::model::*;
use crate::documents::{
    BackorderNotice, Customer, Incentive, ItemLine, ShipmentDocument, Shop, WaitingLine,
};
use crate::money;
use crate::Result;

/// Dates for people: "12 Dec 2026".
pub fn day(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// The promise of a waiting line as printed: a date, or "date to be confirmed".
pub fn promise(eta: Option<NaiveDate>) -> String {
    eta.map(day)
        .unwrap_or_else(|| "date to be confirmed".to_string())
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

fn customer_panel(title: &str, c: &Customer) -> Panel {
    let mut lines = vec![c.name.clone()];
    lines.extend(c.address.iter().cloned());
    Panel {
        title: title.into(),
        lines,
        ..Default::default()
    }
}

/// "SKU / Item / Qty" with the name on the first line of the cell and the description under it.
fn item_cell(name: &str, description: &str) -> String {
    if description.trim().is_empty() {
        name.to_string()
    } else {
        format!("{name}\n{description}")
    }
}

fn items_table(items: &[ItemLine], empty: &str) -> Table {
    Table {
        columns: vec![
            Column::new("SKU", 1.3, Align::Left),
            Column::new("Item", 5.0, Align::Left),
            Column::new("Qty", 0.8, Align::Right),
        ],
        rows: items
            .iter()
            .map(|i| {
                vec![
                    i.sku.clone(),
                    item_cell(&i.name, &i.description),
                    i.qty.to_string(),
                ]
            })
            .collect(),
        empty: empty.into(),
        totals: Vec::new(),
    }
}

/// Where the rest of a waiting line is, in the customer's words: "1 of 3 ready to ship now",
/// "1 of 3 already shipped", "1 of 4 shipped, 1 ready to ship now"; empty when every unit the
/// customer still wants is waiting.
pub fn line_progress(l: &WaitingLine) -> String {
    match (l.shipped, l.ready) {
        (0, 0) => String::new(),
        (0, ready) => format!("{ready} of {} ready to ship now", l.wanted),
        (shipped, 0) => format!("{shipped} of {} already shipped", l.wanted),
        (shipped, ready) => format!(
            "{shipped} of {} shipped, {ready} ready to ship now",
            l.wanted
        ),
    }
}

/// The item cell of a waiting line: name, description, and where the rest of the line is.
fn waiting_cell(l: &WaitingLine) -> String {
    let cell = item_cell(&l.name, &l.description);
    match line_progress(l) {
        p if p.is_empty() => cell,
        p => format!("{cell}\n{p}"),
    }
}

/// Units that wait for stock: only these, never the line's ordered quantity (issue 15).
pub fn units_waiting(lines: &[WaitingLine]) -> i64 {
    lines.iter().map(|w| w.qty).sum()
}

fn waiting_table(lines: &[WaitingLine]) -> Table {
    Table {
        columns: vec![
            Column::new("SKU", 1.3, Align::Left),
            Column::new("Item", 3.6, Align::Left),
            Column::new("Qty", 0.8, Align::Right),
            Column::new("Expected", 1.9, Align::Right),
        ],
        rows: lines
            .iter()
            .map(|l| {
                let mut when = promise(l.eta);
                if let Some(was) = l.previous_eta {
                    when = format!("{when}\n(was {})", day(was));
                }
                vec![l.sku.clone(), waiting_cell(l), l.qty.to_string(), when]
            })
            .collect(),
        empty: String::new(),
        totals: Vec::new(),
    }
}

/// The incentive as printed: ("Thank you for waiting", "10% off these items, already deducted...").
pub fn incentive_text(i: &Incentive, currency: &str) -> (String, String) {
    let title = "Thank you for waiting".to_string();
    let text = match i {
        Incentive::Discount { bp, deducted } => format!(
            "{}% off these items, already deducted: {} less on your order.",
            money::percent_display(*bp),
            money::display(*deducted, currency)
        ),
        Incentive::Credit { amount } => {
            format!(
                "A credit of {} for your patience, to use on your next order.",
                money::display(*amount, currency)
            )
        }
        Incentive::Gift { note } => format!(
            "A gift for your patience: {}.",
            note.trim().trim_end_matches('.')
        ),
    };
    (title, text)
}

fn contact_line(shop: &Shop) -> String {
    let contact = if shop.contact.is_empty() {
        &shop.address
    } else {
        &shop.contact
    };
    if contact.is_empty() {
        format!("Questions? Please contact {}.", shop.name)
    } else {
        format!("Questions? Contact us: {}.", contact.join(" · "))
    }
}

fn first_name_greeting(c: &Customer) -> String {
    format!("Dear {},", c.name.trim())
}

/// The backorder notice of an order.
pub fn backorder_notice(n: &BackorderNotice) -> Document {
    let shop = &n.shop;
    let mut blocks = vec![
        Block::Columns(vec![
            customer_panel("Customer", &n.customer),
            Panel {
                title: "Your order".into(),
                pairs: vec![
                    ("Order".into(), n.order.number.clone()),
                    ("Placed".into(), day(n.order.placed_on)),
                    (
                        "Items waiting".into(),
                        units_waiting(&n.waiting).to_string(),
                    ),
                ],
                ..Default::default()
            },
        ]),
        Block::paragraph(first_name_greeting(&n.customer)),
        Block::paragraph(if n.waiting.is_empty() {
            format!(
                "Thank you for your order {}. Good news: nothing in it is waiting any more; everything is on its way or already with you.",
                n.order.number
            )
        } else {
            format!(
                "Thank you for your order {}. Some of the items you ordered are not in stock right now. \
                 Your place in the queue is reserved: they are sent to you as soon as they arrive. \
                 Here is what to expect.",
                n.order.number
            )
        }),
    ];
    if !n.waiting.is_empty() {
        blocks.push(Block::Heading("On backorder".into()));
        blocks.push(Block::Table(waiting_table(&n.waiting)));
    }
    if !n.ships_now.is_empty() {
        blocks.push(Block::Heading("Shipping now".into()));
        blocks.push(Block::Table(items_table(&n.ships_now, "")));
    }
    if let (Some(i), false) = (&n.incentive, n.waiting.is_empty()) {
        let (title, text) = incentive_text(i, &shop.currency);
        blocks.push(Block::Note { title, text });
    }
    your_choices(n, &mut blocks);
    blocks.push(Block::Spacer(6.0));
    blocks.push(Block::paragraph(contact_line(shop)));
    blocks.push(Block::paragraph(format!(
        "Thank you for your patience,\n{}",
        shop.name
    )));
    Document {
        title: "Backorder notice".into(),
        paper: shop.paper,
        letterhead: letterhead(
            shop,
            vec![
                ("Order".into(), n.order.number.clone()),
                ("Order date".into(), day(n.order.placed_on)),
                ("Date".into(), day(n.printed_on)),
            ],
        ),
        footer: format!(
            "{} · Backorder notice · Order {}",
            shop.name, n.order.number
        ),
        blocks,
    }
}

/// The customer's three choices on a backorder notice (issue 15): wait (the default), swap
/// for an in-stock substitute (up to three per waiting product, with name, SKU and price), or
/// cancel any part of what waits. Nothing when nothing waits.
fn your_choices(n: &BackorderNotice, blocks: &mut Vec<Block>) {
    if n.waiting.is_empty() {
        return;
    }
    let keep = if n.incentive.is_some() {
        "you keep your place in the queue and the thank-you for waiting"
    } else {
        "you keep your place in the queue"
    };
    let wait = format!(
        "Nothing to do: {keep}. We send the waiting items as soon as they arrive, at no extra \
         shipping cost, and let you know if a date changes."
    );
    let swap = if n.substitutes.is_empty() {
        "Prefer something in stock now? Ask us for a similar item instead of a waiting one; \
         it ships at once."
            .to_string()
    } else {
        let mut text = if n.incentive.is_some() {
            "Prefer something in stock now? Tell us and it ships at once, with the thank-you \
             for waiting:"
        } else {
            "Prefer something in stock now? Tell us and it ships at once:"
        }
        .to_string();
        for o in &n.substitutes {
            let offers: Vec<String> = o
                .substitutes
                .iter()
                .map(|s| {
                    format!(
                        "{} ({}, {})",
                        s.name,
                        s.sku,
                        money::display(s.price, &n.shop.currency)
                    )
                })
                .collect();
            text.push_str(&format!(
                "\nInstead of {} ({}): {}",
                o.name,
                o.sku,
                offers.join("; ")
            ));
        }
        text
    };
    blocks.push(Block::Heading("Your choices".into()));
    blocks.push(Block::KeyValue(vec![
        ("Wait".into(), wait),
        ("Swap".into(), swap),
        (
            "Cancel".into(),
            "All or only part of what waits, at any time before it ships. Just contact us and \
             we refund it in full."
                .into(),
        ),
    ]));
}

fn shipment_panel(d: &ShipmentDocument, barcode: Option<Drawing>) -> Panel {
    let mut pairs = vec![
        (
            "Carrier".into(),
            d.carrier.clone().unwrap_or_else(|| "—".into()),
        ),
        (
            "Tracking".into(),
            if d.tracking.trim().is_empty() {
                "—".into()
            } else {
                d.tracking.clone()
            },
        ),
        ("Shipped".into(), day(d.shipped_on)),
    ];
    if barcode.is_none() {
        pairs.push(("Shipment".into(), d.number.clone()));
    }
    Panel {
        title: "Shipment".into(),
        pairs,
        drawing: barcode,
        ..Default::default()
    }
}

fn rest_of_order(d: &ShipmentDocument, blocks: &mut Vec<Block>, heading: &str) {
    if d.still_waiting.is_empty() && d.ready_next.is_empty() {
        blocks.push(Block::Heading(heading.into()));
        blocks.push(Block::paragraph(
            "Nothing: this parcel completes your order.",
        ));
    } else if !d.still_waiting.is_empty() {
        blocks.push(Block::Heading(heading.into()));
        blocks.push(Block::Table(waiting_table(&d.still_waiting)));
    }
    if !d.ready_next.is_empty() {
        blocks.push(Block::Heading("Ready, in the next parcel".into()));
        blocks.push(Block::Table(items_table(&d.ready_next, "")));
    }
    if !d.cancelled.is_empty() {
        blocks.push(Block::Heading("Cancelled".into()));
        blocks.push(Block::Table(items_table(&d.cancelled, "")));
    }
    if let (Some(i), false) = (&d.incentive, d.still_waiting.is_empty()) {
        let (title, text) = incentive_text(i, &d.shop.currency);
        blocks.push(Block::Note { title, text });
    }
}

fn shipment_reference(d: &ShipmentDocument) -> Vec<(String, String)> {
    vec![
        ("Order".into(), d.order.number.clone()),
        ("Order date".into(), day(d.order.placed_on)),
        ("Shipment".into(), d.number.clone()),
    ]
}

/// The packing slip that goes in the parcel, with a Code 128 barcode of the shipment number.
pub fn packing_slip(d: &ShipmentDocument) -> Result<Document> {
    let barcode = super::code128(&d.number, 0.9, 30.0).ok();
    let mut blocks = vec![Block::Columns(vec![
        customer_panel("Ship to", &d.customer),
        shipment_panel(d, barcode),
    ])];
    blocks.push(Block::Heading("In this parcel".into()));
    blocks.push(Block::Table(items_table(&d.in_parcel, "Nothing")));
    rest_of_order(d, &mut blocks, "Still on backorder");
    blocks.push(Block::Spacer(4.0));
    blocks.push(Block::paragraph(contact_line(&d.shop)));
    Ok(Document {
        title: "Packing slip".into(),
        paper: d.shop.paper,
        letterhead: letterhead(&d.shop, shipment_reference(d)),
        footer: format!(
            "{} · Packing slip {} · Order {}",
            d.shop.name, d.number, d.order.number
        ),
        blocks,
    })
}

/// The letter that says the parcel left: carrier, tracking, contents, what is still to come.
pub fn shipped_notice(d: &ShipmentDocument) -> Document {
    let carrier = d
        .carrier
        .as_deref()
        .map(|c| format!(" with {c}"))
        .unwrap_or_default();
    let tracking = if d.tracking.trim().is_empty() {
        String::new()
    } else {
        format!(
            " You can follow it with the tracking number {}.",
            d.tracking
        )
    };
    let mut blocks = vec![
        Block::Columns(vec![
            customer_panel("Delivering to", &d.customer),
            shipment_panel(d, None),
        ]),
        Block::paragraph(first_name_greeting(&d.customer)),
        Block::paragraph(format!(
            "Good news: a parcel from your order {} left us on {}{}.{}",
            d.order.number,
            day(d.shipped_on),
            carrier,
            tracking
        )),
        Block::Heading("In this parcel".into()),
        Block::Table(items_table(&d.in_parcel, "Nothing")),
    ];
    rest_of_order(d, &mut blocks, "Still to come");
    blocks.push(Block::Spacer(6.0));
    blocks.push(Block::paragraph(contact_line(&d.shop)));
    blocks.push(Block::paragraph(format!(
        "Thank you for shopping with us,\n{}",
        d.shop.name
    )));
    Document {
        title: "Your parcel is on its way".into(),
        paper: d.shop.paper,
        letterhead: letterhead(&d.shop, shipment_reference(d)),
        footer: format!(
            "{} · Shipped notice {} · Order {}",
            d.shop.name, d.number, d.order.number
        ),
        blocks,
    }
}
