//! Applying imported rows to the database, inside the importer's transaction.
//!
//! This is the only file of the importer that writes. Creating products, customers and
//! orders goes through the engine's `_in_tx` functions (orders through its bulk placer), and a changed on-hand is a ledger
//! movement settled by the engine (rules 3, 4 and 7), exactly as `adjust_stock` does it: the
//! importer has no stock or queue rules of its own. Only the plain catalogue fields of an
//! existing product or customer are updated here, after the engine's own `normalise` checks,
//! because the engine has no update function for them yet.

use std::collections::HashMap;

use crate::db::Tx;

use super::formats::{CustomerIn, OrderLineIn, ProductIn};
use crate::catalog::model::{BackorderPolicy, NewProduct};
use crate::catalog::store::ProductRow;
use crate::customers::model::{NewCustomer, ShipPreference};
use crate::orders::bulk::{BulkPlacer, Checked};
use crate::orders::model::{NewOrder, NewOrderLine};
use crate::{Clock, Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
}

pub fn find_product(tx: &Tx<'_>, sku: &str) -> Result<Option<ProductRow>> {
    crate::catalog::store::by_sku(tx, sku.trim())
}

/// The file's policy word (checked by the reader); a word that is not one is an error.
fn policy(s: Option<&str>) -> Result<Option<BackorderPolicy>> {
    s.map(BackorderPolicy::parse).transpose()
}

/// Creates the product, or changes the fields the file gives. A different on-hand becomes an
/// adjustment movement (reason "import") settled by the engine.
pub fn upsert_product(
    tx: &Tx<'_>,
    clock: Clock,
    p: &ProductIn,
    existing: Option<ProductRow>,
) -> Result<Outcome> {
    let Some(old) = existing else {
        let new = NewProduct {
            sku: p.sku.clone(),
            name: p
                .name
                .clone()
                .ok_or_else(|| Error::invalid(crate::msg!("new-product-needs-name")))?,
            description: p.description.clone().unwrap_or_default(),
            category: p.category.clone().unwrap_or_default(),
            price: p
                .price
                .ok_or_else(|| Error::invalid(crate::msg!("new-product-needs-price")))?,
            cost: p.cost.unwrap_or(0),
            supplier: p.supplier.clone(),
            reorder_point: p.reorder_point.unwrap_or(0),
            safety_stock: p.safety_stock.unwrap_or(0),
            reorder_qty: p.reorder_qty.unwrap_or(0),
            lead_time_days: p.lead_time_days.flatten(),
            backorders: policy(p.backorders)?.unwrap_or_default(),
            on_hand: p.on_hand.unwrap_or(0),
            barcodes: p.barcodes.clone().unwrap_or_default(),
        };
        crate::catalog::add_product_in_tx(tx, clock, &new)?;
        return Ok(Outcome::Created);
    };
    let before = NewProduct {
        sku: old.sku.clone(),
        name: old.name.clone(),
        description: old.description.clone(),
        category: old.category.clone(),
        price: old.price,
        cost: old.cost,
        supplier: old.supplier.clone(),
        reorder_point: old.reorder_point,
        safety_stock: old.safety_stock,
        reorder_qty: old.reorder_qty,
        lead_time_days: old.lead_time_days,
        backorders: old.backorders,
        on_hand: old.on_hand,
        barcodes: Vec::new(),
    };
    let after = crate::catalog::rules::normalise(&NewProduct {
        sku: old.sku.clone(),
        name: p.name.clone().unwrap_or_else(|| old.name.clone()),
        description: p
            .description
            .clone()
            .unwrap_or_else(|| old.description.clone()),
        category: p.category.clone().unwrap_or_else(|| old.category.clone()),
        price: p.price.unwrap_or(old.price),
        cost: p.cost.unwrap_or(old.cost),
        supplier: p.supplier.clone().or_else(|| old.supplier.clone()),
        reorder_point: p.reorder_point.unwrap_or(old.reorder_point),
        safety_stock: p.safety_stock.unwrap_or(old.safety_stock),
        reorder_qty: p.reorder_qty.unwrap_or(old.reorder_qty),
        lead_time_days: p.lead_time_days.unwrap_or(old.lead_time_days),
        backorders: policy(p.backorders)?.unwrap_or(old.backorders),
        on_hand: p.on_hand.unwrap_or(old.on_hand),
        barcodes: Vec::new(),
    })?;
    // Barcodes are their own table: changed only when the file gives them and they differ.
    let barcodes_change = match &p.barcodes {
        Some(codes) => {
            let given = crate::barcodes::parse_all(codes)?;
            let had = crate::barcodes::parse_all(&crate::barcodes::store::codes_of(tx, old.id)?)?;
            let keys = |v: &[crate::barcodes::gtin::Gtin]| {
                v.iter().map(|g| g.key.clone()).collect::<Vec<_>>()
            };
            (keys(&given) != keys(&had)).then_some(given)
        }
        None => None,
    };
    if let Some(given) = &barcodes_change {
        crate::barcodes::store::replace_in_tx(tx, old.id, given)?;
    }
    if after == before {
        return Ok(if barcodes_change.is_some() {
            Outcome::Updated
        } else {
            Outcome::Unchanged
        });
    }
    // The edit's own path: the same write, and the same rule for whether the queue must be
    // settled (a different on-hand is an adjustment movement with reason "import").
    let delta = after.on_hand - old.on_hand;
    crate::catalog::save_product_in_tx(tx, clock, &old, &after, delta, "import")?;
    Ok(Outcome::Updated)
}

/// Customers are matched by email (case-insensitive); a row without an email is a new
/// customer. Ids in the file are not used: they belong to the database the file came from.
pub fn upsert_customer(
    tx: &Tx<'_>,
    clock: Clock,
    c: &CustomerIn,
    emails: &mut Emails,
) -> Result<Outcome> {
    let ships = |s: Option<&str>| s.map(ShipPreference::parse).transpose();
    let existing = c.email.as_deref().and_then(|e| emails.get(e));
    let Some(id) = existing else {
        let new = NewCustomer {
            name: c.name.clone(),
            email: c.email.clone().unwrap_or_default(),
            phone: c.phone.clone().unwrap_or_default(),
            address: c.address.clone().unwrap_or_default(),
            ships: ships(c.ships)?.unwrap_or_default(),
            language: c.language.clone(),
        };
        let id = crate::customers::add_customer_in_tx(tx, clock, &new)?;
        if let Some(contact) = c.contact {
            crate::customers::rules::check_contact(contact, &new.email)?;
            crate::customers::store::set_contact_in_tx(tx, id, contact)?;
        }
        if let Some(e) = &c.email {
            emails.insert(e, id);
        }
        return Ok(Outcome::Created);
    };
    let old = crate::customers::store::require(tx, id)?;
    let before = NewCustomer {
        name: old.name.clone(),
        email: old.email.clone(),
        phone: old.phone.clone(),
        address: old.address.clone(),
        ships: old.ships,
        language: Some(old.language.clone()),
    };
    let after = crate::customers::rules::normalise(&NewCustomer {
        name: c.name.clone(),
        email: old.email.clone(),
        phone: c.phone.clone().unwrap_or_else(|| old.phone.clone()),
        address: c.address.clone().unwrap_or_else(|| old.address.clone()),
        ships: ships(c.ships)?.unwrap_or(old.ships),
        language: Some(c.language.clone().unwrap_or_else(|| old.language.clone())),
    })?;
    let contact_changes = match c.contact {
        Some(k) if !(old.contact_chosen && old.contact == k) => {
            crate::customers::rules::check_contact(k, &old.email)?;
            Some(k)
        }
        _ => None,
    };
    if let Some(k) = contact_changes {
        crate::customers::store::set_contact_in_tx(tx, id, k)?;
        // Their queued e-mail follows the new choice (withdrawn when paper only).
        crate::mail::store::customer_changed_in_tx(tx, id)?;
    }
    if after == before {
        return Ok(if contact_changes.is_some() {
            Outcome::Updated
        } else {
            Outcome::Unchanged
        });
    }
    // The edit's own path: the same write, and queued e-mail follows the change.
    crate::customers::save_customer_in_tx(tx, id, &after)?;
    Ok(Outcome::Updated)
}

/// Customers by email, read once per import. There is no index on `customers.email`, and
/// a lookup per row would scan the table each time: 100,000 rows would take hours.
/// Keys fold ASCII case like SQLite's NOCASE; the first (oldest) customer of an email wins.
pub struct Emails(HashMap<String, i64>);

impl Emails {
    pub fn load(tx: &Tx<'_>) -> Result<Emails> {
        let mut map = HashMap::new();
        for (id, email) in crate::customers::store::ids_by_email(tx)? {
            map.entry(Self::key(&email)).or_insert(id);
        }
        Ok(Emails(map))
    }

    fn key(email: &str) -> String {
        email.trim().to_ascii_lowercase()
    }

    pub fn get(&self, email: &str) -> Option<i64> {
        self.0.get(&Self::key(email)).copied()
    }

    pub(crate) fn insert(&mut self, email: &str, id: i64) {
        self.0.entry(Self::key(email)).or_insert(id);
    }
}

/// The customer an imported order belongs to: by email, else by a name that only one
/// customer has.
fn find_customer(tx: &Tx<'_>, l: &OrderLineIn, emails: &Emails) -> Result<i64> {
    if let Some(email) = &l.customer_email {
        return emails
            .get(email)
            .ok_or_else(|| Error::not_found("customer with email", email));
    }
    let name = l.customer_name.as_deref().unwrap_or_default();
    let ids = crate::customers::store::two_ids_by_name(tx, name)?;
    match ids.as_slice() {
        [id] => Ok(*id),
        [] => Err(Error::not_found("customer", name)),
        _ => Err(Error::invalid(crate::msg!(
            "several-customers-called",
            name = name
        ))),
    }
}

/// Checks one imported order through the engine's bulk placement (rule 1 now, the promise
/// walk once per SKU when the placer finishes), so allocation, the queue and promises follow
/// the engine's rules exactly; the importer writes it with [`BulkPlacer::write_in_tx`].
/// `None`: an order with this number already exists and is left as it is (importing the same
/// file twice places nothing twice).
pub fn check_order(
    tx: &Tx<'_>,
    placer: &mut BulkPlacer,
    number: &str,
    lines: &[OrderLineIn],
    emails: &Emails,
) -> Result<Option<Checked>> {
    if crate::orders::store::number_exists(tx, number)? {
        return Ok(None);
    }
    let first = &lines[0];
    let customer_id = find_customer(tx, first, emails)?;
    let order = NewOrder {
        customer_id,
        lines: lines
            .iter()
            .map(|l| NewOrderLine {
                sku: l.sku.clone(),
                qty: l.qty,
                unit_price: l.unit_price,
            })
            .collect(),
        priority: first.priority.unwrap_or(0),
        number: Some(number.to_string()),
        placed_at: first.placed_at,
        ..Default::default()
    };
    placer.check(tx, &order).map(Some)
}
