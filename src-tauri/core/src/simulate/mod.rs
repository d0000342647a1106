//! The promise simulator (issue 20): a synthetic shop year run through the real engine on a
//! throwaway in-memory database, measuring how often the dates Stockroom tells customers are
//! kept, and how tight they are, against the naive "today + lead time" on the same year.
//!
//! Every change to the shop goes through the [`Stockroom`] use cases the CLI and the app call
//! (`place_order`, `receive_po`, `cancel_po`, `ship`, the reorder report and
//! `draft_po_from_suggestions`, the daily promise recompute); the clock is fixed to each
//! simulated day in turn, so the figures never depend on the day the command runs. The
//! measurements read the database at the end (the promises first and last told, the notices).
//!
//! The year: 90 days of trading before it (the suppliers' records the learned buffer needs, as a
//! shop that has used Stockroom for a while has them; not measured), then `days` measured days
//! of customer orders, then up to 120 days without new orders so the last backorders reach
//! their customers. See docs/simulator.md.

pub mod demand;
pub mod measure;
pub mod random;
pub mod suppliers;

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use crate::carriers::NewCarrier;
use crate::catalog::{BackorderPolicy, NewProduct};
use crate::customers::{NewCustomer, ShipPreference};
use crate::orders::{NewOrder, NewOrderLine};
use crate::purchasing::ReceiptLine;
use crate::reports::{ReportBody, ReportName, ReportRange};
use crate::settings::SettingsPatch;
use crate::shipping::ShipRequest;
use crate::{Clock, Error, Result, Stockroom};

use demand::Demand;
use measure::{Figures, LineOutcome};
use random::Rng;
use suppliers::{Behaviour, Carrier};

/// What to simulate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimOptions {
    /// Measured days of customer orders (1..=3650).
    pub days: i64,
    pub seed: i64,
    /// A shop profile of [`suppliers::PROFILES`].
    pub profile: String,
    /// How many SKUs the shop sells.
    pub skus: usize,
    /// The shop's "promises kept" setting (50..=100) the learned buffers aim at; `None`: the
    /// setting's default. Shows the trade-off between kept promises and padding.
    pub promises_kept: Option<i64>,
}

impl Default for SimOptions {
    fn default() -> Self {
        SimOptions {
            days: 365,
            seed: 1,
            profile: "mixed".into(),
            skus: 300,
            promises_kept: None,
        }
    }
}

/// The simulated year's figures. The keys of issue 20, plus what the run was.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SimReport {
    /// Stockroom's promises.
    #[serde(flatten)]
    pub stockroom: Figures,
    /// "Today + the supplier's lead time (+ handling + transit)" for the same lines.
    pub baseline: Figures,
    /// Stockroom's promises per supplier (the calibration of each supplier's buffer).
    pub by_supplier: BTreeMap<String, Figures>,
    /// Notices about dates (backordered, promise moved) per order with a measured line.
    pub notices_per_order: f64,
    /// Backordered lines of the measured days that had not reached their customer at the end.
    pub unfinished: i64,
    /// Customer orders placed on the measured days.
    pub orders: i64,
    pub days: i64,
    pub seed: i64,
    pub profile: String,
    pub skus: i64,
    /// The "promises kept" target the run's shop had.
    pub promises_kept_pct: i64,
}

/// The first measured day: fixed, so the figures never depend on when the command runs.
pub fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date")
}

/// Days of trading before the measured days (the suppliers' records), and after them at most.
pub const WARM_UP_DAYS: i64 = 90;
pub const DRAIN_DAYS: i64 = 120;
/// Handling days of the simulated shop.
const HANDLING: i64 = 1;
const CUSTOMERS: i64 = 150;

/// Checks the options: the CLI's bad arguments exit 2 with this message.
pub fn check(opts: &SimOptions) -> Result<()> {
    if !(1..=3650).contains(&opts.days) {
        return Err(Error::invalid(format!(
            "--days must be 1 to 3650 (got {})",
            opts.days
        )));
    }
    if opts.seed < 0 {
        return Err(Error::invalid(format!(
            "--seed must be 0 or more (got {})",
            opts.seed
        )));
    }
    if suppliers::profile(&opts.profile).is_none() {
        return Err(Error::invalid(format!(
            "unknown profile '{}' (known: {})",
            opts.profile,
            suppliers::PROFILES.join(", ")
        )));
    }
    if let Some(pct) = opts.promises_kept.filter(|p| !(50..=100).contains(p)) {
        return Err(Error::invalid(format!(
            "--promises-kept must be 50 to 100 (got {pct})"
        )));
    }
    if opts.skus == 0 {
        return Err(Error::invalid("the shop needs at least one SKU"));
    }
    Ok(())
}

fn plus(d: NaiveDate, n: i64) -> NaiveDate {
    d.checked_add_days(Days::new(n.max(0) as u64)).unwrap_or(d)
}

/// A SKU of the simulated shop.
struct Sku {
    code: String,
    supplier: usize,
    demand: Demand,
}

/// A backordered line being followed.
struct Followed {
    ordered: i64,
    shipped: i64,
    delivered: Option<NaiveDate>,
    /// The date told just before its last parcel left (shipping clears the stored promise).
    last_told: Option<NaiveDate>,
    supplier: &'static str,
    baseline: NaiveDate,
    measured: bool,
}

/// Runs the simulation on a new in-memory database (never a file: nothing of the shop's own
/// is read or written).
pub fn run(opts: &SimOptions) -> Result<SimReport> {
    check(opts)?;
    let (behaviours, carriers) = suppliers::profile(&opts.profile).expect("checked");
    let seed = opts.seed as u64;
    let start = first_day() - Days::new(WARM_UP_DAYS as u64);
    let order_days = WARM_UP_DAYS + opts.days;
    let mut sim = Sim {
        shop: Stockroom::open_in_memory()?.with_clock(Clock::Fixed(start)),
        behaviours,
        carriers,
        suppliers_rng: Rng::new(seed, random::SUPPLIERS),
        carriers_rng: Rng::new(seed, random::CARRIERS),
        arrivals: BTreeMap::new(),
        cancels: BTreeMap::new(),
        ship_due: BTreeMap::new(),
        pending_ship: HashMap::new(),
        order_carrier: HashMap::new(),
        followed: BTreeMap::new(),
    };
    let mut demand_rng = Rng::new(seed, random::DEMAND);
    let mut shop_rng = Rng::new(seed, random::SHOP);
    let skus = sim.set_up(opts, order_days, &mut demand_rng)?;
    let start_doy = start.ordinal0() as i64;
    let mut orders = 0;
    let last = order_days + DRAIN_DAYS;
    for i in 0..last {
        let day = plus(start, i);
        sim.shop.set_clock(Clock::Fixed(day));
        sim.shop.recompute_promises_once_a_day()?;
        sim.receive_and_cancel(day)?;
        if i < order_days {
            let measured = i >= WARM_UP_DAYS;
            for sku in &skus {
                let n = sku.demand.orders_on(&mut demand_rng, i, start_doy);
                for _ in 0..n {
                    sim.place(day, sku, &mut shop_rng, measured)?;
                    orders += i64::from(measured);
                }
            }
        }
        sim.reorder(day)?;
        sim.ship(day)?;
        if i >= order_days
            && sim
                .followed
                .values()
                .all(|f| !f.measured || f.delivered.is_some())
        {
            break;
        }
    }
    sim.report(opts, orders)
}

struct Sim {
    shop: Stockroom,
    behaviours: Vec<Behaviour>,
    carriers: Vec<Carrier>,
    suppliers_rng: Rng,
    carriers_rng: Rng,
    /// Parcels due: day → (PO, SKU, units).
    arrivals: BTreeMap<NaiveDate, Vec<(String, String, i64)>>,
    /// POs whose rest the supplier cancels on a day.
    cancels: BTreeMap<NaiveDate, Vec<String>>,
    /// Orders to ship on a day (allocated H days before).
    ship_due: BTreeMap<NaiveDate, Vec<String>>,
    /// Orders with allocations not shipped yet.
    pending_ship: HashMap<String, bool>,
    order_carrier: HashMap<String, usize>,
    /// Backordered lines by (order, SKU).
    followed: BTreeMap<(String, String), Followed>,
}

impl Sim {
    /// The shop: settings, carriers, customers and the SKUs with their suppliers.
    fn set_up(&mut self, opts: &SimOptions, days: i64, rng: &mut Rng) -> Result<Vec<Sku>> {
        let n = opts.skus;
        self.shop.update_settings(&SettingsPatch {
            store_name: Some("Simulated Shop".into()),
            handling_days: Some(HANDLING),
            promises_kept_pct: opts.promises_kept,
            ..Default::default()
        })?;
        for (i, c) in self.carriers.iter().enumerate() {
            self.shop.add_carrier(&NewCarrier {
                name: c.name.into(),
                transit_days: c.quoted_days,
                is_default: i == 0,
            })?;
        }
        for i in 0..CUSTOMERS {
            self.shop.add_customer(&NewCustomer {
                name: format!("Customer {:03}", i + 1),
                ships: ShipPreference::Partial,
                ..Default::default()
            })?;
        }
        let mut skus = Vec::with_capacity(n);
        for i in 0..n {
            let supplier = i % self.behaviours.len();
            let b = &self.behaviours[supplier];
            let demand = Demand::draw(rng, days + DRAIN_DAYS, 0.02, 0.4, 1.0 / 150.0);
            // Mean units a day: orders × 1.4 units an order.
            let daily = demand.base * 1.4;
            let reorder_point = (daily * (b.lead_days + 2) as f64).ceil() as i64;
            let safety_stock = (daily * 2.0).ceil() as i64;
            let reorder_qty = (daily * 21.0).ceil().max(2.0) as i64;
            let code = format!("SIM-{:04}", i + 1);
            self.shop.add_product(&NewProduct {
                sku: code.clone(),
                name: format!("Simulated item {}", i + 1),
                price: 1000 + 10 * i as i64,
                cost: 500,
                supplier: Some(b.name.into()),
                reorder_point,
                safety_stock,
                reorder_qty,
                lead_time_days: Some(b.lead_days),
                backorders: BackorderPolicy::Notify,
                on_hand: reorder_point + safety_stock + reorder_qty / 2,
                ..Default::default()
            })?;
            skus.push(Sku {
                code,
                supplier,
                demand,
            });
        }
        Ok(skus)
    }

    fn schedule_ship(&mut self, day: NaiveDate, order: &str) {
        self.pending_ship.insert(order.to_string(), true);
        self.ship_due
            .entry(plus(day, HANDLING))
            .or_default()
            .push(order.to_string());
    }

    /// One customer's order of one SKU.
    fn place(&mut self, day: NaiveDate, sku: &Sku, rng: &mut Rng, measured: bool) -> Result<()> {
        let customer = rng.between(1, CUSTOMERS);
        let qty = demand::units(rng);
        let shares: Vec<f64> = self.carriers.iter().map(|c| c.share).collect();
        let carrier = rng.pick(&shares);
        let o = self.shop.place_order(&NewOrder {
            customer_id: customer,
            lines: vec![NewOrderLine {
                sku: sku.code.clone(),
                qty,
                unit_price: None,
            }],
            carrier: Some(self.carriers[carrier].name.into()),
            ..Default::default()
        })?;
        self.order_carrier.insert(o.number.clone(), carrier);
        let line = &o.lines[0];
        if line.allocated > 0 {
            self.schedule_ship(day, &o.number);
        }
        if line.backordered > 0 {
            let b = &self.behaviours[sku.supplier];
            self.followed.insert(
                (o.number.clone(), sku.code.clone()),
                Followed {
                    ordered: qty,
                    shipped: 0,
                    delivered: None,
                    last_told: None,
                    supplier: b.name,
                    // The naive promise: today + lead time, + handling + the carrier's days.
                    baseline: plus(
                        day,
                        b.lead_days + HANDLING + self.carriers[carrier].quoted_days,
                    ),
                    measured,
                },
            );
        }
        Ok(())
    }

    /// The shop's own reorder suggestions become POs, one per supplier, as the reorder screen
    /// drafts them; each line's fate is drawn from its supplier's habits.
    fn reorder(&mut self, day: NaiveDate) -> Result<()> {
        let report = self
            .shop
            .report(&ReportName::Reorder, &ReportRange::new(None, None))?;
        let ReportBody::Reorder(r) = report.body else {
            return Err(Error::Other("the reorder report has another body".into()));
        };
        for g in r.suppliers.iter().filter(|g| g.has_supplier) {
            let po = self.shop.draft_po_from_suggestions(&g.supplier, None)?;
            let b = self
                .behaviours
                .iter()
                .find(|b| b.name == po.supplier)
                .ok_or_else(|| Error::Other(format!("no behaviour for {}", po.supplier).into()))?
                .clone();
            let mut cancel_on: Option<i64> = None;
            let mut last_parcel = 0;
            for l in &po.lines {
                let plan = b.plan(&mut self.suppliers_rng, l.ordered);
                for (late, units) in plan.parcels {
                    last_parcel = last_parcel.max(late);
                    self.arrivals
                        .entry(plus(po.expected_on, late))
                        .or_default()
                        .push((po.number.clone(), l.sku.clone(), units));
                }
                if let Some(c) = plan.cancelled_on {
                    cancel_on = Some(cancel_on.map_or(c, |x: i64| x.max(c)));
                }
            }
            if let Some(c) = cancel_on {
                // The PO's rest is cancelled once every parcel that does come has come.
                self.cancels
                    .entry(plus(po.expected_on, c.max(last_parcel)))
                    .or_default()
                    .push(po.number.clone());
            }
            let _ = day;
        }
        Ok(())
    }

    /// Today's parcels are received (the queue is filled), then the cancelled rests.
    fn receive_and_cancel(&mut self, day: NaiveDate) -> Result<()> {
        if let Some(parcels) = self.arrivals.remove(&day) {
            let mut by_po: BTreeMap<String, Vec<ReceiptLine>> = BTreeMap::new();
            for (po, sku, qty) in parcels {
                by_po.entry(po).or_default().push(ReceiptLine { sku, qty });
            }
            for (po, lines) in by_po {
                let r = self.shop.receive_po(&po, &lines)?;
                let mut orders: Vec<String> =
                    r.allocations.iter().map(|a| a.order.clone()).collect();
                orders.sort();
                orders.dedup();
                for o in orders {
                    self.schedule_ship(day, &o);
                }
            }
        }
        if let Some(pos) = self.cancels.remove(&day) {
            for po in pos {
                self.shop.cancel_po(&po)?;
            }
        }
        Ok(())
    }

    /// Orders whose units were allocated H days ago leave; each parcel travels its carrier's
    /// real days.
    fn ship(&mut self, day: NaiveDate) -> Result<()> {
        let Some(due) = self.ship_due.remove(&day) else {
            return Ok(());
        };
        for order in due {
            // Shipped already with an earlier allocation of the same order.
            if self.pending_ship.insert(order.clone(), false) != Some(true) {
                continue;
            }
            if self
                .followed
                .range((order.clone(), String::new())..)
                .next()
                .is_some_and(|(k, _)| k.0 == order)
            {
                // The date last told, read before shipping clears it.
                for l in self.shop.order(&order)?.lines {
                    if let Some(f) = self.followed.get_mut(&(order.clone(), l.sku.clone())) {
                        f.last_told = l.eta;
                    }
                }
            }
            let s = self.shop.ship(&order, &ShipRequest::default())?;
            let carrier = self.order_carrier.get(&order).copied().unwrap_or(0);
            let arrives = plus(day, self.carriers[carrier].transit(&mut self.carriers_rng));
            for l in &s.lines {
                if let Some(f) = self.followed.get_mut(&(order.clone(), l.sku.clone())) {
                    f.shipped += l.qty;
                    if f.shipped >= f.ordered {
                        f.delivered = Some(arrives);
                    }
                }
            }
        }
        Ok(())
    }

    /// The figures, from the followed lines and the database: the first and last promise of
    /// each line, and the notices.
    fn report(&self, opts: &SimOptions, orders: i64) -> Result<SimReport> {
        let conn = self.shop.conn();
        // The first promise is kept beside the current one (`first_eta`).
        let mut first_told: HashMap<(String, String), Option<NaiveDate>> = HashMap::new();
        for (o, s, first) in crate::orders::store::first_promises(conn)? {
            first_told.insert((o, s), first);
        }
        // Moves: each "promise moved" notice names the lines whose date moved.
        let mut moves: HashMap<(String, String), i64> = HashMap::new();
        let mut notices: HashMap<String, i64> = HashMap::new();
        for (o, kind, detail) in crate::notices::store::promise_notices(conn)? {
            *notices.entry(o.clone()).or_default() += 1;
            if kind == "promise_moved" {
                let lines: Vec<serde_json::Value> = serde_json::from_str(&detail).map_err(|e| {
                    Error::Other(format!("a notice's detail is not JSON: {e}").into())
                })?;
                for l in lines {
                    if let Some(sku) = l.get("sku").and_then(|s| s.as_str()) {
                        *moves.entry((o.clone(), sku.to_string())).or_default() += 1;
                    }
                }
            }
        }
        let mut ours = Vec::new();
        let mut per_supplier: BTreeMap<String, Vec<LineOutcome>> = BTreeMap::new();
        let mut naive = Vec::new();
        let mut unfinished = 0;
        let mut measured_orders: Vec<&String> = Vec::new();
        for (key, f) in self.followed.iter().filter(|(_, f)| f.measured) {
            let Some(delivered) = f.delivered else {
                unfinished += 1;
                continue;
            };
            let line = LineOutcome {
                first: first_told.get(key).copied().flatten(),
                last: f.last_told,
                delivered,
                moves: moves.get(key).copied().unwrap_or(0),
            };
            per_supplier
                .entry(f.supplier.to_string())
                .or_default()
                .push(line.clone());
            ours.push(line);
            naive.push(LineOutcome {
                first: Some(f.baseline),
                last: Some(f.baseline),
                delivered,
                moves: 0,
            });
            measured_orders.push(&key.0);
        }
        measured_orders.dedup();
        let told: i64 = measured_orders
            .iter()
            .map(|o| notices.get(*o).copied().unwrap_or(0))
            .sum();
        Ok(SimReport {
            stockroom: measure::figures(&ours),
            baseline: measure::figures(&naive),
            by_supplier: per_supplier
                .into_iter()
                .map(|(k, v)| (k, measure::figures(&v)))
                .collect(),
            notices_per_order: if measured_orders.is_empty() {
                0.0
            } else {
                (100.0 * told as f64 / measured_orders.len() as f64).round() / 100.0
            },
            unfinished,
            orders,
            days: opts.days,
            seed: opts.seed,
            profile: opts.profile.clone(),
            skus: opts.skus as i64,
            promises_kept_pct: self.shop.settings()?.promises_kept_pct,
        })
    }
}
