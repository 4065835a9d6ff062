# Built-in UI strings of the default theme, Norwegian Bokmål. helpgen carries one such file per language
# it knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Hjelpesenter
site-tagline = Svar på vanlige spørsmål, og hvordan du får mer hjelp.

## Navigation
skip-to-content = Gå til innholdet
nav-main = Hovedmeny
nav-menu = Meny
breadcrumbs = Brødsmulesti
sections-heading = Emner
in-this-section = I denne delen
section-count = { $count ->
    [one] { $count } side
   *[other] { $count } sider
}
on-this-page = På denne siden
previous-page = Forrige
next-page = Neste
related-pages = Relaterte sider
last-updated = Sist oppdatert: { $date }
draft-badge = Utkast

## Language switcher and chooser
language-switcher = Språk
language-unavailable = { $language }: ikke tilgjengelig ennå
choose-language = Velg språk
choose-language-intro = Dette hjelpesenteret er tilgjengelig på disse språkene.
not-translated-title = Denne siden er ikke tilgjengelig på norsk ennå.
not-translated-body = Fram til en oversettelse er klar, leser du versjonen på { $source }.

## Guides
guide-label = Trinnvis veiledning
steps-heading = Trinnene i denne veiledningen
step-of = Trinn { $step } av { $total }
step-done = Merk trinn { $step } som fullført
guide-progress = { $done } av { $total } trinn fullført
steps-reset = Fjern alle haker
print-checklist = Skriv ut sjekklisten

## FAQ
faq-label = Ofte stilte spørsmål
faq-count = { $count ->
    [one] { $count } spørsmål
   *[other] { $count } spørsmål
}
faq-expand-all = Vis alle svarene
faq-collapse-all = Skjul alle svarene

## Still need help?
help-heading = Trenger du fortsatt hjelp?
help-intro = Kontakt butikkens kundeservice via en av disse kanalene.
help-hours = Åpningstider
help-reply = Vanlig svartid

## Search
search-label = Søk i hjelpesenteret
search-placeholder = Søk, f.eks. refusjon
search-results = Søkeresultater
search-results-count = { $count ->
    [0] Ingen treff
    [one] { $count } treff
   *[other] { $count } treff
}
search-no-results = Ingen treff for «{ $query }».
search-no-results-help = Prøv andre ord, sjekk stavemåten, eller start med en av veiledningene nedenfor.
search-did-you-mean = Viser resultater for «{ $query }».
search-partial = Ikke alle ordene dine ble funnet: her er sidene med flest av dem.
search-browse = Se alle sidene
search-hint = Trykk / for å søke

## Not found
not-found-title = Fant ikke siden
not-found-body = Siden du leter etter, finnes ikke her. Den kan ha blitt flyttet, eller lenken kan være feil.
not-found-home = Gå til forsiden av hjelpesenteret

## Language
# The language's own name, shown in the language switcher.
language-name = Norsk bokmål

## Callouts in pages (> [!NOTE] ...)
callout-note = Merk
callout-tip = Tips
callout-important = Viktig
callout-warning = Advarsel
callout-caution = Forsiktig

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Var dette nyttig?
feedback-answer-question = Hjalp dette svaret deg?
feedback-yes = Ja
feedback-no = Nei
feedback-reason = Hva kunne vært bedre? (valgfritt)
feedback-thanks = Takk for tilbakemeldingen.
feedback-failed = Tilbakemeldingen din kunne ikke sendes.
feedback-retry = Prøv igjen
feedback-sending = Sender…
