//! Issue 18: typed statuses refuse unknown values. A word or code read back from the database
//! that is not one of ours (a newer version's, a hand edit) is an error naming it, never a
//! silent default: a policy read as `notify`, a movement read as `adjusted`, an incentive read
//! as none would each change what the shop does.

mod engine_support;

use engine_support::*;
use stockroom_core::catalog::{BackorderPolicy, BackorderPolicy::*};
use stockroom_core::customers::{ShipPreference, ShipPreference::*};
use stockroom_core::notices::{NoticeKind, NoticeStatus, ToldHow};
use stockroom_core::settings::Incentive;
use stockroom_core::stock::model::MovementKind;
use stockroom_core::Stockroom;

/// Stores `sql` as a newer version or a hand edit might, past the schema's CHECKs.
fn store_behind_the_checks(s: &Stockroom, sql: &str) {
    s.conn()
        .execute_batch(&format!(
            "PRAGMA ignore_check_constraints = ON; {sql}; PRAGMA ignore_check_constraints = OFF;"
        ))
        .unwrap();
}

fn refused<T: std::fmt::Debug>(what: &str, read: stockroom_core::Result<T>, word: &str) {
    match read {
        Ok(v) => panic!("{what}: an unknown stored value was read as {v:?}"),
        Err(e) => assert!(e.to_string().contains(word), "{what}: {e}"),
    }
}

#[test]
fn an_unknown_stored_policy_ships_movement_or_incentive_is_an_error_not_a_default_issue18() {
    let mut s = shop();
    product(&mut s, "MUG", 2, Notify, Some(10));
    let c = customer(&mut s, "Ada", Partial);
    let o = order(&mut s, c, &[("MUG", 1)], 0).number;

    store_behind_the_checks(&s, "UPDATE products SET backorders = 'sometimes'");
    refused("a product's policy", s.product("MUG"), "sometimes");
    store_behind_the_checks(&s, "UPDATE products SET backorders = 'notify'");

    store_behind_the_checks(&s, "UPDATE customers SET ships = 'whenever'");
    refused(
        "a customer's shipping preference",
        s.customer(c),
        "whenever",
    );
    store_behind_the_checks(&s, "UPDATE customers SET ships = 'partial'");

    store_behind_the_checks(&s, "UPDATE orders SET incentive_kind = 'voucher'");
    refused("an order's incentive", s.order(&o), "voucher");
    store_behind_the_checks(&s, "UPDATE orders SET incentive_kind = 'none'");

    store_behind_the_checks(&s, "UPDATE settings SET smtp_security = 'maybe'");
    refused("the e-mail security", s.settings(), "maybe");
    store_behind_the_checks(&s, "UPDATE settings SET smtp_security = 'starttls'");

    // Put back, everything reads again.
    s.product("MUG").unwrap();
    s.customer(c).unwrap();
    s.order(&o).unwrap();
    s.settings().unwrap();
    s.product_detail("MUG").unwrap();

    // The ledger is append-only: a movement of an unknown kind, added last.
    store_behind_the_checks(
        &s,
        "INSERT INTO stock_movements (product_id, kind, qty, on_date, created_at)
         VALUES (1, 99, 1, '2026-03-01', '2026-03-01 12:00:00')",
    );
    refused("a ledger movement", s.product_detail("MUG"), "99");
}

#[test]
fn every_status_parse_refuses_an_unknown_word_and_reads_back_its_own_issue18() {
    for p in [Allow, Notify, Refuse] {
        assert_eq!(BackorderPolicy::parse(p.as_str()).unwrap(), p);
    }
    assert!(BackorderPolicy::parse("sometimes").is_err());
    for p in [Partial, Complete] {
        assert_eq!(ShipPreference::parse(p.as_str()).unwrap(), p);
    }
    assert!(ShipPreference::parse("whenever").is_err());
    for k in [
        NoticeKind::Backordered,
        NoticeKind::PromiseMoved,
        NoticeKind::Shipped,
    ] {
        assert_eq!(NoticeKind::parse(k.as_str()).unwrap(), k);
    }
    assert!(
        NoticeKind::parse("delivered").is_err(),
        "no longer read as shipped"
    );
    for st in [
        NoticeStatus::Pending,
        NoticeStatus::Printed,
        NoticeStatus::Sent,
        NoticeStatus::Superseded,
        NoticeStatus::Told,
    ] {
        assert_eq!(NoticeStatus::parse(st.as_str()).unwrap(), st);
    }
    assert!(NoticeStatus::parse("lost").is_err());
    for t in [ToldHow::Phone, ToldHow::InPerson] {
        assert_eq!(ToldHow::parse(t.as_str()).unwrap(), t);
    }
    assert!(ToldHow::parse("letter").is_err());
    for k in [
        MovementKind::Received,
        MovementKind::Adjusted,
        MovementKind::Shipped,
        MovementKind::Returned,
        MovementKind::Opening,
    ] {
        assert_eq!(MovementKind::from_code(k.code()).unwrap(), k);
    }
    assert!(
        MovementKind::from_code(25).is_err(),
        "no longer read as adjusted"
    );
    for i in [
        Incentive::None,
        Incentive::Discount { percent_bp: 500 },
        Incentive::Credit { amount: 300 },
        Incentive::Gift {
            note: "a sample".into(),
        },
    ] {
        let (kind, amount, note) = i.to_columns();
        assert_eq!(Incentive::from_columns(kind, amount, note).unwrap(), i);
    }
    assert!(Incentive::from_columns("voucher", 0, String::new()).is_err());
}
