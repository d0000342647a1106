//! `stockroom customer …`: add, edit, list. The contract is in issues 3 and 5: `customer add`
//! and `customer edit` print the customer with its id.

use clap::Subcommand;
use stockroom_core::customers::{Contact, CustomerChanges, NewCustomer, ShipPreference};
use stockroom_core::{Error, Stockroom};

use crate::output::Out;

#[derive(Subcommand)]
pub enum CustomerCmd {
    /// Prints the new customer with its id.
    Add {
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long)]
        address: Option<String>,
        #[arg(long, value_name = "partial|complete", default_value = "partial")]
        ships: String,
        /// How they get their news (default: e-mail when an address is known, else paper).
        #[arg(long, value_name = "email|paper|both")]
        contact: Option<String>,
        /// The language their letters are written in (default: the shop's), e.g. de, pl.
        #[arg(long, value_name = "CODE")]
        language: Option<String>,
    },
    /// Correct a customer's details (only the flags given change); prints the customer.
    Edit {
        id: i64,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long)]
        address: Option<String>,
        #[arg(long, value_name = "partial|complete")]
        ships: Option<String>,
        /// How they get their news.
        #[arg(long, value_name = "email|paper|both")]
        contact: Option<String>,
        /// The language their letters are written in, e.g. de, pl.
        #[arg(long, value_name = "CODE")]
        language: Option<String>,
    },
    List {
        #[arg(long)]
        search: Option<String>,
    },
}

impl CustomerCmd {
    /// See `Command::writes` in main.rs.
    pub fn writes(&self) -> bool {
        match self {
            CustomerCmd::Add { .. } | CustomerCmd::Edit { .. } => true,
            CustomerCmd::List { .. } => false,
        }
    }
}

pub fn run(cmd: CustomerCmd, shop: &mut Stockroom, out: &Out) -> Result<(), Error> {
    match cmd {
        CustomerCmd::Add {
            name,
            email,
            phone,
            address,
            ships,
            contact,
            language,
        } => {
            let contact = contact.as_deref().map(Contact::parse).transpose()?;
            let c = shop.add_customer_with_contact(
                &NewCustomer {
                    name,
                    email: email.unwrap_or_default(),
                    phone: phone.unwrap_or_default(),
                    address: address.unwrap_or_default(),
                    ships: ShipPreference::parse(&ships)?,
                    language,
                },
                contact,
            )?;
            out.print(&c, || c.id.to_string());
        }
        CustomerCmd::Edit {
            id,
            name,
            email,
            phone,
            address,
            ships,
            contact,
            language,
        } => {
            let contact = contact.as_deref().map(Contact::parse).transpose()?;
            let c = shop.update_customer_with_contact(
                id,
                &CustomerChanges {
                    name,
                    email,
                    phone,
                    address,
                    ships: ships.as_deref().map(ShipPreference::parse).transpose()?,
                    language,
                },
                contact,
            )?;
            out.print(&c, || c.id.to_string());
        }
        CustomerCmd::List { search } => {
            let v = shop.customers(search.as_deref().unwrap_or(""))?;
            out.print(&v, || {
                v.iter()
                    .map(|c| format!("{}\t{}\t{}", c.id, c.name, c.email))
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
    }
    Ok(())
}
