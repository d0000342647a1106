//! Receiving rules, pure.

use crate::{Error, Result};

/// Units of a PO line not received yet: ordered − received. The one definition in Rust;
/// [`super::store::OUTSTANDING_SQL`] is the same figure in SQL.
pub fn outstanding(ordered: i64, received: i64) -> i64 {
    ordered - received
}

/// Units of a PO line that will still come: its outstanding units, none once the PO is
/// cancelled (a cancelled PO keeps its outstanding figures, but nothing more will come).
pub fn to_come(cancelled: bool, ordered: i64, received: i64) -> i64 {
    if cancelled {
        0
    } else {
        outstanding(ordered, received)
    }
}

/// Spreads `qty` received units of a SKU over the PO's lines for it, in line order. Receiving
/// more than the lines have outstanding is refused.
pub fn spread_receipt(po: &str, sku: &str, qty: i64, outstanding: &[i64]) -> Result<Vec<i64>> {
    if qty <= 0 {
        return Err(Error::invalid(crate::msg!(
            "qty-not-positive",
            sku = sku,
            got = qty
        )));
    }
    let open: i64 = outstanding.iter().sum();
    if qty > open {
        return Err(Error::refused(crate::msg!(
            "receive-more-than-open",
            qty = qty,
            sku = sku,
            po = po,
            open = open
        )));
    }
    Ok(crate::backorders::rules::fill_down_queue(qty, outstanding))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outstanding_is_ordered_minus_received_and_nothing_comes_once_cancelled_issue18() {
        // (cancelled, ordered, received) → (outstanding, to come)
        for (cancelled, ordered, received, left, coming) in [
            (false, 5, 0, 5, 5),
            (false, 5, 2, 3, 3),
            (false, 5, 5, 0, 0),
            (true, 5, 2, 3, 0),
            (true, 5, 5, 0, 0),
        ] {
            assert_eq!(outstanding(ordered, received), left);
            assert_eq!(to_come(cancelled, ordered, received), coming);
        }
    }

    #[test]
    fn partial_receipts_fill_po_lines_in_order_and_never_exceed_outstanding() {
        assert_eq!(spread_receipt("PO-1", "A", 3, &[5]).unwrap(), vec![3]);
        assert_eq!(spread_receipt("PO-1", "A", 5, &[5]).unwrap(), vec![5]);
        assert_eq!(spread_receipt("PO-1", "A", 6, &[4, 4]).unwrap(), vec![4, 2]);
        let err = spread_receipt("PO-1", "A", 6, &[5])
            .unwrap_err()
            .to_string();
        assert!(err.contains("only 5 outstanding"), "{err}");
        assert!(spread_receipt("PO-1", "A", 0, &[5]).is_err());
        assert!(spread_receipt("PO-1", "A", 1, &[]).is_err());
    }
}
