//! Issue 18: one list of error codes. docs/errors.md lists exactly the codes of
//! `ErrorCode::ALL`, each with its CLI exit status, and every core error maps into the list.

use stockroom_core::error::ErrorCode;
use stockroom_core::Error;

/// The rows of the table in docs/errors.md: (code, exit status column).
fn documented() -> Vec<(String, String)> {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/errors.md"))
        .expect("docs/errors.md");
    doc.lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            (cells[1].trim_matches('`').to_string(), cells[3].to_string())
        })
        .collect()
}

#[test]
fn the_docs_list_every_error_code_and_no_other_issue18() {
    let documented: Vec<String> = documented().into_iter().map(|(c, _)| c).collect();
    let codes: Vec<String> = ErrorCode::ALL
        .iter()
        .map(|c| c.as_str().to_string())
        .collect();
    assert_eq!(
        documented, codes,
        "docs/errors.md lists the codes of ErrorCode::ALL, in order"
    );
}

#[test]
fn the_docs_give_each_core_code_its_cli_exit_status_issue18() {
    for (code, status) in documented() {
        let c = ErrorCode::ALL
            .into_iter()
            .find(|c| c.as_str() == code)
            .expect("a known code");
        if matches!(c, ErrorCode::OpenFailed | ErrorCode::Internal) {
            assert!(status.contains("desktop only"), "{code}: {status}");
        } else {
            assert_eq!(status, c.exit_status().to_string(), "{code}");
        }
    }
}

#[test]
fn every_core_error_has_a_code_from_the_list_issue18() {
    let io = || std::io::Error::other("disk");
    let errors = [
        Error::invalid("x"),
        Error::not_found("SKU", "X"),
        Error::Duplicate("x".into()),
        Error::refused("x"),
        Error::NotADatabase("a".into()),
        Error::ForeignDatabase("a".into()),
        Error::TooNew {
            path: "a".into(),
            found: 9,
            supported: 6,
        },
        Error::Sqlite(rusqlite::Error::InvalidQuery),
        Error::io("reading", io()),
        Error::NotOnServer,
        Error::Other("x".into()),
    ];
    for e in errors {
        let c = e.error_code();
        assert!(ErrorCode::ALL.contains(&c));
        assert_eq!(e.code(), c.as_str());
        assert_eq!(e.is_user_error(), c.exit_status() == 2, "{e}");
    }
}
