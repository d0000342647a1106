//! E-mail to customers (issue 16): a transactional outbox and its sender.
//!
//! - Queueing: every notification of a customer who wants e-mail gets an outbox row in the
//!   same transaction as the notification ([`store::after_notice_in_tx`], called from
//!   `notices/store.rs`, the one place notifications are written). When a notification is
//!   superseded by a newer one, its still-queued message is superseded too.
//! - Sending: [`Stockroom::send_queued`] reads the due messages in one short read, talks to
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

use crate::{Error, Result, Stockroom};

/// Built messages on their way, with one connection to the server (made at the first send).
/// Needs no [`Stockroom`]: step 2 of sending runs without the database.
pub struct MailBatch {
    client: smtp::Client,
    items: std::vec::IntoIter<(
        store::Due,
        std::result::Result<(String, lettre::Message), String>,
    )>,
}

/// One message's attempt, to pass to [`Stockroom::record_mail`].
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
    fn count(&mut self, a: &MailAttempt) {
        match a.outcome {
            smtp::Outcome::Sent => self.sent += 1,
            smtp::Outcome::Refused(_) => self.failed += 1,
            smtp::Outcome::Temporary(_) | smtp::Outcome::Unreachable(_) => {}
        }
    }
}

impl Stockroom {
    /// The outbox, newest first; `status` keeps one status.
    pub fn outbox(&self, status: Option<OutboxStatus>) -> Result<Vec<OutboxMessage>> {
        store::list(self.conn(), status)
    }

    /// Sends queued messages: [`Stockroom::prepare_mail`], then [`MailBatch::send_next`] and
    /// [`Stockroom::record_mail`] for each. `now = true` (the "Send now" button, `mail send`)
    /// tries every queued message whatever its backoff, even in "review before sending"
    /// mode; `now = false` (a background sender) sends only the due ones, and nothing when
    /// the shop reviews before sending.
    ///
    /// Refused with `invalid_input` when e-mail is not set up, or when the server needs a
    /// password and none is available (only asked when there is something to send).
    ///
    /// This holds `&mut self` while it talks to the server. The app, which shares the
    /// Stockroom behind a lock, should use the three steps instead and hold the lock only for
    /// `prepare_mail` and each `record_mail`, never across `send_next`.
    pub fn send_queued(&mut self, now: bool) -> Result<SendReport> {
        let mut batch = self.prepare_mail(now)?;
        let mut report = SendReport::default();
        while let Some(attempt) = batch.send_next() {
            report.count(&attempt);
            self.record_mail(&attempt)?;
        }
        batch.finish();
        report.queued = store::count_queued(self.conn())?;
        Ok(report)
    }

    /// Step 1 of sending: one read of the due messages, each built (text, HTML, PDF) from the
    /// order as it stands. Holds no transaction afterwards. An empty batch when nothing is due
    /// (or `now` is false and the shop reviews before sending).
    pub fn prepare_mail(&self, now: bool) -> Result<MailBatch> {
        let mail = self.mail_set_up()?;
        let due = if now || mail.mail_auto {
            store::due(
                self.conn(),
                now,
                &crate::json::time_text(self.clock().now()),
            )?
        } else {
            Vec::new()
        };
        self.batch(mail, due)
    }

    /// Step 1 of sending, for exactly the queued messages `outbox_ids` (the ones the
    /// shopkeeper picked), whatever their backoff and the review mode. Ids that are not queued
    /// (sent, failed, withdrawn, unknown) are left out.
    pub fn prepare_mail_only(&self, outbox_ids: &[i64]) -> Result<MailBatch> {
        let mail = self.mail_set_up()?;
        let due = store::due_only(self.conn(), outbox_ids)?;
        self.batch(mail, due)
    }

    /// The e-mail settings, or `invalid_input` when e-mail is not set up.
    fn mail_set_up(&self) -> Result<MailSettings> {
        let mail = crate::settings::store::mail(self.conn())?;
        if !mail.configured {
            return Err(Error::invalid(crate::msg!("mail-not-set-up-cli")));
        }
        Ok(mail)
    }

    fn batch(&self, mail: MailSettings, due: Vec<store::Due>) -> Result<MailBatch> {
        let password = if due.is_empty() {
            None
        } else {
            secret::password_if_needed(&mail)?
        };
        // The words of each message are fixed the first time it is built, in one short write
        // before anything goes on the wire: a resend (after a temporary failure or a crash)
        // says the same as the first try.
        let tx = self.conn().unchecked_transaction()?;
        let mut items = Vec::with_capacity(due.len());
        for m in due {
            // A message that cannot be built (its order or shipment is gone, a PDF failed)
            // is a fault on our side: it stays queued, saying why.
            let built = match message::build(self, &mail, &m) {
                Ok((body, email)) => {
                    if m.body.is_none() {
                        store::keep_body(&tx, m.id, &body)?;
                    }
                    Ok((body.subject, email))
                }
                Err(e) => Err(e.to_string()),
            };
            items.push((m, built));
        }
        tx.commit()?;
        let items = items.into_iter();
        Ok(MailBatch {
            client: smtp::Client::new(&mail, password),
            items,
        })
    }

    /// Step 3 of sending: records one attempt in its own short write transaction.
    pub fn record_mail(&mut self, attempt: &MailAttempt) -> Result<()> {
        self.write(|tx, clock| {
            store::record_attempt_in_tx(
                tx,
                &attempt.due,
                &attempt.subject,
                &attempt.outcome,
                clock.now(),
            )
        })
    }

    /// Puts failed message `id` back in the queue, due now, keeping its Message-ID. Refused
    /// when it is not failed (a queued one is already waiting; a sent one went).
    pub fn retry_mail(&mut self, id: i64) -> Result<OutboxMessage> {
        self.write(|tx, clock| {
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
        })?;
        self.outbox_message(id)
    }

    pub fn outbox_message(&self, id: i64) -> Result<OutboxMessage> {
        store::list_where(
            self.conn(),
            &OutboxFilter {
                id: Some(id),
                ..OutboxFilter::default()
            },
        )?
        .into_iter()
        .next()
        .ok_or_else(|| Error::not_found("message", id))
    }

    /// The outbox messages that pass `filter`, newest first.
    pub fn outbox_where(&self, filter: &OutboxFilter) -> Result<Vec<OutboxMessage>> {
        store::list_where(self.conn(), filter)
    }

    /// Every message of order `order_id` (its id), newest first: the order page's history.
    pub fn outbox_for_order(&self, order_id: i64) -> Result<Vec<OutboxMessage>> {
        let known: bool = self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM orders WHERE id = ?1)",
            [order_id],
            |r| r.get(0),
        )?;
        if !known {
            return Err(Error::not_found("order", order_id));
        }
        self.outbox_where(&OutboxFilter {
            order_id: Some(order_id),
            ..OutboxFilter::default()
        })
    }

    /// Every message to customer `customer_id`, newest first: the customer page's history.
    pub fn outbox_for_customer(&self, customer_id: i64) -> Result<Vec<OutboxMessage>> {
        if crate::customers::store::by_id(self.conn(), customer_id)?.is_none() {
            return Err(Error::not_found("customer", customer_id));
        }
        self.outbox_where(&OutboxFilter {
            customer_id: Some(customer_id),
            ..OutboxFilter::default()
        })
    }

    /// "E-mail now" on notice `notification_id`: its message is queued due now (a failed or
    /// withdrawn one again, with its Message-ID; a queued one becomes due now). Works for a
    /// customer who prefers paper but has an address — the message is then marked `paper`, so
    /// the letter still prints — and in "review before sending" mode (the window then sends
    /// it with [`Stockroom::prepare_mail_only`]).
    ///
    /// Refused (`invalid_input`) when e-mail is not set up or the customer has no address;
    /// `not_found` for an unknown notice; refused when the notice was superseded or the
    /// customer was told in person, or its message was already sent.
    pub fn email_now(&mut self, notification_id: i64) -> Result<OutboxMessage> {
        self.mail_set_up()?;
        let id = self.write(|tx, clock| {
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
        })?;
        self.outbox_message(id)
    }

    /// "Don't send" (review before sending): queued message `outbox_id` is withdrawn, never
    /// sent, and its notice goes back to the print queue. Refused when it is not queued.
    pub fn withdraw_mail(&mut self, outbox_id: i64) -> Result<OutboxMessage> {
        self.write(|tx, _| {
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
        })?;
        self.outbox_message(outbox_id)
    }

    /// Sends a test message to `to` now, through the same connection settings (not queued,
    /// not recorded), and gives the server's answer ("250 2.0.0 Ok: queued as …"). The error
    /// says what went wrong (connection, TLS, login, refusal).
    pub fn send_test_mail(&self, to: &str) -> Result<String> {
        let to = rules::check_address(to)?;
        let mail = crate::settings::store::mail(self.conn())?;
        if !mail.configured {
            return Err(Error::invalid(crate::msg!("mail-not-set-up")));
        }
        let password = secret::password_if_needed(&mail)?;
        let shop = crate::settings::store::load(self.conn())?;
        let email = message::test_message(&mail, &shop.store_name, &to, self.clock().now())?;
        let mut client = smtp::Client::new(&mail, password);
        let outcome = client.send_with_reply(&email);
        client.quit();
        match outcome {
            Ok(answer) => Ok(answer),
            Err(smtp::Outcome::Refused(why)) => Err(Error::refused(crate::msg!(
                "mail-test-refused",
                reason = why
            ))),
            Err(smtp::Outcome::Temporary(why) | smtp::Outcome::Unreachable(why)) => Err(
                Error::other(crate::msg!("mail-test-not-sent", reason = why)),
            ),
            Err(smtp::Outcome::Sent) => unreachable!("send_with_reply answers Ok when sent"),
        }
    }

    /// Where the SMTP password is kept (Settings → E-mail shows it).
    pub fn smtp_password_place(&self) -> Result<secret::PasswordPlace> {
        let mail = crate::settings::store::mail(self.conn())?;
        Ok(secret::password_place(&mail))
    }

    /// The words of message `id`: as sent (or as fixed when it was first built for sending),
    /// else as it would be sent now. For the Outbox's viewer.
    pub fn outbox_message_body(&self, id: i64) -> Result<MailBody> {
        if let Some(b) = store::kept_body(self.conn(), id)? {
            return Ok(b);
        }
        let m = self.outbox_message(id)?;
        let lang = store::language_of_order(self.conn(), &m.order)?;
        let t = store::template(self.conn(), m.kind, &lang)?
            .unwrap_or_else(|| default_template(m.kind, &lang));
        message::render(self, m.kind, &t, &m.order, m.shipment.as_deref(), &lang)
    }

    /// The template of `kind` in `language` as the shop has it (saved or built-in).
    pub fn mail_template(
        &self,
        kind: crate::notices::NoticeKind,
        language: &str,
    ) -> Result<TemplateView> {
        let language = template::check_language(language)?;
        let saved = store::template(self.conn(), kind, &language)?;
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

    /// Saves the shop's wording of `kind` in `language`, checked first: an unknown field
    /// (named), an empty subject or a line break in it are refused with `invalid_input`.
    pub fn save_mail_template(
        &mut self,
        kind: crate::notices::NoticeKind,
        language: &str,
        subject: &str,
        body: &str,
    ) -> Result<TemplateView> {
        let language = template::check_language(language)?;
        template::check(kind, subject, body)?;
        let t = Template {
            subject: subject.trim().to_string(),
            body: body.replace("\r\n", "\n"),
        };
        self.write(|tx, clock| {
            store::save_template_in_tx(
                tx,
                kind,
                &language,
                &t,
                &crate::json::time_text(clock.now()),
            )
        })?;
        self.mail_template(kind, &language)
    }

    /// "Reset to default": the built-in wording of `kind` in `language` is back.
    pub fn reset_mail_template(
        &mut self,
        kind: crate::notices::NoticeKind,
        language: &str,
    ) -> Result<TemplateView> {
        let language = template::check_language(language)?;
        self.write(|tx, _| store::delete_template_in_tx(tx, kind, &language))?;
        self.mail_template(kind, &language)
    }

    /// Renders a message of `kind` in `language` — the draft (subject, body) being edited,
    /// else the shop's template — against order `order` (its number), or when `None` the
    /// most recent suitable one (for shipped news: the latest shipment). For the Settings
    /// screen's preview; nothing is stored.
    pub fn preview_mail(
        &self,
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
            None => store::template(self.conn(), kind, &language)?
                .unwrap_or_else(|| default_template(kind, &language)),
        };
        let (order, shipment) =
            store::preview_subject(self.conn(), kind, order)?.ok_or_else(|| {
                Error::invalid(match (kind, order) {
                    (NoticeKind::Shipped, Some(o)) => {
                        crate::msg!("preview-order-not-shipped", order = o)
                    }
                    (_, Some(o)) => crate::msg!("not-found-order", key = o),
                    (NoticeKind::Shipped, None) => crate::msg!("preview-no-shipment"),
                    (_, None) => crate::msg!("preview-no-order"),
                })
            })?;
        message::render(self, kind, &t, &order, shipment.as_deref(), &language)
    }

    /// Queues the e-mail of the pending notices that have none: notices made before e-mail
    /// was set up are not mailed by themselves (the shop may already have printed them), only
    /// when asked. One message per order (its latest pending notice of each moment; older
    /// ones were superseded already), for customers who want e-mail and have an address.
    /// Returns the messages queued.
    pub fn queue_pending_notices(&mut self) -> Result<Vec<OutboxMessage>> {
        self.mail_set_up()?;
        let ids = self.write(|tx, clock| {
            let before = store::last_outbox_id(tx)?;
            store::queue_new_in_tx(tx, 0, &crate::json::time_text(clock.now()))?;
            Ok(before)
        })?;
        let mut v = self.outbox(Some(OutboxStatus::Queued))?;
        v.retain(|m| m.id > ids);
        v.reverse();
        Ok(v)
    }

    /// Stores the SMTP password in the OS keyring (the Settings → E-mail screen calls this).
    /// Never in the database. Fails with a clear message where there is no keyring (a
    /// headless Linux without a Secret Service): use STOCKROOM_SMTP_PASSWORD there.
    pub fn store_smtp_password(&self, password: &str) -> Result<()> {
        let mail = crate::settings::store::mail(self.conn())?;
        secret::store_password(&mail, password)
    }
}
