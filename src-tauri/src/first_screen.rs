//! The first screen's data, sent with the page.
//!
//! At start the page would otherwise ask for the shop's settings, the app's details and the
//! first page of products one round trip after another, each answered while WebKit is busy
//! laying out and painting the window's first frame, so the screen with data came a frame or
//! two later than it could (bench/startup.sh --stages). When the shop is already open as the
//! window asks for `index.html`, the answers those calls would get go into the page itself,
//! as JSON in a `<script type="application/json" id="sent-with-page">` element (data, never
//! run, so the CSP is untouched); ui/js/api.js answers the first identical call of each from
//! it. While the shop is still opening (a large shop's daily recompute), the page is sent as
//! it is and asks as before: the window never waits for the database.

use std::borrow::Cow;

use serde::Serialize;
use serde_json::json;
use stockroom_core::{Error, Stockroom};

use crate::commands::app::UiTexts;
use crate::commands::{app, products};
use crate::state::Shop;

/// What the Products list asks for first (ui/js/views/products.js: no search, the first 50).
const FIRST_PRODUCTS_PAGE: i64 = 50;

/// One call the page will make and the backend's answer to it.
#[derive(Serialize)]
struct Sent<A: Serialize, T: Serialize> {
    command: &'static str,
    args: A,
    answer: T,
}

/// The answers sent with the page, as JSON safe to put inside a `<script>` element. `texts`
/// are the screens' messages (ui/locales/*.ftl, issue 17): without them the page would wait
/// one more round trip before it can draw a word.
pub fn answers(s: &Stockroom, texts: &[UiTexts]) -> Result<String, Error> {
    let sent = (
        Sent {
            command: "get_settings",
            args: json!({}),
            answer: s.settings()?,
        },
        Sent {
            command: "app_info",
            args: json!({}),
            answer: app::info(s),
        },
        Sent {
            command: "ui_texts",
            args: json!({}),
            answer: texts,
        },
        Sent {
            command: "list_products",
            args: json!({ "search": "", "offset": 0, "limit": FIRST_PRODUCTS_PAGE, "status": null }),
            answer: products::list(s, None, None, Some(FIRST_PRODUCTS_PAGE), None)?,
        },
    );
    let text = serde_json::to_string(&sent).map_err(|e| Error::other(e.to_string()))?;
    // Inside <script> only "</script" (any case) or "<!--" could end or change the element; a
    // '<' occurs in JSON only inside strings, where "\u003c" means the same.
    Ok(text.replace('<', "\\u003c"))
}

/// `html` with the answers in an element just before `</head>`; `None` if it has no head.
pub fn inject(html: &[u8], answers: &str) -> Option<Vec<u8>> {
    let at = html.windows(7).position(|w| w == b"</head>")?;
    let element =
        format!(r#"<script type="application/json" id="sent-with-page">{answers}</script>"#);
    let mut out = Vec::with_capacity(html.len() + element.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(element.as_bytes());
    out.extend_from_slice(&html[at..]);
    Some(out)
}

/// The window's resource hook: adds the answers to `index.html` when the shop is open.
pub fn on_request<R: tauri::Runtime>(
    shop: &Shop,
    app: &tauri::AppHandle<R>,
    request: &tauri::http::Request<Vec<u8>>,
    response: &mut tauri::http::Response<Cow<'static, [u8]>>,
) {
    let path = request.uri().path();
    if !(path == "/" || path == "/index.html") || !response.status().is_success() {
        return;
    }
    // A shop still opening is not waited for; an open one answers through a reader of its
    // own, whatever a write is doing.
    let Some(opened) = shop.ready() else {
        crate::probe::mark("page-sent-without-answers");
        return;
    };
    let texts = app::texts(app);
    let sent = match crate::state::off_runtime(&opened, || opened.read(|s| answers(s, &texts))) {
        Ok(sent) => sent,
        Err(e) => {
            eprintln!("stockroom: the first screen's data was not sent with the page: {e}");
            return;
        }
    };
    if let Some(html) = inject(response.body(), &sent) {
        response
            .headers_mut()
            .remove(tauri::http::header::CONTENT_LENGTH);
        *response.body_mut() = Cow::Owned(html);
        crate::probe::mark("page-sent-with-answers");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo_shop() -> (tempfile::TempDir, Stockroom) {
        let dir = tempfile::tempdir().unwrap();
        let mut shop = Stockroom::open(dir.path().join("shop.sqlite3")).unwrap();
        shop.load_demo_if_empty().unwrap();
        (dir, shop)
    }

    #[test]
    fn the_answers_are_what_the_commands_answer() {
        let (_dir, shop) = demo_shop();
        let sent: serde_json::Value = serde_json::from_str(&answers(&shop, &[]).unwrap()).unwrap();
        let by_command = |name: &str| {
            sent.as_array()
                .unwrap()
                .iter()
                .find(|a| a["command"] == name)
                .unwrap_or_else(|| panic!("{name} is not sent"))
                .clone()
        };
        let settings = by_command("get_settings");
        assert_eq!(settings["args"], json!({}));
        assert_eq!(
            settings["answer"],
            serde_json::to_value(shop.settings().unwrap()).unwrap()
        );
        let list = by_command("list_products");
        assert_eq!(
            list["args"],
            json!({"search": "", "offset": 0, "limit": 50, "status": null})
        );
        let page = products::list(&shop, Some(""), Some(0), Some(50), None).unwrap();
        assert_eq!(list["answer"], serde_json::to_value(&page).unwrap());
        assert_eq!(list["answer"]["items"].as_array().unwrap().len(), 50);
        assert_eq!(
            by_command("app_info")["answer"]["database"],
            shop.path().display().to_string()
        );
    }

    #[test]
    fn a_product_named_like_markup_cannot_end_the_script_element() {
        let (_dir, mut shop) = demo_shop();
        let sku = shop.products_page("", 0, 1).unwrap().0[0].sku.clone();
        let name = "</script><script>alert(1)</script><!--";
        shop.update_product(
            &sku,
            &serde_json::from_value(json!({ "name": name })).unwrap(),
        )
        .unwrap();
        let sent = answers(&shop, &[]).unwrap();
        assert!(!sent.contains('<'), "{sent}");
        let html = inject(
            b"<html><head><title>t</title></head><body></body></html>",
            &sent,
        )
        .unwrap();
        let html = String::from_utf8(html).unwrap();
        assert_eq!(html.matches("</script>").count(), 1, "{html}");
        // The JSON still says the name exactly.
        let start = html.find(r#"id="sent-with-page">"#).unwrap() + r#"id="sent-with-page">"#.len();
        let json: serde_json::Value =
            serde_json::from_str(&html[start..html.find("</script>").unwrap()]).unwrap();
        let names: Vec<_> = json[3]["answer"]["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].clone())
            .collect();
        assert!(names.contains(&json!(name)), "{names:?}");
    }

    #[test]
    fn the_answers_go_into_the_head_and_a_page_without_one_is_left_alone() {
        let html = inject(
            b"<html><head><meta charset=utf-8></head><body>x</body></html>",
            "[]",
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(html).unwrap(),
            r#"<html><head><meta charset=utf-8><script type="application/json" id="sent-with-page">[]</script></head><body>x</body></html>"#
        );
        assert_eq!(inject(b"<p>no head</p>", "[]"), None);
    }
}
