//! WebKitGTK settings for a window of forms and tables.
//!
//! By default WebKitGTK composites the page with OpenGL. Where there is no GPU (a virtual
//! display, a remote desktop, many small office PCs) that runs on Mesa's software renderer,
//! which costs the web process 50–80 MB (libLLVM, swrast, GL buffers) and the start about a
//! seventh on a busy machine (bench/startup.sh under Xvfb: the app's process tree 341 → 258 MB;
//! the start 1,492 → 1,282 ms, median of 15, at load 4–10, but the same 620 ms on a quiet
//! machine). Stockroom draws text, tables and a few
//! borders: nothing that gains from a GPU (no video, no WebGL, no 3D transforms), so the page
//! is drawn without compositing. The memory cache is sized for a document viewer (one page of local files,
//! nothing to keep for later visits) and the back/forward page cache is off (the screens are
//! one page that routes by its hash, so it never holds a second page).
//!
//! `STOCKROOM_WEBKIT_DEFAULTS=1` keeps WebKit's own defaults instead (a display that draws
//! wrongly without compositing; and the bench, which measures both). So does a window driven
//! by WebDriver (tauri-driver sets `TAURI_WEBVIEW_AUTOMATION=true`): WebKitGTK 2.50's
//! WebDriver takes screenshots only of a composited view, and waits forever otherwise (the
//! end-to-end tests save one when a click fails; scripts/screenshots.sh makes the docs' pictures
//! with them). bench/empty-window/
//! applies the same settings when asked, so the app is compared with an empty window
//! configured alike.

/// Applies the settings to `window`'s webview, unless `STOCKROOM_WEBKIT_DEFAULTS` is set or
/// WebDriver drives the window.
pub fn apply_lean_settings<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>) {
    let automated = std::env::var("TAURI_WEBVIEW_AUTOMATION").as_deref() == Ok("true");
    if automated || std::env::var_os("STOCKROOM_WEBKIT_DEFAULTS").is_some() {
        return;
    }
    #[cfg(target_os = "linux")]
    {
        let applied = window.with_webview(|platform| {
            use webkit2gtk::{
                CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt,
            };
            let view = platform.inner();
            if let Some(settings) = WebViewExt::settings(&view) {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
                settings.set_enable_page_cache(false);
            }
            if let Some(context) = view.context() {
                context.set_cache_model(CacheModel::DocumentViewer);
            }
        });
        if let Err(e) = applied {
            eprintln!("stockroom: cannot configure the webview: {e}");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}
