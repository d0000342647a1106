use super::model::NewCustomer;
use crate::{Error, Result};

/// Trims what people type; refuses a nameless customer or an email without an `@`.
pub fn normalise(c: &NewCustomer) -> Result<NewCustomer> {
    let name = c.name.trim();
    if name.is_empty() {
        return Err(Error::invalid("a customer needs a name"));
    }
    let email = c.email.trim();
    if !email.is_empty() && !email.contains('@') {
        return Err(Error::invalid(format!("'{email}' is not an email address")));
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
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
