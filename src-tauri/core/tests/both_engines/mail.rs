//! The e-mail settings' reads and the shop's message templates on both engines.

use stockroom_core::notices::NoticeKind;

use crate::support::{both_engines_agree, for_each_engine};

#[test]
fn a_saved_template_replaces_the_built_in_wording_until_it_is_reset_issue19() {
    let views = both_engines_agree(|shop| {
        let built_in = shop.mail_template(NoticeKind::Backordered, "en").unwrap();
        let saved = shop
            .save_mail_template(
                NoticeKind::Backordered,
                "en",
                " Waiting: {order} ",
                "{items}",
            )
            .unwrap();
        let again = shop
            .save_mail_template(
                NoticeKind::Backordered,
                "en",
                "Still waiting: {order}",
                "{items}",
            )
            .unwrap();
        let other_language = shop.mail_template(NoticeKind::Backordered, "de").unwrap();
        let reset = shop
            .reset_mail_template(NoticeKind::Backordered, "en")
            .unwrap();
        (built_in, saved, again, other_language, reset)
    });
    let (built_in, saved, again, other_language, reset) = views;
    assert!(built_in.is_default);
    assert_eq!(
        (saved.subject.as_str(), saved.is_default),
        ("Waiting: {order}", false)
    );
    assert_eq!(
        again.subject, "Still waiting: {order}",
        "a second save replaces the first"
    );
    assert!(other_language.is_default, "saved for English only");
    assert_eq!(reset, built_in);
}

#[test]
fn a_test_message_needs_the_mail_set_up_first_issue19() {
    for_each_engine(|shop| {
        let err = shop.send_test_mail("ada@example.org").unwrap_err();
        assert_eq!(err.code(), "invalid_input", "{err}");
        let err = shop.send_test_mail("not an address").unwrap_err();
        assert_eq!(err.code(), "invalid_input", "{err}");
    });
}
