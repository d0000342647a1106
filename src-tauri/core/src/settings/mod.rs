//! Settings: store name, address, contact, currency, handling days, default backorder incentive.

pub mod model;
pub mod rules;
pub mod store;

pub use model::{Incentive, Settings, SettingsPatch};

use crate::{Result, Stockroom};

impl Stockroom {
    pub fn settings(&self) -> Result<Settings> {
        store::load(self.conn())
    }

    /// Changes the fields the patch sets; the rest stay as they are.
    pub fn update_settings(&mut self, patch: &SettingsPatch) -> Result<Settings> {
        self.write(|tx, _| {
            let mut patch = patch.clone();
            if let Some(c) = &mut patch.currency {
                *c = c.trim().to_ascii_uppercase();
            }
            let s = store::apply_patch(store::load(tx)?, &patch);
            rules::validate(&s)?;
            store::update_in_tx(tx, &s)?;
            // Handling days are part of every promise: a change would move promises, but we
            // do not rewrite promises already given; new ones use the new figure.
            Ok(s)
        })
    }
}
