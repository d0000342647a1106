# Stockroom: teksten voor de klant, in het Nederlands. Zie docs/translations.md.

col-sku = Artikelnr.
col-item = Artikel
col-qty = Aantal
col-expected = Verwacht

units = { $count ->
    [one] { $count } stuk
   *[other] { $count } stuks
}
date-to-be-confirmed = datum volgt
date-was = (eerder { $date })
progress-ready = { $ready } van { $wanted } klaar voor verzending
progress-shipped = { $shipped } van { $wanted } al verzonden
progress-shipped-ready = { $shipped } van { $wanted } verzonden, { $ready } klaar voor verzending

greeting = Beste { $name },
contact-shop = Vragen? Neem contact op met { $shop }.
contact-lines = Vragen? Neem contact met ons op: { $contact }.
nothing = Niets
ref-order = Bestelling
ref-order-date = Besteldatum
ref-date = Datum
page-of = Pagina { $page } van { $pages }
ref-shipment = Zending

incentive-title = Bedankt voor het wachten
incentive-discount = { $percent }% korting op deze artikelen, al verrekend: { $amount } minder op uw bestelling.
incentive-credit = Een tegoed van { $amount } voor uw geduld, te gebruiken bij uw volgende bestelling.
incentive-gift = Een cadeau voor uw geduld: { $note }.

notice-title = Melding nalevering
notice-customer = Klant
notice-your-order = Uw bestelling
notice-placed = Geplaatst
notice-items-waiting = Wachtend
notice-intro = Bedankt voor uw bestelling { $order }. { $units ->
    [one] Eén besteld artikel is op dit moment niet op voorraad. Uw plaats in de wachtrij is gereserveerd: we sturen het zodra het binnen is.
   *[other] Enkele bestelde artikelen zijn op dit moment niet op voorraad. Uw plaats in de wachtrij is gereserveerd: we sturen ze zodra ze binnen zijn.
} Dit kunt u verwachten.
notice-intro-nothing-waits = Bedankt voor uw bestelling { $order }. Goed nieuws: er wacht niets meer; alles is onderweg of al bij u.
notice-on-backorder = In nalevering
notice-shipping-now = Nu verzonden
notice-sign-off = Bedankt voor uw geduld,
notice-footer = { $shop } · Melding nalevering · Bestelling { $order }
choices-heading = Uw keuzes
choice-wait = Wachten
choice-wait-text = { $incentive ->
    [yes] U hoeft niets te doen: u houdt uw plaats in de wachtrij en het bedankje voor het wachten.
   *[no] U hoeft niets te doen: u houdt uw plaats in de wachtrij.
} We sturen de wachtende artikelen zodra ze binnen zijn, zonder extra verzendkosten, en laten het u weten als een datum verandert.
choice-swap = Ruilen
choice-swap-ask = Liever iets dat nu op voorraad is? Vraag ons om een vergelijkbaar artikel in plaats van een wachtend; het gaat meteen de deur uit.
choice-swap-offer = { $incentive ->
    [yes] Liever iets dat nu op voorraad is? Laat het ons weten en het gaat meteen de deur uit, met het bedankje voor het wachten:
   *[no] Liever iets dat nu op voorraad is? Laat het ons weten en het gaat meteen de deur uit:
}
choice-swap-instead = In plaats van { $name } ({ $sku }): { $offers }
choice-cancel = Annuleren
choice-cancel-text = Alles of een deel van wat wacht, op elk moment vóór verzending. Neem gewoon contact op en we betalen het volledig terug.

slip-title = Pakbon
slip-ship-to = Verzenden naar
slip-footer = { $shop } · Pakbon { $shipment } · Bestelling { $order }
shipment-carrier = Vervoerder
shipment-tracking = Track & trace
shipment-shipped = Verzonden
in-this-parcel = In dit pakket
still-on-backorder = Nog in nalevering
still-to-come = Volgt nog
order-complete = Niets: met dit pakket is uw bestelling compleet.
ready-next-parcel = Klaar, in het volgende pakket
cancelled = Geannuleerd
shipped-title = Uw pakket is onderweg
shipped-delivering-to = Bezorgen bij
shipped-intro = Goed nieuws: een pakket van uw bestelling { $order } is op { $date } vertrokken.
shipped-intro-carrier = Goed nieuws: een pakket van uw bestelling { $order } is op { $date } vertrokken met { $carrier }.
shipped-tracking = U kunt het volgen met trackingnummer { $tracking }.
shipped-sign-off = Bedankt voor uw aankoop,
shipped-footer = { $shop } · Verzendbevestiging { $shipment } · Bestelling { $order }

feed-in-stock = Op voorraad
feed-low-stock = Nog maar { $count } over
feed-out-of-stock = Uitverkocht
feed-backorder = In nalevering — verzonden vóór { $date }
feed-backorder-unknown = In nalevering — datum volgt

mail-backorder-subject = Uw bestelling { $order }: enkele artikelen zijn in nalevering
mail-backorder-body =
    Beste { $customer },

    bedankt voor uw bestelling { $order }. Enkele artikelen zijn op dit moment niet op voorraad; uw plaats in de wachtrij is gereserveerd en we sturen ze zodra ze binnen zijn:

    { $items }

    { $incentive }

    We laten het u weten als een datum verandert.

    Met vriendelijke groet,
    { $shop }
mail-moved-subject = Uw bestelling { $order }: een leverdatum is gewijzigd
mail-moved-body =
    Beste { $customer },

    een datum van uw bestelling { $order } is gewijzigd. Het is nu { $date }:

    { $items }

    { $incentive }

    Excuses voor het wachten. Uw plaats in de wachtrij blijft behouden.

    Met vriendelijke groet,
    { $shop }
mail-shipped-subject = Uw bestelling { $order } is onderweg
mail-shipped-body =
    Beste { $customer },

    een pakket van uw bestelling { $order } is op { $date } vertrokken:

    { $items }

    Volg het hier: { $tracking_link }

    Bedankt voor uw aankoop,
    { $shop }
