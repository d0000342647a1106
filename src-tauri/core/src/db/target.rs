//! Where a shop lives: a SQLite file (the default, no server needed) or a database on a
//! PostgreSQL shop server (issue 19). `--db` and `STOCKROOM_DB` take either; a URL is
//! recognised before anything is taken as a path, so `postgres://…` never becomes a folder.

use std::ffi::OsStr;
use std::fmt;
use std::path::PathBuf;

use super::server::ServerUrl;
use crate::Result;

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

    /// `STOCKROOM_DB` when set, else the file in the app's data folder.
    pub fn from_env() -> Result<Target> {
        match std::env::var_os("STOCKROOM_DB").filter(|v| !v.is_empty()) {
            Some(v) => Target::parse(v),
            None => Ok(Target::File(super::data_file())),
        }
    }

    /// "sqlite" or "postgresql": which engine the shop runs on.
    pub fn engine(&self) -> &'static str {
        match self {
            Target::File(_) => "sqlite",
            Target::Server(_) => "postgresql",
        }
    }
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
