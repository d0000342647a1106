//! Carriers: name and transit days; one is the default.

pub mod model;
pub mod rules;
pub mod store;

pub use model::{Carrier, CarrierChanges, NewCarrier};

use crate::db::Tx;
use crate::Result;

/// Adds a carrier (already validated), with its tracking link template when one is given.
pub fn add_in_tx(tx: &Tx<'_>, c: &NewCarrier, tracking_url: Option<&str>) -> Result<Carrier> {
    let id = store::insert_in_tx(tx, c)?;
    if let Some(url) = tracking_url {
        store::update_in_tx(tx, id, c.transit_days, url)?;
    }
    Ok(store::by_id(tx, id)?.expect("just inserted"))
}

/// Changes a carrier's transit days or tracking link (`url`: already checked).
pub fn edit_in_tx(
    tx: &Tx<'_>,
    name: &str,
    changes: &CarrierChanges,
    url: Option<&str>,
) -> Result<Carrier> {
    let c = store::require_by_name(tx, name)?;
    let edited = NewCarrier {
        name: c.name.clone(),
        transit_days: changes.transit_days.unwrap_or(c.transit_days),
        is_default: c.is_default,
    };
    rules::validate(&edited)?;
    store::update_in_tx(
        tx,
        c.id,
        edited.transit_days,
        url.unwrap_or(&c.tracking_url),
    )?;
    Ok(store::by_id(tx, c.id)?.expect("exists"))
}

pub fn set_default_in_tx(tx: &Tx<'_>, name: &str) -> Result<Carrier> {
    let c = store::require_by_name(tx, name)?;
    store::set_default_in_tx(tx, c.id)?;
    Ok(store::by_id(tx, c.id)?.expect("exists"))
}
