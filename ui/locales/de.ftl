# Stockroom's screens in German (issue 17). Same message ids as en.ftl; a message missing here
# shows in English. How to add a language: docs/translations.md, "The window's texts".

# The language's own name, shown in Settings → Language of the screens.
language-name = Deutsch

## The frame: sidebar, window title, shared words

skip-to-content = Zum Inhalt springen
nav-label = Hauptmenü
nav-dashboard = Übersicht
nav-products = Artikel
nav-orders = Bestellungen
nav-backorders = Rückstände
nav-purchasing = Einkauf
nav-shipments = Sendungen
nav-customers = Kunden
nav-outbox = Postausgang
nav-reports = Berichte
nav-settings = Einstellungen
window-title = { $screen } — Stockroom
shop-name-hint = Einstellungen → Über sagt, wo die Daten liegen
backup-failed = Die letzte automatische Sicherung ist fehlgeschlagen: { $reason } — bitte den Sicherungsordner in den Einstellungen prüfen.
open-settings = Einstellungen öffnen
dismiss = Schließen
date-unknown = Termin folgt
please-confirm = Bitte bestätigen
confirm = Bestätigen
go-back = Zurück
cancel = Abbrechen
close = Schließen
save = Speichern
previous = Zurück
next = Weiter
pager-range = { $from }–{ $to } von { $total }
nothing-here-yet = Noch nichts vorhanden.
qty-sku = { $qty } × { $sku }

## Counts (plural forms by CLDR category)

days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}

## Documents: open, save, print (lib/docs.js)

doc-missing-chars = { " " }Keine installierte Schrift kann diese Zeichen darstellen: { $chars }
doc-note = { " " }Hinweis: { $notes }
no-printer = Es ist kein Drucker eingerichtet. Nutzen Sie „Speichern…“ oder „Öffnen“, oder richten Sie in den Systemeinstellungen einen Drucker ein.
printer-default = { $name } (Standard)
print-title = { $label } drucken
printer = Drucker
print = Drucken
doc-printed = { $label } an { $printer } gesendet (Auftrag { $job }, { $pages ->
    [one] { $pages } Seite
   *[other] { $pages } Seiten
}).
doc-opened = { $label } im PDF-Betrachter geöffnet.
doc-saved = { $label } gespeichert unter { $path }.
doc-label = { $label }:{ " " }
doc-open = Öffnen
doc-save = Speichern…
doc-print = Drucken…
doc-language = Sprache
doc-language-customer = Sprache des Kunden
label-stock = Etikettenmaterial
label-sheet-a4 = A4-Bogen, 3 × 8 (70 × 37 mm)
label-roll-62 = Rolle 62 mm
labels-on = Etiketten auf
copies = Anzahl
labels = Etiketten

## E-mail messages (lib/mail.js)

mail-sent = gesendet { $when }
mail-failed = fehlgeschlagen
mail-newer = Eine neuere Nachricht zu dieser Bestellung enthält den aktuellen Stand
mail-withdrawn = zurückgezogen
mail-superseded = überholt
mail-queued-retry = wartet, nächster Versuch { $when }
mail-queued = wartet
mail-message-to = Nachricht an { $to }
mail-to = An
mail-subject = Betreff
mail-status = Status
mail-message-id = Message-ID
mail-attached = Anhang
mail-plain-and-html = Gesendet als reiner Text mit einer HTML-Fassung derselben Worte.
mail-view = Ansehen
mail-retry = Erneut senden
mail-retry-done = Die Nachricht an { $to } geht jetzt erneut hinaus.
mail-send-now = Jetzt senden
mail-sending-to = Die Nachricht an { $to } wird jetzt gesendet.
mail-dont-send = Nicht senden
mail-dont-send-ask = Diese Nachricht an { $to } nicht senden?
mail-keep-queued = Warten lassen
mail-back-to-paper = Die Mitteilung kommt zurück in die Druckliste (Zu benachrichtigen).
mail-withdrawn-done = Die Nachricht wird nicht gesendet; die Mitteilung ist wieder in der Druckliste.
mail-none-yet = Noch keine E-Mail.
col-queued = Eingereiht
col-about = Betrifft
col-order = Bestellung
col-to = An
col-subject = Betreff
col-status = Status

## Notices to customers (lib/notices.js)

kind-backordered = Artikel im Rückstand
kind-promise-moved = Termin verschoben
kind-shipped = Paket versandt
notice-line-waiting = { $qty } × { $sku }, erwartet { $eta }
notice-line-moved = { $sku }: { $old } → { $eta }
notice-tracking = Sendungsnummer { $tracking }
told-phone = telefonisch
told-in-person = persönlich
notice-not-told = noch nicht benachrichtigt
notice-newer = Eine neuere Mitteilung zu dieser Bestellung enthält den aktuellen Stand
notice-superseded = überholt
notice-told = { $how } benachrichtigt { $when }
notice-printed = gedruckt { $when }
notice-sent = gesendet { $when }
told-by-phone = Telefonisch
told-in-person-option = Persönlich
told-note-placeholder = Was gesagt oder vereinbart wurde (optional)
told-title = { $customer } wurde über { $order } benachrichtigt
told-record = Vermerken
told-recorded = Vermerkt: { $customer } wurde { $how } benachrichtigt.
told-how = Wie
told-note = Notiz

## Scanning (lib/scan.js)

scan-shipment = Sendung { $shipment } gehört zu Bestellung { $order }.

## Dashboard

dash-new-order = Neue Bestellung{ " " }
dash-customers = Kunden
dash-oldest = Wartet am längsten
dash-oldest-sub = { $order } · { $customer } · { $qty } × { $sku } seit { $since }
dash-nobody-waiting = Niemand wartet
dash-ready = Versandbereite Bestellungen
dash-ready-sub = Die Ware ist da
dash-waiting = Positionen im Rückstand
dash-waiting-sub = { $count ->
    [one] { $count } Stück wartet
   *[other] { $count } Stück warten
}
dash-value = Offener Rückstandswert
dash-value-sub = Wartende Stücke zum Bestellpreis
dash-no-date = Wartet ohne Termin
dash-no-date-sub = Zusage: Termin folgt
dash-notify = Zu benachrichtigen
dash-notify-sub = { $count ->
    [one] { $count } Mitteilung noch nicht gedruckt oder gesendet
   *[other] { $count } Mitteilungen noch nicht gedruckt oder gesendet
}
dash-open-orders = Offene Bestellungen
dash-open-orders-sub = Nicht vollständig versandt
dash-stock = Lager und Lieferanten
dash-overdue = Überfällige Einkäufe
dash-overdue-sub = Liefertermin ist verstrichen
dash-open-pos = Offene Einkaufsbestellungen
dash-open-pos-sub = Warten auf Lieferung
dash-low = Knapper Bestand
dash-low-sub = Am oder unter dem Meldebestand
dash-out = Nichts verfügbar
dash-out-sub = Im Rückstand oder ausverkauft
dash-products = Artikel
dash-products-sub = Im Sortiment

## Shipments

shipped-on = Versandt am (leer: alle Tage)
today = Heute
slips-of-day = Lieferscheine vom { $day }
col-shipment = Sendung
col-date = Datum
col-customer = Kunde
col-carrier = Versand
col-tracking = Sendungsnr.
col-contents = Inhalt
col-packing-slip = Lieferschein
slip = Lieferschein
nothing-shipped-on = Am { $day } wurde nichts versandt.
nothing-shipped = Noch nichts versandt.

## Outbox

outbox-all = Alle Nachrichten
outbox-queued = Wartend
outbox-sent = Gesendet
outbox-failed = Fehlgeschlagen
outbox-superseded = Überholt oder zurückgezogen
outbox-show = Anzeigen
outbox-empty = Noch keine E-Mail: Nachrichten erscheinen hier, sobald Kunden benachrichtigt werden.
outbox-not-set-up = E-Mail ist nicht eingerichtet: Mitteilungen gehen auf Papier. E-Mail in den Einstellungen einrichten.
outbox-not-set-up-yet = E-Mail ist noch nicht eingerichtet.{ " " }
outbox-set-up = E-Mail einrichten
outbox-set-up-why = , um Kunden per E-Mail zu benachrichtigen.
outbox-auto = Nachrichten gehen von selbst hinaus, binnen Augenblicken.
outbox-review-mode = Sie prüfen Nachrichten, bevor sie hinausgehen (unten).
outbox-other-till = Eine andere Kasse am Shop-Server versendet die E-Mails, jede Nachricht einmal; diese übernimmt, wenn jene Kasse geschlossen wird.
outbox-last-round = { " " }Zuletzt geprüft { $when }; { $count ->
    [one] { $count } Nachricht
   *[other] { $count } Nachrichten
} gesendet seit dem Start von Stockroom.
outbox-sending = Wird gesendet…{ " " }
outbox-problem = Versand gestoppt: { $problem }. Wartende Nachrichten bleiben erhalten und werden erneut versucht.
outbox-send-to = An { $to } senden
outbox-send-picked = Die angehakten senden
outbox-sending-count = { $count ->
    [one] { $count } Nachricht wird
   *[other] { $count } Nachrichten werden
} jetzt gesendet.
outbox-withdraw-picked = Die angehakten nicht senden
outbox-withdrawn = Zurückgezogen: diese Mitteilungen sind wieder in der Druckliste.
outbox-waiting = Bereit zum Versand: { $count ->
    [one] { $count } Nachricht
   *[other] { $count } Nachrichten
}
outbox-to-review = Zu prüfen: { $count ->
    [one] { $count } Nachricht
   *[other] { $count } Nachrichten
}
outbox-item = { " " }{ $to } — { $subject }

## Products

status-in-stock = Vorrätig
status-low-stock = Knapp
status-backorder = Rückstand
status-out-of-stock = Ausverkauft
policy-allow = Ohne Hinweis über den Bestand hinaus verkaufen
policy-notify = Über den Bestand hinaus verkaufen und den Kunden informieren
policy-refuse = Nie über den Bestand hinaus verkaufen
products-filter-low = Knapper Bestand: am oder unter dem Meldebestand
products-filter-out = Nichts verfügbar: im Rückstand oder ausverkauft
products-search-placeholder = Artikelnr. oder Name suchen — oder Barcode scannen
products-search = Artikel suchen
product-add = Artikel anlegen
products-scan-hint = Artikelnr., Barcode oder Bestellnr. scannen oder tippen und Enter drücken.
products-show-all = Alle Artikel zeigen
col-sku = Artikelnr.
col-name = Name
col-price = Preis
col-on-hand = Bestand
col-allocated = Reserviert
col-available = Verfügbar
col-incoming = Im Zulauf
col-waiting = Wartend
products-none = Noch keine Artikel.
back-to-products = ← Artikel
edit = Bearbeiten
adjust-stock = Bestand korrigieren
fig-waiting-units = Wartend (Stück)
fig-waiting-lines = Wartende Positionen
fig-cost = Einkaufspreis
fig-reorder-point = Meldebestand
fig-reorder-qty = Bestellmenge
fig-lead-time = Lieferzeit
not-set = nicht festgelegt
fig-new-order-arrives = Eine neue Bestellung kommt bis
product-no-barcode = Kein Barcode: Etiketten tragen einen Code 128 der Artikelnummer.
product-queue = Warteschlange — wer wartet, in der Reihenfolge der Zuteilung
col-position = Platz
col-priority = Prio.
col-placed = Bestellt
col-promise = Zusage
product-queue-empty = Niemand wartet auf diesen Artikel.
col-po = Einkauf
col-supplier = Lieferant
col-expected = Erwartet
col-outstanding = Ausstehend
product-pos-empty = Kein offener Einkauf für diesen Artikel.
product-ledger = Lagerbuch
col-movement = Bewegung
col-qty = Menge
col-balance = Saldo
col-reason = Grund
col-reference = Referenz
product-ledger-empty = Noch keine Lagerbewegungen.
product-sku-hint = Eine neue Artikelnummer behält Verlauf, Warteschlange und Bestellungen.
field-category = Kategorie
field-barcodes = Barcodes
product-barcodes-hint = EAN-13, EAN-8, UPC-A oder GTIN-14; hier nacheinander scannen.
field-safety-stock = Sicherheitsbestand
field-reorder-qty = Bestellmenge
field-lead-time = Lieferzeit (Tage)
product-lead-time-hint = Leer: Zusagen lauten „Termin folgt“.
field-when-out = Wenn ausverkauft
product-policy-hint = „Nie über den Bestand hinaus verkaufen“ storniert keine wartenden Bestellungen; es lehnt neue Bestellungen ab, die nicht gedeckt wären.
field-opening-stock = Anfangsbestand
field-description = Beschreibung
save-changes = Änderungen speichern
adjust-reason-placeholder = z. B. im Lager beschädigt, Inventur
adjust-record = Korrektur buchen
adjust-qty = Menge (+/−)
status-backorder-eta = Rückstand · { $eta }
date-tbc = Termin folgt
products-showing = Angezeigt: { $filter }.{ " " }
products-no-match = Kein Artikel passt zu „{ $search }“.
product-supplier = Lieferant { $supplier }
product-policy = Rückstände: { $policy }.
product-barcodes = Barcodes: { $barcodes }
date-overdue = { $date } (überfällig)
edit-named = { $name } bearbeiten
named-added = { $name } angelegt.
named-saved = { $name } gespeichert.
product-promises-moved = { " " }Die Zusage { $count ->
    [one] einer wartenden Bestellung hat sich
   *[other] von { $count } wartenden Bestellungen hat sich
} verschoben; die Kunden stehen auf der Mitteilungsliste.
adjust-title = Bestand von { $sku } korrigieren
adjust-on-hand = { $sku }: Bestand jetzt { $qty }.
adjust-allocated = Zugeteilt an { $orders }.
adjust-taken-back = Zurückgenommen von { $orders }.
adjust-explain = Bestand { $onHand }, reserviert { $allocated }. Eine positive Zahl fügt Stücke hinzu (sie gehen zuerst an wartende Kunden); eine negative nimmt welche weg.
adjust-qty-placeholder = -2 oder 5

## Customers

customers-search-placeholder = Name, E-Mail, Telefon oder Adresse suchen
customers-search = Kunden suchen
customer-add = Kunde anlegen
col-email = E-Mail
col-phone = Telefon
col-address = Adresse
col-ships = Versand
ships-complete-only = Nur vollständig
ships-partial-ok = Teillieferung ok
customers-none = Noch keine Kunden.
contact-email = Per E-Mail
contact-paper = Auf Papier (gedruckte Briefe)
contact-both = Per E-Mail und auf Papier
back-to-customers = ← Kunden
customer-new-order = Neue Bestellung für diesen Kunden
col-total = Summe
orders-none = Noch keine Bestellungen.
customer-told = Was ihm mitgeteilt wurde, und wann
col-due = Fällig
col-details = Einzelheiten
customer-told-empty = Diesem Kunden ist noch nichts mitzuteilen.
customer-emails = E-Mails
customer-emails-empty = Noch keine E-Mail an diesen Kunden.
customer-news-reaches = Nachrichten erreichen ihn
customer-shipping-pref = Versandwunsch
ships-complete-text = Warten und die ganze Bestellung zusammen versenden.
ships-partial-text = Vorrätiges jetzt versenden, den Rest später.
ships-partial-option = Vorrätiges jetzt versenden (Teillieferung)
ships-complete-option = Warten und alles zusammen versenden (vollständig)
contact-default-option = E-Mail, wenn eine Adresse bekannt ist, sonst Papier
contact-email-option = E-Mail
contact-paper-option = Papier (gedruckte Briefe)
contact-both-option = E-Mail und Papier
customer-new = Neuer Kunde
field-postal-address = Postanschrift
field-postal-address-hint = Mehrere Zeilen; jede Schrift.
field-when-not-in-stock = Wenn nicht alles vorrätig ist
field-tell-them-by = Benachrichtigen per
customers-no-match = Kein Kunde passt zu „{ $search }“.
customer-since = Kunde seit { $when }

## Orders

orders-search-placeholder = Bestellnr. oder Kunde suchen
orders-search = Bestellungen suchen
orders-any-status = Jeder Status
col-ready-to-ship = Versandbereit
col-lines = Positionen
orders-no-match = Keine passenden Bestellungen.
change = Ändern
order-complete-only = Dieser Kunde möchte nur vollständige Lieferungen: nichts geht hinaus, bevor alles da ist.
order-customer-placeholder = Name, E-Mail oder Telefon eingeben
order-find-customer = Kunde suchen
order-matching-customers = Passende Kunden
order-no-customer-match = Kein passender Kunde — einen neuen anlegen.
order-new-customer = Neuer Kunde…
order-sku-placeholder = Artikelnr. oder scannen
order-qty-invalid = Die Menge muss eine ganze Zahl von mindestens 1 sein.
order-default-carrier = Standard-Versanddienst
order-confirm = Bestellung bestätigen
order-lines-empty = Oben eine Artikelnummer scannen oder tippen und Enter drücken.
order-choose-customer-promise = Kunde wählen, um die Zusage zu sehen
remove = Entfernen
order-add-items = Artikel hinzufügen, um zu sehen, was der Kunde erfährt.
order-choose-customer-first = Erst den Kunden wählen, dann Artikel hinzufügen.
back-to-orders = ← Bestellungen
order-new = Neue Bestellung
order-step-customer = 1. Kunde
order-step-items = 2. Artikel
field-quantity = Menge
order-add-item = Hinzufügen
col-product = Artikel
col-what-to-tell = Was der Kunde erfährt
col-actions = Aktionen
order-step-options = 3. Optionen
order-priority-hint = Höhere Priorität wird bei Wareneingang zuerst bedient.
order-all-in-stock = Alles ist vorrätig.
email-now = Jetzt mailen
order-nothing-to-ship = Noch nichts zu versenden
order-ship-now = Jetzt versenden
order-change-priority = Priorität ändern
order-cancel = Bestellung stornieren
carrier-default = Standard
fig-subtotal = Zwischensumme
fig-incentive = Ausgleich
col-ordered = Bestellt
col-ready = Bereit
col-shipped = Versandt
col-cancelled = Storniert
col-queue = Platz
order-swap = Tauschen…
order-cancel-line = Stornieren…
col-documents = Dokumente
doc-shipped-notice = Versandmitteilung
doc-backorder-notice = Rückstandsmitteilung
order-no-notice-needed = Nichts im Rückstand: keine Mitteilung nötig.
order-no-email = Noch keine E-Mail zu dieser Bestellung.
order-email-not-set-up = E-Mail ist nicht eingerichtet: Nachrichten zu dieser Bestellung gehen auf Papier.
incentive-none = keiner
field-tracking = Sendungsnummer
shipment-print-hint = Den Lieferschein fürs Paket und die Versandmitteilung für den Kunden drucken.
done = Fertig
priority-hint = Bestellungen mit höherer Priorität erhalten eingehende Ware zuerst; die Zusagen der anderen wartenden Bestellungen verschieben sich entsprechend.
cancel-units = Diese Stücke stornieren
field-units-to-cancel = Zu stornierende Stücke
cancel-freed-hint = Frei gewordene Ware geht an den nächsten wartenden Kunden. Das lässt sich nicht rückgängig machen.
keep-them = Behalten
swap = Tauschen
swap-none = Kein Artikel derselben Kategorie innerhalb eines Viertels des Preises ist ausreichend vorrätig.
field-units-to-swap = Zu tauschende Stücke
keep-waiting = Weiter warten
keep-the-order = Bestellung behalten
order-status-open = Offen
order-status-backordered = Im Rückstand
order-status-partially-shipped = Teilweise versandt
order-status-shipped = Versandt
order-status-cancelled = Storniert
carrier-transit = { $name } ({ $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
})
order-qty-of = Menge von { $sku }
order-remove-sku = { $sku } entfernen
order-placed = Bestellung { $order } für { $customer } aufgenommen.
preview-in-stock = Vorrätig — beim Kunden bis { $eta }
preview-some-in-stock = { $qty } vorrätig
preview-some-on-backorder = { $qty } im Rückstand — erwartet { $eta }
preview-on-backorder = Im Rückstand — erwartet { $eta }
preview-lines-ahead = { $count ->
    [one] { $count } wartende Position davor
   *[other] { $count } wartende Positionen davor
}
preview-for-waiting = fürs Warten: { $incentive }
preview-will-wait = { $count ->
    [one] { $count } Stück wird warten; kein Ausgleich angeboten.
   *[other] { $count } Stück werden warten; kein Ausgleich angeboten.
}
preview-will-wait-incentive = { $count ->
    [one] { $count } Stück wird warten. Fürs Warten: { $incentive }.
   *[other] { $count } Stück werden warten. Fürs Warten: { $incentive }.
}
preview-subtotal = Zwischensumme { $amount }
preview-incentive = { " " }· Ausgleich −{ $amount }
preview-total = Summe { $amount }
emailing-now = E-Mail an { $to } geht jetzt hinaus.
order-ship-units-now = { $count } Stück jetzt versenden
order-title = Bestellung { $order }
order-placed-at = { " " }· aufgenommen { $when }
order-web-ref = { " " }· Webshop-Bestellung { $ref }
order-incentive = Ausgleich fürs Warten: { $incentive }.
incentive-discount = { $percent } % Rabatt auf die rückständigen Stücke
incentive-credit = { $amount } Gutschrift
incentive-gift = Geschenk — { $note }
ship-title = Bestellung { $order } versenden
ship-units = { $count } Stück versenden
shipment-left = Sendung { $shipment } ist raus: { $lines }.
ship-still-waiting = { $count ->
    [one] { $count } Stück wartet noch; es folgt in einem späteren Paket.
   *[other] { $count } Stück warten noch; sie folgen in einem späteren Paket.
}
ship-partial = { " " }Einen Teil der Bestellung jetzt versenden (der Kunde erfährt, dass der Rest folgt)
shipment-title = Sendung { $shipment }
priority-title = Priorität von { $order }
priority-changed = Priorität von { $order } ist jetzt { $priority }.
promises-moved = { " " }{ $count ->
    [one] { $count } Zusage
   *[other] { $count } Zusagen
} verschoben.
cancel-units-title = { $sku } in { $order } stornieren
units-cancelled = { $count } Stück { $sku } in { $order } storniert.
freed-stock = { " " }Frei gewordene Ware ging an { $to }.
cancel-units-explain = { $count } nicht versandte Stück { $name }: { $waiting } wartend, { $ready } bereit. Wartende Stücke werden zuerst storniert.
swap-offer = { " " }{ $name } ({ $sku }), { $price } — { $count } Stück vorrätig
swap-title = { $sku } in { $order } tauschen
swapped = { $order }: { $count } Stück { $sku } getauscht gegen { $to }.
swap-explain = { $count ->
    [one] { $count } Stück { $name } wartet. Stattdessen jetzt versenden:
   *[other] { $count } Stück { $name } warten. Stattdessen jetzt versenden:
}
order-cancel-ask = Alle nicht versandten Artikel der Bestellung { $order } stornieren?
order-cancelled = Bestellung { $order } storniert.

## Backorders

bo-age-any = beliebig
bo-pages = Seiten der wartenden Positionen
bo-all-pending = Alle offenen Mitteilungen
bo-all-told = Alle Kunden sind benachrichtigt.
bo-product-sku = Artikel (Nr.)
bo-min-age = Wartet mindestens (Tage)
bo-only-without-date = { " " }Nur ohne Termin
col-age-days = Alter (Tage)
col-told = Informiert?
bo-not-yet = noch nicht
bo-told = informiert
bo-empty = Niemand wartet. Jede Bestellung kann ab Lager versandt werden.
back-to-backorders = ← Rückstände
bo-all-pending-backorder = Alle offenen Rückstandsmitteilungen
col-document = Dokument
doc-notice = Mitteilung
bo-told-them = Benachrichtigt…
bo-emails-on-way = E-Mails unterwegs
bo-emails-review = E-Mails warten auf Ihre Prüfung
bo-emails-auto = Sie gehen von selbst hinaus; eine Nachricht, die der Server noch nicht annehmen konnte, wird erneut versucht.
bo-emails-review-hint = Alle, einige oder keine senden (diese gehen zurück auf Papier).{ " " }
bo-open-outbox = Postausgang öffnen
bo-to-tell = Zu benachrichtigen: { $customers ->
    [one] { $customers } Kunde
   *[other] { $customers } Kunden
}, { $notices ->
    [one] { $notices } Mitteilung
   *[other] { $notices } Mitteilungen
} offen
bo-rows = Zeilen { $from }–{ $to } von { $total }
bo-to-tell-explain = Drucken oder Speichern einer Mitteilung vermerkt sie als erledigt; ebenso der Vermerk, dass Sie den Kunden telefonisch oder persönlich informiert haben. Eine neuere Mitteilung zu einer Bestellung ersetzt eine ältere, noch nicht übergebene. Versandmitteilungen werden bei der Bestellung oder unter Sendungen gedruckt.
bo-send-all = { $count ->
    [one] Jetzt senden
   *[other] Alle { $count } jetzt senden
}

## Settings

incentive-option-none = Kein Ausgleich
incentive-option-discount = Rabatt in % auf rückständige Stücke
incentive-option-credit = Feste Gutschrift auf die Bestellung
incentive-option-gift = Geschenk-Notiz
settings-contact-placeholder = Telefon · E-Mail · Website
settings-system-printer = Der Standarddrucker des Systems
settings-save = Einstellungen speichern
settings-saved = Einstellungen gespeichert.
settings-store = Geschäft
settings-store-name = Name des Geschäfts
settings-contact = Kontakt
settings-currency = Währung (ISO-Code)
settings-promises = Zusagen und Rückstände
settings-handling-days = Bearbeitungstage
settings-handling-hint = Tage zum Kommissionieren und Packen; Teil jeder Zusage.
settings-wording = Verfügbarkeitstext für den Webshop bei Rückstand ({ "{" }date{ "}" } = der zugesagte Termin)
settings-printing = Drucken und Sichern
settings-paper = Papierformat
settings-backup-folder = Sicherungsordner
settings-logo-choose = Wählen…
settings-no-logo-chosen = Kein Logo gewählt.
settings-logo-removed = Die Dokumente tragen kein Logo mehr.
settings-logo = Logo auf Dokumenten
settings-no-logo = Kein Logo
settings-logo-hint = Ein PNG oder JPEG, oben links auf Mitteilungen und Lieferscheinen.
mail-user-placeholder = leer: ohne Anmeldung
mail-auto-on = Von selbst senden, sofort
mail-auto-off = Erst prüfen lassen (Postausgang)
mail-save = E-Mail-Einstellungen speichern
mail-test = Testnachricht an mich senden
mail-sending = Wird gesendet…
mail-saved = E-Mail-Einstellungen gespeichert.
mail-saved-incomplete = Gespeichert. E-Mail startet, sobald Server und Absenderadresse eingetragen sind.
mail-title = E-Mail an Kunden
mail-explain = Rückstandsmitteilungen, neue Termine und Sendungsnummern gehen per E-Mail an Kunden, die das möchten, mit dem Brief als PDF im Anhang.
mail-server = Server
mail-port = Port
mail-security = Verschlüsselung
mail-user = Benutzer
mail-password = Passwort
mail-from = Absenderadresse
mail-from-hint = Kunden sehen dies als Absender.
mail-reply-to = Antworten an
mail-sending-mode = Versand
mail-test-to = Testnachricht an
template-default = Die Standardtexte.
template-own = Ihre eigenen Worte.
template-preview = Vorschau
template-subject-label = Betreff:{ " " }
template-save = Diese Worte speichern
template-reset = Zurück zu den Standardtexten
template-reset-done = Die Standardtexte sind zurück.
template-title = E-Mail-Texte
template-message = Nachricht
template-text = Text
carrier-placeholder = z. B. DHL Paket
carrier-add = Versanddienst hinzufügen
carriers = Versanddienste
carriers-explain = Die Transittage kommen zu jeder Zusage hinzu; der Standard-Versanddienst gilt, wenn eine Bestellung keinen nennt.
col-transit-days = Transittage
col-default = Standard
carrier-make-default = Als Standard
carriers-none = Noch keine Versanddienste: Zusagen rechnen ohne Transitzeit.
carriers-tracking-explain = Der Sendungsverfolgungs-Link (mit { "{" }tracking{ "}" } an der Stelle der Nummer) steht in jeder Versand-E-Mail.
col-tracking-link = Verfolgungs-Link
carrier-edit = Bearbeiten…
carrier-edit-title = Versanddienst { $name }
carrier-tracking-hint = { "{" }tracking{ "}" } steht für die Sendungsnummer; leer lassen für keinen Link.
carrier-make-default-check = { " " }Als Standard
about = Über
backup-now = Jetzt sichern…
backup-none-made = Keine Sicherung erstellt.
restore = Aus einer Sicherung wiederherstellen…
restore-ask = Alles in Stockroom durch eine Sicherung ersetzen?
restore-choose = Sicherung wählen…
restore-keep = Aktuelle Daten behalten
restore-detail = Die Sicherung wird geprüft, bevor sich etwas ändert, und eine Kopie der aktuellen Datenbank bleibt erhalten.
restore-nothing = Nichts wiederhergestellt.
backup = Sicherung
backup-set-folder = Oben einen Sicherungsordner angeben, damit er zuerst angeboten wird.
incentive-percent = Prozent
incentive-amount = Betrag
incentive-note = Notiz
incentive-gift-placeholder = eine Gratisprobe
paper-us-letter = US Letter
printer-system-default = { $name } (Systemstandard)
printer-not-installed = { $name } (nicht installiert)
settings-backup-placeholder = /home/laden/Sicherungen
settings-logo-chosen = Die Dokumente tragen jetzt { $file } als Logo.
mail-security-starttls = STARTTLS (Port 587)
mail-security-tls = TLS (Port 465)
mail-security-none = Keine (nur dieser Rechner)
mail-password-stored = gespeichert — zum Ersetzen tippen
mail-reply-to-placeholder = die Absenderadresse
mail-test-sent = An { $to } gesendet. Der Server antwortete: { $reply }
template-fields = Felder: { $fields }
template-attached = Anhang: { $file }
template-saved = Die Nachricht „{ $kind ->
    [backordered] Artikel im Rückstand
    [promise_moved] Termin verschoben
   *[shipped] Paket versandt
}“ hat jetzt Ihre Worte.
carrier-now-default = { $name } ist jetzt der Standard-Versanddienst.
carrier-added = Versanddienst { $name } hinzugefügt.
about-version = Stockroom { $version }
about-data-before = Die Daten des Geschäfts liegen in{ " " }
about-data-after = .
backup-pending = Die heutige automatische Sicherung ist noch nicht fertig.
backup-last = Letzte Sicherung: { $at } ({ $path }).
backup-last-failed = Die letzte automatische Sicherung ist fehlgeschlagen: { $reason } — bitte den Sicherungsordner oben prüfen.
backup-written = Sicherung geschrieben nach { $path } ({ $kb } KB).
backup-explain = Eine Kopie der ganzen Datenbank, erstellt während der Laden weiterarbeitet.
backup-folder-is = Der Sicherungsordner ist { $folder }.
backup-on-server = Der Laden liegt auf einem Shop-Server: Jeder Computer, der ihn verwendet, behält hier seine eigene tägliche Kopie, eine gewöhnliche Ladendatei. Eine Wiederherstellung ersetzt den Laden auf dem Server für alle Kassen; der Laden des Servers wird vorher neben der Sicherung abgelegt.
settings-language = Sprache der Bildschirme
settings-locale = Format für Zahlen, Daten und Beträge
settings-locale-hint = Sprache und Region, z. B. en-GB, de-DE, de-CH, pl-PL.

## Purchasing

po-overdue = Überfällig
po-search-placeholder = Einkaufsnr., Lieferant oder Artikelnr. suchen
po-search = Einkäufe suchen
po-new = Neuer Einkauf
po-open-only = { " " }Nur offene
po-showing-overdue = Nur überfällige Einkäufe werden angezeigt.{ " " }
show-all = Alle zeigen
po-none-open = Keine offenen Einkäufe.
po-none = Noch keine Einkäufe.
back-to-purchasing = ← Einkauf
po-change-date = Liefertermin ändern
po-cancel = Einkauf stornieren
po-receive = Lieferung annehmen
po-was-cancelled = Dieser Einkauf wurde storniert: was nicht geliefert wurde, kommt nicht mehr. Zusagen rechnen nicht mehr damit.
col-received = Erhalten
po-labels = Etiketten für die erhaltenen Stücke
po-cancel-no-moves = Keine wartende Bestellung rechnet mit dieser Lieferung: keine Zusage verschiebt sich.
po-cancel-moves = Diese wartenden Bestellungen rechneten mit dieser Lieferung. Ihre Zusage verschiebt sich, und ihre Kunden kommen auf die Mitteilungsliste:
col-promised = Zugesagt
col-now = Jetzt
keep-it = Behalten
receive-enter-units = Die angekommenen Stücke eintragen.
receive-fills = Diese Lieferung bedient diese wartenden Bestellungen, die erste in der Warteschlange zuerst
col-units = Stück
receive-no-order = Keine Bestellung wartet auf diese Artikel.
receive-scan-placeholder = Jedes Stück scannen
receive-scan-label = Jedes Stück scannen, wie es aus dem Karton kommt
receive-scan-hint = Jedes Stück scannen oder unten die Mengen tippen.
receive = Annehmen
received-on-shelf = Angenommen. Keine Bestellung wartete; die Ware liegt im Regal.
receive-scan = Scannen
col-received-now = Jetzt erhalten
po-no-dependants = Keine wartende Bestellung hängt von dieser Lieferung ab.
po-change-date-button = Termin ändern
po-expected-delivery = Erwartete Lieferung
po-promises-after = Zusagen nach der Änderung
po-promises-moved = Die Zusagen dieser Kunden haben sich verschoben; ihre Mitteilungen warten jetzt unter Rückstände → Zu benachrichtigen:
po-no-promise-moved = Keine Zusage hat sich verschoben.
col-was = Vorher
ok = OK
po-lines-empty = Artikel per Artikelnummer oder Scan hinzufügen.
po-qty-placeholder = Bestellmenge
po-create = Einkauf anlegen
po-suggestions = Bestellvorschläge
po-no-suggestions = Kein Artikel ist knapp: nichts vorzuschlagen.
col-suggested = Vorschlag
po-items = Artikel
po-status-open = offen
po-status-partially-received = teilweise erhalten
po-status-received = erhalten
po-status-cancelled = storniert
po-title = Einkauf { $po }
po-sub = { $supplier } · bestellt { $ordered } · erwartet { $expected }
po-first-promised = { " " }(zuerst zugesagt { $date })
po-late = Diese Lieferung wurde am { $date } erwartet und ist verspätet. Eine Änderung des Liefertermins verschiebt die Zusagen der wartenden Kunden.
po-cancel-title = Einkauf { $po } stornieren?
po-cancelled = { $po } storniert.
po-new-promises = { " " }{ $count ->
    [one] { $count } Bestellung hat eine neue Zusage.
   *[other] { $count } Bestellungen haben eine neue Zusage.
}
po-cancel-explain = { $units } kommen nicht von { $supplier }. Bereits erhaltene Stücke bleiben im Bestand. Das lässt sich nicht rückgängig machen.
receive-units-of = Erhaltene Stück von { $sku }
receive-on-shelf = { $count ->
    [one] { $count } Stück kommt ins Regal.
   *[other] { $count } Stück kommen ins Regal.
}
scan-not-on-po-known = { $code } ({ $sku }, { $name }) steht nicht auf { $po }: bitte beiseitelegen.
scan-not-on-po = { $code } steht nicht auf { $po }: bitte beiseitelegen.
scan-extra = Alle { $count } ausstehenden Stück von { $sku } sind schon gescannt: dieses ist zu viel.
scanned-units = { $count } Stück gescannt.
scanned-units-line = { $count } Stück gescannt; { $sku }: { $scanned } von { $outstanding }.
receive-title = { $po } annehmen
received-allocated = Angenommen. Zugeteilt an { $to }.
po-dependants = { $count ->
    [one] { $count } wartende Position hängt möglicherweise von dieser Lieferung ab: { $orders }.
   *[other] { $count } wartende Positionen hängen möglicherweise von dieser Lieferung ab: { $orders }.
}
po-dependants-more = { $count ->
    [one] { $count } wartende Position hängt
   *[other] { $count } wartende Positionen hängen
} möglicherweise von dieser Lieferung ab: { $orders } und { $rest ->
    [one] { $rest } weitere Position
   *[other] { $rest } weitere Positionen
} (siehe Rückstände).
expect-title = Liefertermin von { $po }
expect-changed = Liefertermin von { $po } ist jetzt { $date }; { $count ->
    [one] { $count } Zusage
   *[other] { $count } Zusagen
} verschoben.
po-created = Einkauf { $po } angelegt.
po-filled-in = Aus den Vorschlägen für { $supplier } ausgefüllt. Mengen prüfen, dann anlegen.
po-no-supplier-set = { $supplier } (kein Lieferant eingetragen)
po-use-these = Diese { $count } übernehmen

## Reports

not-saved = Nicht gespeichert.
col-what-it-holds = Was sie enthält
col-export = Export
export-lists = Listen als CSV exportieren
feed-title = Verfügbarkeits-Feed für einen Webshop
feed-explain = Status jedes Artikels und der Termin, zu dem eine neue Bestellung ankäme, im Wortlaut des Geschäfts.
import-pick = CSV-Datei wählen…
import = Importieren
import-skip-bad = { " " }Die guten Zeilen importieren und die fehlerhaften auslassen
import-title = Import aus CSV
import-explain = Stockrooms eigenes CSV oder ein Export aus Shopify oder WooCommerce. Die Datei wird zuerst geprüft; nichts wird gespeichert, bevor Sie Importieren drücken. Alle Zeilen oder keine.
import-kind = Was die Datei enthält
report-from = Von
report-to = Bis (leer: heute)
report-show = Bericht anzeigen
report-the = den Bericht
report-opened = Bericht im PDF-Betrachter geöffnet.
report-definitions = Wie jede Zahl berechnet wird
report = Bericht
report-save-pdf = PDF speichern…
report-save-csv = CSV speichern…
report-open-pdf = PDF öffnen
export-products = Artikel
export-products-what = Jeder Artikel mit seinen Zahlen: Bestand, reserviert, verfügbar, im Zulauf, wartend.
export-orders = Bestellungen
export-orders-what = Jede Bestellposition, im Format, das der Import zurückliest.
export-backorders = Rückstände
export-backorders-what = Wer worauf wartet, in Reihenfolge der Warteschlange, mit Zusagen und Alter.
export-customers = Kunden
export-customers-what = Namen, Kontakte und Adressen.
export-pos = Einkäufe
export-pos-what = Lieferantenbestellungen mit Lieferterminen und Ausstehendem.
export-shipments = Sendungen
export-shipments-what = Jedes Paket mit Versanddienst und Sendungsnummer.
export-saved = { $count ->
    [one] { $count } Zeile
   *[other] { $count } Zeilen
} gespeichert unter { $path }.
export-button = { $list } exportieren…
feed-button = Verfügbarkeits-Feed ({ $format })…
col-list = Liste
import-checked = { $file } geprüft, ohne etwas zu speichern:
report-backorders = Offene Rückstände
report-aging = Alter der Rückstände
report-reorder = Knapper Bestand und Bestellvorschläge
report-valuation = Lagerwert
report-fill-rate = Liefer- und Rückstandsquote
report-promises = Eingehaltene Zusagen
report-ledger = Lagerbuch eines Artikels
report-printed = Bericht an { $printer } gesendet (Auftrag { $job }).
report-saved = Bericht gespeichert unter { $path }.
report-period = { $from } – { $to }
report-as-of = Stand { $date }
report-charts = { " " }· das PDF enthält zusätzlich { $count ->
    [one] { $count } Diagramm
   *[other] { $count } Diagramme
} dieser Zahlen

## Keys

shortcut-new-order = Strg+N

## Progress of long work (sent by the backend as message ids)

progress-computing-report = Bericht wird berechnet…
progress-report-ready = Bericht fertig.
progress-making-report = Bericht wird erstellt…
progress-report-failed = Der Bericht konnte nicht erstellt werden.
progress-writing = Wird geschrieben…
progress-done = Fertig.
progress-preparing-document = Dokument wird vorbereitet…
progress-sending-pages = { $pages ->
    [one] { $pages } Seite geht
   *[other] { $pages } Seiten gehen
} an den Drucker…
progress-printing-failed = Drucken fehlgeschlagen.
progress-sent-to-printer = An den Drucker gesendet.

## Why a promise is what it is (issue 20)
why-heading = Warum diese Termine
why-in-stock = vorrätig
why-po = { $po } fällig am { $date }
why-lead-time = noch keine Lieferantenbestellung: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
  } Lieferzeit ab { $from }
why-unknown = kein Termin: keine Lieferantenbestellung und keine Lieferzeit
why-supplier-record = { $supplier } liefert im Schnitt { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
  } zu spät ({ $count ->
    [one] { $count } Lieferung
   *[other] { $count } Lieferungen
  })
why-buffer = (+{ $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
  })
why-packing = + { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
  } Packen
why-transit = + { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
  } Versand
why-transit-carrier = + { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
  } { $carrier }
product-promise-why = Eine Bestellung heute: { $why }
settings-promises-kept = Gehaltene Zusagen (%)
settings-promises-kept-hint = Der Anteil früherer Lieferungen jedes Lieferanten, den eine Zusage abdeckt (Standard 95).
settings-promise-history = Lieferantenverlauf (Tage)
settings-promise-history-hint = Wie weit zurück Lieferungen zählen; 0 schaltet das Lernen ab.

## Import progress (issue 17)
progress-importing-products = Artikel werden importiert — Zeile { $row } von { $rows }
progress-importing-customers = Kunden werden importiert — Zeile { $row } von { $rows }
progress-importing-orders = Bestellungen werden importiert — Zeile { $row } von { $rows }

## Why a promise is what it is (issue 20), continued
why-supplier-on-time = { $supplier } war bei { $count ->
    [one] { $count } Lieferung
   *[other] { $count } Lieferungen
  } pünktlich

## Web-Shop-Bestellungen (Issue 21): Einstellungen und die Meldungen des überwachten Ordners
webshop-title = Web-Shop-Bestellungen
webshop-explain = Bestellexporte aus Shopify oder WooCommerce kommen über „Importieren“ in den Berichten herein, oder von selbst aus einem überwachten Ordner: Eine dort abgelegte CSV-Datei wird binnen Sekunden importiert und nach „imported“ verschoben, oder mit ihren Problemen nach „failed“. Eine Bestellung, die schon da ist, wird nie zweimal importiert.
webshop-statuses = Bestellungen mit diesem Zahlungsstatus importieren
webshop-status-paid = Bezahlt
webshop-status-pending = Ausstehend
webshop-status-authorized = Autorisiert
webshop-status-partially-paid = Teilweise bezahlt
webshop-status-partially-refunded = Teilweise erstattet
webshop-status-refunded = Erstattet
webshop-status-voided = Storniert
webshop-status-expired = Abgelaufen
webshop-folder = Überwachter Ordner
webshop-folder-none = Kein Ordner überwacht
webshop-folder-hint = Leer lassen, um die Überwachung zu beenden.
webshop-folder-choose = Ordner wählen…
webshop-watching = Überwacht: { $folder }
watched-imported = { $file } aus dem überwachten Ordner importiert. { $summary }
watched-failed = { $file } aus dem überwachten Ordner wurde nicht importiert (nach „failed“ verschoben). { $summary }
watched-problem = Der überwachte Ordner kann nicht gelesen werden: { $message }

## Settings → Shop server (issue 19)
server-title = Shop-Server
server-engine-file = Dieser Laden ist eine Datei auf diesem Computer: { $path } (Schemaversion { $version }).
server-engine-server = { $url }: PostgreSQL { $version }, { $tls }. { $holds }
server-encrypted = verschlüsselt
server-plain = nicht verschlüsselt
server-holds-nothing = Die Datenbank ist leer: bereit für diesen Laden.
server-holds-shop = Sie enthält einen Stockroom-Laden (Schemaversion { $version }).
server-explain = Wenn der Laden über einen Computer hinauswächst, zieht er auf einen PostgreSQL-Server um, den jede Kasse erreicht. Den Server testen, sein Passwort im Schlüsselbund dieses Computers ablegen, diesen Laden hinüberkopieren (nach dem Kopieren wird jede Tabelle geprüft), dann den Server auf diesem Computer und auf jeder anderen Kasse verwenden. Siehe docs/server.md.
server-url = Serveradresse
server-url-hint = postgres://benutzer@host:port/datenbank; in einem fremden Netz ?sslmode=verify-full anhängen.
server-password = Passwort
server-password-hint = Liegt im Schlüsselbund dieses Computers, nie im Laden oder in einer Sicherung.
server-test = Verbindung testen
server-password-save = Passwort ablegen
server-password-saved = Das Passwort liegt im Schlüsselbund dieses Computers.
server-push = Diesen Laden auf den Server kopieren
server-push-ask = Diesen Laden auf den Server kopieren?
server-push-detail = Alle Artikel, Bestellungen, Kunden und Einträge werden in die leere Datenbank des Servers kopiert und Tabelle für Tabelle geprüft. Die Datei dieses Ladens bleibt unverändert. Eine Datenbank, die nicht leer ist, wird abgelehnt.
server-pushed = { $rows } Zeilen in { $tables } Tabellen nach { $to } kopiert; jede Tabelle geprüft.
server-on-server = Jede Kasse, die diese Adresse öffnet, arbeitet mit demselben Laden und sieht binnen einer Sekunde, was die anderen tun.
server-use = Diesen Server auf diesem Computer verwenden
server-use-ask = Den Laden auf diesem Server auf diesem Computer öffnen?
server-use-detail = Ab dem nächsten Start arbeitet dieser Computer mit dem Laden auf dem Server statt mit seiner eigenen Datei, die unverändert bleibt. Den Laden zuerst dorthin kopieren; jede andere Kasse wählt den Server in ihren eigenen Einstellungen.
server-used = Dieser Computer öffnet ab dem nächsten Start den Laden auf { $url }.
server-restart = Jetzt neu starten
server-leave = Wieder die Ladendatei dieses Computers verwenden
server-leave-ask = Zur eigenen Ladendatei dieses Computers zurückkehren?
server-leave-detail = Ab dem nächsten Start arbeitet dieser Computer wieder mit seiner eigenen Ladendatei, so wie sie vor dem Umzug war; der Laden auf dem Server bleibt für die anderen Kassen unverändert.
server-left = Dieser Computer öffnet ab dem nächsten Start seine Ladendatei { $path }.
server-retry = Erneut versuchen
