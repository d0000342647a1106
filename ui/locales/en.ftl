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

units = { $count ->
    [one] { $count } unit
   *[other] { $count } units
}
days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
notices = { $count ->
    [one] { $count } notice
   *[other] { $count } notices
}
messages = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
rows = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}
charts = { $count ->
    [one] { $count } chart
   *[other] { $count } charts
}
customers = { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
orders = { $count ->
    [one] { $count } order
   *[other] { $count } orders
}
promises = { $count ->
    [one] { $count } promise
   *[other] { $count } promises
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
doc-language-default = Customer's ({ $language })
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
