//! Receiving rules, pure.

use crate::{Error, Result};

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
