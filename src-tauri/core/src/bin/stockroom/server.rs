//! The shop server (issue 19): `server push` moves a shop file onto PostgreSQL, `server status`
//! says which engine a shop runs on; and the commands that already work when `--db` names a
//! server (init, backup, restore, server status).

use clap::Subcommand;
use stockroom_core::db::server::ServerUrl;
use stockroom_core::demo_scale::Scale;
use stockroom_core::{Clock, Error, Stockroom};

use crate::output::Out;

#[derive(Subcommand)]
pub enum ServerCmd {
    /// Copy the shop (--db FILE) into an empty PostgreSQL database and verify every table
    /// (row counts and a checksum per table). A database that is not empty is refused.
    Push {
        /// The server database: postgres://user@host:port/dbname (password from PGPASSWORD
        /// or the keyring, never stored).
        #[arg(long, value_name = "URL")]
        to: String,
    },
    /// Which engine the shop runs on (sqlite or postgresql), where, and its schema version.
    Status,
    /// Make this computer open the shop on the server at URL (the app and this command line
    /// without --db), from the app's next start. The server must hold a shop (server push);
    /// the address is kept on this computer without its password.
    Use {
        /// The server database: postgres://user@host:port/dbname.
        url: String,
    },
    /// Make this computer open its own shop file again (the server's shop stays as it is).
    Leave,
}

impl ServerCmd {
    pub fn writes(&self) -> bool {
        match self {
            // Writes the server, not the shop it reads.
            ServerCmd::Push { .. } => false,
            ServerCmd::Status => false,
            // Write this computer's choice, not a shop.
            ServerCmd::Use { .. } | ServerCmd::Leave => false,
        }
    }
}

/// `server use URL` / `server leave`: which shop this computer opens, before any is opened.
/// `None` for the other server commands.
pub fn choose(cmd: &ServerCmd, out: &Out) -> Option<Result<(), Error>> {
    let kept = stockroom_core::db::target::choice_file()
        .display()
        .to_string();
    Some(match cmd {
        ServerCmd::Use { url } => ServerUrl::parse(url)
            .and_then(|url| Stockroom::use_server_here(&url).map(|s| (url, s)))
            .map(|(url, status)| {
                out.print(
                    &serde_json::json!({
                        "engine": status.engine,
                        "location": status.location,
                        "schema_version": status.schema_version,
                        "server_version": status.server_version,
                        "encrypted": status.encrypted,
                        "kept_in": kept,
                    }),
                    || {
                        format!(
                            "This computer now opens the shop on {url} (kept in {kept}, without \
                             a password: it comes from the keyring or PGPASSWORD)"
                        )
                    },
                )
            }),
        ServerCmd::Leave => Stockroom::use_file_here().map(|file| {
            let file = file.display().to_string();
            out.print(&serde_json::json!({ "database": file }), || {
                format!("This computer opens its shop file {file} again")
            })
        }),
        _ => return None,
    })
}

/// On a shop file.
pub fn run(cmd: ServerCmd, shop: &mut Stockroom, out: &Out) -> Result<(), Error> {
    match cmd {
        ServerCmd::Push { to } => {
            let url = ServerUrl::parse(&to)?;
            let copied = shop.push_to_server(&url)?;
            out.print(&copied, || copied.summary());
        }
        ServerCmd::Status => {
            let status = shop.status()?;
            out.print(&status, || status_text(&status));
        }
        // Answered before a shop is opened (main.rs asks `choose` first).
        ServerCmd::Use { .. } | ServerCmd::Leave => return choose(&cmd, out).unwrap_or(Ok(())),
    }
    Ok(())
}

pub fn status_text(s: &stockroom_core::db::server::Status) -> String {
    match s.engine {
        "postgresql" => format!(
            "PostgreSQL shop server {} (PostgreSQL {}, {}), schema version {}",
            s.location,
            s.server_version,
            if s.encrypted {
                "encrypted"
            } else {
                "not encrypted"
            },
            s.schema_version
        ),
        _ => format!(
            "SQLite shop file {}, schema version {}",
            s.location, s.schema_version
        ),
    }
}

/// `init` on a server.
pub fn init(
    url: &ServerUrl,
    demo: bool,
    scale: &str,
    clock: Clock,
    out: &Out,
) -> Result<(), Error> {
    let demo = if demo {
        Some(Scale::parse(scale)?)
    } else {
        None
    };
    let loaded = Stockroom::init_server(url, demo, clock)?;
    out.print(
        &serde_json::json!({ "database": url.to_string(), "demo_loaded": loaded }),
        || {
            if loaded {
                format!("Demo shop loaded into {url}")
            } else if demo.is_some() {
                format!("{url} already has data; the demo shop was not loaded")
            } else {
                format!("Shop ready on {url}")
            }
        },
    );
    Ok(())
}

/// `backup -o FILE` of a server shop.
pub fn backup(url: &ServerUrl, output: &std::path::Path, out: &Out) -> Result<(), Error> {
    let copied = Stockroom::backup_server(url, output)?;
    let bytes = std::fs::metadata(output).map(|m| m.len()).unwrap_or(0);
    out.print(
        &serde_json::json!({
            "file": output.display().to_string(),
            "bytes": bytes,
            "rows": copied.rows,
            "tables": copied.tables,
        }),
        || {
            format!(
                "Backed up {url} to {} ({bytes} bytes, {} rows, every table verified)",
                output.display(),
                copied.rows
            )
        },
    );
    Ok(())
}
