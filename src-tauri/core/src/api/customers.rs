//! Customers: add, correct, find, and see a customer with their orders and notices.

use crate::customers::{self, Contact, Customer, CustomerChanges, CustomerDetail, NewCustomer};
use crate::paging::Page;
use crate::{Result, Stockroom};

impl Stockroom {
    pub fn add_customer(&mut self, c: &NewCustomer) -> Result<Customer> {
        self.add_customer_with_contact(c, None)
    }

    /// Adds a customer with how they want their news (issue 16); `None` leaves it to follow
    /// from the address (e-mail when known, else paper). E-mail without an address is refused.
    pub fn add_customer_with_contact(
        &mut self,
        c: &NewCustomer,
        contact: Option<Contact>,
    ) -> Result<Customer> {
        self.write(|tx, clock| customers::add_with_contact_in_tx(tx, clock, c, contact))
    }

    /// Corrects a customer (issue 5): only the fields `changes` names, checked as
    /// `add_customer` checks; bad input stores nothing. Orders keep pointing at the customer,
    /// so documents printed from now on carry the new address.
    pub fn update_customer(&mut self, id: i64, changes: &CustomerChanges) -> Result<Customer> {
        self.update_customer_with_contact(id, changes, None)
    }

    /// [`Stockroom::update_customer`] that may also change how they want their news.
    pub fn update_customer_with_contact(
        &mut self,
        id: i64,
        changes: &CustomerChanges,
        contact: Option<Contact>,
    ) -> Result<Customer> {
        self.write(|tx, _| customers::update_with_contact_in_tx(tx, id, changes, contact))
    }

    pub fn customer(&self, id: i64) -> Result<Customer> {
        customers::store::require(self.db(), id)
    }

    /// Customers matching `search` in name, email, phone or address (all when empty).
    pub fn customers(&self, search: &str) -> Result<Vec<Customer>> {
        customers::store::search(self.db(), search)
    }

    /// A customer with their orders (newest first) and their notifications.
    pub fn customer_detail(&self, id: i64) -> Result<CustomerDetail> {
        customers::detail(self.db(), id)
    }

    /// One page of the customers whose name, email, phone or address contains `search` (all
    /// when empty), by name, and how many match.
    pub fn customers_page(&self, search: &str, offset: i64, limit: i64) -> Result<Page<Customer>> {
        customers::list::page(self.db(), search, offset, limit)
    }
}
