//! Counting scans against a purchase order, pure.

use super::model::{StrayScan, TallyLine};

/// A PO's products (SKU, name, outstanding; one entry per product) and the scans, each
/// already resolved to the product it is (SKU, name) or `None`. Each scan is one unit of its
/// product; a scan of something not on the PO is a stray, kept in scan order.
pub fn tally(
    products: &[(String, String, i64)],
    scans: &[(String, Option<(String, String)>)],
) -> (Vec<TallyLine>, Vec<StrayScan>) {
    let mut lines: Vec<TallyLine> = products
        .iter()
        .map(|(sku, name, outstanding)| TallyLine {
            sku: sku.clone(),
            name: name.clone(),
            outstanding: *outstanding,
            scanned: 0,
        })
        .collect();
    let mut strays = Vec::new();
    for (code, product) in scans {
        let line = product
            .as_ref()
            .and_then(|(sku, _)| lines.iter_mut().find(|l| l.sku == *sku));
        match line {
            Some(l) => l.scanned += 1,
            None => strays.push(StrayScan {
                code: code.trim().to_string(),
                sku: product.as_ref().map(|p| p.0.clone()),
                name: product.as_ref().map(|p| p.1.clone()),
            }),
        }
    }
    (lines, strays)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(sku: &str) -> Option<(String, String)> {
        Some((sku.into(), format!("{sku} name")))
    }

    #[test]
    fn each_scan_is_one_unit_of_its_line_and_strays_are_kept_in_order() {
        let products = vec![
            ("A".to_string(), "A name".to_string(), 3),
            ("B".to_string(), "B name".to_string(), 1),
        ];
        let scans = vec![
            ("111".to_string(), p("A")),
            ("222".to_string(), p("C")),
            ("A".to_string(), p("A")),
            ("999".to_string(), None),
            ("B".to_string(), p("B")),
            ("B".to_string(), p("B")),
        ];
        let (lines, strays) = tally(&products, &scans);
        assert_eq!(
            lines
                .iter()
                .map(|l| (l.sku.as_str(), l.scanned))
                .collect::<Vec<_>>(),
            [("A", 2), ("B", 2)],
            "over-scanning is counted, not capped: the screen shows it"
        );
        assert_eq!(strays.len(), 2);
        assert_eq!(
            strays[0].sku.as_deref(),
            Some("C"),
            "a product, but not on this PO"
        );
        assert_eq!(
            (strays[1].code.as_str(), strays[1].sku.as_deref()),
            ("999", None)
        );
    }
}
