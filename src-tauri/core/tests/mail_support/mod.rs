//! The mail tests' harness: a real SMTP server (aiosmtpd, Debian's python3-aiosmtpd) started
//! on a free loopback port by each test and stopped when it is dropped, a self-signed
//! certificate made with `openssl req`, and a shop set up through the CLI.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A free port on 127.0.0.1 (nothing listens there once this returns).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A Python that has aiosmtpd: $STOCKROOM_TEST_PYTHON, else python3, else /usr/bin/python3 (a
/// pyenv python3 on PATH may not see Debian's package).
fn python() -> String {
    let mut candidates: Vec<String> = std::env::var("STOCKROOM_TEST_PYTHON").into_iter().collect();
    candidates.extend(["python3".into(), "/usr/bin/python3".into()]);
    for p in &candidates {
        let ok = Command::new(p)
            .args(["-c", "import aiosmtpd"])
            .stderr(Stdio::null())
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        if ok {
            return p.clone();
        }
    }
    panic!("no Python with aiosmtpd: apt-get install python3-aiosmtpd (scripts/prereqs.sh --test)");
}

/// A self-signed certificate for 127.0.0.1 and its key, in `dir`.
pub struct Tls {
    pub cert: PathBuf,
    pub key: PathBuf,
}

impl Tls {
    pub fn make(dir: &Path) -> Tls {
        let cert = dir.join("cert.pem");
        let key = dir.join("key.pem");
        let out = Command::new("openssl")
            .args([
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            ])
            .args(["-subj", "/CN=127.0.0.1"])
            .args(["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"])
            .arg("-keyout")
            .arg(&key)
            .arg("-out")
            .arg(&cert)
            .output()
            .expect("openssl runs");
        assert!(
            out.status.success(),
            "openssl: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Tls { cert, key }
    }
}

#[derive(Default)]
pub struct Options<'a> {
    pub starttls: Option<&'a Tls>,
    pub implicit_tls: Option<&'a Tls>,
    pub auth: Option<(&'a str, &'a str)>,
}

/// One message as the server received it.
pub struct Received {
    pub raw: Vec<u8>,
    pub rcpt_tos: Vec<String>,
    pub mail_from: String,
    pub authenticated: bool,
}

impl Received {
    pub fn parsed(&self) -> mail_parser::Message<'_> {
        mail_parser::MessageParser::default()
            .parse(&self.raw)
            .expect("a MIME message")
    }
}

pub struct SmtpServer {
    child: Child,
    pub port: u16,
    out: tempfile::TempDir,
}

impl SmtpServer {
    pub fn start(port: u16, o: Options) -> SmtpServer {
        let out = tempfile::tempdir().unwrap();
        // The core's tests and the app's end-to-end tests (the workspace root) share this file.
        let script = ["tests/mail_support", "src-tauri/core/tests/mail_support"]
            .iter()
            .map(|d| {
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join(d)
                    .join("smtp_server.py")
            })
            .find(|p| p.exists())
            .expect("smtp_server.py beside mail_support/mod.rs");
        let mut cmd = Command::new(python());
        cmd.arg(script)
            .args(["--port", &port.to_string()])
            .arg("--out")
            .arg(out.path());
        if let Some(t) = o.starttls {
            cmd.arg("--tls").arg(&t.cert).arg(&t.key);
        }
        if let Some(t) = o.implicit_tls {
            cmd.arg("--implicit-tls").arg(&t.cert).arg(&t.key);
        }
        if let Some((u, p)) = o.auth {
            cmd.args(["--auth", u, p]);
        }
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the SMTP server starts");
        // The script prints "ready" once its Controller answers; then the port must accept.
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready", "the SMTP server did not start");
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "nothing listens on port {port}");
            std::thread::sleep(Duration::from_millis(50));
        }
        SmtpServer { child, port, out }
    }

    pub fn plain() -> SmtpServer {
        SmtpServer::start(free_port(), Options::default())
    }

    /// Every message received so far, in order.
    pub fn received(&self) -> Vec<Received> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(self.out.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        names.sort();
        names
            .into_iter()
            .map(|p| {
                let env: serde_json::Value =
                    serde_json::from_slice(&std::fs::read(p.with_extension("json")).unwrap())
                        .unwrap();
                Received {
                    raw: std::fs::read(&p).unwrap(),
                    rcpt_tos: env["rcpt_tos"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|v| v.as_str().unwrap().to_string())
                        .collect(),
                    mail_from: env["mail_from"].as_str().unwrap_or("").to_string(),
                    authenticated: env["auth"].as_bool().unwrap_or(false),
                }
            })
            .collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The text of a PDF (pdftotext).
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}
