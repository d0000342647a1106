//! The engine step every use case ends with: after a change to a SKU's stock, queue or
//! purchase orders, *settle* it — give free stock to the queue (rule 3), take back what is no
//! longer there (rule 4), recompute promises (rule 7) and note what customers must be told.
//!
//! One [`Engine`] lives for one write transaction: it gathers fills, moved promises and
//! notices across the SKUs the use case touches, and writes one notice per order and kind at
//! the end, so a customer gets one "your dates moved" for an order, not one per line.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::db::conn::Conn;
use chrono::NaiveDate;

use super::model::{Allocation, PromiseMove};
use super::rules;
use super::store::{self, PromiseLine};
use crate::catalog::store::ProductRow;
use crate::notices::model::{NoticeKind, NoticeLine};
use crate::{Clock, Result};

/// The first statement of every write that settles queues, on a shop server (issue 19): such
/// writes take turns, as on SQLite. Every one of them reads a SKU's queue, its open supply and
/// the ledger, and writes the same few hot rows, so under SERIALIZABLE alone two tills at once
/// nearly always conflict and a busy till could lose every retry; waiting for the lock costs
/// far less. It must come before the transaction's first read: a SERIALIZABLE transaction's
/// snapshot is taken by its first query, and LOCK is not a query, so after the wait the
/// snapshot sees the write the lock waited for. Reads (the screens, other tills' lists) are not
/// blocked (SHARE ROW EXCLUSIVE conflicts only with writes to `products` and with itself).
/// Nothing to do on SQLite, whose IMMEDIATE transaction already holds the one write lock.
pub fn take_turns_in_tx(tx: &crate::db::Tx<'_>) -> Result<()> {
    match tx.engine() {
        crate::db::conn::Engine::Sqlite => Ok(()),
        crate::db::conn::Engine::Postgres => {
            tx.batch("LOCK TABLE products IN SHARE ROW EXCLUSIVE MODE")
        }
    }
}

/// What a use case did to the queue, for its caller to report.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub fills: Vec<Allocation>,
    pub taken_back: Vec<Allocation>,
    pub moves: Vec<PromiseMove>,
}

pub struct Engine {
    pub today: NaiveDate,
    now: String,
    pub handling_days: i64,
    pub default_transit: i64,
    /// The suppliers' learned buffers (issue 20), read once per use case, when a promise
    /// first needs them (placing an order in stock never does: one round trip less on a
    /// shop server, issue 19).
    learned: Option<crate::reliability::inputs::Learned>,
    out: Outcome,
    notices: BTreeMap<(i64, NoticeKind), Vec<NoticeLine>>,
    /// Lines whose promise is given for the first time in this use case (a new order, units
    /// just put back on backorder): they get a "backordered" notice, not a "moved" one.
    fresh: HashSet<i64>,
}

impl Engine {
    pub fn load<'cx>(conn: impl Into<Conn<'cx>>, clock: Clock) -> Result<Engine> {
        let conn = conn.into();
        let (handling_days, default_transit) = store::shop_days(conn)?;
        Ok(Engine {
            today: clock.today(),
            now: crate::json::time_text(clock.now()),
            handling_days,
            default_transit,
            learned: None,
            out: Outcome::default(),
            notices: BTreeMap::new(),
            fresh: HashSet::new(),
        })
    }

    /// The learned buffers, read on first use.
    fn learned(&mut self, conn: Conn<'_>) -> Result<&mut crate::reliability::inputs::Learned> {
        if self.learned.is_none() {
            self.learned = Some(crate::reliability::inputs::Learned::load(conn, self.today)?);
        }
        Ok(self.learned.as_mut().expect("loaded above"))
    }

    /// Marks lines whose first promise this use case gives (no "moved" notice for them).
    pub fn mark_fresh(&mut self, line_id: i64) {
        self.fresh.insert(line_id);
    }

    /// Queues a notice line for an order; written by [`Engine::finish_in_tx`].
    pub fn notice(&mut self, order_id: i64, kind: NoticeKind, line: NoticeLine) {
        self.notices.entry((order_id, kind)).or_default().push(line);
    }

    /// Brings one SKU back to the invariants after a change: rules 3, 4 and 7.
    /// `touched` are lines the use case changed that may have left the queue.
    pub fn settle_in_tx<'cx>(
        &mut self,
        conn: impl Into<Conn<'cx>>,
        product_id: i64,
        touched: &[i64],
        reference: &str,
    ) -> Result<()> {
        let conn = conn.into();
        let p = crate::catalog::store::by_id(conn, product_id)?;
        let allocated = crate::catalog::store::allocated(conn, product_id)?;
        let mut touched = touched.to_vec();
        let mut rebacked: Vec<(i64, i64)> = Vec::new();
        // Lines whose new promise is already stored: (the line after the change, its promise).
        let mut settled: HashMap<i64, (PromiseLine, Option<NaiveDate>)> = HashMap::new();
        let available = crate::catalog::rules::available(p.on_hand, allocated);
        if available < 0 {
            // Rule 4: stock was lost; the lines last in queue order give their units back.
            let need = -available;
            let lines = store::allocated_from_the_back(conn, product_id, need)?;
            let held: Vec<i64> = lines.iter().map(|l| l.backordered).collect();
            for (line, take) in lines.iter().zip(rules::take_back(need, &held)) {
                if take > 0 {
                    store::take_back_in_tx(conn, line.id, take)?;
                    self.out.taken_back.push(Allocation {
                        order: line.order.clone(),
                        sku: p.sku.clone(),
                        qty: take,
                    });
                    rebacked.push((line.id, take));
                    self.fresh.insert(line.id);
                }
            }
        } else if available > 0 {
            // Rule 3: free stock never sits idle while anyone waits.
            let free = available;
            let head = store::queue_head_for_fill(conn, product_id, free, self.default_transit)?;
            let waiting: Vec<i64> = head.iter().map(|l| l.backordered).collect();
            let mut filler = store::Filler::new(conn, product_id, self.today, reference)?;
            for (mut line, qty) in head.into_iter().zip(rules::fill_down_queue(free, &waiting)) {
                if qty == 0 {
                    break; // the free units ran out: the rest of the head gets nothing
                }
                self.out.fills.push(Allocation {
                    order: line.order.clone(),
                    sku: p.sku.clone(),
                    qty,
                });
                touched.push(line.id);
                if qty < line.backordered {
                    // Still waiting: the queue walk below gives its promise.
                    filler.fill(line.id, qty, None)?;
                    continue;
                }
                // Filled in full, the line leaves the queue; its promise (rule 7) is now the
                // ready date, written with the fill rather than read back and updated again.
                let eta = rules::line_promise(
                    line.allocated + qty,
                    0,
                    None,
                    self.today,
                    self.handling_days,
                    line.transit,
                );
                filler.fill(line.id, qty, (eta != line.eta).then_some(eta))?;
                line.allocated += qty;
                line.backordered = 0;
                settled.insert(line.id, (line, eta));
            }
            filler.finish()?;
        }
        self.refresh_settled_in_tx(conn, &p, &touched, &settled)?;
        for (line_id, qty) in rebacked {
            if crate::notices::rules::tells_customer(p.backorders) {
                let l = store::promise_line_by_id(conn, line_id, self.default_transit)?;
                self.notice(
                    l.order_id,
                    NoticeKind::Backordered,
                    NoticeLine {
                        sku: p.sku.clone(),
                        qty,
                        old_eta: None,
                        eta: l.eta,
                    },
                );
            }
        }
        Ok(())
    }

    /// Rule 7 over a SKU's whole queue (one pass over the queue and the open PO lines), plus
    /// the `touched` lines outside it. Only promises that changed are written.
    pub fn refresh_in_tx<'cx>(
        &mut self,
        conn: impl Into<Conn<'cx>>,
        p: &ProductRow,
        touched: &[i64],
    ) -> Result<()> {
        let conn = conn.into();
        self.refresh_settled_in_tx(conn, p, touched, &HashMap::new())
    }

    /// [`Engine::refresh_in_tx`] where the `settled` lines' new promises are already stored:
    /// they are only reported (moves and notices, in the same order as any other touched line).
    fn refresh_settled_in_tx<'cx>(
        &mut self,
        conn: impl Into<Conn<'cx>>,
        p: &ProductRow,
        touched: &[i64],
        settled: &HashMap<i64, (PromiseLine, Option<NaiveDate>)>,
    ) -> Result<()> {
        let conn = conn.into();
        let queue = store::queue_for_promises(conn, p.id, self.default_transit)?;
        let inputs = crate::reliability::inputs::promise_inputs(conn, self.learned(conn)?, p)?;
        let waiting: Vec<i64> = queue.iter().map(|l| l.backordered).collect();
        let covers = rules::cover_dates(0, &waiting, &inputs.supply());
        let in_queue: HashSet<i64> = queue.iter().map(|l| l.id).collect();
        let mut set_eta = store::EtaWriter::new(conn)?;
        let mut need = 0;
        for (line, cover) in queue.iter().zip(covers) {
            need += line.backordered;
            let eta = rules::waiting_promise(
                cover,
                self.today,
                inputs.lead_time_for(need),
                self.handling_days,
                line.transit,
            );
            if line.eta != eta {
                set_eta.set(line.id, eta)?;
                self.report_move(p, line, eta);
            }
        }
        let mut seen = HashSet::new();
        for id in touched {
            if in_queue.contains(id) || !seen.insert(*id) {
                continue;
            }
            if let Some((line, eta)) = settled.get(id) {
                if line.eta != *eta {
                    self.report_move(p, line, *eta);
                }
                continue;
            }
            let line = store::promise_line_by_id(conn, *id, self.default_transit)?;
            if line.backordered > 0 {
                // Waiting, yet not in this SKU's queue: a line of another SKU; its own
                // settle gives its promise.
                continue;
            }
            let eta = rules::line_promise(
                line.allocated,
                line.backordered,
                None,
                self.today,
                self.handling_days,
                line.transit,
            );
            if line.eta != eta {
                set_eta.set(line.id, eta)?;
                self.report_move(p, &line, eta);
            }
        }
        Ok(())
    }

    /// The promise of one new line placed at the end of its queue: only its own walk, with the
    /// units of every line ahead of it (the others' promises cannot change).
    pub fn promise_tail_line_in_tx<'cx>(
        &mut self,
        conn: impl Into<Conn<'cx>>,
        p: &ProductRow,
        line_id: i64,
    ) -> Result<()> {
        let conn = conn.into();
        let line = store::promise_line_by_id(conn, line_id, self.default_transit)?;
        let eta = if line.backordered > 0 {
            let ahead = store::waiting_units(conn, p.id)? - line.backordered;
            let inputs = crate::reliability::inputs::promise_inputs(conn, self.learned(conn)?, p)?;
            let cover = rules::cover_dates(ahead, &[line.backordered], &inputs.supply())[0];
            rules::waiting_promise(
                cover,
                self.today,
                inputs.lead_time_for(ahead + line.backordered),
                self.handling_days,
                line.transit,
            )
        } else {
            rules::line_promise(
                line.allocated,
                0,
                None,
                self.today,
                self.handling_days,
                line.transit,
            )
        };
        self.apply_in_tx(conn, p, &line, eta)
    }

    fn apply_in_tx<'cx>(
        &mut self,
        conn: impl Into<Conn<'cx>>,
        p: &ProductRow,
        line: &PromiseLine,
        eta: Option<NaiveDate>,
    ) -> Result<()> {
        let conn = conn.into();
        if line.eta == eta {
            return Ok(());
        }
        store::set_eta_in_tx(conn, line.id, eta)?;
        self.report_move(p, line, eta);
        Ok(())
    }

    /// Records that `line`'s promise moved to `eta` (already stored): a move for the caller and
    /// a notice for the customer — unless the promise is the line's first, or nothing of the
    /// line is left to ship.
    fn report_move(&mut self, p: &ProductRow, line: &PromiseLine, eta: Option<NaiveDate>) {
        let units = line.allocated + line.backordered;
        if self.fresh.contains(&line.id) || units == 0 {
            return;
        }
        self.out.moves.push(PromiseMove {
            order: line.order.clone(),
            sku: p.sku.clone(),
            old_eta: line.eta,
            new_eta: eta,
        });
        if crate::notices::rules::tells_customer(p.backorders) {
            self.notice(
                line.order_id,
                NoticeKind::PromiseMoved,
                NoticeLine {
                    sku: p.sku.clone(),
                    qty: crate::notices::rules::units_told(line.allocated, line.backordered),
                    old_eta: line.eta,
                    eta,
                },
            );
        }
    }

    /// Writes the gathered notices (one per order and kind) and hands back what happened.
    pub fn finish_in_tx<'cx>(self, conn: impl Into<Conn<'cx>>) -> Result<Outcome> {
        let conn = conn.into();
        crate::notices::store::insert_many_in_tx(
            conn,
            self.today,
            &self.now,
            self.notices
                .iter()
                .map(|((order_id, kind), lines)| (*order_id, *kind, lines.as_slice())),
        )?;
        Ok(self.out)
    }
}
