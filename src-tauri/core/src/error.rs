//! The core's one error type. Each variant is something a caller acts on differently; the
//! `code()` is what crosses the IPC boundary and what the CLI maps to its exit status.

use std::path::PathBuf;

mod codes;
pub use codes::ErrorCode;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad input: a malformed value, a missing field, a number out of range.
    #[error("{0}")]
    Invalid(String),

    /// Something named by the caller does not exist (a SKU, an order number, a customer id).
    #[error("{what} {key} not found")]
    NotFound { what: &'static str, key: String },

    /// A value that must be unique already exists (a SKU, a carrier name).
    #[error("{0}")]
    Duplicate(String),

    /// A business rule refused the operation (a `refuse` product short, shipping a
    /// ship-complete order early, receiving more than a PO line has outstanding...).
    #[error("{0}")]
    Refused(String),

    /// The file exists but is not a SQLite database at all. It is never touched.
    #[error("{} is not a Stockroom database (it is not an SQLite file); it was left untouched", .0.display())]
    NotADatabase(PathBuf),

    /// A SQLite database, but not one of Stockroom's. It is never touched.
    #[error("{} is an SQLite database of another program, not Stockroom's; it was left untouched", .0.display())]
    ForeignDatabase(PathBuf),

    /// A database written by a newer Stockroom. It is left untouched.
    #[error("{} was written by a newer Stockroom (schema version {found}; this version understands up to {supported}); please update Stockroom. The file was left untouched", .path.display())]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error("storage error: {0}")]
    Sqlite(#[from] rusqlite::Error),

    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },

    #[error("{0}")]
    Other(String),
}

impl Error {
    /// What went wrong, from the one list of codes ([`ErrorCode`], docs/errors.md).
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Error::Invalid(_) => ErrorCode::InvalidInput,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::Duplicate(_) => ErrorCode::Duplicate,
            Error::Refused(_) => ErrorCode::Refused,
            Error::NotADatabase(_) | Error::ForeignDatabase(_) => ErrorCode::NotAStockroomDatabase,
            Error::TooNew { .. } => ErrorCode::DatabaseTooNew,
            Error::Sqlite(_) => ErrorCode::Storage,
            Error::Io { .. } => ErrorCode::Io,
            Error::Other(_) => ErrorCode::Other,
        }
    }

    /// A stable, machine-readable code. The UI switches on it; never on the English message.
    pub fn code(&self) -> &'static str {
        self.error_code().as_str()
    }

    /// True when the caller asked for something wrong (exit status 2 in the CLI) rather than
    /// the program failing (exit status 1).
    pub fn is_user_error(&self) -> bool {
        self.error_code().is_user_error()
    }

    pub fn invalid(msg: impl Into<String>) -> Self {
        Error::Invalid(msg.into())
    }

    pub fn refused(msg: impl Into<String>) -> Self {
        Error::Refused(msg.into())
    }

    pub fn not_found(what: &'static str, key: impl std::fmt::Display) -> Self {
        Error::NotFound {
            what,
            key: key.to_string(),
        }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}
