// The app's own commands, declared so that tauri-build generates an allow-/deny- permission
// for each; only the commands granted in capabilities/main.json are callable from the window.
// Keep this list, `commands::handler()` and capabilities/main.json in step (a test checks it).
include!("src/commands/list.rs");

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(APP_COMMANDS)),
    )
    .expect("tauri-build failed");
}
