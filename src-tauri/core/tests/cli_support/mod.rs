//! The harness of the CLI contract tests: the built `stockroom` binary run against a temporary
//! database with a fixed `--today`, its JSON, and a dump of the database to prove that a
//! refused command stored nothing.

#![allow(dead_code)]

#[path = "../engine_support/mod.rs"]
mod engine_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

pub struct Cli {
    dir: tempfile::TempDir,
    pub db: PathBuf,
    today: &'static str,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Cli {
    /// A new, empty shop file in a temporary folder; every command runs on 1 March 2026.
    pub fn new() -> Cli {
        Cli::on("2026-03-01")
    }

    /// The same, with every command run on `today` (YYYY-MM-DD): the tests whose shop was
    /// built on later days need a later today.
    pub fn on(today: &'static str) -> Cli {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shop.sqlite3");
        Cli { dir, db, today }
    }

    /// The temporary folder beside the shop file, for the files a command reads or writes.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_on(self.today, args)
    }

    /// Runs a command on another day than the shop's usual one (a later day's first command).
    pub fn run_on(&self, today: &str, args: &[&str]) -> Run {
        self.run_with_env(today, &[], args)
    }

    /// Runs a command with extra environment variables (the mail tests' password and CA).
    pub fn run_with_env(&self, today: &str, env: &[(&str, &str)], args: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_stockroom"))
            .envs(env.iter().copied())
            .arg("--db")
            .arg(&self.db)
            .args(["--today", today])
            .args(args)
            .output()
            .unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs with `--json`, expects exit 0, returns the document.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        let r = self.run(&a);
        assert_eq!(r.code, 0, "{args:?} failed: {}", r.stderr);
        serde_json::from_str(&r.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", r.stdout))
    }

    /// The day every command runs on.
    pub fn today(&self) -> &'static str {
        self.today
    }

    /// Every table's content, to compare before and after a command.
    pub fn dump(&self) -> String {
        let conn = rusqlite::Connection::open_with_flags(
            &self.db,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .unwrap();
        engine_support::dump(&conn)
    }

    /// Runs a command that must be refused: exit 2, one line on stderr containing `says`, and
    /// the database unchanged in content.
    pub fn refused(&self, args: &[&str], says: &str) {
        let before = self.dump();
        let r = self.run(args);
        assert_eq!(r.code, 2, "{args:?} exits 2: {} {}", r.stdout, r.stderr);
        assert!(r.stderr.contains(says), "{args:?}: stderr {:?}", r.stderr);
        assert_eq!(self.dump(), before, "{args:?} stored nothing");
    }
}

/// The small shop several CLI tests start from, on 1 March 2026: An Post (2 transit days, the
/// default carrier) and a copper kettle with a 10-day lead time and nothing on hand.
pub fn kettle_shop() -> Cli {
    let cli = Cli::on("2026-03-01");
    cli.json(&[
        "carrier",
        "add",
        "--name",
        "An Post",
        "--transit-days",
        "2",
        "--default",
    ]);
    cli.json(&[
        "product",
        "add",
        "--sku",
        "KET-03",
        "--name",
        "Copper kettle",
        "--price",
        "89.00",
        "--lead-time-days",
        "10",
    ]);
    cli
}

/// Whether `text` has a date in German's long form: "12. Dezember 2026" (a day, a dot, the
/// month's name, a space). Issue 17's letters, e-mails and reports in a German locale.
pub fn has_german_date(text: &str) -> bool {
    [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ]
    .iter()
    .any(|m| text.contains(&format!(". {m} ")))
}
