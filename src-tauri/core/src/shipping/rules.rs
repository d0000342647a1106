//! Rule 6: what may ship now.

use crate::customers::model::ShipPreference;
use crate::{Error, Result};

/// An order ships its allocated units as one parcel. Nothing allocated: nothing to ship. A
/// `complete` customer's order with units still waiting is refused unless the shop
/// explicitly asks for a partial shipment.
pub fn check_ship(
    order: &str,
    prefers: ShipPreference,
    allocated: i64,
    waiting: i64,
    partial: bool,
) -> Result<()> {
    if allocated <= 0 {
        return Err(Error::refused(crate::msg!(
            "nothing-allocated-to-ship",
            order = order
        )));
    }
    if prefers == ShipPreference::Complete && waiting > 0 && !partial {
        return Err(Error::refused(crate::msg!(
            "ship-complete-refused",
            order = order,
            waiting = waiting
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ShipPreference::*;

    #[test]
    fn ship_complete_customers_are_refused_early_shipments_unless_partial_is_asked() {
        let table = [
            // preference, allocated, waiting, partial asked, ok
            (Partial, 2, 3, false, true),
            (Complete, 2, 3, false, false),
            (Complete, 2, 3, true, true),
            (Complete, 5, 0, false, true),
            (Partial, 0, 3, false, false),
            (Complete, 0, 0, true, false),
        ];
        for (pref, allocated, waiting, partial, ok) in table {
            assert_eq!(
                check_ship("SO-1", pref, allocated, waiting, partial).is_ok(),
                ok,
                "{pref:?} allocated {allocated} waiting {waiting} partial {partial}"
            );
        }
        let msg = check_ship("SO-1", Complete, 2, 3, false)
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains("--partial") && msg.contains("complete"),
            "{msg}"
        );
    }
}
