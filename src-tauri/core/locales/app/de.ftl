# Stockroom's own words for the shop, in German (issue 17). Every message of en.ftl, with the
# same placeables. Short: the window must fit 1024×768. See docs/translations.md.

## Errors of the core: not found, storage; catalogue, carriers, customers, orders, lists, stock, shipping

error-not-a-database = { $path } ist keine Stockroom-Datenbank (keine SQLite-Datei); sie wurde nicht verändert
error-foreign-database = { $path } ist die SQLite-Datenbank eines anderen Programms, nicht von Stockroom; sie wurde nicht verändert
error-too-new = { $path } stammt von einer neueren Stockroom-Version (Schema { $found }; diese Version kennt bis { $supported }); bitte Stockroom aktualisieren. Die Datei wurde nicht verändert
error-storage = Speicherfehler: { $reason }
error-not-on-server = das ist auf einem Shop-Server noch nicht verfügbar
error-io = { $context }: { $reason }
error-foreign-server-database = { $url } enthält die Tabellen eines anderen Programms, keinen Stockroom-Laden; sie wurde nicht verändert
error-server-too-new = { $url } wurde von einem neueren Stockroom geschrieben (Schemaversion { $found }; diese Version versteht bis { $supported }); bitte Stockroom aktualisieren. Die Datenbank wurde nicht verändert
not-found-sku = Artikel { $key } nicht gefunden
not-found-carrier = Versanddienst { $key } nicht gefunden
not-found-customer = Kunde { $key } nicht gefunden
not-found-customer-email = Kunde mit E-Mail { $key } nicht gefunden
not-found-order = Bestellung { $key } nicht gefunden
not-found-purchase-order = Einkaufsbestellung { $key } nicht gefunden
not-found-message = Nachricht { $key } nicht gefunden
not-found-notification = Benachrichtigung { $key } nicht gefunden
not-found-shipment = Sendung { $key } nicht gefunden
not-found-printer = Drucker { $key } nicht gefunden
not-found-code = Code { $key } nicht gefunden
sku-empty = Die Artikelnummer darf nicht leer sein
sku-control-characters = Artikelnummer { $sku } enthält Steuerzeichen
product-needs-name = Artikel { $sku } braucht einen Namen
field-price = Preis
field-cost = Einkaufspreis
field-reorder-point = Meldebestand
field-safety-stock = Sicherheitsbestand
field-reorder-qty = Bestellmenge
field-on-hand = Bestand
product-field-negative = { $what } von { $sku } darf nicht negativ sein (angegeben: { $got })
product-lead-time-negative = Lieferzeit von { $sku } darf nicht negativ sein (angegeben: { $got })
supplier-needs-name = Ein Lieferant braucht einen Namen
sku-exists = Artikelnummer { $sku } gibt es schon
not-a-backorder-policy = „{ $value }“ ist keine Rückstandsregel (erwartet: allow, notify oder refuse)
carrier-needs-name = Ein Versanddienst braucht einen Namen
transit-days-negative = Transittage dürfen nicht negativ sein (angegeben: { $got })
not-a-tracking-link = „{ $link }“ ist kein Sendungsverfolgungs-Link (erwartet: https://…/{"{"}tracking{"}"})
tracking-link-no-marker = Im Link „{ $link }“ fehlt {"{"}tracking{"}"} an der Stelle der Sendungsnummer
tracking-link-bad-characters = Der Link „{ $link }“ enthält Leerzeichen oder Zeichen, die in keinem Link stehen dürfen
carrier-exists = Einen Versanddienst „{ $name }“ gibt es schon
customer-both-needs-email = Ein Kunde, der per E-Mail und Brief benachrichtigt wird, braucht eine E-Mail-Adresse
customer-email-needs-email = Ein Kunde, der per E-Mail benachrichtigt wird, braucht eine E-Mail-Adresse
customer-needs-name = Ein Kunde braucht einen Namen
not-an-email-address = „{ $address }“ ist keine E-Mail-Adresse
not-a-shipping-preference = „{ $value }“ ist keine Versandart (erwartet: partial oder complete)
not-a-contact-way = „{ $value }“ ist kein Weg, Kunden zu erreichen (erwartet: email, paper oder both)
order-needs-a-line = Eine Bestellung braucht mindestens eine Position
qty-not-positive = Menge von { $sku } muss eine positive ganze Zahl sein (angegeben: { $got })
price-negative = Preis von { $sku } darf nicht negativ sein
order-has-no-line = Bestellung { $order } hat keine Position für { $sku }
order-nothing-to-cancel = Bei Bestellung { $order } ist nichts mehr zu stornieren
order-nothing-to-cancel-for = Bei Bestellung { $order } ist für { $sku } nichts mehr zu stornieren
cancel-qty-needs-sku = Zum Stornieren einer Menge fehlt die Artikelnummer der Position (--sku)
cancel-qty-range = Stornomenge von { $sku } in Bestellung { $order } muss 1 bis { $open } sein (angegeben: { $got })
order-exists = Bestellung { $order } gibt es schon
order-refused-never-backordered = Bestellung abgelehnt: zu wenig Bestand von { $skus }, und diese Artikel werden nie nachgeliefert
swap-for-itself = { $sku } kann nicht gegen sich selbst getauscht werden: bitte einen anderen Artikel wählen
swap-nothing-waits = Von { $sku } wartet in Bestellung { $order } nichts: nur wartende Einheiten lassen sich tauschen
swap-qty-range = Tauschmenge von { $sku } in Bestellung { $order } muss 1 bis { $waiting } sein (angegeben: { $got })
swap-refused-short = Tausch abgelehnt: von { $sku } sind jetzt { $available } verfügbar, der Tausch braucht { $qty }
nothing-waits-on-order = Von { $sku } wartet in Bestellung { $order } nichts
offset-negative = Der Versatz muss 0 oder mehr sein, nicht { $got }
page-size-range = Eine Seite fasst 1 bis { $max } Zeilen, nicht { $got }
min-age-range = Das Mindestalter ist eine Zahl von Tagen, 0 oder mehr, nicht { $got }
adjustment-needs-reason = Eine Korrektur braucht einen Grund
return-qty-positive = Eine Rücknahmemenge muss positiv sein (angegeben: { $got })
qty-out-of-range = Menge außerhalb des zulässigen Bereichs
stock-would-go-negative = { $sku } hat { $on_hand } am Lager; { $removing } abzubuchen würde den Bestand negativ machen
adjustment-zero = Eine Korrekturmenge darf nicht null sein
nothing-allocated-to-ship = Bestellung { $order } hat nichts Reserviertes zum Versenden
ship-complete-refused = 
    Bestellung { $order } soll vollständig geliefert werden, und { $waiting ->
        [one] { $waiting } Einheit wartet
       *[other] { $waiting } Einheiten warten
    } noch; mit --partial wird versendet, was schon da ist

## Purchasing, settings, notices, figures, documents, barcodes, printing, reports

po-needs-a-line = Eine Einkaufsbestellung braucht mindestens eine Position
cost-negative = Einkaufspreis von { $sku } darf nicht negativ sein
po-is-cancelled = Einkaufsbestellung { $po } ist storniert
receipt-needs-lines = Bitte angeben, was eingegangen ist (mindestens einmal SKU:MENGE)
sku-not-on-po = { $sku } steht nicht auf Einkaufsbestellung { $po }
receive-more-than-open = { $qty } × { $sku } auf { $po } kann nicht eingehen: nur { $open } offen
po-exists = Einkaufsbestellung { $po } gibt es schon
po-already-cancelled = Einkaufsbestellung { $po } ist schon storniert
po-fully-received = Einkaufsbestellung { $po } ist vollständig eingegangen; es gibt nichts mehr zu stornieren
not-a-logo = Kein Logo: { $reason }
not-an-incentive = „{ $value }“ ist kein Anreiz (erwartet: none, discount:PROZENT, credit:BETRAG oder gift:TEXT)
store-name-empty = Der Name des Geschäfts darf nicht leer sein
handling-days-negative = Bearbeitungstage dürfen nicht negativ sein (angegeben: { $got })
not-a-currency = „{ $value }“ ist kein Währungscode (erwartet z. B. EUR)
paper-size = Papierformat muss A4 oder Letter sein (angegeben: { $got })
note-too-long = Die Notiz ist länger als 500 Zeichen
not-a-notice-kind = „{ $value }“ ist keine Art von Benachrichtigung (erwartet: backordered, promise_moved oder shipped)
not-a-notice-status = „{ $value }“ ist kein Status einer Benachrichtigung (erwartet: pending, printed, sent, superseded oder told)
not-a-told-way = „{ $value }“ ist kein Weg, Kunden Bescheid zu geben (erwartet: phone oder in-person)
notice-back-to-pending = Eine Benachrichtigung kann nicht zurück auf „offen“
notice-superseded-only-by-newer = Eine Benachrichtigung wird nur von einer neueren ersetzt
notice-superseded = Diese Benachrichtigung wurde durch eine neuere ersetzt; bitte jene drucken oder senden
notice-already-told = Der Kunde wurde darüber schon persönlich oder telefonisch informiert
notice-already-sent = Diese Benachrichtigung wurde schon gesendet
notice-already-printed-or-sent = Diese Benachrichtigung wurde schon gedruckt oder gesendet
notice-not-marked-this-way = Eine Benachrichtigung wird so nicht als { $status } markiert
not-an-amount = „{ $value }“ ist kein Geldbetrag (erwartet z. B. 12.50)
not-a-percentage = „{ $value }“ ist kein Prozentsatz (erwartet z. B. 10 oder 7.5)
percentage-over-100 = Ein Prozentsatz darf 100 nicht übersteigen (angegeben: { $got })
not-a-date = „{ $value }“ ist kein Datum (erwartet: JJJJ-MM-TT)
not-a-locale = „{ $value }“ ist kein Gebietsschema (erwartet z. B. de-DE)
not-a-known-language = „{ $value }“ ist keine bekannte Sprache (bekannt: { $known })
nothing-shipped-on = Am { $day } wurde nichts versandt
no-notice-pending = Keine Rückstandsbenachrichtigung ist offen
barcode-empty = Ein Barcode darf nicht leer sein
barcode-not-digits = Barcode „{ $code }“ ist keine GTIN: er enthält „{ $char }“ (erwartet: nur Ziffern)
barcode-length = Barcode { $code } hat { $digits } Ziffern; eine GTIN hat 8 (EAN-8), 12 (UPC-A), 13 (EAN-13) oder 14
barcode-check-digit = Barcode { $code } hat eine falsche Prüfziffer: sie müsste { $expected } sein ({ $fixed })
no-labels = Es gibt keine Etiketten zu drucken
label-copies-range = Anzahl für { $sku } muss zwischen 1 und { $max } liegen (angegeben: { $got })
labels-nothing-received = Auf Einkaufsbestellung { $po } ist noch nichts eingegangen, also gibt es nichts zu etikettieren
scan-not-on-po = Gescannt: { $code } ist { $sku } und steht nicht auf Einkaufsbestellung { $po }
scan-unknown = Gescannt: { $code } ist weder Artikelnummer noch Barcode eines Artikels (Einkaufsbestellung { $po })
scan-empty = Nichts gescannt (der Code ist leer)
barcode-taken = Barcode { $code } gehört schon zu { $sku } ({ $name })
not-a-label-sheet = „{ $value }“ ist kein Etikettenbogen (erwartet: a4-3x8 oder roll-62mm)
print-needs-cups = Drucken braucht CUPS, und dessen Befehl „{ $program }“ ist nicht installiert
no-printer = Kein Drucker gewählt, und es gibt keinen Standarddrucker
printer-refused = Der Drucker { $printer } hat den Auftrag abgelehnt: { $reason }
cannot-write = { $path } kann nicht geschrieben werden
no-reorder-suggestions = Für Lieferant „{ $supplier }“ gibt es keine Nachbestellvorschläge
no-lead-time = Für die Artikel von { $supplier } ist keine Lieferzeit hinterlegt; bitte das erwartete Datum angeben
ledger-needs-sku = Der Lagerjournal-Bericht braucht --sku ARTIKEL
not-a-report = „{ $value }“ ist kein Bericht (erwartet: einer von { $known })
sku-only-for-ledger = --sku gilt nur für den Lagerjournal-Bericht
report-is-a-snapshot = Der Bericht { $report } zeigt das Geschäft, wie es heute ist ({ $today }); --from und --to gelten nicht
report-is-as-of = Der Bericht { $report } gilt für einen Stichtag: --to DATUM angeben, nicht --from
valuation-in-future = Der Bestand lässt sich nicht für den { $day } bewerten, nach heute ({ $today })
range-reversed = --from { $from } liegt nach --to { $to }

## E-mail, templates, import files, backups

mail-not-set-up-cli = E-Mail ist nicht eingerichtet: zuerst SMTP-Server und Absenderadresse des Geschäfts festlegen (settings set --smtp-host … --mail-from …)
mail-not-set-up = E-Mail ist nicht eingerichtet: zuerst SMTP-Server und Absenderadresse des Geschäfts festlegen
mail-retry-not-failed = Nachricht { $id } ist nicht fehlgeschlagen; nur fehlgeschlagene werden erneut versucht
mail-notice-superseded = Benachrichtigung { $id } wurde durch eine neuere ersetzt; bitte jene per E-Mail senden
mail-notice-told = Der Kunde von Benachrichtigung { $id } wurde schon persönlich oder telefonisch informiert
customer-has-no-email = { $name } hat keine E-Mail-Adresse; bitte zuerst beim Kunden eintragen
mail-notice-already-sent = Die E-Mail zu Benachrichtigung { $id } wurde schon gesendet oder durch eine neuere ersetzt
mail-withdraw-not-queued = Nachricht { $id } wartet nicht; nur wartende Nachrichten lassen sich zurückziehen
mail-test-refused = Der Server hat die Testnachricht abgelehnt: { $reason }
mail-test-not-sent = Die Testnachricht wurde nicht gesendet: { $reason }
preview-order-not-shipped = Bestellung { $order } hat noch keine Sendung für die Vorschau einer Versandnachricht
preview-no-shipment = Noch keine Sendung für die Vorschau einer Versandnachricht: eine Bestellung versenden oder die Demo laden
preview-no-order = Noch keine Bestellung für die Vorschau: eine Bestellung anlegen oder die Demo laden
not-a-security = „{ $value }“ ist keine Verbindungssicherheit (erwartet: none, starttls oder tls)
not-an-outbox-status = „{ $value }“ ist kein Status im Postausgang (erwartet: queued, sent, failed oder superseded)
not-an-e-mail-address = „{ $address }“ ist keine E-Mail-Adresse
not-a-server-name = „{ $value }“ ist kein Servername (erwartet z. B. smtp.example.com)
smtp-port-range = Der SMTP-Port muss zwischen 1 und 65535 liegen
smtp-unencrypted = Unverschlüsselt nur zu einem Server auf diesem Computer, nicht zu { $host }: starttls oder tls verwenden
smtp-user-line-breaks = Der SMTP-Benutzername darf keine Zeilenumbrüche enthalten
smtp-no-password = Kein SMTP-Passwort für { $user }: { $reason }; unter Einstellungen → E-Mail speichern oder { $env } setzen
smtp-password-needs-server = Vor dem Passwort bitte SMTP-Server und Benutzer festlegen
password-empty = Das Passwort ist leer
keyring-failed = Das Passwort ließ sich nicht im Schlüsselbund speichern ({ $reason }); auf einem Computer ohne Schlüsselbund { $env } setzen
not-a-language-code = „{ $value }“ ist kein Sprachcode (erwartet z. B. en oder pt-BR)
subject-empty = Der Betreff darf nicht leer sein
subject-one-line = Der Betreff muss eine Zeile sein (keine Zeilenumbrüche)
body-empty = Der Nachrichtentext darf nicht leer sein
in-the-subject = im Betreff
in-the-message-text = im Nachrichtentext
template-where = { $place }: { $problem }
items-in-subject = {"{"}items{"}"} darf nicht im Betreff stehen (es ist eine Liste); bitte im Nachrichtentext verwenden
unknown-field = Unbekanntes Feld { $field } { $place }; eine Nachricht der Art { $kind } kann { $fields } verwenden
field-not-closed = Ein Feld, das mit { $name } beginnt, wird nicht mit {"}"} geschlossen (für eine Klammer {"{"}{"{"} schreiben)
lone-brace = Eine einzelne {"}"} (für eine Klammer {"}"}{"}"} schreiben)
new-product-needs-name = Ein neuer Artikel braucht einen Namen
new-product-needs-price = Ein neuer Artikel braucht einen Preis
several-customers-called = Mehrere Kunden heißen „{ $name }“; die Spalte customer_email sagt, welcher gemeint ist
csv-utf16 = Zeile 1: Die Datei ist UTF-16-Text; bitte als „CSV UTF-8“ speichern und erneut importieren
csv-not-utf8 = Zeile { $line }: Die Datei ist kein UTF-8-Text (Byte { $byte }); bitte als „CSV UTF-8“ speichern und erneut importieren
csv-nul = Zeile { $line }: Die Datei enthält NUL-Bytes und ist daher kein CSV-Text (eine Tabellendatei oder UTF-16?); bitte als „CSV UTF-8“ speichern
csv-empty = Zeile 1: Die Datei ist leer; erwartet wird eine Kopfzeile
csv-unreadable = Zeile { $line }: Die Datei lässt sich nicht als CSV lesen: { $reason }
cannot-read = { $path } kann nicht gelesen werden
backup-cannot-open = { $path } lässt sich nicht als Datenbank öffnen: { $reason }
backup-damaged = { $path } ist beschädigt (Integritätsprüfung: { $detail }); nichts wurde wiederhergestellt
restore-busy = Die Datenbank war 10 s lang belegt; nichts wurde wiederhergestellt, bitte erneut versuchen
backup-busy = Die Datenbank war 10 s lang belegt; es wurde keine Sicherung erstellt
cannot-read-backup = Die Sicherung { $path } kann nicht gelesen werden
cannot-write-backup = Die Sicherung { $path } kann nicht geschrieben werden
cannot-create = { $path } kann nicht angelegt werden

## Reports: column headings, table titles, empty tables, chart captions (generated from the code)

col-sku = Artikelnr.
col-product = Artikel
col-queue = Pos.
col-units = Stück
col-value = Wert
col-oldest-days = Älteste (Tage)
col-promise = Zusage
col-customer = Kunde
col-id = Nr.
col-lines = Pos.
section-by-product = Nach Artikel
section-by-customer = Nach Kunde
empty-nobody-is-waiting-there-are-no = Niemand wartet: Es gibt keine offenen Rückstände.
col-age = Alter
col-from-days = Ab (Tage)
col-to-days = Bis (Tage)
section-waiting-lines-by-age = Wartende Positionen nach Alter
chart-value-of-waiting-lines-by-age = Wert der wartenden Positionen nach Alter
col-measure = Kennzahl
col-of-which = Davon
col-out-of = Von
col-rate = Quote
col-average-days = Tage im Schnitt
col-week-from = Woche ab
col-to = bis
col-orders = Bestell.
col-unit-fill = Stück geliefert
col-line-fill = Pos. geliefert
col-order-fill = Bestell. geliefert
col-backorder = Rückstand
section-rates-over-the-range = Quoten im Zeitraum
section-waiting = Warten
section-by-week-orders-placed-that-week = Nach Woche (in der Woche aufgegebene Bestellungen)
chart-weekly-rates = Quoten pro Woche
col-supplier = Lieferant
col-avail = Frei
col-on-order = Im Zulauf
col-waiting = Wartend
col-position = Stand
col-target = Ziel
col-reorder-qty = Bestellmenge
col-suggest = Vorschl.
col-cost = Kosten
section-suggestions = Vorschläge
empty-no-product-is-below-its-reorder = Kein Artikel liegt unter Meldebestand und Sicherheitsbestand.
col-category = Kategorie
col-products = Artikel
col-on-hand = Bestand
section-by-category = Nach Kategorie
empty-nothing-is-on-hand = Nichts ist am Lager.
chart-value-by-category = Wert nach Kategorie
col-kept = Pünktl.
col-late = Zu spät
col-no-date = Ohne Datum
col-share-kept = Anteil pünktl.
col-avg-days-late = Ø Tage verspätet
col-order = Bestellung
col-first-promise = Erste Zusage
col-shipped = Versandt
col-days-late = Tage verspätet
section-all-backordered-lines-finished-in-the = Alle im Zeitraum abgeschlossenen Rückstandspositionen
section-by-supplier = Nach Lieferant
section-lines = Positionen
empty-none = Keine.
chart-share-of-promises-kept-by-supplier = Anteil gehaltener Zusagen nach Lieferant
col-opening = Anfang
col-in = Zugang
col-out = Abgang
col-closing = Ende
col-date = Datum
col-kind = Art
col-qty = Menge
col-reason = Grund
col-reference = Beleg
col-balance = Bestand
section-movements = Bewegungen
empty-no-movement-in-this-range = Keine Bewegung in diesem Zeitraum.
total = Summe

## Reports: backorders, ledger

def-backorders-waiting-line = Eine wartende Position ist eine Bestellposition, von der heute Einheiten im Rückstand sind (backordered > 0); Einheiten sind ihre Rückstandseinheiten.
def-backorders-value = Wert = wartende Einheiten × Stückpreis der Bestellposition (was der Kunde zahlen wird, vor einem Rückstandsanreiz).
def-backorders-age = Alter einer Position = heute − Tag der Bestellung, in Tagen; älteste = das größte Alter.
def-backorders-promise = Zusage = die späteste aktuelle Zusage (ETA) der Positionen, also wann die letzte versandt werden soll; „wird noch bestätigt“, wenn eine Position kein Datum hat.
def-backorders-queue = Pos. (nach Artikel) = Zahl der wartenden Positionen des Artikels; Pos. (nach Kunde) = Zahl der wartenden Positionen des Kunden.
to-be-confirmed = wird noch bestätigt
backorders-note = 
    { $lines ->
        [one] { $lines } wartende Position
       *[other] { $lines } wartende Positionen
    }: { $units ->
        [one] { $units } Einheit
       *[other] { $units } Einheiten
    } für { $customers ->
        [one] { $customers } Kunden
       *[other] { $customers } Kunden
    } über { $products ->
        [one] { $products } Artikel
       *[other] { $products } Artikel
    }.
def-ledger-opening = Anfangsbestand = Summe der Lagerbewegungen des Artikels vor dem ersten Tag des Zeitraums.
def-ledger-movements = Bewegungen: jeder Journaleintrag im Zeitraum, nach Datum und dann in der Reihenfolge der Erfassung, mit Art (Wareneingang, Korrektur, Versand, Rücknahme, Anfangsbestand), Grund und Beleg (Einkaufsbestellung, Sendung, Bestellung).
def-ledger-balance = Bestand nach jeder Bewegung = Anfangsbestand + Bewegungen bis einschließlich dieser. Endbestand = Anfangsbestand + Σ Bewegungen im Zeitraum.
def-ledger-in-out = Zugang = Σ positive Bewegungen; Abgang = Σ negative Bewegungen (als positive Zahl).
movement-received = Wareneingang
movement-adjusted = Korrektur
movement-shipped = Versand
movement-returned = Rücknahme
movement-opening = Anfangsbestand

## Reports: aging

def-aging-waiting-line = Eine wartende Position ist eine Bestellposition, von der heute Einheiten im Rückstand sind (backordered > 0).
def-aging-age = Alter einer Position = heute − Tag der Bestellung, in ganzen Tagen (eine heute aufgegebene Bestellung ist 0 Tage alt).
def-aging-buckets = Altersgruppen: 0–7, 8–14, 15–30 und 31+ Tage; jede Position fällt in genau eine.
def-aging-units = Einheiten = wartende Einheiten der Positionen; Wert = wartende Einheiten × Stückpreis der Bestellposition.
aging-bucket = { $from }–{ $to } Tage
aging-bucket-open = { $from }+ Tage
aging-bar = 
    { $value } · { $lines ->
        [one] { $lines } Position
       *[other] { $lines } Positionen
    }
aging-axis-value = Wartender Wert ({ $currency })
aging-axis-age = Alter der wartenden Position

## Reports: fill rate

def-fill-orders = Gezählte Bestellungen: die vom ersten bis zum letzten Tag des Zeitraums (einschließlich) aufgegebenen, egal was seither mit ihnen geschah.
def-fill-first-shipment = Erste Sendung einer Bestellung: ihre früheste Sendung (nach Datum, dann Nummer). Eine noch nicht versandte Bestellung hat mit ihrer ersten Sendung nichts geliefert.
def-fill-unit-rate = Einheiten-Lieferquote = Einheiten der ersten Sendung ÷ bestellte Einheiten (einschließlich später stornierter).
def-fill-line-rate = Positions-Lieferquote = Positionen, deren bestellte Einheiten alle mit der ersten Sendung gingen ÷ Positionen.
def-fill-order-rate = Bestell-Lieferquote = Bestellungen, deren erste Sendung alle bestellten Einheiten aller Positionen enthielt (beim ersten Mal vollständig) ÷ Bestellungen.
def-fill-backorder-rate = Rückstandsquote = Bestellungen mit einer Rückstandsposition ÷ Bestellungen; eine Position zählt als Rückstand, wenn Einheiten bei der Bestellung in Rückstand gingen, jetzt warten oder seither aus der Warteschlange beliefert wurden.
def-fill-average-wait = Durchschnittliche Wartezeit = Σ (Einheiten × Wartetage) ÷ Σ Einheiten, über wartende Einheiten, die an einem Tag des Zeitraums aus der Warteschlange beliefert wurden; Wartetage = Tag der Belieferung − Tag der Bestellung.
def-fill-weeks = Wochen sind 7-Tage-Abschnitte ab dem ersten Tag des Zeitraums; der letzte kann kürzer sein. Eine Woche ohne Bestellungen hat keine Quote (eine Lücke im Diagramm).
measure-unit-fill = Einheiten-Lieferquote (Einheiten)
measure-line-fill = Positions-Lieferquote (Positionen)
measure-order-fill = Bestell-Lieferquote (Bestellungen)
measure-backorder-rate = Rückstandsquote (Bestellungen)
measure-filled-units = Im Zeitraum belieferte Rückstandseinheiten
series-unit-fill = Einheiten-Lieferquote
series-order-fill = Bestell-Lieferquote
series-backorder-rate = Rückstandsquote
axis-week-starting = Woche ab
fill-no-orders = In diesem Zeitraum wurden keine Bestellungen aufgegeben: Die Quoten sind undefiniert (—).

## Reports: reorder, valuation, promises

def-reorder-available = Frei = Bestand − reserviert (für Bestellpositionen zurückgelegte Einheiten); im Zulauf = offene Einheiten auf Einkaufsbestellungen; wartend = Einheiten, auf die Kunden warten.
def-reorder-position = Stand = frei + im Zulauf − wartend; Ziel = Meldebestand + Sicherheitsbestand.
def-reorder-low = Ein Artikel ist knapp, wenn sein Stand unter dem Ziel liegt (also jeder Artikel, auf den mehr Kunden warten als bestellt ist).
def-reorder-suggested = Vorschlag = das Größere aus Bestellmenge und Ziel − Stand: genug, um die Warteschlange zu leeren, den Sicherheitsbestand aufzufüllen und den Stand wieder auf den Meldebestand zu bringen.
def-reorder-cost = Kosten = Vorschlag × aktueller Einkaufspreis des Artikels. Artikel ohne Lieferant stehen unter „(kein Lieferant)“.
reorder-note = 
    { $low } von { $checked } Artikeln { $low ->
        [one] ist
       *[other] sind
    } knapp; vorgeschlagen: { $units ->
        [one] { $units } Einheit
       *[other] { $units } Einheiten
    }.
def-valuation-method = Methode: aktueller Einkaufspreis. Wert = Einheiten am Lager × Einkaufspreis des Artikels, wie er heute eingestellt ist (nicht FIFO, nicht Durchschnitt: frühere Einkaufspreise zählen nicht).
def-valuation-units = Einheiten am Lager = Summe der Lagerbewegungen des Artikels bis einschließlich Stichtag (heute: der Bestand des Artikels).
def-valuation-left-out = Artikel ohne Bestand fehlen in der Tabelle (sie sind nichts wert); sie zählen aber bei „geprüfte Artikel“ mit.
def-valuation-category = Wert einer Kategorie = Summe der Werte ihrer Artikel; Artikel ohne Kategorie stehen unter „(keine Kategorie)“.
valuation-note = 
    Bewertungsmethode: aktueller Einkaufspreis. { $units ->
        [one] { $units } Einheit
       *[other] { $units } Einheiten
    } von { $products } Artikeln am Lager, Wert { $value }.
promises-none-finished = In diesem Zeitraum wurde keine Rückstandsposition fertig versandt.
promises-bar = { $share } % von { $of }
promises-no-dated-line = keine Position mit Datum
col-scope = Umfang
all-suppliers = Alle Lieferanten
no-supplier = (kein Lieferant)
no-category = (keine Kategorie)

## Reports: promises

def-promises-lines = Gezählte Positionen: Bestellpositionen, die auf Ware warteten und aus der Warteschlange beliefert wurden (mindestens einmal), nichts mehr reserviert oder wartend haben und deren letzte Einheit an einem Tag des Zeitraums versandt wurde. Eine Position, deren wartende Einheiten alle storniert wurden, ohne Belieferung, zählt nicht: Keine ihrer Zusagen wurde auf die Probe gestellt.
def-promises-first = Erste Zusage: die erste Zusage mit Datum (ETA), die die Position erhielt; eine Position ohne je ein Datum zählt unter „ohne Datum“ und fehlt im Anteil.
def-promises-kept = Pünktlich: Die letzte Sendung der Position ging am Tag der ersten Zusage oder früher. Anteil pünktlich = pünktliche Positionen ÷ Positionen mit erster Zusage.
def-promises-late = Tage verspätet einer zu späten Position = Tag ihrer letzten Sendung − ihre erste Zusage. Ø Tage verspätet = Σ Tage verspätet ÷ zu späte Positionen (nur diese).
def-promises-supplier = Lieferant: der Lieferant des Artikels, wie er heute eingestellt ist; Artikel ohne Lieferant stehen unter „(kein Lieferant)“.

## Reports: titles, the PDF's frame

report-backorders = Offene Rückstände
report-aging = Alter der Rückstände
report-fill-rate = Lieferquote und Rückstandsquote
report-reorder = Nachbestellvorschläge
report-valuation = Bestandsbewertung
report-promises = Eingehaltene Zusagen
report-ledger = Lagerjournal von { $sku }
report-period = { $from } – { $to }
report-as-of = Stand { $day }
report-from = Von
report-to = Bis
report-as-of-label = Stichtag
report-printed = Gedruckt
report-rows-cut = Gedruckt sind die ersten { $shown } von { $rows } Zeilen; der CSV-Export dieses Berichts enthält alle.
report-not-printed = Nicht gedruckt
report-tables-left-out = { $tables } weitere Tabelle(n) mit { $rows } Zeile(n) fehlen in diesem PDF (höchstens { $max } Zeilen werden gedruckt); der CSV-Export dieses Berichts enthält alle.
report-how-computed = So werden diese Zahlen berechnet
report-page-of = Seite { $page } von { $pages }

## Import problems (cells)

import-not-money = „{ $value }“ ist kein { $what } (erwartet z. B. 12.50)
import-negative = „{ $value }“ ist negativ; { $what } darf nicht negativ sein
import-not-whole = „{ $value }“ ist keine ganze Zahl ({ $what })

## Import problems (cells and formats)

import-not-a-time = „{ $value }“ ist keine Uhrzeit (erwartet: JJJJ-MM-TT HH:MM:SS)
import-not-a-policy = „{ $value }“ ist keine Rückstandsregel (allow, notify oder refuse)
import-what-price = Preis
import-what-cost = Einkaufspreis
import-what-lead-time = Lieferzeit in Tagen
import-what-on-hand = Lagerbestand
import-what-low-stock = Meldebestand
import-what-stock = Bestand
import-what-quantity = Menge
import-what-priority = Priorität
import-customer-needs-name = leer; jeder Kunde braucht einen Namen
import-not-a-shipping-preference = „{ $value }“ ist keine Versandart (partial oder complete)
import-not-a-contact-way = „{ $value }“ ist kein Weg, Kunden zu erreichen (email, paper oder both)
import-order-number-empty = leer; die Zeilen einer Bestellung teilen ihre Nummer
import-line-needs-sku = leer; jede Bestellposition braucht eine Artikelnummer
import-qty-zero = 0; eine Position bestellt mindestens 1
import-qty-empty = leer; wie viele wurden bestellt?
import-whose-order = leer, und auch kein Kundenname: wessen Bestellung ist das?
import-product-needs-sku = leer; jeder Artikel braucht eine Artikelnummer
import-variant-needs-sku = leer; Stockroom braucht für jede Variante eine Artikelnummer
import-no-title = kein Title für Handle „{ $handle }“ in dieser oder einer früheren Zeile
import-not-shopify-policy = „{ $value }“ ist keine Shopify-Bestandsregel (deny oder continue)
import-stockroom-needs-sku = leer; Stockroom braucht für jeden Artikel eine Artikelnummer
import-not-woo-backorders = „{ $value }“ ist keine WooCommerce-Rückstandseinstellung (0, 1 oder notify)

## Import: problems and the summary

import-problem-at-column = Zeile { $line }, { $column }: { $problem }
import-problem-at-line = Zeile { $line }: { $problem }
import-summary = 
    { $outcome ->
        [dry-run] Probelauf, nichts gespeichert
        [imported] Importiert
       *[nothing] Nichts importiert
    } ({ $format }-Datei, { $rows ->
        [one] 1 Zeile
       *[other] { $rows } Zeilen
    }): { $created } { $things ->
        [orders] { $created ->
            [one] Bestellung
           *[other] Bestellungen
        }
        [products] Artikel
       *[customers] { $created ->
            [one] Kunde
           *[other] Kunden
        }
    } neu, { $updated } geändert, { $unchanged } unverändert, { $skipped ->
        [one] 1 Zeile
       *[other] { $skipped } Zeilen
    } übersprungen, { $rejected ->
        [one] 1 Zeile
       *[other] { $rejected } Zeilen
    } mit Problemen{ $advice ->
        [yes] { " " }— bitte beheben oder „Die guten Zeilen importieren und die fehlerhaften auslassen“ wählen
       *[no] {""}
    }
import-width = { $cells } Zellen, wo die Kopfzeile { $want } hat (ein offenes Anführungszeichen oder ein Trennzeichen in einer Zelle ohne Anführungszeichen?)
import-sku-twice = Artikelnummer „{ $sku }“ steht schon in Zeile { $first }
import-email-twice = „{ $email }“ steht schon in Zeile { $first }
import-new-product-name = leer; ein neuer Artikel braucht einen Namen
import-new-product-price = leer; ein neuer Artikel braucht einen Preis
import-order-apart = Bestellung „{ $order }“ stand schon in Zeile { $first }; die Zeilen einer Bestellung bitte zusammenhalten
import-order-refused = Bestellung „{ $order }“: { $problem }
import-web-order-needs-name = leer; jede Zeile einer Webshop-Bestellung nennt ihre Bestellung
import-web-order-no-items = Bestellung „{ $order }“ hat keine Positionen
import-web-unknown-sku = kein Artikel mit der Artikelnummer „{ $sku }“ (anlegen oder zuerst die Artikel des Webshops importieren)
import-web-fulfilled-short = Bestellung „{ $order }“ hat der Webshop schon verschickt, aber von { $sku } sind nur { $free } frei auf Lager für ihre { $qty } (für wartende Kunden reservierte Stücke werden nicht genommen): bitte den Bestand zählen und erneut importieren
import-web-foreign-currency = Bestellung „{ $order }“ ist in { $currency }, die Währung des Geschäfts ist aber { $shop }; Stockroom führt eine Währung und rechnet keine Preise um
import-webshop-summary = Webshop-Bestellungen: { $already } schon vorhanden, { $cancelled } hier storniert (seitdem im Webshop storniert), { $shipped } als verschickt erfasst (vom Webshop versandt), { $skipped_cancelled } dort storniert oder erstattet (nicht importiert), { $skipped_status } wegen des Zahlungsstatus übersprungen (importiert: { $statuses }), { $customers } neue Kunden
webshop-status-unknown = „{ $word }“ ist kein Zahlungsstatus eines Webshops (bekannt: { $known })
watch-folder-not-a-folder = „{ $path }“ ist kein vorhandener Ordner
watch-folder-other-till = Eine andere Kasse dieses Shop-Servers arbeitet den überwachten Ordner ab; dort abgelegte Dateien importiert diese Kasse
watch-folder-not-set = kein Ordner angegeben und keiner eingestellt (stockroom settings set --watch-folder ORDNER)

## Import header, printing, mail addresses

import-unknown-header = 
    Zeile 1: Die Kopfzeile passt zu keiner { $kind ->
        [product] Artikeldatei
        [customer] Kundendatei
       *[other] Bestelldatei
    }, die Stockroom kennt (gefunden: { $found }); erwartet: { $expected }
nothing-to-print = Es gibt nichts zu drucken
not-code128 = „{ $value }“ lässt sich nicht als Code-128-Barcode zeichnen: { $reason }

# Asking for a document, a list filter (issue 18)
not-a-document-kind = „{ $kind }“ ist keine Art von Dokument
label-key-no-sheet = „{ $key }“ nennt keinen Etikettenbogen
document-in-customers-languages = Ein Dokument „{ $kind }“ ist in der Sprache jedes Kunden; nur eine Benachrichtigung, ein Lieferschein oder eine Versandmitteilung kann in einer anderen gedruckt werden
not-an-order-status = „{ $word }“ ist kein Bestellstatus (erwartet: { $known })
not-a-product-filter = „{ $word }“ ist kein Artikelfilter (erwartet: low_stock oder out)

# The promises report's calibration (issue 20)
section-calibration = Kalibrierung: erste Zusage gegen die wahrscheinliche Ankunft
col-on-the-day = Am Tag
col-early-1-2 = 1–2 früher
col-early-3-5 = 3–5 früher
col-early-6-plus = 6+ früher
col-late-1-2 = 1–2 später
col-late-3-plus = 3+ später
col-avg-early = Ø früher
col-p90-early = P90 früher
def-promises-calibration = Kalibrierung: dieselben Positionen, jeweils verglichen mit dem Tag, an dem sie wahrscheinlich beim Kunden ankamen: ihre letzte Sendung + die Laufzeit des Versanddienstes ihrer Bestellung (sonst des Standard-Versanddienstes). Gehalten = dieser Tag liegt am oder vor der ersten Zusage; N früher = N Tage davor; N später = N Tage danach.
## Backups and files

restore-summary = 
    { $products } Artikel, { $customers } Kunden und { $orders } Bestellungen aus { $from } wiederhergestellt{ $upgraded ->
        [yes] { " " }(von Schema-Version { $version } aktualisiert)
       *[no] {""}
    }. Die Datenbank, wie sie vorher war, liegt in { $copy }.
cannot-remove-backup = Die alte Sicherung { $path } kann nicht gelöscht werden
cannot-create-folder = Der Ordner { $path } kann nicht angelegt werden
cannot-reopen = { $path } kann nicht erneut geöffnet werden
cannot-flush = { $path } kann nicht auf die Platte geschrieben werden
cannot-run = { $program } kann nicht gestartet werden
cannot-create-backup-folder = Der Sicherungsordner { $path } kann nicht angelegt werden
cannot-list-backup-folder = Der Sicherungsordner { $path } kann nicht gelesen werden

## Incentives in words

incentive-none = keiner
incentive-discount-text = { $percent } % Rabatt auf nachgelieferte Einheiten
incentive-credit-text = { $amount } Gutschrift
incentive-gift-text = Geschenk: { $note }

# Promise settings (issue 20)
promises-kept-range = Gehaltene Zusagen müssen zwischen 50 und 100 % liegen (nicht { $got })
promise-history-range = Der Lieferantenverlauf umfasst 0 bis 3650 Tage (nicht { $got })

## The shop server (issue 19)

server-url-invalid = „{ $url }“ ist keine Adresse eines Shop-Servers ({ $reason }); so schreiben: postgres://benutzer@host:port/datenbank
server-root-cert-unreadable = das Stammzertifikat des Servers { $path } lässt sich nicht lesen
server-root-cert-invalid = { $path } ist kein PEM-Zertifikat ({ $reason })
server-unreachable = keine Verbindung zum Shop-Server { $url }: { $reason } (ein Passwort kommt aus der Adresse, aus { $env } oder aus Einstellungen → Shop-Server)
server-connection-lost = die Verbindung zum Shop-Server { $url } ist während dieser Änderung abgebrochen, sie wurde vielleicht nicht gespeichert: bitte nachsehen und dann erneut versuchen (die nächste Änderung nutzt eine neue Verbindung)
server-schema-failed = der Laden ließ sich auf { $url } nicht anlegen: { $reason }
server-not-empty = { $url } ist nicht leer: ein Laden wird nur in eine leere Datenbank kopiert (eine neue anlegen, siehe docs/server.md); nichts wurde verändert
server-copy-mismatch = die Kopie der Tabelle { $table } stimmt nicht mit der Quelle überein ({ $source_rows } Zeilen dort, { $copy_rows } in der Kopie); nichts wurde behalten
server-push-needs-file = server push kopiert eine Ladendatei auf einen Server: die Datei mit --db DATEI (oder STOCKROOM_DB) und den Server mit --to URL angeben
server-holds-no-shop = { $url } enthält noch keinen Stockroom-Laden: diesen Laden zuerst dorthin kopieren (Einstellungen → Shop-Server → Kopieren, oder stockroom server push); dieser Computer behält seine Ladendatei
shop-chosen-by-env = STOCKROOM_DB bestimmt den Laden auf diesem Computer ({ $db }) und geht einer hier getroffenen Wahl vor: zuerst aufheben
