//! Arguments more than one command reads (its own file, so the command files need not import
//! each other).

use stockroom_core::Error;

/// `SKU:QTY` with a positive integer quantity (the SKU may itself contain colons).
pub fn parse_line(s: &str) -> Result<(String, i64), Error> {
    let (sku, qty) = s
        .rsplit_once(':')
        .ok_or_else(|| Error::invalid(format!("'{s}' is not a line (expected SKU:QTY)")))?;
    let qty: i64 = qty.trim().parse().map_err(|_| {
        Error::invalid(format!(
            "'{qty}' in '{s}' is not a quantity (expected a positive integer)"
        ))
    })?;
    if qty <= 0 {
        return Err(Error::invalid(format!(
            "quantity in '{s}' must be a positive integer"
        )));
    }
    if sku.trim().is_empty() {
        return Err(Error::invalid(format!("'{s}' has no SKU")));
    }
    Ok((sku.trim().to_string(), qty))
}
