//! The one mapping from core errors to what crosses the IPC boundary: `{code, message}`.
//! The UI switches on `code`, never on the `message`, which is written for the person in the
//! shop's language (issue 17).

use serde::Serialize;
use stockroom_core::error::ErrorCode;
use stockroom_core::i18n::ShopWords;
use stockroom_core::Error;

#[derive(Debug, Serialize)]
pub struct CommandError {
    pub code: &'static str,
    pub message: String,
}

impl CommandError {
    /// A core error as the shop reads it: its language and its figures (issue 17).
    pub fn in_words(e: Error, words: &ShopWords) -> Self {
        CommandError {
            code: e.code(),
            message: e.message_in(words),
        }
    }
}

/// In English: only for errors that arise where the shop's settings cannot be read (the
/// database not open yet, a file written outside the shop). Every command that runs on the
/// shop goes through [`CommandError::in_words`] (see `Shop::run`).
impl From<Error> for CommandError {
    fn from(e: Error) -> Self {
        CommandError {
            code: e.code(),
            message: e.to_string(),
        }
    }
}

impl CommandError {
    pub fn internal(message: impl Into<String>) -> Self {
        CommandError {
            code: ErrorCode::Internal.as_str(),
            message: message.into(),
        }
    }
}

pub type CmdResult<T> = Result<T, CommandError>;
