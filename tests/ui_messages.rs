//! The window's own texts (issue 17): ui/locales/<language>.ftl, one Fluent file per language.
//! Every message the screens ask for exists in English; every language has every message
//! English has (and no other), with the same placeables, so no screen shows a message id or
//! a sentence with a hole in it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One .ftl file: message id → the variables (`$name`) its text uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn is_id(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn variables(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split('$').skip(1).map(|rest| {
        rest.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect()
    })
}

/// Reads an .ftl file the way the window's Fluent does for what matters here: a message
/// starts at `id =` in the first column, its text goes on in indented lines and in lines
/// that close a selector (`}`). Any other line would be junk Fluent skips (with the message
/// it belongs to): the test fails on it.
fn read_ftl(path: &Path) -> Messages {
    let text = std::fs::read_to_string(path).unwrap();
    let mut messages = Messages::new();
    let mut current: Option<String> = None;
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some((id, value)) = line.split_once(" = ").filter(|(id, _)| is_id(id)) {
            assert!(
                !messages.contains_key(id),
                "{}:{}: {id} is defined twice",
                path.display(),
                n + 1
            );
            messages.insert(id.to_string(), variables(value).collect());
            current = Some(id.to_string());
        } else if line.starts_with(' ') || line.starts_with('}') {
            let id = current
                .as_ref()
                .unwrap_or_else(|| panic!("{}:{}: text outside a message", path.display(), n + 1));
            messages.get_mut(id).unwrap().extend(variables(line));
        } else {
            panic!("{}:{}: not a message line: {line:?}", path.display(), n + 1);
        }
    }
    messages
}

fn languages() -> BTreeMap<String, Messages> {
    std::fs::read_dir(root().join("ui/locales"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                read_ftl(&p),
            )
        })
        .collect()
}

/// Every `t('id'` in ui/js and every `data-l10n-id="id"` / `data-l10n-label="id"` in
/// index.html, with the file it is in. Ids built at run time (`t(\`nav-${name}\`)`) are not
/// literal and not listed: those prefixes are checked by their own test below.
fn ids_asked_for() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut files = vec![root().join("ui/index.html")];
    let mut dirs = vec![root().join("ui/js")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "js") {
                files.push(path);
            }
        }
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        for opener in ["t('", "data-l10n-id=\"", "data-l10n-label=\""] {
            for (at, _) in text.match_indices(opener) {
                // `t(` itself, not the end of another name (`createElement('div')`).
                let before = text[..at].chars().next_back();
                if opener == "t('"
                    && before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
                {
                    continue;
                }
                let id: String = text[at + opener.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                // i18n.js quotes the function in its comments with example ids.
                if is_id(&id) && !name.ends_with("i18n.js") {
                    out.push((name.clone(), id));
                }
            }
        }
    }
    out
}

#[test]
fn english_and_german_screens_exist_issue17() {
    let all = languages();
    assert!(all.contains_key("en"), "ui/locales/en.ftl is the fallback");
    assert!(
        all.contains_key("de"),
        "ui/locales/de.ftl: the screens in German"
    );
    for (code, messages) in &all {
        assert!(
            messages.contains_key("language-name"),
            "{code}.ftl names its language (language-name) for the Settings screen"
        );
    }
}

#[test]
fn every_message_a_screen_asks_for_is_in_english_issue17() {
    let en = &languages()["en"];
    let missing: Vec<String> = ids_asked_for()
        .into_iter()
        .filter(|(_, id)| !en.contains_key(id))
        .map(|(file, id)| format!("{file}: {id}"))
        .collect();
    assert!(
        missing.is_empty(),
        "not in ui/locales/en.ftl:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_language_has_every_english_message_with_the_same_placeables_issue17() {
    let all = languages();
    let en = &all["en"];
    for (code, messages) in all.iter().filter(|(code, _)| *code != "en") {
        let lacking: Vec<_> = en.keys().filter(|id| !messages.contains_key(*id)).collect();
        assert!(lacking.is_empty(), "{code}.ftl lacks {lacking:?}");
        let unknown: Vec<_> = messages.keys().filter(|id| !en.contains_key(*id)).collect();
        assert!(
            unknown.is_empty(),
            "{code}.ftl has messages English lacks: {unknown:?}"
        );
        for (id, vars) in messages {
            assert_eq!(
                vars, &en[id],
                "{code}.ftl {id}: placeables differ from English"
            );
        }
    }
}

#[test]
fn ids_built_at_run_time_exist_for_every_value_issue17() {
    let en = &languages()["en"];
    // app.js: the sidebar entry of each screen is its title.
    for screen in [
        "dashboard",
        "products",
        "orders",
        "backorders",
        "purchasing",
        "shipments",
        "customers",
        "outbox",
        "reports",
        "settings",
    ] {
        assert!(en.contains_key(&format!("nav-{screen}")), "nav-{screen}");
    }
    // reports.js: each list to export and each report.
    for list in [
        "products",
        "orders",
        "backorders",
        "customers",
        "pos",
        "shipments",
    ] {
        assert!(en.contains_key(&format!("export-{list}")), "export-{list}");
        assert!(
            en.contains_key(&format!("export-{list}-what")),
            "export-{list}-what"
        );
    }
    for report in [
        "backorders",
        "aging",
        "reorder",
        "valuation",
        "fill-rate",
        "promises",
        "ledger",
    ] {
        assert!(
            en.contains_key(&format!("report-{report}")),
            "report-{report}"
        );
    }
    // settings.js: each payment state the web shop setting may name, from the core's own list.
    for status in stockroom_core::data::webshop::FINANCIAL_STATUSES {
        let id = format!("webshop-status-{}", status.replace('_', "-"));
        assert!(en.contains_key(&id), "{id}");
    }
    // Order and purchase order statuses (orders.js, customers.js, purchasing.js).
    for status in [
        "open",
        "backordered",
        "partially-shipped",
        "shipped",
        "cancelled",
    ] {
        assert!(
            en.contains_key(&format!("order-status-{status}")),
            "order-status-{status}"
        );
    }
    for status in ["open", "partially-received", "received", "cancelled"] {
        assert!(
            en.contains_key(&format!("po-status-{status}")),
            "po-status-{status}"
        );
    }
    // The backend's progress events name their message ("progress-…", commands/*.rs).
    let commands = root().join("src-tauri/src/commands");
    let mut named = 0;
    for entry in std::fs::read_dir(commands).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for rest in text.split("\"progress-").skip(1) {
            let id = format!("progress-{}", rest.split('"').next().unwrap());
            assert!(en.contains_key(&id), "{id} (sent by a progress event)");
            named += 1;
        }
    }
    assert!(
        named >= 10,
        "the progress events name their messages ({named} found)"
    );
}
