//! `stockroom po …`: create, receive, expect, cancel, show. The contract is in issues 3 and 5:
//! `po expect` and `po cancel` print `moved`, the waiting lines whose promise moved.

use clap::Subcommand;
use serde_json::json;
use stockroom_core::backorders::PromiseMove;
use stockroom_core::purchasing::{NewPo, NewPoLine, ReceiptLine};
use stockroom_core::{clock, Error, Stockroom};

use crate::args::parse_line;
use crate::output::{date_text, Out};

#[derive(Subcommand)]
pub enum PoCmd {
    /// Prints the new purchase order with its number.
    Create {
        #[arg(long)]
        supplier: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        expected: String,
        #[arg(long = "line", value_name = "SKU:QTY", required = true)]
        lines: Vec<String>,
    },
    /// Receive units; prints the allocations they made. Give `--line SKU:QTY`, `--scan CODE`
    /// (one unit per scan: a SKU or barcode), or both: they are booked together as one
    /// receipt, and nothing is stored if any of it is refused.
    Receive {
        number: String,
        #[arg(
            long = "line",
            value_name = "SKU:QTY",
            required_unless_present = "scans"
        )]
        lines: Vec<String>,
        #[arg(long = "scan", value_name = "CODE")]
        scans: Vec<String>,
    },
    /// Change the expected date; prints the orders whose promise moved.
    Expect {
        number: String,
        date: String,
    },
    /// Cancel what is still outstanding (received units stay); prints the orders whose
    /// promise moved.
    Cancel {
        number: String,
    },
    Show {
        number: String,
    },
}

impl PoCmd {
    /// See `Command::writes` in main.rs.
    pub fn writes(&self) -> bool {
        match self {
            PoCmd::Create { .. }
            | PoCmd::Receive { .. }
            | PoCmd::Expect { .. }
            | PoCmd::Cancel { .. } => true,
            PoCmd::Show { .. } => false,
        }
    }
}

fn moved_text(head: String, moved: &[PromiseMove]) -> String {
    let mut s = head;
    for m in moved {
        s.push_str(&format!(
            "\n  {} {}: {} → {}",
            m.order,
            m.sku,
            date_text(m.old_eta),
            date_text(m.new_eta)
        ));
    }
    s
}

pub fn run(cmd: PoCmd, shop: &mut Stockroom, out: &Out) -> Result<(), Error> {
    match cmd {
        PoCmd::Create {
            supplier,
            expected,
            lines,
        } => {
            let expected_on = clock::parse_date(&expected)?;
            let lines = lines
                .iter()
                .map(|l| {
                    parse_line(l).map(|(sku, qty)| NewPoLine {
                        sku,
                        qty,
                        unit_cost: None,
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let po = shop.create_po(&NewPo {
                supplier,
                expected_on,
                lines,
                note: String::new(),
                number: None,
            })?;
            out.print(&po, || po.number.clone());
        }
        PoCmd::Receive {
            number,
            lines,
            scans,
        } => {
            let lines = lines
                .iter()
                .map(|l| parse_line(l).map(|(sku, qty)| ReceiptLine { sku, qty }))
                .collect::<Result<Vec<_>, _>>()?;
            let r = shop.receive_po_with_scans(&number, &lines, &scans)?;
            out.print(&r, || {
                let mut s = format!("Received on {}", r.po);
                for a in &r.allocations {
                    s.push_str(&format!("\n  {} × {} → {}", a.qty, a.sku, a.order));
                }
                s
            });
        }
        PoCmd::Expect { number, date } => {
            let r = shop.set_po_expected(&number, clock::parse_date(&date)?)?;
            out.print(
                &json!({ "po": r.po, "expected_on": r.expected_on, "moved": r.moved }),
                || moved_text(format!("{} now expected {}", r.po, r.expected_on), &r.moved),
            );
        }
        PoCmd::Cancel { number } => {
            let r = shop.cancel_po(&number)?;
            out.print(&r, || {
                let units: Vec<String> = r
                    .cancelled
                    .iter()
                    .map(|c| format!("{} × {}", c.qty, c.sku))
                    .collect();
                moved_text(
                    format!("{} cancelled ({})", r.po, units.join(", ")),
                    &r.moved,
                )
            });
        }
        PoCmd::Show { number } => {
            let po = shop.po(&number)?;
            out.print(&po, || {
                format!(
                    "{} from {} expected {}",
                    po.number, po.supplier, po.expected_on
                )
            });
        }
    }
    Ok(())
}
