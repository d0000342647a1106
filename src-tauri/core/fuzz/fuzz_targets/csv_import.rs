//! Arbitrary bytes through the CSV importer, as products, customers and orders, in a dry run
//! (so the shop stays the same from one input to the next) and with skip-bad-rows toggled by
//! the first byte. It must never panic, and every problem it reports must point at a line
//! that exists in the input.
#![no_main]

use std::cell::RefCell;

use libfuzzer_sys::fuzz_target;
use stockroom_core::data::{ImportKind, ImportOptions};
use stockroom_core::Stockroom;

thread_local! {
    static SHOP: RefCell<Stockroom> = RefCell::new(seeded_shop());
}

/// A shop with a product and a customer, so updates and orders reach the engine too.
fn seeded_shop() -> Stockroom {
    let mut s = Stockroom::open_in_memory().expect("in-memory shop");
    let seed = "sku,name,price,on_hand\nA,Alpha,1.00,5\n";
    s.import_bytes(
        ImportKind::Products,
        seed.as_bytes(),
        ImportOptions::default(),
        |_, _| {},
    )
    .expect("seed");
    let people = "name,email\nAda,ada@x.org\n";
    s.import_bytes(
        ImportKind::Customers,
        people.as_bytes(),
        ImportOptions::default(),
        |_, _| {},
    )
    .expect("seed");
    s
}

fuzz_target!(|data: &[u8]| {
    let skip_bad_rows = data.first().is_some_and(|b| b & 1 == 1);
    let opts = ImportOptions {
        dry_run: true,
        skip_bad_rows,
    };
    // Physical lines: `\n`, `\r\n` or a lone `\r` ends one (the csv crate reads all three).
    let lines = 1 + data
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && data.get(i + 1) != Some(&b'\n')))
        .count() as u64;
    SHOP.with(|shop| {
        let mut shop = shop.borrow_mut();
        for kind in [
            ImportKind::Products,
            ImportKind::Customers,
            ImportKind::Orders,
        ] {
            let mut last = 0;
            let result = shop.import_bytes(kind, data, opts, |done, total| {
                assert!(
                    done <= total && done >= last,
                    "progress {done}/{total} after {last}"
                );
                last = done;
            });
            match result {
                Ok(report) => {
                    assert!(!report.committed, "a dry run never commits");
                    for p in &report.problems {
                        assert!(
                            p.line >= 2 && p.line <= lines,
                            "problem on line {} of {lines}: {p}",
                            p.line
                        );
                    }
                }
                Err(e) => {
                    assert!(
                        e.is_user_error(),
                        "a bad file is bad input, not a failure: {e}"
                    );
                    assert!(
                        e.to_string().starts_with("line "),
                        "refusals name a line: {e}"
                    );
                }
            }
        }
    });
});
