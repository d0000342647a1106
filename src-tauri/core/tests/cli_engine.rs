//! The engine's CLI contract (issue 3): commands, flags, JSON fields and exit codes, run on the
//! built `stockroom` binary against a temporary database with a fixed `--today`.

mod cli_support;

use cli_support::Cli;
use serde_json::Value;

/// A small shop: a carrier, three products, two customers (1 partial, 2 complete).
fn shop() -> Cli {
    let c = Cli::new();
    c.json(&[
        "settings",
        "set",
        "--store-name",
        "Corner Shop",
        "--handling-days",
        "1",
    ]);
    c.json(&[
        "carrier",
        "add",
        "--name",
        "Post",
        "--transit-days",
        "2",
        "--default",
    ]);
    c.json(&[
        "product",
        "add",
        "--sku",
        "MUG",
        "--name",
        "Mug",
        "--price",
        "12.50",
        "--cost",
        "4.00",
        "--on-hand",
        "3",
        "--lead-time-days",
        "10",
    ]);
    c.json(&[
        "product",
        "add",
        "--sku",
        "TEA",
        "--name",
        "Tea",
        "--price",
        "5",
        "--on-hand",
        "1",
        "--backorders",
        "refuse",
    ]);
    c.json(&[
        "product", "add", "--sku", "POT", "--name", "Pot", "--price", "30.00",
    ]);
    c.json(&["customer", "add", "--name", "Ann Lee"]);
    c.json(&[
        "customer",
        "add",
        "--name",
        "Zoë Müller",
        "--address",
        "ul. Piotrkowska 1\n90-001 Łódź",
        "--ships",
        "complete",
    ]);
    c
}

#[test]
fn products_print_every_contract_field() {
    let c = shop();
    let p = c.json(&["product", "show", "MUG"]);
    for f in [
        "sku",
        "name",
        "price",
        "cost",
        "backorders",
        "on_hand",
        "allocated",
        "available",
        "incoming",
        "backordered",
        "status",
        "eta",
    ] {
        assert!(p.get(f).is_some(), "product has {f}: {p}");
    }
    assert_eq!(p["price"], "12.50", "money is a decimal string");
    assert_eq!(p["cost"], "4.00");
    assert_eq!(p["on_hand"], 3);
    assert_eq!(p["status"], "in_stock");
    assert_eq!(p["eta"], "2026-03-04");
    let list = c.json(&["product", "list", "--search", "po"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["sku"], "POT");
    assert_eq!(list[0]["status"], "backorder");
    assert_eq!(
        list[0]["eta"],
        Value::Null,
        "no lead time, no PO: date to be confirmed"
    );
}

#[test]
fn customer_add_prints_the_id() {
    let c = shop();
    let r = c.run(&["customer", "add", "--name", "Νίκος Παπαδόπουλος"]);
    assert_eq!((r.code, r.stdout.trim()), (0, "3"));
    let j = c.json(&[
        "customer",
        "add",
        "--name",
        "Иван Петров",
        "--email",
        "ivan@example.ru",
    ]);
    assert_eq!(j["id"], 4);
    assert_eq!(j["name"], "Иван Петров");
}

#[test]
fn an_order_prints_number_status_totals_and_lines_with_promises() {
    let c = shop();
    let o = c.json(&[
        "order",
        "create",
        "--customer",
        "1",
        "--line",
        "MUG:5",
        "--line",
        "POT:1",
        "--incentive",
        "discount:10",
    ]);
    assert_eq!(o["number"], "SO-1001");
    assert_eq!(o["customer"], "Ann Lee");
    assert_eq!(o["status"], "backordered");
    assert_eq!(o["discount"], "5.50", "10% of 2 mugs and 1 pot");
    assert_eq!(o["total"], "87.00", "92.50 − 5.50");
    let mug = &o["lines"][0];
    assert_eq!(
        (
            mug["sku"].as_str(),
            mug["ordered"].as_i64(),
            mug["allocated"].as_i64()
        ),
        (Some("MUG"), Some(5), Some(3))
    );
    assert_eq!(
        (
            mug["shipped"].as_i64(),
            mug["backordered"].as_i64(),
            mug["cancelled"].as_i64()
        ),
        (Some(0), Some(2), Some(0))
    );
    assert_eq!(mug["eta"], "2026-03-14", "lead 10 + handling 1 + transit 2");
    assert_eq!(mug["queue_position"], 1);
    assert_eq!(o["lines"][1]["eta"], Value::Null);
    let shown = c.json(&["order", "show", "SO-1001"]);
    assert_eq!(shown["lines"], o["lines"]);
}

#[test]
fn a_full_backorder_history_through_the_cli() {
    let c = shop();
    c.json(&["order", "create", "--customer", "2", "--line", "MUG:4"]);
    c.json(&["order", "create", "--customer", "1", "--line", "MUG:2"]);
    let po = c.json(&[
        "po",
        "create",
        "--supplier",
        "Potters Ltd",
        "--expected",
        "2026-03-10",
        "--line",
        "MUG:2",
    ]);
    assert_eq!(po["number"], "PO-1001");
    let rows = c.json(&["backorders", "--sku", "MUG"]);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    for f in [
        "order",
        "customer",
        "sku",
        "backordered",
        "queue_position",
        "eta",
        "age_days",
    ] {
        assert!(rows[0].get(f).is_some(), "row has {f}");
    }
    assert_eq!(
        (rows[0]["order"].as_str(), rows[0]["eta"].as_str()),
        (Some("SO-1001"), Some("2026-03-13"))
    );
    assert_eq!(
        (
            rows[1]["order"].as_str(),
            rows[1]["queue_position"].as_i64()
        ),
        (Some("SO-1002"), Some(2))
    );

    // The supplier slips a week.
    let moved = c.json(&["po", "expect", "PO-1001", "2026-03-17"]);
    assert_eq!(moved["moved"][0]["order"], "SO-1001");
    assert_eq!(moved["moved"][0]["sku"], "MUG");
    assert_eq!(
        (
            moved["moved"][0]["old_eta"].as_str(),
            moved["moved"][0]["new_eta"].as_str()
        ),
        (Some("2026-03-13"), Some("2026-03-20"))
    );

    // Priority: the second order jumps the queue.
    let o = c.json(&["order", "priority", "SO-1002", "5"]);
    assert_eq!(o["lines"][0]["queue_position"], 1);

    let r = c.json(&["po", "receive", "PO-1001", "--line", "MUG:2"]);
    assert_eq!(r["allocations"][0]["order"], "SO-1002");
    assert_eq!(r["allocations"][0]["sku"], "MUG");
    assert_eq!(r["allocations"][0]["qty"], 2);

    let s = c.json(&[
        "ship",
        "SO-1002",
        "--tracking",
        "JD0001",
        "--carrier",
        "Post",
    ]);
    assert_eq!(s["shipment"], "SH-1001");
    assert_eq!(s["order"], "SO-1002");
    assert_eq!(s["lines"][0]["sku"], "MUG");
    assert_eq!(s["lines"][0]["qty"], 2);

    // Zoë wants her order complete: refused, then shipped partially on request.
    let early = c.run(&["ship", "SO-1001"]);
    assert_eq!(early.code, 2, "{}", early.stderr);
    assert!(early.stderr.contains("complete"), "{}", early.stderr);
    let part = c.json(&["ship", "SO-1001", "--partial", "--tracking", "JD0002"]);
    assert_eq!(part["lines"][0]["qty"], 3);

    let cancelled = c.json(&["order", "cancel", "SO-1001", "--sku", "MUG"]);
    assert_eq!(cancelled["status"], "shipped");
    assert_eq!(cancelled["lines"][0]["cancelled"], 1);

    let n = c.json(&["notifications"]);
    let n = n.as_array().unwrap();
    let kinds: Vec<&str> = n.iter().map(|x| x["kind"].as_str().unwrap()).collect();
    // The moves before anyone was told were folded into the backorder notice (issue 15).
    let superseded = n.iter().filter(|x| x["status"] == "superseded").count();
    assert!(
        kinds.contains(&"backordered") && kinds.contains(&"shipped") && superseded > 0,
        "{kinds:?}"
    );
    let shipped = n.iter().find(|x| x["kind"] == "shipped").unwrap();
    assert_eq!(
        (shipped["shipment"].as_str(), shipped["tracking"].as_str()),
        (Some("SH-1001"), Some("JD0001"))
    );
    for f in ["order", "kind", "due", "status"] {
        assert!(shipped.get(f).is_some(), "notification has {f}");
    }
    assert_eq!(shipped["due"], "2026-03-01");
    assert_eq!(shipped["status"], "pending");
    // Nothing was printed: every notice not superseded is still to do.
    assert_eq!(
        c.json(&["notifications", "--pending"])
            .as_array()
            .unwrap()
            .len(),
        n.len() - superseded
    );
}

#[test]
fn stock_adjust_takes_a_signed_quantity() {
    let c = shop();
    c.json(&["order", "create", "--customer", "1", "--line", "MUG:3"]);
    let r = c.json(&[
        "stock",
        "adjust",
        "MUG",
        "-2",
        "--reason",
        "broken in transit",
    ]);
    assert_eq!(r["on_hand"], 1);
    assert_eq!(r["taken_back"][0]["qty"], 2);
    let r = c.json(&["stock", "adjust", "MUG", "5", "--reason", "found a box"]);
    assert_eq!(r["allocations"][0]["qty"], 2);
    assert_eq!(c.json(&["product", "show", "MUG"])["available"], 3);
}

#[test]
fn bad_input_and_refusals_exit_2_naming_the_problem_and_store_nothing() {
    let c = shop();
    c.json(&["order", "create", "--customer", "2", "--line", "MUG:5"]);
    c.json(&[
        "po",
        "create",
        "--supplier",
        "Potters Ltd",
        "--expected",
        "2026-03-10",
        "--line",
        "MUG:4",
    ]);
    let cases: &[(&[&str], &str)] = &[
        (
            &["order", "create", "--customer", "1", "--line", "NOPE:1"],
            "NOPE",
        ),
        (
            &["order", "create", "--customer", "1", "--line", "MUG:0"],
            "MUG:0",
        ),
        (
            &["order", "create", "--customer", "1", "--line", "MUG:-1"],
            "MUG:-1",
        ),
        (
            &["order", "create", "--customer", "1", "--line", "MUG:two"],
            "two",
        ),
        (
            &["order", "create", "--customer", "1", "--line", "MUG"],
            "MUG",
        ),
        (
            &["order", "create", "--customer", "99", "--line", "MUG:1"],
            "customer 99",
        ),
        (
            &["order", "create", "--customer", "1", "--line", "TEA:2"],
            "TEA (asked 2, available 1)",
        ),
        (
            &[
                "order",
                "create",
                "--customer",
                "1",
                "--line",
                "MUG:1",
                "--incentive",
                "bonus:3",
            ],
            "bonus",
        ),
        (&["order", "show", "SO-9999"], "SO-9999"),
        (&["order", "cancel", "SO-9999"], "SO-9999"),
        (
            &[
                "product", "add", "--sku", "MUG", "--name", "Again", "--price", "1.00",
            ],
            "MUG",
        ),
        (
            &[
                "product", "add", "--sku", "NEW", "--name", "New", "--price", "12.345",
            ],
            "12.345",
        ),
        (
            &[
                "product", "add", "--sku", "NEW", "--name", "New", "--price", "abc",
            ],
            "abc",
        ),
        (
            &[
                "product", "add", "--sku", "  ", "--name", "New", "--price", "1",
            ],
            "SKU",
        ),
        (
            &[
                "product",
                "add",
                "--sku",
                "NEW",
                "--name",
                "New",
                "--price",
                "1",
                "--backorders",
                "maybe",
            ],
            "maybe",
        ),
        (&["product", "show", "NOPE"], "NOPE"),
        (&["stock", "adjust", "MUG", "0", "--reason", "x"], "zero"),
        (
            &["stock", "adjust", "MUG", "-99", "--reason", "x"],
            "negative",
        ),
        (&["stock", "adjust", "NOPE", "1", "--reason", "x"], "NOPE"),
        (
            &[
                "po",
                "create",
                "--supplier",
                "S",
                "--expected",
                "2026-13-40",
                "--line",
                "MUG:1",
            ],
            "2026-13-40",
        ),
        (
            &[
                "po",
                "create",
                "--supplier",
                "S",
                "--expected",
                "2026-03-10",
                "--line",
                "MUG:0",
            ],
            "MUG:0",
        ),
        (
            &["po", "receive", "PO-1001", "--line", "MUG:5"],
            "only 4 outstanding",
        ),
        (&["po", "receive", "PO-1001", "--line", "POT:1"], "POT"),
        (&["po", "receive", "PO-9999", "--line", "MUG:1"], "PO-9999"),
        (&["po", "expect", "PO-1001", "soon"], "soon"),
        (&["ship", "SO-1001"], "complete"),
        (&["ship", "SO-9999"], "SO-9999"),
        (&["backorders", "--sku", "NOPE"], "NOPE"),
        (
            &["customer", "add", "--name", "X", "--ships", "never"],
            "never",
        ),
        (
            &["carrier", "add", "--name", "Post", "--transit-days", "1"],
            "Post",
        ),
        (&["settings", "set", "--backorder-discount", "150"], "150"),
        (&["settings", "set", "--handling-days", "-1"], "-1"),
        (&["stock", "adjust", "MUG", "two", "--reason", "x"], "two"),
        (
            &["carrier", "add", "--name", "Fast", "--transit-days", "-2"],
            "-2",
        ),
        (
            &[
                "product",
                "add",
                "--sku",
                "NEW",
                "--name",
                "New",
                "--price",
                "1",
                "--on-hand",
                "-5",
            ],
            "-5",
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
}
