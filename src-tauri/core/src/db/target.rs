//! Where a shop lives: a SQLite file (the default, no server needed) or a database on a
//! PostgreSQL shop server (issue 19). `--db` and `STOCKROOM_DB` take either; a URL is
//! recognised before anything is taken as a path, so `postgres://…` never becomes a folder.

use std::ffi::OsStr;
use std::fmt;
use std::path::PathBuf;

use super::server::ServerUrl;
use crate::{Error, Result};

#[derive(Debug, Clone)]
pub enum Target {
    File(PathBuf),
    Server(ServerUrl),
}

impl Target {
    /// A `postgres://` or `postgresql://` URL is a shop server (refused with a message when it
    /// is malformed); anything else is a file path.
    pub fn parse(s: impl AsRef<OsStr>) -> Result<Target> {
        let s = s.as_ref();
        match s.to_str() {
            Some(text) if ServerUrl::looks_like_one(text) => {
                Ok(Target::Server(ServerUrl::parse(text)?))
            }
            _ => Ok(Target::File(PathBuf::from(s))),
        }
    }

    /// `STOCKROOM_DB` when set, else the shop server this computer uses ([`chosen`]), else
    /// the file in the app's data folder.
    pub fn from_env() -> Result<Target> {
        if let Some(v) = named_by_env() {
            return Target::parse(v);
        }
        Ok(match chosen()? {
            Some(url) => Target::Server(url),
            None => Target::File(super::data_file()),
        })
    }

    /// "sqlite" or "postgresql": which engine the shop runs on.
    pub fn engine(&self) -> &'static str {
        match self {
            Target::File(_) => "sqlite",
            Target::Server(_) => "postgresql",
        }
    }
}

/// `STOCKROOM_DB`, when it names a shop (it then wins over this computer's choice).
pub fn named_by_env() -> Option<std::ffi::OsString> {
    std::env::var_os("STOCKROOM_DB").filter(|v| !v.is_empty())
}

/// Where this computer keeps its choice of shop server: one line, the server's address
/// without a password, in the user's config folder (`$XDG_CONFIG_HOME/app.stockroom.desktop/
/// shop-server` on Linux). Not in the shop: the choice is the computer's, each till its own.
pub fn choice_file() -> PathBuf {
    super::config_dir().join("shop-server")
}

/// The shop server this computer uses (Settings → Shop server → "Use this server on this
/// computer", `stockroom server use`), if one was chosen.
pub fn chosen() -> Result<Option<ServerUrl>> {
    let file = choice_file();
    let text = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::io(
                crate::msg!("cannot-read", path = shown(&file)),
                e,
            ))
        }
    };
    match text.trim() {
        "" => Ok(None),
        url => ServerUrl::parse(url).map(Some),
    }
}

/// Makes `url` this computer's shop server, or (`None`) goes back to the shop file. The
/// address is kept without its password; the file is replaced whole (written beside it,
/// then renamed), so a reader never sees half an address.
pub fn choose(url: Option<&ServerUrl>) -> Result<()> {
    let file = choice_file();
    let Some(url) = url else {
        return match std::fs::remove_file(&file) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::io(
                crate::msg!("cannot-write", path = shown(&file)),
                e,
            )),
            _ => Ok(()),
        };
    };
    let dir = file.parent().expect("the choice file is in a folder");
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(crate::msg!("cannot-write", path = shown(dir)), e))?;
    let partial = file.with_extension("partial");
    std::fs::write(&partial, format!("{}\n", url.without_password()))
        .and_then(|()| std::fs::rename(&partial, &file))
        .map_err(|e| Error::io(crate::msg!("cannot-write", path = shown(&file)), e))
}

/// Makes the server at `url` this computer's shop (see `Stockroom::use_server_here`): it must
/// hold a Stockroom shop this version can open; nothing is written to it.
pub fn use_server(url: &ServerUrl) -> Result<super::server::Status> {
    refuse_when_env_chooses()?;
    let status = super::server::status(url)?;
    let supported = super::schema::VERSION;
    if status.schema_version == 0 {
        return Err(Error::invalid(crate::msg!(
            "server-holds-no-shop",
            url = url.to_string()
        )));
    }
    if status.schema_version > supported {
        return Err(Error::ServerTooNew {
            url: url.to_string(),
            found: status.schema_version,
            supported,
        });
    }
    choose(Some(url))?;
    Ok(status)
}

/// This computer opens its own shop file again; returns the file.
pub fn use_file() -> Result<PathBuf> {
    refuse_when_env_chooses()?;
    choose(None)?;
    Ok(super::data_file())
}

/// `STOCKROOM_DB` names the shop on this computer and would win over the choice: say so
/// rather than keep a choice that does nothing.
fn refuse_when_env_chooses() -> Result<()> {
    match named_by_env() {
        Some(v) => Err(Error::invalid(crate::msg!(
            "shop-chosen-by-env",
            db = Target::parse(&v)?.to_string()
        ))),
        None => Ok(()),
    }
}

fn shown(p: &std::path::Path) -> String {
    p.display().to_string()
}

/// The file's path, or the server's URL without its password.
impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::File(p) => write!(f, "{}", p.display()),
            Target::Server(u) => write!(f, "{u}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_postgres_url_is_a_server_and_anything_else_a_file_issue19() {
        assert!(matches!(
            Target::parse("postgres://shop@db.local:5432/stockroom").unwrap(),
            Target::Server(_)
        ));
        assert!(matches!(
            Target::parse("postgresql://shop@db.local/stockroom").unwrap(),
            Target::Server(_)
        ));
        assert!(matches!(
            Target::parse("shop.sqlite3").unwrap(),
            Target::File(_)
        ));
        // A file whose name merely starts with "postgres" is still a file.
        assert!(matches!(
            Target::parse("postgres-backup.sqlite3").unwrap(),
            Target::File(_)
        ));
    }
}
