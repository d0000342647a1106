//! How the CLI prints: one JSON document with `--json`, readable text otherwise.

use serde::Serialize;

pub struct Out {
    pub json: bool,
}

impl Out {
    /// Prints `value` as JSON, or the text made by `text` for people.
    pub fn print<T: Serialize>(&self, value: &T, text: impl FnOnce() -> String) {
        let out = if self.json {
            serde_json::to_string_pretty(value).expect("serializable output")
        } else {
            text()
        };
        if !out.is_empty() {
            // A reader that stopped reading (`stockroom product list | head`) is no failure of
            // the command: what it did is done; the rest of the output has nowhere to go.
            use std::io::Write;
            let _ = writeln!(std::io::stdout().lock(), "{out}");
        }
    }
}

/// A promise for people: the date, or "to be confirmed".
pub fn date_text(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string())
        .unwrap_or_else(|| "to be confirmed".into())
}

/// A shown record with the reasons of its promises (issue 20): its own JSON fields, plus
/// `promise_why`.
#[derive(serde::Serialize)]
pub struct WithWhy<'a, T: serde::Serialize, W: serde::Serialize> {
    #[serde(flatten)]
    pub inner: &'a T,
    pub promise_why: &'a W,
}
