//! The scaled demo decided in memory: products, orders and the state of every line, the
//! purchase orders and each SKU's opening balance, so that the engine's invariants hold by
//! construction (see the module doc of `demo_scale`). Nothing here touches the database.

use super::names::CATEGORIES;
use super::rng::Rng;
use super::ScaleSpec;

/// Orders placed in the last days are allocated but not yet shipped.
pub(super) const RECENT_DAYS: i64 = 3;
/// Waiting lines are at most this old.
pub(super) const WAITING_MAX_AGE: i64 = 120;

pub(super) struct Product {
    pub category: usize,
    pub supplier: usize,
    pub price: i64,
    pub cost: i64,
    pub lead: Option<i64>,
    pub policy: &'static str,
    /// Final on-hand the ledger must add up to.
    pub target: i64,
    pub waiting: bool,
}

pub(super) struct Order {
    pub customer: usize,
    /// Seconds since the start of the history.
    pub placed: i64,
    pub priority: i64,
    pub carrier: Option<usize>,
    pub incentive: bool,
}

#[derive(Clone, Default)]
pub(super) struct Line {
    pub order: u32,
    pub line_no: u8,
    pub product: u32,
    pub qty: i64,
    pub alloc: i64,
    pub shipped: i64,
    pub back: i64,
    pub cancelled: i64,
    pub init_back: i64,
    /// Day (since the start) the shipped units left; -1: nothing shipped.
    pub ship_day: i64,
    /// Day the initially backordered units were filled; -1: none.
    pub fill_day: i64,
}

pub(super) struct PoPlan {
    pub supplier: usize,
    pub created: i64,
    pub expected: i64,
    /// (product, ordered, received)
    pub lines: Vec<(usize, i64, i64)>,
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

/// Everything the writer needs, decided.
pub(super) struct Plan {
    /// Today, as days since the start of the history.
    pub today_day: i64,
    pub n_suppliers: usize,
    pub n_customers: usize,
    pub products: Vec<Product>,
    pub orders: Vec<Order>,
    pub lines: Vec<Line>,
    /// Historic purchase orders first (older), then the open ones.
    pub all_pos: Vec<PoPlan>,
    /// How many of `all_pos` are historic.
    pub n_hist_kept: usize,
    /// Each SKU's opening balance, so that its ledger adds up to its on-hand.
    pub opening: Vec<i64>,
    /// The generator as planning left it: the writer draws the customers from it, in the
    /// same sequence as before the split, so the same seed gives the same shop.
    pub rng: Rng,
}

/// Decides the shop `spec` over a history of `span` days ending today.
pub(super) fn plan(spec: &ScaleSpec, span: i64) -> Plan {
    let today_day = span;
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

    Plan {
        today_day,
        n_suppliers,
        n_customers,
        products,
        orders,
        lines,
        all_pos,
        n_hist_kept,
        opening,
        rng,
    }
}
