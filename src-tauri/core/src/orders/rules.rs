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
        return Err(Error::refused(format!(
            "order refused: not enough stock of {} and these products are never backordered",
            short.join(", ")
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
