//! The dashboard: the shop's figures at a glance.

use crate::dashboard::{self, Dashboard};
use crate::{Result, Stockroom};

impl Stockroom {
    pub fn dashboard(&self) -> Result<Dashboard> {
        dashboard::figures(self.db(), self.clock().today())
    }
}
