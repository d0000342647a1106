# Stockroom: tekster til kunden, på norsk bokmål. Se docs/translations.md.

col-sku = Varenr.
col-item = Vare
col-qty = Antall
col-expected = Forventet

units = { $count ->
    [one] { $count } stk.
   *[other] { $count } stk.
}
date-to-be-confirmed = dato kommer
date-was = (tidligere { $date })
progress-ready = { $ready } av { $wanted } klar til sending
progress-shipped = { $shipped } av { $wanted } allerede sendt
progress-shipped-ready = { $shipped } av { $wanted } sendt, { $ready } klar til sending

greeting = Hei { $name },
contact-shop = Spørsmål? Kontakt { $shop }.
contact-lines = Spørsmål? Kontakt oss: { $contact }.
nothing = Ingenting
ref-order = Ordre
ref-order-date = Ordredato
ref-date = Dato
page-of = Side { $page } av { $pages }
ref-shipment = Sending

incentive-title = Takk for at du venter
incentive-discount = { $percent } % rabatt på disse varene, allerede trukket fra: { $amount } mindre på ordren din.
incentive-credit = En kreditt på { $amount } for tålmodigheten, til bruk på neste ordre.
incentive-gift = En gave for tålmodigheten: { $note }.

notice-title = Melding om restordre
notice-customer = Kunde
notice-your-order = Din ordre
notice-placed = Bestilt
notice-items-waiting = Venter
notice-intro = Takk for ordren { $order }. { $units ->
    [one] En av varene du bestilte er ikke på lager akkurat nå. Plassen din i køen er reservert: den sendes så snart den kommer.
   *[other] Noen av varene du bestilte er ikke på lager akkurat nå. Plassen din i køen er reservert: de sendes så snart de kommer.
} Dette kan du vente deg.
notice-intro-nothing-waits = Takk for ordren { $order }. Gode nyheter: ingenting venter lenger; alt er på vei eller allerede hos deg.
notice-on-backorder = I restordre
notice-shipping-now = Sendes nå
notice-sign-off = Takk for tålmodigheten,
notice-footer = { $shop } · Melding om restordre · Ordre { $order }
choices-heading = Dine valg
choice-wait = Vente
choice-wait-text = { $incentive ->
    [yes] Du trenger ikke gjøre noe: du beholder plassen i køen og takken for at du venter.
   *[no] Du trenger ikke gjøre noe: du beholder plassen i køen.
} Vi sender varene som venter så snart de kommer, uten ekstra fraktkostnad, og gir beskjed hvis en dato endres.
choice-swap = Bytte
choice-swap-ask = Vil du heller ha noe som er på lager nå? Be oss om en lignende vare i stedet; den sendes med en gang.
choice-swap-offer = { $incentive ->
    [yes] Vil du heller ha noe som er på lager nå? Si fra, så sendes det med en gang, med takken for at du venter:
   *[no] Vil du heller ha noe som er på lager nå? Si fra, så sendes det med en gang:
}
choice-swap-instead = I stedet for { $name } ({ $sku }): { $offers }
choice-cancel = Avbestille
choice-cancel-text = Alt eller bare en del av det som venter, når som helst før det sendes. Bare kontakt oss, så refunderer vi hele beløpet.

slip-title = Pakkseddel
slip-ship-to = Send til
slip-footer = { $shop } · Pakkseddel { $shipment } · Ordre { $order }
shipment-carrier = Transportør
shipment-tracking = Sporing
shipment-shipped = Sendt
in-this-parcel = I denne pakken
still-on-backorder = Fortsatt i restordre
still-to-come = Kommer senere
order-complete = Ingenting: denne pakken fullfører ordren din.
ready-next-parcel = Klar, i neste pakke
cancelled = Avbestilt
shipped-title = Pakken din er på vei
shipped-delivering-to = Leveres til
shipped-intro = Gode nyheter: en pakke fra ordren { $order } ble sendt { $date }.
shipped-intro-carrier = Gode nyheter: en pakke fra ordren { $order } ble sendt { $date } med { $carrier }.
shipped-tracking = Du kan følge den med sporingsnummeret { $tracking }.
shipped-sign-off = Takk for handelen,
shipped-footer = { $shop } · Forsendelsesmelding { $shipment } · Ordre { $order }

feed-in-stock = På lager
feed-low-stock = Bare { $count } igjen
feed-out-of-stock = Utsolgt
feed-backorder = I restordre — sendes innen { $date }
feed-backorder-unknown = I restordre — dato kommer

mail-backorder-subject = Ordre { $order }: noen varer er i restordre
mail-backorder-body =
    Hei { $customer },

    takk for ordren { $order }. Noen varer er ikke på lager akkurat nå; plassen din i køen er reservert, og de sendes så snart de kommer:

    { $items }

    { $incentive }

    Vi gir beskjed hvis en dato endres.

    Vennlig hilsen
    { $shop }
mail-moved-subject = Ordre { $order }: en leveringsdato er endret
mail-moved-body =
    Hei { $customer },

    en dato i ordren { $order } er endret. Den er nå { $date }:

    { $items }

    { $incentive }

    Beklager ventetiden. Du beholder plassen i køen.

    Vennlig hilsen
    { $shop }
mail-shipped-subject = Ordre { $order } er på vei
mail-shipped-body =
    Hei { $customer },

    en pakke fra ordren { $order } ble sendt { $date }:

    { $items }

    Følg den her: { $tracking_link }

    Takk for handelen,
    { $shop }
