//! Carriers: name and transit days; one is the default.

pub mod model;
pub mod rules;
pub mod store;

pub use model::{Carrier, CarrierChanges, NewCarrier};

use crate::{Result, Stockroom};

impl Stockroom {
    pub fn add_carrier(&mut self, c: &NewCarrier) -> Result<Carrier> {
        rules::validate(c)?;
        self.write(|tx, _| {
            let id = store::insert_in_tx(tx, c)?;
            Ok(store::by_id(tx, id)?.expect("just inserted"))
        })
    }

    /// Adds a carrier with its tracking link template (issue 16), in one transaction.
    pub fn add_carrier_with_tracking(
        &mut self,
        c: &NewCarrier,
        tracking_url: &str,
    ) -> Result<Carrier> {
        rules::validate(c)?;
        let url = rules::check_tracking_url(tracking_url)?;
        self.write(|tx, _| {
            let id = store::insert_in_tx(tx, c)?;
            store::update_in_tx(tx, id, c.transit_days, &url)?;
            Ok(store::by_id(tx, id)?.expect("just inserted"))
        })
    }

    /// Changes a carrier's transit days or tracking link (only what `changes` names).
    pub fn edit_carrier(&mut self, name: &str, changes: &CarrierChanges) -> Result<Carrier> {
        let url = changes
            .tracking_url
            .as_deref()
            .map(rules::check_tracking_url)
            .transpose()?;
        self.write(|tx, _| {
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
                url.as_deref().unwrap_or(&c.tracking_url),
            )?;
            Ok(store::by_id(tx, c.id)?.expect("exists"))
        })
    }

    pub fn set_default_carrier(&mut self, name: &str) -> Result<Carrier> {
        self.write(|tx, _| {
            let c = store::require_by_name(tx, name)?;
            store::set_default_in_tx(tx, c.id)?;
            Ok(store::by_id(tx, c.id)?.expect("exists"))
        })
    }

    pub fn carriers(&self) -> Result<Vec<Carrier>> {
        store::all(self.conn())
    }
}
