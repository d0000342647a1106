//! The shop-server tests' harness (issue 19): a real PostgreSQL, made by `initdb` in a temporary
//! folder and started by `pg_ctl` on a free loopback port, stopped and removed when dropped.
//!
//! Debian's `postgresql` package (scripts/prereqs.sh --test) puts the programs in
//! `/usr/lib/postgresql/<major>/bin`; `STOCKROOM_TEST_PG_BIN` names another folder. PostgreSQL
//! refuses to run as root, so as root the cluster belongs to the `postgres` user and the
//! programs run through `runuser`. Authentication is `trust` on loopback only: the tests'
//! server is reachable from this machine alone and lives as long as the test.
#![allow(dead_code)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A running PostgreSQL server of a test.
pub struct PgServer {
    dir: tempfile::TempDir,
    bin: PathBuf,
    port: u16,
    as_postgres: bool,
}

impl PgServer {
    /// Makes a new cluster in a temporary folder and starts it on a free loopback port.
    pub fn start() -> PgServer {
        PgServer::start_with(false)
    }

    /// The same, with TLS on: a self-signed certificate for 127.0.0.1 and localhost, made by
    /// `openssl req` in the server's folder; returns the server and the certificate's PEM file
    /// (the root a client must trust for verify-full).
    pub fn start_tls() -> (PgServer, PathBuf) {
        let server = PgServer::start_with(true);
        let cert = server.dir.path().join("server.crt");
        (server, cert)
    }

    fn start_with(tls: bool) -> PgServer {
        let bin = bin_dir();
        let as_postgres = running_as_root();
        let dir = tempfile::Builder::new()
            .prefix("stockroom-pg-")
            .tempdir()
            .unwrap();
        let data = dir.path().join("data");
        if as_postgres {
            // The folder must belong to the user the server runs as.
            check(
                Command::new("chown")
                    .args(["-R", "postgres:postgres"])
                    .arg(dir.path())
                    .output(),
                "chown the cluster folder to postgres",
            );
        }
        let server = PgServer {
            dir,
            bin,
            port: free_port(),
            as_postgres,
        };
        server.run(
            "initdb",
            &[
                "-D",
                data.to_str().unwrap(),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
        );
        let mut options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60",
            server.port,
            server.dir.path().display()
        );
        if tls {
            // The server reads its key only when it belongs to it and no one else can read it.
            let own_cert = server.dir.path().join("server.crt");
            let own_key = server.dir.path().join("server.key");
            check(
                Command::new("openssl")
                    .args([
                        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    ])
                    .args(["-subj", "/CN=127.0.0.1"])
                    .args(["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"])
                    .arg("-keyout")
                    .arg(&own_key)
                    .arg("-out")
                    .arg(&own_cert)
                    .output(),
                "openssl req",
            );
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&own_key, std::fs::Permissions::from_mode(0o600)).unwrap();
            if server.as_postgres {
                check(
                    Command::new("chown")
                        .arg("postgres:postgres")
                        .arg(&own_cert)
                        .arg(&own_key)
                        .output(),
                    "chown the certificate to postgres",
                );
            }
            options.push_str(&format!(
                " -c ssl=on -c ssl_cert_file={} -c ssl_key_file={}",
                own_cert.display(),
                own_key.display()
            ));
        }
        let log = server.dir.path().join("server.log");
        server.run(
            "pg_ctl",
            &[
                "-D",
                data.to_str().unwrap(),
                "-l",
                log.to_str().unwrap(),
                "-o",
                &options,
                "-w",
                "start",
            ],
        );
        server
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The superuser's URL of database `db` (the tests' own set-up work).
    pub fn admin_url(&self, db: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{db}", self.port)
    }

    /// A new empty database `name` owned by a new role of the same name that is not a
    /// superuser (what the docs tell a shop to make), and its URL.
    pub fn create_database(&self, name: &str) -> String {
        // One at a time: PostgreSQL refuses concurrent CREATE ROLE / CREATE DATABASE from one
        // template ("tuple concurrently updated", "source database is being accessed").
        static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
        let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        self.admin(&format!("CREATE ROLE {name} LOGIN"));
        self.admin(&format!("CREATE DATABASE {name} OWNER {name}"));
        format!("postgres://{name}@127.0.0.1:{}/{name}", self.port)
    }

    /// Runs SQL as the superuser on the `postgres` database.
    pub fn admin(&self, sql: &str) {
        self.admin_on("postgres", sql);
    }

    /// Runs SQL as the superuser on database `db`.
    pub fn admin_on(&self, db: &str, sql: &str) {
        let mut client = postgres::Client::connect(&self.admin_url(db), postgres::NoTls)
            .unwrap_or_else(|e| panic!("connecting to the test server: {e}"));
        client
            .batch_execute(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e} {:?}", e.as_db_error().map(|d| d.message())));
    }

    /// A connection to database `db` as the superuser, to look at what a test stored.
    pub fn client(&self, db: &str) -> postgres::Client {
        postgres::Client::connect(&self.admin_url(db), postgres::NoTls).unwrap()
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn run(&self, program: &str, args: &[&str]) -> Output {
        let exe = self.bin.join(program);
        let mut cmd = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&exe);
            c
        } else {
            Command::new(&exe)
        };
        // The server's own folder as the working directory: runuser's user may not be allowed
        // into the test's.
        cmd.args(args).current_dir(self.dir.path());
        check(cmd.output(), &format!("{program} {}", args.join(" ")))
    }
}

impl Drop for PgServer {
    fn drop(&mut self) {
        let data = self.data();
        let _ = self.run_quiet(&[
            "-D",
            data.to_str().unwrap(),
            "-m",
            "immediate",
            "-w",
            "stop",
        ]);
    }
}

impl PgServer {
    fn run_quiet(&self, args: &[&str]) -> std::io::Result<Output> {
        let exe = self.bin.join("pg_ctl");
        let mut cmd = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&exe);
            c
        } else {
            Command::new(&exe)
        };
        cmd.args(args).current_dir(self.dir.path()).output()
    }
}

/// Where `initdb` and `pg_ctl` are: `STOCKROOM_TEST_PG_BIN`, else the newest
/// `/usr/lib/postgresql/<major>/bin` (15 or newer).
pub fn bin_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("STOCKROOM_TEST_PG_BIN").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    let root = Path::new("/usr/lib/postgresql");
    let newest = std::fs::read_dir(root)
        .ok()
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|major| *major >= 15)
        .max();
    match newest {
        Some(major) => root.join(major.to_string()).join("bin"),
        None => panic!(
            "no PostgreSQL 15 or newer in /usr/lib/postgresql: apt-get install postgresql \
             (scripts/prereqs.sh --test), or set STOCKROOM_TEST_PG_BIN"
        ),
    }
}

fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn check(out: std::io::Result<Output>, what: &str) -> Output {
    let out = out.unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        out.status.success(),
        "{what} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}
