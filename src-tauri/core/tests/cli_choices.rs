//! The CLI of the customer's choice (issue 15): `order cancel … --qty N`, `order swap` and
//! `order substitutes`, their JSON (the order after the change, as other order commands) and
//! exit 2 with one line and nothing stored for bad input.

mod cli_support;

use cli_support::Cli;

/// A shop where Ann's order SO-1001 waits for 3 of MUG (1 allocated), with two mugs in stock
/// beside it, and a cheaper one that is too cheap.
fn shop() -> Cli {
    let c = Cli::new();
    c.json(&["settings", "set", "--handling-days", "1"]);
    c.json(&[
        "carrier",
        "add",
        "--name",
        "Post",
        "--transit-days",
        "2",
        "--default",
    ]);
    for (sku, price, on_hand) in [
        ("MUG", "10.00", "1"),
        ("MUG-BLU", "10.50", "5"),
        ("MUG-SND", "12.00", "8"),
        ("MUG-MINI", "7.00", "20"),
    ] {
        c.json(&[
            "product",
            "add",
            "--sku",
            sku,
            "--name",
            &format!("Mug {sku}"),
            "--category",
            "Kitchen",
            "--price",
            price,
            "--on-hand",
            on_hand,
            "--lead-time-days",
            "10",
        ]);
    }
    c.json(&["customer", "add", "--name", "Ann Lee"]);
    c.json(&[
        "order",
        "create",
        "--customer",
        "1",
        "--line",
        "MUG:4",
        "--incentive",
        "discount:10",
    ]);
    c
}

#[test]
fn order_cancel_with_qty_cancels_part_of_what_waits() {
    let c = shop();
    let o = c.json(&["order", "cancel", "SO-1001", "--sku", "MUG", "--qty", "2"]);
    let l = &o["lines"][0];
    assert_eq!(
        (&l["allocated"], &l["backordered"], &l["cancelled"]),
        (&1.into(), &1.into(), &2.into())
    );
    assert_eq!(l["incentive_units"], 1);
    assert_eq!(o["status"], "backordered");
    assert!(
        l["replaces_line_id"].is_null(),
        "a placed line replaces none"
    );
}

#[test]
fn order_substitutes_lists_the_in_stock_ones_best_first() {
    let c = shop();
    let v = c.json(&["order", "substitutes", "SO-1001", "--sku", "MUG"]);
    let skus: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["sku"].as_str().unwrap())
        .collect();
    assert_eq!(skus, ["MUG-BLU", "MUG-SND"], "MUG-MINI is 30% cheaper");
    assert_eq!(v[0]["price"], "10.50");
    assert_eq!(v[0]["available"], 5);
    assert_eq!(v[0]["name"], "Mug MUG-BLU");
}

#[test]
fn order_swap_prints_the_order_with_the_substitute_line() {
    let c = shop();
    let o = c.json(&[
        "order", "swap", "SO-1001", "--sku", "MUG", "--to", "MUG-SND", "--qty", "2",
    ]);
    assert_eq!(o["number"], "SO-1001");
    let old = &o["lines"][0];
    assert_eq!(
        (&old["backordered"], &old["cancelled"]),
        (&1.into(), &2.into())
    );
    let new = &o["lines"][1];
    assert_eq!(new["sku"], "MUG-SND");
    assert_eq!((&new["ordered"], &new["allocated"]), (&2.into(), &2.into()));
    assert_eq!(new["unit_price"], "12.00");
    assert_eq!(new["incentive_units"], 2, "the incentive follows");
    assert_eq!(new["replaces_line_id"], old["id"]);
    let text = c.run(&["order", "show", "SO-1001"]).stdout;
    assert!(text.contains("swapped for MUG"), "{text}");
}

#[test]
fn bad_choices_exit_2_with_one_line_and_store_nothing() {
    let c = shop();
    let cases: &[(&[&str], &str)] = &[
        (
            &["order", "cancel", "SO-1001", "--sku", "MUG", "--qty", "0"],
            "1 to 4",
        ),
        (
            &["order", "cancel", "SO-1001", "--sku", "MUG", "--qty", "-2"],
            "1 to 4",
        ),
        (
            &["order", "cancel", "SO-1001", "--sku", "MUG", "--qty", "5"],
            "1 to 4",
        ),
        (&["order", "cancel", "SO-1001", "--qty", "1"], "--sku"),
        (
            &["order", "swap", "SO-1001", "--sku", "MUG", "--to", "NOPE"],
            "NOPE",
        ),
        (
            &["order", "swap", "SO-1001", "--sku", "MUG", "--to", "MUG"],
            "itself",
        ),
        (
            &[
                "order", "swap", "SO-1001", "--sku", "MUG", "--to", "MUG-SND", "--qty", "4",
            ],
            "1 to 3",
        ),
        (
            &[
                "order", "swap", "SO-1001", "--sku", "MUG", "--to", "MUG-SND", "--qty", "0",
            ],
            "1 to 3",
        ),
        (
            &[
                "order", "swap", "SO-9999", "--sku", "MUG", "--to", "MUG-SND",
            ],
            "SO-9999",
        ),
        (
            &[
                "order", "swap", "SO-1001", "--sku", "MUG-BLU", "--to", "MUG-SND",
            ],
            "no line for MUG-BLU",
        ),
        (
            &["order", "substitutes", "SO-1001", "--sku", "NOPE"],
            "NOPE",
        ),
    ];
    for (args, names) in cases {
        let before = c.dump();
        let r = c.run(args);
        assert_eq!(r.code, 2, "{args:?} exits 2 (stderr: {})", r.stderr);
        assert!(
            r.stderr.contains(names),
            "{args:?}: the message names {names:?}: {}",
            r.stderr
        );
        assert_eq!(
            r.stderr.trim().lines().count(),
            1,
            "{args:?}: one line: {}",
            r.stderr
        );
        assert_eq!(c.dump(), before, "{args:?} stored nothing");
    }
    // Everything waiting swapped: nothing of MUG waits any more, a second swap is refused.
    c.json(&[
        "order", "swap", "SO-1001", "--sku", "MUG", "--to", "MUG-BLU",
    ]);
    let before = c.dump();
    let r = c.run(&[
        "order", "swap", "SO-1001", "--sku", "MUG", "--to", "MUG-SND",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("nothing of MUG waits"), "{}", r.stderr);
    assert_eq!(c.dump(), before);
}
