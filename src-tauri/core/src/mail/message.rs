//! The message of each kind of news, built when it is sent from the same document data as
//! the printed letter (so paper and e-mail give the same figures: only waiting units, "1 of 3
//! ready to ship now"), with that letter attached as a PDF. Plain text and an HTML
//! alternative; every value that comes from the shop's data is escaped in the HTML, and
//! display names pass through [`rules::header_text`] so no name can add a header.
//!
//! The wording is the shop's template of each kind ([`super::template`]), or the built-in one.

use chrono::{NaiveDate, NaiveDateTime};
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart};
use lettre::Message;

use super::model::MailSettings;
use super::rules::{self, html};
use super::store::Due;
use super::template::{self, ItemGroup, MailBody, Template, Values};
use crate::db::conn::Conn;
use crate::documents::{Incentive, ItemLine, Shop, WaitingLine};
use crate::i18n::{Arg, Language};
use crate::notices::NoticeKind;
use crate::pdf::customer::Letter;
use crate::{Error, Result};

/// The shop's signature under every message: its name, address and contact lines.
fn signature(shop: &Shop) -> (String, String) {
    let mut lines = vec![shop.name.clone()];
    lines.extend(shop.address.iter().cloned());
    lines.extend(shop.contact.iter().cloned());
    let text = format!("-- \n{}\n", lines.join("\n"));
    let escaped: Vec<String> = lines.iter().map(|l| html(l)).collect();
    let html = format!("<p style=\"color:#555\">{}</p>\n", escaped.join("<br>"));
    (text, html)
}

fn html_document(fragment: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n\
         <body style=\"font-family:sans-serif\">\n{fragment}</body></html>\n"
    )
}

/// "2 × Cordless drill (DRL-20) — 9 January 2027 (was 20 December 2026); 1 of 3 ready to ship
/// now", in the reader's language and locale.
fn waiting_item(l: &Letter, w: &WaitingLine) -> String {
    let mut s = format!("{} × {} ({}) — {}", w.qty, w.name, w.sku, l.promise(w.eta));
    if let Some(was) = w.previous_eta {
        s.push(' ');
        s.push_str(&l.t("date-was", &[("date", Arg::Text(l.date(was)))]));
    }
    let progress = l.progress(w);
    if !progress.is_empty() {
        s.push_str(&format!("; {progress}"));
    }
    s
}

fn item(i: &ItemLine) -> String {
    format!("{} × {} ({})", i.qty, i.name, i.sku)
}

/// The incentive for waiting as the letter words it.
fn incentive(l: &Letter, i: &Option<Incentive>) -> Option<String> {
    Some(match i.as_ref()? {
        Incentive::Discount { bp, deducted } => l.t(
            "incentive-discount",
            &[
                ("percent", Arg::Text(l.locale().percent_figure(*bp))),
                ("amount", Arg::Text(l.money(*deducted))),
            ],
        ),
        Incentive::Credit { amount } => l.t(
            "incentive-credit",
            &[("amount", Arg::Text(l.money(*amount)))],
        ),
        Incentive::Gift { note } => l.t("incentive-gift", &[("note", Arg::Text(note.clone()))]),
    })
}

/// A heading over a group of items: the letter's own words, with a colon.
fn heading(l: &Letter, id: &str) -> Option<String> {
    Some(format!("{}:", l.t(id, &[])))
}

/// What a message of `kind` about `order` (and `shipment`, for shipped news) says: the
/// values of its fields, from the same document data as the printed letter, the shop for the
/// signature and the attached letter's file name.
fn values_of(
    conn: Conn<'_>,
    today: NaiveDate,
    kind: NoticeKind,
    order: &str,
    shipment: Option<&str>,
    language: &str,
) -> Result<(Values, Shop, String)> {
    let lang = Language::or_english(language);
    match kind {
        NoticeKind::Backordered | NoticeKind::PromiseMoved => {
            let n = crate::documents::backorder_notice(conn, today, order)?;
            let l = Letter::new(&lang, &n.shop.locale, &n.shop.currency);
            let latest = n.waiting.iter().map(|w| w.eta).max().flatten();
            let tbc = n.waiting.iter().any(|w| w.eta.is_none());
            let values = Values {
                fields: vec![
                    ("customer", n.customer.name.clone()),
                    // Issue 21: `#1043 (SO-1043)` for a web shop order.
                    ("order", n.order.said()),
                    ("placed", l.date(n.order.placed_on)),
                    // The day the last waiting item is expected ("to be confirmed" while any
                    // has no date).
                    ("date", l.promise(if tbc { None } else { latest })),
                    ("incentive", incentive(&l, &n.incentive).unwrap_or_default()),
                    ("shop", n.shop.name.clone()),
                ],
                items: vec![
                    ItemGroup {
                        heading: None,
                        lines: n.waiting.iter().map(|w| waiting_item(&l, w)).collect(),
                    },
                    ItemGroup {
                        heading: heading(&l, "notice-shipping-now"),
                        lines: n.ships_now.iter().map(item).collect(),
                    },
                ],
                ..Values::default()
            };
            let file = crate::documents::backorder_notice_file_name(&n.order.number);
            Ok((values, n.shop, file))
        }
        NoticeKind::Shipped => {
            let number = shipment.ok_or_else(|| {
                Error::other(format!("the shipped notice of {order} names no shipment"))
            })?;
            let d = crate::documents::shipment_document(conn, number)?;
            let l = Letter::new(&lang, &d.shop.locale, &d.shop.currency);
            let template = match &d.carrier {
                Some(c) => crate::carriers::store::by_name(conn, c)?
                    .map(|c| c.tracking_url)
                    .unwrap_or_default(),
                None => String::new(),
            };
            let tracking = d.tracking.trim().to_string();
            let tracking_url = if tracking.is_empty() {
                None
            } else {
                crate::carriers::rules::tracking_link(&template, &tracking)
            };
            let values = Values {
                fields: vec![
                    ("customer", d.customer.name.clone()),
                    ("order", d.order.said()),
                    ("placed", l.date(d.order.placed_on)),
                    ("date", l.date(d.shipped_on)),
                    ("carrier", d.carrier.clone().unwrap_or_default()),
                    ("shop", d.shop.name.clone()),
                ],
                items: vec![
                    ItemGroup {
                        heading: heading(&l, "in-this-parcel"),
                        lines: d.in_parcel.iter().map(item).collect(),
                    },
                    ItemGroup {
                        heading: heading(&l, "ready-next-parcel"),
                        lines: d.ready_next.iter().map(item).collect(),
                    },
                    ItemGroup {
                        heading: heading(&l, "still-on-backorder"),
                        lines: d
                            .still_waiting
                            .iter()
                            .map(|w| waiting_item(&l, w))
                            .collect(),
                    },
                ],
                tracking,
                tracking_url,
            };
            let file = crate::documents::shipped_notice_file_name(&d.number);
            Ok((values, d.shop, file))
        }
    }
}

/// The message of `kind` about `order` (and `shipment`) with template `t`: subject, text
/// and HTML (both signed by the shop), and the attachment's file name. No PDF is made.
pub fn render<'a>(
    conn: impl Into<Conn<'a>>,
    today: NaiveDate,
    kind: NoticeKind,
    t: &Template,
    order: &str,
    shipment: Option<&str>,
    language: &str,
) -> Result<MailBody> {
    let conn = conn.into();
    let (values, letterhead, file) = values_of(conn, today, kind, order, shipment, language)?;
    let subject = template::render_subject(t, &values)?;
    let (mut text, mut fragment) = template::render_body(t, &values)?;
    let (sig_text, sig_html) = signature(&letterhead);
    text.push('\n');
    text.push_str(&sig_text);
    fragment.push_str(&sig_html);
    Ok(MailBody {
        subject,
        text,
        html: html_document(&fragment),
        attachment: Some(file),
    })
}

/// The words of outbox entry `m`: as stored when it was first built (a resend says the same),
/// else rendered now with the shop's template.
pub fn body_of<'a>(conn: impl Into<Conn<'a>>, today: NaiveDate, m: &Due) -> Result<MailBody> {
    let conn = conn.into();
    if let Some(b) = &m.body {
        return Ok(b.clone());
    }
    let lang = super::store::language_of_order(conn, &m.order)?;
    let t = super::store::template(conn, m.kind, &lang)?
        .unwrap_or_else(|| template::default_template(m.kind, &lang));
    render(
        conn,
        today,
        m.kind,
        &t,
        &m.order,
        m.shipment.as_deref(),
        &lang,
    )
}

/// The words and the message of outbox entry `m`, with the letter attached as a PDF.
pub fn build<'a>(
    conn: impl Into<Conn<'a>>,
    today: NaiveDate,
    mail: &MailSettings,
    m: &Due,
) -> Result<(MailBody, Message)> {
    let conn = conn.into();
    let store_name = crate::settings::store::load(conn)?.store_name;
    let body = body_of(conn, today, m)?;
    let pdf = match m.kind {
        NoticeKind::Backordered | NoticeKind::PromiseMoved => {
            crate::documents::backorder_notice_pdf(conn, today, &m.order)?
        }
        NoticeKind::Shipped => {
            let number = m.shipment.as_deref().ok_or_else(|| {
                Error::other(format!(
                    "the shipped notice of {} names no shipment",
                    m.order
                ))
            })?;
            crate::documents::shipped_notice_pdf(conn, number)?
        }
    };
    let to = mailbox(&m.to_name, &m.to_addr)?;
    let email = envelope(mail, &store_name, to, &body.subject)?
        .message_id(Some(m.message_id.clone()))
        .multipart(
            MultiPart::mixed()
                .multipart(MultiPart::alternative_plain_html(
                    body.text.clone(),
                    body.html.clone(),
                ))
                .singlepart(Attachment::new(pdf.file_name.clone()).body(
                    pdf.pdf.bytes,
                    ContentType::parse("application/pdf").expect("a MIME type"),
                )),
        )
        .map_err(|e| Error::other(format!("the message cannot be built: {e}")))?;
    Ok((body, email))
}

fn mailbox(name: &str, addr: &str) -> Result<Mailbox> {
    let addr = rules::check_address(addr)?
        .parse()
        .map_err(|_| Error::invalid(crate::msg!("not-an-e-mail-address", address = addr)))?;
    let name = rules::header_text(name);
    Ok(Mailbox::new((!name.is_empty()).then_some(name), addr))
}

/// From the shop, replies to the shop, to `to`, with `subject`.
fn envelope(
    mail: &MailSettings,
    store_name: &str,
    to: Mailbox,
    subject: &str,
) -> Result<lettre::message::MessageBuilder> {
    let from = mailbox(store_name, &mail.mail_from)?;
    let reply_to = if mail.mail_reply_to.trim().is_empty() {
        from.clone()
    } else {
        mailbox(store_name, &mail.mail_reply_to)?
    };
    Ok(Message::builder()
        .from(from)
        .reply_to(reply_to)
        .to(to)
        .subject(rules::header_text(subject))
        .date_now())
}

/// `mail test`: a short plain message through the same settings.
pub fn test_message(
    mail: &MailSettings,
    store_name: &str,
    to: &str,
    now: NaiveDateTime,
) -> Result<Message> {
    let to = mailbox("", to)?;
    let domain = rules::message_id_domain(&mail.mail_from);
    envelope(
        mail,
        store_name,
        to,
        &format!("Test message from {}", rules::header_text(store_name)),
    )?
    .message_id(Some(format!(
        "<test.{}@{domain}>",
        now.format("%Y%m%d%H%M%S")
    )))
    .header(ContentType::TEXT_PLAIN)
    .body(format!(
        "This is a test message from Stockroom. {store_name} can send e-mail through {}:{}.\n",
        mail.smtp_host, mail.smtp_port
    ))
    .map_err(|e| Error::other(format!("the message cannot be built: {e}")))
}
