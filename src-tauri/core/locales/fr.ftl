# Stockroom : textes destinés aux clients, en français. Voir docs/translations.md.

## Colonnes des tableaux

col-sku = Référence
col-item = Article
col-qty = Qté
col-expected = Prévu le

## Quantités et dates

units = { $count ->
    [one] { $count } article
    [many] { $count } d’articles
   *[other] { $count } articles
}
date-to-be-confirmed = date à confirmer
date-was = (auparavant { $date })
progress-ready = { $ready } sur { $wanted } prêts à partir
progress-shipped = { $shipped } sur { $wanted } déjà expédiés
progress-shipped-ready = { $shipped } sur { $wanted } expédiés, { $ready } prêts à partir

## Éléments de la lettre

greeting = Bonjour { $name },
contact-shop = Des questions ? Contactez { $shop }.
contact-lines = Des questions ? Contactez-nous : { $contact }.
nothing = Rien
ref-order = Commande
ref-order-date = Date de commande
ref-date = Date
page-of = Page { $page } sur { $pages }
ref-shipment = Envoi

## Le remerciement pour l’attente

incentive-title = Merci de votre patience
incentive-discount = { $percent } % de remise sur ces articles, déjà déduite : { $amount } de moins sur votre commande.
incentive-credit = Un avoir de { $amount } pour votre patience, à utiliser lors de votre prochaine commande.
incentive-gift = Un cadeau pour votre patience : { $note }.

## Avis de retard de livraison

notice-title = Avis de retard de livraison
notice-customer = Client
notice-your-order = Votre commande
notice-placed = Passée le
notice-items-waiting = En attente
notice-intro = Merci pour votre commande { $order }. { $units ->
    [one] Un article commandé n’est pas en stock pour le moment. Votre place dans la file d’attente est réservée : il vous sera envoyé dès son arrivée.
   *[other] Certains articles commandés ne sont pas en stock pour le moment. Votre place dans la file d’attente est réservée : ils vous seront envoyés dès leur arrivée.
} Voici ce qui vous attend.
notice-intro-nothing-waits = Merci pour votre commande { $order }. Bonne nouvelle : plus rien n’est en attente ; tout est en route ou déjà chez vous.
notice-on-backorder = En attente de stock
notice-shipping-now = Expédié maintenant
notice-sign-off = Merci de votre patience,
notice-footer = { $shop } · Avis de retard · Commande { $order }
choices-heading = Vos options
choice-wait = Attendre
choice-wait-text = { $incentive ->
    [yes] Rien à faire : vous gardez votre place dans la file d’attente et le remerciement pour l’attente.
   *[no] Rien à faire : vous gardez votre place dans la file d’attente.
} Nous envoyons les articles en attente dès leur arrivée, sans frais de port supplémentaires, et vous prévenons si une date change.
choice-swap = Échanger
choice-swap-ask = Vous préférez un article disponible tout de suite ? Demandez-nous un article similaire à la place ; il part aussitôt.
choice-swap-offer = { $incentive ->
    [yes] Vous préférez un article disponible tout de suite ? Dites-le-nous et il part aussitôt, avec le remerciement pour l’attente :
   *[no] Vous préférez un article disponible tout de suite ? Dites-le-nous et il part aussitôt :
}
choice-swap-instead = Au lieu de { $name } ({ $sku }) : { $offers }
choice-cancel = Annuler
choice-cancel-text = Tout ou partie de ce qui attend, à tout moment avant l’expédition. Contactez-nous simplement et nous vous remboursons intégralement.

## Bon de livraison et avis d’expédition

slip-title = Bon de livraison
slip-ship-to = Livrer à
slip-footer = { $shop } · Bon de livraison { $shipment } · Commande { $order }
shipment-carrier = Transporteur
shipment-tracking = Suivi
shipment-shipped = Expédié le
in-this-parcel = Dans ce colis
still-on-backorder = Toujours en attente
still-to-come = À venir
order-complete = Rien : ce colis complète votre commande.
ready-next-parcel = Prêt, dans le prochain colis
cancelled = Annulé
shipped-title = Votre colis est en route
shipped-delivering-to = Livraison à
shipped-intro = Bonne nouvelle : un colis de votre commande { $order } est parti le { $date }.
shipped-intro-carrier = Bonne nouvelle : un colis de votre commande { $order } est parti le { $date } avec { $carrier }.
shipped-tracking = Vous pouvez le suivre avec le numéro de suivi { $tracking }.
shipped-sign-off = Merci pour votre achat,
shipped-footer = { $shop } · Avis d’expédition { $shipment } · Commande { $order }

## Disponibilité sur la boutique en ligne

feed-in-stock = En stock
feed-low-stock = Plus que { $count } en stock
feed-out-of-stock = Épuisé
feed-backorder = En réapprovisionnement — expédié d’ici le { $date }
feed-backorder-unknown = En réapprovisionnement — date à confirmer

## E-mail

mail-backorder-subject = Votre commande { $order } : certains articles sont en attente
mail-backorder-body =
    Bonjour { $customer },

    merci pour votre commande { $order }. Certains articles ne sont pas en stock pour le moment ; votre place dans la file d’attente est réservée et ils partent dès leur arrivée :

    { $items }

    { $incentive }

    Nous vous prévenons si une date change.

    Cordialement,
    { $shop }
mail-moved-subject = Votre commande { $order } : une date de livraison a changé
mail-moved-body =
    Bonjour { $customer },

    une date de votre commande { $order } a changé. Elle est désormais le { $date } :

    { $items }

    { $incentive }

    Nous sommes désolés pour l’attente. Votre place dans la file est conservée.

    Cordialement,
    { $shop }
mail-shipped-subject = Votre commande { $order } est en route
mail-shipped-body =
    Bonjour { $customer },

    un colis de votre commande { $order } est parti le { $date } :

    { $items }

    Suivez-le ici : { $tracking_link }

    Merci pour votre achat,
    { $shop }
