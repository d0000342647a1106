use serde::Serialize;
use stockroom_core::Stockroom;
use tauri::State;

use crate::error::CmdResult;
use crate::state::Shop;

#[derive(Serialize)]
pub struct AppInfo {
    version: &'static str,
    database: String,
    /// The languages customer documents and e-mails can be written in (one translation file
    /// each, issue 17).
    document_languages: Vec<&'static str>,
}

#[tauri::command]
pub async fn app_info(shop: State<'_, Shop>) -> CmdResult<AppInfo> {
    shop.read(|s| Ok(info(s))).await
}

/// The app's version and the database it shows (the sidebar's foot).
pub(crate) fn info(s: &Stockroom) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        // A shop file's path, or a shop server's address (issue 19: a server shop has no path).
        database: match s.status() {
            Ok(status) => status.location,
            Err(_) => s.path().display().to_string(),
        },
        document_languages: stockroom_core::i18n::known(),
    }
}

/// One screen language's messages: the text of ui/locales/<language>.ftl.
#[derive(Serialize, Debug, PartialEq)]
pub struct UiTexts {
    language: String,
    ftl: String,
}

/// Every screen language's messages (issue 17), read from the page's own files: each
/// `locales/<language>.ftl` among them is a language, so adding a language is adding a file.
/// Served by a command rather than fetched by the page: the CSP lets the page talk to nothing
/// but the IPC (`connect-src`), and stays that way.
#[tauri::command]
pub async fn ui_texts(app: tauri::AppHandle) -> CmdResult<Vec<UiTexts>> {
    Ok(texts(&app))
}

/// Every `locales/<language>.ftl` among the page's files, by language.
pub(crate) fn texts<R: tauri::Runtime>(app: &tauri::AppHandle<R>) -> Vec<UiTexts> {
    let assets = app.asset_resolver();
    let paths: Vec<String> = assets
        .iter()
        .map(|(path, _)| path.into_owned())
        .filter(|path| language_of(path).is_some())
        .collect();
    // The iterator gives the stored (compressed) bytes; `get` gives the file.
    let mut out: Vec<UiTexts> = paths
        .into_iter()
        .filter_map(|path| {
            // Not `get`: it locks the list of webviews, which a page request may be served under.
            let asset = assets.get_for_scheme(path.clone(), false)?;
            Some(UiTexts {
                language: language_of(&path)?.to_string(),
                ftl: String::from_utf8(asset.bytes).ok()?,
            })
        })
        .collect();
    out.sort_by(|a, b| a.language.cmp(&b.language));
    out
}

/// "/locales/de.ftl" → "de"; anything else (another folder, another kind of file) → None.
pub(crate) fn language_of(path: &str) -> Option<&str> {
    let name = path
        .strip_prefix('/')
        .unwrap_or(path)
        .strip_prefix("locales/")?
        .strip_suffix(".ftl")?;
    let well_formed = !name.is_empty()
        && name
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()));
    well_formed.then_some(name)
}

#[cfg(test)]
mod tests {
    use super::language_of;

    #[test]
    fn each_ftl_file_under_locales_is_a_screen_language_issue17() {
        assert_eq!(language_of("/locales/de.ftl"), Some("de"));
        assert_eq!(language_of("locales/pt-BR.ftl"), Some("pt-BR"));
        assert_eq!(language_of("/locales/de.txt"), None);
        assert_eq!(language_of("/vendor/locales/de.ftl"), None);
        assert_eq!(language_of("/locales/sub/de.ftl"), None);
        assert_eq!(language_of("/locales/.ftl"), None);
    }
}
