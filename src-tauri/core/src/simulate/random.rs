//! The simulator's randomness: a ChaCha stream per purpose (demand, suppliers, carriers), each
//! from the run's seed, so the same seed gives the same year on every machine, and a change in
//! how one part draws does not reshuffle the others.

use rand_chacha::rand_core::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub struct Rng(ChaCha8Rng);

/// The streams of one run.
pub const DEMAND: u64 = 1;
pub const SUPPLIERS: u64 = 2;
pub const CARRIERS: u64 = 3;
pub const SHOP: u64 = 4;

impl Rng {
    pub fn new(seed: u64, stream: u64) -> Rng {
        let mut r = ChaCha8Rng::seed_from_u64(seed);
        r.set_stream(stream);
        Rng(r)
    }

    /// Uniform in [0, 1), from 53 random bits (exact, no platform rounding).
    pub fn unit(&mut self) -> f64 {
        (self.0.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Uniform integer in `lo..=hi`.
    pub fn between(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        let span = (hi - lo + 1) as u64;
        lo + (self.0.next_u64() % span) as i64
    }

    /// A Poisson count of mean `lambda` (Knuth's product of uniforms; the simulator's daily
    /// means are small).
    pub fn poisson(&mut self, lambda: f64) -> i64 {
        if lambda <= 0.0 {
            return 0;
        }
        let limit = (-lambda).exp();
        let mut k = 0;
        let mut p = self.unit();
        while p > limit {
            k += 1;
            p *= self.unit();
        }
        k
    }

    /// An index drawn with the given weights.
    pub fn pick(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().sum();
        let mut x = self.unit() * total;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_and_stream_draw_the_same_numbers() {
        let a: Vec<i64> = {
            let mut r = Rng::new(7, DEMAND);
            (0..20).map(|_| r.between(0, 1000)).collect()
        };
        let mut r = Rng::new(7, DEMAND);
        let b: Vec<i64> = (0..20).map(|_| r.between(0, 1000)).collect();
        assert_eq!(a, b);
        let mut other = Rng::new(7, SUPPLIERS);
        let c: Vec<i64> = (0..20).map(|_| other.between(0, 1000)).collect();
        assert_ne!(a, c, "another stream draws other numbers");
    }

    #[test]
    fn poisson_counts_have_the_mean_asked_for() {
        let mut r = Rng::new(1, DEMAND);
        for lambda in [0.1, 0.8, 3.0] {
            let n = 40_000;
            let sum: i64 = (0..n).map(|_| r.poisson(lambda)).sum();
            let mean = sum as f64 / n as f64;
            assert!(
                (mean - lambda).abs() < 0.05 * lambda.max(1.0),
                "λ {lambda}: mean {mean}"
            );
        }
        assert_eq!(r.poisson(0.0), 0);
    }

    #[test]
    fn picks_follow_their_weights() {
        let mut r = Rng::new(3, SHOP);
        let mut counts = [0; 3];
        for _ in 0..30_000 {
            counts[r.pick(&[0.5, 0.3, 0.2])] += 1;
        }
        assert!(
            (counts[0] as f64 / 30_000.0 - 0.5).abs() < 0.02,
            "{counts:?}"
        );
        assert!(
            (counts[2] as f64 / 30_000.0 - 0.2).abs() < 0.02,
            "{counts:?}"
        );
    }
}
