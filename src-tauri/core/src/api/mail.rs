//! E-mail (issue 16): the outbox, sending in three steps, templates and their previews.

use crate::mail::{
    self, secret, store, MailAttempt, MailBatch, MailBody, OutboxFilter, OutboxMessage,
    OutboxStatus, SendReport, TemplateView,
};
use crate::notices::NoticeKind;
use crate::{Result, Stockroom};

impl Stockroom {
    /// The outbox, newest first; `status` keeps one status.
    pub fn outbox(&self, status: Option<OutboxStatus>) -> Result<Vec<OutboxMessage>> {
        store::list(self.db(), status)
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
        report.queued = store::count_queued(self.db())?;
        Ok(report)
    }

    /// Step 1 of sending: one read of the due messages, each built (text, HTML, PDF) from the
    /// order as it stands. Holds no transaction afterwards. An empty batch when nothing is due
    /// (or `now` is false and the shop reviews before sending).
    pub fn prepare_mail(&self, now: bool) -> Result<MailBatch> {
        mail::prepare(self.db(), self.clock(), now)
    }

    /// Step 1 of sending, for exactly the queued messages `outbox_ids` (the ones the
    /// shopkeeper picked), whatever their backoff and the review mode. Ids that are not queued
    /// (sent, failed, withdrawn, unknown) are left out.
    pub fn prepare_mail_only(&self, outbox_ids: &[i64]) -> Result<MailBatch> {
        mail::prepare_only(self.db(), self.clock().today(), outbox_ids)
    }

    /// Step 3 of sending: records one attempt in its own short write transaction.
    pub fn record_mail(&mut self, attempt: &MailAttempt) -> Result<()> {
        self.write(|tx, clock| mail::record_in_tx(tx, clock, attempt))
    }

    /// Puts failed message `id` back in the queue, due now, keeping its Message-ID. Refused
    /// when it is not failed (a queued one is already waiting; a sent one went).
    pub fn retry_mail(&mut self, id: i64) -> Result<OutboxMessage> {
        self.write(|tx, clock| mail::retry_in_tx(tx, clock, id))?;
        self.outbox_message(id)
    }

    pub fn outbox_message(&self, id: i64) -> Result<OutboxMessage> {
        mail::outbox_message(self.db(), id)
    }

    /// The outbox messages that pass `filter`, newest first.
    pub fn outbox_where(&self, filter: &OutboxFilter) -> Result<Vec<OutboxMessage>> {
        store::list_where(self.db(), filter)
    }

    /// Every message of order `order_id` (its id), newest first: the order page's history.
    pub fn outbox_for_order(&self, order_id: i64) -> Result<Vec<OutboxMessage>> {
        mail::outbox_for_order(self.db(), order_id)
    }

    /// Every message to customer `customer_id`, newest first: the customer page's history.
    pub fn outbox_for_customer(&self, customer_id: i64) -> Result<Vec<OutboxMessage>> {
        mail::outbox_for_customer(self.db(), customer_id)
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
        mail::mail_set_up(self.db())?;
        let id = self.write(|tx, clock| mail::email_now_in_tx(tx, clock, notification_id))?;
        self.outbox_message(id)
    }

    /// "Don't send" (review before sending): queued message `outbox_id` is withdrawn, never
    /// sent, and its notice goes back to the print queue. Refused when it is not queued.
    pub fn withdraw_mail(&mut self, outbox_id: i64) -> Result<OutboxMessage> {
        self.write(|tx, _| mail::withdraw_in_tx(tx, outbox_id))?;
        self.outbox_message(outbox_id)
    }

    /// Sends a test message to `to` now, through the same connection settings (not queued,
    /// not recorded), and gives the server's answer ("250 2.0.0 Ok: queued as …"). The error
    /// says what went wrong (connection, TLS, login, refusal).
    pub fn send_test_mail(&self, to: &str) -> Result<String> {
        mail::send_test(self.db(), self.clock().now(), to)
    }

    /// Where the SMTP password is kept (Settings → E-mail shows it).
    pub fn smtp_password_place(&self) -> Result<secret::PasswordPlace> {
        mail::password_place(self.db())
    }

    /// Stores the SMTP password in the OS keyring (the Settings → E-mail screen calls this).
    /// Never in the database. Fails with a clear message where there is no keyring (a
    /// headless Linux without a Secret Service): use STOCKROOM_SMTP_PASSWORD there.
    pub fn store_smtp_password(&self, password: &str) -> Result<()> {
        mail::store_password(self.db(), password)
    }

    /// The words of message `id`: as sent (or as fixed when it was first built for sending),
    /// else as it would be sent now. For the Outbox's viewer.
    pub fn outbox_message_body(&self, id: i64) -> Result<MailBody> {
        mail::message_body(self.db(), self.clock().today(), id)
    }

    /// The template of `kind` in `language` as the shop has it (saved or built-in).
    pub fn mail_template(&self, kind: NoticeKind, language: &str) -> Result<TemplateView> {
        mail::template_view(self.db(), kind, language)
    }

    /// Saves the shop's wording of `kind` in `language`, checked first: an unknown field
    /// (named), an empty subject or a line break in it are refused with `invalid_input`.
    pub fn save_mail_template(
        &mut self,
        kind: NoticeKind,
        language: &str,
        subject: &str,
        body: &str,
    ) -> Result<TemplateView> {
        let (language, t) = mail::checked_template(kind, language, subject, body)?;
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
        kind: NoticeKind,
        language: &str,
    ) -> Result<TemplateView> {
        let language = mail::template::check_language(language)?;
        self.write(|tx, _| store::delete_template_in_tx(tx, kind, &language))?;
        self.mail_template(kind, &language)
    }

    /// Renders a message of `kind` in `language` — the draft (subject, body) being edited,
    /// else the shop's template — against order `order` (its number), or when `None` the
    /// most recent suitable one (for shipped news: the latest shipment). For the Settings
    /// screen's preview; nothing is stored.
    pub fn preview_mail(
        &self,
        kind: NoticeKind,
        language: &str,
        draft: Option<(String, String)>,
        order: Option<&str>,
    ) -> Result<MailBody> {
        mail::preview(
            self.db(),
            self.clock().today(),
            kind,
            language,
            draft,
            order,
        )
    }

    /// Queues the e-mail of the pending notices that have none: notices made before e-mail
    /// was set up are not mailed by themselves (the shop may already have printed them), only
    /// when asked. One message per order (its latest pending notice of each moment; older
    /// ones were superseded already), for customers who want e-mail and have an address.
    /// Returns the messages queued.
    pub fn queue_pending_notices(&mut self) -> Result<Vec<OutboxMessage>> {
        mail::mail_set_up(self.db())?;
        let before = self.write(mail::queue_pending_in_tx)?;
        mail::queued_after(self.db(), before)
    }
}
