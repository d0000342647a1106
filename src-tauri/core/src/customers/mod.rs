//! Customers: name, contact, postal address, and whether they accept partial shipments.

pub mod model;
pub mod rules;
pub mod store;

pub use model::{Customer, CustomerDetail, NewCustomer, ShipPreference};

use rusqlite::Transaction;

use crate::{Clock, Result, Stockroom};

/// Adds a customer inside the caller's transaction (CSV import: all or nothing).
pub fn add_customer_in_tx(tx: &Transaction<'_>, clock: Clock, c: &NewCustomer) -> Result<i64> {
    let c = rules::normalise(c)?;
    store::insert_in_tx(tx, clock, &c)
}

impl Stockroom {
    pub fn add_customer(&mut self, c: &NewCustomer) -> Result<Customer> {
        self.write(|tx, clock| {
            let id = add_customer_in_tx(tx, clock, c)?;
            store::require(tx, id)
        })
    }

    pub fn customer(&self, id: i64) -> Result<Customer> {
        store::require(self.conn(), id)
    }

    /// Customers matching `search` in name, email, phone or address (all when empty).
    pub fn customers(&self, search: &str) -> Result<Vec<Customer>> {
        store::search(self.conn(), search)
    }

    /// A customer with their orders (newest first) and their notifications.
    pub fn customer_detail(&self, id: i64) -> Result<CustomerDetail> {
        let customer = store::require(self.conn(), id)?;
        let orders = crate::orders::store::summaries(
            self.conn(),
            &crate::orders::model::OrderFilter {
                customer_id: Some(id),
                ..Default::default()
            },
        )?;
        let notifications = crate::notices::store::list(
            self.conn(),
            &crate::notices::model::NoticeFilter {
                customer_id: Some(id),
                ..Default::default()
            },
        )?;
        Ok(CustomerDetail {
            customer,
            orders,
            notifications,
        })
    }
}
