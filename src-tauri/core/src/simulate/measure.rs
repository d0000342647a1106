//! What the simulator measures, pure: per backordered line, the first and the final promise
//! against the day the goods reached the customer, and the figures over all such lines.

use chrono::NaiveDate;
use serde::Serialize;

/// One backordered line that reached its customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineOutcome {
    /// The first date told (None: no date was given).
    pub first: Option<NaiveDate>,
    /// The last date told before it shipped.
    pub last: Option<NaiveDate>,
    /// The day the last unit reached the customer.
    pub delivered: NaiveDate,
    /// How many times the date moved.
    pub moves: i64,
}

/// The figures of a set of lines (percentages 0-100, days; two decimals).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    pub lines: i64,
    /// Delivered on or before the first date told.
    pub kept_first_pct: f64,
    /// Delivered on or before the last date told.
    pub kept_final_pct: f64,
    /// Of the lines that missed their first promise: days after it, on average.
    pub mean_days_late: f64,
    /// Of the lines that kept their first promise: days before it (the padding), on average.
    pub mean_days_early: f64,
    /// The same, 90th percentile (nearest rank).
    pub p90_days_early: f64,
    pub moves_per_line: f64,
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn pct(n: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        round2(100.0 * n as f64 / of as f64)
    }
}

/// The value with at least `p` % of the sorted values at or below it (nearest rank).
pub fn nearest_rank(sorted: &[i64], p: usize) -> i64 {
    if sorted.is_empty() {
        return 0;
    }
    let rank = (sorted.len() * p).div_ceil(100).clamp(1, sorted.len());
    sorted[rank - 1]
}

pub fn figures(lines: &[LineOutcome]) -> Figures {
    let kept = |p: Option<NaiveDate>, l: &LineOutcome| p.is_some_and(|p| l.delivered <= p);
    let kept_first = lines.iter().filter(|l| kept(l.first, l)).count();
    let kept_final = lines.iter().filter(|l| kept(l.last, l)).count();
    let late: Vec<i64> = lines
        .iter()
        .filter_map(|l| l.first.map(|p| (l.delivered - p).num_days()))
        .filter(|d| *d > 0)
        .collect();
    let mut early: Vec<i64> = lines
        .iter()
        .filter_map(|l| l.first.map(|p| (p - l.delivered).num_days()))
        .filter(|d| *d >= 0)
        .collect();
    early.sort_unstable();
    let mean = |v: &[i64]| {
        if v.is_empty() {
            0.0
        } else {
            round2(v.iter().sum::<i64>() as f64 / v.len() as f64)
        }
    };
    Figures {
        lines: lines.len() as i64,
        kept_first_pct: pct(kept_first, lines.len()),
        kept_final_pct: pct(kept_final, lines.len()),
        mean_days_late: mean(&late),
        mean_days_early: mean(&early),
        p90_days_early: nearest_rank(&early, 90) as f64,
        moves_per_line: if lines.is_empty() {
            0.0
        } else {
            round2(lines.iter().map(|l| l.moves).sum::<i64>() as f64 / lines.len() as f64)
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn line(first: &str, last: &str, delivered: &str, moves: i64) -> LineOutcome {
        LineOutcome {
            first: Some(d(first)),
            last: Some(d(last)),
            delivered: d(delivered),
            moves,
        }
    }

    #[test]
    fn figures_count_kept_late_and_early_lines() {
        let lines = vec![
            // kept, 2 days early
            line("2026-03-10", "2026-03-10", "2026-03-08", 0),
            // kept on the day
            line("2026-03-10", "2026-03-10", "2026-03-10", 0),
            // missed the first by 3 days, kept the final (moved twice)
            line("2026-03-10", "2026-03-13", "2026-03-13", 2),
            // missed both by a day
            line("2026-03-10", "2026-03-12", "2026-03-13", 1),
        ];
        let f = figures(&lines);
        assert_eq!(f.lines, 4);
        assert_eq!(f.kept_first_pct, 50.0);
        assert_eq!(f.kept_final_pct, 75.0);
        assert_eq!(f.mean_days_late, 3.0, "(3 + 3) / 2 late lines");
        assert_eq!(f.mean_days_early, 1.0, "(2 + 0) / 2 kept lines");
        assert_eq!(f.p90_days_early, 2.0);
        assert_eq!(f.moves_per_line, 0.75);
    }

    #[test]
    fn a_line_without_a_date_is_not_kept() {
        let lines = vec![LineOutcome {
            first: None,
            last: None,
            delivered: d("2026-03-10"),
            moves: 0,
        }];
        let f = figures(&lines);
        assert_eq!((f.kept_first_pct, f.kept_final_pct), (0.0, 0.0));
        assert_eq!(figures(&[]).lines, 0);
    }

    #[test]
    fn the_90th_percentile_is_the_nearest_rank() {
        let v: Vec<i64> = (1..=10).collect();
        assert_eq!(nearest_rank(&v, 90), 9);
        assert_eq!(nearest_rank(&v, 100), 10);
        assert_eq!(nearest_rank(&[4], 90), 4);
        assert_eq!(nearest_rank(&[], 90), 0);
    }
}
