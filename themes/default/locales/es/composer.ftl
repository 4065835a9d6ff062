# Built-in UI strings of the complaint composer, Spanish: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Redacte su reclamación
composer-intro = Rellene los datos que conozca. Su mensaje aparecerá debajo, listo para copiar o enviar. Nada de lo que escriba se envía a ningún sitio.
composer-order = Número de pedido
composer-order-hint = Lo encontrará en su historial de pedidos o en el correo electrónico de confirmación.
composer-date = Fecha del pedido
composer-product = Producto
composer-problem = ¿Cuál es el problema?
composer-problem-choose = Elija una opción
composer-problem-damaged = El producto llegó dañado
composer-problem-faulty = El producto no funciona correctamente
composer-problem-wrong = Me llegó un artículo equivocado
composer-problem-not-described = El producto no corresponde a la descripción
composer-problem-missing = El pedido nunca llegó
composer-problem-late = El pedido llegó con mucho retraso
composer-problem-other = Otro problema
composer-details = Describa el problema
composer-details-hint = Dos o tres frases: qué ocurrió y cuándo.
composer-outcome = ¿Qué solicita?
composer-outcome-refund = Un reembolso
composer-outcome-replacement = Una sustitución
composer-outcome-repair = Una reparación
composer-outcome-explanation = Una explicación
composer-evidence = ¿Qué pruebas tiene?
composer-evidence-photos = Fotos o un vídeo del problema
composer-evidence-screenshots = Capturas de pantalla de la ficha del producto
composer-evidence-receipt = La factura o el recibo
composer-evidence-emails = Correos electrónicos o mensajes de chat
composer-evidence-packaging = Fotos del embalaje y las etiquetas
composer-name = Su nombre
composer-remember = Recordar mi nombre en este dispositivo
composer-forget = Olvidar mi nombre
composer-forgotten = Su nombre se ha eliminado de este dispositivo.
composer-compose = Redactar mi reclamación
composer-result = Su reclamación
composer-copy = Copiar el mensaje
composer-copied = Copiado.
composer-mail = Abrir en mi aplicación de correo
composer-print = Imprimir
composer-error-order = Introduzca el número de pedido.
composer-error-problem = Indique cuál es el problema.
composer-error-summary = Corrija los campos marcados a continuación.
composer-nojs = Copie esta plantilla y complete las partes entre corchetes:

# The plain template shown without JavaScript.
composer-template =
    Asunto: Reclamación sobre el pedido [número de pedido]

    Estimado equipo de atención al cliente:

    Les escribo en relación con mi pedido [número de pedido], realizado el [fecha], de [producto].
    El problema: [qué ha pasado, en dos o tres frases].
    Solicito [un reembolso / una sustitución / una reparación / una explicación].
    Adjunto [fotos, capturas de pantalla, la factura].

    Les ruego que me respondan en un plazo de 14 días.

    Atentamente,
    {"["}su nombre]

composer-subject = Reclamación sobre el pedido { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Estimado equipo de atención al cliente:
composer-line-order = Les escribo en relación con mi pedido { $order }.
composer-line-date = Realicé el pedido el { $date }.
composer-line-product = Se trata del siguiente producto: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Solicito el reembolso íntegro del importe pagado.
    [replacement] Solicito que me envíen un producto de sustitución sin cargo adicional.
    [repair] Solicito que reparen el producto sin ningún cargo para mí.
   *[explanation] Solicito una explicación de lo ocurrido y de las medidas que van a tomar.
}
composer-line-evidence = { $evidenceCount ->
    [0] Puedo enviarles pruebas si las necesitan.
    [one] Adjunto la siguiente prueba: { $evidence }.
    [many] Adjunto { $evidenceCount } de pruebas: { $evidence }.
   *[other] Adjunto { $evidenceCount } pruebas: { $evidence }.
}
composer-closing = Les ruego que me respondan en un plazo de 14 días.
composer-signoff = Atentamente,
