//! The message of each kind of news, built when it is sent from the same document data as
//! the printed letter (so paper and e-mail give the same figures: only waiting units, "1 of 3
//! ready to ship now"), with that letter attached as a PDF. Plain text and an HTML
//! alternative; every value that comes from the shop's data is escaped in the HTML, and
//! display names pass through [`rules::header_text`] so no name can add a header.
//!
//! The wording is a simple built-in template per kind; editable templates are a later step.

use chrono::NaiveDateTime;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart};
use lettre::Message;

use super::model::MailSettings;
use super::rules::{self, html};
use super::store::Due;
use crate::documents::{Incentive, ItemLine, Shop, WaitingLine};
use crate::notices::NoticeKind;
use crate::pdf::customer::{day, line_progress, promise};
use crate::{money, Error, Result, Stockroom};

/// A message body in both forms, written line by line.
#[derive(Default)]
struct Body {
    text: String,
    html: String,
}

impl Body {
    fn para(&mut self, text: &str) {
        self.text.push_str(text);
        self.text.push_str("\n\n");
        self.html.push_str(&format!("<p>{}</p>\n", html(text)));
    }

    /// A list of items; each item's text is escaped, `link` (text, href) is added as a link.
    fn list(&mut self, items: &[String]) {
        if items.is_empty() {
            return;
        }
        self.html.push_str("<ul>\n");
        for i in items {
            self.text.push_str(&format!("  - {i}\n"));
            self.html.push_str(&format!("<li>{}</li>\n", html(i)));
        }
        self.text.push('\n');
        self.html.push_str("</ul>\n");
    }

    fn link(&mut self, label: &str, value: &str, href: Option<&str>) {
        match href {
            Some(href) => {
                self.text.push_str(&format!("{label}: {value}\n{href}\n\n"));
                self.html.push_str(&format!(
                    "<p>{}: <a href=\"{}\">{}</a></p>\n",
                    html(label),
                    html(href),
                    html(value)
                ));
            }
            None => self.para(&format!("{label}: {value}")),
        }
    }

    fn sign(&mut self, shop: &Shop) {
        let mut lines = vec![shop.name.clone()];
        lines.extend(shop.address.iter().cloned());
        lines.extend(shop.contact.iter().cloned());
        self.text.push_str("-- \n");
        self.text.push_str(&lines.join("\n"));
        self.text.push('\n');
        let escaped: Vec<String> = lines.iter().map(|l| html(l)).collect();
        self.html.push_str(&format!(
            "<p style=\"color:#555\">{}</p>\n",
            escaped.join("<br>")
        ));
    }

    fn into_html_document(self) -> (String, String) {
        let page = format!(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n\
             <body style=\"font-family:sans-serif\">\n{}</body></html>\n",
            self.html
        );
        (self.text, page)
    }
}

fn waiting_item(w: &WaitingLine) -> String {
    let mut s = format!(
        "{} × {} ({}): expected {}",
        w.qty,
        w.name,
        w.sku,
        promise(w.eta)
    );
    if let Some(was) = w.previous_eta {
        s.push_str(&format!(" (was {})", day(was)));
    }
    let progress = line_progress(w);
    if !progress.is_empty() {
        s.push_str(&format!("; {progress}"));
    }
    s
}

fn item(i: &ItemLine) -> String {
    format!("{} × {} ({})", i.qty, i.name, i.sku)
}

fn incentive(i: &Option<Incentive>, currency: &str) -> Option<String> {
    Some(match i.as_ref()? {
        Incentive::Discount { bp, deducted } => format!(
            "For waiting, you get {}% off the waiting items ({} off your order).",
            money::percent_display(*bp),
            money::display(*deducted, currency)
        ),
        Incentive::Credit { amount } => format!(
            "For waiting, you get a credit of {}.",
            money::display(*amount, currency)
        ),
        Incentive::Gift { note } => format!("For waiting, we add a gift: {note}."),
    })
}

/// The subject and the message of outbox entry `m`.
pub fn build(shop: &Stockroom, mail: &MailSettings, m: &Due) -> Result<(String, Message)> {
    let store_name = crate::settings::store::load(shop.conn())?.store_name;
    let subject = rules::subject(m.kind, &m.order, &store_name);
    let mut body = Body::default();
    let pdf = match m.kind {
        NoticeKind::Backordered | NoticeKind::PromiseMoved => {
            let n = shop.backorder_notice(&m.order)?;
            body.para(&format!("Dear {},", n.customer.name));
            body.para(&if m.kind == NoticeKind::Backordered {
                format!(
                    "Thank you for your order {} of {}. Some items are not in stock yet; they are on backorder:",
                    n.order.number,
                    day(n.order.placed_on)
                )
            } else {
                format!(
                    "The expected date of the waiting items of your order {} has changed:",
                    n.order.number
                )
            });
            body.list(&n.waiting.iter().map(waiting_item).collect::<Vec<_>>());
            if !n.ships_now.is_empty() {
                body.para("These are ready and ship now:");
                body.list(&n.ships_now.iter().map(item).collect::<Vec<_>>());
            }
            if let Some(i) = incentive(&n.incentive, &n.shop.currency) {
                body.para(&i);
            }
            body.para("Our letter is attached. Reply to this e-mail if you would rather change or cancel the waiting items.");
            body.sign(&n.shop);
            shop.backorder_notice_pdf(&m.order)?
        }
        NoticeKind::Shipped => {
            let number = m.shipment.as_deref().ok_or_else(|| {
                Error::Other(format!(
                    "the shipped notice of {} names no shipment",
                    m.order
                ))
            })?;
            let d = shop.shipment_document(number)?;
            body.para(&format!("Dear {},", d.customer.name));
            body.para(&format!(
                "Your order {} left us on {}{}.",
                d.order.number,
                day(d.shipped_on),
                d.carrier
                    .as_deref()
                    .map(|c| format!(" with {c}"))
                    .unwrap_or_default()
            ));
            if !d.tracking.trim().is_empty() {
                let template = match &d.carrier {
                    Some(c) => crate::carriers::store::by_name(shop.conn(), c)?
                        .map(|c| c.tracking_url)
                        .unwrap_or_default(),
                    None => String::new(),
                };
                let link = crate::carriers::rules::tracking_link(&template, &d.tracking);
                body.link("Tracking number", d.tracking.trim(), link.as_deref());
            }
            body.para("In this parcel:");
            body.list(&d.in_parcel.iter().map(item).collect::<Vec<_>>());
            if !d.ready_next.is_empty() {
                body.para("Ready and coming in the next parcel:");
                body.list(&d.ready_next.iter().map(item).collect::<Vec<_>>());
            }
            if !d.still_waiting.is_empty() {
                body.para("Still on backorder:");
                body.list(&d.still_waiting.iter().map(waiting_item).collect::<Vec<_>>());
            }
            body.para("Our shipping notice is attached.");
            body.sign(&d.shop);
            shop.shipped_notice_pdf(number)?
        }
    };
    let (text, page) = body.into_html_document();
    let to = mailbox(&m.to_name, &m.to_addr)?;
    let email = envelope(mail, &store_name, to, &subject)?
        .message_id(Some(m.message_id.clone()))
        .multipart(
            MultiPart::mixed()
                .multipart(MultiPart::alternative_plain_html(text, page))
                .singlepart(Attachment::new(pdf.file_name.clone()).body(
                    pdf.pdf.bytes,
                    ContentType::parse("application/pdf").expect("a MIME type"),
                )),
        )
        .map_err(|e| Error::Other(format!("the message cannot be built: {e}")))?;
    Ok((subject, email))
}

fn mailbox(name: &str, addr: &str) -> Result<Mailbox> {
    let addr = rules::check_address(addr)?
        .parse()
        .map_err(|_| Error::invalid(format!("'{addr}' is not an e-mail address")))?;
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
    .map_err(|e| Error::Other(format!("the message cannot be built: {e}")))
}
