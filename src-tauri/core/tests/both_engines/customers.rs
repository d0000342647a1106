//! Customers on both engines: added, corrected, found by a part of their name in any case,
//! paged by name ignoring case.

use stockroom_core::customers::{Contact, CustomerChanges, NewCustomer, ShipPreference};

use crate::support::for_each_engine;

fn customer(name: &str, email: &str) -> NewCustomer {
    NewCustomer {
        name: name.into(),
        email: email.into(),
        ..NewCustomer::default()
    }
}

#[test]
fn a_customer_is_stored_as_added_and_speaks_the_shops_language_issue19() {
    for_each_engine(|shop| {
        let added = shop
            .add_customer_with_contact(
                &NewCustomer {
                    name: "  Ada Lovelace ".into(),
                    email: "ada@example.org".into(),
                    phone: "+44 20 7946 0000".into(),
                    address: "12 St James's Square\nLondon".into(),
                    ships: ShipPreference::Complete,
                    language: None,
                },
                Some(Contact::Both),
            )
            .unwrap();
        assert_eq!(added.name, "Ada Lovelace");
        assert_eq!(added.ships, ShipPreference::Complete);
        assert_eq!((added.contact, added.contact_chosen), (Contact::Both, true));
        assert_eq!(
            added.language, "en",
            "the shop's language when none is given"
        );
        assert_eq!(shop.customer(added.id).unwrap(), added);
        let paper = shop.add_customer(&customer("Bo", "")).unwrap();
        assert_eq!(
            (paper.contact, paper.contact_chosen),
            (Contact::Paper, false)
        );
        assert!(paper.id > added.id, "ids are handed out in order");
    });
}

#[test]
fn a_corrected_customer_keeps_what_the_change_does_not_name_issue19() {
    for_each_engine(|shop| {
        let c = shop
            .add_customer(&customer("Ada", "ada@example.org"))
            .unwrap();
        let changed = shop
            .update_customer_with_contact(
                c.id,
                &CustomerChanges {
                    phone: Some("555".into()),
                    language: Some("de".into()),
                    ..CustomerChanges::default()
                },
                Some(Contact::Paper),
            )
            .unwrap();
        assert_eq!(changed.email, "ada@example.org");
        assert_eq!(changed.phone, "555");
        assert_eq!(changed.language, "de");
        assert_eq!(changed.contact, Contact::Paper);
        let err = shop
            .update_customer(
                c.id,
                &CustomerChanges {
                    email: Some("not an address".into()),
                    ..CustomerChanges::default()
                },
            )
            .unwrap_err();
        assert_eq!(err.code(), "invalid_input", "{err}");
        assert_eq!(
            shop.customer(c.id).unwrap(),
            changed,
            "nothing of it was stored"
        );
        let err = shop.customer(9_999).unwrap_err();
        assert_eq!(err.code(), "not_found");
    });
}

#[test]
fn customers_are_found_by_part_of_a_name_or_address_in_any_case_issue19() {
    for_each_engine(|shop| {
        shop.add_customer(&customer("Ada Lovelace", "ada@example.org"))
            .unwrap();
        shop.add_customer(&customer("charles babbage", "cb@example.org"))
            .unwrap();
        shop.add_customer(&customer("Mary Somerville", "")).unwrap();
        let names = |search: &str| -> Vec<String> {
            shop.customers(search)
                .unwrap()
                .into_iter()
                .map(|c| c.name)
                .collect()
        };
        assert_eq!(names("LOVE"), ["Ada Lovelace"]);
        assert_eq!(names("example.ORG"), ["Ada Lovelace", "charles babbage"]);
        assert_eq!(
            names(""),
            ["Ada Lovelace", "charles babbage", "Mary Somerville"]
        );
    });
}

#[test]
fn the_customers_page_counts_all_matches_and_shows_one_page_by_name_issue19() {
    for_each_engine(|shop| {
        for name in ["delta", "Alpha", "charlie", "Bravo", "echo 100%"] {
            shop.add_customer(&customer(name, "")).unwrap();
        }
        let page = shop.customers_page("", 1, 2).unwrap();
        assert_eq!(page.total, 5);
        let names: Vec<&str> = page.items.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            ["Bravo", "charlie"],
            "by name ignoring case, from the second"
        );
        let found = shop.customers_page("A", 0, 10).unwrap();
        assert_eq!(found.total, 4, "every name with an a in any case");
        let percent = shop.customers_page("0%", 0, 10).unwrap();
        assert_eq!(
            percent.total, 1,
            "a % in the search is a percent sign, not a wildcard"
        );
    });
}
