//! Large demo shops for scale work (issue 8): `stockroom init --demo --scale medium|large`.
//!
//! Placing a million order lines through the facade, one use case at a time, would take hours.
//! Instead the whole history is decided in memory first — which lines shipped, which hold
//! stock, which wait — in a way that satisfies the engine's invariants *by construction*, and
//! then written with prepared statements in one transaction. The engine itself then gives the
//! waiting lines their promises ([`Engine::refresh_in_tx`]), so every ETA is exactly what the
//! engine would compute. `tests/scale_demo.rs` checks the invariants with SQL.
//!
//! How the invariants hold:
//! - per SKU, the lines are taken in queue order (priority, then time, then id); the last `k`
//!   of them wait, everything before them is shipped (old) or allocated (the last few days).
//!   So no allocation sits behind a waiting line, and a SKU with waiting lines gets on-hand =
//!   Σ allocated exactly (available 0: free stock never idles while someone waits);
//! - the ledger of a SKU is built backwards from the on-hand it must end with: each shipment
//!   adds its units going back in time, each historic receipt is capped by what was on hand
//!   after it, and what is left at the start is the opening balance. So Σ ledger = on_hand and
//!   the running balance never dips below zero;
//! - every shipped unit has a shipment line and a `shipped` movement with the parcel's number.
//!
//! Everything is drawn from a seeded SplitMix64 and dated relative to "today" (the clock), so
//! the same seed and the same `--today` give the same database, byte for byte in content.

use std::time::Instant;

use chrono::Days;
use rusqlite::{params, Connection};
use serde::Serialize;

use crate::backorders::engine::Engine;
use crate::{Clock, Error, Result, Stockroom};

/// How big a generated shop is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ScaleSpec {
    pub products: usize,
    pub customers: usize,
    pub order_lines: usize,
    /// Open backorder lines (lines with units waiting) at the end.
    pub waiting_lines: usize,
    pub purchase_orders: usize,
    /// How far back the order history goes.
    pub history_days: i64,
    pub seed: u64,
}

impl ScaleSpec {
    /// The large shop of issue 8.
    pub const LARGE: ScaleSpec = ScaleSpec {
        products: 100_000,
        customers: 50_000,
        order_lines: 1_000_000,
        waiting_lines: 20_000,
        purchase_orders: 5_000,
        history_days: 3 * 365,
        seed: 0x5354_4B52,
    };

    /// The large shop divided by `divisor` (medium = 10; tests use 100 or more).
    pub fn fraction_of_large(divisor: usize) -> ScaleSpec {
        let d = divisor.max(1);
        let l = ScaleSpec::LARGE;
        ScaleSpec {
            products: (l.products / d).max(10),
            customers: (l.customers / d).max(5),
            order_lines: (l.order_lines / d).max(50),
            waiting_lines: (l.waiting_lines / d).max(2),
            purchase_orders: (l.purchase_orders / d).max(4),
            ..l
        }
    }
}

/// `--scale`: `small` is the hand-made demo shop ([`Stockroom::load_demo_if_empty`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Small,
    Medium,
    Large,
    Custom(ScaleSpec),
}

impl Scale {
    pub fn parse(s: &str) -> Result<Scale> {
        match s.trim().to_ascii_lowercase().as_str() {
            "small" => Ok(Scale::Small),
            "medium" => Ok(Scale::Medium),
            "large" => Ok(Scale::Large),
            other => Err(Error::invalid(format!(
                "unknown scale '{other}' (expected small, medium or large)"
            ))),
        }
    }

    /// The generated size; `None` for the small, hand-made demo.
    pub fn spec(self) -> Option<ScaleSpec> {
        match self {
            Scale::Small => None,
            Scale::Medium => Some(ScaleSpec::fraction_of_large(10)),
            Scale::Large => Some(ScaleSpec::LARGE),
            Scale::Custom(s) => Some(s),
        }
    }
}

/// What was generated (printed by the CLI).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ScaleSummary {
    pub products: usize,
    pub customers: usize,
    pub orders: usize,
    pub order_lines: usize,
    pub waiting_lines: usize,
    pub purchase_orders: usize,
    pub shipments: usize,
    pub movements: usize,
    pub millis: u128,
}

impl Stockroom {
    /// Generates the shop `spec` into an empty database (see the module doc). Returns `None`
    /// (and changes nothing) when the database already holds products, customers or orders.
    pub fn load_scaled_demo_if_empty(&mut self, spec: &ScaleSpec) -> Result<Option<ScaleSummary>> {
        let started = Instant::now();
        let has_data: bool = self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM products) OR EXISTS (SELECT 1 FROM customers)
                 OR EXISTS (SELECT 1 FROM orders) OR EXISTS (SELECT 1 FROM suppliers)
                 OR EXISTS (SELECT 1 FROM carriers)",
            [],
            |r| r.get(0),
        )?;
        if has_data {
            return Ok(None);
        }
        // A bigger page cache for the bulk insert (the indexes of a million rows do not fit
        // in the default 2 MB); put back afterwards.
        let cache: i64 = self
            .conn()
            .query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        self.conn().pragma_update(None, "cache_size", -262_144)?;
        let out = self.write(|tx, clock| generate_in_tx(tx, clock, spec));
        self.conn().pragma_update(None, "cache_size", cache)?;
        let mut summary = out?;
        summary.millis = started.elapsed().as_millis();
        Ok(Some(summary))
    }
}

/// SplitMix64: tiny, fast, and the same on every platform (no dependency, no float state).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// Inclusive range.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % ((hi - lo).max(0) as u64 + 1)) as i64
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

const CATEGORIES: &[(&str, &str, &[&str])] = &[
    (
        "Hardware",
        "HW",
        &[
            "Hinge",
            "Bracket",
            "Hook",
            "Latch",
            "Screw set",
            "Bolt set",
            "Handle",
        ],
    ),
    (
        "Garden",
        "GD",
        &[
            "Trowel",
            "Hose",
            "Planter",
            "Rake",
            "Shears",
            "Watering can",
        ],
    ),
    (
        "Kitchen",
        "KT",
        &["Whisk", "Ladle", "Kettle", "Colander", "Grater", "Skillet"],
    ),
    (
        "Lighting",
        "LT",
        &["Bulb", "Lamp", "Lantern", "Spotlight", "Strip light"],
    ),
    (
        "Paint",
        "PT",
        &["Brush", "Roller", "Primer", "Varnish", "Tray"],
    ),
    (
        "Tools",
        "TL",
        &[
            "Hammer",
            "Chisel",
            "Saw",
            "Spanner",
            "Pliers",
            "Spirit level",
        ],
    ),
    (
        "Plumbing",
        "PL",
        &["Tap", "Valve", "Trap", "Pipe clip", "Washer set"],
    ),
    (
        "Electrical",
        "EL",
        &["Socket", "Switch", "Cable reel", "Plug", "Fuse set"],
    ),
    (
        "Cleaning",
        "CL",
        &["Mop", "Bucket", "Broom", "Sponge pack", "Squeegee"],
    ),
    (
        "Storage",
        "ST",
        &["Crate", "Shelf", "Box", "Hook rail", "Basket"],
    ),
];
const MATERIALS: &[&str] = &[
    "Brass",
    "Steel",
    "Oak",
    "Copper",
    "Matte black",
    "Galvanised",
    "Ceramic",
    "Enamel",
    "Bamboo",
    "Cast iron",
    "Chrome",
    "Walnut",
    "Linen",
    "Stoneware",
    "Zinc",
    "Rubber",
    "Birch",
    "Slate",
];
const SIZES: &[&str] = &[
    "25 mm",
    "40 mm",
    "60 mm",
    "100 mm",
    "small",
    "medium",
    "large",
    "1 L",
    "5 L",
    "pack of 10",
    "pack of 50",
    "XL",
];
const SUPPLIER_A: &[&str] = &[
    "Northwind",
    "Baltic",
    "Acme",
    "Harbour",
    "Meridian",
    "Alpine",
    "Coastal",
    "Summit",
    "Pioneer",
    "Evergreen",
    "Granite",
    "Kestrel",
    "Lindqvist",
    "Oriel",
    "Redwood",
    "Saxon",
    "Tamar",
    "Vale",
    "Westbrook",
    "Yarrow",
];
const SUPPLIER_B: &[&str] = &[
    "Trading",
    "Supply Co.",
    "Wholesale",
    "Imports",
    "Industries",
    "& Sons",
    "GmbH",
    "Ltd",
    "Distribution",
    "Works",
];
const FIRST: &[&str] = &[
    "Anna",
    "Ben",
    "Chloé",
    "David",
    "Elena",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kofi",
    "Lena",
    "Marek",
    "Nora",
    "Oskar",
    "Priya",
    "Quentin",
    "Rosa",
    "Sven",
    "Tomás",
    "Una",
    "Viktor",
    "Wen",
    "Yusuf",
    "Zoë",
    "Ελένη",
    "Олена",
    "Søren",
    "Łukasz",
    "Aoife",
];
const LAST: &[&str] = &[
    "Müller",
    "Smith",
    "García",
    "Novak",
    "Okafor",
    "Rossi",
    "Dubois",
    "Jansen",
    "Kowalski",
    "Nielsen",
    "O'Brien",
    "Papadopoulou",
    "Коваленко",
    "Silva",
    "Tanaka",
    "Weber",
    "Yilmaz",
    "Andersson",
    "Brennan",
    "Costa",
];
const STREETS: &[&str] = &[
    "High Street",
    "Mill Lane",
    "Station Road",
    "Church Street",
    "Harbour Way",
    "Kingsway",
    "Rue des Fleurs",
    "Hauptstraße",
    "Via Roma",
    "Οδός Ερμού",
];
const CITIES: &[&str] = &[
    "Bristol",
    "Leeds",
    "Cork",
    "Lyon",
    "Leipzig",
    "Turin",
    "Utrecht",
    "Aarhus",
    "Gdańsk",
    "Θεσσαλονίκη",
];
/// (name, transit days); the first is the default carrier.
const CARRIERS: &[(&str, i64)] = &[("Royal Post", 3), ("Express Courier", 1), ("Freight", 5)];
const HANDLING_DAYS: i64 = 1;
/// Orders placed in the last days are allocated but not yet shipped.
const RECENT_DAYS: i64 = 3;
/// Waiting lines are at most this old.
const WAITING_MAX_AGE: i64 = 120;

struct Product {
    category: usize,
    supplier: usize,
    price: i64,
    cost: i64,
    lead: Option<i64>,
    policy: &'static str,
    /// Final on-hand the ledger must add up to.
    target: i64,
    waiting: bool,
}

struct Order {
    customer: usize,
    /// Seconds since the start of the history.
    placed: i64,
    priority: i64,
    carrier: Option<usize>,
    incentive: bool,
}

#[derive(Clone, Default)]
struct Line {
    order: u32,
    line_no: u8,
    product: u32,
    qty: i64,
    alloc: i64,
    shipped: i64,
    back: i64,
    cancelled: i64,
    init_back: i64,
    /// Day (since the start) the shipped units left; -1: nothing shipped.
    ship_day: i64,
    /// Day the initially backordered units were filled; -1: none.
    fill_day: i64,
}

struct PoPlan {
    supplier: usize,
    created: i64,
    expected: i64,
    /// (product, ordered, received)
    lines: Vec<(usize, i64, i64)>,
}

/// Offsets of a compressed index: the items of key `k` are `items[start[k]..start[k + 1]]`.
fn group_by(n_keys: usize, keys: impl Iterator<Item = usize> + Clone) -> (Vec<usize>, Vec<u32>) {
    let mut start = vec![0usize; n_keys + 1];
    for k in keys.clone() {
        start[k + 1] += 1;
    }
    for k in 0..n_keys {
        start[k + 1] += start[k];
    }
    let mut fill = start.clone();
    let mut items = vec![0u32; start[n_keys]];
    for (i, k) in keys.enumerate() {
        items[fill[k]] = i as u32;
        fill[k] += 1;
    }
    (start, items)
}

fn shuffled(n: usize, rng: &mut Rng) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        v.swap(i, rng.below(i + 1));
    }
    v
}

/// Builds the whole shop inside the caller's transaction. The database must be empty.
pub fn generate_in_tx(conn: &Connection, clock: Clock, spec: &ScaleSpec) -> Result<ScaleSummary> {
    let today = clock.today();
    let span = spec.history_days.max(30);
    let start = today
        .checked_sub_days(Days::new(span as u64))
        .ok_or_else(|| Error::invalid("history too long"))?;
    let today_day = span;
    // Day texts are formatted once; times are day text + clock time.
    let days: Vec<String> = (0..=span + 120)
        .map(|d| {
            (start + Days::new(d as u64))
                .format(crate::clock::DATE_FORMAT)
                .to_string()
        })
        .collect();
    let day = |d: i64| -> &str { &days[d.clamp(0, span + 120) as usize] };
    let mut rng = Rng(spec.seed);
    let n_products = spec.products.max(1);
    let n_customers = spec.customers.max(1);
    let n_suppliers = (n_products / 500).clamp(5, 400);

    // --- Products -------------------------------------------------------------------------
    let mut products: Vec<Product> = (0..n_products)
        .map(|_| {
            let price = rng.range(2, 400) * 50 - 1;
            let policy = match rng.below(100) {
                0..=3 => "refuse",
                4..=9 => "allow",
                _ => "notify",
            };
            Product {
                category: rng.below(CATEGORIES.len()),
                supplier: rng.below(n_suppliers),
                price,
                cost: price * rng.range(40, 70) / 100,
                lead: if rng.chance(0.07) {
                    None
                } else {
                    Some(rng.range(5, 45))
                },
                policy,
                target: 0,
                waiting: false,
            }
        })
        .collect();
    // Popular products are spread over the catalogue, not the first ids.
    let popularity = shuffled(n_products, &mut rng);

    // --- Orders and their lines -----------------------------------------------------------
    let mut sizes: Vec<u8> = Vec::new();
    let mut total = 0usize;
    while total < spec.order_lines {
        let n = match rng.below(100) {
            0..=39 => 1,
            40..=64 => 2,
            65..=79 => 3,
            80..=91 => 4,
            _ => 5,
        }
        .min(spec.order_lines - total)
        .min(n_products);
        sizes.push(n as u8);
        total += n;
    }
    let n_orders = sizes.len();
    // Orders are spread evenly over the history up to today 17:00, strictly in id order.
    let span_secs = span * 86_400 + 17 * 3_600;
    let step = (span_secs / n_orders as i64).max(1);
    let mut orders: Vec<Order> = Vec::with_capacity(n_orders);
    let mut lines: Vec<Line> = Vec::with_capacity(total);
    for (i, size) in sizes.iter().enumerate() {
        let placed =
            (i as i64 * span_secs / n_orders as i64 + rng.range(0, step - 1)).min(span_secs);
        let recent = placed / 86_400 >= today_day - 30;
        orders.push(Order {
            // Some customers buy far more often than others.
            customer: ((rng.unit().powf(1.5)) * n_customers as f64) as usize % n_customers,
            placed,
            priority: if recent && rng.chance(0.01) { 1 } else { 0 },
            carrier: match rng.below(100) {
                0..=84 => None,
                85..=94 => Some(1),
                _ => Some(2),
            },
            incentive: rng.chance(0.3),
        });
        let first = lines.len();
        for no in 0..*size {
            let mut product;
            let mut tries = 0;
            loop {
                let u = rng.unit();
                product = popularity[((u * u) * n_products as f64) as usize % n_products];
                tries += 1;
                if tries > 8 || !lines[first..].iter().any(|l| l.product as usize == product) {
                    break;
                }
            }
            let qty = match rng.below(100) {
                0..=59 => 1,
                60..=84 => 2,
                _ => rng.range(3, 6),
            };
            lines.push(Line {
                order: i as u32,
                line_no: no + 1,
                product: product as u32,
                qty,
                ship_day: -1,
                fill_day: -1,
                ..Line::default()
            });
        }
    }

    // --- Line states, SKU by SKU in queue order ------------------------------------------
    let (pstart, pitems) = group_by(n_products, lines.iter().map(|l| l.product as usize));
    let mut queue: Vec<u32> = pitems.clone();
    for p in 0..n_products {
        // Rule 2: priority (higher first), then time, then line id. Lines are created in time
        // order, so a stable sort on priority alone gives the queue order.
        queue[pstart[p]..pstart[p + 1]]
            .sort_by_key(|&li| -orders[lines[li as usize].order as usize].priority);
    }
    let placed_day =
        |lines: &Vec<Line>, li: u32| orders[lines[li as usize].order as usize].placed / 86_400;
    // Which SKUs have waiting lines, and how many: the tail of their queue.
    let mut waiting_of = vec![0usize; n_products];
    let mut left = spec.waiting_lines;
    for &p in &shuffled(n_products, &mut rng) {
        if left == 0 {
            break;
        }
        if products[p].policy == "refuse" {
            continue;
        }
        let q = &queue[pstart[p]..pstart[p + 1]];
        let tail = q
            .iter()
            .rev()
            .take_while(|&&li| placed_day(&lines, li) >= today_day - WAITING_MAX_AGE)
            .count();
        let want = if rng.chance(0.02) {
            rng.range(50, 300)
        } else {
            rng.range(1, 6)
        } as usize;
        let k = tail.min(want).min(left);
        if k > 0 {
            waiting_of[p] = k;
            products[p].waiting = true;
            left -= k;
        }
    }
    for p in 0..n_products {
        let q = &queue[pstart[p]..pstart[p + 1]];
        let m = q.len();
        let k = waiting_of[p];
        let mut allocated = 0;
        for (pos, &li) in q.iter().enumerate() {
            let d = placed_day(&lines, li);
            let refuse = products[p].policy == "refuse";
            let l = &mut lines[li as usize];
            if pos + k >= m {
                // Waiting. The head of the waiting part may hold a few units already.
                if pos + k == m && l.qty >= 2 && rng.chance(0.4) {
                    l.alloc = rng.range(1, l.qty - 1);
                }
                l.back = l.qty - l.alloc;
                l.init_back = l.back;
            } else if d >= today_day - RECENT_DAYS {
                l.alloc = l.qty;
            } else {
                if rng.chance(0.02) {
                    l.cancelled = 1;
                }
                l.shipped = l.qty - l.cancelled;
                if l.shipped > 0 {
                    if !refuse && d < today_day - 60 && rng.chance(0.07) {
                        // Waited for a receipt, was filled, then shipped in its own parcel.
                        l.init_back = l.shipped;
                        l.fill_day = d + rng.range(3, 35);
                        l.ship_day = l.fill_day + 1;
                    } else {
                        l.ship_day = d + rng.range(1, RECENT_DAYS);
                    }
                }
            }
            allocated += l.alloc;
        }
        products[p].target = allocated
            + if products[p].waiting || rng.chance(0.1) {
                0
            } else {
                rng.range(1, 60)
            };
    }

    // --- Purchase orders ------------------------------------------------------------------
    let (sstart, sitems) = group_by(n_suppliers, products.iter().map(|p| p.supplier));
    let mut pos: Vec<PoPlan> = Vec::new();
    // Open POs first: most waiting SKUs have units on order (some only part of what waits,
    // so promises split between a PO date and the lead time).
    let mut on_order: Vec<(usize, usize, i64)> = Vec::new(); // (supplier, product, qty)
    for p in 0..n_products {
        if products[p].waiting && rng.chance(0.75) {
            let waiting: i64 = queue[pstart[p]..pstart[p + 1]]
                .iter()
                .map(|&li| lines[li as usize].back)
                .sum();
            let qty = if rng.chance(0.25) {
                (waiting / 2).max(1)
            } else {
                waiting + rng.range(0, 20)
            };
            on_order.push((products[p].supplier, p, qty));
        }
    }
    on_order.sort();
    let open_target = (spec.purchase_orders / 5).max(1);
    let mut i = 0;
    while i < on_order.len() {
        let s = on_order[i].0;
        let mut plan = PoPlan {
            supplier: s,
            created: 0,
            expected: 0,
            lines: Vec::new(),
        };
        while i < on_order.len() && on_order[i].0 == s && plan.lines.len() < 6 {
            plan.lines.push((on_order[i].1, on_order[i].2, 0));
            i += 1;
        }
        pos.push(plan);
    }
    while pos.len() < open_target {
        let s = rng.below(n_suppliers);
        let mine = &sitems[sstart[s]..sstart[s + 1]];
        if mine.is_empty() {
            continue;
        }
        let mut plan = PoPlan {
            supplier: s,
            created: 0,
            expected: 0,
            lines: Vec::new(),
        };
        for _ in 0..rng.range(1, 6) {
            let p = *rng.pick(mine) as usize;
            if !plan.lines.iter().any(|l| l.0 == p) {
                plan.lines.push((p, rng.range(10, 80), 0));
            }
        }
        pos.push(plan);
    }
    for plan in &mut pos {
        plan.expected = if rng.chance(0.1) {
            today_day - rng.range(1, 10) // overdue
        } else {
            today_day + rng.range(2, 45)
        };
        plan.created = (plan.expected - rng.range(10, 30)).clamp(0, today_day);
    }
    // Historic POs, received in full on their expected date.
    let n_historic = spec.purchase_orders.saturating_sub(pos.len());
    let mut historic: Vec<PoPlan> = (0..n_historic)
        .map(|_| {
            let s = rng.below(n_suppliers);
            let created = rng.range(0, today_day - 20);
            let expected = (created + rng.range(5, 30)).min(today_day - 1);
            let mine = &sitems[sstart[s]..sstart[s + 1]];
            let mut plan = PoPlan {
                supplier: s,
                created,
                expected,
                lines: Vec::new(),
            };
            for _ in 0..rng.range(3, 15) {
                if mine.is_empty() {
                    break;
                }
                let p = *rng.pick(mine) as usize;
                if !plan.lines.iter().any(|l| l.0 == p) {
                    plan.lines.push((p, rng.range(5, 60), 0));
                }
            }
            plan
        })
        .collect();
    historic.sort_by_key(|p| (p.created, p.expected));

    // --- The ledger, built backwards from each SKU's final on-hand ------------------------
    // Events per product: (day, kind 0 = receipt / 1 = shipment, index, qty). A receipt is
    // booked before a shipment of the same day.
    let mut events: Vec<(u32, i64, u8, u32, i64)> = Vec::with_capacity(total + 16 * n_historic);
    for (hi, plan) in historic.iter().enumerate() {
        for (k, l) in plan.lines.iter().enumerate() {
            events.push((l.0 as u32, plan.expected, 0, (hi * 16 + k) as u32, l.1));
        }
    }
    for (li, l) in lines.iter().enumerate() {
        if l.shipped > 0 {
            events.push((l.product, l.ship_day, 1, li as u32, l.shipped));
        }
    }
    events.sort_unstable();
    let mut opening = vec![0i64; n_products];
    let mut received = vec![0i64; events.len()];
    {
        let mut e = events.len();
        while e > 0 {
            let p = events[e - 1].0 as usize;
            let mut bal = products[p].target;
            while e > 0 && events[e - 1].0 as usize == p {
                e -= 1;
                let (_, _, kind, _, qty) = events[e];
                if kind == 1 {
                    bal += qty;
                } else {
                    let r = qty.min(bal);
                    received[e] = r;
                    bal -= r;
                }
            }
            opening[p] = bal;
        }
    }
    // Products without any event: their opening balance is the target.
    {
        let mut has_event = vec![false; n_products];
        for ev in &events {
            has_event[ev.0 as usize] = true;
        }
        for p in 0..n_products {
            if !has_event[p] {
                opening[p] = products[p].target;
            }
        }
    }
    for (e, ev) in events.iter().enumerate() {
        if ev.2 == 0 {
            let (hi, k) = (ev.3 as usize / 16, ev.3 as usize % 16);
            historic[hi].lines[k].2 = received[e];
            historic[hi].lines[k].1 = received[e]; // received in full: ordered = received
        }
    }
    // Drop receipt lines capped to nothing, then POs left without lines.
    for plan in &mut historic {
        plan.lines.retain(|l| l.1 > 0);
    }
    historic.retain(|p| !p.lines.is_empty());
    // PO ids: historic ones first (older), then the open ones.
    let mut all_pos = historic;
    let n_hist_kept = all_pos.len();
    all_pos.extend(pos);

    // --- Write ----------------------------------------------------------------------------
    conn.execute(
        "UPDATE settings SET store_name = ?1, store_address = ?2, store_contact = ?3,
            handling_days = ?4, incentive_kind = 'discount', incentive_amount = 500,
            incentive_note = ''",
        params![
            format!("Harbour Hardware (demo, {} products)", n_products),
            "12 Quay Street\nBristol BS1 4XE\nUnited Kingdom",
            "shop@harbour-hardware.example · +44 117 496 0000",
            HANDLING_DAYS
        ],
    )?;
    for (i, (name, transit)) in CARRIERS.iter().enumerate() {
        conn.execute(
            "INSERT INTO carriers (id, name, transit_days, is_default) VALUES (?1, ?2, ?3, ?4)",
            params![i as i64 + 1, name, transit, (i == 0) as i64],
        )?;
    }
    let transit_of = |carrier: Option<usize>| CARRIERS[carrier.unwrap_or(0)].1;
    {
        let mut st = conn.prepare("INSERT INTO suppliers (id, name, email) VALUES (?1, ?2, ?3)")?;
        let combos = SUPPLIER_A.len() * SUPPLIER_B.len();
        for s in 0..n_suppliers {
            let a = SUPPLIER_A[s % SUPPLIER_A.len()];
            let b = SUPPLIER_B[(s / SUPPLIER_A.len()) % SUPPLIER_B.len()];
            let name = if s < combos {
                format!("{a} {b}")
            } else {
                format!("{a} {b} {}", s / combos + 1)
            };
            let email = format!("orders@{}.example", a.to_lowercase());
            st.execute(params![s as i64 + 1, name, email])?;
        }
    }
    {
        let mut st = conn.prepare(
            "INSERT INTO products (id, sku, name, description, category, price, cost, supplier_id,
                reorder_point, safety_stock, reorder_qty, lead_time_days, backorders, on_hand, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        )?;
        let created = format!("{} 09:00:00", day(0));
        for (i, p) in products.iter().enumerate() {
            let (cat, prefix, nouns) = CATEGORIES[p.category];
            let noun = nouns[i % nouns.len()];
            let material = MATERIALS[(i / 7) % MATERIALS.len()];
            let size = SIZES[(i / 3) % SIZES.len()];
            let name = format!("{material} {} {size}", noun.to_lowercase());
            let name = format!("{}{}", &name[..1].to_uppercase(), &name[1..]);
            st.execute(params![
                i as i64 + 1,
                format!("{prefix}-{:06}", i + 1),
                name,
                format!(
                    "{material} {} for the {} aisle.",
                    noun.to_lowercase(),
                    cat.to_lowercase()
                ),
                cat,
                p.price,
                p.cost,
                p.supplier as i64 + 1,
                (i % 7) as i64,
                (i % 3) as i64,
                10 + (i % 5) as i64 * 10,
                p.lead,
                p.policy,
                p.target,
                created
            ])?;
        }
    }
    {
        let mut st = conn.prepare(
            "INSERT INTO customers (id, name, email, phone, address, ships, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        let created = format!("{} 09:00:00", day(0));
        for c in 0..n_customers {
            let first = FIRST[rng.below(FIRST.len())];
            let last = LAST[rng.below(LAST.len())];
            let ascii: String = format!("{first}.{last}")
                .to_lowercase()
                .chars()
                .filter(|ch| ch.is_ascii_alphanumeric() || *ch == '.')
                .collect();
            let email = format!("{}{}@example.com", ascii.trim_matches('.'), c + 1);
            let address = format!(
                "{} {}\n{}\n{}{} {}{}",
                rng.range(1, 240),
                STREETS[rng.below(STREETS.len())],
                CITIES[rng.below(CITIES.len())],
                (b'A' + rng.below(26) as u8) as char,
                rng.range(1, 99),
                rng.range(1, 9),
                (b'A' + rng.below(26) as u8) as char
            );
            st.execute(params![
                c as i64 + 1,
                format!("{first} {last}"),
                email,
                format!("+44 20 7946 {:04}", c % 10_000),
                address,
                if rng.chance(0.1) {
                    "complete"
                } else {
                    "partial"
                },
                created
            ])?;
        }
    }
    let time = |secs: i64| -> String {
        let s = secs % 86_400;
        format!(
            "{} {:02}:{:02}:{:02}",
            day(secs / 86_400),
            s / 3600,
            (s / 60) % 60,
            s % 60
        )
    };
    {
        let mut st = conn.prepare(
            "INSERT INTO orders (id, number, customer_id, placed_at, priority, carrier_id,
                incentive_kind, incentive_amount, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '')",
        )?;
        for (i, o) in orders.iter().enumerate() {
            let (kind, amount) = if o.incentive {
                ("discount", 500)
            } else {
                ("none", 0)
            };
            st.execute(params![
                i as i64 + 1,
                format!("SO-{}", 1001 + i),
                o.customer as i64 + 1,
                time(o.placed),
                o.priority,
                o.carrier.map(|c| c as i64 + 1),
                kind,
                amount
            ])?;
        }
    }
    {
        let mut st = conn.prepare(
            "INSERT INTO order_lines (id, order_id, line_no, product_id, unit_price, ordered,
                allocated, shipped, backordered, cancelled, initially_backordered, incentive_units,
                priority, placed_at, eta, first_eta)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        )?;
        for (i, l) in lines.iter().enumerate() {
            let o = &orders[l.order as usize];
            let d = o.placed / 86_400;
            let t = transit_of(o.carrier);
            // Allocated lines wait only for packing; shipped lines keep their first promise.
            let (eta, first_eta) = if l.back > 0 {
                (None, None)
            } else if l.alloc > 0 {
                let e = day(today_day + HANDLING_DAYS + t).to_string();
                (Some(e.clone()), Some(e))
            } else if l.fill_day >= 0 {
                (None, Some(day(l.fill_day + HANDLING_DAYS + t).to_string()))
            } else if l.shipped > 0 {
                (None, Some(day(d + HANDLING_DAYS + t).to_string()))
            } else {
                (None, None)
            };
            let incentive_units = if o.incentive {
                l.init_back.min(l.qty - l.cancelled)
            } else {
                0
            };
            let price = products[l.product as usize].price;
            st.execute(params![
                i as i64 + 1,
                l.order as i64 + 1,
                l.line_no,
                l.product as i64 + 1,
                price,
                l.qty,
                l.alloc,
                l.shipped,
                l.back,
                l.cancelled,
                l.init_back,
                incentive_units,
                o.priority,
                time(o.placed),
                eta,
                first_eta
            ])?;
        }
    }
    {
        let mut st = conn.prepare(
            "INSERT INTO fills (order_line_id, qty, on_date, reference) VALUES (?1, ?2, ?3, 'received')",
        )?;
        for (i, l) in lines.iter().enumerate() {
            if l.fill_day >= 0 && l.init_back > 0 {
                st.execute(params![i as i64 + 1, l.init_back, day(l.fill_day)])?;
            }
        }
    }
    // Shipments: one parcel per order and day, numbered in date order.
    let mut shipped: Vec<(i64, u32, u32)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.shipped > 0)
        .map(|(i, l)| (l.ship_day, l.order, i as u32))
        .collect();
    shipped.sort_unstable();
    let mut shipment_of_line = vec![0u32; lines.len()];
    let mut n_shipments = 0usize;
    {
        let mut st_s = conn.prepare(
            "INSERT INTO shipments (id, number, order_id, carrier_id, tracking, shipped_on, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        let mut st_l = conn.prepare(
            "INSERT INTO shipment_lines (shipment_id, order_line_id, qty) VALUES (?1, ?2, ?3)",
        )?;
        let mut prev: Option<(i64, u32)> = None;
        for &(d, o, li) in &shipped {
            if prev != Some((d, o)) {
                n_shipments += 1;
                prev = Some((d, o));
                let order = &orders[o as usize];
                st_s.execute(params![
                    n_shipments as i64,
                    format!("SH-{}", 1000 + n_shipments),
                    o as i64 + 1,
                    order.carrier.unwrap_or(0) as i64 + 1,
                    format!(
                        "1Z{:010}",
                        (n_shipments as u64).wrapping_mul(2_654_435_761) % 10_000_000_000
                    ),
                    day(d),
                    format!("{} 16:00:00", day(d))
                ])?;
            }
            shipment_of_line[li as usize] = n_shipments as u32;
            st_l.execute(params![
                n_shipments as i64,
                li as i64 + 1,
                lines[li as usize].shipped
            ])?;
        }
    }
    {
        let mut st = conn.prepare(
            "INSERT INTO purchase_orders (id, number, supplier_id, created_on, expected_on,
                first_expected_on, note) VALUES (?1, ?2, ?3, ?4, ?5, ?5, '')",
        )?;
        let mut st_l = conn.prepare(
            "INSERT INTO po_lines (po_id, line_no, product_id, ordered, received, unit_cost)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for (i, plan) in all_pos.iter().enumerate() {
            st.execute(params![
                i as i64 + 1,
                format!("PO-{}", 1001 + i),
                plan.supplier as i64 + 1,
                day(plan.created),
                day(plan.expected)
            ])?;
            for (k, (p, ordered, received)) in plan.lines.iter().enumerate() {
                st_l.execute(params![
                    i as i64 + 1,
                    k as i64 + 1,
                    *p as i64 + 1,
                    ordered,
                    received,
                    products[*p].cost
                ])?;
            }
        }
    }
    // The ledger, product by product in time order (so ids follow time within a product).
    let mut receipts: Vec<(u32, i64, usize, i64)> = Vec::new(); // (product, day, po index, qty)
    for (i, plan) in all_pos.iter().enumerate().take(n_hist_kept) {
        for l in &plan.lines {
            receipts.push((l.0 as u32, plan.expected, i, l.2));
        }
    }
    receipts.sort_unstable();
    let mut n_movements = 0usize;
    {
        let mut st = conn.prepare(
            "INSERT INTO stock_movements (product_id, kind, qty, reason, reference, on_date, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        let mut r = 0usize;
        let mut s = 0usize;
        // Shipment movements per product in day order.
        let mut ship_events: Vec<(u32, i64, u32)> = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.shipped > 0)
            .map(|(i, l)| (l.product, l.ship_day, i as u32))
            .collect();
        ship_events.sort_unstable();
        for p in 0..n_products {
            let pid = p as i64 + 1;
            if opening[p] > 0 {
                st.execute(params![
                    pid,
                    50,
                    opening[p],
                    "opening balance",
                    "",
                    day(0),
                    format!("{} 08:00:00", day(0))
                ])?;
                n_movements += 1;
            }
            loop {
                let rec = receipts.get(r).filter(|x| x.0 as usize == p);
                let shp = ship_events.get(s).filter(|x| x.0 as usize == p);
                match (rec, shp) {
                    (None, None) => break,
                    (Some(&(_, d, po, qty)), other) if other.is_none_or(|x| d <= x.1) => {
                        st.execute(params![
                            pid,
                            10,
                            qty,
                            "received",
                            format!("PO-{}", 1001 + po),
                            day(d),
                            format!("{} 10:00:00", day(d))
                        ])?;
                        r += 1;
                    }
                    (_, Some(&(_, d, li))) => {
                        let l = &lines[li as usize];
                        st.execute(params![
                            pid,
                            30,
                            -l.shipped,
                            "shipped",
                            format!("SH-{}", 1000 + shipment_of_line[li as usize]),
                            day(d),
                            format!("{} 16:00:00", day(d))
                        ])?;
                        s += 1;
                    }
                    (Some(_), None) => unreachable!("handled above"),
                }
                n_movements += 1;
            }
        }
    }

    // Promises: the engine's own walk over each waiting SKU's queue and open POs. Its notices
    // are not written (`finish_in_tx` is not called): history gets its notices below.
    let mut engine = Engine::load(conn, Clock::Fixed(today))?;
    for p in 0..n_products {
        if products[p].waiting {
            let row = crate::catalog::store::by_id(conn, p as i64 + 1)?;
            engine.refresh_in_tx(conn, &row, &[])?;
        }
    }
    drop(engine);
    // What the shop told its customers: a "backordered" notice per order with waiting lines
    // (pending when placed in the last days, else sent), "shipped" for the last days' parcels.
    conn.execute(
        "INSERT INTO notifications (order_id, kind, due_on, created_at, status, detail, sent_at)
         SELECT o.id, 'backordered', substr(o.placed_at, 1, 10), o.placed_at,
                CASE WHEN o.placed_at >= ?1 THEN 'pending' ELSE 'sent' END,
                json_group_array(json_object('sku', p.sku, 'qty', ol.backordered, 'eta', ol.eta)),
                CASE WHEN o.placed_at >= ?1 THEN NULL ELSE o.placed_at END
         FROM order_lines ol JOIN orders o ON o.id = ol.order_id JOIN products p ON p.id = ol.product_id
         WHERE ol.backordered > 0 AND p.backorders <> 'allow' GROUP BY o.id ORDER BY o.id",
        [format!("{} 00:00:00", day(today_day - 2))],
    )?;
    conn.execute(
        "INSERT INTO notifications (order_id, kind, due_on, created_at, status, shipment_id, detail)
         SELECT s.order_id, 'shipped', s.shipped_on, s.created_at, 'pending', s.id,
                json_group_array(json_object('sku', p.sku, 'qty', sl.qty, 'eta', NULL))
         FROM shipments s JOIN shipment_lines sl ON sl.shipment_id = s.id
         JOIN order_lines ol ON ol.id = sl.order_line_id JOIN products p ON p.id = ol.product_id
         WHERE s.shipped_on >= ?1 GROUP BY s.id ORDER BY s.id",
        [day(today_day - 2)],
    )?;

    Ok(ScaleSummary {
        products: n_products,
        customers: n_customers,
        orders: n_orders,
        order_lines: lines.len(),
        waiting_lines: lines.iter().filter(|l| l.back > 0).count(),
        purchase_orders: all_pos.len(),
        shipments: n_shipments,
        movements: n_movements,
        millis: 0,
    })
}
