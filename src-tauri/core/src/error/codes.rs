//! The one list of error codes (issue 18). Every `{code, message}` that crosses the IPC
//! boundary, and every CLI exit status, comes from here; docs/errors.md describes each code
//! (a test checks that it lists them all). The UI switches on these words, never on English.

use serde::Serialize;

/// What went wrong, as a caller acts on it. The core's errors map to one of the first eleven
/// ([`crate::Error::error_code`]); the last two are the desktop shell's own (it opens files in
/// other programs, and runs work on threads), listed here so the list is whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Bad input: a malformed value, a missing field, a number out of range.
    InvalidInput,
    /// Something named does not exist (a SKU, an order number, a customer id).
    NotFound,
    /// A value that must be unique already exists.
    Duplicate,
    /// A business rule refused the operation.
    Refused,
    /// The file is not a Stockroom database (not SQLite, or another program's).
    NotAStockroomDatabase,
    /// The database was written by a newer Stockroom.
    DatabaseTooNew,
    /// The database failed (disk full, locked too long, corrupt).
    Storage,
    /// A file could not be read or written.
    Io,
    /// A use case that does not run on a shop server (PostgreSQL) yet.
    NotOnServer,
    /// The shop server could not be reached, or refused the login.
    ServerUnreachable,
    /// Anything else the core reports.
    Other,
    /// The desktop could not open a file in another program (a PDF viewer).
    OpenFailed,
    /// The desktop app itself failed (a background thread or task).
    Internal,
}

impl ErrorCode {
    /// Every code, in the order docs/errors.md lists them.
    pub const ALL: [ErrorCode; 13] = [
        ErrorCode::InvalidInput,
        ErrorCode::NotFound,
        ErrorCode::Duplicate,
        ErrorCode::Refused,
        ErrorCode::NotAStockroomDatabase,
        ErrorCode::DatabaseTooNew,
        ErrorCode::Storage,
        ErrorCode::Io,
        ErrorCode::NotOnServer,
        ErrorCode::ServerUnreachable,
        ErrorCode::Other,
        ErrorCode::OpenFailed,
        ErrorCode::Internal,
    ];

    /// The word that crosses the IPC boundary.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Duplicate => "duplicate",
            ErrorCode::Refused => "refused",
            ErrorCode::NotAStockroomDatabase => "not_a_stockroom_database",
            ErrorCode::DatabaseTooNew => "database_too_new",
            ErrorCode::Storage => "storage",
            ErrorCode::Io => "io",
            ErrorCode::NotOnServer => "not_on_server",
            ErrorCode::ServerUnreachable => "server_unreachable",
            ErrorCode::Other => "other",
            ErrorCode::OpenFailed => "open_failed",
            ErrorCode::Internal => "internal",
        }
    }

    /// The caller asked for something wrong (fix the input and try again), rather than the
    /// program failing.
    pub fn is_user_error(self) -> bool {
        matches!(
            self,
            ErrorCode::InvalidInput
                | ErrorCode::NotFound
                | ErrorCode::Duplicate
                | ErrorCode::Refused
        )
    }

    /// The `stockroom` CLI's exit status for an error of this code: 2 for bad input or a
    /// refusal by a business rule (nothing stored), 1 for any other failure.
    pub fn exit_status(self) -> u8 {
        if self.is_user_error() {
            2
        } else {
            1
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_its_own_word_issue18() {
        let mut words: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        words.sort();
        words.dedup();
        assert_eq!(words.len(), ErrorCode::ALL.len());
        for c in ErrorCode::ALL {
            assert_eq!(
                serde_json::to_value(c).unwrap(),
                serde_json::Value::String(c.as_str().into()),
                "serialised as its word"
            );
        }
    }
}
