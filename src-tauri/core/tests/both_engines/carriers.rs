//! Carriers on both engines: the default, names unique in any case, edits.

use stockroom_core::carriers::{CarrierChanges, NewCarrier};

use crate::support::for_each_engine;

fn carrier(name: &str, days: i64, is_default: bool) -> NewCarrier {
    NewCarrier {
        name: name.into(),
        transit_days: days,
        is_default,
    }
}

#[test]
fn the_first_carrier_is_the_default_until_another_is_made_it_issue19() {
    for_each_engine(|shop| {
        let first = shop.add_carrier(&carrier("Post", 3, false)).unwrap();
        assert!(first.is_default, "promises need a transit time");
        let second = shop.add_carrier(&carrier("Courier", 1, false)).unwrap();
        assert!(!second.is_default);
        shop.set_default_carrier("courier").unwrap();
        let all = shop.carriers().unwrap();
        let defaults: Vec<&str> = all
            .iter()
            .filter(|c| c.is_default)
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(
            defaults,
            ["Courier"],
            "one default, found by its name in any case"
        );
        let third = shop.add_carrier(&carrier("Freight", 5, true)).unwrap();
        assert!(third.is_default);
        assert_eq!(
            shop.carriers()
                .unwrap()
                .iter()
                .filter(|c| c.is_default)
                .count(),
            1
        );
    });
}

#[test]
fn a_carrier_name_is_unique_in_any_case_issue19() {
    for_each_engine(|shop| {
        shop.add_carrier(&carrier("DHL", 2, false)).unwrap();
        let err = shop.add_carrier(&carrier(" dhl ", 4, false)).unwrap_err();
        assert_eq!(err.code(), "duplicate", "{err}");
        assert_eq!(shop.carriers().unwrap().len(), 1, "nothing stored");
    });
}

#[test]
fn carriers_are_listed_by_name_ignoring_case_issue19() {
    for_each_engine(|shop| {
        for name in ["ups", "DHL", "Post", "acme"] {
            shop.add_carrier(&carrier(name, 2, false)).unwrap();
        }
        let names: Vec<String> = shop
            .carriers()
            .unwrap()
            .into_iter()
            .map(|c| c.name)
            .collect();
        assert_eq!(names, ["acme", "DHL", "Post", "ups"]);
    });
}

#[test]
fn a_carrier_is_edited_by_name_and_keeps_what_the_edit_does_not_name_issue19() {
    for_each_engine(|shop| {
        shop.add_carrier_with_tracking(
            &carrier("Post", 3, false),
            "https://post.example/track/{tracking}",
        )
        .unwrap();
        let edited = shop
            .edit_carrier(
                "POST",
                &CarrierChanges {
                    transit_days: Some(4),
                    tracking_url: None,
                },
            )
            .unwrap();
        assert_eq!(edited.transit_days, 4);
        assert_eq!(edited.tracking_url, "https://post.example/track/{tracking}");
        let unlinked = shop
            .edit_carrier(
                "Post",
                &CarrierChanges {
                    transit_days: None,
                    tracking_url: Some(String::new()),
                },
            )
            .unwrap();
        assert_eq!(
            (unlinked.transit_days, unlinked.tracking_url.as_str()),
            (4, "")
        );
        let err = shop
            .edit_carrier("Nobody", &CarrierChanges::default())
            .unwrap_err();
        assert_eq!(err.code(), "not_found", "{err}");
    });
}
