# Stockroom: teksty dla klienta po polsku. Zobacz docs/translations.md.

## Kolumny tabel

col-sku = Nr artykułu
col-item = Artykuł
col-qty = Ilość
col-expected = Przewidywana dostawa

## Ilości i daty

units = { $count ->
    [one] { $count } sztuka
    [few] { $count } sztuki
    [many] { $count } sztuk
   *[other] { $count } sztuki
}
date-to-be-confirmed = termin zostanie potwierdzony
date-was = (wcześniej { $date })
progress-ready = { $ready } z { $wanted } gotowe do wysyłki
progress-shipped = { $shipped } z { $wanted } już wysłane
progress-shipped-ready = { $shipped } z { $wanted } wysłane, { $ready } gotowe do wysyłki

## Części listu

greeting = Dzień dobry { $name },
contact-shop = Pytania? Prosimy o kontakt z { $shop }.
contact-lines = Pytania? Skontaktuj się z nami: { $contact }.
nothing = Nic
ref-order = Zamówienie
ref-order-date = Data zamówienia
ref-date = Data
page-of = Strona { $page } z { $pages }
ref-shipment = Przesyłka

## Podziękowanie za cierpliwość

incentive-title = Dziękujemy za cierpliwość
incentive-discount = { $percent }% rabatu na te artykuły, już odliczone: { $amount } mniej za zamówienie.
incentive-credit = Kredyt w wysokości { $amount } za cierpliwość, do wykorzystania przy następnym zamówieniu.
incentive-gift = Prezent za cierpliwość: { $note }.

## Zawiadomienie o opóźnieniu

notice-title = Zawiadomienie o opóźnieniu dostawy
notice-customer = Klient
notice-your-order = Twoje zamówienie
notice-placed = Złożone
notice-items-waiting = Oczekujące
notice-intro = Dziękujemy za zamówienie { $order }. { $units ->
    [one] Jeden z zamówionych artykułów jest chwilowo niedostępny. Twoje miejsce w kolejce jest zarezerwowane: wyślemy go, gdy tylko dotrze.
   *[other] Niektóre z zamówionych artykułów są chwilowo niedostępne. Twoje miejsce w kolejce jest zarezerwowane: wyślemy je, gdy tylko dotrą.
} Oto czego możesz się spodziewać.
notice-intro-nothing-waits = Dziękujemy za zamówienie { $order }. Dobra wiadomość: nic już nie czeka; wszystko jest w drodze lub już u Ciebie.
notice-on-backorder = Oczekuje na dostawę
notice-shipping-now = Wysyłamy teraz
notice-sign-off = Dziękujemy za cierpliwość,
notice-footer = { $shop } · Zawiadomienie o opóźnieniu · Zamówienie { $order }
choices-heading = Do wyboru
choice-wait = Czekam
choice-wait-text = { $incentive ->
    [yes] Nic nie musisz robić: zachowujesz miejsce w kolejce i podziękowanie za cierpliwość.
   *[no] Nic nie musisz robić: zachowujesz miejsce w kolejce.
} Oczekujące artykuły wyślemy, gdy tylko dotrą, bez dodatkowych kosztów wysyłki, i damy znać, jeśli termin się zmieni.
choice-swap = Zamiana
choice-swap-ask = Wolisz coś, co jest teraz dostępne? Poproś nas o podobny artykuł zamiast oczekującego; wyślemy go od razu.
choice-swap-offer = { $incentive ->
    [yes] Wolisz coś, co jest teraz dostępne? Daj nam znać, a wyślemy to od razu, z podziękowaniem za cierpliwość:
   *[no] Wolisz coś, co jest teraz dostępne? Daj nam znać, a wyślemy to od razu:
}
choice-swap-instead = Zamiast { $name } ({ $sku }): { $offers }
choice-cancel = Rezygnacja
choice-cancel-text = Z całości lub części tego, co czeka, w każdej chwili przed wysyłką. Wystarczy się z nami skontaktować, a zwrócimy pełną kwotę.

## Dokument dostawy i powiadomienie o wysyłce

slip-title = Dokument dostawy
slip-ship-to = Adres dostawy
slip-footer = { $shop } · Dokument dostawy { $shipment } · Zamówienie { $order }
shipment-carrier = Przewoźnik
shipment-tracking = Numer przesyłki
shipment-shipped = Wysłano
in-this-parcel = W tej paczce
still-on-backorder = Nadal oczekuje na dostawę
still-to-come = Jeszcze dotrze
order-complete = Nic: ta paczka kończy Twoje zamówienie.
ready-next-parcel = Gotowe, w następnej paczce
cancelled = Anulowane
shipped-title = Twoja paczka jest w drodze
shipped-delivering-to = Dostawa do
shipped-intro = Dobra wiadomość: paczka z zamówienia { $order } wyjechała od nas { $date }.
shipped-intro-carrier = Dobra wiadomość: paczka z zamówienia { $order } wyjechała od nas { $date } z firmą { $carrier }.
shipped-tracking = Możesz ją śledzić pod numerem przesyłki { $tracking }.
shipped-sign-off = Dziękujemy za zakupy,
shipped-footer = { $shop } · Powiadomienie o wysyłce { $shipment } · Zamówienie { $order }

## Dostępność w sklepie internetowym

feed-in-stock = Dostępny
feed-low-stock = Zostało tylko { $count } szt.
feed-out-of-stock = Niedostępny
feed-backorder = Na zamówienie — wysyłka do { $date }
feed-backorder-unknown = Na zamówienie — termin zostanie potwierdzony

## E-mail

mail-backorder-subject = Zamówienie { $order }: część artykułów oczekuje na dostawę
mail-backorder-body =
    Dzień dobry { $customer },

    dziękujemy za zamówienie { $order }. Niektóre artykuły są chwilowo niedostępne; Twoje miejsce w kolejce jest zarezerwowane i wyślemy je, gdy tylko dotrą:

    { $items }

    { $incentive }

    Damy znać, jeśli termin się zmieni.

    Z pozdrowieniami
    { $shop }
mail-moved-subject = Zamówienie { $order }: zmienił się termin dostawy
mail-moved-body =
    Dzień dobry { $customer },

    termin w zamówieniu { $order } uległ zmianie. Nowy termin: { $date }:

    { $items }

    { $incentive }

    Przepraszamy za oczekiwanie. Twoje miejsce w kolejce pozostaje zachowane.

    Z pozdrowieniami
    { $shop }
mail-shipped-subject = Zamówienie { $order } jest w drodze
mail-shipped-body =
    Dzień dobry { $customer },

    paczka z zamówienia { $order } wyjechała od nas { $date }:

    { $items }

    Śledź ją tutaj: { $tracking_link }

    Dziękujemy za zakupy,
    { $shop }
