//! How the simulated suppliers and carriers behave: when a PO line's units really come (late by
//! a spread of days, in parts, or never), and how long a parcel really travels.

use super::random::Rng;

/// One supplier's habits.
#[derive(Debug, Clone, PartialEq)]
pub struct Behaviour {
    pub name: &'static str,
    /// The lead time it quotes (the products' lead time; POs are expected today + this).
    pub lead_days: i64,
    /// Days late of a delivery and their weights: `late[i]` days with weight `weights[i]`.
    pub late: &'static [i64],
    pub weights: &'static [f64],
    /// Chance that a line comes in two parcels; the first brings `first_share` of it.
    pub partial_chance: f64,
    pub first_share: f64,
    /// Days between the first parcel and the rest.
    pub rest_after: (i64, i64),
    /// Chance that what is left of a line is never sent (the PO's rest is cancelled).
    pub cancel_chance: f64,
}

/// What happens to one PO line: parcels (days after the expected date, units), and whether the
/// rest is cancelled (and on which day after the expected date).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinePlan {
    pub parcels: Vec<(i64, i64)>,
    pub cancelled_on: Option<i64>,
}

impl Behaviour {
    /// The fate of a line of `qty` units.
    pub fn plan(&self, rng: &mut Rng, qty: i64) -> LinePlan {
        let late = self.late[rng.pick(self.weights)];
        let cancel = rng.chance(self.cancel_chance);
        let partial = qty > 1 && rng.chance(self.partial_chance);
        if partial {
            let first = ((qty as f64 * self.first_share).round() as i64).clamp(1, qty - 1);
            let rest_day = late + rng.between(self.rest_after.0, self.rest_after.1);
            if cancel {
                // The first parcel comes; the rest is cancelled when it would have been sent.
                return LinePlan {
                    parcels: vec![(late, first)],
                    cancelled_on: Some(rest_day),
                };
            }
            return LinePlan {
                parcels: vec![(late, first), (rest_day, qty - first)],
                cancelled_on: None,
            };
        }
        if cancel {
            return LinePlan {
                parcels: Vec::new(),
                cancelled_on: Some(late),
            };
        }
        LinePlan {
            parcels: vec![(late, qty)],
            cancelled_on: None,
        }
    }
}

/// A carrier's real transit days: its quoted days, sometimes one less or one more.
#[derive(Debug, Clone, PartialEq)]
pub struct Carrier {
    pub name: &'static str,
    pub quoted_days: i64,
    /// Chances of one day less and one day more than quoted.
    pub faster: f64,
    pub slower: f64,
    /// Share of the orders that choose it (the first carrier is the shop's default).
    pub share: f64,
}

impl Carrier {
    pub fn transit(&self, rng: &mut Rng) -> i64 {
        let x = rng.unit();
        if x < self.faster {
            (self.quoted_days - 1).max(0)
        } else if x < self.faster + self.slower {
            self.quoted_days + 1
        } else {
            self.quoted_days
        }
    }
}

/// A shop profile: its suppliers and carriers. `mixed` (the default) has one supplier of each
/// habit; `reliable` only punctual ones; `unreliable` late, partial and cancelling ones.
pub fn profile(name: &str) -> Option<(Vec<Behaviour>, Vec<Carrier>)> {
    let reliable = Behaviour {
        name: "Punctual Parts",
        lead_days: 7,
        late: &[0, 1],
        weights: &[0.95, 0.05],
        partial_chance: 0.0,
        first_share: 1.0,
        rest_after: (0, 0),
        cancel_chance: 0.0,
    };
    let spread = Behaviour {
        name: "Drifting Supply",
        lead_days: 14,
        late: &[0, 1, 2, 3, 4, 5, 6, 8],
        weights: &[0.35, 0.15, 0.15, 0.1, 0.1, 0.06, 0.05, 0.04],
        partial_chance: 0.0,
        first_share: 1.0,
        rest_after: (0, 0),
        cancel_chance: 0.0,
    };
    let partial = Behaviour {
        name: "Halfway Goods",
        lead_days: 10,
        late: &[0, 1, 2],
        weights: &[0.7, 0.2, 0.1],
        partial_chance: 0.6,
        first_share: 0.6,
        rest_after: (4, 9),
        cancel_chance: 0.0,
    };
    let cancelling = Behaviour {
        name: "Fickle Trading",
        lead_days: 12,
        late: &[0, 1, 2, 3],
        weights: &[0.6, 0.2, 0.1, 0.1],
        partial_chance: 0.1,
        first_share: 0.5,
        rest_after: (3, 6),
        cancel_chance: 0.04,
    };
    let steady = Behaviour {
        name: "Steady Wholesale",
        lead_days: 5,
        late: &[0, 1, 2],
        weights: &[0.8, 0.15, 0.05],
        partial_chance: 0.05,
        first_share: 0.7,
        rest_after: (2, 4),
        cancel_chance: 0.0,
    };
    let carriers = vec![
        Carrier {
            name: "DHL",
            quoted_days: 2,
            faster: 0.25,
            slower: 0.03,
            share: 0.8,
        },
        Carrier {
            name: "Courier",
            quoted_days: 1,
            faster: 0.0,
            slower: 0.03,
            share: 0.2,
        },
    ];
    let suppliers = match name {
        "mixed" => vec![reliable, spread, partial, cancelling, steady],
        "reliable" => vec![
            Behaviour {
                name: "Prompt Imports",
                lead_days: 10,
                ..reliable.clone()
            },
            reliable,
            steady,
        ],
        "unreliable" => vec![
            spread,
            partial,
            cancelling,
            Behaviour {
                name: "Slow Boat Ltd",
                lead_days: 21,
                late: &[0, 2, 4, 7, 10, 14],
                weights: &[0.3, 0.2, 0.2, 0.15, 0.1, 0.05],
                partial_chance: 0.3,
                first_share: 0.5,
                rest_after: (5, 12),
                cancel_chance: 0.03,
            },
        ],
        _ => return None,
    };
    Some((suppliers, carriers))
}

/// The profiles [`profile`] knows, for the error message.
pub const PROFILES: &[&str] = &["mixed", "reliable", "unreliable"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::simulate::random::SUPPLIERS;

    fn plans(b: &Behaviour, qty: i64, n: usize) -> Vec<LinePlan> {
        let mut rng = Rng::new(9, SUPPLIERS);
        (0..n).map(|_| b.plan(&mut rng, qty)).collect()
    }

    #[test]
    fn every_plan_delivers_at_most_the_line_and_all_of_it_unless_cancelled() {
        for name in PROFILES {
            for b in profile(name).unwrap().0 {
                for p in plans(&b, 7, 500) {
                    let sent: i64 = p.parcels.iter().map(|x| x.1).sum();
                    assert!(p.parcels.iter().all(|x| x.1 > 0), "{name}: {p:?}");
                    match p.cancelled_on {
                        None => assert_eq!(sent, 7, "{}: {p:?}", b.name),
                        Some(day) => {
                            assert!(sent < 7);
                            assert!(
                                p.parcels.iter().all(|x| x.0 <= day),
                                "cancelled after the parcels"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_punctual_supplier_is_almost_always_on_time_and_sends_whole_lines() {
        let (suppliers, _) = profile("mixed").unwrap();
        let p = plans(&suppliers[0], 10, 2_000);
        let on_time = p.iter().filter(|x| x.parcels == vec![(0, 10)]).count();
        assert!((1_850..1_990).contains(&on_time), "{on_time}");
        assert!(p
            .iter()
            .all(|x| x.parcels.len() == 1 && x.cancelled_on.is_none()));
    }

    #[test]
    fn a_drifting_supplier_is_late_by_a_spread_of_days() {
        let (suppliers, _) = profile("mixed").unwrap();
        let p = plans(&suppliers[1], 10, 4_000);
        let lates: Vec<i64> = p.iter().map(|x| x.parcels[0].0).collect();
        let on_time = lates.iter().filter(|l| **l == 0).count() as f64 / 4_000.0;
        assert!((0.32..0.38).contains(&on_time), "{on_time}");
        assert_eq!(*lates.iter().max().unwrap(), 8);
        let mean = lates.iter().sum::<i64>() as f64 / 4_000.0;
        assert!((1.8..2.4).contains(&mean), "{mean}");
    }

    #[test]
    fn a_halfway_supplier_sends_most_lines_in_two_parcels_the_rest_days_later() {
        let (suppliers, _) = profile("mixed").unwrap();
        let p = plans(&suppliers[2], 10, 2_000);
        let split: Vec<&LinePlan> = p.iter().filter(|x| x.parcels.len() == 2).collect();
        let share = split.len() as f64 / 2_000.0;
        assert!((0.56..0.64).contains(&share), "{share}");
        for x in split {
            assert_eq!(x.parcels[0].1, 6, "the first parcel brings 60%");
            let gap = x.parcels[1].0 - x.parcels[0].0;
            assert!((4..=9).contains(&gap), "{x:?}");
        }
        assert!(
            plans(&suppliers[2], 1, 200)
                .iter()
                .all(|x| x.parcels.len() == 1),
            "one unit cannot split"
        );
    }

    #[test]
    fn a_fickle_supplier_now_and_then_cancels_a_line() {
        let (suppliers, _) = profile("mixed").unwrap();
        let p = plans(&suppliers[3], 10, 5_000);
        let cancelled = p.iter().filter(|x| x.cancelled_on.is_some()).count() as f64 / 5_000.0;
        assert!((0.03..0.05).contains(&cancelled), "{cancelled}");
    }

    #[test]
    fn carriers_mostly_keep_their_quoted_days() {
        let (_, carriers) = profile("mixed").unwrap();
        let mut rng = Rng::new(2, crate::simulate::random::CARRIERS);
        let days: Vec<i64> = (0..10_000).map(|_| carriers[0].transit(&mut rng)).collect();
        let quoted = days.iter().filter(|d| **d == 2).count() as f64 / 10_000.0;
        let slower = days.iter().filter(|d| **d == 3).count() as f64 / 10_000.0;
        assert!((0.69..0.75).contains(&quoted), "{quoted}");
        assert!((0.02..0.04).contains(&slower), "{slower}");
        assert!(days.iter().all(|d| (1..=3).contains(d)));
    }

    #[test]
    fn an_unknown_profile_is_none() {
        assert!(profile("chaotic").is_none());
        for p in PROFILES {
            assert!(profile(p).is_some(), "{p}");
        }
    }
}
