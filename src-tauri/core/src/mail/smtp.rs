//! Talking to the SMTP server: one connection for the batch (a new one only after a refusal,
//! which makes lettre close it), STARTTLS / implicit TLS / none, certificates verified, AUTH
//! when a user is set. Every outcome is one of three: sent, refused for good (5xx: the
//! message is failed with the server's reply) or temporary (no connection, TLS or login
//! trouble, 4xx: tried again later). A connection or login failure is never the message's
//! fault, so it is always temporary — a wrong password must not fail every message.

use std::time::Duration;

use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{Certificate, SmtpConnection, TlsParameters};
use lettre::transport::smtp::extension::ClientId;

use super::model::{MailSettings, Security};

/// A PEM file of certificates to trust besides the system's (a shop's own mail server with a
/// private CA; the tests' self-signed server).
pub const EXTRA_CA_ENV: &str = "STOCKROOM_SMTP_CA_FILE";

const TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// The server refused the message for good (5xx): its reply.
    Refused(String),
    /// Not sent this time (a 4xx reply to this message): why.
    Temporary(String),
    /// The server could not be reached, or refused the connection or the login: nobody's
    /// message was at fault, so no message's backoff grows; every queued message is tried
    /// again shortly, in the order it was queued.
    Unreachable(String),
}

pub struct Client {
    mail: MailSettings,
    password: Option<String>,
    conn: Option<SmtpConnection>,
    /// Set when connecting failed in this batch: the rest of the batch is not tried (a server
    /// that is down would make each message wait for its own timeout).
    down: Option<String>,
}

impl Client {
    pub fn new(mail: &MailSettings, password: Option<String>) -> Client {
        Client {
            mail: mail.clone(),
            password,
            conn: None,
            down: None,
        }
    }

    pub fn send(&mut self, email: &lettre::Message) -> Outcome {
        match self.send_with_reply(email) {
            Ok(_) => Outcome::Sent,
            Err(outcome) => outcome,
        }
    }

    /// Like [`Client::send`], with the server's answer to an accepted message ("250 2.0.0 Ok:
    /// queued as …"): the Settings screen's test message shows it.
    pub fn send_with_reply(&mut self, email: &lettre::Message) -> Result<String, Outcome> {
        if let Some(why) = &self.down {
            return Err(Outcome::Unreachable(why.clone()));
        }
        if self.conn.as_ref().is_none_or(|c| c.has_broken()) {
            match self.connect() {
                Ok(c) => self.conn = Some(c),
                Err(why) => {
                    self.down = Some(why.clone());
                    return Err(Outcome::Unreachable(why));
                }
            }
        }
        let conn = self.conn.as_mut().expect("connected");
        match conn.send(email.envelope(), &email.formatted()) {
            Ok(reply) => Ok(format!(
                "{} {}",
                reply.code(),
                reply.message().collect::<Vec<_>>().join(" ")
            )),
            Err(e) if e.is_permanent() => Err(Outcome::Refused(e.to_string())),
            Err(e) => {
                if conn.has_broken() {
                    self.conn = None;
                }
                Err(Outcome::Temporary(e.to_string()))
            }
        }
    }

    pub fn quit(&mut self) {
        if let Some(mut c) = self.conn.take() {
            if !c.has_broken() {
                let _ = c.quit();
            }
        }
    }

    fn tls(&self) -> Result<TlsParameters, String> {
        let host = self.mail.smtp_host.trim().to_string();
        let mut b = TlsParameters::builder(host);
        if let Ok(path) = std::env::var(EXTRA_CA_ENV) {
            let pem = std::fs::read(&path)
                .map_err(|e| format!("{EXTRA_CA_ENV}: cannot read {path}: {e}"))?;
            let cert = Certificate::from_pem(&pem)
                .map_err(|e| format!("{EXTRA_CA_ENV}: {path} is not a PEM certificate: {e}"))?;
            b = b.add_root_certificate(cert);
        }
        b.build().map_err(|e| format!("TLS set-up failed: {e}"))
    }

    fn connect(&self) -> Result<SmtpConnection, String> {
        let host = self.mail.smtp_host.trim();
        let addr = (host, self.mail.smtp_port);
        let hello = ClientId::default();
        let at = format!("{host}:{}", self.mail.smtp_port);
        let fail = |what: &str, e: lettre::transport::smtp::Error| format!("{what} {at}: {e}");
        let mut conn = match self.mail.smtp_security {
            Security::None => SmtpConnection::connect(addr, Some(TIMEOUT), &hello, None, None)
                .map_err(|e| fail("cannot connect to", e))?,
            Security::Tls => {
                let tls = self.tls()?;
                SmtpConnection::connect(addr, Some(TIMEOUT), &hello, Some(&tls), None)
                    .map_err(|e| fail("cannot connect (TLS) to", e))?
            }
            Security::Starttls => {
                let tls = self.tls()?;
                let mut c = SmtpConnection::connect(addr, Some(TIMEOUT), &hello, None, None)
                    .map_err(|e| fail("cannot connect to", e))?;
                // Never fall back to plain text: the password and the letters would travel
                // readable.
                if !c.can_starttls() {
                    c.abort();
                    return Err(format!("{at} does not offer STARTTLS; nothing was sent"));
                }
                c.starttls(&tls, &hello)
                    .map_err(|e| fail("STARTTLS failed with", e))?;
                c
            }
        };
        if let Some(password) = &self.password {
            let creds = Credentials::new(self.mail.smtp_user.trim().to_string(), password.clone());
            conn.auth(&[Mechanism::Plain, Mechanism::Login], &creds)
                .map_err(|e| fail("login refused by", e))?;
        }
        Ok(conn)
    }
}
