//! Shipping: one shipment of what is allocated, and the shipments list.

use crate::paging::Page;
use crate::shipping::{self, ShipRequest, Shipment, ShipmentFilter};
use crate::{Result, Stockroom};

impl Stockroom {
    /// Ships every allocated, unshipped unit of the order as one shipment.
    pub fn ship(&mut self, number: &str, req: &ShipRequest) -> Result<Shipment> {
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            shipping::ship_in_tx(tx, clock, number, req)
        })
    }

    pub fn shipments(&self, filter: &ShipmentFilter) -> Result<Vec<Shipment>> {
        shipping::store::list(self.db(), filter)
    }

    /// One page of the shipments matching `filter`, newest first, and how many match.
    pub fn shipments_page(
        &self,
        filter: &ShipmentFilter,
        offset: i64,
        limit: i64,
    ) -> Result<Page<Shipment>> {
        shipping::list::page(self.db(), filter, offset, limit)
    }
}
