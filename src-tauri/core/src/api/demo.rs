//! The demo shops: the small deterministic one and the generated large one (benchmarks).

use crate::demo_scale::{ScaleSpec, ScaleSummary};
use crate::{Result, Stockroom};

impl Stockroom {
    /// Loads the deterministic demo shop into an empty database. Returns false (and changes
    /// nothing) when the database already holds products.
    pub fn load_demo_if_empty(&mut self) -> Result<bool> {
        crate::demo::load_if_empty(self)
    }

    /// Generates the shop `spec` into an empty database (see [`crate::demo_scale`]). Returns
    /// `None` (and changes nothing) when the database already holds products, customers or
    /// orders.
    pub fn load_scaled_demo_if_empty(&mut self, spec: &ScaleSpec) -> Result<Option<ScaleSummary>> {
        crate::demo_scale::load_if_empty(self, spec)
    }
}
