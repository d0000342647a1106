//! Finds the translation files so that adding a language is one file and no code change: each
//! file found here is compiled into the binary, named by its code.
//! - `locales/<code>.ftl`: what customers read (documents, e-mail);
//! - `locales/app/<code>.ftl`: the app's own words for the shop (errors, reports, import
//!   problems), issue 17.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    catalogue(&root, "locales.rs");
    catalogue(&root.join("app"), "app_locales.rs");
}

/// Writes `OUT_DIR/<out>` with `FILES`: (code, text) of every `<code>.ftl` in `dir`.
fn catalogue(dir: &Path, out_name: &str) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("the locales folder is readable")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .map(|p| {
            println!("cargo:rerun-if-changed={}", p.display());
            let code = p.file_stem().unwrap().to_string_lossy().into_owned();
            (code, p.display().to_string())
        })
        .collect();
    // Sorted, so the list of languages reads the same on every machine.
    files.sort();
    let mut out = String::from("/// (code, text of <code>.ftl), found at build time.\n");
    out.push_str("pub static FILES: &[(&str, &str)] = &[\n");
    for (code, path) in &files {
        writeln!(out, "    ({code:?}, include_str!({path:?})),").unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join(out_name);
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
