//! The demo shop: a small homeware and tea shop with about 60 products, 25 customers from
//! across Europe, and five weeks of history — orders, purchase orders (some late), partial
//! receipts, split shipments, a cancellation, a priority change and a supplier's slipped date —
//! so that every screen has something real to show.
//!
//! Built only through the facade, day by day, relative to the clock's today: the history
//! always ends "now". Deterministic: the same today gives the same data, row for row (a fixed
//! pseudo-random sequence, no system time; every event is recorded at noon of its day).

use chrono::Days;

use crate::carriers::NewCarrier;
use crate::catalog::{BackorderPolicy, NewProduct};
use crate::customers::{NewCustomer, ShipPreference};
use crate::orders::{Incentive, NewOrder, NewOrderLine};
use crate::purchasing::{NewPo, NewPoLine, ReceiptLine};
use crate::settings::SettingsPatch;
use crate::shipping::ShipRequest;
use crate::{Clock, Result, Stockroom};

const SUPPLIERS: [&str; 6] = [
    "Nordic Ceramics AB",
    "Darjeeling Direct Ltd",
    "Lin & Laine SARL",
    "Papeterie Moderne",
    "GreenThumb Garden Supply",
    "Kaffeerösterei Brandt GmbH",
];

/// sku, name, category, price, cost (cents), supplier, reorder point, lead days, policy, on hand.
type P = (
    &'static str,
    &'static str,
    &'static str,
    i64,
    i64,
    usize,
    i64,
    Option<i64>,
    char,
    i64,
);

#[rustfmt::skip]
const PRODUCTS: [P; 60] = [
    ("KIT-MUG-BLU", "Stoneware mug, fjord blue", "Kitchen", 1450, 520, 0, 6, Some(21), 'n', 18),
    ("KIT-MUG-SND", "Stoneware mug, sand", "Kitchen", 1450, 520, 0, 6, Some(21), 'n', 4),
    ("KIT-BWL-L", "Serving bowl, large", "Kitchen", 3900, 1500, 0, 3, Some(28), 'n', 2),
    ("KIT-BWL-S", "Breakfast bowl", "Kitchen", 1600, 600, 0, 8, Some(21), 'n', 0),
    ("KIT-PLT-D", "Dinner plate, speckled", "Kitchen", 2200, 800, 0, 8, Some(21), 'n', 24),
    ("KIT-PLT-S", "Side plate, speckled", "Kitchen", 1700, 600, 0, 8, Some(21), 'n', 9),
    ("KIT-JUG", "Milk jug, 0.5 l", "Kitchen", 2400, 900, 0, 2, Some(28), 'a', 0),
    ("KIT-BRD-OAK", "Oak bread board", "Kitchen", 3400, 1300, 2, 2, Some(35), 'n', 5),
    ("KIT-KNF-BRD", "Bread knife, walnut handle", "Kitchen", 4200, 1900, 2, 2, Some(35), 'r', 3),
    ("KIT-TWL-LIN", "Linen tea towel, natural", "Kitchen", 1200, 380, 2, 10, Some(14), 'n', 30),
    ("KIT-TWL-STR", "Linen tea towel, striped", "Kitchen", 1200, 380, 2, 10, Some(14), 'n', 12),
    ("KIT-APR", "Waxed canvas apron", "Kitchen", 4800, 2100, 2, 2, Some(30), 'n', 1),
    ("TEA-DRJ-1F", "Darjeeling first flush, 100 g", "Tea & Coffee", 1890, 820, 1, 10, Some(30), 'n', 6),
    ("TEA-DRJ-2F", "Darjeeling second flush, 100 g", "Tea & Coffee", 1690, 700, 1, 10, Some(30), 'n', 22),
    ("TEA-ASM", "Assam breakfast, 250 g", "Tea & Coffee", 1290, 480, 1, 12, Some(21), 'n', 40),
    ("TEA-EGR", "Earl Grey with bergamot, 100 g", "Tea & Coffee", 1150, 420, 1, 12, Some(21), 'n', 0),
    ("TEA-SNC", "Sencha, 100 g", "Tea & Coffee", 1450, 600, 1, 8, Some(28), 'n', 7),
    ("TEA-GNM", "Genmaicha, 100 g", "Tea & Coffee", 1250, 510, 1, 6, Some(28), 'a', 3),
    ("TEA-RBS", "Rooibos vanilla, 100 g", "Tea & Coffee", 990, 360, 1, 8, Some(21), 'n', 15),
    ("TEA-CHM", "Chamomile flowers, 50 g", "Tea & Coffee", 890, 300, 1, 8, None, 'n', 0),
    ("TEA-POT-GLS", "Glass teapot, 1 l", "Tea & Coffee", 3600, 1400, 0, 3, Some(28), 'n', 4),
    ("TEA-INF", "Steel tea infuser", "Tea & Coffee", 790, 210, 1, 15, Some(14), 'n', 35),
    ("COF-ESP-1K", "Espresso blend, 1 kg", "Tea & Coffee", 2890, 1450, 5, 8, Some(10), 'n', 11),
    ("COF-FLT-250", "Filter roast Ethiopia, 250 g", "Tea & Coffee", 1190, 540, 5, 10, Some(10), 'n', 0),
    ("COF-DCF-250", "Decaf Colombia, 250 g", "Tea & Coffee", 1090, 510, 5, 6, Some(10), 'n', 5),
    ("COF-MOKA-6", "Moka pot, 6 cups", "Tea & Coffee", 3900, 1800, 5, 2, Some(21), 'r', 2),
    ("COF-GRD", "Hand grinder, ceramic burr", "Tea & Coffee", 5900, 2900, 5, 2, Some(21), 'n', 0),
    ("TXT-THR-OAT", "Wool throw, oatmeal", "Home textiles", 8900, 3900, 2, 2, Some(42), 'n', 3),
    ("TXT-THR-MOS", "Wool throw, moss green", "Home textiles", 8900, 3900, 2, 2, Some(42), 'n', 0),
    ("TXT-CUS-LIN", "Linen cushion cover 50×50", "Home textiles", 3200, 1100, 2, 4, Some(30), 'n', 9),
    ("TXT-CUS-VEL", "Velvet cushion cover 45×45", "Home textiles", 3500, 1300, 2, 4, Some(30), 'n', 2),
    ("TXT-NAP-4", "Linen napkins, set of 4", "Home textiles", 2800, 1000, 2, 4, Some(30), 'n', 14),
    ("TXT-TBL-180", "Linen tablecloth 180 cm", "Home textiles", 6400, 2600, 2, 2, Some(35), 'n', 1),
    ("TXT-RUN", "Table runner, indigo", "Home textiles", 2900, 1000, 2, 3, Some(30), 'a', 6),
    ("TXT-BTH-TWL", "Waffle bath towel", "Home textiles", 3900, 1500, 2, 6, Some(30), 'n', 16),
    ("TXT-HND-TWL", "Waffle hand towel", "Home textiles", 1900, 700, 2, 6, Some(30), 'n', 4),
    ("STA-NB-A5D", "Notebook A5, dotted", "Stationery", 1450, 520, 3, 12, Some(14), 'n', 45),
    ("STA-NB-A5L", "Notebook A5, lined", "Stationery", 1450, 520, 3, 12, Some(14), 'n', 8),
    ("STA-NB-A6", "Pocket notebook A6", "Stationery", 890, 300, 3, 12, Some(14), 'n', 0),
    ("STA-PEN-FTN", "Fountain pen, brushed steel", "Stationery", 3900, 1600, 3, 3, Some(21), 'n', 5),
    ("STA-INK-BLU", "Ink bottle, royal blue", "Stationery", 1200, 450, 3, 6, Some(21), 'n', 10),
    ("STA-INK-SEP", "Ink bottle, sepia", "Stationery", 1200, 450, 3, 6, Some(21), 'n', 2),
    ("STA-PCL-SET", "Graphite pencils, set of 6", "Stationery", 950, 330, 3, 10, Some(14), 'n', 25),
    ("STA-CRD-BOX", "Greeting cards, box of 10", "Stationery", 1600, 600, 3, 5, Some(14), 'n', 7),
    ("STA-WRP", "Recycled wrapping paper", "Stationery", 650, 200, 3, 10, None, 'a', 30),
    ("STA-CAL", "Wall calendar, botanical", "Stationery", 2200, 800, 3, 5, Some(21), 'r', 6),
    ("STA-DSK-ORG", "Desk organiser, birch", "Stationery", 3400, 1400, 3, 2, Some(28), 'n', 0),
    ("GRD-POT-S", "Terracotta pot, 12 cm", "Garden", 690, 220, 4, 15, Some(14), 'n', 40),
    ("GRD-POT-M", "Terracotta pot, 18 cm", "Garden", 1190, 400, 4, 10, Some(14), 'n', 12),
    ("GRD-POT-L", "Terracotta pot, 25 cm", "Garden", 1990, 700, 4, 6, Some(14), 'n', 3),
    ("GRD-CAN", "Watering can, galvanised", "Garden", 3400, 1400, 4, 3, Some(21), 'n', 0),
    ("GRD-GLV", "Gardening gloves, leather", "Garden", 1890, 700, 4, 6, Some(14), 'n', 9),
    ("GRD-SCS", "Pruning shears", "Garden", 2900, 1200, 4, 4, Some(21), 'n', 2),
    ("GRD-SED-HRB", "Herb seed collection", "Garden", 990, 300, 4, 10, Some(10), 'n', 20),
    ("GRD-SED-FLW", "Wildflower seed mix", "Garden", 790, 250, 4, 10, Some(10), 'a', 0),
    ("GRD-TRL", "Hand trowel, ash handle", "Garden", 1690, 650, 4, 4, Some(21), 'n', 6),
    ("GRD-LBL", "Copper plant labels, 10", "Garden", 1290, 450, 4, 5, None, 'n', 1),
    ("GRD-KNL", "Kneeling pad, cork", "Garden", 2290, 900, 4, 3, Some(21), 'n', 4),
    ("GRD-BRD-FDR", "Bird feeder, ceramic", "Garden", 2600, 1000, 0, 3, Some(28), 'n', 0),
    ("GRD-TWN", "Jute garden twine", "Garden", 490, 150, 4, 10, Some(14), 'n', 18),
];

/// name, email, phone, address, ships complete?
type C = (&'static str, &'static str, &'static str, &'static str, bool);

#[rustfmt::skip]
const CUSTOMERS: [C; 25] = [
    ("Zoë Müller", "zoe.mueller@example.pl", "+48 42 555 0101", "ul. Piotrkowska 104/6\n90-004 Łódź\nPoland", false),
    ("Νίκος Παπαδόπουλος", "nikos.p@example.gr", "+30 21 0555 0102", "Οδός Ερμού 25\n105 63 Αθήνα\nΕλλάδα", true),
    ("Анна Иванова", "anna.ivanova@example.bg", "+359 2 555 0103", "ул. Витоша 12\n1000 София\nБългария", false),
    ("Søren Mikkelsen", "soren@example.dk", "+45 55 50 01 04", "Nørregade 7, 2. th.\n8000 Aarhus C\nDenmark", false),
    ("José Ángel García", "jagarcia@example.es", "+34 955 550 105", "Calle Feria 33\n41003 Sevilla\nSpain", false),
    ("Aoife O'Brien", "aoife.obrien@example.ie", "+353 91 555 106", "14 Quay Street\nGalway H91 X2Y3\nIreland", true),
    ("François Dubois", "f.dubois@example.fr", "+33 4 55 50 01 07", "12 rue de la République\n69002 Lyon\nFrance", false),
    ("Giulia Rossi", "giulia.rossi@example.it", "+39 051 555 0108", "Via dell'Indipendenza 40\n40121 Bologna BO\nItaly", false),
    ("Mehmet Yılmaz", "mehmet.yilmaz@example.com.tr", "+90 232 555 0109", "Kıbrıs Şehitleri Cd. No: 88\n35220 Alsancak, İzmir\nTürkiye", false),
    ("Ana Ferreira", "ana.ferreira@example.pt", "+351 22 555 0110", "Rua de Santa Catarina 210\n4000-447 Porto\nPortugal", true),
    ("Lukáš Novák", "lukas.novak@example.cz", "+420 5 5550 0111", "Masarykova 15\n602 00 Brno\nCzechia", false),
    ("Emma Johansson", "emma.j@example.se", "+46 31 555 01 12", "Kungsportsavenyen 20\n411 36 Göteborg\nSweden", false),
    ("Pieter de Vries", "pieter@example.nl", "+31 30 555 0113", "Oudegracht 188\n3511 NR Utrecht\nNetherlands", false),
    ("Katarzyna Wójcik", "k.wojcik@example.pl", "+48 12 555 0114", "ul. Floriańska 22\n31-021 Kraków\nPoland", false),
    ("Hannah Schmidt", "hannah.schmidt@example.de", "+49 761 5550115", "Kaiser-Joseph-Straße 190\n79098 Freiburg im Breisgau\nGermany", true),
    ("Oliver Bennett", "oliver.bennett@example.co.uk", "+44 117 555 0116", "27 Park Street\nBristol BS1 5NH\nUnited Kingdom", false),
    ("Chloé Lefèvre", "chloe.lefevre@example.be", "+32 2 555 01 17", "Rue du Marché aux Herbes 61\n1000 Bruxelles\nBelgium", false),
    ("Mateo López", "mateo.lopez@example.es", "+34 96 555 0118", "Carrer de Cavallers 9\n46001 València\nSpain", false),
    ("Ingrid Berg", "ingrid.berg@example.no", "+47 55 55 01 19", "Bryggen 5\n5003 Bergen\nNorway", false),
    ("Tamás Horváth", "tamas.horvath@example.hu", "+36 1 555 0120", "Váci utca 18\n1052 Budapest\nHungary", true),
    ("Олена Коваленко", "olena.kovalenko@example.ua", "+380 44 555 0121", "вул. Хрещатик, 22\nКиїв, 01001\nУкраїна", false),
    ("Elif Demir", "elif.demir@example.de", "+49 30 5550122", "Oranienstraße 34\n10999 Berlin\nGermany", false),
    ("Jonas Petrauskas", "jonas.p@example.lt", "+370 5 255 0123", "Pilies g. 10\n01123 Vilnius\nLithuania", false),
    ("Marta Kowalczyk", "marta.k@example.pl", "+48 58 555 0124", "ul. Długa 45\n80-827 Gdańsk\nPoland", false),
    ("Café Linde (Eva Wagner)", "einkauf@cafe-linde.example.at", "+43 1 555 0125", "Lindengasse 3\n1070 Wien\nAustria", false),
];

/// The language that fits a demo customer's address (issue 17), by its country line; `None`
/// (the shop's language, English) where the shop has no translation yet.
fn demo_language(address: &str) -> Option<&'static str> {
    let country = address.lines().last().unwrap_or("").trim();
    Some(match country {
        "Germany" | "Austria" => "de",
        "Poland" => "pl",
        "France" | "Belgium" => "fr",
        "Spain" => "es",
        "Italy" => "it",
        "Netherlands" => "nl",
        "Norway" => "nb",
        "Portugal" => "pt",
        _ => return None,
    })
}

/// A fixed pseudo-random sequence (an LCG): the demo is the same on every load.
struct Seq(u64);

impl Seq {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// The demo shop's EAN-13 of its `i`-th product: a German (GS1 426x) company prefix, an item
/// number, and the check digit from the one GTIN rule, so scanning works in the demo.
fn demo_ean13(i: usize) -> String {
    crate::barcodes::gtin::with_check_digit(&format!("4260398{:05}", 10 + i * 7))
}

/// Loads the deterministic demo shop into an empty database. Returns false (and changes
/// nothing) when the database already holds products.
pub fn load_if_empty(shop: &mut Stockroom) -> Result<bool> {
    let products = crate::catalog::store::count(shop.db())?;
    if products > 0 {
        return Ok(false);
    }
    let saved = shop.clock();
    let today = saved.today();
    let result = load_demo(shop, today);
    shop.set_clock(saved);
    result?;
    // The history was played on its own days; a freshly made shop has today's promises
    // (issue 15: promises dated before today until the next command recomputed them).
    shop.recompute_promises_once_a_day()?;
    Ok(true)
}

fn load_demo(shop: &mut Stockroom, today: chrono::NaiveDate) -> Result<()> {
    let day = |offset: i64| -> chrono::NaiveDate {
        if offset < 0 {
            today
                .checked_sub_days(Days::new(offset.unsigned_abs()))
                .unwrap_or(today)
        } else {
            today
                .checked_add_days(Days::new(offset as u64))
                .unwrap_or(today)
        }
    };
    shop.set_clock(Clock::Fixed(day(-36)));
    shop.update_settings(&SettingsPatch {
        store_name: Some("Harbour & Vine Home Goods".into()),
        store_address: Some("Hafenstraße 12\n20457 Hamburg\nGermany".into()),
        store_contact: Some("hello@harbourandvine.example · +49 40 5550 1200".into()),
        currency: Some("EUR".into()),
        handling_days: Some(1),
        default_incentive: Some(Incentive::Discount { percent_bp: 500 }),
        logo_path: demo_logo(shop.path()),
        ..Default::default()
    })?;
    // The shipped e-mail links the tracking number (issue 16): the carriers' own
    // tracking pages, as a shop would set them.
    for (name, days, default, tracking) in [
        (
            "DHL Paket",
            2,
            true,
            "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={tracking}",
        ),
        (
            "UPS Express",
            1,
            false,
            "https://www.ups.com/track?tracknum={tracking}",
        ),
        ("Local courier", 0, false, ""),
    ] {
        shop.add_carrier(&NewCarrier {
            name: name.into(),
            transit_days: days,
            is_default: default,
        })?;
        if !tracking.is_empty() {
            shop.edit_carrier(
                name,
                &crate::carriers::CarrierChanges {
                    transit_days: None,
                    tracking_url: Some(tracking.into()),
                },
            )?;
        }
    }
    for (i, (sku, name, category, price, cost, supplier, rp, lead, policy, on_hand)) in
        PRODUCTS.into_iter().enumerate()
    {
        shop.add_product(&NewProduct {
            sku: sku.into(),
            name: name.into(),
            description: String::new(),
            category: category.into(),
            price,
            cost,
            supplier: Some(SUPPLIERS[supplier].into()),
            reorder_point: rp,
            safety_stock: rp / 2,
            reorder_qty: (rp * 3).max(6),
            lead_time_days: lead,
            backorders: match policy {
                'a' => BackorderPolicy::Allow,
                'r' => BackorderPolicy::Refuse,
                _ => BackorderPolicy::Notify,
            },
            on_hand,
            barcodes: vec![demo_ean13(i)],
        })?;
    }
    let mut customer_ids = Vec::new();
    for (name, email, phone, address, complete) in CUSTOMERS {
        let c = shop.add_customer(&NewCustomer {
            name: name.into(),
            email: email.into(),
            phone: phone.into(),
            address: address.into(),
            ships: if complete {
                ShipPreference::Complete
            } else {
                ShipPreference::Partial
            },
            language: demo_language(address).map(str::to_string),
        })?;
        customer_ids.push(c.id);
    }

    // Five weeks of trading. Each day: a few orders; on some days purchase orders go
    // out, deliveries arrive (sometimes partly), and parcels leave.
    let mut seq = Seq(0x5EED_2026);
    let mut orders: Vec<String> = Vec::new();
    let mut pos: Vec<(String, Vec<(String, i64)>)> = Vec::new();
    for offset in -35i64..=0 {
        shop.set_clock(Clock::Fixed(day(offset)));
        // Supplier orders: every 6 days, for a handful of products that run low.
        if offset % 6 == -5 || offset == -35 {
            let supplier = seq.next(SUPPLIERS.len());
            let lines: Vec<(String, i64)> = PRODUCTS
                .iter()
                .filter(|p| p.5 == supplier && p.8 != 'a')
                .take(4)
                .map(|p| (p.0.to_string(), (p.6 * 2).max(6)))
                .collect();
            if !lines.is_empty() {
                // Some suppliers are slow: the earliest ones are now overdue.
                let expected = day(offset + 5 + seq.next(12) as i64);
                let po = shop.create_po(&NewPo {
                    supplier: SUPPLIERS[supplier].into(),
                    expected_on: expected,
                    lines: lines
                        .iter()
                        .map(|(sku, qty)| NewPoLine {
                            sku: sku.clone(),
                            qty: *qty,
                            unit_cost: None,
                        })
                        .collect(),
                    note: String::new(),
                    number: None,
                })?;
                pos.push((po.number, lines));
            }
        }
        // Customer orders.
        for _ in 0..(1 + seq.next(3)) {
            let customer = customer_ids[seq.next(customer_ids.len())];
            let mut lines: Vec<NewOrderLine> = Vec::new();
            for _ in 0..(1 + seq.next(3)) {
                let p = &PRODUCTS[seq.next(PRODUCTS.len())];
                if lines.iter().any(|l| l.sku == p.0) {
                    continue;
                }
                lines.push(NewOrderLine {
                    sku: p.0.into(),
                    qty: 1 + seq.next(3) as i64,
                    unit_price: None,
                });
            }
            let order = NewOrder {
                customer_id: customer,
                priority: if seq.next(10) == 0 { 1 } else { 0 },
                lines,
                ..Default::default()
            };
            match shop.place_order(&order) {
                Ok(o) => orders.push(o.number),
                // A `refuse` product that is short refuses the order: the customer
                // simply did not buy it. Skip it, as the shop would.
                Err(crate::Error::Refused(_)) => {}
                Err(e) => return Err(e),
            }
        }
        // Deliveries: the oldest open PO arrives on some days, sometimes only in part;
        // POs from the last fortnight are still out, a few of them late.
        if offset % 4 == 0 && offset < -8 {
            if let Some((number, lines)) = pos.iter().find(|(n, _)| {
                shop.po(n)
                    .map(|p| p.status == crate::purchasing::PoStatus::Open)
                    .unwrap_or(false)
            }) {
                let partial = seq.next(3) == 0;
                let receipt: Vec<ReceiptLine> = lines
                    .iter()
                    .map(|(sku, qty)| ReceiptLine {
                        sku: sku.clone(),
                        qty: if partial { (qty / 2).max(1) } else { *qty },
                    })
                    .collect();
                shop.receive_po(&number.clone(), &receipt)?;
            }
        }
        // Parcels leave every other day, for orders with stock allocated.
        if offset % 2 == 0 && offset < -1 {
            for number in orders.clone() {
                let o = shop.order(&number)?;
                if o.lines.iter().any(|l| l.allocated > 0) && seq.next(3) > 0 {
                    let r = shop.ship(
                        &number,
                        &ShipRequest {
                            carrier: None,
                            tracking: Some(format!(
                                "00340434{:010}",
                                1_000_000 + seq.next(8_999_999)
                            )),
                            partial: false,
                        },
                    );
                    match r {
                        // Ship-complete customers wait for the rest: that is the rule.
                        Ok(_) | Err(crate::Error::Refused(_)) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        // A few special events.
        if offset == -20 && orders.len() > 3 {
            let _ = shop.cancel_order(&orders[2].clone(), None);
        }
        if offset == -10 && orders.len() > 6 {
            let _ = shop.set_order_priority(&orders[orders.len() - 2].clone(), 2);
        }
        if offset == -6 {
            // A supplier phones: the latest delivery slips a week.
            if let Some((number, _)) = pos.last() {
                let po = shop.po(number)?;
                shop.set_po_expected(number, po.expected_on + Days::new(7))?;
            }
        }
    }
    Ok(())
}

/// The demo shop's logo, bundled so that its documents show the letterhead as a real shop's
/// would. Written beside the database file (settings keep a path to a file the shop owns);
/// an in-memory database, or a folder that cannot be written, gets no logo.
fn demo_logo(db: &std::path::Path) -> Option<String> {
    static LOGO: &[u8] = include_bytes!("../assets/demo/harbour-and-vine-logo.png");
    if db == std::path::Path::new(":memory:") {
        return None;
    }
    let dir = match db.parent() {
        Some(d) if d.as_os_str().is_empty() => std::path::Path::new("."),
        Some(d) => d,
        None => return None,
    };
    let path = dir.join("demo-logo.png");
    std::fs::write(&path, LOGO).ok()?;
    Some(path.display().to_string())
}
