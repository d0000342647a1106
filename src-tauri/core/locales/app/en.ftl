# Stockroom's own words for the shop (issue 17): error messages, report titles, headings,
# notes and definitions, import problems. English is what the CLI prints: keep each text as
# it is (tests and shops' scripts read it). A language for the window is one file here named
# by its code (de.ftl) with every message of this one and the same placeables, plus
# ui/locales/<code>.ftl. See docs/translations.md.

## Errors of the core: not found, storage; catalogue, carriers, customers, orders, lists, stock, shipping

error-not-a-database = { $path } is not a Stockroom database (it is not an SQLite file); it was left untouched
error-foreign-database = { $path } is an SQLite database of another program, not Stockroom's; it was left untouched
error-too-new = { $path } was written by a newer Stockroom (schema version { $found }; this version understands up to { $supported }); please update Stockroom. The file was left untouched
error-storage = storage error: { $reason }
error-not-on-server = this is not available on a shop server yet
error-io = { $context }: { $reason }
error-foreign-server-database = { $url } holds the tables of another program, not a Stockroom shop; it was left untouched
error-server-too-new = { $url } was written by a newer Stockroom (schema version { $found }; this version understands up to { $supported }); please update Stockroom. The database was left untouched
not-found-sku = SKU { $key } not found
not-found-carrier = carrier { $key } not found
not-found-customer = customer { $key } not found
not-found-customer-email = customer with email { $key } not found
not-found-order = order { $key } not found
not-found-purchase-order = purchase order { $key } not found
not-found-message = message { $key } not found
not-found-notification = notification { $key } not found
not-found-shipment = shipment { $key } not found
not-found-printer = printer { $key } not found
not-found-code = code { $key } not found
sku-empty = a SKU cannot be empty
sku-control-characters = SKU { $sku } contains control characters
product-needs-name = product { $sku } needs a name
field-price = price
field-cost = cost
field-reorder-point = reorder point
field-safety-stock = safety stock
field-reorder-qty = reorder quantity
field-on-hand = on hand
product-field-negative = { $what } of { $sku } cannot be negative (got { $got })
product-lead-time-negative = lead time of { $sku } cannot be negative (got { $got })
supplier-needs-name = a supplier needs a name
sku-exists = SKU { $sku } already exists
not-a-backorder-policy = '{ $value }' is not a backorder policy (expected allow, notify or refuse)
carrier-needs-name = a carrier needs a name
transit-days-negative = transit days cannot be negative (got { $got })
not-a-tracking-link = '{ $link }' is not a tracking link (expected https://…/{"{"}tracking{"}"})
tracking-link-no-marker = the tracking link '{ $link }' has no {"{"}tracking{"}"} where the number goes
tracking-link-bad-characters = the tracking link '{ $link }' has spaces or characters a link cannot hold
carrier-exists = a carrier named '{ $name }' already exists
customer-both-needs-email = a customer reached by e-mail and paper needs an e-mail address
customer-email-needs-email = a customer reached by e-mail needs an e-mail address
customer-needs-name = a customer needs a name
not-an-email-address = '{ $address }' is not an email address
not-a-shipping-preference = '{ $value }' is not a shipping preference (expected partial or complete)
not-a-contact-way = '{ $value }' is not a way to reach a customer (expected email, paper or both)
order-needs-a-line = an order needs at least one line
qty-not-positive = quantity of { $sku } must be a positive integer (got { $got })
price-negative = price of { $sku } cannot be negative
order-has-no-line = order { $order } has no line for { $sku }
order-nothing-to-cancel = order { $order } has nothing left to cancel
order-nothing-to-cancel-for = order { $order } has nothing left to cancel for { $sku }
cancel-qty-needs-sku = cancelling a quantity needs the SKU of the line (--sku)
cancel-qty-range = quantity to cancel of { $sku } on order { $order } must be 1 to { $open } (got { $got })
order-exists = order { $order } already exists
order-refused-never-backordered = order refused: not enough stock of { $skus } and these products are never backordered
swap-for-itself = cannot swap { $sku } for itself: name another product
swap-nothing-waits = nothing of { $sku } waits on order { $order }: only waiting units can be swapped
swap-qty-range = quantity to swap of { $sku } on order { $order } must be 1 to { $waiting } (got { $got })
swap-refused-short = swap refused: { $sku } has { $available } available now and the swap needs { $qty }
nothing-waits-on-order = nothing of { $sku } waits on order { $order }
offset-negative = offset must be 0 or more, not { $got }
page-size-range = a page holds 1 to { $max } rows, not { $got }
min-age-range = the minimum age is a number of days, 0 or more, not { $got }
adjustment-needs-reason = an adjustment needs a reason
return-qty-positive = a return quantity must be positive (got { $got })
qty-out-of-range = quantity out of range
stock-would-go-negative = { $sku } has { $on_hand } on hand; removing { $removing } would make it negative
adjustment-zero = an adjustment quantity cannot be zero
nothing-allocated-to-ship = order { $order } has nothing allocated to ship
ship-complete-refused = 
    order { $order } is for a customer who wants it shipped complete and { $waiting ->
        [one] { $waiting } unit still waits
       *[other] { $waiting } units still wait
    }; ship with --partial to send what is here now

## Purchasing, settings, notices, figures, documents, barcodes, printing, reports

po-needs-a-line = a purchase order needs at least one line
cost-negative = cost of { $sku } cannot be negative
po-is-cancelled = purchase order { $po } is cancelled
receipt-needs-lines = say what was received (at least one SKU:QTY)
sku-not-on-po = { $sku } is not on purchase order { $po }
receive-more-than-open = cannot receive { $qty } of { $sku } on { $po }: only { $open } outstanding
po-exists = purchase order { $po } already exists
po-already-cancelled = purchase order { $po } is already cancelled
po-fully-received = purchase order { $po } is fully received; there is nothing left to cancel
not-a-logo = not a logo: { $reason }
not-an-incentive = '{ $value }' is not an incentive (expected none, discount:PCT, credit:AMOUNT or gift:TEXT)
store-name-empty = the store name cannot be empty
handling-days-negative = handling days cannot be negative (got { $got })
not-a-currency = '{ $value }' is not a currency code (expected e.g. EUR)
paper-size = paper size must be A4 or Letter (got { $got })
note-too-long = the note is longer than 500 characters
not-a-notice-kind = '{ $value }' is not a notification kind (expected backordered, promise_moved or shipped)
not-a-notice-status = '{ $value }' is not a notification status (expected pending, printed, sent, superseded or told)
not-a-told-way = '{ $value }' is not a way of telling a customer (expected phone or in-person)
notice-back-to-pending = a notification cannot go back to pending
notice-superseded-only-by-newer = a notification is superseded only by a newer one
notice-superseded = this notification was superseded by a newer one; print or send that one
notice-already-told = the customer was already told about this in person or by phone
notice-already-sent = this notification was already sent
notice-already-printed-or-sent = this notification was already printed or sent
notice-not-marked-this-way = a notification is not marked { $status } this way
not-an-amount = '{ $value }' is not an amount of money (expected e.g. 12.50)
not-a-percentage = '{ $value }' is not a percentage (expected e.g. 10 or 7.5)
percentage-over-100 = a percentage cannot exceed 100 (got { $got })
not-a-date = '{ $value }' is not a date (expected YYYY-MM-DD)
not-a-locale = '{ $value }' is not a locale (expected e.g. de-DE)
not-a-known-language = '{ $value }' is not a known language (known: { $known })
nothing-shipped-on = nothing shipped on { $day }
no-notice-pending = no backorder notice is pending
barcode-empty = a barcode cannot be empty
barcode-not-digits = barcode '{ $code }' is not a GTIN: it has '{ $char }' in it (expected only digits)
barcode-length = barcode { $code } has { $digits } digits; a GTIN has 8 (EAN-8), 12 (UPC-A), 13 (EAN-13) or 14
barcode-check-digit = barcode { $code } has a wrong check digit: the check digit should be { $expected } ({ $fixed })
no-labels = there are no labels to print
label-copies-range = copies of { $sku } must be between 1 and { $max } (got { $got })
labels-nothing-received = nothing has been received on purchase order { $po } yet, so there are no units to label
scan-not-on-po = scanned { $code } is { $sku }, which is not on purchase order { $po }
scan-unknown = scanned { $code } is not a SKU or barcode of any product (purchase order { $po })
scan-empty = nothing was scanned (the code is empty)
barcode-taken = barcode { $code } already belongs to { $sku } ({ $name })
not-a-label-sheet = '{ $value }' is not a label sheet (expected a4-3x8 or roll-62mm)
print-needs-cups = printing needs CUPS, and its '{ $program }' command is not installed
no-printer = no printer was chosen and there is no default printer
printer-refused = the printer { $printer } refused the job: { $reason }
cannot-write = cannot write { $path }
no-reorder-suggestions = there are no reorder suggestions for supplier '{ $supplier }'
no-lead-time = no lead time is set for the products of { $supplier }; give the expected date
ledger-needs-sku = the ledger report needs --sku SKU
not-a-report = '{ $value }' is not a report (expected one of { $known })
sku-only-for-ledger = --sku only applies to the ledger report
report-is-a-snapshot = the { $report } report shows the shop as it is today ({ $today }); --from and --to do not apply
report-is-as-of = the { $report } report is as of one day: give --to DATE, not --from
valuation-in-future = cannot value stock on { $day }, after today ({ $today })
range-reversed = --from { $from } is after --to { $to }

## E-mail, templates, import files, backups

mail-not-set-up-cli = e-mail is not set up: set the SMTP server and the shop's address first (settings set --smtp-host … --mail-from …)
mail-not-set-up = e-mail is not set up: set the SMTP server and the shop's address first
mail-retry-not-failed = message { $id } did not fail; only a failed message is tried again
mail-notice-superseded = notification { $id } was superseded by a newer one; e-mail that one instead
mail-notice-told = the customer of notification { $id } was already told in person or by phone
customer-has-no-email = { $name } has no e-mail address; add one to the customer first
mail-notice-already-sent = the e-mail of notification { $id } was already sent or replaced by a newer one
mail-withdraw-not-queued = message { $id } is not queued; only a queued message can be withdrawn
mail-test-refused = the server refused the test message: { $reason }
mail-test-not-sent = the test message was not sent: { $reason }
preview-order-not-shipped = order { $order } has no shipment yet to preview a shipped message with
preview-no-shipment = no shipment yet to preview a shipped message with: ship an order or load the demo
preview-no-order = no order yet to preview with: add an order or load the demo
not-a-security = '{ $value }' is not a connection security (expected none, starttls or tls)
not-an-outbox-status = '{ $value }' is not an outbox status (expected queued, sent, failed or superseded)
not-an-e-mail-address = '{ $address }' is not an e-mail address
not-a-server-name = '{ $value }' is not a server name (expected e.g. smtp.example.com)
smtp-port-range = the SMTP port must be between 1 and 65535
smtp-unencrypted = a connection without encryption is only allowed to a server on this computer, not { $host }: use starttls or tls
smtp-user-line-breaks = the SMTP user name cannot contain line breaks
smtp-no-password = no SMTP password for { $user }: { $reason }; store it in Settings → E-mail, or set { $env }
smtp-password-needs-server = set the SMTP server and user before storing a password
password-empty = the password is empty
keyring-failed = the password could not be stored in the keyring ({ $reason }); on a computer without one, set { $env }
not-a-language-code = '{ $value }' is not a language code (expected e.g. en or pt-BR)
subject-empty = the subject cannot be empty
subject-one-line = the subject must be one line (no line breaks)
body-empty = the message text cannot be empty
in-the-subject = in the subject
in-the-message-text = in the message text
template-where = { $place }: { $problem }
items-in-subject = {"{"}items{"}"} cannot be in the subject (it is a list); use it in the message text
unknown-field = unknown field { $field } { $place }; a { $kind } message may use { $fields }
field-not-closed = a field starting with { $name } is not closed with {"}"} (write {"{"}{"{"} for a brace)
lone-brace = a lone {"}"} (write {"}"}{"}"} for a brace)
new-product-needs-name = a new product needs a name
new-product-needs-price = a new product needs a price
several-customers-called = several customers are called '{ $name }'; give the customer_email column to say which
csv-utf16 = line 1: the file is UTF-16 text; save it as "CSV UTF-8" and import it again
csv-not-utf8 = line { $line }: the file is not UTF-8 text (byte { $byte }); save it as "CSV UTF-8" and import it again
csv-nul = line { $line }: the file contains NUL bytes, so it is not CSV text (a spreadsheet file, or UTF-16?); save it as "CSV UTF-8"
csv-empty = line 1: the file is empty; expected a header row
csv-unreadable = line { $line }: the file cannot be read as CSV: { $reason }
cannot-read = cannot read { $path }
backup-cannot-open = { $path } cannot be opened as a database: { $reason }
backup-damaged = { $path } is damaged (integrity check: { $detail }); nothing was restored
restore-busy = the database stayed busy for 10 s; nothing was restored, try again
backup-busy = the database stayed busy for 10 s; no backup was made
cannot-read-backup = cannot read the backup { $path }
cannot-write-backup = cannot write the backup { $path }
cannot-create = cannot create { $path }

## Reports: column headings, table titles, empty tables, chart captions (generated from the code)

col-sku = SKU
col-product = Product
col-queue = Queue
col-units = Units
col-value = Value
col-oldest-days = Oldest (days)
col-promise = Promise
col-customer = Customer
col-id = Id
col-lines = Lines
section-by-product = By product
section-by-customer = By customer
empty-nobody-is-waiting-there-are-no = Nobody is waiting: there are no open backorders.
col-age = Age
col-from-days = From (days)
col-to-days = To (days)
section-waiting-lines-by-age = Waiting lines by age
chart-value-of-waiting-lines-by-age = Value of waiting lines by age
col-measure = Measure
col-of-which = Of which
col-out-of = Out of
col-rate = Rate
col-average-days = Average days
col-week-from = Week from
col-to = to
col-orders = Orders
col-unit-fill = Unit fill
col-line-fill = Line fill
col-order-fill = Order fill
col-backorder = Backorder
section-rates-over-the-range = Rates over the range
section-waiting = Waiting
section-by-week-orders-placed-that-week = By week (orders placed that week)
chart-weekly-rates = Weekly rates
col-supplier = Supplier
col-avail = Avail
col-on-order = On order
col-waiting = Waiting
col-position = Position
col-target = Target
col-reorder-qty = Reorder qty
col-suggest = Suggest
col-cost = Cost
section-suggestions = Suggestions
empty-no-product-is-below-its-reorder = No product is below its reorder point and safety stock.
col-category = Category
col-products = Products
col-on-hand = On hand
section-by-category = By category
empty-nothing-is-on-hand = Nothing is on hand.
chart-value-by-category = Value by category
col-kept = Kept
col-late = Late
col-no-date = No date
col-share-kept = Share kept
col-avg-days-late = Avg days late
col-order = Order
col-first-promise = First promise
col-shipped = Shipped
col-days-late = Days late
section-all-backordered-lines-finished-in-the = All backordered lines finished in the range
section-by-supplier = By supplier
section-lines = Lines
empty-none = None.
chart-share-of-promises-kept-by-supplier = Share of promises kept, by supplier
col-opening = Opening
col-in = In
col-out = Out
col-closing = Closing
col-date = Date
col-kind = Kind
col-qty = Qty
col-reason = Reason
col-reference = Reference
col-balance = Balance
section-movements = Movements
empty-no-movement-in-this-range = No movement in this range.
total = Total

## Reports: backorders, ledger

def-backorders-waiting-line = A waiting line is an order line with units on backorder (backordered > 0) today; units are its backordered units.
def-backorders-value = Value = waiting units × the unit price on the order line (what the customer will pay, before any backorder incentive).
def-backorders-age = Age of a line = today - the day its order was placed, in days; oldest = the largest age.
def-backorders-promise = Promise = the latest current promise (ETA) among the lines, i.e. when the last of them should ship; "to be confirmed" when any line has no date.
def-backorders-queue = Queue length (by product) = number of waiting lines for the product; lines (by customer) = number of the customer's waiting lines.
to-be-confirmed = to be confirmed
backorders-note = 
    { $lines ->
        [one] { $lines } waiting line
       *[other] { $lines } waiting lines
    }: { $units ->
        [one] { $units } unit
       *[other] { $units } units
    } for { $customers ->
        [one] { $customers } customer
       *[other] { $customers } customers
    } across { $products ->
        [one] { $products } product
       *[other] { $products } products
    }.
def-ledger-opening = Opening balance = the sum of the product's ledger movements dated before the first day of the range.
def-ledger-movements = Movements: every ledger entry dated in the range, by date and then in the order recorded, with its kind (received, adjusted, shipped, returned, opening balance), reason and reference (PO, shipment, order).
def-ledger-balance = Balance after each movement = the opening balance + the movements up to and including it. Closing balance = opening balance + Σ movements in the range.
def-ledger-in-out = Units in = Σ positive movements; units out = Σ negative movements (as a positive number).
movement-received = received
movement-adjusted = adjusted
movement-shipped = shipped
movement-returned = returned
movement-opening = opening balance

## Reports: aging

def-aging-waiting-line = A waiting line is an order line with units on backorder (backordered > 0) today.
def-aging-age = Age of a line = today - the day its order was placed, in whole days (an order placed today is 0 days old).
def-aging-buckets = Buckets: 0–7, 8–14, 15–30 and 31+ days of age; each line falls in exactly one.
def-aging-units = Units = waiting units of the lines; value = waiting units × the unit price on the order line.
aging-bucket = { $from }–{ $to } days
aging-bucket-open = { $from }+ days
aging-bar = 
    { $value } · { $lines ->
        [one] { $lines } line
       *[other] { $lines } lines
    }
aging-axis-value = Value waiting ({ $currency })
aging-axis-age = Age of the waiting line

## Reports: fill rate

def-fill-orders = Orders counted: the orders placed from the first to the last day of the range (inclusive), whatever happened to them since.
def-fill-first-shipment = First shipment of an order: its earliest shipment (by date, then number). An order not shipped yet has shipped nothing on its first shipment.
def-fill-unit-rate = Unit fill rate = units on the first shipment ÷ units ordered (ordered units include units cancelled later).
def-fill-line-rate = Line fill rate = lines whose every ordered unit left on the order's first shipment ÷ lines.
def-fill-order-rate = Order fill rate = orders whose first shipment carried every ordered unit of every line (shipped complete first time) ÷ orders.
def-fill-backorder-rate = Backorder rate = orders with a backordered line ÷ orders; a line counts as backordered if units of it were backordered when placed, wait now, or were given stock from the queue since.
def-fill-average-wait = Average wait = Σ (units × days waited) ÷ Σ units, over waiting units given stock from the queue (fills) on a day of the range; days waited = day given stock - day the order was placed.
def-fill-weeks = Weeks are 7-day periods starting on the first day of the range; the last may be shorter. A week without orders has no rate (a gap in the chart).
measure-unit-fill = Unit fill rate (units)
measure-line-fill = Line fill rate (lines)
measure-order-fill = Order fill rate (orders)
measure-backorder-rate = Backorder rate (orders)
measure-filled-units = Backordered units given stock in the range
series-unit-fill = Unit fill rate
series-order-fill = Order fill rate
series-backorder-rate = Backorder rate
axis-week-starting = Week starting
fill-no-orders = No orders were placed in this range: the rates are undefined (—).

## Reports: reorder, valuation, promises

def-reorder-available = Available = on hand - allocated (units held for order lines); incoming = units outstanding on open purchase orders; waiting = units customers wait for.
def-reorder-position = Position = available + incoming - waiting; target = reorder point + safety stock.
def-reorder-low = A product is low when its position is below its target (so any product with customers waiting beyond what is on order is low).
def-reorder-suggested = Suggested quantity = the larger of the reorder quantity and target - position: enough to clear the queue, restore the safety stock and bring the position back to the reorder point.
def-reorder-cost = Cost = suggested quantity × the product's current cost. Products without a supplier are listed under "(no supplier)".
reorder-note = 
    { $low } of { $checked ->
        [one] { $checked } product
       *[other] { $checked } products
    } { $low ->
        [one] is
       *[other] are
    } low; suggested: { $units ->
        [one] { $units } unit
       *[other] { $units } units
    }.
def-valuation-method = Method: current cost. Value = units on hand × the product's cost as it is set today (not FIFO, not average cost: past purchase prices are not used).
def-valuation-units = Units on hand = the sum of the product's stock-ledger movements dated on or before the as-of day (today: the product's on-hand).
def-valuation-left-out = Products with no units on hand are left out of the table (they are worth nothing); they still count in "products checked".
def-valuation-category = Category value = the sum of its products' values; products without a category are under "(no category)".
valuation-note = 
    Valuation method: current cost. { $units ->
        [one] { $units } unit
       *[other] { $units } units
    } of { $products ->
        [one] { $products } product
       *[other] { $products } products
    } on hand, worth { $value }.
promises-none-finished = No backordered line finished shipping in this range.
promises-bar = { $share }% of { $of }
promises-no-dated-line = no dated line
col-scope = Scope
all-suppliers = All suppliers
no-supplier = (no supplier)
no-category = (no category)

## Reports: promises

def-promises-lines = Lines counted: order lines that waited for stock and were given stock from the queue (at least one fill), have nothing left allocated or waiting, and whose last unit shipped on a day of the range. A line whose waiting units were all cancelled, with no fill, is not counted: no promise of it was put to the test.
def-promises-first = First promise: the first dated promise (ETA) the line was given; a line never given a date is counted under "no date given" and left out of the share.
def-promises-kept = Kept: the line's last shipment was on or before its first promise. Share kept = kept lines ÷ lines with a first promise.
def-promises-late = Days late of a late line = day of its last shipment - its first promise. Average days late = Σ days late ÷ late lines (late lines only).
def-promises-supplier = Supplier: the product's supplier as set today; products without one are under "(no supplier)".

## Reports: titles, the PDF's frame

report-backorders = Open backorders
report-aging = Backorder aging
report-fill-rate = Fill rate and backorder rate
report-reorder = Reorder suggestions
report-valuation = Stock valuation
report-promises = Promises kept
report-ledger = Stock ledger of { $sku }
report-period = { $from } – { $to }
report-as-of = as of { $day }
report-from = From
report-to = To
report-as-of-label = As of
report-printed = Printed
report-rows-cut = The first { $shown } of { $rows } rows are printed; the CSV export of this report has them all.
report-not-printed = Not printed
report-tables-left-out = { $tables } more table(s) with { $rows } row(s) are left out of this PDF ({ $max } rows are printed at most); the CSV export of this report has them all.
report-how-computed = How these figures are computed
report-page-of = Page { $page } of { $pages }

## Import problems (cells)

import-not-money = '{ $value }' is not { $what } (expected e.g. 12.50)
import-negative = '{ $value }' is negative; { $what } cannot be negative
import-not-whole = '{ $value }' is not a whole number ({ $what })

## Import problems (cells and formats)

import-not-a-time = '{ $value }' is not a time (expected YYYY-MM-DD HH:MM:SS)
import-not-a-policy = '{ $value }' is not a backorder policy (allow, notify or refuse)
import-what-price = a price
import-what-cost = a cost
import-what-lead-time = lead time in days
import-what-on-hand = on-hand stock
import-what-low-stock = low stock amount
import-what-stock = stock
import-what-quantity = quantity
import-what-priority = priority
import-customer-needs-name = empty; every customer needs a name
import-not-a-shipping-preference = '{ $value }' is not a shipping preference (partial or complete)
import-not-a-contact-way = '{ $value }' is not a way to reach a customer (email, paper or both)
import-order-number-empty = empty; rows of one order share its number
import-line-needs-sku = empty; every order line needs a SKU
import-qty-zero = 0; a line must order at least 1
import-qty-empty = empty; how many were ordered?
import-whose-order = empty, and no customer name either: whose order is it?
import-product-needs-sku = empty; every product needs a SKU
import-variant-needs-sku = empty; Stockroom needs a SKU for every variant
import-no-title = no Title for handle '{ $handle }' on this or an earlier row
import-not-shopify-policy = '{ $value }' is not a Shopify inventory policy (deny or continue)
import-stockroom-needs-sku = empty; Stockroom needs a SKU for every product
import-not-woo-backorders = '{ $value }' is not a WooCommerce backorder setting (0, 1 or notify)

## Import: problems and the summary

import-problem-at-column = line { $line }, { $column }: { $problem }
import-problem-at-line = line { $line }: { $problem }
import-summary = 
    { $outcome ->
        [dry-run] Dry run, nothing stored
        [imported] Imported
       *[nothing] Nothing imported
    } ({ $format } file, { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    }): { $created } { $things ->
        [orders] { $created ->
            [one] order
           *[other] orders
        }
        [products] { $created ->
            [one] product
           *[other] products
        }
       *[customers] { $created ->
            [one] customer
           *[other] customers
        }
    } created, { $updated } updated, { $unchanged } unchanged, { $skipped ->
        [one] 1 row
       *[other] { $skipped } rows
    } skipped, { $rejected ->
        [one] 1 row
       *[other] { $rejected } rows
    } with problems{ $advice ->
        [yes] { " " }— fix them or import with --skip-bad-rows
       *[no] {""}
    }
import-width = { $cells } cells where the header has { $want } (a quote left open, or a delimiter inside an unquoted cell?)
import-sku-twice = SKU '{ $sku }' is already on line { $first }
import-email-twice = '{ $email }' is already on line { $first }
import-new-product-name = empty; a new product needs a name
import-new-product-price = empty; a new product needs a price
import-order-apart = order '{ $order }' already appeared on line { $first }; keep the rows of one order together
import-order-refused = order '{ $order }': { $problem }
import-web-order-needs-name = empty; every row of a web shop order names its order
import-web-order-no-items = order '{ $order }' has no line items
import-web-unknown-sku = no product with SKU '{ $sku }' (add it, or import the web shop's products first)
import-web-fulfilled-short = order '{ $order }' was already sent by the web shop, but only { $free } of { $sku } are free in stock for its { $qty } (units waiting customers hold are not taken): count the stock, then import again
import-web-foreign-currency = order '{ $order }' is in { $currency }, but the shop's currency is { $shop }; Stockroom keeps one currency and does not convert prices
import-webshop-summary = Web shop orders: { $already } already there, { $cancelled } cancelled here (cancelled in the web shop since), { $shipped } recorded as shipped (sent by the web shop), { $skipped_cancelled } cancelled or refunded there (not imported), { $skipped_status } skipped by payment status (importing: { $statuses }), { $customers } new customers
webshop-status-unknown = '{ $word }' is not a web shop payment status (known: { $known })
watch-folder-not-a-folder = '{ $path }' is not an existing folder
watch-folder-other-till = Another till of this shop server sweeps the watched folder; the files dropped there are imported by that till
watch-folder-not-set = no folder given, and none is set (stockroom settings set --watch-folder DIR)

## Import header, printing, mail addresses

import-unknown-header = line 1: the header row is not a { $kind } file Stockroom knows (found: { $found }); expected { $expected }
nothing-to-print = there is nothing to print
not-code128 = '{ $value }' cannot be drawn as a Code 128 barcode: { $reason }

# Asking for a document, a list filter (issue 18)
not-a-document-kind = '{ $kind }' is not a document kind
label-key-no-sheet = '{ $key }' names no label sheet
document-in-customers-languages = a { $kind } document is in each customer's own language; only a notice, a packing slip or a shipped notice can be printed in another
not-an-order-status = '{ $word }' is not an order status (expected one of { $known })
not-a-product-filter = '{ $word }' is not a product filter (expected low_stock or out)

# The promises report's calibration (issue 20)
section-calibration = Calibration: first promise against the likely arrival
col-on-the-day = On day
col-early-1-2 = 1-2 early
col-early-3-5 = 3-5 early
col-early-6-plus = 6+ early
col-late-1-2 = 1-2 late
col-late-3-plus = 3+ late
col-avg-early = Avg early
col-p90-early = P90 early
def-promises-calibration = Calibration: the same lines, each compared at the day it likely reached the customer: its last shipment + the transit days of its order's carrier (else the default carrier's). Kept = that day is on or before the first promise; early by N = N days before it; late by N = N days after it.
## Backups and files

restore-summary = 
    Restored { $products } products, { $customers } customers and { $orders } orders from { $from }{ $upgraded ->
        [yes] { " " }(upgraded from schema version { $version })
       *[no] {""}
    }. The database as it was before is kept in { $copy }.
cannot-remove-backup = cannot remove the old backup { $path }
cannot-create-folder = cannot create the folder { $path }
cannot-reopen = cannot reopen { $path }
cannot-flush = cannot flush { $path }
cannot-run = cannot run { $program }
cannot-create-backup-folder = cannot create the backup folder { $path }
cannot-list-backup-folder = cannot list the backup folder { $path }

## Incentives in words

incentive-none = none
incentive-discount-text = { $percent }% off backordered units
incentive-credit-text = { $amount } credit
incentive-gift-text = gift: { $note }

# Promise settings (issue 20)
promises-kept-range = promises kept must be between 50 and 100 % (got { $got })
promise-history-range = the promise history must be 0 to 3650 days (got { $got })

## The shop server (issue 19)

server-url-invalid = '{ $url }' is not a shop server address ({ $reason }); write it as postgres://user@host:port/database
server-root-cert-unreadable = the server's root certificate { $path } cannot be read
server-root-cert-invalid = { $path } is not a PEM certificate ({ $reason })
server-unreachable = cannot connect to the shop server { $url }: { $reason } (a password comes from the address, { $env }, or Settings → Shop server)
server-connection-lost = the connection to the shop server { $url } was lost during this change, so it may not have been saved: look whether it was, then try again (the next change uses a new connection)
server-schema-failed = the shop could not be made on { $url }: { $reason }
server-not-empty = { $url } is not empty: a shop is copied only into an empty database (make a new one, see docs/server.md); nothing was changed
server-copy-mismatch = the copy of table { $table } does not match its source ({ $source_rows } rows there, { $copy_rows } in the copy); nothing was kept
server-push-needs-file = server push copies a shop file onto a server: give the file with --db FILE (or STOCKROOM_DB) and the server with --to URL
server-holds-no-shop = { $url } holds no Stockroom shop yet: copy this shop there first (Settings → Shop server → Copy, or stockroom server push); this computer keeps its shop file
shop-chosen-by-env = STOCKROOM_DB names the shop on this computer ({ $db }) and wins over a choice made here: unset it first
