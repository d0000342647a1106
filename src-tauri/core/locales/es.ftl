# Stockroom: textos para el cliente, en español. Véase docs/translations.md.

col-sku = Referencia
col-item = Artículo
col-qty = Cant.
col-expected = Previsto

units = { $count ->
    [one] { $count } unidad
    [many] { $count } de unidades
   *[other] { $count } unidades
}
date-to-be-confirmed = fecha por confirmar
date-was = (antes { $date })
progress-ready = { $ready } de { $wanted } listos para enviar
progress-shipped = { $shipped } de { $wanted } ya enviados
progress-shipped-ready = { $shipped } de { $wanted } enviados, { $ready } listos para enviar

greeting = Estimado/a { $name }:
contact-shop = ¿Preguntas? Póngase en contacto con { $shop }.
contact-lines = ¿Preguntas? Contáctenos: { $contact }.
nothing = Nada
ref-order = Pedido
ref-order-date = Fecha del pedido
ref-date = Fecha
page-of = Página { $page } de { $pages }
ref-shipment = Envío

incentive-title = Gracias por esperar
incentive-discount = { $percent } % de descuento en estos artículos, ya aplicado: { $amount } menos en su pedido.
incentive-credit = Un crédito de { $amount } por su paciencia, para su próximo pedido.
incentive-gift = Un regalo por su paciencia: { $note }.

notice-title = Aviso de pedido pendiente
notice-customer = Cliente
notice-your-order = Su pedido
notice-placed = Realizado
notice-items-waiting = Pendientes
notice-intro = Gracias por su pedido { $order }. { $units ->
    [one] Uno de los artículos que pidió no está en stock ahora mismo. Su lugar en la cola está reservado: se lo enviamos en cuanto llegue.
   *[other] Algunos de los artículos que pidió no están en stock ahora mismo. Su lugar en la cola está reservado: se los enviamos en cuanto lleguen.
} Esto es lo que puede esperar.
notice-intro-nothing-waits = Gracias por su pedido { $order }. Buenas noticias: ya no queda nada pendiente; todo está en camino o ya lo tiene usted.
notice-on-backorder = Pendiente de stock
notice-shipping-now = Se envía ahora
notice-sign-off = Gracias por su paciencia,
notice-footer = { $shop } · Aviso de pedido pendiente · Pedido { $order }
choices-heading = Sus opciones
choice-wait = Esperar
choice-wait-text = { $incentive ->
    [yes] No tiene que hacer nada: conserva su lugar en la cola y el agradecimiento por esperar.
   *[no] No tiene que hacer nada: conserva su lugar en la cola.
} Enviamos los artículos pendientes en cuanto lleguen, sin gastos de envío adicionales, y le avisamos si cambia una fecha.
choice-swap = Cambiar
choice-swap-ask = ¿Prefiere algo que esté en stock ya? Pídanos un artículo similar en lugar del pendiente; se envía enseguida.
choice-swap-offer = { $incentive ->
    [yes] ¿Prefiere algo que esté en stock ya? Díganoslo y se envía enseguida, con el agradecimiento por esperar:
   *[no] ¿Prefiere algo que esté en stock ya? Díganoslo y se envía enseguida:
}
choice-swap-instead = En lugar de { $name } ({ $sku }): { $offers }
choice-cancel = Cancelar
choice-cancel-text = Todo o solo una parte de lo pendiente, en cualquier momento antes del envío. Escríbanos y le devolvemos el importe íntegro.

slip-title = Albarán
slip-ship-to = Enviar a
slip-footer = { $shop } · Albarán { $shipment } · Pedido { $order }
shipment-carrier = Transportista
shipment-tracking = Seguimiento
shipment-shipped = Enviado
in-this-parcel = En este paquete
still-on-backorder = Aún pendiente
still-to-come = Por llegar
order-complete = Nada: este paquete completa su pedido.
ready-next-parcel = Listo, en el próximo paquete
cancelled = Cancelado
shipped-title = Su paquete está en camino
shipped-delivering-to = Entrega a
shipped-intro = Buenas noticias: un paquete de su pedido { $order } salió el { $date }.
shipped-intro-carrier = Buenas noticias: un paquete de su pedido { $order } salió el { $date } con { $carrier }.
shipped-tracking = Puede seguirlo con el número de seguimiento { $tracking }.
shipped-sign-off = Gracias por su compra,
shipped-footer = { $shop } · Aviso de envío { $shipment } · Pedido { $order }

feed-in-stock = En stock
feed-low-stock = Solo quedan { $count }
feed-out-of-stock = Agotado
feed-backorder = Bajo pedido — se envía antes del { $date }
feed-backorder-unknown = Bajo pedido — fecha por confirmar

mail-backorder-subject = Su pedido { $order }: algunos artículos están pendientes
mail-backorder-body =
    Estimado/a { $customer }:

    gracias por su pedido { $order }. Algunos artículos no están en stock ahora mismo; su lugar en la cola está reservado y se los enviamos en cuanto lleguen:

    { $items }

    { $incentive }

    Le avisaremos si cambia una fecha.

    Un saludo,
    { $shop }
mail-moved-subject = Su pedido { $order }: ha cambiado una fecha de entrega
mail-moved-body =
    Estimado/a { $customer }:

    ha cambiado una fecha de su pedido { $order }. Ahora es el { $date }:

    { $items }

    { $incentive }

    Sentimos la espera. Conserva su lugar en la cola.

    Un saludo,
    { $shop }
mail-shipped-subject = Su pedido { $order } está en camino
mail-shipped-body =
    Estimado/a { $customer }:

    un paquete de su pedido { $order } salió el { $date }:

    { $items }

    Sígalo aquí: { $tracking_link }

    Gracias por su compra,
    { $shop }
