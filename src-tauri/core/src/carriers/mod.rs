//! Carriers: name and transit days; one is the default.

pub mod model;
pub mod rules;
pub mod store;

pub use model::{Carrier, NewCarrier};

use crate::{Result, Stockroom};

impl Stockroom {
    pub fn add_carrier(&mut self, c: &NewCarrier) -> Result<Carrier> {
        rules::validate(c)?;
        self.write(|tx, _| {
            let id = store::insert_in_tx(tx, c)?;
            Ok(store::by_id(tx, id)?.expect("just inserted"))
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
