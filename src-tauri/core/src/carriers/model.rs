use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Carrier {
    pub id: i64,
    pub name: String,
    /// T in the promise rule: days from handing over the parcel to the customer's door.
    pub transit_days: i64,
    pub is_default: bool,
    /// The tracking page, `{tracking}` standing for the number (issue 16); "" = no link.
    pub tracking_url: String,
}

/// What `carrier edit` changes: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CarrierChanges {
    pub transit_days: Option<i64>,
    /// "" removes the link.
    pub tracking_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewCarrier {
    pub name: String,
    pub transit_days: i64,
    #[serde(default)]
    pub is_default: bool,
}
