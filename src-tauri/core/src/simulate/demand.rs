//! Customer demand per SKU: a Poisson count of orders a day whose mean follows the seasons and
//! jumps in bursts (a mention in a magazine, a local event).

use super::random::Rng;

/// One SKU's demand over the simulated days.
#[derive(Debug, Clone, PartialEq)]
pub struct Demand {
    /// Orders a day on an average day.
    pub base: f64,
    /// How much the seasons swing the mean (0 = not at all, 0.5 = ±50%).
    pub season_amplitude: f64,
    /// The day of the year the SKU sells best.
    pub peak_day: i64,
    /// Per day: the burst multiplier (1.0 outside bursts).
    pub bursts: Vec<f64>,
}

impl Demand {
    /// A SKU's demand over `days` days: a base between `min` and `max` orders a day (log-uniform:
    /// many slow sellers, a few fast ones), seasons, and bursts of 3-10 days at 2.5-5 times the
    /// mean, starting on a day with probability `burst_chance`.
    pub fn draw(rng: &mut Rng, days: i64, min: f64, max: f64, burst_chance: f64) -> Demand {
        let base = min * (max / min).powf(rng.unit());
        let season_amplitude = 0.5 * rng.unit();
        let peak_day = rng.between(0, 364);
        let mut bursts = vec![1.0; days.max(0) as usize];
        let mut day = 0usize;
        while day < bursts.len() {
            if rng.chance(burst_chance) {
                let len = rng.between(3, 10) as usize;
                let factor = 2.5 + 2.5 * rng.unit();
                for b in bursts.iter_mut().skip(day).take(len) {
                    *b = factor;
                }
                day += len;
            } else {
                day += 1;
            }
        }
        Demand {
            base,
            season_amplitude,
            peak_day,
            bursts,
        }
    }

    /// The mean orders on day `day` (0-based) of a year that starts on day of year `start_doy`.
    pub fn mean_on(&self, day: i64, start_doy: i64) -> f64 {
        let doy = (start_doy + day - self.peak_day) as f64;
        let season = 1.0 + self.season_amplitude * (2.0 * std::f64::consts::PI * doy / 365.0).cos();
        let burst = self.bursts.get(day as usize).copied().unwrap_or(1.0);
        self.base * season * burst
    }

    /// Orders of the SKU on day `day`.
    pub fn orders_on(&self, rng: &mut Rng, day: i64, start_doy: i64) -> i64 {
        rng.poisson(self.mean_on(day, start_doy))
    }
}

/// Units in one customer's order line: mostly one, sometimes two or three.
pub fn units(rng: &mut Rng) -> i64 {
    [1, 2, 3][rng.pick(&[0.7, 0.2, 0.1])]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::simulate::random::DEMAND;

    #[test]
    fn demand_peaks_in_its_season_and_dips_half_a_year_later() {
        let d = Demand {
            base: 1.0,
            season_amplitude: 0.4,
            peak_day: 100,
            bursts: vec![1.0; 365],
        };
        assert!((d.mean_on(100, 0) - 1.4).abs() < 1e-9);
        assert!((d.mean_on(282, 0) - 0.6).abs() < 0.01);
        // The same day of the year in a year that starts later.
        assert!((d.mean_on(50, 50) - 1.4).abs() < 1e-9);
    }

    #[test]
    fn a_burst_multiplies_the_mean_for_its_days() {
        let mut bursts = vec![1.0; 30];
        for b in &mut bursts[10..15] {
            *b = 3.0;
        }
        let d = Demand {
            base: 0.5,
            season_amplitude: 0.0,
            peak_day: 0,
            bursts,
        };
        assert_eq!(d.mean_on(9, 0), 0.5);
        assert_eq!(d.mean_on(12, 0), 1.5);
        assert_eq!(d.mean_on(15, 0), 0.5);
    }

    #[test]
    fn drawn_demand_stays_in_its_range_and_the_counts_follow_the_mean() {
        let mut rng = Rng::new(11, DEMAND);
        let mut burst_days = 0;
        for _ in 0..50 {
            let d = Demand::draw(&mut rng, 365, 0.05, 0.5, 1.0 / 120.0);
            assert!((0.05..=0.5).contains(&d.base), "{}", d.base);
            assert!(d.season_amplitude <= 0.5);
            burst_days += d.bursts.iter().filter(|b| **b > 1.0).count();
        }
        // About one burst of 6.5 days per 120 days: some, but a small part of the year.
        let share = burst_days as f64 / (50.0 * 365.0);
        assert!((0.02..0.10).contains(&share), "{share}");
        let d = Demand {
            base: 0.8,
            season_amplitude: 0.0,
            peak_day: 0,
            bursts: vec![1.0; 10_000],
        };
        let total: i64 = (0..10_000).map(|day| d.orders_on(&mut rng, day, 0)).sum();
        assert!((total as f64 / 10_000.0 - 0.8).abs() < 0.04, "{total}");
    }

    #[test]
    fn most_order_lines_are_for_one_unit() {
        let mut rng = Rng::new(5, DEMAND);
        let v: Vec<i64> = (0..10_000).map(|_| units(&mut rng)).collect();
        let ones = v.iter().filter(|u| **u == 1).count();
        assert!((6_500..7_500).contains(&ones), "{ones}");
        assert!(v.iter().all(|u| (1..=3).contains(u)));
    }
}
