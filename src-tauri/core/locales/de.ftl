# Stockroom: Kundentexte auf Deutsch. Siehe docs/translations.md.

## Tabellenspalten

col-sku = Artikelnummer
col-item = Artikel
col-qty = Menge
col-expected = Voraussichtlich

## Mengen und Daten

units = { $count ->
    [one] { $count } Stück
   *[other] { $count } Stück
}
date-to-be-confirmed = Termin folgt
date-was = (bisher { $date })
progress-ready = { $ready } von { $wanted } versandbereit
progress-shipped = { $shipped } von { $wanted } bereits verschickt
progress-shipped-ready = { $shipped } von { $wanted } verschickt, { $ready } versandbereit

## Briefteile

greeting = Guten Tag { $name },
contact-shop = Fragen? Wenden Sie sich bitte an { $shop }.
contact-lines = Fragen? So erreichen Sie uns: { $contact }.
nothing = Nichts
ref-order = Bestellung
ref-order-date = Bestelldatum
ref-date = Datum
page-of = Seite { $page } von { $pages }
ref-shipment = Sendung

## Das Dankeschön fürs Warten

incentive-title = Danke fürs Warten
incentive-discount = { $percent } % Rabatt auf diese Artikel, bereits abgezogen: { $amount } weniger für Ihre Bestellung.
incentive-credit = Ein Guthaben von { $amount } für Ihre Geduld, einzulösen bei Ihrer nächsten Bestellung.
incentive-gift = Ein Geschenk für Ihre Geduld: { $note }.

## Lieferverzugsmitteilung

notice-title = Lieferverzugsmitteilung
notice-customer = Kunde
notice-your-order = Ihre Bestellung
notice-placed = Bestellt am
notice-items-waiting = Ausstehend
notice-intro = Vielen Dank für Ihre Bestellung { $order }. { $units ->
    [one] Ein bestellter Artikel ist gerade nicht vorrätig. Ihr Platz in der Warteschlange ist reserviert: Wir schicken ihn Ihnen, sobald er eintrifft.
   *[other] Einige der bestellten Artikel sind gerade nicht vorrätig. Ihr Platz in der Warteschlange ist reserviert: Wir schicken sie Ihnen, sobald sie eintreffen.
} Das dürfen Sie erwarten.
notice-intro-nothing-waits = Vielen Dank für Ihre Bestellung { $order }. Gute Nachricht: Es wartet nichts mehr; alles ist unterwegs oder schon bei Ihnen.
notice-on-backorder = Im Rückstand
notice-shipping-now = Wird jetzt verschickt
notice-sign-off = Vielen Dank für Ihre Geduld,
notice-footer = { $shop } · Lieferverzugsmitteilung · Bestellung { $order }
choices-heading = Ihre Wahl
choice-wait = Warten
choice-wait-text = { $incentive ->
    [yes] Sie müssen nichts tun: Sie behalten Ihren Platz in der Warteschlange und das Dankeschön fürs Warten.
   *[no] Sie müssen nichts tun: Sie behalten Ihren Platz in der Warteschlange.
} Wir schicken die ausstehenden Artikel, sobald sie eintreffen, ohne zusätzliche Versandkosten, und sagen Ihnen Bescheid, wenn sich ein Termin ändert.
choice-swap = Tauschen
choice-swap-ask = Lieber etwas, das jetzt vorrätig ist? Fragen Sie uns nach einem ähnlichen Artikel statt eines ausstehenden; er wird sofort verschickt.
choice-swap-offer = { $incentive ->
    [yes] Lieber etwas, das jetzt vorrätig ist? Sagen Sie es uns, und es wird sofort verschickt, mit dem Dankeschön fürs Warten:
   *[no] Lieber etwas, das jetzt vorrätig ist? Sagen Sie es uns, und es wird sofort verschickt:
}
choice-swap-instead = Statt { $name } ({ $sku }): { $offers }
choice-cancel = Stornieren
choice-cancel-text = Alles oder nur einen Teil des Ausstehenden, jederzeit vor dem Versand. Melden Sie sich einfach, wir erstatten den vollen Betrag.

## Lieferschein und Versandbestätigung

slip-title = Lieferschein
slip-ship-to = Lieferanschrift
slip-footer = { $shop } · Lieferschein { $shipment } · Bestellung { $order }
shipment-carrier = Versanddienst
shipment-tracking = Sendungsnummer
shipment-shipped = Verschickt am
in-this-parcel = In diesem Paket
still-on-backorder = Weiterhin im Rückstand
still-to-come = Folgt noch
order-complete = Nichts: Mit diesem Paket ist Ihre Bestellung vollständig.
ready-next-parcel = Versandbereit, im nächsten Paket
cancelled = Storniert
shipped-title = Ihr Paket ist unterwegs
shipped-delivering-to = Lieferung an
shipped-intro = Gute Nachricht: Ein Paket aus Ihrer Bestellung { $order } hat uns am { $date } verlassen.
shipped-intro-carrier = Gute Nachricht: Ein Paket aus Ihrer Bestellung { $order } hat uns am { $date } mit { $carrier } verlassen.
shipped-tracking = Sie können es mit der Sendungsnummer { $tracking } verfolgen.
shipped-sign-off = Vielen Dank für Ihren Einkauf,
shipped-footer = { $shop } · Versandbestätigung { $shipment } · Bestellung { $order }

## Verfügbarkeit im Webshop

feed-in-stock = Auf Lager
feed-low-stock = Nur noch { $count } verfügbar
feed-out-of-stock = Ausverkauft
feed-backorder = Nachbestellt — Versand bis { $date }
feed-backorder-unknown = Nachbestellt — Termin folgt

## E-Mail

mail-backorder-subject = Ihre Bestellung { $order }: einige Artikel sind im Rückstand
mail-backorder-body =
    Guten Tag { $customer },

    vielen Dank für Ihre Bestellung { $order }. Einige Artikel sind gerade nicht vorrätig; Ihr Platz in der Warteschlange ist reserviert, und wir schicken sie, sobald sie eintreffen:

    { $items }

    { $incentive }

    Wenn sich ein Termin ändert, sagen wir Ihnen Bescheid.

    Mit freundlichen Grüßen
    { $shop }
mail-moved-subject = Ihre Bestellung { $order }: ein Liefertermin hat sich geändert
mail-moved-body =
    Guten Tag { $customer },

    ein Termin Ihrer Bestellung { $order } hat sich geändert. Neu ist der { $date }:

    { $items }

    { $incentive }

    Bitte entschuldigen Sie die Wartezeit. Ihr Platz in der Warteschlange bleibt erhalten.

    Mit freundlichen Grüßen
    { $shop }
mail-shipped-subject = Ihre Bestellung { $order } ist unterwegs
mail-shipped-body =
    Guten Tag { $customer },

    ein Paket aus Ihrer Bestellung { $order } hat uns am { $date } verlassen:

    { $items }

    Hier können Sie es verfolgen: { $tracking_link }

    Vielen Dank für Ihren Einkauf
    { $shop }
