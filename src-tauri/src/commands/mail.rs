//! E-mail (issue 16): Settings → E-mail, the Outbox, "E-mail now", the message templates.
//! Sending itself is the background sender's ([`crate::mailer`]): these commands queue and
//! wake it, and never talk to the server on the window's behalf — except the test message,
//! whose answer the shopkeeper waits for.

use serde::Serialize;
use tauri::{AppHandle, State};

use stockroom_core::mail::secret::PasswordPlace;
use stockroom_core::mail::template::TemplateView;
use stockroom_core::mail::MailBody;
use stockroom_core::mail::{MailPatch, MailSettings, OutboxMessage, OutboxStatus};
use stockroom_core::notices::NoticeKind;
use stockroom_core::settings::SettingsPatch;

use crate::error::CmdResult;
use crate::mailer::MailerStatus;
use crate::state::Shop;

/// Settings → E-mail: the settings, where the password is kept, what the sender does.
#[derive(Serialize)]
pub struct MailSetup {
    pub settings: MailSettings,
    pub password: PasswordPlace,
    pub sender: MailerStatus,
    /// The languages messages can be written in (one translation file each).
    pub languages: Vec<&'static str>,
}

#[tauri::command]
pub async fn mail_setup(shop: State<'_, Shop>) -> CmdResult<MailSetup> {
    let sender = shop.mailer().status();
    shop.read(move |s| {
        Ok(MailSetup {
            settings: s.settings()?.mail,
            password: s.smtp_password_place()?,
            sender,
            languages: stockroom_core::i18n::known(),
        })
    })
    .await
}

/// Saves the e-mail settings; a password given goes to the OS keyring, never the database.
#[tauri::command]
pub async fn save_mail_setup(
    app: AppHandle,
    shop: State<'_, Shop>,
    patch: MailPatch,
    password: Option<String>,
) -> CmdResult<MailSetup> {
    shop.write(&app, move |s| {
        s.update_settings(&SettingsPatch {
            mail: patch,
            ..Default::default()
        })?;
        if let Some(p) = password.filter(|p| !p.is_empty()) {
            s.store_smtp_password(&p)?;
        }
        Ok(())
    })
    .await?;
    mail_setup(shop).await
}

/// Sends a test message now and gives the server's answer.
#[tauri::command]
pub async fn send_test_mail(shop: State<'_, Shop>, to: String) -> CmdResult<String> {
    shop.read(move |s| s.send_test_mail(&to)).await
}

/// The outbox, newest first (`status`: queued, sent, failed, superseded; none = all).
#[tauri::command]
pub async fn list_outbox(
    shop: State<'_, Shop>,
    status: Option<String>,
) -> CmdResult<Vec<OutboxMessage>> {
    shop.read(move |s| {
        let status = status
            .filter(|t| !t.is_empty())
            .map(|t| OutboxStatus::parse(&t))
            .transpose()?;
        s.outbox(status)
    })
    .await
}

/// The messages of one order (by id), or of one customer.
#[tauri::command]
pub async fn order_messages(shop: State<'_, Shop>, order_id: i64) -> CmdResult<Vec<OutboxMessage>> {
    shop.read(move |s| s.outbox_for_order(order_id)).await
}

#[tauri::command]
pub async fn customer_messages(
    shop: State<'_, Shop>,
    customer_id: i64,
) -> CmdResult<Vec<OutboxMessage>> {
    shop.read(move |s| s.outbox_for_customer(customer_id)).await
}

/// The message as sent (or as it will be sent): subject, text, HTML, the attachment's name.
#[tauri::command]
pub async fn outbox_message_body(shop: State<'_, Shop>, id: i64) -> CmdResult<MailBody> {
    shop.read(move |s| s.outbox_message_body(id)).await
}

/// "E-mail now" on a notice: queues its message and has the sender send it at once.
#[tauri::command]
pub async fn email_notice_now(
    app: AppHandle,
    shop: State<'_, Shop>,
    notification_id: i64,
) -> CmdResult<OutboxMessage> {
    let m = shop
        .write(&app, move |s| s.email_now(notification_id))
        .await?;
    shop.mailer().send_now(&[m.id]);
    Ok(m)
}

/// Sends these queued messages now (review before sending: all or some of them).
#[tauri::command]
pub async fn send_outbox_now(shop: State<'_, Shop>, ids: Vec<i64>) -> CmdResult<usize> {
    shop.mailer().send_now(&ids);
    Ok(ids.len())
}

/// A failed message goes again, with the same Message-ID.
#[tauri::command]
pub async fn retry_mail(
    app: AppHandle,
    shop: State<'_, Shop>,
    id: i64,
) -> CmdResult<OutboxMessage> {
    let m = shop.write(&app, move |s| s.retry_mail(id)).await?;
    shop.mailer().send_now(&[m.id]);
    Ok(m)
}

/// "Don't send" in review: the message is withdrawn and its notice goes back on paper.
#[tauri::command]
pub async fn withdraw_mail(
    app: AppHandle,
    shop: State<'_, Shop>,
    id: i64,
) -> CmdResult<OutboxMessage> {
    shop.write(&app, move |s| s.withdraw_mail(id)).await
}

#[tauri::command]
pub async fn mail_template(
    shop: State<'_, Shop>,
    kind: NoticeKind,
    language: String,
) -> CmdResult<TemplateView> {
    shop.read(move |s| s.mail_template(kind, &language)).await
}

#[tauri::command]
pub async fn save_mail_template(
    app: AppHandle,
    shop: State<'_, Shop>,
    kind: NoticeKind,
    language: String,
    subject: String,
    body: String,
) -> CmdResult<TemplateView> {
    shop.write(&app, move |s| {
        s.save_mail_template(kind, &language, &subject, &body)
    })
    .await
}

#[tauri::command]
pub async fn reset_mail_template(
    app: AppHandle,
    shop: State<'_, Shop>,
    kind: NoticeKind,
    language: String,
) -> CmdResult<TemplateView> {
    shop.write(&app, move |s| s.reset_mail_template(kind, &language))
        .await
}

/// The message a template (the saved one, or the draft being edited) makes for an order.
#[tauri::command]
pub async fn preview_mail(
    shop: State<'_, Shop>,
    kind: NoticeKind,
    language: String,
    subject: Option<String>,
    body: Option<String>,
    order: Option<String>,
) -> CmdResult<MailBody> {
    shop.read(move |s| {
        let draft = subject.zip(body);
        s.preview_mail(kind, &language, draft, order.as_deref())
    })
    .await
}
