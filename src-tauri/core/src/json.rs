//! Serde helpers for the JSON contract: money crosses every boundary as a decimal string
//! (`"12.50"`), never as a float; dates are `YYYY-MM-DD` (chrono's own serde form).

/// `#[serde(with = "crate::json::money")]` on an `i64` of minor units.
pub mod money {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &i64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&crate::money::decimal(*v))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
        let s = String::deserialize(d)?;
        crate::money::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Times are stored and shown as `YYYY-MM-DD HH:MM:SS` (see [`crate::clock::TIME_FORMAT`]).
pub fn time_text(t: chrono::NaiveDateTime) -> String {
    t.format(crate::clock::TIME_FORMAT).to_string()
}

pub fn parse_time(s: &str) -> Option<chrono::NaiveDateTime> {
    chrono::NaiveDateTime::parse_from_str(s, crate::clock::TIME_FORMAT).ok()
}
