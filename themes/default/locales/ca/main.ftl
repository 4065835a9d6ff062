# Built-in UI strings of the default theme, Catalan. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Centre d’ajuda
site-tagline = Respostes a les preguntes més freqüents i com obtenir més ajuda.

## Navigation
skip-to-content = Vés al contingut
nav-main = Navegació principal
nav-menu = Menú
breadcrumbs = Ruta de navegació
sections-heading = Temes
in-this-section = En aquesta secció
section-count = { $count ->
    [one] { $count } pàgina
    [many] { $count } de pàgines
   *[other] { $count } pàgines
}
on-this-page = En aquesta pàgina
previous-page = Anterior
next-page = Següent
related-pages = Pàgines relacionades
last-updated = Darrera actualització: { $date }
draft-badge = Esborrany

## Language switcher and chooser
language-switcher = Llengua
language-unavailable = { $language }: encara no disponible
choose-language = Trieu la llengua
choose-language-intro = Aquest centre d’ajuda està disponible en aquestes llengües.
not-translated-title = Aquesta pàgina encara no està disponible en català.
not-translated-body = Mentre no hi hagi traducció, esteu llegint la versió original ({ $source }).

## Guides
guide-label = Guia pas a pas
steps-heading = Passos d’aquesta guia
step-of = Pas { $step } de { $total }
step-done = Marca el pas { $step } com a fet
guide-progress = Passos fets: { $done } de { $total }
steps-reset = Desmarca-ho tot
print-checklist = Imprimeix aquesta llista de comprovació

## FAQ
faq-label = Preguntes freqüents
faq-count = { $count ->
    [one] { $count } pregunta
    [many] { $count } de preguntes
   *[other] { $count } preguntes
}
faq-expand-all = Mostra totes les respostes
faq-collapse-all = Amaga totes les respostes

## Still need help?
help-heading = Encara necessiteu ajuda?
help-intro = Poseu-vos en contacte amb el servei d’atenció al client de la botiga per un d’aquests canals.
help-hours = Horari
help-reply = Temps de resposta habitual

## Search
search-label = Cerca al centre d’ajuda
search-placeholder = Cerca, p. ex. reemborsament
search-results = Resultats de la cerca
search-results-count = { $count ->
    [0] Cap resultat
    [one] { $count } resultat
    [many] { $count } de resultats
   *[other] { $count } resultats
}
search-no-results = No hi ha cap resultat per a «{ $query }».
search-no-results-help = Proveu amb altres paraules, comproveu l’ortografia o comenceu per una de les guies següents.
search-did-you-mean = Es mostren resultats per a «{ $query }».
search-partial = No s'han trobat totes les paraules: aquestes són les pàgines que en tenen més.
search-browse = Mostra totes les pàgines
search-hint = Premeu / per cercar

## Not found
not-found-title = No s’ha trobat la pàgina
not-found-body = La pàgina que cerqueu no és aquí. Potser s’ha traslladat o l’enllaç és incorrecte.
not-found-home = Torna a l’inici del centre d’ajuda

## Language
# The language's own name, shown in the language switcher.
language-name = Català

## Callouts in pages (> [!NOTE] ...)
callout-note = Nota
callout-tip = Consell
callout-important = Important
callout-warning = Advertència
callout-caution = Precaució

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Us ha estat útil?
feedback-answer-question = Us ha ajudat aquesta resposta?
feedback-yes = Sí
feedback-no = No
feedback-reason = Què es podria millorar? (opcional)
feedback-thanks = Gràcies pels vostres comentaris.
feedback-failed = No s'han pogut enviar els vostres comentaris.
feedback-retry = Torneu-ho a provar
feedback-sending = S'està enviant…
