//! The planned scaled demo written in one pass of prepared statements, then the engine's own
//! promise walk over every waiting SKU, then the notices the shop would have sent.

use chrono::{Days, NaiveDate};
use rusqlite::{params, Connection};

use super::names::{
    CATEGORIES, CITIES, FIRST, LAST, MATERIALS, SIZES, STREETS, SUPPLIER_A, SUPPLIER_B,
};
use super::plan::Plan;
use super::ScaleSummary;
use crate::backorders::engine::Engine;
use crate::{Clock, Result};

/// (name, transit days); the first is the default carrier.
const CARRIERS: &[(&str, i64)] = &[("Royal Post", 3), ("Express Courier", 1), ("Freight", 5)];
const HANDLING_DAYS: i64 = 1;

/// Writes `plan` (a history from `start` to `today`) inside the caller's transaction.
pub(super) fn write(
    conn: &Connection,
    today: NaiveDate,
    start: NaiveDate,
    plan: Plan,
) -> Result<ScaleSummary> {
    let Plan {
        today_day,
        n_suppliers,
        n_customers,
        products,
        orders,
        lines,
        all_pos,
        n_hist_kept,
        opening,
        mut rng,
    } = plan;
    let span = today_day;
    let n_products = products.len();
    let n_orders = orders.len();
    // Day texts are formatted once; times are day text + clock time.
    let days: Vec<String> = (0..=span + 120)
        .map(|d| {
            (start + Days::new(d as u64))
                .format(crate::clock::DATE_FORMAT)
                .to_string()
        })
        .collect();
    let day = |d: i64| -> &str { &days[d.clamp(0, span + 120) as usize] };
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

    // The lines were written here, not by the engine: each product's kept Σ allocated from them.
    crate::stock::store::recount_held_in_tx(conn)?;

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
    // Those are today's promises: the day's recompute is done (issue 15).
    crate::backorders::mark_recomputed_in_tx(conn, today)?;
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
