//! Driving the real Stockroom window: tauri-driver + WebKitWebDriver + fantoccini.
//!
//! Each [`App`] gets its own temporary data folder and database, its own tauri-driver on free
//! ports, and is closed (SIGTERM first, so WebKitWebDriver is not orphaned) when dropped.
//! Tests take [`serial`] so only one window runs at a time (one display, two cores).
//!
//! Needs a display (the test command runs under `xvfb-run`), `tauri-driver` on PATH or in
//! ~/.cargo/bin, and WebKitWebDriver (apt `webkit2gtk-driver`).

#![allow(dead_code)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};

static ONE_WINDOW_AT_A_TIME: Mutex<()> = Mutex::new(());

pub fn serial() -> MutexGuard<'static, ()> {
    ONE_WINDOW_AT_A_TIME
        .lock()
        .unwrap_or_else(|p| p.into_inner())
}

pub struct App {
    pub client: Client,
    driver: Child,
    pub data: tempfile::TempDir,
    /// The shop file the app opens (unless this computer chose a shop server).
    db: PathBuf,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn tauri_driver() -> PathBuf {
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default();
    let in_cargo = home.join(".cargo/bin/tauri-driver");
    if in_cargo.exists() {
        in_cargo
    } else {
        PathBuf::from("tauri-driver")
    }
}

impl App {
    /// Starts the app on a new, empty database (the app loads the demo shop on first start).
    pub async fn start() -> App {
        Self::start_with(|_| {}).await
    }

    /// Starts the app after `prepare` has had the chance to write files into the data folder
    /// (e.g. a database the app should refuse).
    pub async fn start_with(prepare: impl FnOnce(&Path)) -> App {
        Self::launch(prepare, true).await
    }

    /// Starts the app as on a computer where nothing names the shop (no `STOCKROOM_DB`): it
    /// opens the shop this computer chose (`config/app.stockroom.desktop/shop-server` in the
    /// data folder, which `prepare` may write), else its own file. Its config folder is
    /// `config/` in the data folder.
    pub async fn start_on_this_computer(prepare: impl FnOnce(&Path)) -> App {
        Self::launch(prepare, false).await
    }

    async fn launch(prepare: impl FnOnce(&Path), named_by_env: bool) -> App {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "end-to-end tests need a display: run them under xvfb-run"
        );
        let data = tempfile::tempdir().unwrap();
        prepare(data.path());
        let port = free_port();
        let native_port = free_port();
        let db = if named_by_env {
            data.path().join("stockroom.sqlite3")
        } else {
            data.path().join("app.stockroom.desktop/stockroom.sqlite3")
        };
        let mut driver = Command::new(tauri_driver());
        driver
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("XDG_DATA_HOME", data.path())
            .env("XDG_CONFIG_HOME", data.path().join("config"));
        if named_by_env {
            driver.env("STOCKROOM_DB", &db);
        } else {
            driver.env_remove("STOCKROOM_DB");
        }
        let driver = driver
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("tauri-driver must be installed (cargo install tauri-driver --locked)");
        let caps: serde_json::Map<String, serde_json::Value> =
            serde_json::from_value(serde_json::json!({
                "tauri:options": { "application": env!("CARGO_BIN_EXE_stockroom-app") }
            }))
            .unwrap();
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            match ClientBuilder::native()
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(c) => break c,
                Err(e) if started.elapsed() < Duration::from_secs(30) => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(e) => panic!("could not start a WebDriver session: {e}"),
            }
        };
        App {
            client,
            driver,
            data,
            db,
        }
    }

    pub fn db_path(&self) -> PathBuf {
        self.db.clone()
    }

    /// Where this computer keeps its choice of shop server.
    pub fn choice_file(&self) -> PathBuf {
        self.data
            .path()
            .join("config/app.stockroom.desktop/shop-server")
    }

    /// With STOCKROOM_E2E_SHOTS=DIR, saves what the window shows now as DIR/NAME.png (to look
    /// at the screens a test goes through).
    pub async fn look(&self, name: &str) {
        if let Some(dir) = std::env::var_os("STOCKROOM_E2E_SHOTS") {
            tokio::time::sleep(Duration::from_millis(300)).await;
            let png = self.client.screenshot().await.unwrap();
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(Path::new(&dir).join(format!("{name}.png")), png).unwrap();
        }
    }

    /// Waits for an element (CSS selector) to be present.
    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("element {css} did not appear: {e}"))
    }

    /// Waits until the text of an element matching `css` satisfies `pred`; returns it.
    ///
    /// Every match is read, not only the first: a toast that says what we wait for can sit
    /// behind an earlier one, and both leave together (issue 15: on a cold machine the
    /// counter flow's "Packing slip saved to" was never the first toast while it lasted).
    pub async fn wait_text(&self, css: &str, pred: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        loop {
            if let Ok(found) = self.client.find_all(Locator::Css(css)).await {
                for e in found {
                    if let Ok(t) = e.text().await {
                        if pred(&t) {
                            return t;
                        }
                    }
                }
            }
            if started.elapsed() > Duration::from_secs(15) {
                let last = match self.client.find(Locator::Css(css)).await {
                    Ok(e) => e.text().await.unwrap_or_default(),
                    Err(_) => "<absent>".into(),
                };
                panic!("text of {css} never matched; last seen: {last:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clicks the element; on failure saves what the window showed (for whoever reads it).
    pub async fn click(&self, css: &str) {
        if let Err(e) = self.find(css).await.click().await {
            let shot = std::env::temp_dir().join("e2e-click-failed.png");
            if let Ok(png) = self.client.screenshot().await {
                let _ = std::fs::write(&shot, png);
            }
            panic!("cannot click {css}: {e:?} (screen: {})", shot.display());
        }
    }

    /// Replaces the field's text with `text`, typed key by key as a person would.
    pub async fn type_into(&self, css: &str, text: &str) {
        let e = self.find(css).await;
        e.clear().await.unwrap();
        e.send_keys(text).await.unwrap();
    }

    pub async fn go(&self, hash: &str) {
        self.client
            .execute(&format!("location.hash = {hash:?}"), vec![])
            .await
            .unwrap();
    }

    /// Closes the session and stops the driver.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        self.stop_driver();
    }

    fn stop_driver(&mut self) {
        // Already stopped by `close` (this runs again on drop).
        if let Ok(Some(_)) = self.driver.try_wait() {
            return;
        }
        // SIGTERM first: a SIGKILLed tauri-driver orphans WebKitWebDriver (PROBES.md).
        let _ = Command::new("kill")
            .args(["-TERM", &self.driver.id().to_string()])
            .stderr(std::process::Stdio::null())
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.driver.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for App {
    fn drop(&mut self) {
        self.stop_driver();
    }
}
