//! The core's one error type. Each variant is something a caller acts on differently; the
//! `code()` is what crosses the IPC boundary and what the CLI maps to its exit status.
//!
//! A message is a [`Msg`]: an id of the app catalogue (`locales/app/<code>.ftl`) and its
//! arguments (issue 17). `Display` writes it in English, as the CLI and logs always read it;
//! [`Error::message_in`] writes it in the shop's language for the window.

use std::path::PathBuf;

mod codes;
pub use codes::ErrorCode;

use crate::i18n::{Msg, ShopWords};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad input: a malformed value, a missing field, a number out of range.
    #[error("{0}")]
    Invalid(Msg),

    /// Something named by the caller does not exist (a SKU, an order number, a customer id).
    #[error("{what} {key} not found")]
    NotFound { what: &'static str, key: String },

    /// A value that must be unique already exists (a SKU, a carrier name).
    #[error("{0}")]
    Duplicate(Msg),

    /// A business rule refused the operation (a `refuse` product short, shipping a
    /// ship-complete order early, receiving more than a PO line has outstanding...).
    #[error("{0}")]
    Refused(Msg),

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

    /// The shop server (PostgreSQL) failed or refused a statement. A serialization failure
    /// ([`Error::is_retryable`]) is retried at the write choke point and seldom gets this far.
    #[error("storage error: {0}")]
    Postgres(#[from] postgres::Error),

    /// A use case that does not run on a shop server yet (issue 19): its area still speaks
    /// SQLite only. Nothing was stored.
    #[error("this is not available on a shop server yet")]
    NotOnServer,

    /// A database on the shop server that is not a Stockroom shop. It is never touched.
    #[error(
        "{0} holds the tables of another program, not a Stockroom shop; it was left untouched"
    )]
    ForeignServerDatabase(String),

    /// A server shop written by a newer Stockroom. It is left untouched.
    #[error("{url} was written by a newer Stockroom (schema version {found}; this version understands up to {supported}); please update Stockroom. The database was left untouched")]
    ServerTooNew {
        url: String,
        found: i64,
        supported: i64,
    },

    /// The shop server could not be reached or refused the login (its address, password or
    /// TLS). Nothing was read or written.
    #[error("{0}")]
    ServerUnreachable(Msg),

    #[error("{context}: {source}")]
    Io {
        context: Msg,
        source: std::io::Error,
    },

    #[error("{0}")]
    Other(Msg),
}

impl Error {
    /// What went wrong, from the one list of codes ([`ErrorCode`], docs/errors.md).
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Error::Invalid(_) => ErrorCode::InvalidInput,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::Duplicate(_) => ErrorCode::Duplicate,
            Error::Refused(_) => ErrorCode::Refused,
            Error::NotADatabase(_)
            | Error::ForeignDatabase(_)
            | Error::ForeignServerDatabase(_) => ErrorCode::NotAStockroomDatabase,
            Error::TooNew { .. } | Error::ServerTooNew { .. } => ErrorCode::DatabaseTooNew,
            Error::Sqlite(_) | Error::Postgres(_) => ErrorCode::Storage,
            Error::NotOnServer => ErrorCode::NotOnServer,
            Error::ServerUnreachable(_) => ErrorCode::ServerUnreachable,
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

    /// A shop server refused the transaction because a concurrent one (another till) made it
    /// impossible to serialize (SQLSTATE 40001) or they deadlocked (40P01): running the whole
    /// transaction again is the answer (`db::conn::Database::transaction` does).
    pub fn is_retryable(&self) -> bool {
        use postgres::error::SqlState;
        match self {
            Error::Postgres(e) => matches!(
                e.code(),
                Some(c) if *c == SqlState::T_R_SERIALIZATION_FAILURE
                    || *c == SqlState::T_R_DEADLOCK_DETECTED
            ),
            _ => false,
        }
    }

    pub fn invalid(msg: impl Into<Msg>) -> Self {
        Error::Invalid(msg.into())
    }

    pub fn refused(msg: impl Into<Msg>) -> Self {
        Error::Refused(msg.into())
    }

    pub fn duplicate(msg: impl Into<Msg>) -> Self {
        Error::Duplicate(msg.into())
    }

    pub fn other(msg: impl Into<Msg>) -> Self {
        Error::Other(msg.into())
    }

    pub fn not_found(what: &'static str, key: impl std::fmt::Display) -> Self {
        Error::NotFound {
            what,
            key: key.to_string(),
        }
    }

    pub fn io(context: impl Into<Msg>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}

impl Error {
    /// The message as the shop reads it (the window): its language and figures. The same
    /// words as `Display` for an English shop, apart from how figures and dates are written.
    pub fn message_in(&self, words: &ShopWords) -> String {
        self.message().in_words(words)
    }

    /// The message as the app catalogue has it (to put in another message, or to write later).
    pub fn message(&self) -> Msg {
        let path = |p: &PathBuf| p.display().to_string();
        match self {
            Error::Invalid(m)
            | Error::Duplicate(m)
            | Error::Refused(m)
            | Error::ServerUnreachable(m)
            | Error::Other(m) => m.clone(),
            Error::NotFound { what, key } => match not_found_id(what) {
                Some(id) => Msg::new(id, vec![("key", key.into())]),
                None => Msg::Text(self.to_string()),
            },
            Error::NotADatabase(p) => crate::msg!("error-not-a-database", path = path(p)),
            Error::ForeignDatabase(p) => crate::msg!("error-foreign-database", path = path(p)),
            Error::TooNew {
                path: p,
                found,
                supported,
            } => crate::msg!(
                "error-too-new",
                path = path(p),
                found = found.to_string(),
                supported = supported.to_string()
            ),
            Error::Sqlite(e) => crate::msg!("error-storage", reason = e.to_string()),
            Error::Postgres(e) => crate::msg!("error-storage", reason = pg_reason(e)),
            Error::NotOnServer => crate::msg!("error-not-on-server"),
            Error::ForeignServerDatabase(url) => {
                crate::msg!("error-foreign-server-database", url = url.clone())
            }
            Error::ServerTooNew {
                url,
                found,
                supported,
            } => crate::msg!(
                "error-server-too-new",
                url = url.clone(),
                found = found.to_string(),
                supported = supported.to_string()
            ),
            Error::Io { context, source } => {
                crate::msg!(
                    "error-io",
                    context = context.clone(),
                    reason = source.to_string()
                )
            }
        }
    }
}

/// What the server said: its message and SQLSTATE when it answered, else the client's error.
fn pg_reason(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{} ({})", db.message(), db.code().code()),
        None => e.to_string(),
    }
}

/// The message id of "<what> <key> not found" for each thing a caller can name: the words
/// differ by language (gender, word order), so each has its own message.
pub const NOT_FOUND: &[(&str, &str)] = &[
    ("SKU", "not-found-sku"),
    ("carrier", "not-found-carrier"),
    ("customer", "not-found-customer"),
    ("customer with email", "not-found-customer-email"),
    ("order", "not-found-order"),
    ("purchase order", "not-found-purchase-order"),
    ("message", "not-found-message"),
    ("notification", "not-found-notification"),
    ("shipment", "not-found-shipment"),
    ("printer", "not-found-printer"),
    ("code", "not-found-code"),
];

fn not_found_id(what: &str) -> Option<&'static str> {
    NOT_FOUND
        .iter()
        .find(|(w, _)| *w == what)
        .map(|(_, id)| *id)
}
