//! Calibration of the promises (issue 20), a section of the promises report: for the same
//! finished backordered lines, how the first promise compared with the day the goods likely
//! reached the customer — kept, late, early by how much — overall and per supplier. A promise
//! that is always kept because it is padded by weeks shows here as "early".

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::table::{ratio, Cell, Col, Piece, Section};

/// One finished backordered line with what the calibration needs.
#[derive(Debug, Clone, PartialEq)]
pub struct CalibrationLine {
    pub supplier: String,
    pub first_eta: NaiveDate,
    /// Last shipment + transit days.
    pub arrived: NaiveDate,
}

/// Kept / late / early, in buckets of days.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Calibration {
    /// A supplier's name, or [`ALL_SUPPLIERS`].
    pub scope: String,
    pub lines: i64,
    pub kept: i64,
    pub late: i64,
    pub share_kept: Option<f64>,
    /// Kept lines that arrived on the day promised, 1-2 days, 3-5 days and 6 or more days
    /// before it.
    pub early_0: i64,
    pub early_1_2: i64,
    pub early_3_5: i64,
    pub early_6_plus: i64,
    /// Late lines 1-2 days and 3 or more days after the promise.
    pub late_1_2: i64,
    pub late_3_plus: i64,
    /// Of the kept lines: days early on average, and the 90th percentile (nearest rank).
    pub mean_days_early: Option<f64>,
    pub p90_days_early: Option<i64>,
}

fn calibrate(scope: &str, lines: &[&CalibrationLine]) -> Calibration {
    let mut c = Calibration {
        scope: scope.to_string(),
        lines: lines.len() as i64,
        kept: 0,
        late: 0,
        share_kept: None,
        early_0: 0,
        early_1_2: 0,
        early_3_5: 0,
        early_6_plus: 0,
        late_1_2: 0,
        late_3_plus: 0,
        mean_days_early: None,
        p90_days_early: None,
    };
    let mut early: Vec<i64> = Vec::new();
    for l in lines {
        let d = (l.first_eta - l.arrived).num_days();
        match d {
            0 => c.early_0 += 1,
            1..=2 => c.early_1_2 += 1,
            3..=5 => c.early_3_5 += 1,
            6.. => c.early_6_plus += 1,
            -2..=-1 => c.late_1_2 += 1,
            _ => c.late_3_plus += 1,
        }
        if d >= 0 {
            early.push(d);
        }
    }
    early.sort_unstable();
    c.kept = early.len() as i64;
    c.late = c.lines - c.kept;
    c.share_kept = ratio(c.kept, c.lines);
    if !early.is_empty() {
        c.mean_days_early = Some(early.iter().sum::<i64>() as f64 / early.len() as f64);
        c.p90_days_early = Some(crate::simulate::measure::nearest_rank(&early, 90));
    }
    c
}

pub use super::table::ALL_SUPPLIERS;

/// Overall first, then per supplier by name.
pub fn build(lines: &[CalibrationLine]) -> Vec<Calibration> {
    let mut by: BTreeMap<&str, Vec<&CalibrationLine>> = BTreeMap::new();
    for l in lines {
        by.entry(l.supplier.as_str()).or_default().push(l);
    }
    let all: Vec<&CalibrationLine> = lines.iter().collect();
    let mut out = vec![calibrate(ALL_SUPPLIERS, &all)];
    out.extend(by.into_iter().map(|(s, v)| calibrate(s, &v)));
    out
}

/// The report's calibration table, in the shop's words.
pub fn piece(rows: &[Calibration], w: &crate::i18n::ShopWords) -> Piece {
    let n = |x: Option<i64>| Cell::Num(x.map(|v| v as f64));
    let t = |m: crate::i18n::Msg| w.say(&m);
    Piece::Table(Section {
        key: "calibration",
        title: t(crate::msg!("section-calibration")),
        cols: vec![
            Col::left("scope", t(crate::msg!("col-scope")), 1.8),
            Col::right("lines", t(crate::msg!("col-lines")), 0.7),
            Col::right("share_kept", t(crate::msg!("col-share-kept")), 1.2),
            Col::right("early_0", t(crate::msg!("col-on-the-day")), 0.8),
            Col::right("early_1_2", t(crate::msg!("col-early-1-2")), 0.9),
            Col::right("early_3_5", t(crate::msg!("col-early-3-5")), 0.9),
            Col::right("early_6_plus", t(crate::msg!("col-early-6-plus")), 0.9),
            Col::right("late_1_2", t(crate::msg!("col-late-1-2")), 0.9),
            Col::right("late_3_plus", t(crate::msg!("col-late-3-plus")), 0.9),
            Col::right("mean_days_early", t(crate::msg!("col-avg-early")), 0.9),
            Col::right("p90_days_early", t(crate::msg!("col-p90-early")), 0.9),
        ],
        rows: rows
            .iter()
            .map(|c| {
                vec![
                    Cell::name(w, &c.scope),
                    Cell::Int(c.lines),
                    Cell::Ratio(c.share_kept),
                    Cell::Int(c.early_0),
                    Cell::Int(c.early_1_2),
                    Cell::Int(c.early_3_5),
                    Cell::Int(c.early_6_plus),
                    Cell::Int(c.late_1_2),
                    Cell::Int(c.late_3_plus),
                    Cell::Num(c.mean_days_early),
                    n(c.p90_days_early),
                ]
            })
            .collect(),
        total: None,
        empty: t(crate::msg!("empty-none")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn line(supplier: &str, promise: &str, arrived: &str) -> CalibrationLine {
        CalibrationLine {
            supplier: supplier.into(),
            first_eta: d(promise),
            arrived: d(arrived),
        }
    }

    #[test]
    fn calibration_sorts_lines_into_kept_early_and_late_buckets_per_supplier() {
        let lines = vec![
            line("Acme", "2026-03-10", "2026-03-10"),
            line("Acme", "2026-03-10", "2026-03-08"),
            line("Acme", "2026-03-10", "2026-03-02"),
            line("Bolt", "2026-03-10", "2026-03-11"),
            line("Bolt", "2026-03-10", "2026-03-16"),
            line("Bolt", "2026-03-10", "2026-03-06"),
        ];
        let c = build(&lines);
        assert_eq!(c.len(), 3, "all, then each supplier");
        let all = &c[0];
        assert_eq!(
            (all.scope.as_str(), all.lines, all.kept, all.late),
            ("All suppliers", 6, 4, 2)
        );
        assert_eq!(
            (all.early_0, all.early_1_2, all.early_3_5, all.early_6_plus),
            (1, 1, 1, 1)
        );
        assert_eq!((all.late_1_2, all.late_3_plus), (1, 1));
        assert_eq!(all.mean_days_early, Some((0.0 + 2.0 + 8.0 + 4.0) / 4.0));
        assert_eq!(all.p90_days_early, Some(8));
        let acme = &c[1];
        assert_eq!(
            (acme.scope.as_str(), acme.kept, acme.share_kept),
            ("Acme", 3, Some(1.0))
        );
        let bolt = &c[2];
        assert_eq!((bolt.kept, bolt.late, bolt.p90_days_early), (1, 2, Some(4)));
    }

    #[test]
    fn no_lines_means_no_figures() {
        let c = build(&[]);
        assert_eq!(c.len(), 1);
        assert_eq!(
            (c[0].lines, c[0].share_kept, c[0].p90_days_early),
            (0, None, None)
        );
    }
}
