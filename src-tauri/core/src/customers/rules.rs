use super::model::{Customer, CustomerChanges, NewCustomer};
use crate::{Error, Result};

/// A chosen contact preference must be usable: e-mail needs an address.
pub fn check_contact(contact: super::model::Contact, email: &str) -> Result<()> {
    if contact.by_email() && email.trim().is_empty() {
        return Err(Error::invalid(if contact == super::model::Contact::Both {
            crate::msg!("customer-both-needs-email")
        } else {
            crate::msg!("customer-email-needs-email")
        }));
    }
    Ok(())
}

/// The customer as they will be after `changes`, checked exactly as a new customer is.
pub fn apply_changes(current: &Customer, c: &CustomerChanges) -> Result<NewCustomer> {
    normalise(&NewCustomer {
        name: c.name.clone().unwrap_or_else(|| current.name.clone()),
        email: c.email.clone().unwrap_or_else(|| current.email.clone()),
        phone: c.phone.clone().unwrap_or_else(|| current.phone.clone()),
        address: c.address.clone().unwrap_or_else(|| current.address.clone()),
        ships: c.ships.unwrap_or(current.ships),
        language: Some(
            c.language
                .clone()
                .unwrap_or_else(|| current.language.clone()),
        ),
    })
}

/// Trims what people type; refuses a nameless customer or an address mail cannot go to.
pub fn normalise(c: &NewCustomer) -> Result<NewCustomer> {
    let name = c.name.trim();
    if name.is_empty() {
        return Err(Error::invalid(crate::msg!("customer-needs-name")));
    }
    let email = c.email.trim();
    if !email.is_empty() && !email.contains('@') {
        return Err(Error::invalid(crate::msg!(
            "not-an-email-address",
            address = email
        )));
    }
    // Checked as the mail will use it (issue 16): one address, no spaces or line breaks.
    if !email.is_empty() {
        crate::mail::rules::check_address(email)?;
    }
    Ok(NewCustomer {
        name: name.to_string(),
        email: email.to_string(),
        phone: c.phone.trim().to_string(),
        // Keep the lines of the address as typed; only drop trailing spaces and blank ends.
        address: c
            .address
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string(),
        ships: c.ships,
        // A known language's code (`DE` → `de`); an unknown one is refused, naming the known.
        language: c
            .language
            .as_deref()
            .map(|l| crate::i18n::Language::parse(l).map(|l| l.code().to_string()))
            .transpose()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_changes_only_what_it_names_and_is_checked_like_add() {
        let ann = Customer {
            id: 1,
            name: "Ann Lee".into(),
            email: "ann@example.com".into(),
            phone: "555".into(),
            address: "1 Old Road".into(),
            ships: crate::customers::ShipPreference::Partial,
            created_at: "2026-03-01 12:00:00".into(),
            contact: crate::customers::Contact::Email,
            contact_chosen: false,
            language: "en".into(),
        };
        let moved = apply_changes(
            &ann,
            &CustomerChanges {
                address: Some("2 New Street  \nDublin\n".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(moved.address, "2 New Street\nDublin");
        assert_eq!(
            (moved.name.as_str(), moved.email.as_str()),
            ("Ann Lee", "ann@example.com")
        );
        let bad = apply_changes(
            &ann,
            &CustomerChanges {
                email: Some("ann at home".into()),
                ..Default::default()
            },
        );
        assert_eq!(
            bad.unwrap_err().to_string(),
            "'ann at home' is not an email address"
        );
    }

    #[test]
    fn customer_input_is_trimmed_and_checked() {
        let c = NewCustomer {
            name: "  Zoë Müller ".into(),
            email: " zoe@example.pl ".into(),
            address: "ul. Piotrkowska 12  \n90-001 Łódź\n".into(),
            ..Default::default()
        };
        let n = normalise(&c).unwrap();
        assert_eq!(n.name, "Zoë Müller");
        assert_eq!(n.email, "zoe@example.pl");
        assert_eq!(n.address, "ul. Piotrkowska 12\n90-001 Łódź");
        for bad in [
            NewCustomer {
                name: " ".into(),
                ..Default::default()
            },
            NewCustomer {
                name: "A".into(),
                email: "nope".into(),
                ..Default::default()
            },
        ] {
            assert!(normalise(&bad).is_err());
        }
    }
}
