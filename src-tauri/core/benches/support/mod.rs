//! What the benchmarks share: the cached generated shops (`target/bench-cache/`) of the screen
//! benchmarks, and the engine benchmarks' shop (`shop`).
#![allow(dead_code)]

pub mod shop;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use stockroom_core::demo_scale::ScaleSpec;
use stockroom_core::{Clock, Stockroom};

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

pub fn cache_dir() -> PathBuf {
    let d = std::env::var_os("STOCKROOM_BENCH_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-cache"));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The cached shop `name` at the current schema version: generated (as scale.rs does) or, when
/// only an older version is cached, a copy of it upgraded by opening it.
pub fn shop(name: &str, spec: ScaleSpec) -> Stockroom {
    let version = stockroom_core::db::schema::VERSION;
    let file = |v: i64| cache_dir().join(format!("{name}-v{v}-{}.sqlite3", today()));
    let path = file(version);
    if !path.exists() {
        // A name of its own: scale.rs may be generating `<name>.partial` at the same moment.
        let tmp = path.with_extension("screens-partial");
        let _ = std::fs::remove_file(&tmp);
        match (1..version).rev().map(file).find(|p| p.exists()) {
            Some(old) => {
                std::fs::copy(&old, &tmp).unwrap();
                drop(Stockroom::open(&tmp).unwrap());
            }
            None => {
                let mut s = Stockroom::open(&tmp)
                    .unwrap()
                    .with_clock(Clock::Fixed(today()));
                s.load_scaled_demo_if_empty(&spec).unwrap();
            }
        }
        std::fs::rename(&tmp, &path).unwrap();
    }
    Stockroom::open(&path)
        .unwrap()
        .with_clock(Clock::Fixed(today()))
}
