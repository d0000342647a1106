//! SKU rules and the availability status (rule 8).

use super::model::{AvailabilityStatus, BackorderPolicy, NewProduct, ProductChanges};
use super::store::ProductRow;
use crate::{Error, Result};

/// A SKU is trimmed, case-preserving and not empty; it has no control characters.
pub fn normalise_sku(sku: &str) -> Result<String> {
    let s = sku.trim();
    if s.is_empty() {
        return Err(Error::invalid(crate::msg!("sku-empty")));
    }
    if s.chars().any(char::is_control) {
        return Err(Error::invalid(crate::msg!(
            "sku-control-characters",
            sku = format!("{s:?}")
        )));
    }
    Ok(s.to_string())
}

/// Checks and trims a new product.
pub fn normalise(p: &NewProduct) -> Result<NewProduct> {
    let sku = normalise_sku(&p.sku)?;
    let name = p.name.trim();
    if name.is_empty() {
        return Err(Error::invalid(crate::msg!(
            "product-needs-name",
            sku = &sku
        )));
    }
    for (what, v) in [
        (crate::msg!("field-price"), p.price),
        (crate::msg!("field-cost"), p.cost),
        (crate::msg!("field-reorder-point"), p.reorder_point),
        (crate::msg!("field-safety-stock"), p.safety_stock),
        (crate::msg!("field-reorder-qty"), p.reorder_qty),
        (crate::msg!("field-on-hand"), p.on_hand),
    ] {
        if v < 0 {
            return Err(Error::invalid(crate::msg!(
                "product-field-negative",
                what = what,
                sku = &sku,
                got = v
            )));
        }
    }
    if let Some(l) = p.lead_time_days.filter(|l| *l < 0) {
        return Err(Error::invalid(crate::msg!(
            "product-lead-time-negative",
            sku = &sku,
            got = l
        )));
    }
    Ok(NewProduct {
        sku,
        name: name.to_string(),
        description: p.description.trim().to_string(),
        category: p.category.trim().to_string(),
        supplier: p
            .supplier
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from),
        barcodes: crate::barcodes::parse_all(&p.barcodes)?
            .into_iter()
            .map(|g| g.code)
            .collect(),
        ..p.clone()
    })
}

/// The product as it will be after `changes`, checked exactly as a new product is (the same
/// messages). The opening balance is not an editable figure: stock moves only by the ledger.
pub fn apply_changes(current: &ProductRow, c: &ProductChanges) -> Result<NewProduct> {
    let edited = NewProduct {
        sku: c.sku.clone().unwrap_or_else(|| current.sku.clone()),
        name: c.name.clone().unwrap_or_else(|| current.name.clone()),
        description: c
            .description
            .clone()
            .unwrap_or_else(|| current.description.clone()),
        category: c
            .category
            .clone()
            .unwrap_or_else(|| current.category.clone()),
        price: c.price.unwrap_or(current.price),
        cost: c.cost.unwrap_or(current.cost),
        supplier: c
            .supplier
            .clone()
            .unwrap_or_else(|| current.supplier.clone()),
        reorder_point: c.reorder_point.unwrap_or(current.reorder_point),
        safety_stock: c.safety_stock.unwrap_or(current.safety_stock),
        reorder_qty: c.reorder_qty.unwrap_or(current.reorder_qty),
        lead_time_days: c.lead_time_days.unwrap_or(current.lead_time_days),
        backorders: c.backorders.unwrap_or(current.backorders),
        on_hand: 0,
        // Checked here with the rest; stored only when the edit names them.
        barcodes: c.barcodes.clone().unwrap_or_default(),
    };
    normalise(&edited)
}

/// Rule 8: what a product page says about availability.
pub fn availability(
    available: i64,
    reorder_point: i64,
    policy: BackorderPolicy,
) -> AvailabilityStatus {
    if available > reorder_point {
        AvailabilityStatus::InStock
    } else if available > 0 {
        AvailabilityStatus::LowStock
    } else if policy == BackorderPolicy::Refuse {
        AvailabilityStatus::OutOfStock
    } else {
        AvailabilityStatus::Backorder
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AvailabilityStatus::*;
    use BackorderPolicy::*;

    #[test]
    fn skus_are_trimmed_case_preserved_and_never_empty() {
        assert_eq!(normalise_sku("  Ab-12 ").unwrap(), "Ab-12");
        assert_eq!(normalise_sku("ab-12").unwrap(), "ab-12");
        assert!(normalise_sku("   ").is_err());
        assert!(normalise_sku("A\tB").is_err());
    }

    #[test]
    fn availability_status_follows_available_reorder_point_and_policy() {
        let table = [
            // available, reorder point, policy, status
            (10, 3, Notify, InStock),
            (4, 3, Notify, InStock),
            (3, 3, Notify, LowStock),
            (1, 3, Refuse, LowStock),
            (1, 0, Notify, InStock),
            (0, 0, Notify, Backorder),
            (0, 3, Allow, Backorder),
            (0, 3, Refuse, OutOfStock),
        ];
        for (available, rp, policy, want) in table {
            assert_eq!(
                availability(available, rp, policy),
                want,
                "{available} {rp} {policy:?}"
            );
        }
    }

    fn row() -> ProductRow {
        ProductRow {
            id: 1,
            sku: "MUG".into(),
            name: "Mug".into(),
            description: String::new(),
            category: "Kitchen".into(),
            price: 1250,
            cost: 400,
            supplier: Some("Potter".into()),
            reorder_point: 2,
            safety_stock: 1,
            reorder_qty: 6,
            lead_time_days: Some(10),
            backorders: Notify,
            on_hand: 3,
        }
    }

    #[test]
    fn an_edit_changes_only_the_fields_it_names() {
        let p = apply_changes(
            &row(),
            &ProductChanges {
                price: Some(1399),
                name: Some("  Big mug ".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(
            (p.sku.as_str(), p.name.as_str(), p.price),
            ("MUG", "Big mug", 1399)
        );
        assert_eq!(p.cost, 400, "cost untouched");
        assert_eq!(p.supplier.as_deref(), Some("Potter"), "supplier untouched");
        assert_eq!(p.lead_time_days, Some(10), "lead time untouched");
    }

    #[test]
    fn an_edit_can_clear_the_supplier_and_the_lead_time() {
        let p = apply_changes(
            &row(),
            &ProductChanges {
                supplier: Some(None),
                lead_time_days: Some(None),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!((p.supplier, p.lead_time_days), (None, None));
        let blank = apply_changes(
            &row(),
            &ProductChanges {
                supplier: Some(Some("  ".into())),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(
            blank.supplier, None,
            "a blank supplier name removes the supplier"
        );
    }

    #[test]
    fn an_edit_is_checked_with_the_messages_of_add() {
        let err = |c: ProductChanges| apply_changes(&row(), &c).unwrap_err().to_string();
        assert_eq!(
            err(ProductChanges {
                price: Some(-1),
                ..Default::default()
            }),
            "price of MUG cannot be negative (got -1)"
        );
        assert_eq!(
            err(ProductChanges {
                name: Some(" ".into()),
                ..Default::default()
            }),
            "product MUG needs a name"
        );
        assert_eq!(
            err(ProductChanges {
                sku: Some("".into()),
                ..Default::default()
            }),
            "a SKU cannot be empty"
        );
        assert_eq!(
            err(ProductChanges {
                lead_time_days: Some(Some(-3)),
                ..Default::default()
            }),
            "lead time of MUG cannot be negative (got -3)"
        );
    }

    #[test]
    fn negative_figures_are_refused() {
        let ok = NewProduct {
            sku: "A".into(),
            name: "A".into(),
            ..Default::default()
        };
        assert!(normalise(&ok).is_ok());
        assert!(normalise(&NewProduct {
            price: -1,
            ..ok.clone()
        })
        .is_err());
        assert!(normalise(&NewProduct {
            on_hand: -1,
            ..ok.clone()
        })
        .is_err());
        assert!(normalise(&NewProduct {
            lead_time_days: Some(-2),
            ..ok.clone()
        })
        .is_err());
        assert!(normalise(&NewProduct {
            name: " ".into(),
            ..ok
        })
        .is_err());
    }
}
