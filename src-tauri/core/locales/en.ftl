# Stockroom: what the customer reads, in English (the fallback for every other language).
# One file per language: see docs/translations.md. Placeables ($order, $date, ...) are filled
# in by the program; dates and amounts arrive already formatted for the shop's locale.

## Table columns

col-sku = SKU
col-item = Item
col-qty = Qty
col-expected = Expected

## Quantities and dates

units = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
date-to-be-confirmed = date to be confirmed
date-was = (was { $date })
progress-ready = { $ready } of { $wanted } ready to ship now
progress-shipped = { $shipped } of { $wanted } already shipped
progress-shipped-ready = { $shipped } of { $wanted } shipped, { $ready } ready to ship now

## Letter parts

greeting = Dear { $name },
contact-shop = Questions? Please contact { $shop }.
contact-lines = Questions? Contact us: { $contact }.
nothing = Nothing
ref-order = Order
ref-order-date = Order date
ref-date = Date
page-of = Page { $page } of { $pages }
ref-shipment = Shipment

## The thank-you for waiting

incentive-title = Thank you for waiting
incentive-discount = { $percent }% off these items, already deducted: { $amount } less on your order.
incentive-credit = A credit of { $amount } for your patience, to use on your next order.
incentive-gift = A gift for your patience: { $note }.

## Backorder notice

notice-title = Backorder notice
notice-customer = Customer
notice-your-order = Your order
notice-placed = Placed
notice-items-waiting = Items waiting
notice-intro = Thank you for your order { $order }. { $units ->
    [one] One item you ordered is not in stock right now. Your place in the queue is reserved: it is sent to you as soon as it arrives.
   *[other] Some of the items you ordered are not in stock right now. Your place in the queue is reserved: they are sent to you as soon as they arrive.
} Here is what to expect.
notice-intro-nothing-waits = Thank you for your order { $order }. Good news: nothing in it is waiting any more; everything is on its way or already with you.
notice-on-backorder = On backorder
notice-shipping-now = Shipping now
notice-sign-off = Thank you for your patience,
notice-footer = { $shop } · Backorder notice · Order { $order }
choices-heading = Your choices
choice-wait = Wait
choice-wait-text = { $incentive ->
    [yes] Nothing to do: you keep your place in the queue and the thank-you for waiting.
   *[no] Nothing to do: you keep your place in the queue.
} We send the waiting items as soon as they arrive, at no extra shipping cost, and let you know if a date changes.
choice-swap = Swap
choice-swap-ask = Prefer something in stock now? Ask us for a similar item instead of a waiting one; it ships at once.
choice-swap-offer = { $incentive ->
    [yes] Prefer something in stock now? Tell us and it ships at once, with the thank-you for waiting:
   *[no] Prefer something in stock now? Tell us and it ships at once:
}
choice-swap-instead = Instead of { $name } ({ $sku }): { $offers }
choice-cancel = Cancel
choice-cancel-text = All or only part of what waits, at any time before it ships. Just contact us and we refund it in full.

## Packing slip and shipped notice

slip-title = Packing slip
slip-ship-to = Ship to
slip-footer = { $shop } · Packing slip { $shipment } · Order { $order }
shipment-carrier = Carrier
shipment-tracking = Tracking
shipment-shipped = Shipped
in-this-parcel = In this parcel
still-on-backorder = Still on backorder
still-to-come = Still to come
order-complete = Nothing: this parcel completes your order.
ready-next-parcel = Ready, in the next parcel
cancelled = Cancelled
shipped-title = Your parcel is on its way
shipped-delivering-to = Delivering to
shipped-intro = Good news: a parcel from your order { $order } left us on { $date }.
shipped-intro-carrier = Good news: a parcel from your order { $order } left us on { $date } with { $carrier }.
shipped-tracking = You can follow it with the tracking number { $tracking }.
shipped-sign-off = Thank you for shopping with us,
shipped-footer = { $shop } · Shipped notice { $shipment } · Order { $order }

## The availability feed (the web shop's product page)

feed-in-stock = In stock
feed-low-stock = Only { $count } left
feed-out-of-stock = Out of stock
feed-backorder = On backorder — ships by { $date }
feed-backorder-unknown = On backorder — date to be confirmed

## E-mail (subject and body per kind; the shop may edit its own copy)

mail-backorder-subject = Your order { $order }: some items are on backorder
mail-backorder-body =
    Dear { $customer },

    thank you for your order { $order }. Some items are not in stock right now; your place in the queue is reserved and they are sent as soon as they arrive:

    { $items }

    { $incentive }

    We will let you know if a date changes.

    Kind regards,
    { $shop }
mail-moved-subject = Your order { $order }: a delivery date has changed
mail-moved-body =
    Dear { $customer },

    a date on your order { $order } has changed. It is now { $date }:

    { $items }

    { $incentive }

    We are sorry for the wait. Your place in the queue is kept.

    Kind regards,
    { $shop }
mail-shipped-subject = Your order { $order } is on its way
mail-shipped-body =
    Dear { $customer },

    a parcel from your order { $order } left us on { $date }:

    { $items }

    Follow it here: { $tracking_link }

    Thank you for shopping with us,
    { $shop }
