//! Rules of the ledger: what a movement may be.

use crate::{Error, Result};

/// On-hand after a movement; a movement can never make on-hand negative.
pub fn on_hand_after(sku: &str, on_hand: i64, qty: i64) -> Result<i64> {
    let after = on_hand
        .checked_add(qty)
        .ok_or_else(|| Error::invalid(crate::msg!("qty-out-of-range")))?;
    if after < 0 {
        return Err(Error::refused(crate::msg!(
            "stock-would-go-negative",
            sku = sku,
            on_hand = on_hand,
            removing = -qty
        )));
    }
    Ok(after)
}

/// A quantity typed by a person: a non-zero integer (signed for adjustments).
pub fn check_adjust_qty(qty: i64) -> Result<()> {
    if qty == 0 {
        return Err(Error::invalid(crate::msg!("adjustment-zero")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn movements_never_make_on_hand_negative() {
        let table = [
            (5, -5, Some(0)),
            (5, -6, None),
            (0, 3, Some(3)),
            (2, -1, Some(1)),
            (0, -1, None),
        ];
        for (on_hand, qty, want) in table {
            assert_eq!(
                on_hand_after("A", on_hand, qty).ok(),
                want,
                "{on_hand} {qty}"
            );
        }
        assert!(check_adjust_qty(0).is_err());
        assert!(check_adjust_qty(-3).is_ok());
    }
}
