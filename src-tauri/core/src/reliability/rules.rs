//! The learned supplier buffer, pure (issue 20).
//!
//! A supplier's history is its deliveries: for each PO and product, how many units were ordered
//! and, receipt by receipt, how many had come in and how many days after the PO's first
//! expected date. The buffer for a promise is the smallest number of days such that the target
//! share of those deliveries ("promises kept", default 95%) would have brought the units the
//! promise waits for within the expected date + the buffer.
//!
//! Which units: a line deep in a PO needs more of it than a line at its head, and suppliers that
//! deliver in parts send the head first. So a delivery is read at a *share* of its units, in
//! tenths ([`SHARES`]): share 3 asks "when had 30% of the units come?", share 10 "when had all
//! of them come?".

/// Shares are counted in tenths of a PO line.
pub const SHARES: i64 = 10;

/// One past delivery: a product on a PO, read from its receipts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub ordered: i64,
    /// (units received so far, days late of that receipt), in receipt order. Days late may be
    /// negative (early). The last step may be a lower bound: units still outstanding on an
    /// overdue PO count as arriving "today".
    pub steps: Vec<(i64, i64)>,
}

impl Delivery {
    /// From the receipts (days late, quantity) of `ordered` units. `overdue_by`: when units are
    /// still outstanding on a PO that is not cancelled, how late it is today (None when it is not
    /// yet due: those units tell nothing yet).
    pub fn from_receipts(
        ordered: i64,
        receipts: &[(i64, i64)],
        overdue_by: Option<i64>,
    ) -> Delivery {
        let mut got = 0;
        let mut steps = Vec::with_capacity(receipts.len() + 1);
        for (late, qty) in receipts {
            got += qty;
            steps.push((got.min(ordered), *late));
        }
        if got < ordered {
            if let Some(by) = overdue_by {
                // At least this late: a lower bound, which keeps the buffer honest about a
                // supplier whose last POs have not come at all.
                let last = steps.last().map_or(by, |s| s.1.max(by));
                steps.push((ordered, last));
            }
        }
        Delivery { ordered, steps }
    }

    /// Days late by which `share` tenths of the units had come; None when they never did (the
    /// rest was cancelled) or it is not known yet.
    pub fn late_at(&self, share: i64) -> Option<i64> {
        self.steps
            .iter()
            .find(|(got, _)| got * SHARES >= share * self.ordered)
            .map(|s| s.1)
    }

    /// Whether the delivery is complete enough to say anything (some step known).
    pub fn is_known(&self) -> bool {
        !self.steps.is_empty()
    }
}

/// The share (1..=10 tenths) of a PO line of `ordered` units that its `unit`-th unit (1-based)
/// belongs to.
pub fn share_of(unit: i64, ordered: i64) -> i64 {
    if ordered <= 0 {
        return SHARES;
    }
    ((unit * SHARES + ordered - 1) / ordered).clamp(1, SHARES)
}

/// The buffer in days for units at `share` of a PO line: the smallest b ≥ 0 such that at least
/// `kept_pct` % of the history had those units within expected + b. `already_late`: the PO is
/// overdue by that many days and the units have not come, so only deliveries at least that late
/// count, and the buffer is at least that. None when the history says nothing (the supplier
/// default applies).
pub fn buffer_days(
    history: &[Delivery],
    share: i64,
    kept_pct: i64,
    already_late: i64,
) -> Option<i64> {
    let mut lates: Vec<i64> = history
        .iter()
        .filter_map(|d| d.late_at(share))
        .filter(|l| already_late <= 0 || *l >= already_late)
        .collect();
    if lates.is_empty() {
        return None;
    }
    lates.sort_unstable();
    Some(percentile(&lates, kept_pct).max(0).max(already_late))
}

/// The smallest value v of the sorted `values` with at least `pct` % of them ≤ v.
pub fn percentile(sorted: &[i64], pct: i64) -> i64 {
    let n = sorted.len() as i64;
    // ceil(n × pct / 100) values must be covered; at least one.
    let need = ((n * pct + 99) / 100).clamp(1, n);
    sorted[(need - 1) as usize]
}

/// The average days late of the whole deliveries (every unit in), for people: "this supplier is
/// 3 days late on average". Early deliveries count as 0 (on time).
pub fn average_days_late(history: &[Delivery]) -> Option<f64> {
    let lates: Vec<i64> = history.iter().filter_map(|d| d.late_at(SHARES)).collect();
    if lates.is_empty() {
        return None;
    }
    Some(lates.iter().map(|l| l.max(&0)).sum::<i64>() as f64 / lates.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(late: i64) -> Delivery {
        Delivery::from_receipts(10, &[(late, 10)], None)
    }

    #[test]
    fn a_supplier_always_on_time_gets_no_buffer() {
        let history: Vec<Delivery> = (0..20).map(|_| whole(0)).collect();
        assert_eq!(buffer_days(&history, SHARES, 95, 0), Some(0));
    }

    #[test]
    fn a_supplier_always_three_days_late_gets_three_days() {
        let history: Vec<Delivery> = (0..20).map(|_| whole(3)).collect();
        assert_eq!(buffer_days(&history, SHARES, 95, 0), Some(3));
        assert_eq!(
            buffer_days(&history, 1, 95, 0),
            Some(3),
            "the first units too"
        );
    }

    #[test]
    fn a_mixed_supplier_gets_the_percentile_of_its_lateness() {
        // 20 deliveries: 14 on time, 3 one day late, 2 four days late, 1 ten days late.
        let mut history: Vec<Delivery> = Vec::new();
        history.extend((0..14).map(|_| whole(0)));
        history.extend((0..3).map(|_| whole(1)));
        history.extend((0..2).map(|_| whole(4)));
        history.push(whole(10));
        // 95% of 20 = 19 deliveries must be covered: the 19th smallest lateness is 4.
        assert_eq!(buffer_days(&history, SHARES, 95, 0), Some(4));
        // 85% = 17 deliveries: 1 day; 70% = 14: on time; 100%: the worst, 10.
        assert_eq!(buffer_days(&history, SHARES, 85, 0), Some(1));
        assert_eq!(buffer_days(&history, SHARES, 70, 0), Some(0));
        assert_eq!(buffer_days(&history, SHARES, 100, 0), Some(10));
    }

    #[test]
    fn no_history_means_the_supplier_default() {
        assert_eq!(buffer_days(&[], SHARES, 95, 0), None);
        let not_yet_due = Delivery::from_receipts(10, &[], None);
        assert!(!not_yet_due.is_known());
        assert_eq!(buffer_days(&[not_yet_due], SHARES, 95, 0), None);
    }

    #[test]
    fn early_deliveries_never_make_a_promise_earlier_than_the_suppliers_date() {
        let history: Vec<Delivery> = (0..10).map(|_| whole(-3)).collect();
        assert_eq!(buffer_days(&history, SHARES, 95, 0), Some(0));
    }

    #[test]
    fn partial_deliveries_make_the_tail_of_a_po_later_than_its_head() {
        // Each time 60% came on time and the rest a week later.
        let history: Vec<Delivery> = (0..10)
            .map(|_| Delivery::from_receipts(10, &[(0, 6), (7, 4)], None))
            .collect();
        assert_eq!(buffer_days(&history, share_of(6, 10), 95, 0), Some(0));
        assert_eq!(buffer_days(&history, share_of(7, 10), 95, 0), Some(7));
        assert_eq!(buffer_days(&history, SHARES, 95, 0), Some(7));
    }

    #[test]
    fn a_cancelled_remainder_tells_nothing_about_the_units_that_never_came() {
        let history = vec![
            Delivery::from_receipts(10, &[(2, 5)], None),
            Delivery::from_receipts(10, &[(1, 10)], None),
        ];
        assert_eq!(buffer_days(&history, 5, 100, 0), Some(2));
        assert_eq!(
            buffer_days(&history, SHARES, 100, 0),
            Some(1),
            "only the whole one"
        );
    }

    #[test]
    fn an_overdue_po_counts_as_at_least_as_late_as_it_is() {
        let open = Delivery::from_receipts(10, &[], Some(5));
        assert_eq!(open.late_at(SHARES), Some(5));
        let history = vec![whole(0), whole(0), open];
        assert_eq!(buffer_days(&history, SHARES, 100, 0), Some(5));
    }

    #[test]
    fn units_of_an_overdue_po_are_promised_from_the_deliveries_that_were_as_late() {
        // Usually on time, sometimes 4 or 9 days late. A PO already 3 days late that has not
        // come is one of the late ones: its units are promised by the late deliveries' record.
        let mut history: Vec<Delivery> = (0..16).map(|_| whole(0)).collect();
        history.extend((0..3).map(|_| whole(4)));
        history.push(whole(9));
        assert_eq!(buffer_days(&history, SHARES, 75, 0), Some(0));
        assert_eq!(buffer_days(&history, SHARES, 75, 3), Some(4));
        assert_eq!(buffer_days(&history, SHARES, 95, 3), Some(9));
        // Later than anything seen: at least as late as it already is.
        assert_eq!(buffer_days(&history, SHARES, 95, 12), None);
    }

    #[test]
    fn shares_are_tenths_of_the_po_line() {
        assert_eq!(share_of(1, 10), 1);
        assert_eq!(share_of(10, 10), 10);
        assert_eq!(share_of(1, 100), 1);
        assert_eq!(share_of(11, 100), 2);
        assert_eq!(share_of(3, 3), 10);
        assert_eq!(share_of(1, 3), 4);
    }

    #[test]
    fn the_average_lateness_counts_early_as_on_time() {
        let history = vec![whole(-2), whole(3), whole(5)];
        assert_eq!(average_days_late(&history), Some(8.0 / 3.0));
        assert_eq!(average_days_late(&[]), None);
    }
}
