//! The demo shop. (Being built in the engine issue; for now: nothing to load.)
use crate::{Result, Stockroom};

impl Stockroom {
    /// Loads the deterministic demo shop into an empty database. Returns false (and changes
    /// nothing) when the database already holds products.
    pub fn load_demo_if_empty(&mut self) -> Result<bool> {
        Ok(false)
    }
}
