//! Handing a document over (issue 18: one home for what the window and the CLI both did):
//! the document named by kind and key, written to a file, and the notifications it answers
//! marked printed only then.

use stockroom_core::documents::{Destination, DocumentRequest};
use stockroom_core::i18n::Language;
use stockroom_core::Stockroom;

fn demo_shop() -> (tempfile::TempDir, Stockroom) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Stockroom::open(dir.path().join("shop.sqlite3")).unwrap();
    assert!(s.load_demo_if_empty().unwrap());
    (dir, s)
}

#[test]
fn a_document_kind_the_core_does_not_know_is_refused_with_a_clear_message() {
    let e = DocumentRequest::parse("invoice", "SO-1").unwrap_err();
    assert_eq!(e.code(), "invalid_input");
    assert_eq!(e.to_string(), "'invoice' is not a document kind");
    let e = DocumentRequest::parse("labels", "WOOL-GRY").unwrap_err();
    assert_eq!(e.to_string(), "'WOOL-GRY' names no label sheet");
    let e = DocumentRequest::parse("slips", "yesterday").unwrap_err();
    assert_eq!(e.code(), "invalid_input");
}

#[test]
fn a_batch_of_many_customers_documents_cannot_be_put_in_one_other_language() {
    let (_dir, s) = demo_shop();
    let german = Language::parse("de").unwrap();
    let e = s
        .document_pdf(&DocumentRequest::Notices, Some(&german))
        .unwrap_err();
    assert_eq!(e.code(), "invalid_input");
    assert!(
        e.to_string().contains("each customer's own language"),
        "{e}"
    );
}

#[test]
fn saving_the_pending_notices_to_a_file_marks_them_printed_and_only_once() {
    let (dir, mut s) = demo_shop();
    let doc = s.document_pdf(&DocumentRequest::Notices, None).unwrap();
    assert!(
        !doc.notifications.is_empty(),
        "the demo shop has notices to print"
    );
    let file = dir.path().join(&doc.file_name);
    let delivered = s.deliver_document(&doc, Destination::File(&file)).unwrap();
    assert_eq!(delivered.job, None);
    assert_eq!(delivered.marked, doc.notifications.len());
    assert!(std::fs::read(&file).unwrap().starts_with(b"%PDF"));
    let again = s.deliver_document(&doc, Destination::File(&file)).unwrap();
    assert_eq!(again.marked, 0, "already printed notices are left alone");
}

#[test]
fn a_file_that_cannot_be_written_leaves_the_notices_pending() {
    let (dir, mut s) = demo_shop();
    let doc = s.document_pdf(&DocumentRequest::Notices, None).unwrap();
    let nowhere = dir.path().join("no-such-folder").join("notices.pdf");
    let e = s
        .deliver_document(&doc, Destination::File(&nowhere))
        .unwrap_err();
    assert_eq!(e.code(), "io");
    let still = s.document_pdf(&DocumentRequest::Notices, None).unwrap();
    assert_eq!(still.notifications, doc.notifications);
}
