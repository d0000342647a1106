//! Settings: store name, address, contact, currency, handling days, default backorder incentive.

pub mod model;
pub mod rules;
pub mod store;

pub use model::{Incentive, Settings, SettingsPatch};

use crate::db::{Conn, Tx};
use crate::Result;

/// How the app speaks to this shop (issue 17): its language and its figures.
pub fn shop_words<'a>(conn: impl Into<Conn<'a>>) -> Result<crate::i18n::ShopWords> {
    let s = store::load(conn)?;
    Ok(crate::i18n::ShopWords::new(
        &s.language,
        &s.locale,
        &s.currency,
    ))
}

/// Checks the patch's logo file before any transaction (reading a file inside it would hold
/// the write lock for nothing): a file that is not a readable PNG or JPEG is refused. Returns
/// the patch with the logo path in its stored form.
pub fn prepare_patch(patch: &SettingsPatch) -> Result<SettingsPatch> {
    let mut patch = patch.clone();
    if let Some(path) = &mut patch.logo_path {
        *path = logo_setting(path)?;
    }
    Ok(patch)
}

/// Changes the fields the patch sets; the rest stay as they are.
pub fn update_in_tx(tx: &Tx<'_>, patch: &SettingsPatch) -> Result<Settings> {
    let mut patch = patch.clone();
    if let Some(c) = &mut patch.currency {
        *c = c.trim().to_ascii_uppercase();
    }
    // Stored canonical (`DE` → `de`, `de_de` → `de-DE`); unknown ones are refused.
    if let Some(l) = &mut patch.language {
        *l = crate::i18n::Language::parse(l)?.code().to_string();
    }
    if let Some(l) = &mut patch.locale {
        *l = crate::i18n::parse_tag(l)?;
    }
    let s = store::apply_patch(store::load(tx)?, &patch);
    rules::validate(&s)?;
    store::update_in_tx(tx, &s)?;
    // Handling days are part of every promise: a change would move promises, but we
    // do not rewrite promises already given; new ones use the new figure.
    Ok(s)
}

/// The stored form of a logo path: "" removes the logo; anything else must be a PNG or JPEG
/// that can be read and decoded, and is stored as an absolute path (the CLI may be run from
/// another folder than the app).
fn logo_setting(path: &str) -> Result<String> {
    let path = path.trim();
    if path.is_empty() {
        return Ok(String::new());
    }
    let p = std::path::Path::new(path);
    // Prepared for the prints to come as it is checked (see pdf::Logo::load).
    crate::pdf::Logo::load(p, &crate::db::cache_dir()).map_err(|why| {
        crate::Error::invalid(crate::msg!("not-a-logo", reason = why.to_string()))
    })?;
    let absolute = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    Ok(absolute.display().to_string())
}
