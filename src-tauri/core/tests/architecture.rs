//! Issue 18: no file-level import cycles. Two files of the core that name each other's items
//! (`use crate::x::…`, `crate::x::f()`, `super::…`) cannot be read, tested or replaced one
//! without the other; the dependency must go one way. This scans the sources (no parser:
//! paths after `crate::`, `super::`, `self::`, a child module or a `use` alias), resolves each
//! path to the deepest module file it names, and fails on any pair of files that import each
//! other, in the library and in the `stockroom` CLI.
//!
//! Not counted: the crate roots (lib.rs and the CLI's main.rs declare the modules); a module and
//! its own submodules (`pdf/layout.rs` and `pdf/layout/letterhead.rs`: one unit, split for
//! size, whose parts share the parent's types); and test modules (`#[cfg(test)]` to the end
//! of a file).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Pairs known to import each other, with the reason they are left; the test fails when one
/// is gone (so the list shrinks) or a new one appears.
const KNOWN: &[(&str, &str, &str)] = &[(
    "mail/store.rs",
    "notices/store.rs",
    "a notice queues its e-mail in the same transaction, and a sent e-mail marks its notice sent",
)];

/// Module files under `root`, keyed by their path relative to it ("catalog/store.rs").
fn files(root: &Path) -> BTreeMap<String, String> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n == "bin") {
                    continue; // other crates
                }
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

/// The module path of a file: `catalog/store.rs` → [catalog, store]; `catalog/mod.rs` →
/// [catalog]; the root → [].
fn module_of(file: &str) -> Vec<String> {
    let mut parts: Vec<String> = file
        .trim_end_matches(".rs")
        .split('/')
        .map(String::from)
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The source without comments, string literals and test modules.
fn code_of(src: &str) -> String {
    let src = match src.find("#[cfg(test)]") {
        Some(i) => &src[..i],
        None => src,
    };
    let mut out = String::with_capacity(src.len());
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i] == b'"' {
            // A string literal (raw strings in the core hold SQL, never paths).
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if b[i] == b'\'' && b.get(i + 2) == Some(&b'\'') {
            i += 3; // a char literal such as '{'
        } else {
            out.push(b[i] as char);
            i += 1;
        }
    }
    out
}

#[derive(Debug, PartialEq)]
enum Tok {
    Ident(String),
    Sep, // ::
    Open,
    Close,
    Comma,
    Semi,
    Other,
}

fn tokens(code: &str) -> Vec<Tok> {
    let c: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if ch.is_alphabetic() || ch == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            out.push(Tok::Ident(c[start..i].iter().collect()));
            continue;
        }
        out.push(match ch {
            ':' if c.get(i + 1) == Some(&':') => {
                i += 1;
                Tok::Sep
            }
            '{' => Tok::Open,
            '}' => Tok::Close,
            ',' => Tok::Comma,
            ';' => Tok::Semi,
            c if c.is_whitespace() => {
                i += 1;
                continue;
            }
            _ => Tok::Other,
        });
        i += 1;
    }
    out
}

struct Scan<'a> {
    files: &'a BTreeMap<String, String>,
    me: Vec<String>,
    aliases: BTreeMap<String, Vec<String>>,
    edges: BTreeSet<String>,
}

impl Scan<'_> {
    /// The deepest module file that `path` names.
    fn resolve(&self, path: &[String]) -> Option<String> {
        for n in (1..=path.len()).rev() {
            let p = path[..n].join("/");
            for f in [format!("{p}.rs"), format!("{p}/mod.rs")] {
                if self.files.contains_key(&f) {
                    return Some(f);
                }
            }
        }
        None
    }

    fn is_child(&self, name: &str) -> bool {
        let mut p = self.me.clone();
        p.push(name.to_string());
        self.resolve(&p).is_some_and(|f| module_of(&f) == p)
    }

    /// The absolute module path a path starting with `head` stands for, if it is one of ours.
    fn start(&self, head: &str) -> Option<Vec<String>> {
        match head {
            "crate" => Some(Vec::new()),
            "self" => Some(self.me.clone()),
            "super" => Some(self.me[..self.me.len().saturating_sub(1)].to_vec()),
            h if self.aliases.contains_key(h) => Some(self.aliases[h].clone()),
            h if self.is_child(h) => {
                let mut p = self.me.clone();
                p.push(h.to_string());
                Some(p)
            }
            _ => None,
        }
    }

    fn edge(&mut self, path: &[String]) {
        if let Some(f) = self.resolve(path) {
            self.edges.insert(f);
        }
    }

    /// Reads a path from `toks[i]` (just after a known head, whose module path is `base`);
    /// in a `use`, records the names it brings in. Returns the index after it.
    fn path(&mut self, toks: &[Tok], mut i: usize, mut base: Vec<String>, in_use: bool) -> usize {
        loop {
            if toks.get(i) != Some(&Tok::Sep) {
                self.edge(&base);
                if in_use {
                    if let Some(last) = base.last() {
                        self.aliases.insert(last.clone(), base.clone());
                    }
                }
                return i;
            }
            match toks.get(i + 1) {
                Some(Tok::Ident(s)) if s == "super" => {
                    base.pop();
                    i += 2;
                }
                Some(Tok::Ident(s)) => {
                    base.push(s.clone());
                    i += 2;
                }
                Some(Tok::Open) => {
                    // A group: each item a path from `base`; `self` is `base` itself.
                    i += 2;
                    loop {
                        match toks.get(i) {
                            Some(Tok::Close) => return i + 1,
                            Some(Tok::Comma) => i += 1,
                            Some(Tok::Ident(s)) if s == "self" => {
                                self.edge(&base);
                                if let Some(last) = base.last() {
                                    self.aliases.insert(last.clone(), base.clone());
                                }
                                i += 1;
                            }
                            Some(Tok::Ident(s)) => {
                                let mut p = base.clone();
                                p.push(s.clone());
                                i = self.path(toks, i + 1, p, in_use);
                            }
                            Some(_) => i += 1,
                            None => return i,
                        }
                    }
                }
                _ => {
                    // `::*` or `::<T>`: the path so far.
                    self.edge(&base);
                    return i + 1;
                }
            }
        }
    }
}

/// Each file's set of files it imports.
fn imports(root: &Path, crate_root: &str) -> BTreeMap<String, BTreeSet<String>> {
    let files = files(root);
    let mut out = BTreeMap::new();
    for (file, src) in &files {
        if file == crate_root {
            continue;
        }
        let toks = tokens(&code_of(src));
        let mut scan = Scan {
            files: &files,
            me: module_of(file),
            aliases: BTreeMap::new(),
            edges: BTreeSet::new(),
        };
        let mut i = 0;
        let mut in_use = false;
        while i < toks.len() {
            match &toks[i] {
                Tok::Ident(s) if s == "use" => {
                    in_use = true;
                    i += 1;
                }
                Tok::Semi => {
                    in_use = false;
                    i += 1;
                }
                Tok::Ident(head) if toks.get(i + 1) == Some(&Tok::Sep) => {
                    let after_sep = i > 0 && toks[i - 1] == Tok::Sep;
                    match scan.start(head).filter(|_| !after_sep) {
                        Some(base) => i = scan.path(&toks, i + 1, base, in_use),
                        None => i += 1,
                    }
                }
                _ => i += 1,
            }
        }
        scan.edges.remove(file);
        scan.edges.remove(crate_root);
        out.insert(file.clone(), scan.edges);
    }
    out
}

/// Whether one file's module is the other's or inside it (a module and its submodules).
fn nested(a: &str, b: &str) -> bool {
    let (a, b) = (module_of(a), module_of(b));
    a.starts_with(&b) || b.starts_with(&a)
}

fn mutual(imports: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<(String, String)> {
    let mut pairs = BTreeSet::new();
    for (a, bs) in imports {
        for b in bs {
            if a < b && !nested(a, b) && imports.get(b).is_some_and(|x| x.contains(a)) {
                pairs.insert((a.clone(), b.clone()));
            }
        }
    }
    pairs
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn no_two_files_of_the_core_import_each_other_issue18() {
    let found = mutual(&imports(&src(), "lib.rs"));
    let known: BTreeSet<(String, String)> = KNOWN
        .iter()
        .map(|(a, b, _)| (a.to_string(), b.to_string()))
        .collect();
    let new: Vec<_> = found.difference(&known).collect();
    assert!(new.is_empty(), "files that import each other: {new:#?}");
    let gone: Vec<_> = known.difference(&found).collect();
    assert!(
        gone.is_empty(),
        "no longer a cycle, take it off KNOWN: {gone:#?}"
    );
}

#[test]
fn no_two_files_of_the_cli_import_each_other_issue18() {
    let found = mutual(&imports(&src().join("bin/stockroom"), "main.rs"));
    assert!(found.is_empty(), "files that import each other: {found:#?}");
}

#[test]
fn the_scan_sees_imports_of_every_form_issue18() {
    // A check that cannot fail proves nothing: the scan must find the imports it is for.
    let imports = imports(&src(), "lib.rs");
    let of = |f: &str| imports.get(f).unwrap_or_else(|| panic!("{f} scanned"));
    // `use crate::x::y::Z;`
    assert!(
        of("catalog/store.rs").contains("catalog/model.rs")
            || of("catalog/store.rs").contains("catalog/rules.rs")
    );
    // `super::` paths
    assert!(of("backorders/engine.rs").contains("backorders/store/mod.rs"));
    // A `use` group and a path through its alias (`use crate::pdf::{self, …}` then `pdf::customer::…`).
    assert!(of("documents/mod.rs").contains("pdf/customer.rs"));
    // An inline `crate::…` path in an expression.
    assert!(of("orders/mod.rs").contains("catalog/store.rs"));
    // The pair left on KNOWN is seen both ways.
    assert!(of("mail/store.rs").contains("notices/store.rs"));
    assert!(of("notices/store.rs").contains("mail/store.rs"));
}

// ---------------------------------------------------------------------------------------------
// The facade on top (issue 18): `Stockroom` is defined and implemented in `api/`, one file per
// area, each use case a few lines over a read, a write or a rehearsal. The areas below take a
// connection or transaction and the clock, and never name the facade.

/// The callers on top, which may use the facade as the shell and the CLI do: the facade itself,
/// the shared writer/readers the desktop app holds (`shared.rs`), the simulator and the two
/// demo shops, which drive the shop through its use cases like a shopkeeper would.
const ON_TOP: &[&str] = &["api/", "shared.rs", "simulate/", "demo.rs", "demo_scale/"];

fn on_top(file: &str) -> bool {
    file == "lib.rs" || ON_TOP.iter().any(|p| file.starts_with(p))
}

/// Whether `code` names the facade: `Stockroom` or `api` brought in by a `use`, or a path
/// `crate::Stockroom` / `crate::api::…` / `super::…::api`. (`SourceFormat::Stockroom`, an
/// enum variant, is not a use of the facade.)
fn names_the_facade(code: &str) -> Option<String> {
    let toks = tokens(code);
    let ident = |i: usize| match toks.get(i) {
        Some(Tok::Ident(s)) => Some(s.as_str()),
        _ => None,
    };
    let mut in_use = false;
    for i in 0..toks.len() {
        match &toks[i] {
            Tok::Ident(s) if s == "use" => in_use = true,
            Tok::Semi => in_use = false,
            Tok::Ident(s) if s == "Stockroom" || s == "api" => {
                let after_path = i >= 2 && toks[i - 1] == Tok::Sep;
                let head = if after_path { ident(i - 2) } else { None };
                if in_use || matches!(head, Some("crate" | "super")) {
                    return Some(s.clone());
                }
            }
            _ => {}
        }
    }
    None
}

#[test]
fn no_area_imports_the_facade_issue18() {
    let mut found = Vec::new();
    for (file, src) in files(&src()) {
        if on_top(&file) {
            continue;
        }
        if let Some(what) = names_the_facade(&code_of(&src)) {
            found.push(format!("{file} names `{what}`"));
        }
    }
    assert!(found.is_empty(), "areas that import the facade: {found:#?}");
    // The check sees the forms it is for, and not an enum variant of the same name.
    assert!(names_the_facade("use crate::{Clock, Result, Stockroom};").is_some());
    assert!(names_the_facade("fn f(s: &crate::Stockroom) {}").is_some());
    assert!(names_the_facade("let x = crate::api::thing();").is_some());
    assert!(names_the_facade("match f { SourceFormat::Stockroom => 1 }").is_none());
}

#[test]
fn every_impl_of_the_facade_lives_in_api_issue18() {
    let mut found = Vec::new();
    for (file, src) in files(&src()) {
        let toks = tokens(&code_of(&src));
        let impls = toks
            .windows(2)
            .filter(|w| w[0] == Tok::Ident("impl".into()) && w[1] == Tok::Ident("Stockroom".into()))
            .count();
        if impls > 0 && !file.starts_with("api/") {
            found.push(file);
        }
    }
    assert!(
        found.is_empty(),
        "`impl Stockroom` outside api/: {found:#?}"
    );
    // The check sees what it is for: the facade's own files are found.
    let api_impls = files(&src())
        .iter()
        .filter(|(f, s)| f.starts_with("api/") && s.contains("impl Stockroom {"))
        .count();
    assert!(
        api_impls >= 15,
        "only {api_impls} api files implement Stockroom"
    );
}

/// Most lines of code (not comments, not blank) in the body of one api function: "open a read,
/// write or rehearsal and call the area", which rustfmt may spread over a few lines. Anything
/// longer is logic that belongs in an area.
const API_FN_LINES: usize = 12;

#[test]
fn each_use_case_in_api_is_a_few_lines_issue18() {
    let mut long = Vec::new();
    let mut seen = 0;
    for (file, src) in files(&src().join("api")) {
        let lines: Vec<&str> = src.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let t = lines[i].trim_start();
            let is_fn =
                t.starts_with("pub fn ") || t.starts_with("fn ") || t.starts_with("pub(crate) fn ");
            if !is_fn {
                i += 1;
                continue;
            }
            let name: String = t
                .split("fn ")
                .nth(1)
                .unwrap()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // The body runs from the line that opens it to the matching close.
            let mut j = i;
            while !lines[j].trim_end().ends_with('{') {
                j += 1;
            }
            let mut depth = 0i32;
            let mut k = j;
            loop {
                let code = lines[k].split("//").next().unwrap();
                depth += code.matches('{').count() as i32 - code.matches('}').count() as i32;
                if depth == 0 {
                    break;
                }
                k += 1;
            }
            let body = lines[j + 1..k]
                .iter()
                .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with("//"))
                .count();
            seen += 1;
            if body > API_FN_LINES {
                long.push(format!("api/{file}: {name} has {body} lines"));
            }
            i = k + 1;
        }
    }
    assert!(seen > 100, "only {seen} api functions found");
    assert!(
        long.is_empty(),
        "use cases with logic in them (move it into the area): {long:#?}"
    );
}

// ---------------------------------------------------------------------------------------------
// SQL behind the store seam (issue 18): every statement of an area lives in its store module
// (`<area>/store.rs` or `<area>/store/`), so a second engine implements the stores and nothing
// above them changes.

/// Files outside the stores that may run SQL, and why.
const SQL_ELSEWHERE: &[(&str, &str)] = &[
    (
        "db/",
        "opening, pragmas, the schema and its upgrades, the change hooks, app_state",
    ),
    (
        "search.rs",
        "the products' FTS5 search index: the catalogue search's own store",
    ),
    (
        "data/backup.rs",
        "the whole file: SQLite's backup API, integrity_check, counts after a restore",
    ),
    (
        "data/import.rs",
        "the import's savepoints: transaction control, no table read or written",
    ),
    (
        "demo_scale/",
        "the generated benchmark shop, written row by row with prepared statements for speed",
    ),
];

/// The rusqlite calls that run SQL.
const SQL_CALLS: &[&str] = &[
    ".prepare(",
    ".prepare_cached(",
    ".execute(",
    ".execute_batch(",
    ".query_row(",
    ".query_map(",
    ".pragma_update(",
];

fn in_a_store(file: &str) -> bool {
    file.ends_with("/store.rs") || file.contains("/store/")
}

#[test]
fn sql_runs_only_in_the_stores_issue18() {
    let mut found = Vec::new();
    let mut in_stores = 0;
    for (file, src) in files(&src()) {
        let code = code_of(&src);
        let calls = SQL_CALLS.iter().filter(|c| code.contains(*c)).count();
        if calls == 0 {
            continue;
        }
        if in_a_store(&file) {
            in_stores += 1;
        } else if !SQL_ELSEWHERE.iter().any(|(p, _)| file.starts_with(p)) {
            found.push(file);
        }
    }
    assert!(found.is_empty(), "SQL outside the stores: {found:#?}");
    // The scan sees SQL where it is: most areas' stores run it.
    assert!(in_stores >= 12, "only {in_stores} store files run SQL");
    // Every exception still holds SQL (the list shrinks as they move).
    for (p, why) in SQL_ELSEWHERE {
        let still = files(&src())
            .iter()
            .any(|(f, s)| f.starts_with(p) && SQL_CALLS.iter().any(|c| code_of(s).contains(c)));
        assert!(
            still,
            "{p} ({why}) runs no SQL any more: take it off SQL_ELSEWHERE"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Two engines (issue 19): a use case reads through the query handle (`self.db()`), or, while
// its area is not ported, asks for SQLite with `self.sqlite()?` — the error `not_on_server` on
// a shop server. `Stockroom::conn()` is SQLite's connection for tests and tools, and panics on
// a server, so no use case calls it.

#[test]
fn no_use_case_takes_the_sqlite_connection_unasked_issue19() {
    let mut found = Vec::new();
    for (file, src) in files(&src().join("api")) {
        if code_of(&src).contains("self.conn()") {
            found.push(format!("api/{file}"));
        }
    }
    assert!(found.is_empty(), "use cases calling self.conn(): {found:?}");
    // The check sees the calls it forbids.
    assert!(code_of("fn f(&self) { g(self.conn()) }").contains("self.conn()"));
}
