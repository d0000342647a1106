//! SQL of the settings row (id = 1, created by the schema).

use rusqlite::Connection;

use super::model::{Incentive, Settings, SettingsPatch};
use crate::Result;

pub fn load(conn: &Connection) -> Result<Settings> {
    Ok(conn.query_row(
        "SELECT store_name, store_address, store_contact, currency, handling_days, incentive_kind,
                incentive_amount, incentive_note, paper_size, printer, backup_folder, logo_path,
                backorder_wording
         FROM settings WHERE id = 1",
        [],
        |r| {
            Ok(Settings {
                store_name: r.get(0)?,
                store_address: r.get(1)?,
                store_contact: r.get(2)?,
                currency: r.get(3)?,
                handling_days: r.get(4)?,
                default_incentive: Incentive::from_columns(
                    &r.get::<_, String>(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ),
                paper_size: r.get(8)?,
                printer: r.get(9)?,
                backup_folder: r.get(10)?,
                logo_path: r.get(11)?,
                backorder_wording: r.get(12)?,
            })
        },
    )?)
}

pub fn handling_days(conn: &Connection) -> Result<i64> {
    Ok(
        conn.query_row("SELECT handling_days FROM settings WHERE id = 1", [], |r| {
            r.get(0)
        })?,
    )
}

/// Writes the fields the patch sets (already validated by the rules).
pub fn update_in_tx(conn: &Connection, s: &Settings) -> Result<()> {
    let (kind, amount, note) = s.default_incentive.to_columns();
    conn.execute(
        "UPDATE settings SET store_name = ?1, store_address = ?2, store_contact = ?3, currency = ?4,
            handling_days = ?5, incentive_kind = ?6, incentive_amount = ?7, incentive_note = ?8,
            paper_size = ?9, printer = ?10, backup_folder = ?11, logo_path = ?12,
            backorder_wording = ?13
         WHERE id = 1",
        rusqlite::params![
            s.store_name,
            s.store_address,
            s.store_contact,
            s.currency,
            s.handling_days,
            kind,
            amount,
            note,
            s.paper_size,
            s.printer,
            s.backup_folder,
            s.logo_path,
            s.backorder_wording
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
    s
}
