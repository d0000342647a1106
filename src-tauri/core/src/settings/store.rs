//! SQL of the settings row (id = 1, created by the schema). On both engines (issue 19).

use crate::db::conn::{stored, Conn, Row};

use super::model::{Incentive, Settings, SettingsPatch};
use crate::mail::model::{MailSettings, Security};
use crate::Result;

/// The e-mail settings' columns as stored.
#[derive(Debug, Clone)]
pub struct MailColumns {
    pub host: String,
    pub port: i64,
    pub security: String,
    pub user: String,
    pub from: String,
    pub reply_to: String,
    pub auto: bool,
}

/// The e-mail settings as stored; `configured` when a host and a From address are set. A
/// security word that is not one of ours is an error.
pub fn mail_from_columns(c: MailColumns) -> Result<MailSettings> {
    let MailColumns {
        host,
        port,
        security,
        user,
        from,
        reply_to,
        auto,
    } = c;
    Ok(MailSettings {
        configured: !host.trim().is_empty() && !from.trim().is_empty(),
        smtp_host: host,
        smtp_port: u16::try_from(port).unwrap_or(587),
        smtp_security: Security::parse(&security)?,
        smtp_user: user,
        mail_from: from,
        mail_reply_to: reply_to,
        mail_auto: auto,
    })
}

const MAIL_COLS: &str =
    "smtp_host, smtp_port, smtp_security, smtp_user, mail_from, mail_reply_to, mail_auto";

fn mail_row(r: &Row, at: usize) -> Result<MailSettings> {
    let columns = MailColumns {
        host: r.get(at)?,
        port: r.get(at + 1)?,
        security: r.get(at + 2)?,
        user: r.get(at + 3)?,
        from: r.get(at + 4)?,
        reply_to: r.get(at + 5)?,
        auto: r.get(at + 6)?,
    };
    stored(at + 2, mail_from_columns(columns))
}

/// Only the e-mail settings (the sender's read).
pub fn mail<'a>(conn: impl Into<Conn<'a>>) -> Result<MailSettings> {
    conn.into().query_row(
        &format!("SELECT {MAIL_COLS} FROM settings WHERE id = 1"),
        &[],
        |r| mail_row(r, 0),
    )
}

pub fn load<'a>(conn: impl Into<Conn<'a>>) -> Result<Settings> {
    let conn = conn.into();
    let mail = mail(conn)?;
    conn.query_row(
        "SELECT store_name, store_address, store_contact, currency, handling_days, incentive_kind,
                incentive_amount, incentive_note, paper_size, printer, backup_folder, logo_path,
                backorder_wording, language, locale, promises_kept_pct, promise_history_days
         FROM settings WHERE id = 1",
        &[],
        |r| {
            Ok(Settings {
                store_name: r.get(0)?,
                store_address: r.get(1)?,
                store_contact: r.get(2)?,
                currency: r.get(3)?,
                handling_days: r.get(4)?,
                default_incentive: stored(
                    5,
                    Incentive::from_columns(&r.get::<String>(5)?, r.get(6)?, r.get(7)?),
                )?,
                paper_size: r.get(8)?,
                printer: r.get(9)?,
                backup_folder: r.get(10)?,
                logo_path: r.get(11)?,
                backorder_wording: r.get(12)?,
                language: r.get(13)?,
                locale: r.get(14)?,
                promises_kept_pct: r.get(15)?,
                promise_history_days: r.get(16)?,
                mail,
            })
        },
    )
}

pub fn handling_days<'a>(conn: impl Into<Conn<'a>>) -> Result<i64> {
    conn.into().query_row(
        "SELECT handling_days FROM settings WHERE id = 1",
        &[],
        |r| r.get(0),
    )
}

/// Writes the fields the patch sets (already validated by the rules).
pub fn update_in_tx<'a>(conn: impl Into<Conn<'a>>, s: &Settings) -> Result<()> {
    let conn = conn.into();
    let (kind, amount, note) = s.default_incentive.to_columns();
    conn.execute(
        "UPDATE settings SET store_name = ?1, store_address = ?2, store_contact = ?3, currency = ?4,
            handling_days = ?5, incentive_kind = ?6, incentive_amount = ?7, incentive_note = ?8,
            paper_size = ?9, printer = ?10, backup_folder = ?11, logo_path = ?12,
            backorder_wording = ?13, language = ?14, locale = ?15, promises_kept_pct = ?16,
            promise_history_days = ?17
         WHERE id = 1",
        &[
            &s.store_name,
            &s.store_address,
            &s.store_contact,
            &s.currency,
            &s.handling_days,
            &kind,
            &amount,
            &note,
            &s.paper_size,
            &s.printer,
            &s.backup_folder,
            &s.logo_path,
            &s.backorder_wording,
            &s.language,
            &s.locale,
            &s.promises_kept_pct,
            &s.promise_history_days,
        ],
    )?;
    let m = &s.mail;
    conn.execute(
        "UPDATE settings SET smtp_host = ?1, smtp_port = ?2, smtp_security = ?3, smtp_user = ?4,
            mail_from = ?5, mail_reply_to = ?6, mail_auto = ?7
         WHERE id = 1",
        &[
            &m.smtp_host,
            &m.smtp_port,
            &m.smtp_security.as_str(),
            &m.smtp_user,
            &m.mail_from,
            &m.mail_reply_to,
            &m.mail_auto,
        ],
    )?;
    Ok(())
}

pub fn apply_patch(mut s: Settings, p: &SettingsPatch) -> Settings {
    macro_rules! set {
        ($f:ident) => {
            if let Some(v) = &p.$f {
                s.$f = v.clone();
            }
        };
    }
    set!(store_name);
    set!(store_address);
    set!(store_contact);
    set!(currency);
    set!(handling_days);
    set!(default_incentive);
    set!(paper_size);
    set!(printer);
    set!(backup_folder);
    set!(logo_path);
    set!(backorder_wording);
    set!(language);
    set!(locale);
    set!(promises_kept_pct);
    set!(promise_history_days);
    let (m, p) = (&mut s.mail, &p.mail);
    macro_rules! mail {
        ($f:ident) => {
            if let Some(v) = &p.$f {
                m.$f = v.trim().to_string();
            }
        };
    }
    mail!(smtp_host);
    mail!(smtp_user);
    mail!(mail_from);
    mail!(mail_reply_to);
    if let Some(v) = p.smtp_port {
        m.smtp_port = v;
    }
    if let Some(v) = p.smtp_security {
        m.smtp_security = v;
    }
    if let Some(v) = p.mail_auto {
        m.mail_auto = v;
    }
    m.configured = !m.smtp_host.is_empty() && !m.mail_from.is_empty();
    s
}

/// The web shop settings as stored (issue 21): the payment statuses imported, comma-separated,
/// and the watched folder ("" for none).
pub fn webshop<'a>(conn: impl Into<Conn<'a>>) -> Result<(String, String)> {
    conn.into().query_row(
        "SELECT webshop_statuses, watch_folder FROM settings WHERE id = 1",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Stores the web shop settings (checked by the caller).
pub fn update_webshop_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    statuses: &str,
    watch_folder: &str,
) -> Result<()> {
    conn.into().execute(
        "UPDATE settings SET webshop_statuses = ?1, watch_folder = ?2 WHERE id = 1",
        &[&statuses, &watch_folder],
    )?;
    Ok(())
}
