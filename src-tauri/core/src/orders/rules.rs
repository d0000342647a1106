//! Order rules, pure: placing (rule 1), status, cancelling (rule 5), the incentive's money.

use super::model::{Incentive, OrderStatus};
use crate::catalog::model::BackorderPolicy;
use crate::{money, Error, Result};

/// The per-line figures the rules look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Units {
    pub ordered: i64,
    pub allocated: i64,
    pub shipped: i64,
    pub backordered: i64,
    pub cancelled: i64,
}

impl Units {
    pub fn balanced(&self) -> bool {
        self.ordered == self.allocated + self.shipped + self.backordered + self.cancelled
            && [
                self.allocated,
                self.shipped,
                self.backordered,
                self.cancelled,
            ]
            .iter()
            .all(|u| *u >= 0)
    }
}

/// A line as asked for, with what its SKU has available when the order is placed.
#[derive(Debug, Clone)]
pub struct Ask<'a> {
    pub sku: &'a str,
    pub qty: i64,
    pub policy: BackorderPolicy,
}

/// Rule 1: each line takes min(available, ordered); the rest is backordered unless a `refuse`
/// product is short, which refuses the whole order naming every short SKU. Lines of the same
/// SKU draw on the same availability in line order. Returns (allocated, backordered) per line.
pub fn place(
    asks: &[Ask],
    available: &mut std::collections::HashMap<String, i64>,
) -> Result<Vec<(i64, i64)>> {
    let mut out = Vec::with_capacity(asks.len());
    let mut short: Vec<String> = Vec::new();
    for a in asks {
        let avail = available.get(a.sku).copied().unwrap_or(0).max(0);
        let alloc = avail.min(a.qty);
        available.insert(a.sku.to_string(), avail - alloc);
        let back = a.qty - alloc;
        if back > 0 && a.policy == BackorderPolicy::Refuse {
            short.push(format!("{} (asked {}, available {})", a.sku, a.qty, avail));
        }
        out.push((alloc, back));
    }
    if !short.is_empty() {
        return Err(Error::refused(crate::msg!(
            "order-refused-never-backordered",
            skus = short.join(", ")
        )));
    }
    Ok(out)
}

/// An order's status from its lines.
pub fn status(lines: &[Units]) -> OrderStatus {
    let sum = |f: fn(&Units) -> i64| lines.iter().map(f).sum::<i64>();
    let (ordered, shipped, backordered, cancelled) = (
        sum(|u| u.ordered),
        sum(|u| u.shipped),
        sum(|u| u.backordered),
        sum(|u| u.cancelled),
    );
    let unshipped = ordered - shipped - cancelled;
    if ordered > 0 && cancelled == ordered {
        OrderStatus::Cancelled
    } else if shipped > 0 && unshipped == 0 {
        OrderStatus::Shipped
    } else if shipped > 0 {
        OrderStatus::PartiallyShipped
    } else if backordered > 0 {
        OrderStatus::Backordered
    } else {
        OrderStatus::Open
    }
}

/// Rule 5: cancelling takes backordered units first, then allocated ones. Returns the units
/// taken from (backordered, allocated); shipped units are never touched.
pub fn cancel(qty: i64, u: &Units) -> (i64, i64) {
    let from_back = qty.min(u.backordered).max(0);
    let from_alloc = (qty - from_back).min(u.allocated).max(0);
    (from_back, from_alloc)
}

/// Rule 5 for part of what an order holds of one SKU, over that SKU's lines (in line order):
/// waiting units first, then allocated ones, each from the last line back — the last line is
/// the furthest back in the queue, so the lines ahead keep their places. Returns the units
/// taken from (backordered, allocated) per line; `None` when `qty` is not 1..= what can be
/// cancelled (allocated + backordered of the lines).
pub fn cancel_part(qty: i64, lines: &[Units]) -> Option<Vec<(i64, i64)>> {
    let open: i64 = lines.iter().map(|u| u.allocated + u.backordered).sum();
    if qty <= 0 || qty > open {
        return None;
    }
    let mut out = vec![(0, 0); lines.len()];
    let mut left = qty;
    for (i, u) in lines.iter().enumerate().rev() {
        let take = left.min(u.backordered);
        out[i].0 = take;
        left -= take;
    }
    for (i, u) in lines.iter().enumerate().rev() {
        let take = left.min(u.allocated);
        out[i].1 = take;
        left -= take;
    }
    Some(out)
}

/// A product a waiting line could be swapped for, as the substitute rule sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate<'a> {
    pub sku: &'a str,
    pub category: &'a str,
    pub price: i64,
    pub available: i64,
}

/// The customer's "swap" choice: of `candidates`, up to three that share the waiting product's
/// (non-empty) category, cost within ±25% of its price (|p − p0| × 4 ≤ p0, in integers), are
/// not the product itself and have at least `need` units available now. Best first: closest
/// price, then most available, then SKU. Returns indexes into `candidates`.
pub fn substitutes(waiting: &Candidate, need: i64, candidates: &[Candidate]) -> Vec<usize> {
    if waiting.category.trim().is_empty() || need <= 0 {
        return Vec::new();
    }
    let p0 = waiting.price;
    let mut fit: Vec<usize> = (0..candidates.len())
        .filter(|&i| {
            let c = &candidates[i];
            c.sku != waiting.sku
                && c.category == waiting.category
                && (c.price - p0).abs() * 4 <= p0
                && c.available >= need
        })
        .collect();
    fit.sort_by(|&a, &b| {
        let (a, b) = (&candidates[a], &candidates[b]);
        (a.price - p0)
            .abs()
            .cmp(&(b.price - p0).abs())
            .then(b.available.cmp(&a.available))
            .then(a.sku.cmp(b.sku))
    });
    fit.truncate(3);
    fit
}

/// Incentive units after cancelling `cancelled_now` units: cancelled units lose it first.
pub fn incentive_units_after(incentive_units: i64, cancelled_now: i64) -> i64 {
    (incentive_units - cancelled_now).max(0)
}

/// A line as the money rules see it.
#[derive(Debug, Clone, Copy)]
pub struct PricedLine {
    pub unit_price: i64,
    pub ordered: i64,
    pub cancelled: i64,
    pub incentive_units: i64,
    pub initially_backordered: i64,
}

/// (subtotal, discount, total). A discount takes its percentage off each incentive unit; a
/// credit is kept in proportion to the incentive units still alive; a gift costs nothing.
/// The discount never exceeds the subtotal.
pub fn totals(incentive: &Incentive, lines: &[PricedLine]) -> (i64, i64, i64) {
    let subtotal: i64 = lines
        .iter()
        .map(|l| l.unit_price * (l.ordered - l.cancelled))
        .sum();
    let discount = match incentive {
        Incentive::Discount { percent_bp } => lines
            .iter()
            .map(|l| money::percent_of(l.unit_price * l.incentive_units, *percent_bp))
            .sum(),
        Incentive::Credit { amount } => {
            let first: i64 = lines.iter().map(|l| l.initially_backordered).sum();
            let alive: i64 = lines.iter().map(|l| l.incentive_units).sum();
            if first == 0 {
                0
            } else {
                (amount * alive * 2 + first) / (2 * first)
            }
        }
        Incentive::None | Incentive::Gift { .. } => 0,
    };
    let discount = discount.min(subtotal);
    (subtotal, discount, subtotal - discount)
}

#[cfg(test)]
#[allow(clippy::type_complexity)] // the tables of cases
mod tests {
    use super::*;
    use std::collections::HashMap;
    use BackorderPolicy::*;

    fn u(ordered: i64, allocated: i64, shipped: i64, backordered: i64, cancelled: i64) -> Units {
        Units {
            ordered,
            allocated,
            shipped,
            backordered,
            cancelled,
        }
    }

    #[test]
    fn placing_allocates_what_is_available_and_backorders_the_rest() {
        let table: &[(i64, i64, BackorderPolicy, Option<(i64, i64)>)] = &[
            // available, asked, policy, (allocated, backordered) or refused
            (10, 3, Notify, Some((3, 0))),
            (2, 5, Notify, Some((2, 3))),
            (0, 5, Allow, Some((0, 5))),
            (5, 5, Refuse, Some((5, 0))),
            (4, 5, Refuse, None),
            (-1, 1, Notify, Some((0, 1))),
        ];
        for (avail, qty, policy, want) in table {
            let mut a = HashMap::from([("A".to_string(), *avail)]);
            let got = place(
                &[Ask {
                    sku: "A",
                    qty: *qty,
                    policy: *policy,
                }],
                &mut a,
            )
            .ok()
            .map(|v| v[0]);
            assert_eq!(got, *want, "available {avail}, asked {qty}, {policy:?}");
        }
    }

    #[test]
    fn two_lines_of_one_sku_share_its_availability() {
        let mut a = HashMap::from([("A".to_string(), 4)]);
        let asks = [
            Ask {
                sku: "A",
                qty: 3,
                policy: Notify,
            },
            Ask {
                sku: "A",
                qty: 3,
                policy: Notify,
            },
        ];
        assert_eq!(place(&asks, &mut a).unwrap(), vec![(3, 0), (1, 2)]);
    }

    #[test]
    fn a_refused_order_names_every_short_sku_and_what_is_available() {
        let mut a = HashMap::from([
            ("A".to_string(), 1),
            ("B".to_string(), 0),
            ("C".to_string(), 9),
        ]);
        let asks = [
            Ask {
                sku: "A",
                qty: 2,
                policy: Refuse,
            },
            Ask {
                sku: "B",
                qty: 1,
                policy: Refuse,
            },
            Ask {
                sku: "C",
                qty: 1,
                policy: Refuse,
            },
        ];
        let msg = place(&asks, &mut a).unwrap_err().to_string();
        assert!(msg.contains("A (asked 2, available 1)"), "{msg}");
        assert!(msg.contains("B (asked 1, available 0)"), "{msg}");
        assert!(!msg.contains("C ("), "{msg}");
    }

    #[test]
    fn order_status_is_derived_from_the_lines() {
        use OrderStatus::*;
        let table: &[(&[Units], OrderStatus)] = &[
            (&[u(3, 3, 0, 0, 0)], Open),
            (&[u(3, 1, 0, 2, 0)], Backordered),
            (&[u(3, 0, 0, 3, 0), u(1, 1, 0, 0, 0)], Backordered),
            (&[u(3, 0, 1, 2, 0)], PartiallyShipped),
            (&[u(3, 2, 1, 0, 0)], PartiallyShipped),
            (&[u(3, 0, 3, 0, 0)], Shipped),
            (&[u(3, 0, 2, 0, 1)], Shipped),
            (&[u(3, 0, 0, 0, 3), u(1, 0, 0, 0, 1)], Cancelled),
            (&[u(3, 3, 0, 0, 0), u(1, 0, 0, 0, 1)], Open),
        ];
        for (lines, want) in table {
            assert_eq!(status(lines), *want, "{lines:?}");
        }
    }

    #[test]
    fn cancelling_takes_backordered_units_first_then_allocated() {
        let table = [
            (u(5, 2, 1, 2, 0), 4, (2, 2)),
            (u(5, 2, 1, 2, 0), 1, (1, 0)),
            (u(5, 2, 1, 2, 0), 3, (2, 1)),
            (u(5, 0, 5, 0, 0), 5, (0, 0)),
        ];
        for (line, qty, want) in table {
            assert_eq!(cancel(qty, &line), want, "{line:?} cancel {qty}");
        }
        assert_eq!(incentive_units_after(3, 2), 1);
        assert_eq!(incentive_units_after(3, 5), 0);
    }

    #[test]
    fn cancelling_part_takes_waiting_units_from_the_last_line_first_then_allocated() {
        let table: &[(&[Units], i64, Option<&[(i64, i64)]>)] = &[
            // lines, qty, (backordered, allocated) taken per line, or refused
            (&[u(5, 2, 1, 2, 0)], 1, Some(&[(1, 0)])),
            (&[u(5, 2, 1, 2, 0)], 2, Some(&[(2, 0)])),
            (&[u(5, 2, 1, 2, 0)], 3, Some(&[(2, 1)])),
            (&[u(5, 2, 1, 2, 0)], 4, Some(&[(2, 2)])),
            (&[u(5, 2, 1, 2, 0)], 5, None),
            (&[u(5, 2, 1, 2, 0)], 0, None),
            (&[u(5, 2, 1, 2, 0)], -1, None),
            (&[u(5, 0, 5, 0, 0)], 1, None),
            // Two lines of one SKU: the later line's waiting units go first.
            (
                &[u(3, 1, 0, 2, 0), u(2, 0, 0, 2, 0)],
                3,
                Some(&[(1, 0), (2, 0)]),
            ),
            (
                &[u(3, 1, 0, 2, 0), u(2, 1, 0, 1, 0)],
                4,
                Some(&[(2, 0), (1, 1)]),
            ),
            (
                &[u(3, 1, 0, 2, 0), u(2, 1, 0, 1, 0)],
                5,
                Some(&[(2, 1), (1, 1)]),
            ),
        ];
        for (lines, qty, want) in table {
            assert_eq!(
                cancel_part(*qty, lines),
                want.map(|w| w.to_vec()),
                "{lines:?} cancel {qty}"
            );
        }
        // Cancelling everything that can be is what a full cancel of each line does.
        let lines = [u(5, 2, 1, 2, 0), u(4, 1, 0, 3, 0)];
        let full: Vec<(i64, i64)> = lines
            .iter()
            .map(|l| cancel(l.allocated + l.backordered, l))
            .collect();
        assert_eq!(cancel_part(8, &lines), Some(full));
    }

    #[test]
    fn substitutes_share_the_category_are_near_in_price_and_cover_the_waiting_units() {
        let c = |sku, category, price, available| Candidate {
            sku,
            category,
            price,
            available,
        };
        let waiting = c("MUG", "Kitchen", 1000, 0);
        let table: &[(&[Candidate], i64, &[&str])] = &[
            // candidates, units waiting, SKUs offered (best first)
            (&[c("B", "Kitchen", 1000, 5)], 2, &["B"]),
            (&[c("B", "Tea", 1000, 5)], 2, &[]),
            // ±25% is inclusive; as near and as many: by SKU.
            (
                &[c("C", "Kitchen", 750, 5), c("B", "Kitchen", 1250, 5)],
                2,
                &["B", "C"],
            ),
            (
                &[c("B", "Kitchen", 1251, 5), c("C", "Kitchen", 749, 5)],
                2,
                &[],
            ),
            (&[c("B", "Kitchen", 1000, 1)], 2, &[]),
            (&[c("MUG", "Kitchen", 1000, 9)], 2, &[]),
            // Closest price, then most available, then SKU; three at most.
            (
                &[
                    c("E", "Kitchen", 1100, 9),
                    c("D", "Kitchen", 900, 3),
                    c("C", "Kitchen", 900, 3),
                    c("B", "Kitchen", 900, 7),
                    c("A", "Kitchen", 1200, 99),
                ],
                3,
                &["E", "B", "C"], // all 1.00 away: 9, 7, then C before D (3 each)
            ),
        ];
        for (candidates, need, want) in table {
            let got: Vec<&str> = substitutes(&waiting, *need, candidates)
                .into_iter()
                .map(|i| candidates[i].sku)
                .collect();
            assert_eq!(got, *want, "{candidates:?} for {need}");
        }
        let uncategorised = c("MUG", "", 1000, 0);
        assert!(substitutes(&uncategorised, 1, &[c("B", "", 1000, 5)]).is_empty());
    }

    #[test]
    fn the_incentive_reduces_the_total_and_follows_the_units() {
        let line = |cancelled, incentive_units| PricedLine {
            unit_price: 1000,
            ordered: 4,
            cancelled,
            incentive_units,
            initially_backordered: 2,
        };
        let ten = Incentive::Discount { percent_bp: 1000 };
        assert_eq!(totals(&ten, &[line(0, 2)]), (4000, 200, 3800));
        // One backordered unit cancelled: it loses its discount.
        assert_eq!(totals(&ten, &[line(1, 1)]), (3000, 100, 2900));
        let credit = Incentive::Credit { amount: 500 };
        assert_eq!(totals(&credit, &[line(0, 2)]), (4000, 500, 3500));
        assert_eq!(totals(&credit, &[line(1, 1)]), (3000, 250, 2750));
        assert_eq!(totals(&credit, &[line(2, 0)]), (2000, 0, 2000));
        assert_eq!(
            totals(&Incentive::Gift { note: "mug".into() }, &[line(0, 2)]),
            (4000, 0, 4000)
        );
        let huge = Incentive::Credit { amount: 1_000_000 };
        assert_eq!(
            totals(&huge, &[line(0, 2)]),
            (4000, 4000, 0),
            "never below zero"
        );
        assert!(u(5, 1, 1, 1, 2).balanced());
        assert!(!u(5, 1, 1, 1, 1).balanced());
    }
}
