# Stockroom's screens in English (issue 17). One file per language: ui/locales/<code>.ftl.
# How to add a language and who may edit these files: docs/translations.md, "The window's texts".
# Figures placed in messages ({ $count }) are written as the shop's locale writes them.

# The language's own name, shown in Settings → Language of the screens.
language-name = English

## The frame: sidebar, window title, shared words

skip-to-content = Skip to content
nav-label = Main
nav-dashboard = Dashboard
nav-products = Products
nav-orders = Orders
nav-backorders = Backorders
nav-purchasing = Purchasing
nav-shipments = Shipments
nav-customers = Customers
nav-outbox = Outbox
nav-reports = Reports
nav-settings = Settings
window-title = { $screen } — Stockroom
shop-name-hint = Settings → About says where its data is kept
backup-failed = Last automatic backup failed: { $reason } — check the backup folder in Settings.
open-settings = Open Settings
dismiss = Dismiss
date-unknown = date to be confirmed
please-confirm = Please confirm
confirm = Confirm
go-back = Go back
cancel = Cancel
close = Close
save = Save
previous = Previous
next = Next
pager-range = { $from }–{ $to } of { $total }
nothing-here-yet = Nothing here yet.
qty-sku = { $qty } × { $sku }

## Counts (plural forms by CLDR category)

days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

## Documents: open, save, print (lib/docs.js)

doc-missing-chars = { " " }No installed font can draw: { $chars }
doc-note = { " " }Note: { $notes }
no-printer = No printer is installed. Use Save as… or Open, or add a printer in the system settings.
printer-default = { $name } (default)
print-title = Print { $label }
printer = Printer
print = Print
doc-printed = { $label } sent to { $printer } (job { $job }, { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}).
doc-opened = { $label } opened in the PDF viewer.
doc-saved = { $label } saved to { $path }.
doc-label = { $label }:{ " " }
doc-open = Open
doc-save = Save as…
doc-print = Print…
doc-language = Language
doc-language-customer = Customer's language
label-stock = Label stock
label-sheet-a4 = A4 sheet, 3 × 8 (70 × 37 mm)
label-roll-62 = 62 mm roll
labels-on = Labels on
copies = Copies
labels = Labels

## E-mail messages (lib/mail.js)

mail-sent = sent { $when }
mail-failed = failed
mail-newer = A newer message of this order carries the latest news
mail-withdrawn = withdrawn
mail-superseded = superseded
mail-queued-retry = queued, next try { $when }
mail-queued = queued
mail-message-to = Message to { $to }
mail-to = To
mail-subject = Subject
mail-status = Status
mail-message-id = Message-ID
mail-attached = Attached
mail-plain-and-html = Sent as plain text with an HTML version of the same words.
mail-view = View
mail-retry = Retry
mail-retry-done = The message to { $to } goes again now.
mail-send-now = Send now
mail-sending-to = Sending the message to { $to } now.
mail-dont-send = Don't send
mail-dont-send-ask = Don't send this message to { $to }?
mail-keep-queued = Keep it queued
mail-back-to-paper = The notice goes back to the print queue (Customers to tell).
mail-withdrawn-done = The message will not be sent; the notice is back in the print queue.
mail-none-yet = No e-mail yet.
col-queued = Queued
col-about = About
col-order = Order
col-to = To
col-subject = Subject
col-status = Status

## Notices to customers (lib/notices.js)

kind-backordered = Items on backorder
kind-promise-moved = Promise moved
kind-shipped = Parcel shipped
notice-line-waiting = { $qty } × { $sku }, expected { $eta }
notice-line-moved = { $sku }: { $old } → { $eta }
notice-tracking = tracking { $tracking }
told-phone = by phone
told-in-person = in person
notice-not-told = not told yet
notice-newer = A newer notice of this order carries the latest news
notice-superseded = superseded
notice-told = told { $how } { $when }
notice-printed = printed { $when }
notice-sent = sent { $when }
told-by-phone = By phone
told-in-person-option = In person
told-note-placeholder = What was said or agreed (optional)
told-title = { $customer } was told about { $order }
told-record = Record
told-recorded = Recorded: { $customer } was told { $how }.
told-how = How
told-note = Note

## Scanning (lib/scan.js)

scan-shipment = Shipment { $shipment } is part of order { $order }.

## Dashboard

dash-new-order = New order{ " " }
dash-customers = Customers
dash-oldest = Oldest waiting
dash-oldest-sub = { $order } · { $customer } · { $qty } × { $sku } since { $since }
dash-nobody-waiting = Nobody is waiting
dash-ready = Orders ready to ship
dash-ready-sub = Stock is here for them
dash-waiting = Lines on backorder
dash-waiting-sub = { $count ->
    [one] { $count } unit waiting
   *[other] { $count } units waiting
}
dash-value = Open backorder value
dash-value-sub = Waiting units at their order price
dash-no-date = Waiting without a date
dash-no-date-sub = Promise: date to be confirmed
dash-notify = Customers to tell
dash-notify-sub = { $count ->
    [one] { $count } notice not yet printed or sent
   *[other] { $count } notices not yet printed or sent
}
dash-open-orders = Open orders
dash-open-orders-sub = Not fully shipped
dash-stock = Stock and suppliers
dash-overdue = Purchase orders overdue
dash-overdue-sub = Expected date has passed
dash-open-pos = Open purchase orders
dash-open-pos-sub = Waiting for delivery
dash-low = Low stock
dash-low-sub = At or below the reorder point
dash-out = Nothing available
dash-out-sub = On backorder or out of stock
dash-products = Products
dash-products-sub = In the catalogue

## Shipments

shipped-on = Shipped on (empty: all days)
today = Today
slips-of-day = Packing slips of { $day }
col-shipment = Shipment
col-date = Date
col-customer = Customer
col-carrier = Carrier
col-tracking = Tracking
col-contents = Contents
col-packing-slip = Packing slip
slip = Slip
nothing-shipped-on = Nothing shipped on { $day }.
nothing-shipped = Nothing shipped yet.

## Outbox

outbox-all = All messages
outbox-queued = Queued
outbox-sent = Sent
outbox-failed = Failed
outbox-superseded = Superseded or withdrawn
outbox-show = Show
outbox-empty = No e-mail yet: messages appear here when customers are told.
outbox-not-set-up = E-mail is not set up: notices go on paper. Set up e-mail in Settings.
outbox-not-set-up-yet = E-mail is not set up yet.{ " " }
outbox-set-up = Set up e-mail
outbox-set-up-why = { " " }to tell customers by e-mail.
outbox-auto = Messages are sent by themselves, within moments.
outbox-review-mode = You review messages before they are sent (below).
outbox-other-till = Another till on the shop server sends the e-mail, one message at a time; this one takes over when that till closes.
outbox-last-round = { " " }Last looked { $when }; { $count ->
    [one] { $count } message
   *[other] { $count } messages
} sent since Stockroom started.
outbox-sending = Sending now…{ " " }
outbox-problem = Not sending: { $problem }. Queued messages are kept and tried again.
outbox-send-to = Send to { $to }
outbox-send-picked = Send the ticked ones
outbox-sending-count = Sending { $count ->
    [one] { $count } message
   *[other] { $count } messages
} now.
outbox-withdraw-picked = Don't send the ticked ones
outbox-withdrawn = Withdrawn: those notices are back in the print queue.
outbox-waiting = Waiting to go: { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
outbox-to-review = To review: { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
outbox-item = { " " }{ $to } — { $subject }

## Products

status-in-stock = In stock
status-low-stock = Low stock
status-backorder = Backorder
status-out-of-stock = Out of stock
policy-allow = Sell past stock silently
policy-notify = Sell past stock and tell the customer
policy-refuse = Never sell past stock
products-filter-low = Low stock: at or below the reorder point
products-filter-out = Nothing available: on backorder or out of stock
products-search-placeholder = Search SKU or name — or scan a barcode
products-search = Search products
product-add = Add product
products-scan-hint = Scan or type a SKU, barcode or order number and press Enter to open it.
products-show-all = Show all products
col-sku = SKU
col-name = Name
col-price = Price
col-on-hand = On hand
col-allocated = Allocated
col-available = Available
col-incoming = Incoming
col-waiting = Waiting
products-none = No products yet.
back-to-products = ← Products
edit = Edit
adjust-stock = Adjust stock
fig-waiting-units = Waiting (units)
fig-waiting-lines = Waiting lines
fig-cost = Cost
fig-reorder-point = Reorder point
fig-reorder-qty = Reorder qty
fig-lead-time = Lead time
not-set = not set
fig-new-order-arrives = A new order arrives by
product-no-barcode = No barcode: labels carry a Code 128 of the SKU.
product-queue = Queue — who waits, in the order stock will go to them
col-position = Position
col-priority = Priority
col-placed = Placed
col-promise = Promise
product-queue-empty = Nobody is waiting for this product.
col-po = PO
col-supplier = Supplier
col-expected = Expected
col-outstanding = Outstanding
product-pos-empty = No open purchase order for this product.
product-ledger = Stock ledger
col-movement = Movement
col-qty = Qty
col-balance = Balance
col-reason = Reason
col-reference = Reference
product-ledger-empty = No stock movements yet.
product-sku-hint = A new SKU keeps the product’s history, queue and orders.
field-category = Category
field-barcodes = Barcodes
product-barcodes-hint = EAN-13, EAN-8, UPC-A or GTIN-14; scan them here, one after the other.
field-safety-stock = Safety stock
field-reorder-qty = Reorder quantity
field-lead-time = Lead time (days)
product-lead-time-hint = Empty: promises say “date to be confirmed”.
field-when-out = When out of stock
product-policy-hint = Changing to “Never sell past stock” does not cancel orders already waiting; it refuses new orders that would go short.
field-opening-stock = Opening stock
field-description = Description
save-changes = Save changes
adjust-reason-placeholder = e.g. damaged in storage, stock count
adjust-record = Record adjustment
adjust-qty = Quantity (+/−)
status-backorder-eta = Backorder · { $eta }
date-tbc = date TBC
products-showing = Showing: { $filter }.{ " " }
products-no-match = No product matches “{ $search }”.
product-supplier = supplier { $supplier }
product-policy = Backorders: { $policy }.
product-barcodes = Barcodes: { $barcodes }
date-overdue = { $date } (overdue)
edit-named = Edit { $name }
named-added = { $name } added.
named-saved = { $name } saved.
product-promises-moved = { " " }The promise of { $count ->
    [one] { $count } waiting order
   *[other] { $count } waiting orders
} moved; the customers are on the notices list.
adjust-title = Adjust stock of { $sku }
adjust-on-hand = { $sku }: on hand is now { $qty }.
adjust-allocated = Allocated to { $orders }.
adjust-taken-back = Taken back from { $orders }.
adjust-explain = On hand { $onHand }, allocated { $allocated }. A positive number adds units (they go to waiting customers first); a negative one removes them.
adjust-qty-placeholder = -2 or 5

## Customers

customers-search-placeholder = Search name, email, phone or address
customers-search = Search customers
customer-add = Add customer
col-email = Email
col-phone = Phone
col-address = Address
col-ships = Ships
ships-complete-only = Complete orders only
ships-partial-ok = Partial OK
customers-none = No customers yet.
contact-email = By e-mail
contact-paper = On paper (printed letters)
contact-both = By e-mail and on paper
back-to-customers = ← Customers
customer-new-order = New order for this customer
col-total = Total
orders-none = No orders yet.
customer-told = What they were told, and when
col-due = Due
col-details = Details
customer-told-empty = Nothing to tell this customer yet.
customer-emails = E-mails
customer-emails-empty = No e-mail to this customer yet.
customer-news-reaches = News reaches them
customer-shipping-pref = Shipping preference
ships-complete-text = Wait and ship the whole order together.
ships-partial-text = Ship what is in stock now, the rest later.
ships-partial-option = Ship what is in stock now (partial)
ships-complete-option = Wait and ship everything together (complete)
contact-default-option = E-mail when an address is known, else paper
contact-email-option = E-mail
contact-paper-option = Paper (printed letters)
contact-both-option = Both e-mail and paper
customer-new = New customer
field-postal-address = Postal address
field-postal-address-hint = Several lines; any script.
field-when-not-in-stock = When not everything is in stock
field-tell-them-by = Tell them by
customers-no-match = No customer matches “{ $search }”.
customer-since = Customer since { $when }

## Orders

orders-search-placeholder = Search order number or customer
orders-search = Search orders
orders-any-status = Any status
col-ready-to-ship = Ready to ship
col-lines = Lines
orders-no-match = No orders match.
change = Change
order-complete-only = This customer wants complete orders only: nothing ships until every item is here.
order-customer-placeholder = Type a name, email or phone
order-find-customer = Find customer
order-matching-customers = Matching customers
order-no-customer-match = No customer matches — add a new one.
order-new-customer = New customer…
order-sku-placeholder = SKU or scan
order-qty-invalid = The quantity must be a whole number of at least 1.
order-default-carrier = Default carrier
order-confirm = Confirm order
order-lines-empty = Scan or type a SKU above and press Enter.
order-choose-customer-promise = Choose the customer to see the promise
remove = Remove
order-add-items = Add items to see what to tell the customer.
order-choose-customer-first = Choose the customer, then add items.
back-to-orders = ← Orders
order-new = New order
order-step-customer = 1. Customer
order-step-items = 2. Items
field-quantity = Quantity
order-add-item = Add item
col-product = Product
col-what-to-tell = What the customer can be told
col-actions = Actions
order-step-options = 3. Options
order-priority-hint = Higher is served first when stock arrives.
order-all-in-stock = Everything is in stock.
email-now = E-mail now
order-nothing-to-ship = Nothing to ship yet
order-ship-now = Ship now
order-change-priority = Change priority
order-cancel = Cancel order
carrier-default = default
fig-subtotal = Subtotal
fig-incentive = Incentive
col-ordered = Ordered
col-ready = Ready
col-shipped = Shipped
col-cancelled = Cancelled
col-queue = Queue
order-swap = Swap…
order-cancel-line = Cancel…
col-documents = Documents
doc-shipped-notice = Shipped notice
doc-backorder-notice = Backorder notice
order-no-notice-needed = Nothing on backorder: no notice needed.
order-no-email = No e-mail about this order yet.
order-email-not-set-up = E-mail is not set up: this order’s news goes on paper.
incentive-none = none
field-tracking = Tracking number
shipment-print-hint = Print the packing slip for the parcel, and the shipped notice for the customer.
done = Done
priority-hint = Higher priority orders get arriving stock first; promises of the other waiting orders move accordingly.
cancel-units = Cancel these units
field-units-to-cancel = Units to cancel
cancel-freed-hint = Freed stock goes to the next customer waiting. This cannot be undone.
keep-them = Keep them
swap = Swap
swap-none = No product of the same category, within a quarter of the price, has enough in stock.
field-units-to-swap = Units to swap
keep-waiting = Keep waiting
keep-the-order = Keep the order
order-status-open = Open
order-status-backordered = Backordered
order-status-partially-shipped = Partially shipped
order-status-shipped = Shipped
order-status-cancelled = Cancelled
carrier-transit = { $name } ({ $count ->
    [one] { $count } day
   *[other] { $count } days
})
order-qty-of = Quantity of { $sku }
order-remove-sku = Remove { $sku }
order-placed = Order { $order } placed for { $customer }.
preview-in-stock = In stock — with the customer by { $eta }
preview-some-in-stock = { $qty } in stock
preview-some-on-backorder = { $qty } on backorder — expected { $eta }
preview-on-backorder = On backorder — expected { $eta }
preview-lines-ahead = { $count ->
    [one] { $count } waiting line ahead
   *[other] { $count } waiting lines ahead
}
preview-for-waiting = for waiting: { $incentive }
preview-will-wait = { $count ->
    [one] { $count } unit will wait; no incentive is offered.
   *[other] { $count } units will wait; no incentive is offered.
}
preview-will-wait-incentive = { $count ->
    [one] { $count } unit will wait. For waiting: { $incentive }.
   *[other] { $count } units will wait. For waiting: { $incentive }.
}
preview-subtotal = Subtotal { $amount }
preview-incentive = { " " }· incentive −{ $amount }
preview-total = Total { $amount }
emailing-now = E-mailing { $to } now.
order-ship-units-now = Ship { $count ->
    [one] { $count } unit
   *[other] { $count } units
} now
order-title = Order { $order }
order-placed-at = { " " }· placed { $when }
order-web-ref = { " " }· web shop order { $ref }
order-incentive = Incentive for waiting: { $incentive }.
incentive-discount = { $percent }% off the backordered units
incentive-credit = { $amount } credit
incentive-gift = gift — { $note }
ship-title = Ship order { $order }
ship-units = Ship { $count ->
    [one] { $count } unit
   *[other] { $count } units
}
shipment-left = Shipment { $shipment } left: { $lines }.
ship-still-waiting = { $count ->
    [one] { $count } unit still waits; it will follow in a later parcel.
   *[other] { $count } units still wait; they will follow in a later parcel.
}
ship-partial = { " " }Ship part of the order now (the customer is told the rest follows)
shipment-title = Shipment { $shipment }
priority-title = Priority of { $order }
priority-changed = Priority of { $order } is now { $priority }.
promises-moved = { " " }{ $count ->
    [one] { $count } promise
   *[other] { $count } promises
} moved.
cancel-units-title = Cancel { $sku } on { $order }
units-cancelled = { $count ->
    [one] { $count } unit
   *[other] { $count } units
} of { $sku } cancelled on { $order }.
freed-stock = { " " }Freed stock went to { $to }.
cancel-units-explain = { $count ->
    [one] { $count } unshipped unit
   *[other] { $count } unshipped units
} of { $name }: { $waiting } waiting, { $ready } ready. Waiting units are cancelled first.
swap-offer = { " " }{ $name } ({ $sku }), { $price } — { $count ->
    [one] { $count } unit
   *[other] { $count } units
} in stock
swap-title = Swap { $sku } on { $order }
swapped = { $order }: { $count ->
    [one] { $count } unit
   *[other] { $count } units
} of { $sku } swapped for { $to }.
swap-explain = { $count ->
    [one] { $count } unit of { $name } waits. Instead, ship now:
   *[other] { $count } units of { $name } wait. Instead, ship now:
}
order-cancel-ask = Cancel every unshipped item of order { $order }?
order-cancelled = Order { $order } cancelled.

## Backorders

bo-age-any = any
bo-pages = Pages of waiting lines
bo-all-pending = All pending notices
bo-all-told = Every customer has been told.
bo-product-sku = Product (SKU)
bo-min-age = Waiting at least (days)
bo-only-without-date = { " " }Only without a date
col-age-days = Age (days)
col-told = Told?
bo-not-yet = not yet
bo-told = told
bo-empty = Nobody is waiting. Every order can ship from stock.
back-to-backorders = ← Backorders
bo-all-pending-backorder = All pending backorder notices
col-document = Document
doc-notice = Notice
bo-told-them = Told them…
bo-emails-on-way = E-mails on their way
bo-emails-review = E-mails waiting for your review
bo-emails-auto = They go by themselves; a message the server could not take yet is tried again.
bo-emails-review-hint = Send them all, some, or none (those go back to paper).{ " " }
bo-open-outbox = Open the Outbox
bo-to-tell = Customers to tell: { $customers ->
    [one] { $customers } customer
   *[other] { $customers } customers
}, { $notices ->
    [one] { $notices } notice
   *[other] { $notices } notices
} not yet printed or sent
bo-rows = rows { $from }–{ $to } of { $total }
bo-to-tell-explain = Printing or saving a notice marks it as told; so does recording that you told the customer by phone or in person. A newer notice of an order replaces an older one not yet given. Shipped notices are printed from the order or the Shipments screen.
bo-send-all = { $count ->
    [one] Send it now
   *[other] Send all { $count } now
}

## Settings

incentive-option-none = No incentive
incentive-option-discount = Discount % on backordered units
incentive-option-credit = Fixed credit off the order
incentive-option-gift = Gift note
settings-contact-placeholder = phone · email · website
settings-system-printer = The system default printer
settings-save = Save settings
settings-saved = Settings saved.
settings-store = Store
settings-store-name = Store name
settings-contact = Contact
settings-currency = Currency (ISO code)
settings-promises = Promises and backorders
settings-handling-days = Handling days
settings-handling-hint = Days to pick and pack; part of every promise.
settings-wording = Web-shop availability text for backordered products ({ "{" }date{ "}" } = the promised date)
settings-printing = Printing and backups
settings-paper = Paper size
settings-backup-folder = Backup folder
settings-logo-choose = Choose…
settings-no-logo-chosen = No logo chosen.
settings-logo-removed = The documents no longer carry a logo.
settings-logo = Logo on documents
settings-no-logo = No logo
settings-logo-hint = A PNG or JPEG, drawn at the top left of notices and packing slips.
mail-user-placeholder = none: no login
mail-auto-on = Send them by themselves, at once
mail-auto-off = Let me review them first (Outbox)
mail-save = Save e-mail settings
mail-test = Send me a test message
mail-sending = Sending…
mail-saved = E-mail settings saved.
mail-saved-incomplete = Saved. E-mail starts once a server and a sender address are set.
mail-title = E-mail to customers
mail-explain = Backorder notices, new dates and tracking numbers go by e-mail to customers who want it, with the letter attached as a PDF.
mail-server = Server
mail-port = Port
mail-security = Security
mail-user = User
mail-password = Password
mail-from = Sender address
mail-from-hint = Customers see this as From.
mail-reply-to = Replies go to
mail-sending-mode = Sending
mail-test-to = Test message to
template-default = The default words.
template-own = Your own words.
template-preview = Preview
template-subject-label = Subject:{ " " }
template-save = Save these words
template-reset = Back to the default words
template-reset-done = The default words are back.
template-title = E-mail texts
template-message = Message
template-text = Text
carrier-placeholder = e.g. DHL Parcel
carrier-add = Add carrier
carriers = Carriers
carriers-explain = Transit days are added to every promise; the default carrier is used when an order names none.
col-transit-days = Transit days
col-default = Default
carrier-make-default = Make default
carriers-none = No carriers yet: promises count no transit time.
carriers-tracking-explain = The tracking link (with { "{" }tracking{ "}" } where the number goes) is in every shipped e-mail.
col-tracking-link = Tracking link
carrier-edit = Edit…
carrier-edit-title = Carrier { $name }
carrier-tracking-hint = { "{" }tracking{ "}" } stands for the parcel’s number; leave empty for no link.
carrier-make-default-check = { " " }Make default
about = About
backup-now = Back up now…
backup-none-made = No backup made.
restore = Restore from a backup…
restore-ask = Replace everything in Stockroom with a backup?
restore-choose = Choose the backup…
restore-keep = Keep the current data
restore-detail = The backup is checked before anything changes, and a copy of the current database is kept.
restore-nothing = Nothing restored.
backup = Backup
backup-set-folder = Set a backup folder above to have it offered first.
incentive-percent = Percent
incentive-amount = Amount
incentive-note = Note
incentive-gift-placeholder = a free sample
paper-us-letter = US Letter
printer-system-default = { $name } (system default)
printer-not-installed = { $name } (not installed)
settings-backup-placeholder = /home/shop/Backups
settings-logo-chosen = The documents now carry { $file } as the logo.
mail-security-starttls = STARTTLS (port 587)
mail-security-tls = TLS (port 465)
mail-security-none = None (this computer only)
mail-password-stored = stored — type to replace
mail-reply-to-placeholder = the sender address
mail-test-sent = Sent to { $to }. The server answered: { $reply }
template-fields = Fields: { $fields }
template-attached = Attached: { $file }
template-saved = The { $kind ->
    [backordered] items on backorder
    [promise_moved] promise moved
   *[shipped] parcel shipped
} message now has your words.
carrier-now-default = { $name } is now the default carrier.
carrier-added = Carrier { $name } added.
about-version = Stockroom { $version }
about-data-before = The shop’s data is kept in{ " " }
about-data-after = .
backup-pending = Today's automatic backup has not finished yet.
backup-last = Last backup: { $at } ({ $path }).
backup-last-failed = Last automatic backup failed: { $reason } — check the backup folder above.
backup-written = Backup written to { $path } ({ $kb } KB).
backup-explain = A copy of the whole database, made while the shop keeps working.
backup-folder-is = The backup folder is { $folder }.
backup-on-server = The shop is on a shop server: each computer that uses it keeps its own daily copy here, an ordinary shop file. Restoring replaces the shop on the server for every till; the server's shop is first saved beside the backup.
settings-language = Language of the screens
settings-locale = Locale for numbers, dates and money
settings-locale-hint = A language and region, e.g. en-GB, de-DE, de-CH, pl-PL.

## Purchasing

po-overdue = Overdue
po-search-placeholder = Search PO number, supplier or SKU
po-search = Search purchase orders
po-new = New purchase order
po-open-only = { " " }Open only
po-showing-overdue = Showing overdue purchase orders only.{ " " }
show-all = Show all
po-none-open = No open purchase orders.
po-none = No purchase orders yet.
back-to-purchasing = ← Purchasing
po-change-date = Change expected date
po-cancel = Cancel purchase order
po-receive = Receive delivery
po-was-cancelled = This purchase order was cancelled: what was not received will not come. Promises no longer count on it.
col-received = Received
po-labels = Labels for the received units
po-cancel-no-moves = No waiting order counts on this delivery: no promise moves.
po-cancel-moves = These waiting orders counted on this delivery. Their promise moves, and their customers will be on the notices list:
col-promised = Promised
col-now = Now
keep-it = Keep it
receive-enter-units = Enter the units that arrived.
receive-fills = This delivery will fill these waiting orders, first in the queue first
col-units = Units
receive-no-order = No order is waiting for these items.
receive-scan-placeholder = Scan each unit
receive-scan-label = Scan each unit as it comes out of the box
receive-scan-hint = Scan each unit, or type the quantities below.
receive = Receive
received-on-shelf = Received. No order was waiting; the stock is on the shelf.
receive-scan = Scan
col-received-now = Received now
po-no-dependants = No waiting order depends on this delivery.
po-change-date-button = Change date
po-expected-delivery = Expected delivery
po-promises-after = Promises after the change
po-promises-moved = These customers’ promises moved; their notices are now waiting under Backorders → Customers to tell:
po-no-promise-moved = No customer’s promise moved.
col-was = Was
ok = OK
po-lines-empty = Add items by SKU or scan.
po-qty-placeholder = reorder qty
po-create = Create purchase order
po-suggestions = Reorder suggestions
po-no-suggestions = No product is low: nothing to suggest.
col-suggested = Suggested
po-items = Items
po-status-open = open
po-status-partially-received = partially received
po-status-received = received
po-status-cancelled = cancelled
po-title = Purchase order { $po }
po-sub = { $supplier } · ordered { $ordered } · expected { $expected }
po-first-promised = { " " }(first promised { $date })
po-late = This delivery was expected on { $date } and is late. Changing the expected date moves the promises of the customers waiting for it.
po-cancel-title = Cancel purchase order { $po }?
po-cancelled = { $po } cancelled.
po-new-promises = { " " }{ $count ->
    [one] { $count } order has a new promise.
   *[other] { $count } orders have a new promise.
}
po-cancel-explain = { $units } will not come from { $supplier }. Units already received stay in stock. This cannot be undone.
receive-units-of = Units of { $sku } received
receive-on-shelf = { $count ->
    [one] { $count } unit goes on the shelf.
   *[other] { $count } units go on the shelf.
}
scan-not-on-po-known = { $code } ({ $sku }, { $name }) is not on { $po }: put it aside.
scan-not-on-po = { $code } is not on { $po }: put it aside.
scan-extra = All { $count } outstanding units of { $sku } are already scanned: this one is extra.
scanned-units = { $count ->
    [one] { $count } unit scanned.
   *[other] { $count } units scanned.
}
scanned-units-line = { $count ->
    [one] { $count } unit scanned
   *[other] { $count } units scanned
}; { $sku }: { $scanned } of { $outstanding }.
receive-title = Receive { $po }
received-allocated = Received. Allocated to { $to }.
po-dependants = { $count ->
    [one] { $count } waiting order line may depend on this delivery: { $orders }.
   *[other] { $count } waiting order lines may depend on this delivery: { $orders }.
}
po-dependants-more = { $count ->
    [one] { $count } waiting order line
   *[other] { $count } waiting order lines
} may depend on this delivery: { $orders } and { $rest ->
    [one] { $rest } more line
   *[other] { $rest } more lines
} (see Backorders).
expect-title = Expected date of { $po }
expect-changed = Expected date of { $po } is now { $date }; { $count ->
    [one] { $count } promise
   *[other] { $count } promises
} moved.
po-created = Purchase order { $po } created.
po-filled-in = Filled in from the suggestions for { $supplier }. Check the quantities, then create.
po-no-supplier-set = { $supplier } (no supplier set)
po-use-these = Use these { $count }

## Reports

not-saved = Not saved.
col-what-it-holds = What it holds
col-export = Export
export-lists = Export lists as CSV
feed-title = Availability feed for a web shop
feed-explain = Each product’s status and the date a new order would arrive, in the shop’s wording.
import-pick = Choose a CSV file…
import = Import
import-skip-bad = { " " }Import the good rows and leave out the ones with problems
import-title = Import from CSV
import-explain = Stockroom’s own CSV, or an export from Shopify or WooCommerce. The file is checked first; nothing is stored until you press Import. All rows go in, or none.
import-kind = What the file holds
report-from = From
report-to = To (empty: today)
report-show = Show report
report-the = the report
report-opened = Report opened in the PDF viewer.
report-definitions = How each figure is computed
report = Report
report-save-pdf = Save PDF…
report-save-csv = Save CSV…
report-open-pdf = Open PDF
export-products = Products
export-products-what = Every product with its figures: on hand, allocated, available, incoming, waiting.
export-orders = Orders
export-orders-what = Every order line, in the format the import reads back.
export-backorders = Backorders
export-backorders-what = Who waits for what, in queue order, with promises and ages.
export-customers = Customers
export-customers-what = Names, contacts and addresses.
export-pos = Purchase orders
export-pos-what = Supplier orders with expected dates and what is outstanding.
export-shipments = Shipments
export-shipments-what = Every parcel with carrier and tracking number.
export-saved = Saved { $count ->
    [one] { $count } row
   *[other] { $count } rows
} to { $path }.
export-button = Export { $list }…
feed-button = Availability feed ({ $format })…
col-list = List
import-checked = Checked { $file } without storing anything:
report-backorders = Open backorders
report-aging = Backorder aging
report-reorder = Low stock and reorder suggestions
report-valuation = Stock valuation
report-fill-rate = Fill rate and backorder rate
report-promises = Promises kept
report-ledger = Stock ledger of one product
report-printed = Report sent to { $printer } (job { $job }).
report-saved = Report saved to { $path }.
report-period = { $from } – { $to }
report-as-of = As of { $date }
report-charts = { " " }· the PDF adds { $count ->
    [one] { $count } chart
   *[other] { $count } charts
} of these figures

## Keys

shortcut-new-order = Ctrl+N

## Progress of long work (sent by the backend as message ids)

progress-computing-report = Computing the report…
progress-report-ready = Report ready.
progress-making-report = Making the report…
progress-report-failed = The report could not be made.
progress-writing = Writing…
progress-done = Done.
progress-preparing-document = Preparing the document…
progress-sending-pages = Sending { $pages } page(s) to the printer…
progress-printing-failed = Printing failed.
progress-sent-to-printer = Sent to the printer.

## Why a promise is what it is (issue 20)
why-heading = Why these dates
why-in-stock = in stock
why-po = { $po } due { $date }
why-lead-time = no purchase order yet: { $days ->
    [one] { $days } day
   *[other] { $days } days
  } lead time from { $from }
why-unknown = no date: no purchase order and no lead time
why-supplier-record = { $supplier } is { $days ->
    [one] { $days } day
   *[other] { $days } days
  } late on average over { $count ->
    [one] { $count } delivery
   *[other] { $count } deliveries
  }
why-buffer = (+{ $days ->
    [one] { $days } day
   *[other] { $days } days
  })
why-packing = + { $days ->
    [one] { $days } day
   *[other] { $days } days
  } packing
why-transit = + { $days ->
    [one] { $days } day
   *[other] { $days } days
  } transit
why-transit-carrier = + { $days ->
    [one] { $days } day
   *[other] { $days } days
  } { $carrier }
product-promise-why = A new order today: { $why }
settings-promises-kept = Promises kept (%)
settings-promises-kept-hint = The share of each supplier's past deliveries a promise allows for (default 95).
settings-promise-history = Supplier history (days)
settings-promise-history-hint = How far back deliveries count; 0 turns learning off.

## Import progress (issue 17)
progress-importing-products = Importing products — row { $row } of { $rows }
progress-importing-customers = Importing customers — row { $row } of { $rows }
progress-importing-orders = Importing orders — row { $row } of { $rows }

## Why a promise is what it is (issue 20), continued
why-supplier-on-time = { $supplier } has been on time over { $count ->
    [one] { $count } delivery
   *[other] { $count } deliveries
  }

## Web shop orders (issue 21): Settings, and the watched folder's messages
webshop-title = Web shop orders
webshop-explain = Order exports from Shopify or WooCommerce come in through Import on the Reports screen, or by themselves from a watched folder: a CSV dropped there is imported within seconds and moved to “imported”, or to “failed” with its problems. An order already here is never imported twice.
webshop-statuses = Import orders in these payment states
webshop-status-paid = Paid
webshop-status-pending = Pending
webshop-status-authorized = Authorised
webshop-status-partially-paid = Partly paid
webshop-status-partially-refunded = Partly refunded
webshop-status-refunded = Refunded
webshop-status-voided = Voided
webshop-status-expired = Expired
webshop-folder = Watched folder
webshop-folder-none = No folder watched
webshop-folder-hint = Leave empty to stop watching.
webshop-folder-choose = Choose folder…
webshop-watching = Watching { $folder }
watched-imported = { $file } imported from the watched folder. { $summary }
watched-failed = { $file } from the watched folder was not imported (moved to “failed”). { $summary }
watched-problem = The watched folder cannot be read: { $message }

## Settings → Shop server (issue 19)
server-title = Shop server
server-engine-file = This shop is one file on this computer: { $path } (schema version { $version }).
server-engine-server = { $url }: PostgreSQL { $version }, { $tls }. { $holds }
server-encrypted = encrypted
server-plain = not encrypted
server-holds-nothing = The database is empty: ready for this shop.
server-holds-shop = It holds a Stockroom shop (schema version { $version }).
server-explain = When the shop outgrows one computer, it moves onto a PostgreSQL server that every till reaches. Test the server, keep its password in this computer's keyring, copy this shop onto it (every table is checked after the copy), then use the server on this computer and on every other till. See docs/server.md.
server-url = Server address
server-url-hint = postgres://user@host:port/database; add ?sslmode=verify-full on a network you do not control.
server-password = Password
server-password-hint = Kept in this computer's keyring, never in the shop or a backup.
server-test = Test connection
server-password-save = Keep password
server-password-saved = The password is kept in this computer's keyring.
server-push = Copy this shop to the server
server-push-ask = Copy this shop onto the server?
server-push-detail = Every product, order, customer and record is copied into the server's empty database and checked table by table. This shop's file is not changed. A database that is not empty is refused.
server-pushed = Copied { $rows } rows in { $tables } tables to { $to }; every table checked.
server-on-server = Every till that opens this address works on the same shop, and sees what the others do within a second.
server-use = Use this server on this computer
server-use-ask = Open the shop on this server on this computer?
server-use-detail = From the next start this computer works on the shop on the server instead of its own file, which stays as it is. Copy the shop there first; every other till chooses the server in its own Settings.
server-used = This computer will open the shop on { $url } from the next start.
server-restart = Restart now
server-leave = Use this computer's shop file again
server-leave-ask = Go back to this computer's own shop file?
server-leave-detail = From the next start this computer works on its own shop file again, as it was before the move; the shop on the server stays as it is for the other tills.
server-left = This computer will open its shop file { $path } from the next start.
server-retry = Try again
