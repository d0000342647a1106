# Stockroom: testi per il cliente, in italiano. Vedi docs/translations.md.

col-sku = Codice
col-item = Articolo
col-qty = Q.tà
col-expected = Previsto

units = { $count ->
    [one] { $count } pezzo
    [many] { $count } di pezzi
   *[other] { $count } pezzi
}
date-to-be-confirmed = data da confermare
date-was = (prima { $date })
progress-ready = { $ready } di { $wanted } pronti per la spedizione
progress-shipped = { $shipped } di { $wanted } già spediti
progress-shipped-ready = { $shipped } di { $wanted } spediti, { $ready } pronti per la spedizione

greeting = Gentile { $name },
contact-shop = Domande? Contatti { $shop }.
contact-lines = Domande? Ci contatti: { $contact }.
nothing = Niente
ref-order = Ordine
ref-order-date = Data dell’ordine
ref-date = Data
page-of = Pagina { $page } di { $pages }
ref-shipment = Spedizione

incentive-title = Grazie per l’attesa
incentive-discount = Sconto del { $percent }% su questi articoli, già detratto: { $amount } in meno sul suo ordine.
incentive-credit = Un credito di { $amount } per la sua pazienza, da usare sul prossimo ordine.
incentive-gift = Un regalo per la sua pazienza: { $note }.

notice-title = Avviso di ordine in attesa
notice-customer = Cliente
notice-your-order = Il suo ordine
notice-placed = Effettuato
notice-items-waiting = In attesa
notice-intro = Grazie per il suo ordine { $order }. { $units ->
    [one] Un articolo ordinato non è disponibile al momento. Il suo posto in coda è riservato: glielo spediamo appena arriva.
   *[other] Alcuni articoli ordinati non sono disponibili al momento. Il suo posto in coda è riservato: glieli spediamo appena arrivano.
} Ecco cosa aspettarsi.
notice-intro-nothing-waits = Grazie per il suo ordine { $order }. Buone notizie: non c’è più niente in attesa; tutto è in viaggio o già da lei.
notice-on-backorder = In attesa di disponibilità
notice-shipping-now = In spedizione ora
notice-sign-off = Grazie per la pazienza,
notice-footer = { $shop } · Avviso di ordine in attesa · Ordine { $order }
choices-heading = Le sue scelte
choice-wait = Attendere
choice-wait-text = { $incentive ->
    [yes] Non deve fare nulla: mantiene il suo posto in coda e il ringraziamento per l’attesa.
   *[no] Non deve fare nulla: mantiene il suo posto in coda.
} Spediamo gli articoli in attesa appena arrivano, senza costi di spedizione aggiuntivi, e la avvisiamo se una data cambia.
choice-swap = Sostituire
choice-swap-ask = Preferisce qualcosa di disponibile subito? Ci chieda un articolo simile al posto di quello in attesa; parte subito.
choice-swap-offer = { $incentive ->
    [yes] Preferisce qualcosa di disponibile subito? Ce lo dica e parte subito, con il ringraziamento per l’attesa:
   *[no] Preferisce qualcosa di disponibile subito? Ce lo dica e parte subito:
}
choice-swap-instead = Al posto di { $name } ({ $sku }): { $offers }
choice-cancel = Annullare
choice-cancel-text = Tutto o solo una parte di ciò che è in attesa, in qualsiasi momento prima della spedizione. Ci contatti e la rimborsiamo per intero.

slip-title = Documento di trasporto
slip-ship-to = Spedire a
slip-footer = { $shop } · Documento di trasporto { $shipment } · Ordine { $order }
shipment-carrier = Corriere
shipment-tracking = Tracciamento
shipment-shipped = Spedito
in-this-parcel = In questo pacco
still-on-backorder = Ancora in attesa
still-to-come = In arrivo
order-complete = Niente: questo pacco completa il suo ordine.
ready-next-parcel = Pronto, nel prossimo pacco
cancelled = Annullato
shipped-title = Il suo pacco è in viaggio
shipped-delivering-to = Consegna a
shipped-intro = Buone notizie: un pacco del suo ordine { $order } è partito il { $date }.
shipped-intro-carrier = Buone notizie: un pacco del suo ordine { $order } è partito il { $date } con { $carrier }.
shipped-tracking = Può seguirlo con il numero di tracciamento { $tracking }.
shipped-sign-off = Grazie per il suo acquisto,
shipped-footer = { $shop } · Avviso di spedizione { $shipment } · Ordine { $order }

feed-in-stock = Disponibile
feed-low-stock = Solo { $count } rimasti
feed-out-of-stock = Esaurito
feed-backorder = Su ordinazione — spedito entro il { $date }
feed-backorder-unknown = Su ordinazione — data da confermare

mail-backorder-subject = Il suo ordine { $order }: alcuni articoli sono in attesa
mail-backorder-body =
    Gentile { $customer },

    grazie per il suo ordine { $order }. Alcuni articoli non sono disponibili al momento; il suo posto in coda è riservato e li spediamo appena arrivano:

    { $items }

    { $incentive }

    La avviseremo se una data cambia.

    Cordiali saluti,
    { $shop }
mail-moved-subject = Il suo ordine { $order }: una data di consegna è cambiata
mail-moved-body =
    Gentile { $customer },

    una data del suo ordine { $order } è cambiata. Ora è il { $date }:

    { $items }

    { $incentive }

    Ci scusiamo per l’attesa. Il suo posto in coda resta riservato.

    Cordiali saluti,
    { $shop }
mail-shipped-subject = Il suo ordine { $order } è in viaggio
mail-shipped-body =
    Gentile { $customer },

    un pacco del suo ordine { $order } è partito il { $date }:

    { $items }

    Lo segua qui: { $tracking_link }

    Grazie per il suo acquisto,
    { $shop }
