# Stockroom: textos para o cliente, em português (europeu). Ver docs/translations.md.

col-sku = Referência
col-item = Artigo
col-qty = Qtd.
col-expected = Previsto

units = { $count ->
    [one] { $count } unidade
    [many] { $count } de unidades
   *[other] { $count } unidades
}
date-to-be-confirmed = data a confirmar
date-was = (antes { $date })
progress-ready = { $ready } de { $wanted } prontos a enviar
progress-shipped = { $shipped } de { $wanted } já enviados
progress-shipped-ready = { $shipped } de { $wanted } enviados, { $ready } prontos a enviar

greeting = Caro(a) { $name },
contact-shop = Dúvidas? Contacte { $shop }.
contact-lines = Dúvidas? Contacte-nos: { $contact }.
nothing = Nada
ref-order = Encomenda
ref-order-date = Data da encomenda
ref-date = Data
page-of = Página { $page } de { $pages }
ref-shipment = Envio

incentive-title = Obrigado por esperar
incentive-discount = { $percent }% de desconto nestes artigos, já deduzido: menos { $amount } na sua encomenda.
incentive-credit = Um crédito de { $amount } pela sua paciência, para usar na próxima encomenda.
incentive-gift = Uma oferta pela sua paciência: { $note }.

notice-title = Aviso de encomenda pendente
notice-customer = Cliente
notice-your-order = A sua encomenda
notice-placed = Feita em
notice-items-waiting = Pendentes
notice-intro = Obrigado pela sua encomenda { $order }. { $units ->
    [one] Um dos artigos encomendados não está em stock neste momento. O seu lugar na fila está reservado: enviamo-lo assim que chegar.
   *[other] Alguns dos artigos encomendados não estão em stock neste momento. O seu lugar na fila está reservado: enviamo-los assim que chegarem.
} Eis o que pode esperar.
notice-intro-nothing-waits = Obrigado pela sua encomenda { $order }. Boas notícias: já nada está pendente; está tudo a caminho ou já consigo.
notice-on-backorder = Pendente de stock
notice-shipping-now = Enviado agora
notice-sign-off = Obrigado pela sua paciência,
notice-footer = { $shop } · Aviso de encomenda pendente · Encomenda { $order }
choices-heading = As suas opções
choice-wait = Esperar
choice-wait-text = { $incentive ->
    [yes] Não precisa de fazer nada: mantém o seu lugar na fila e o agradecimento pela espera.
   *[no] Não precisa de fazer nada: mantém o seu lugar na fila.
} Enviamos os artigos pendentes assim que chegarem, sem custos de envio adicionais, e avisamos se uma data mudar.
choice-swap = Trocar
choice-swap-ask = Prefere algo que esteja em stock agora? Peça-nos um artigo semelhante em vez do pendente; segue de imediato.
choice-swap-offer = { $incentive ->
    [yes] Prefere algo que esteja em stock agora? Diga-nos e segue de imediato, com o agradecimento pela espera:
   *[no] Prefere algo que esteja em stock agora? Diga-nos e segue de imediato:
}
choice-swap-instead = Em vez de { $name } ({ $sku }): { $offers }
choice-cancel = Cancelar
choice-cancel-text = Tudo ou só uma parte do que está pendente, a qualquer momento antes do envio. Basta contactar-nos e reembolsamos o valor total.

slip-title = Guia de remessa
slip-ship-to = Enviar para
slip-footer = { $shop } · Guia de remessa { $shipment } · Encomenda { $order }
shipment-carrier = Transportadora
shipment-tracking = Seguimento
shipment-shipped = Enviado
in-this-parcel = Nesta embalagem
still-on-backorder = Ainda pendente
still-to-come = Ainda por chegar
order-complete = Nada: esta embalagem completa a sua encomenda.
ready-next-parcel = Pronto, na próxima embalagem
cancelled = Cancelado
shipped-title = A sua encomenda está a caminho
shipped-delivering-to = Entrega a
shipped-intro = Boas notícias: uma embalagem da sua encomenda { $order } saiu a { $date }.
shipped-intro-carrier = Boas notícias: uma embalagem da sua encomenda { $order } saiu a { $date } com { $carrier }.
shipped-tracking = Pode segui-la com o número de seguimento { $tracking }.
shipped-sign-off = Obrigado pela sua compra,
shipped-footer = { $shop } · Aviso de envio { $shipment } · Encomenda { $order }

feed-in-stock = Em stock
feed-low-stock = Só restam { $count }
feed-out-of-stock = Esgotado
feed-backorder = Por encomenda — enviado até { $date }
feed-backorder-unknown = Por encomenda — data a confirmar

mail-backorder-subject = A sua encomenda { $order }: alguns artigos estão pendentes
mail-backorder-body =
    Caro(a) { $customer },

    obrigado pela sua encomenda { $order }. Alguns artigos não estão em stock neste momento; o seu lugar na fila está reservado e enviamo-los assim que chegarem:

    { $items }

    { $incentive }

    Avisamos se uma data mudar.

    Com os melhores cumprimentos,
    { $shop }
mail-moved-subject = A sua encomenda { $order }: uma data de entrega mudou
mail-moved-body =
    Caro(a) { $customer },

    uma data da sua encomenda { $order } mudou. Passa a ser { $date }:

    { $items }

    { $incentive }

    Lamentamos a espera. O seu lugar na fila mantém-se.

    Com os melhores cumprimentos,
    { $shop }
mail-shipped-subject = A sua encomenda { $order } está a caminho
mail-shipped-body =
    Caro(a) { $customer },

    uma embalagem da sua encomenda { $order } saiu a { $date }:

    { $items }

    Siga-a aqui: { $tracking_link }

    Obrigado pela sua compra,
    { $shop }
