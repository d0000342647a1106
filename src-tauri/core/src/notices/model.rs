//! What each customer should be told: the shop's to-do list of notices.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    /// Units of a line went on backorder (with the promise).
    Backordered,
    /// A promise moved by a day or more.
    PromiseMoved,
    /// A shipment left (with its tracking).
    Shipped,
}

impl NoticeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NoticeKind::Backordered => "backordered",
            NoticeKind::PromiseMoved => "promise_moved",
            NoticeKind::Shipped => "shipped",
        }
    }

    /// The kind stored in the database; an unknown word is an error, never a guess.
    pub fn parse(s: &str) -> crate::Result<NoticeKind> {
        match s {
            "backordered" => Ok(NoticeKind::Backordered),
            "promise_moved" => Ok(NoticeKind::PromiseMoved),
            "shipped" => Ok(NoticeKind::Shipped),
            other => Err(crate::Error::invalid(crate::msg!(
                "not-a-notice-kind",
                value = other
            ))),
        }
    }

    /// Kinds the backorder notice answers: a newer one of these supersedes an older pending
    /// one of the same order (the letter is about the order's waiting units as they are now).
    pub fn is_backorder_news(self) -> bool {
        matches!(self, NoticeKind::Backordered | NoticeKind::PromiseMoved)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeStatus {
    Pending,
    Printed,
    Sent,
    /// A newer notice of the same order carries the latest news; never printed or sent.
    Superseded,
    /// Staff told the customer themselves, by phone or in person.
    Told,
}

impl NoticeStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            NoticeStatus::Pending => "pending",
            NoticeStatus::Printed => "printed",
            NoticeStatus::Sent => "sent",
            NoticeStatus::Superseded => "superseded",
            NoticeStatus::Told => "told",
        }
    }

    pub fn parse(s: &str) -> crate::Result<NoticeStatus> {
        match s.trim() {
            "pending" => Ok(NoticeStatus::Pending),
            "printed" => Ok(NoticeStatus::Printed),
            "sent" => Ok(NoticeStatus::Sent),
            "superseded" => Ok(NoticeStatus::Superseded),
            "told" => Ok(NoticeStatus::Told),
            other => Err(crate::Error::invalid(crate::msg!(
                "not-a-notice-status",
                value = other
            ))),
        }
    }
}

/// How staff told a customer themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToldHow {
    Phone,
    InPerson,
}

impl ToldHow {
    pub fn as_str(self) -> &'static str {
        match self {
            ToldHow::Phone => "phone",
            ToldHow::InPerson => "in_person",
        }
    }

    /// `phone`, `in_person` (also `in-person`, as typed on a command line).
    pub fn parse(s: &str) -> crate::Result<ToldHow> {
        match s.trim() {
            "phone" => Ok(ToldHow::Phone),
            "in_person" | "in-person" => Ok(ToldHow::InPerson),
            other => Err(crate::Error::invalid(crate::msg!(
                "not-a-told-way",
                value = other
            ))),
        }
    }
}

/// One line a notice is about (stored as JSON in `notifications.detail`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeLine {
    pub sku: String,
    /// Units concerned: backordered units, units still to ship, or units shipped.
    pub qty: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_eta: Option<NaiveDate>,
    /// The promise now (null: date to be confirmed; absent for shipments).
    #[serde(default)]
    pub eta: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub id: i64,
    pub order: String,
    pub customer: String,
    pub customer_id: i64,
    pub kind: NoticeKind,
    pub due: NaiveDate,
    pub status: NoticeStatus,
    pub shipment: Option<String>,
    pub tracking: Option<String>,
    pub lines: Vec<NoticeLine>,
    pub created_at: String,
    pub printed_at: Option<String>,
    pub sent_at: Option<String>,
    /// The newer notice that carries this one's news (status `superseded`).
    pub superseded_by: Option<i64>,
    /// How staff told the customer (status `told`), with their note and the time.
    pub told_how: Option<ToldHow>,
    pub told_note: String,
    pub told_at: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NoticeFilter {
    pub pending_only: bool,
    pub customer_id: Option<i64>,
    pub order: Option<String>,
}
