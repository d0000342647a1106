//! Issue 17 on the command line: a language per customer (`customer add|edit --language`,
//! the CSV `language` column), the shop's language and locale (`settings set`), a document
//! printed in another language (`print notice|slip|shipped --language`); an unknown code
//! exits 2, lists the known ones and stores nothing.

mod cli_support;

use cli_support::{kettle_shop, Cli};

const KNOWN: &str = "known: de, en, es, fr, it, nb, nl, pl, pt";

/// The kettle shop with Zoë, whose kettle waits, and a notice pending.
fn shop_with_a_waiting_order() -> Cli {
    let cli = kettle_shop();
    cli.json(&[
        "customer",
        "add",
        "--name",
        "Zoë Müller",
        "--language",
        "PL",
    ]);
    cli.json(&["order", "create", "--customer", "1", "--line", "KET-03:2"]);
    cli
}

#[test]
fn an_unknown_language_exits_2_lists_the_known_ones_and_stores_nothing_issue17() {
    let cli = shop_with_a_waiting_order();
    let notice = cli.dir().join("n.pdf");
    let notice = notice.to_str().unwrap();
    for args in [
        vec!["customer", "add", "--name", "Ann", "--language", "xx"],
        vec!["customer", "edit", "1", "--language", "klingon"],
        vec!["settings", "set", "--language", "xx"],
        vec![
            "print",
            "notice",
            "SO-1001",
            "--language",
            "xx",
            "-o",
            notice,
        ],
    ] {
        cli.refused(&args, KNOWN);
    }
    cli.refused(
        &["settings", "set", "--locale", "not a locale"],
        "is not a locale",
    );
    assert!(!std::path::Path::new(notice).exists(), "no file written");
}

#[test]
fn customers_keep_their_language_and_default_to_the_shops_issue17() {
    let cli = shop_with_a_waiting_order();
    let zoe = cli.json(&["customer", "list"]);
    assert_eq!(
        zoe[0]["language"], "pl",
        "the code is stored in its canonical form"
    );
    let ann = cli.json(&["customer", "add", "--name", "Ann"]);
    assert_eq!(
        ann["language"], "en",
        "the shop's language when none is given"
    );
    let s = cli.json(&["settings", "set", "--language", "DE", "--locale", "de_DE"]);
    assert_eq!(
        (s["language"].as_str(), s["locale"].as_str()),
        (Some("de"), Some("de-DE"))
    );
    let shown = cli.json(&["settings", "show"]);
    assert_eq!(shown["locale"], "de-DE");
    let bea = cli.json(&["customer", "add", "--name", "Bea"]);
    assert_eq!(
        bea["language"], "de",
        "new customers get the shop's new language"
    );
    let ann = cli.json(&["customer", "edit", "2", "--language", "fr"]);
    assert_eq!(ann["language"], "fr");
    let ann = cli.json(&["customer", "edit", "2", "--name", "Ann Lee"]);
    assert_eq!(
        ann["language"], "fr",
        "an edit that does not name it keeps it"
    );
}

#[test]
fn a_notice_prints_in_the_customers_language_or_the_one_asked_for_issue17() {
    let cli = shop_with_a_waiting_order();
    let pdf = |args: &[&str], name: &str| {
        let f = cli.dir().join(name);
        let mut a = args.to_vec();
        let path = f.to_str().unwrap().to_string();
        a.extend(["-o", path.as_str()]);
        cli.json(&a);
        let out = std::process::Command::new("pdftotext")
            .arg(&f)
            .arg("-")
            .output()
            .expect("pdftotext (apt poppler-utils)");
        String::from_utf8(out.stdout).unwrap()
    };
    let own = pdf(&["print", "notice", "SO-1001"], "pl.pdf");
    assert!(own.contains("Zawiadomienie"), "{own}");
    assert!(own.contains("2 sztuki"), "two kettles wait: {own}");
    let fr = pdf(
        &["print", "notice", "SO-1001", "--language", "fr"],
        "fr.pdf",
    );
    assert!(fr.contains("Avis de retard de livraison"), "{fr}");
    assert!(fr.contains("mars 2026"), "French month names: {fr}");
    let en = pdf(
        &["print", "notice", "SO-1001", "--language", "en"],
        "en.pdf",
    );
    assert!(en.contains("Backorder notice"), "{en}");
}

#[test]
fn the_customers_csv_reads_and_writes_a_language_column_issue17() {
    let cli = Cli::new();
    let csv = cli.dir().join("c.csv");
    std::fs::write(
        &csv,
        "name,email,language\nHannah Schmidt,hannah@example.de,de\nAna Ferreira,ana@example.pt,\n",
    )
    .unwrap();
    cli.json(&["import", "customers", csv.to_str().unwrap()]);
    let list = cli.json(&["customer", "list"]);
    let lang = |name: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .unwrap()["language"]
            .clone()
    };
    assert_eq!(lang("Hannah Schmidt"), "de");
    assert_eq!(
        lang("Ana Ferreira"),
        "en",
        "an empty cell: the shop's language"
    );
    let out = cli.dir().join("out.csv");
    cli.json(&["export", "customers", "-o", out.to_str().unwrap()]);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.lines().next().unwrap().ends_with(",language"),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.contains("Hannah Schmidt") && l.ends_with(",de")),
        "{text}"
    );

    let bad = cli.dir().join("bad.csv");
    std::fs::write(&bad, "name,language\nBea,xx\n").unwrap();
    cli.refused(&["import", "customers", bad.to_str().unwrap()], "language");
}
