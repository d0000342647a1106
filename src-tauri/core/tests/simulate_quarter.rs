//! A short simulated quarter (issue 20): the same seed gives the same figures, the figures are
//! the ones this run gave when it was written (any change to the engine's promises or to the
//! simulator shows here, and must be explained), and what holds for any seed holds.

use stockroom_core::simulate::{self, SimOptions, SimReport};

fn quarter(seed: i64) -> SimReport {
    simulate::run(&SimOptions {
        days: 90,
        seed,
        profile: "mixed".into(),
        skus: 60,
        promises_kept: None,
    })
    .unwrap()
}

fn json(r: &SimReport) -> String {
    serde_json::to_string(r).unwrap()
}

/// What any run must satisfy.
fn invariants(r: &SimReport) {
    for f in std::iter::once(&r.stockroom)
        .chain(std::iter::once(&r.baseline))
        .chain(r.by_supplier.values())
    {
        for pct in [f.kept_first_pct, f.kept_final_pct] {
            assert!((0.0..=100.0).contains(&pct), "{pct}");
        }
        assert!(f.mean_days_late >= 0.0 && f.mean_days_early >= 0.0 && f.p90_days_early >= 0.0);
        assert!(f.moves_per_line >= 0.0);
    }
    assert_eq!(
        r.baseline.lines, r.stockroom.lines,
        "the baseline is measured on the same lines"
    );
    assert_eq!(
        r.by_supplier.values().map(|f| f.lines).sum::<i64>(),
        r.stockroom.lines,
        "every line belongs to one supplier"
    );
    assert_eq!(
        r.baseline.moves_per_line, 0.0,
        "the naive promise never moves"
    );
    assert_eq!(
        r.baseline.kept_first_pct, r.baseline.kept_final_pct,
        "so its first promise is its last"
    );
}

#[test]
fn the_same_seed_gives_the_same_quarter_issue20() {
    let a = quarter(7);
    let b = quarter(7);
    assert_eq!(json(&a), json(&b));
    invariants(&a);
    let c = quarter(8);
    invariants(&c);
    assert_ne!(json(&a), json(&c), "another seed, another quarter");
}

#[test]
fn a_quarter_of_seed_7_gives_the_figures_it_gave_when_written_issue20() {
    let r = quarter(7);
    // Computed by this run once (docs/simulator.md says what each figure means). 815 orders on
    // 60 SKUs in 90 days; 151 lines waited. Stockroom kept 149 first promises (98.68%), the
    // naive promise as many, but Stockroom's kept ones were 2.38 days early on average (p90 5)
    // against 4.99 (p90 11). A change here means the engine's promises or the simulated shop
    // changed: say why in the commit.
    let all = serde_json::to_value(&r).unwrap();
    let got = |path: &[&str]| {
        path.iter()
            .fold(&all, |v, k| &v[*k])
            .as_f64()
            .unwrap_or_else(|| panic!("{path:?} in {all}"))
    };
    for (path, want) in [
        (&["orders"][..], 815.0),
        (&["lines"], 151.0),
        (&["kept_first_pct"], 98.68),
        (&["kept_final_pct"], 98.68),
        (&["mean_days_late"], 3.0),
        (&["mean_days_early"], 2.38),
        (&["p90_days_early"], 5.0),
        (&["moves_per_line"], 0.16),
        (&["notices_per_order"], 2.15),
        (&["unfinished"], 0.0),
        (&["baseline", "lines"], 151.0),
        (&["baseline", "kept_first_pct"], 98.68),
        (&["baseline", "mean_days_late"], 1.5),
        (&["baseline", "mean_days_early"], 4.99),
        (&["baseline", "p90_days_early"], 11.0),
        (&["by_supplier", "Punctual Parts", "mean_days_early"], 0.15),
        (&["by_supplier", "Drifting Supply", "kept_first_pct"], 93.94),
    ] {
        assert_eq!(got(path), want, "{path:?}");
    }
}
