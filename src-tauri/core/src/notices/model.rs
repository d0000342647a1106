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

    pub fn parse(s: &str) -> NoticeKind {
        match s {
            "backordered" => NoticeKind::Backordered,
            "promise_moved" => NoticeKind::PromiseMoved,
            _ => NoticeKind::Shipped,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeStatus {
    Pending,
    Printed,
    Sent,
}

impl NoticeStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            NoticeStatus::Pending => "pending",
            NoticeStatus::Printed => "printed",
            NoticeStatus::Sent => "sent",
        }
    }

    pub fn parse(s: &str) -> crate::Result<NoticeStatus> {
        match s.trim() {
            "pending" => Ok(NoticeStatus::Pending),
            "printed" => Ok(NoticeStatus::Printed),
            "sent" => Ok(NoticeStatus::Sent),
            other => Err(crate::Error::invalid(format!(
                "'{other}' is not a notification status (expected pending, printed or sent)"
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
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NoticeFilter {
    pub pending_only: bool,
    pub customer_id: Option<i64>,
    pub order: Option<String>,
}
