//! The OS keyring: where the passwords Stockroom needs but never stores live (the SMTP
//! server's, issue 16; the shop server's, issue 19). One entry per server under the service
//! "app.stockroom.desktop"; the caller names the entry's user (e.g. "USER@HOST").
//! Without the `keyring` feature every call says so, and the environment variables still work.

/// The password kept for `user`, or why there is none (in words for a message).
#[cfg(feature = "keyring")]
pub fn get(user: &str) -> Result<String, String> {
    entry(user)?.get_password().map_err(|e| match e {
        keyring::Error::NoEntry => "none is stored in the keyring".to_string(),
        other => format!("the keyring cannot be read ({other})"),
    })
}

/// Keeps `password` for `user` in the keyring.
#[cfg(feature = "keyring")]
pub fn set(user: &str, password: &str) -> Result<(), String> {
    entry(user)?
        .set_password(password)
        .map_err(|e| e.to_string())
}

#[cfg(feature = "keyring")]
fn entry(user: &str) -> Result<keyring::Entry, String> {
    keyring::Entry::new(crate::APP_IDENTIFIER, user).map_err(|e| e.to_string())
}

#[cfg(not(feature = "keyring"))]
pub fn get(_: &str) -> Result<String, String> {
    Err("this build has no keyring support".into())
}

#[cfg(not(feature = "keyring"))]
pub fn set(_: &str, _: &str) -> Result<(), String> {
    Err("this build has no keyring support".into())
}
