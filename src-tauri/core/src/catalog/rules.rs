//! SKU rules and the availability status (rule 8).

use super::model::{AvailabilityStatus, BackorderPolicy, NewProduct};
use crate::{Error, Result};

/// A SKU is trimmed, case-preserving and not empty; it has no control characters.
pub fn normalise_sku(sku: &str) -> Result<String> {
    let s = sku.trim();
    if s.is_empty() {
        return Err(Error::invalid("a SKU cannot be empty"));
    }
    if s.chars().any(char::is_control) {
        return Err(Error::invalid(format!(
            "SKU {s:?} contains control characters"
        )));
    }
    Ok(s.to_string())
}

/// Checks and trims a new product.
pub fn normalise(p: &NewProduct) -> Result<NewProduct> {
    let sku = normalise_sku(&p.sku)?;
    let name = p.name.trim();
    if name.is_empty() {
        return Err(Error::invalid(format!("product {sku} needs a name")));
    }
    for (what, v) in [
        ("price", p.price),
        ("cost", p.cost),
        ("reorder point", p.reorder_point),
        ("safety stock", p.safety_stock),
        ("reorder quantity", p.reorder_qty),
        ("on hand", p.on_hand),
    ] {
        if v < 0 {
            return Err(Error::invalid(format!(
                "{what} of {sku} cannot be negative (got {v})"
            )));
        }
    }
    if let Some(l) = p.lead_time_days.filter(|l| *l < 0) {
        return Err(Error::invalid(format!(
            "lead time of {sku} cannot be negative (got {l})"
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
        ..p.clone()
    })
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
