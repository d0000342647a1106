//! A shop server's address (issue 19): `postgres://user@host:port/dbname`, libpq's TLS words,
//! where its password comes from, and how it is shown (never with the password).

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use postgres::config::SslMode;
use postgres::Config;

use super::PASSWORD_ENV;
use crate::{Error, Result};

/// How the connection is encrypted and what is checked (libpq's `sslmode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tls {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

/// A shop server's address: user, host, port, database and TLS options. Its `Display` never
/// shows a password.
#[derive(Clone)]
pub struct ServerUrl {
    /// The URL as given, minus the options handled here (sslmode, sslrootcert).
    url: url::Url,
    tls: Tls,
    root_cert: Option<PathBuf>,
}

impl fmt::Debug for ServerUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ServerUrl({self})")
    }
}

impl ServerUrl {
    pub fn looks_like_one(s: &str) -> bool {
        let lower = s.trim_start().to_ascii_lowercase();
        lower.starts_with("postgres://") || lower.starts_with("postgresql://")
    }

    pub fn parse(s: &str) -> Result<ServerUrl> {
        let bad = |why: String| {
            Error::invalid(crate::msg!(
                "server-url-invalid",
                url = redact(s),
                reason = why
            ))
        };
        if !ServerUrl::looks_like_one(s) {
            return Err(bad("it does not begin with postgres://".into()));
        }
        let mut url = url::Url::parse(s.trim()).map_err(|e| bad(e.to_string()))?;
        if url.host_str().is_none_or(str::is_empty) {
            return Err(bad("it names no host".into()));
        }
        if url.path().trim_start_matches('/').is_empty() {
            return Err(bad("it names no database (…/dbname at the end)".into()));
        }
        let mut tls = Tls::Prefer;
        let mut root_cert = None;
        let mut rest = Vec::new();
        for (k, v) in url.query_pairs() {
            match k.as_ref() {
                "sslmode" => {
                    tls = match v.as_ref() {
                        "disable" => Tls::Disable,
                        "prefer" | "allow" => Tls::Prefer,
                        "require" => Tls::Require,
                        "verify-ca" => Tls::VerifyCa,
                        "verify-full" => Tls::VerifyFull,
                        other => {
                            return Err(bad(format!(
                                "sslmode={other} is not one of disable, prefer, require, verify-ca, verify-full"
                            )))
                        }
                    }
                }
                "sslrootcert" => root_cert = Some(PathBuf::from(v.as_ref())),
                _ => rest.push((k.into_owned(), v.into_owned())),
            }
        }
        if rest.is_empty() {
            url.set_query(None);
        } else {
            url.query_pairs_mut().clear().extend_pairs(rest);
        }
        // What the client library itself says about the rest (unknown options, bad ports).
        Config::from_str(url.as_str()).map_err(|e| bad(e.to_string()))?;
        Ok(ServerUrl {
            url,
            tls,
            root_cert,
        })
    }

    pub fn user(&self) -> &str {
        self.url.username()
    }

    pub fn host(&self) -> &str {
        self.url.host_str().unwrap_or_default()
    }

    pub fn port(&self) -> u16 {
        self.url.port().unwrap_or(5432)
    }

    pub fn dbname(&self) -> &str {
        self.url.path().trim_start_matches('/')
    }

    pub fn tls(&self) -> Tls {
        self.tls
    }

    /// The keyring entry that holds this server's password: `postgres:USER@HOST:PORT/DB`.
    pub fn keyring_user(&self) -> String {
        format!(
            "postgres:{}@{}:{}/{}",
            self.user(),
            self.host(),
            self.port(),
            self.dbname()
        )
    }

    pub(super) fn config(&self) -> Result<Config> {
        let mut config = Config::from_str(self.url.as_str()).map_err(|e| {
            Error::invalid(crate::msg!(
                "server-url-invalid",
                url = self.to_string(),
                reason = e.to_string()
            ))
        })?;
        if config.get_password().is_none() {
            if let Some(p) = password(self) {
                config.password(p);
            }
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        config.application_name("stockroom");
        config.ssl_mode(match self.tls {
            Tls::Disable => SslMode::Disable,
            Tls::Prefer => SslMode::Prefer,
            Tls::Require | Tls::VerifyCa | Tls::VerifyFull => SslMode::Require,
        });
        Ok(config)
    }

    pub(super) fn connector(&self) -> Result<postgres_native_tls::MakeTlsConnector> {
        let mut b = native_tls::TlsConnector::builder();
        match self.tls {
            // libpq's require (and prefer) encrypt without checking who answers.
            Tls::Prefer | Tls::Require | Tls::Disable => {
                b.danger_accept_invalid_certs(true);
                b.danger_accept_invalid_hostnames(true);
            }
            Tls::VerifyCa => {
                b.danger_accept_invalid_hostnames(true);
            }
            Tls::VerifyFull => {}
        }
        if let Some(path) = &self.root_cert {
            let pem = std::fs::read(path).map_err(|e| {
                Error::io(
                    crate::msg!(
                        "server-root-cert-unreadable",
                        path = path.display().to_string()
                    ),
                    e,
                )
            })?;
            let cert = native_tls::Certificate::from_pem(&pem).map_err(|e| {
                Error::invalid(crate::msg!(
                    "server-root-cert-invalid",
                    path = path.display().to_string(),
                    reason = e.to_string()
                ))
            })?;
            b.add_root_certificate(cert);
        }
        let connector = b.build().map_err(|e| Error::other(e.to_string()))?;
        Ok(postgres_native_tls::MakeTlsConnector::new(connector))
    }
}

/// `postgres://user@host:port/dbname?…`, with `:***` where a password was written.
impl fmt::Display for ServerUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f, Some("***"))
    }
}

impl ServerUrl {
    /// The address as written but without its password: what this computer keeps when it
    /// uses the server (`db::target::choose`); the password stays in the keyring.
    pub fn without_password(&self) -> String {
        let mut text = String::new();
        let _ = self.write_to(&mut text, None);
        text
    }

    /// The address, its password (if one was written) shown as `password`, or left out.
    fn write_to(&self, f: &mut impl fmt::Write, password: Option<&str>) -> fmt::Result {
        let mut shown = self.url.clone();
        if shown.password().is_some() {
            let _ = shown.set_password(password);
        }
        write!(f, "{shown}")?;
        // The TLS words as written (not percent-encoded: a path reads as a path).
        let mut sep = if shown.query().is_some() { '&' } else { '?' };
        if self.tls != Tls::Prefer {
            let mode = match self.tls {
                Tls::Disable => "disable",
                Tls::Prefer => "prefer",
                Tls::Require => "require",
                Tls::VerifyCa => "verify-ca",
                Tls::VerifyFull => "verify-full",
            };
            write!(f, "{sep}sslmode={mode}")?;
            sep = '&';
        }
        if let Some(p) = &self.root_cert {
            write!(f, "{sep}sslrootcert={}", p.display())?;
        }
        Ok(())
    }
}

/// The text of a URL that did not parse, with anything between `:` and `@` hidden.
fn redact(s: &str) -> String {
    match (s.find("://"), s.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let auth = &s[scheme + 3..at];
            match auth.find(':') {
                Some(colon) => format!("{}:***{}", &s[..scheme + 3 + colon], &s[at..]),
                None => s.to_string(),
            }
        }
        _ => s.to_string(),
    }
}

/// The password when the URL has none: `PGPASSWORD`, else the keyring's entry (none when
/// neither has one: the server may not ask, e.g. a peer or trust rule).
fn password(url: &ServerUrl) -> Option<String> {
    if let Ok(p) = std::env::var(PASSWORD_ENV) {
        if !p.is_empty() {
            return Some(p);
        }
    }
    crate::secret::get(&url.keyring_user()).ok()
}

/// Keeps the server's password in this computer's keyring (Settings → Shop server).
pub fn store_password(url: &ServerUrl, password: &str) -> Result<()> {
    if password.is_empty() {
        return Err(Error::invalid(crate::msg!("password-empty")));
    }
    crate::secret::set(&url.keyring_user(), password).map_err(|why| {
        Error::other(crate::msg!(
            "keyring-failed",
            reason = why,
            env = PASSWORD_ENV
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_in_the_url_is_never_shown_issue19() {
        let url = ServerUrl::parse("postgres://till:s3cret@db.shop:5433/stockroom").unwrap();
        let shown = url.to_string();
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("till:***@db.shop:5433/stockroom"), "{shown}");
        assert_eq!(url.keyring_user(), "postgres:till@db.shop:5433/stockroom");
    }

    #[test]
    fn the_address_kept_on_this_computer_has_no_password_but_its_tls_words_issue19() {
        let url = ServerUrl::parse(
            "postgres://till:s3cret@db.shop:5433/stockroom?sslmode=verify-full&sslrootcert=/etc/shop.pem",
        )
        .unwrap();
        let kept = url.without_password();
        assert_eq!(
            kept,
            "postgres://till@db.shop:5433/stockroom?sslmode=verify-full&sslrootcert=/etc/shop.pem"
        );
        let again = ServerUrl::parse(&kept).unwrap();
        assert_eq!(again.tls(), Tls::VerifyFull);
        assert_eq!(again.keyring_user(), url.keyring_user());
    }

    #[test]
    fn a_malformed_url_is_refused_without_showing_its_password_issue19() {
        let e = ServerUrl::parse("postgres://till:s3cret@/stockroom").unwrap_err();
        assert!(!e.to_string().contains("s3cret"), "{e}");
        let e = ServerUrl::parse("postgres://till@db.shop").unwrap_err();
        assert!(e.to_string().contains("database"), "{e}");
        let e = ServerUrl::parse("postgres://till@db.shop/shop?sslmode=sometimes").unwrap_err();
        assert!(e.to_string().contains("sslmode=sometimes"), "{e}");
    }

    #[test]
    fn tls_options_are_read_from_the_url_issue19() {
        let url = ServerUrl::parse(
            "postgresql://till@db.shop/stockroom?sslmode=verify-full&sslrootcert=/etc/shop-ca.pem",
        )
        .unwrap();
        assert_eq!(url.tls(), Tls::VerifyFull);
        assert_eq!(url.port(), 5432);
        assert_eq!(url.dbname(), "stockroom");
        assert!(url.to_string().contains("sslmode=verify-full"));
        assert_eq!(
            ServerUrl::parse("postgres://till@db.shop/stockroom")
                .unwrap()
                .tls(),
            Tls::Prefer
        );
    }
}
