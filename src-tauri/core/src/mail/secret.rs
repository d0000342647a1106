//! The SMTP password: never in the database or a backup. It comes from
//! `STOCKROOM_SMTP_PASSWORD` when set (a headless run, CI), else from the OS keyring
//! (service "app.stockroom.desktop", user "USER@HOST"). It is asked for only when the server
//! needs it (a user is set) and there is something to send, so a machine without a keyring
//! can still use a server without AUTH.

use super::model::MailSettings;
use crate::{Error, Result};

/// The environment variable a headless run gives the password in.
pub const PASSWORD_ENV: &str = "STOCKROOM_SMTP_PASSWORD";

/// The keyring entry's user: the SMTP user at the host, so two servers keep two passwords.
pub fn keyring_user(m: &MailSettings) -> String {
    format!("{}@{}", m.smtp_user.trim(), m.smtp_host.trim())
}

/// The password when the server needs one (a user is set), `None` when it does not.
pub fn password_if_needed(m: &MailSettings) -> Result<Option<String>> {
    if m.smtp_user.trim().is_empty() {
        return Ok(None);
    }
    if let Ok(p) = std::env::var(PASSWORD_ENV) {
        if !p.is_empty() {
            return Ok(Some(p));
        }
    }
    from_keyring(m).map(Some).map_err(|why| {
        Error::invalid(crate::msg!(
            "smtp-no-password",
            user = keyring_user(m),
            reason = why.to_string(),
            env = PASSWORD_ENV
        ))
    })
}

fn from_keyring(m: &MailSettings) -> std::result::Result<String, String> {
    crate::secret::get(&keyring_user(m))
}

/// Stores the password in the OS keyring for the configured user and host.
pub fn store_password(m: &MailSettings, password: &str) -> Result<()> {
    if m.smtp_user.trim().is_empty() || m.smtp_host.trim().is_empty() {
        return Err(Error::invalid(crate::msg!("smtp-password-needs-server")));
    }
    if password.is_empty() {
        return Err(Error::invalid(crate::msg!("password-empty")));
    }
    store_in_keyring(m, password).map_err(|why| {
        Error::other(crate::msg!(
            "keyring-failed",
            reason = why.to_string(),
            env = PASSWORD_ENV
        ))
    })
}

fn store_in_keyring(m: &MailSettings, password: &str) -> std::result::Result<(), String> {
    crate::secret::set(&keyring_user(m), password)
}

/// Where the SMTP password is kept, in words for Settings → E-mail ("Settings says where it
/// is kept"). Never the password itself.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PasswordPlace {
    /// The server is logged in to (a user is set).
    pub needed: bool,
    /// A password is available for sending.
    pub found: bool,
    pub place: String,
}

pub fn password_place(m: &MailSettings) -> PasswordPlace {
    if m.smtp_user.trim().is_empty() {
        return PasswordPlace {
            needed: false,
            found: false,
            place: "No password is used: no user is set, so the server is not logged in to.".into(),
        };
    }
    if std::env::var(PASSWORD_ENV).is_ok_and(|p| !p.is_empty()) {
        return PasswordPlace {
            needed: true,
            found: true,
            place: format!(
                "From the {PASSWORD_ENV} environment variable of this computer; never in the database."
            ),
        };
    }
    match from_keyring(m) {
        Ok(_) => PasswordPlace {
            needed: true,
            found: true,
            place: format!(
                "In this computer's keyring, as {} for {}; never in the database or a backup.",
                crate::APP_IDENTIFIER,
                keyring_user(m)
            ),
        },
        Err(why) => PasswordPlace {
            needed: true,
            found: false,
            place: format!(
                "No password yet for {}: {why}. Enter it here to keep it in the keyring, or set {PASSWORD_ENV}.",
                keyring_user(m)
            ),
        },
    }
}
