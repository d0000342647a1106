use super::model::NewCarrier;
use crate::{Error, Result};

pub fn validate(c: &NewCarrier) -> Result<()> {
    if c.name.trim().is_empty() {
        return Err(Error::invalid("a carrier needs a name"));
    }
    if c.transit_days < 0 {
        return Err(Error::invalid(format!(
            "transit days cannot be negative (got {})",
            c.transit_days
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_carrier_needs_a_name_and_non_negative_transit_days() {
        let c = |name: &str, t| NewCarrier {
            name: name.into(),
            transit_days: t,
            is_default: false,
        };
        assert!(validate(&c("DHL", 2)).is_ok());
        assert!(validate(&c("DHL", 0)).is_ok());
        assert!(validate(&c(" ", 2)).is_err());
        assert!(validate(&c("DHL", -1)).is_err());
    }
}
