//! E-mail to customers (issue 16): a transactional outbox and its sender.
//!
//! - Queueing: every notification of a customer who wants e-mail gets an outbox row in the
//!   same transaction as the notification ([`store::after_notice_in_tx`], called from
//!   `notices/store.rs`, the one place notifications are written). When a notification is
//!   superseded by a newer one, its still-queued message is superseded too.
//! - Sending: `Stockroom::send_queued` reads the due messages in one short read, talks to
//!   the server holding no transaction, and records each outcome in its own short write.
//!   Temporary failures (no connection, 4xx) are retried with backoff; a 5xx refusal marks the
//!   message failed with the server's reply. A crash between the server's "250" and the write
//!   leaves the message queued: it may go twice, never zero times, with the same Message-ID.
//! - The message is built when it is sent, from the same document data as the printed letter
//!   ([`message`]), with that letter attached as a PDF.

pub mod message;
pub mod model;
pub mod rules;
pub mod secret;
pub mod smtp;
pub mod store;
pub mod template;

pub use model::{
    MailPatch, MailSettings, OutboxFilter, OutboxMessage, OutboxStatus, Security, SendReport,
};
pub use template::{default_template, MailBody, Template, TemplateView};

use chrono::{NaiveDate, NaiveDateTime};

use crate::db::conn::{Conn, Tx};
use crate::{Clock, Error, Result};

/// Built messages on their way, with one connection to the server (made at the first send).
/// Needs no [`Stockroom`]: step 2 of sending runs without the database.
pub struct MailBatch {
    client: smtp::Client,
    items: std::vec::IntoIter<(
        store::Due,
        std::result::Result<(String, lettre::Message), String>,
    )>,
}

/// One message's attempt, to pass to `Stockroom::record_mail`.
#[derive(Debug, Clone)]
pub struct MailAttempt {
    pub due: store::Due,
    pub subject: String,
    pub outcome: smtp::Outcome,
}

impl MailBatch {
    /// Messages not tried yet.
    pub fn remaining(&self) -> usize {
        self.items.len()
    }

    /// Step 2 of sending: sends the next message (network only) and says what happened;
    /// `None` when the batch is done.
    pub fn send_next(&mut self) -> Option<MailAttempt> {
        let (due, built) = self.items.next()?;
        let (subject, outcome) = match built {
            Ok((subject, email)) => {
                let outcome = self.client.send(&email);
                (subject, outcome)
            }
            Err(why) => (String::new(), smtp::Outcome::Temporary(why)),
        };
        Some(MailAttempt {
            due,
            subject,
            outcome,
        })
    }

    /// Says goodbye to the server (QUIT).
    pub fn finish(mut self) {
        self.client.quit();
    }
}

impl SendReport {
    /// Counts one attempt: sent, failed for good, or still queued.
    pub fn count(&mut self, a: &MailAttempt) {
        match a.outcome {
            smtp::Outcome::Sent => self.sent += 1,
            smtp::Outcome::Refused(_) => self.failed += 1,
            smtp::Outcome::Temporary(_) | smtp::Outcome::Unreachable(_) => {}
        }
    }
}

/// The e-mail settings, or `invalid_input` when e-mail is not set up.
pub fn mail_set_up<'a>(conn: impl Into<crate::db::Conn<'a>>) -> Result<MailSettings> {
    let mail = crate::settings::store::mail(conn)?;
    if !mail.configured {
        return Err(Error::invalid(crate::msg!("mail-not-set-up-cli")));
    }
    Ok(mail)
}

/// Step 1 of sending: one read of the due messages, each built (text, HTML, PDF) from the
/// order as it stands. Holds no transaction afterwards. An empty batch when nothing is due
/// (or `now` is false and the shop reviews before sending).
pub fn prepare(conn: Conn<'_>, clock: Clock, now: bool) -> Result<MailBatch> {
    let mail = mail_set_up(conn)?;
    let due = if now || mail.mail_auto {
        store::due(conn, now, &crate::json::time_text(clock.now()))?
    } else {
        Vec::new()
    };
    batch(conn, clock.today(), mail, due)
}

/// Step 1 of sending, for exactly the queued messages `outbox_ids` (the ones the
/// shopkeeper picked), whatever their backoff and the review mode. Ids that are not queued
/// (sent, failed, withdrawn, unknown) are left out.
pub fn prepare_only(conn: Conn<'_>, today: NaiveDate, outbox_ids: &[i64]) -> Result<MailBatch> {
    let mail = mail_set_up(conn)?;
    let due = store::due_only(conn, outbox_ids)?;
    batch(conn, today, mail, due)
}

fn batch(
    conn: Conn<'_>,
    today: NaiveDate,
    mail: MailSettings,
    due: Vec<store::Due>,
) -> Result<MailBatch> {
    let password = if due.is_empty() {
        None
    } else {
        secret::password_if_needed(&mail)?
    };
    // The words of each message are fixed the first time it is built, before anything goes
    // on the wire: a resend (after a temporary failure or a crash) says the same as the first
    // try. On a file, in one short write (one sync for the batch). On a shop server each
    // keeping is a statement of its own: it changes only a row whose words are not kept yet,
    // so it needs no transaction around it, and this step runs beside the write choke point
    // (it takes `&self`, as the app's mailer reads through a connection of its own).
    let tx = match conn {
        Conn::Sqlite(c) => Some(c.unchecked_transaction()?),
        Conn::Postgres(_) => None,
    };
    let mut items = Vec::with_capacity(due.len());
    for m in due {
        // A message that cannot be built (its order or shipment is gone, a PDF failed)
        // is a fault on our side: it stays queued, saying why.
        let built = match message::build(conn, today, &mail, &m) {
            Ok((body, email)) => {
                if m.body.is_none() {
                    match &tx {
                        Some(tx) => store::keep_body(tx, m.id, &body)?,
                        None => store::keep_body(conn, m.id, &body)?,
                    }
                }
                Ok((body.subject, email))
            }
            Err(e) => Err(e.to_string()),
        };
        items.push((m, built));
    }
    if let Some(tx) = tx {
        tx.commit()?;
    }
    let items = items.into_iter();
    Ok(MailBatch {
        client: smtp::Client::new(&mail, password),
        items,
    })
}

/// Step 3 of sending: records one attempt.
pub fn record_in_tx(tx: &Tx<'_>, clock: Clock, attempt: &MailAttempt) -> Result<()> {
    store::record_attempt_in_tx(
        tx,
        &attempt.due,
        &attempt.subject,
        &attempt.outcome,
        clock.now(),
    )
}

/// Puts failed message `id` back in the queue, due now, keeping its Message-ID. Refused
/// when it is not failed (a queued one is already waiting; a sent one went).
pub fn retry_in_tx(tx: &Tx<'_>, clock: Clock, id: i64) -> Result<()> {
    if !store::exists(tx, id)? {
        return Err(Error::not_found("message", id));
    }
    if !store::retry_in_tx(tx, id, &crate::json::time_text(clock.now()))? {
        return Err(Error::refused(crate::msg!(
            "mail-retry-not-failed",
            id = id.to_string()
        )));
    }
    Ok(())
}

pub fn outbox_message(conn: Conn<'_>, id: i64) -> Result<OutboxMessage> {
    store::list_where(
        conn,
        &OutboxFilter {
            id: Some(id),
            ..OutboxFilter::default()
        },
    )?
    .into_iter()
    .next()
    .ok_or_else(|| Error::not_found("message", id))
}

/// Every message of order `order_id` (its id), newest first: the order page's history.
pub fn outbox_for_order(conn: Conn<'_>, order_id: i64) -> Result<Vec<OutboxMessage>> {
    if !store::order_exists(conn, order_id)? {
        return Err(Error::not_found("order", order_id));
    }
    store::list_where(
        conn,
        &OutboxFilter {
            order_id: Some(order_id),
            ..OutboxFilter::default()
        },
    )
}

/// Every message to customer `customer_id`, newest first: the customer page's history.
pub fn outbox_for_customer(conn: Conn<'_>, customer_id: i64) -> Result<Vec<OutboxMessage>> {
    if crate::customers::store::by_id(conn, customer_id)?.is_none() {
        return Err(Error::not_found("customer", customer_id));
    }
    store::list_where(
        conn,
        &OutboxFilter {
            customer_id: Some(customer_id),
            ..OutboxFilter::default()
        },
    )
}

/// "E-mail now" on notice `notification_id`: its message is queued due now (see
/// `Stockroom::email_now`). Returns the message's outbox id.
pub fn email_now_in_tx(tx: &Tx<'_>, clock: Clock, notification_id: i64) -> Result<i64> {
    let n = crate::notices::store::by_id(tx, notification_id)?
        .ok_or_else(|| Error::not_found("notification", notification_id))?;
    match n.status {
        crate::notices::NoticeStatus::Superseded => {
            return Err(Error::refused(crate::msg!(
                "mail-notice-superseded",
                id = notification_id.to_string()
            )))
        }
        crate::notices::NoticeStatus::Told => {
            return Err(Error::refused(crate::msg!(
                "mail-notice-told",
                id = notification_id.to_string()
            )))
        }
        _ => {}
    }
    let c = crate::customers::store::by_id(tx, n.customer_id)?
        .ok_or_else(|| Error::not_found("customer", n.customer_id))?;
    if c.email.trim().is_empty() {
        return Err(Error::invalid(crate::msg!(
            "customer-has-no-email",
            name = &c.name
        )));
    }
    let domain = store::domain_if_set_up(tx)?.expect("checked above");
    // Paper or both: the letter still prints (the notice stays in the print queue).
    let paper = c.contact != crate::customers::Contact::Email;
    store::email_now_in_tx(
        tx,
        notification_id,
        &c.name,
        c.email.trim(),
        paper,
        &domain,
        &crate::json::time_text(clock.now()),
    )?
    .ok_or_else(|| {
        Error::refused(crate::msg!(
            "mail-notice-already-sent",
            id = notification_id.to_string()
        ))
    })
}

/// "Don't send" (review before sending): queued message `outbox_id` is withdrawn, never
/// sent, and its notice goes back to the print queue. Refused when it is not queued.
pub fn withdraw_in_tx(tx: &Tx<'_>, outbox_id: i64) -> Result<()> {
    if !store::exists(tx, outbox_id)? {
        return Err(Error::not_found("message", outbox_id));
    }
    if !store::withdraw_reviewed_in_tx(tx, outbox_id)? {
        return Err(Error::refused(crate::msg!(
            "mail-withdraw-not-queued",
            id = outbox_id.to_string()
        )));
    }
    Ok(())
}

/// Sends a test message to `to` now, through the same connection settings (not queued,
/// not recorded), and gives the server's answer. The error says what went wrong.
pub fn send_test<'a>(
    conn: impl Into<crate::db::Conn<'a>>,
    now: NaiveDateTime,
    to: &str,
) -> Result<String> {
    let conn = conn.into();
    let to = rules::check_address(to)?;
    let mail = crate::settings::store::mail(conn)?;
    if !mail.configured {
        return Err(Error::invalid(crate::msg!("mail-not-set-up")));
    }
    let password = secret::password_if_needed(&mail)?;
    let shop = crate::settings::store::load(conn)?;
    let email = message::test_message(&mail, &shop.store_name, &to, now)?;
    let mut client = smtp::Client::new(&mail, password);
    let outcome = client.send_with_reply(&email);
    client.quit();
    match outcome {
        Ok(answer) => Ok(answer),
        Err(smtp::Outcome::Refused(why)) => Err(Error::refused(crate::msg!(
            "mail-test-refused",
            reason = why
        ))),
        Err(smtp::Outcome::Temporary(why) | smtp::Outcome::Unreachable(why)) => Err(Error::other(
            crate::msg!("mail-test-not-sent", reason = why),
        )),
        Err(smtp::Outcome::Sent) => unreachable!("send_with_reply answers Ok when sent"),
    }
}

/// Where the SMTP password is kept (Settings → E-mail shows it).
pub fn password_place<'a>(conn: impl Into<crate::db::Conn<'a>>) -> Result<secret::PasswordPlace> {
    let mail = crate::settings::store::mail(conn)?;
    Ok(secret::password_place(&mail))
}

/// Stores the SMTP password in the OS keyring; never in the database.
pub fn store_password<'a>(conn: impl Into<crate::db::Conn<'a>>, password: &str) -> Result<()> {
    let mail = crate::settings::store::mail(conn)?;
    secret::store_password(&mail, password)
}

/// The words of message `id`: as sent (or as fixed when it was first built for sending),
/// else as it would be sent now.
pub fn message_body(conn: Conn<'_>, today: NaiveDate, id: i64) -> Result<MailBody> {
    if let Some(b) = store::kept_body(conn, id)? {
        return Ok(b);
    }
    let m = outbox_message(conn, id)?;
    let lang = store::language_of_order(conn, &m.order)?;
    let t =
        store::template(conn, m.kind, &lang)?.unwrap_or_else(|| default_template(m.kind, &lang));
    message::render(
        conn,
        today,
        m.kind,
        &t,
        &m.order,
        m.shipment.as_deref(),
        &lang,
    )
}

/// The template of `kind` in `language` as the shop has it (saved or built-in).
pub fn template_view<'a>(
    conn: impl Into<crate::db::Conn<'a>>,
    kind: crate::notices::NoticeKind,
    language: &str,
) -> Result<TemplateView> {
    let language = template::check_language(language)?;
    let saved = store::template(conn, kind, &language)?;
    let is_default = saved.is_none();
    let t = saved.unwrap_or_else(|| default_template(kind, &language));
    Ok(TemplateView {
        kind,
        language,
        subject: t.subject,
        body: t.body,
        fields: template::fields(kind)
            .iter()
            .map(|f| f.to_string())
            .collect(),
        is_default,
    })
}

/// The shop's wording of `kind`, checked: an unknown field (named), an empty subject or a
/// line break in it are refused with `invalid_input`. Returns the language's code and the
/// template as it is stored.
pub fn checked_template(
    kind: crate::notices::NoticeKind,
    language: &str,
    subject: &str,
    body: &str,
) -> Result<(String, Template)> {
    let language = template::check_language(language)?;
    template::check(kind, subject, body)?;
    let t = Template {
        subject: subject.trim().to_string(),
        body: body.replace("\r\n", "\n"),
    };
    Ok((language, t))
}

/// Renders a message of `kind` in `language` — the draft (subject, body) being edited,
/// else the shop's template — against order `order` (its number), or when `None` the
/// most recent suitable one (for shipped news: the latest shipment). Nothing is stored.
pub fn preview(
    conn: Conn<'_>,
    today: NaiveDate,
    kind: crate::notices::NoticeKind,
    language: &str,
    draft: Option<(String, String)>,
    order: Option<&str>,
) -> Result<MailBody> {
    use crate::notices::NoticeKind;
    let language = template::check_language(language)?;
    let t = match draft {
        Some((subject, body)) => {
            template::check(kind, &subject, &body)?;
            Template { subject, body }
        }
        None => store::template(conn, kind, &language)?
            .unwrap_or_else(|| default_template(kind, &language)),
    };
    let (order, shipment) = store::preview_subject(conn, kind, order)?.ok_or_else(|| {
        Error::invalid(match (kind, order) {
            (NoticeKind::Shipped, Some(o)) => {
                crate::msg!("preview-order-not-shipped", order = o)
            }
            (_, Some(o)) => crate::msg!("not-found-order", key = o),
            (NoticeKind::Shipped, None) => crate::msg!("preview-no-shipment"),
            (_, None) => crate::msg!("preview-no-order"),
        })
    })?;
    message::render(
        conn,
        today,
        kind,
        &t,
        &order,
        shipment.as_deref(),
        &language,
    )
}

/// Queues the e-mail of the pending notices that have none (see
/// `Stockroom::queue_pending_notices`). Returns the last outbox id before them.
pub fn queue_pending_in_tx(tx: &Tx<'_>, clock: Clock) -> Result<i64> {
    let before = store::last_outbox_id(tx)?;
    store::queue_new_in_tx(tx, 0, &crate::json::time_text(clock.now()))?;
    Ok(before)
}

/// The queued messages after outbox id `after`, oldest first.
pub fn queued_after(conn: Conn<'_>, after: i64) -> Result<Vec<OutboxMessage>> {
    let mut v = store::list(conn, Some(OutboxStatus::Queued))?;
    v.retain(|m| m.id > after);
    v.reverse();
    Ok(v)
}
