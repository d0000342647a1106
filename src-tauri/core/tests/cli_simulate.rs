//! The CLI of issue 20: `stockroom simulate` (bad arguments exit 2; the shop's own database is
//! never opened), the two promise settings, and the reasons shown with a promise.

mod cli_support;

use cli_support::{kettle_shop, Cli};

#[test]
fn bad_simulation_arguments_exit_2_with_a_message_issue20() {
    let cli = Cli::new();
    for (args, says) in [
        (
            vec!["simulate", "--days", "0"],
            "--days must be 1 to 3650 (got 0)",
        ),
        (
            vec!["simulate", "--days", "-5"],
            "--days must be 1 to 3650 (got -5)",
        ),
        (
            vec!["simulate", "--seed", "-1"],
            "--seed must be 0 or more (got -1)",
        ),
        (
            vec!["simulate", "--profile", "chaotic"],
            "unknown profile 'chaotic' (known: mixed, reliable, unreliable)",
        ),
        (
            vec!["simulate", "--promises-kept", "49"],
            "--promises-kept must be 50 to 100 (got 49)",
        ),
        (
            vec!["simulate", "--promises-kept", "101"],
            "--promises-kept must be 50 to 100 (got 101)",
        ),
    ] {
        let r = cli.run(&args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(says), "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{args:?} printed nothing");
    }
    assert!(
        !cli.db.exists(),
        "no database was created by a refused simulation"
    );
}

#[test]
fn a_simulation_never_touches_the_shops_own_database_issue20() {
    // A shop file with data, named by --db and by STOCKROOM_DB.
    let cli = kettle_shop();
    let before = cli.dump();
    let modified = std::fs::metadata(&cli.db).unwrap().modified().unwrap();
    let db = cli.db.display().to_string();
    let r = cli.run_with_env(
        cli.today(),
        &[("STOCKROOM_DB", db.as_str())],
        &[
            "--json", "simulate", "--days", "3", "--skus", "10", "--seed", "4",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["days"], 3);
    assert_eq!(cli.dump(), before, "the shop's data is as it was");
    assert_eq!(
        std::fs::metadata(&cli.db).unwrap().modified().unwrap(),
        modified,
        "the file was not written"
    );
    // And with no shop at all, none is created.
    let empty = Cli::new();
    let r = empty.run(&["simulate", "--days", "2", "--skus", "5"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Stockroom"), "{}", r.stdout);
    assert!(!empty.db.exists(), "no database file was created");
}

#[test]
fn the_simulations_json_has_the_keys_of_the_issue_and_a_baseline_issue20() {
    let cli = Cli::new();
    let v = cli.json(&["simulate", "--days", "3", "--skus", "10"]);
    let keys = [
        "lines",
        "kept_first_pct",
        "kept_final_pct",
        "mean_days_late",
        "mean_days_early",
        "p90_days_early",
        "moves_per_line",
    ];
    for k in keys {
        assert!(v[k].is_number(), "{k}: {v}");
        assert!(v["baseline"][k].is_number(), "baseline {k}: {v}");
    }
}

#[test]
fn the_promise_settings_are_set_from_the_cli_and_checked_issue20() {
    let cli = Cli::new();
    let s = cli.json(&["settings", "show"]);
    assert_eq!(
        (
            s["promises_kept_pct"].as_i64(),
            s["promise_history_days"].as_i64()
        ),
        (Some(95), Some(180))
    );
    let s = cli.json(&[
        "settings",
        "set",
        "--promises-kept",
        "90",
        "--promise-history-days",
        "120",
    ]);
    assert_eq!(
        (
            s["promises_kept_pct"].as_i64(),
            s["promise_history_days"].as_i64()
        ),
        (Some(90), Some(120))
    );
    cli.refused(
        &["settings", "set", "--promises-kept", "101"],
        "promises kept must be between 50 and 100",
    );
    cli.refused(
        &["settings", "set", "--promise-history-days", "-1"],
        "the promise history must be 0 to 3650 days",
    );
}

#[test]
fn order_and_product_show_say_why_a_promise_is_what_it_is_issue20() {
    let cli = kettle_shop();
    let c = cli.json(&["customer", "add", "--name", "Ada"]);
    let id = c["id"].to_string();
    let o = cli.json(&["order", "create", "--customer", &id, "--line", "KET-03:1"]);
    let number = o["number"].as_str().unwrap();
    let shown = cli.json(&["order", "show", number]);
    assert_eq!(shown["number"], o["number"], "the order's own fields stay");
    let why = &shown["promise_why"][0];
    assert_eq!(why["sku"], "KET-03");
    assert_eq!(why["source"], "lead_time");
    assert_eq!(why["lead_time_days"], 10);
    assert_eq!(why["promise"], shown["lines"][0]["eta"]);
    let p = cli.json(&["product", "show", "KET-03"]);
    assert_eq!(p["sku"], "KET-03");
    assert_eq!(p["promise_why"]["source"], "lead_time");
    assert_eq!(p["promise_why"]["promise"], p["eta"]);
    let text = cli.run(&["order", "show", number]).stdout;
    assert!(
        text.contains("why KET-03: no PO yet: 10 day(s) lead time"),
        "{text}"
    );
}

#[test]
fn a_lower_promises_kept_target_pads_promises_less_and_the_run_says_which_target_it_had_issue20() {
    let cli = Cli::new();
    let run = |target: &str| {
        cli.json(&[
            "simulate",
            "--days",
            "60",
            "--skus",
            "40",
            "--seed",
            "3",
            "--promises-kept",
            target,
        ])
    };
    let (strict, loose) = (run("99"), run("60"));
    assert_eq!(strict["promises_kept_pct"], 99);
    assert_eq!(loose["promises_kept_pct"], 60);
    assert_eq!(strict["lines"], loose["lines"], "the same simulated lines");
    let early = |v: &serde_json::Value| v["mean_days_early"].as_f64().unwrap();
    let kept = |v: &serde_json::Value| v["kept_first_pct"].as_f64().unwrap();
    assert!(early(&loose) < early(&strict), "{loose} vs {strict}");
    assert!(kept(&loose) <= kept(&strict), "{loose} vs {strict}");
    let default = cli.json(&["simulate", "--days", "3", "--skus", "10"]);
    assert_eq!(default["promises_kept_pct"], 95, "the setting's default");
}
