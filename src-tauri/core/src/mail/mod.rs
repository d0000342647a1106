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

pub use model::{MailPatch, MailSettings, OutboxMessage, OutboxStatus, Security, SendReport};

use crate::{Error, Result, Stockroom};

impl Stockroom {
    /// The outbox, newest first; `status` keeps one status.
    pub fn outbox(&self, status: Option<OutboxStatus>) -> Result<Vec<OutboxMessage>> {
        store::list(self.conn(), status)
    }

    /// Sends queued messages. `now = true` (the "Send now" button, `mail send`) tries every
    /// queued message whatever its backoff, even in "review before sending" mode; `now =
    /// false` (the app's background sender) sends only the due ones, and nothing when the
    /// shop reviews before sending.
    ///
    /// Refused with `invalid_input` when e-mail is not set up, or when the server needs a
    /// password and none is available (only asked when there is something to send).
    pub fn send_queued(&mut self, now: bool) -> Result<SendReport> {
        let mail = crate::settings::store::mail(self.conn())?;
        if !mail.configured {
            return Err(Error::invalid(
                "e-mail is not set up: set the SMTP server and the shop's address first \
                 (settings set --smtp-host … --mail-from …)",
            ));
        }
        if !now && !mail.mail_auto {
            return Ok(SendReport {
                queued: store::count_queued(self.conn())?,
                ..Default::default()
            });
        }
        // (1) One short read of what is due.
        let due = store::due(
            self.conn(),
            now,
            &crate::json::time_text(self.clock().now()),
        )?;
        if due.is_empty() {
            return Ok(SendReport {
                queued: store::count_queued(self.conn())?,
                ..Default::default()
            });
        }
        let password = secret::password_if_needed(&mail)?;
        let mut report = SendReport::default();
        // (2) Talk to the server, holding no transaction; (3) record each outcome in its own.
        let mut client = smtp::Client::new(&mail, password);
        for m in &due {
            let outcome = match message::build(self, &mail, m) {
                Ok((subject, email)) => (subject, client.send(&email)),
                // A message that cannot be built (its order or shipment is gone, a PDF
                // failed) is a fault on our side: keep it queued and say why.
                Err(e) => (String::new(), smtp::Outcome::Temporary(e.to_string())),
            };
            let (subject, outcome) = outcome;
            match &outcome {
                smtp::Outcome::Sent => report.sent += 1,
                smtp::Outcome::Refused(_) => report.failed += 1,
                smtp::Outcome::Temporary(_) => {}
            }
            self.write(|tx, clock| {
                store::record_attempt_in_tx(tx, m, &subject, &outcome, clock.now())
            })?;
        }
        client.quit();
        report.queued = store::count_queued(self.conn())?;
        Ok(report)
    }

    /// Puts failed message `id` back in the queue, due now, keeping its Message-ID. Refused
    /// when it is not failed (a queued one is already waiting; a sent one went).
    pub fn retry_mail(&mut self, id: i64) -> Result<OutboxMessage> {
        self.write(|tx, clock| {
            if !store::exists(tx, id)? {
                return Err(Error::not_found("message", id));
            }
            if !store::retry_in_tx(tx, id, &crate::json::time_text(clock.now()))? {
                return Err(Error::refused(format!(
                    "message {id} did not fail; only a failed message is tried again"
                )));
            }
            Ok(())
        })?;
        self.outbox_message(id)
    }

    pub fn outbox_message(&self, id: i64) -> Result<OutboxMessage> {
        store::list(self.conn(), None)?
            .into_iter()
            .find(|m| m.id == id)
            .ok_or_else(|| Error::not_found("message", id))
    }

    /// Sends a test message to `to` now, through the same connection settings (not queued,
    /// not recorded). The error says what went wrong (connection, TLS, login, refusal).
    pub fn send_test_mail(&self, to: &str) -> Result<()> {
        let to = rules::check_address(to)?;
        let mail = crate::settings::store::mail(self.conn())?;
        if !mail.configured {
            return Err(Error::invalid(
                "e-mail is not set up: set the SMTP server and the shop's address first",
            ));
        }
        let password = secret::password_if_needed(&mail)?;
        let shop = crate::settings::store::load(self.conn())?;
        let email = message::test_message(&mail, &shop.store_name, &to, self.clock().now())?;
        let mut client = smtp::Client::new(&mail, password);
        let outcome = client.send(&email);
        client.quit();
        match outcome {
            smtp::Outcome::Sent => Ok(()),
            smtp::Outcome::Refused(why) => Err(Error::refused(format!(
                "the server refused the test message: {why}"
            ))),
            smtp::Outcome::Temporary(why) => Err(Error::Other(format!(
                "the test message was not sent: {why}"
            ))),
        }
    }

    /// Stores the SMTP password in the OS keyring (the Settings → E-mail screen calls this).
    /// Never in the database. Fails with a clear message where there is no keyring (a
    /// headless Linux without a Secret Service): use STOCKROOM_SMTP_PASSWORD there.
    pub fn store_smtp_password(&self, password: &str) -> Result<()> {
        let mail = crate::settings::store::mail(self.conn())?;
        secret::store_password(&mail, password)
    }
}
