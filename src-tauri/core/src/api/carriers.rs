//! Carriers: who ships, how many days in transit, and the default one.

use crate::carriers::{self, rules, Carrier, CarrierChanges, NewCarrier};
use crate::{Result, Stockroom};

impl Stockroom {
    pub fn add_carrier(&mut self, c: &NewCarrier) -> Result<Carrier> {
        rules::validate(c)?;
        self.write(|tx, _| carriers::add_in_tx(tx, c, None))
    }

    /// Adds a carrier with its tracking link template (issue 16), in one transaction.
    pub fn add_carrier_with_tracking(
        &mut self,
        c: &NewCarrier,
        tracking_url: &str,
    ) -> Result<Carrier> {
        rules::validate(c)?;
        let url = rules::check_tracking_url(tracking_url)?;
        self.write(|tx, _| carriers::add_in_tx(tx, c, Some(&url)))
    }

    /// Changes a carrier's transit days or tracking link (only what `changes` names).
    pub fn edit_carrier(&mut self, name: &str, changes: &CarrierChanges) -> Result<Carrier> {
        let url = changes
            .tracking_url
            .as_deref()
            .map(rules::check_tracking_url)
            .transpose()?;
        self.write(|tx, _| carriers::edit_in_tx(tx, name, changes, url.as_deref()))
    }

    pub fn set_default_carrier(&mut self, name: &str) -> Result<Carrier> {
        self.write(|tx, _| carriers::set_default_in_tx(tx, name))
    }

    pub fn carriers(&self) -> Result<Vec<Carrier>> {
        carriers::store::all(self.db())
    }
}
