# Built-in UI strings of the default theme, Danish. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Hjælpecenter
site-tagline = Svar på almindelige spørgsmål – og hvordan du får mere hjælp.

## Navigation
skip-to-content = Gå til indholdet
nav-main = Hovednavigation
nav-menu = Menu
breadcrumbs = Brødkrummesti
sections-heading = Emner
in-this-section = I dette afsnit
section-count = { $count ->
    [one] { $count } side
   *[other] { $count } sider
}
on-this-page = På denne side
previous-page = Forrige
next-page = Næste
related-pages = Relaterede sider
last-updated = Senest opdateret: { $date }
draft-badge = Kladde

## Language switcher and chooser
language-switcher = Sprog
language-unavailable = { $language }: ikke tilgængelig endnu
choose-language = Vælg dit sprog
choose-language-intro = Dette hjælpecenter findes på følgende sprog.
not-translated-title = Denne side findes endnu ikke på dansk.
not-translated-body = Indtil en oversættelse er klar, læser du den oprindelige version ({ $source }).

## Guides
guide-label = Trin-for-trin-vejledning
steps-heading = Trin i denne vejledning
step-of = Trin { $step } af { $total }
step-done = Markér trin { $step } som udført
guide-progress = { $done } af { $total } trin udført
steps-reset = Fjern alle flueben
print-checklist = Udskriv denne tjekliste

## FAQ
faq-label = Ofte stillede spørgsmål
faq-count = { $count ->
    [one] { $count } spørgsmål
   *[other] { $count } spørgsmål
}
faq-expand-all = Vis alle svar
faq-collapse-all = Skjul alle svar

## Still need help?
help-heading = Har du stadig brug for hjælp?
help-intro = Kontakt butikkens kundeservice via en af disse kanaler.
help-hours = Åbningstider
help-reply = Normal svartid

## Search
search-label = Søg i hjælpecentret
search-placeholder = Søg, f.eks. tilbagebetaling
search-results = Søgeresultater
search-results-count = { $count ->
    [0] Ingen resultater
    [one] { $count } resultat
   *[other] { $count } resultater
}
search-no-results = Ingen resultater for »{ $query }«.
search-no-results-help = Prøv andre ord, tjek stavningen, eller start med en af vejledningerne nedenfor.
search-did-you-mean = Viser resultater for »{ $query }«.
search-partial = Ikke alle dine ord blev fundet: her er siderne med de fleste af dem.
search-browse = Gennemse alle sider
search-hint = Tryk på / for at søge

## Not found
not-found-title = Siden blev ikke fundet
not-found-body = Den side, du leder efter, findes ikke her. Den er måske blevet flyttet, eller linket kan være forkert.
not-found-home = Gå til hjælpecentrets forside

## Language
# The language's own name, shown in the language switcher.
language-name = Dansk

## Callouts in pages (> [!NOTE] ...)
callout-note = Bemærk
callout-tip = Tip
callout-important = Vigtigt
callout-warning = Advarsel
callout-caution = Forsigtig

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Var dette nyttigt?
feedback-answer-question = Hjalp dette svar dig?
feedback-yes = Ja
feedback-no = Nej
feedback-reason = Hvad kunne være bedre? (valgfrit)
feedback-thanks = Tak for din feedback.
feedback-failed = Din feedback kunne ikke sendes.
feedback-retry = Prøv igen
feedback-sending = Sender…
