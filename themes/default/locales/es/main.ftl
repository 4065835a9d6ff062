# Built-in UI strings of the default theme, Spanish. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Centro de ayuda
site-tagline = Respuestas a las preguntas más frecuentes y cómo obtener más ayuda.

## Navigation
skip-to-content = Ir al contenido
nav-main = Navegación principal
nav-menu = Menú
breadcrumbs = Ruta de navegación
sections-heading = Temas
in-this-section = En esta sección
section-count = { $count ->
    [one] { $count } página
    [many] { $count } de páginas
   *[other] { $count } páginas
}
on-this-page = En esta página
previous-page = Anterior
next-page = Siguiente
related-pages = Páginas relacionadas
last-updated = Última actualización: { $date }
draft-badge = Borrador

## Language switcher and chooser
language-switcher = Idioma
language-unavailable = { $language }: aún no disponible
choose-language = Elija su idioma
choose-language-intro = Este centro de ayuda está disponible en los siguientes idiomas.
not-translated-title = Esta página todavía no está disponible en español.
not-translated-body = Mientras no haya traducción, está leyendo la versión original ({ $source }).

## Guides
guide-label = Guía paso a paso
steps-heading = Pasos de esta guía
step-of = Paso { $step } de { $total }
step-done = Marcar el paso { $step } como completado
guide-progress = { $done } de { $total } pasos completados
steps-reset = Desmarcar todo
print-checklist = Imprimir esta lista de comprobación

## FAQ
faq-label = Preguntas frecuentes
faq-count = { $count ->
    [one] { $count } pregunta
    [many] { $count } de preguntas
   *[other] { $count } preguntas
}
faq-expand-all = Mostrar todas las respuestas
faq-collapse-all = Ocultar todas las respuestas

## Still need help?
help-heading = ¿Necesita más ayuda?
help-intro = Póngase en contacto con el servicio de atención al cliente de la tienda por uno de estos canales.
help-hours = Horario
help-reply = Tiempo de respuesta habitual

## Search
search-label = Buscar en el centro de ayuda
search-placeholder = Buscar, p. ej., reembolso
search-results = Resultados de la búsqueda
search-results-count = { $count ->
    [0] Sin resultados
    [one] { $count } resultado
    [many] { $count } de resultados
   *[other] { $count } resultados
}
search-no-results = No hay resultados para «{ $query }».
search-no-results-help = Pruebe con otras palabras, revise la ortografía o empiece por una de las guías de abajo.
search-did-you-mean = Se muestran resultados para «{ $query }».
search-partial = No se encontraron todas tus palabras: estas son las páginas que tienen la mayoría.
search-browse = Ver todas las páginas
search-hint = Pulse / para buscar

## Not found
not-found-title = Página no encontrada
not-found-body = La página que busca no está aquí. Puede que se haya movido o que el enlace no sea correcto.
not-found-home = Ir a la página de inicio del centro de ayuda

## Language
# The language's own name, shown in the language switcher.
language-name = Español

## Callouts in pages (> [!NOTE] ...)
callout-note = Nota
callout-tip = Consejo
callout-important = Importante
callout-warning = Advertencia
callout-caution = Precaución

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = ¿Le ha resultado útil?
feedback-answer-question = ¿Le ha ayudado esta respuesta?
feedback-yes = Sí
feedback-no = No
feedback-reason = ¿Qué se podría mejorar? (opcional)
feedback-thanks = Gracias por sus comentarios.
feedback-failed = No se han podido enviar sus comentarios.
feedback-retry = Volver a intentarlo
feedback-sending = Enviando…
