//! E-mail to customers (issue 16): the server settings, the outbox and what a send did.

use serde::{Deserialize, Serialize};

/// How the connection to the SMTP server is protected. Certificates are always verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Security {
    /// Plain text: only allowed for a server on this computer.
    None,
    /// STARTTLS on a plain connection (port 587); refused if the server does not offer it.
    #[default]
    Starttls,
    /// Implicit TLS from the first byte (port 465).
    Tls,
}

impl Security {
    pub fn as_str(self) -> &'static str {
        match self {
            Security::None => "none",
            Security::Starttls => "starttls",
            Security::Tls => "tls",
        }
    }

    pub fn parse(s: &str) -> crate::Result<Security> {
        match s.trim().to_ascii_lowercase().as_str() {
            "none" => Ok(Security::None),
            "starttls" => Ok(Security::Starttls),
            "tls" | "ssl" => Ok(Security::Tls),
            other => Err(crate::Error::invalid(crate::msg!(
                "not-a-security",
                value = other
            ))),
        }
    }
}

/// The shop's e-mail settings (part of [`crate::settings::Settings`]). No password here: it
/// is in the OS keyring (see [`crate::mail::secret`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailSettings {
    pub smtp_host: String,
    pub smtp_port: u16,
    pub smtp_security: Security,
    /// AUTH is used when set.
    pub smtp_user: String,
    /// The shop's address: the From of every message.
    pub mail_from: String,
    /// Where replies go; "" = `mail_from`.
    pub mail_reply_to: String,
    /// Send queued messages by themselves (true), or "review before sending" (false).
    pub mail_auto: bool,
    /// Whether e-mail is set up (a host and a From address): until then nothing is queued.
    pub configured: bool,
}

/// A change to the e-mail settings: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MailPatch {
    pub smtp_host: Option<String>,
    pub smtp_port: Option<u16>,
    pub smtp_security: Option<Security>,
    pub smtp_user: Option<String>,
    pub mail_from: Option<String>,
    pub mail_reply_to: Option<String>,
    pub mail_auto: Option<bool>,
}

impl MailPatch {
    pub fn is_empty(&self) -> bool {
        self == &MailPatch::default()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutboxStatus {
    Queued,
    Sent,
    Failed,
    Superseded,
}

impl OutboxStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxStatus::Queued => "queued",
            OutboxStatus::Sent => "sent",
            OutboxStatus::Failed => "failed",
            OutboxStatus::Superseded => "superseded",
        }
    }

    pub fn parse(s: &str) -> crate::Result<OutboxStatus> {
        match s.trim() {
            "queued" => Ok(OutboxStatus::Queued),
            "sent" => Ok(OutboxStatus::Sent),
            "failed" => Ok(OutboxStatus::Failed),
            "superseded" => Ok(OutboxStatus::Superseded),
            other => Err(crate::Error::invalid(crate::msg!(
                "not-an-outbox-status",
                value = other
            ))),
        }
    }
}

/// One message of the outbox, as the Outbox view and `mail outbox --json` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxMessage {
    pub id: i64,
    /// The notification's kind: backordered, promise_moved or shipped.
    pub kind: crate::notices::NoticeKind,
    /// The order's number.
    pub order: String,
    /// The shipment's number (shipped messages).
    pub shipment: Option<String>,
    pub notification: i64,
    pub to: String,
    pub to_name: String,
    pub subject: String,
    pub status: OutboxStatus,
    pub attempts: i64,
    /// The server's reply or the connection error of the last failed attempt ("" = none).
    pub last_error: String,
    pub message_id: String,
    pub queued_at: String,
    pub next_attempt_at: String,
    pub sent_at: Option<String>,
    pub superseded_by: Option<i64>,
    /// The order's customer (their id, and their name as it is now; `to_name` is the name
    /// the message was addressed to).
    pub customer_id: i64,
    pub customer: String,
}

/// Which outbox messages to list: every set field must match.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OutboxFilter {
    pub status: Option<OutboxStatus>,
    /// The order's id (not its number).
    pub order_id: Option<i64>,
    pub customer_id: Option<i64>,
    /// One message.
    pub id: Option<i64>,
}

/// What one run of the sender did, and what is left.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendReport {
    /// Messages the server accepted in this run.
    pub sent: usize,
    /// Messages the server refused for good in this run.
    pub failed: usize,
    /// Messages still queued after this run (temporary failures, and any not yet due).
    pub queued: usize,
}
