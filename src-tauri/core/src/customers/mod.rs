//! Customers: name, contact, postal address, and whether they accept partial shipments.

pub mod list;
pub mod model;
pub mod rules;
pub mod store;

pub use model::{Contact, Customer, CustomerChanges, CustomerDetail, NewCustomer, ShipPreference};

use crate::db::{Conn, Tx};
use crate::{Clock, Result};

/// Adds a customer inside the caller's transaction (CSV import: all or nothing).
pub fn add_customer_in_tx(tx: &Tx<'_>, clock: Clock, c: &NewCustomer) -> Result<i64> {
    let c = rules::normalise(c)?;
    store::insert_in_tx(tx, clock, &c)
}

/// Writes a corrected customer (already normalised) over row `id`; their queued e-mail follows
/// the change: new address, or back to paper (issue 16). The one path of the edit and the
/// import.
pub fn save_customer_in_tx(tx: &Tx<'_>, id: i64, c: &NewCustomer) -> Result<()> {
    store::update_in_tx(tx, id, c)?;
    crate::mail::store::customer_changed_in_tx(tx, id)
}

/// Adds a customer with how they want their news (issue 16); `None` leaves it to follow from
/// the address (e-mail when known, else paper). E-mail without an address is refused.
pub fn add_with_contact_in_tx(
    tx: &Tx<'_>,
    clock: Clock,
    c: &NewCustomer,
    contact: Option<Contact>,
) -> Result<Customer> {
    let id = add_customer_in_tx(tx, clock, c)?;
    if let Some(contact) = contact {
        rules::check_contact(contact, &c.email)?;
        store::set_contact_in_tx(tx, id, contact)?;
    }
    store::require(tx, id)
}

/// Corrects a customer (issue 5): only the fields `changes` names, checked as an added one
/// is; and how they want their news when `contact` says.
pub fn update_with_contact_in_tx(
    tx: &Tx<'_>,
    id: i64,
    changes: &CustomerChanges,
    contact: Option<Contact>,
) -> Result<Customer> {
    let current = store::require(tx, id)?;
    let new = rules::apply_changes(&current, changes)?;
    if let Some(contact) = contact {
        rules::check_contact(contact, &new.email)?;
        store::set_contact_in_tx(tx, id, contact)?;
    }
    save_customer_in_tx(tx, id, &new)?;
    store::require(tx, id)
}

/// A customer with their orders (newest first) and their notifications.
pub fn detail(conn: Conn<'_>, id: i64) -> Result<CustomerDetail> {
    let customer = store::require(conn, id)?;
    let orders = crate::orders::store::summaries(
        conn,
        &crate::orders::model::OrderFilter {
            customer_id: Some(id),
            ..Default::default()
        },
    )?;
    let notifications = crate::notices::store::list(
        conn,
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
