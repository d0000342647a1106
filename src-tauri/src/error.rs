//! The one mapping from core errors to what crosses the IPC boundary: `{code, message}`.
//! The UI switches on `code`, never on the English `message`.

use serde::Serialize;
use stockroom_core::error::ErrorCode;
use stockroom_core::Error;

#[derive(Debug, Serialize)]
pub struct CommandError {
    pub code: &'static str,
    pub message: String,
}

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
