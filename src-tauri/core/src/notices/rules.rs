//! Which status changes a notice may make, and how a new notice takes over the news of older
//! ones nobody has read yet.

use super::model::{NoticeKind, NoticeLine, NoticeStatus};
use crate::{Error, Result};

/// pending → printed → sent, and pending → sent; marking again the same status is allowed
/// (printing twice); nothing goes back to pending. A superseded notice is never printed or
/// sent (a newer one carries its news), and one the staff told by phone stays told.
/// `superseded` and `told` are reached only through their own use cases.
pub fn check_transition(from: NoticeStatus, to: NoticeStatus) -> Result<()> {
    use NoticeStatus::*;
    match (from, to) {
        (_, Pending) => Err(Error::refused(crate::msg!("notice-back-to-pending"))),
        (_, Superseded) => Err(Error::refused(crate::msg!(
            "notice-superseded-only-by-newer"
        ))),
        (Superseded, _) => Err(Error::refused(crate::msg!("notice-superseded"))),
        (Told, Told) => Ok(()),
        (Told, _) => Err(Error::refused(crate::msg!("notice-already-told"))),
        (Sent, Printed) => Err(Error::refused(crate::msg!("notice-already-sent"))),
        (Sent | Printed, Told) => Err(Error::refused(crate::msg!(
            "notice-already-printed-or-sent"
        ))),
        _ => Ok(()),
    }
}

/// The news of a new backorder notice together with the older pending ones of the same order
/// it supersedes (`older`, oldest first), as one notice carrying the latest state (issue 15):
/// - each SKU once, with its latest quantity and date, in the order it first appeared;
/// - the "was" date of a SKU is the date the customer was last actually told: the oldest
///   pending move's old date — a date only named in an unsent notice was never told;
/// - if any of them says the order went on backorder, the customer has not heard of the
///   backorder yet, so the merged notice is a backorder notice, not a "date moved" one;
/// - a "was" date equal to the new date is no move at all and is dropped.
pub fn merge_news(
    older: &[(NoticeKind, Vec<NoticeLine>)],
    kind: NoticeKind,
    lines: &[NoticeLine],
) -> (NoticeKind, Vec<NoticeLine>) {
    let mut merged: Vec<NoticeLine> = Vec::new();
    let mut merged_kind = kind;
    let newest = std::iter::once((kind, lines));
    for (k, ls) in older.iter().map(|(k, l)| (*k, l.as_slice())).chain(newest) {
        if k == NoticeKind::Backordered {
            merged_kind = NoticeKind::Backordered;
        }
        for l in ls {
            match merged.iter_mut().find(|m| m.sku == l.sku) {
                Some(m) => {
                    m.qty = l.qty;
                    m.eta = l.eta;
                }
                None => merged.push(l.clone()),
            }
        }
    }
    for m in &mut merged {
        if m.old_eta == m.eta {
            m.old_eta = None;
        }
    }
    (merged_kind, merged)
}

/// A waiting SKU of an order as it stands now: units waiting and their promise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub sku: String,
    pub qty: i64,
    pub eta: Option<chrono::NaiveDate>,
}

/// Merged news brought to the order as it stands when the new notice is written: a SKU that
/// waits takes its units and promise now; one that no longer waits (filled, shipped or
/// cancelled since the older notice) is dropped, unless the new notice itself is about it (a
/// ready date that moved). Nobody should read "on backorder until 14 Nov" about a parcel that
/// left last week.
pub fn as_it_stands(
    merged: Vec<NoticeLine>,
    new: &[NoticeLine],
    now: &[Waiting],
) -> Vec<NoticeLine> {
    merged
        .into_iter()
        .filter_map(|mut l| match now.iter().find(|w| w.sku == l.sku) {
            Some(w) => {
                l.qty = w.qty;
                l.eta = w.eta;
                if l.old_eta == l.eta {
                    l.old_eta = None;
                }
                Some(l)
            }
            None => new.iter().any(|n| n.sku == l.sku).then_some(l),
        })
        .collect()
}

/// Units a "date moved" notice is about: the waiting units when some wait (the allocated ones
/// ship now and keep their own date), else the allocated units whose ready date moved.
pub fn units_told(allocated: i64, backordered: i64) -> i64 {
    if backordered > 0 {
        backordered
    } else {
        allocated
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use NoticeKind::*;
    use NoticeStatus::*;

    #[test]
    fn notices_move_forward_from_pending_to_printed_to_sent() {
        let table = [
            (Pending, Printed, true),
            (Pending, Sent, true),
            (Pending, Told, true),
            (Printed, Sent, true),
            (Printed, Printed, true),
            (Sent, Sent, true),
            (Sent, Printed, false),
            (Printed, Pending, false),
            (Sent, Pending, false),
            (Pending, Superseded, false),
            (Superseded, Printed, false),
            (Superseded, Sent, false),
            (Superseded, Told, false),
            (Told, Printed, false),
            (Told, Sent, false),
            (Sent, Told, false),
        ];
        for (from, to, ok) in table {
            assert_eq!(check_transition(from, to).is_ok(), ok, "{from:?} → {to:?}");
        }
    }

    fn d(day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2026, 12, day)
    }

    fn line(sku: &str, qty: i64, old: Option<NaiveDate>, eta: Option<NaiveDate>) -> NoticeLine {
        NoticeLine {
            sku: sku.into(),
            qty,
            old_eta: old,
            eta,
        }
    }

    #[test]
    fn an_unsent_backorder_notice_and_a_later_move_become_one_backorder_notice_with_the_new_date() {
        // Issue 15: "expected Nov 30" beside "Nov 30 → Dec 14" — the customer never heard of
        // Nov 30, so the letter says the order waits until Dec 14.
        let (kind, lines) = merge_news(
            &[(Backordered, vec![line("GRD-LBL", 2, None, d(1))])],
            PromiseMoved,
            &[line("GRD-LBL", 2, d(1), d(14))],
        );
        assert_eq!(kind, Backordered);
        assert_eq!(lines, vec![line("GRD-LBL", 2, None, d(14))]);
    }

    #[test]
    fn two_unsent_moves_keep_the_date_the_customer_was_last_told() {
        let (kind, lines) = merge_news(
            &[(PromiseMoved, vec![line("A", 1, d(5), d(9))])],
            PromiseMoved,
            &[line("A", 1, d(9), d(12))],
        );
        assert_eq!(kind, PromiseMoved);
        assert_eq!(lines, vec![line("A", 1, d(5), d(12))]);
    }

    #[test]
    fn a_date_that_moves_back_to_what_was_told_is_no_move() {
        let (_, lines) = merge_news(
            &[(PromiseMoved, vec![line("A", 1, d(5), d(9))])],
            PromiseMoved,
            &[line("A", 1, d(9), d(5))],
        );
        assert_eq!(lines, vec![line("A", 1, None, d(5))]);
    }

    #[test]
    fn skus_of_older_notices_stay_with_their_latest_figures_in_first_seen_order() {
        let (_, lines) = merge_news(
            &[
                (
                    Backordered,
                    vec![line("A", 3, None, d(8)), line("B", 1, None, None)],
                ),
                (PromiseMoved, vec![line("B", 1, None, d(20))]),
            ],
            PromiseMoved,
            &[line("A", 2, d(8), d(10)), line("C", 4, d(3), d(4))],
        );
        assert_eq!(
            lines,
            vec![
                line("A", 2, None, d(10)),
                line("B", 1, None, d(20)),
                line("C", 4, d(3), d(4)),
            ]
        );
    }

    fn waiting(sku: &str, qty: i64, eta: Option<NaiveDate>) -> Waiting {
        Waiting {
            sku: sku.into(),
            qty,
            eta,
        }
    }

    #[test]
    fn merged_news_drops_what_no_longer_waits_and_takes_the_units_and_dates_of_now() {
        let merged = vec![
            line("A", 3, None, d(8)),
            line("B", 1, d(2), d(20)),
            line("C", 2, None, d(4)),
        ];
        let new = [line("C", 2, d(3), d(4))];
        let now = [waiting("A", 1, d(9)), waiting("B", 1, d(2))];
        assert_eq!(
            as_it_stands(merged, &new, &now),
            vec![
                line("A", 1, None, d(9)),
                // B's date is back to what the customer was told: no move to report.
                line("B", 1, None, d(2)),
                // C no longer waits, but the new notice is about it (its ready date moved).
                line("C", 2, None, d(4)),
            ]
        );
    }

    #[test]
    fn a_moved_notice_counts_the_waiting_units_not_the_ready_ones() {
        assert_eq!(units_told(1, 2), 2);
        assert_eq!(units_told(3, 0), 3);
    }
}
