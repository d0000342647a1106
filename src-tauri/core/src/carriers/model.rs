use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Carrier {
    pub id: i64,
    pub name: String,
    /// T in the promise rule: days from handing over the parcel to the customer's door.
    pub transit_days: i64,
    pub is_default: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewCarrier {
    pub name: String,
    pub transit_days: i64,
    #[serde(default)]
    pub is_default: bool,
}
