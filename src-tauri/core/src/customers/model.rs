use serde::{Deserialize, Serialize};

use crate::notices::model::Notification;
use crate::orders::model::OrderSummary;

/// How a customer wants to receive an order that cannot ship whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ShipPreference {
    /// Ship what is in stock now, the rest later (the default).
    #[default]
    Partial,
    /// Wait and ship everything together.
    Complete,
}

impl ShipPreference {
    pub fn as_str(self) -> &'static str {
        match self {
            ShipPreference::Partial => "partial",
            ShipPreference::Complete => "complete",
        }
    }

    pub fn parse(s: &str) -> crate::Result<Self> {
        match s.trim() {
            "partial" => Ok(ShipPreference::Partial),
            "complete" => Ok(ShipPreference::Complete),
            other => Err(crate::Error::invalid(format!(
                "'{other}' is not a shipping preference (expected partial or complete)"
            ))),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub phone: String,
    /// Postal address, multi-line, any script.
    pub address: String,
    pub ships: ShipPreference,
    pub created_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewCustomer {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub address: String,
    pub ships: ShipPreference,
}

/// What a shopkeeper corrects on a customer: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CustomerChanges {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub ships: Option<ShipPreference>,
}

/// A customer with their orders and what they are owed news about.
#[derive(Debug, Clone, Serialize)]
pub struct CustomerDetail {
    pub customer: Customer,
    pub orders: Vec<OrderSummary>,
    pub notifications: Vec<Notification>,
}
