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
            other => Err(crate::Error::invalid(crate::msg!(
                "not-a-shipping-preference",
                value = other
            ))),
        }
    }
}

/// How a customer wants their news (issue 16). Paper-only customers stay in the print queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Contact {
    Email,
    Paper,
    Both,
}

impl Contact {
    pub fn as_str(self) -> &'static str {
        match self {
            Contact::Email => "email",
            Contact::Paper => "paper",
            Contact::Both => "both",
        }
    }

    /// `email`, `paper` or `both` (also `e-mail`, as people type it).
    pub fn parse(s: &str) -> crate::Result<Contact> {
        match s.trim().to_ascii_lowercase().as_str() {
            "email" | "e-mail" => Ok(Contact::Email),
            "paper" => Ok(Contact::Paper),
            "both" => Ok(Contact::Both),
            other => Err(crate::Error::invalid(crate::msg!(
                "not-a-contact-way",
                value = other
            ))),
        }
    }

    /// The preference in effect: the chosen one, else e-mail when an address is known, else
    /// paper. E-mail without an address is paper: there is nowhere to send it.
    pub fn effective(chosen: Option<Contact>, email: &str) -> Contact {
        match (chosen, email.trim().is_empty()) {
            (_, true) => Contact::Paper,
            (Some(c), false) => c,
            (None, false) => Contact::Email,
        }
    }

    pub fn by_email(self) -> bool {
        matches!(self, Contact::Email | Contact::Both)
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
    /// How they get their news, in effect (see [`Contact::effective`]).
    pub contact: Contact,
    /// Whether `contact` was chosen (false: it follows from whether an address is known).
    pub contact_chosen: bool,
    /// The language they are written to in (issue 17): a code of one of the translation
    /// files (`en`, `de`, `pl`, ...), by default the shop's language.
    pub language: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewCustomer {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub address: String,
    pub ships: ShipPreference,
    /// Their language (issue 17); `None`: the shop's language.
    pub language: Option<String>,
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
    /// Their language (issue 17).
    pub language: Option<String>,
}

/// A customer with their orders and what they are owed news about.
#[derive(Debug, Clone, Serialize)]
pub struct CustomerDetail {
    pub customer: Customer,
    pub orders: Vec<OrderSummary>,
    pub notifications: Vec<Notification>,
}
