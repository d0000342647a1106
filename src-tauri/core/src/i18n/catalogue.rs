//! Every message the program asks for, with the placeables it passes. The one list the
//! translation files are checked against (tests/i18n_catalogue.rs): each file must have every
//! id, and may use only the placeables the program gives that message.

use std::collections::BTreeSet;

use fluent_syntax::ast;

use super::Language;

/// (message id, the placeables the code passes to it).
pub const MESSAGES: &[(&str, &[&str])] = &[
    ("col-sku", &[]),
    ("col-item", &[]),
    ("col-qty", &[]),
    ("col-expected", &[]),
    ("units", &["count"]),
    ("date-to-be-confirmed", &[]),
    ("date-was", &["date"]),
    ("progress-ready", &["ready", "wanted"]),
    ("progress-shipped", &["shipped", "wanted"]),
    ("progress-shipped-ready", &["shipped", "ready", "wanted"]),
    ("greeting", &["name"]),
    ("contact-shop", &["shop"]),
    ("contact-lines", &["contact"]),
    ("nothing", &[]),
    ("ref-order", &[]),
    ("ref-order-date", &[]),
    ("ref-date", &[]),
    ("ref-shipment", &[]),
    ("page-of", &["page", "pages"]),
    ("incentive-title", &[]),
    ("incentive-discount", &["percent", "amount"]),
    ("incentive-credit", &["amount"]),
    ("incentive-gift", &["note"]),
    ("notice-title", &[]),
    ("notice-customer", &[]),
    ("notice-your-order", &[]),
    ("notice-placed", &[]),
    ("notice-items-waiting", &[]),
    ("notice-intro", &["order", "units"]),
    ("notice-intro-nothing-waits", &["order"]),
    ("notice-on-backorder", &[]),
    ("notice-shipping-now", &[]),
    ("notice-sign-off", &[]),
    ("notice-footer", &["shop", "order"]),
    ("choices-heading", &[]),
    ("choice-wait", &[]),
    ("choice-wait-text", &["incentive"]),
    ("choice-swap", &[]),
    ("choice-swap-ask", &[]),
    ("choice-swap-offer", &["incentive"]),
    ("choice-swap-instead", &["name", "sku", "offers"]),
    ("choice-cancel", &[]),
    ("choice-cancel-text", &[]),
    ("slip-title", &[]),
    ("slip-ship-to", &[]),
    ("slip-footer", &["shop", "shipment", "order"]),
    ("shipment-carrier", &[]),
    ("shipment-tracking", &[]),
    ("shipment-shipped", &[]),
    ("in-this-parcel", &[]),
    ("still-on-backorder", &[]),
    ("still-to-come", &[]),
    ("order-complete", &[]),
    ("ready-next-parcel", &[]),
    ("cancelled", &[]),
    ("shipped-title", &[]),
    ("shipped-delivering-to", &[]),
    ("shipped-intro", &["order", "date"]),
    ("shipped-intro-carrier", &["order", "date", "carrier"]),
    ("shipped-tracking", &["tracking"]),
    ("shipped-sign-off", &[]),
    ("shipped-footer", &["shop", "shipment", "order"]),
    ("feed-in-stock", &[]),
    ("feed-low-stock", &["count"]),
    ("feed-out-of-stock", &[]),
    ("feed-backorder", &["date"]),
    ("feed-backorder-unknown", &[]),
    ("mail-backorder-subject", &super::MAIL_MARKERS),
    ("mail-backorder-body", &super::MAIL_MARKERS),
    ("mail-moved-subject", &super::MAIL_MARKERS),
    ("mail-moved-body", &super::MAIL_MARKERS),
    ("mail-shipped-subject", &super::MAIL_MARKERS),
    ("mail-shipped-body", &super::MAIL_MARKERS),
];

/// The placeables the code passes to message `id` (empty for an unknown id).
pub fn passed(id: &str) -> &'static [&'static str] {
    MESSAGES
        .iter()
        .find(|(m, _)| *m == id)
        .map(|(_, p)| *p)
        .unwrap_or(&[])
}

/// The message ids of `lang`'s own file, and the syntax errors in it (as text).
pub fn message_ids(lang: &Language) -> (BTreeSet<String>, Vec<String>) {
    ids_in(super::source(lang))
}

/// The message ids of a Fluent file's text, and its syntax errors (as text).
pub(super) fn ids_in(source: &'static str) -> (BTreeSet<String>, Vec<String>) {
    let (res, errors) = match fluent_syntax::parser::parse(source) {
        Ok(r) => (r, Vec::new()),
        Err((r, e)) => (r, e.iter().map(|e| format!("{e:?}")).collect()),
    };
    let ids = res
        .body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect();
    (ids, errors)
}

/// The variables (`$name`) message `id` uses in `lang`'s own file, in every variant of every
/// selector.
pub fn placeables(lang: &Language, id: &str) -> BTreeSet<String> {
    placeables_in(super::source(lang), id)
}

/// The variables message `id` uses in a Fluent file's text.
pub(super) fn placeables_in(source: &'static str, id: &str) -> BTreeSet<String> {
    let res = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
    let mut out = BTreeSet::new();
    for e in res.body {
        if let ast::Entry::Message(m) = e {
            if m.id.name == id {
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut out);
                }
            }
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        _ => {}
    }
}
