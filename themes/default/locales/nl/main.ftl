# Built-in UI strings of the default theme, Dutch. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Helpcentrum
site-tagline = Antwoorden op veelgestelde vragen en hoe u verder geholpen wordt.

## Navigation
skip-to-content = Naar de inhoud
nav-main = Hoofdnavigatie
nav-menu = Menu
breadcrumbs = Kruimelpad
sections-heading = Onderwerpen
in-this-section = In dit onderdeel
section-count = { $count ->
    [one] { $count } pagina
   *[other] { $count } pagina’s
}
on-this-page = Op deze pagina
previous-page = Vorige
next-page = Volgende
related-pages = Gerelateerde pagina’s
last-updated = Laatst bijgewerkt: { $date }
draft-badge = Concept

## Language switcher and chooser
language-switcher = Taal
language-unavailable = { $language }: nog niet beschikbaar
choose-language = Kies uw taal
choose-language-intro = Dit helpcentrum is beschikbaar in de volgende talen.
not-translated-title = Deze pagina is nog niet beschikbaar in het Nederlands.
not-translated-body = Tot de vertaling klaar is, leest u de oorspronkelijke versie ({ $source }).

## Guides
guide-label = Stapsgewijze handleiding
steps-heading = Stappen in deze handleiding
step-of = Stap { $step } van { $total }
step-done = Stap { $step } markeren als voltooid
guide-progress = { $done } van { $total } stappen voltooid
steps-reset = Alle vinkjes wissen
print-checklist = Deze checklist afdrukken

## FAQ
faq-label = Veelgestelde vragen
faq-count = { $count ->
    [one] { $count } vraag
   *[other] { $count } vragen
}
faq-expand-all = Alle antwoorden openen
faq-collapse-all = Alle antwoorden sluiten

## Still need help?
help-heading = Nog steeds hulp nodig?
help-intro = Neem via een van deze kanalen contact op met de klantenservice van de winkel.
help-hours = Openingstijden
help-reply = Gebruikelijke reactietijd

## Search
search-label = Zoeken in het helpcentrum
search-placeholder = Zoeken, bijv. terugbetaling
search-results = Zoekresultaten
search-results-count = { $count ->
    [0] Geen resultaten
    [one] { $count } resultaat
   *[other] { $count } resultaten
}
search-no-results = Niets gevonden voor ‘{ $query }’.
search-no-results-help = Probeer andere woorden, controleer de spelling of begin bij een van de handleidingen hieronder.
search-did-you-mean = Resultaten voor ‘{ $query }’.
search-partial = Niet al je woorden zijn gevonden: dit zijn de pagina's met de meeste ervan.
search-browse = Alle pagina’s bekijken
search-hint = Druk op / om te zoeken

## Not found
not-found-title = Pagina niet gevonden
not-found-body = De pagina die u zoekt, is hier niet. Misschien is ze verplaatst, of klopt de link niet.
not-found-home = Naar de startpagina van het helpcentrum

## Language
# The language's own name, shown in the language switcher.
language-name = Nederlands

## Callouts in pages (> [!NOTE] ...)
callout-note = Opmerking
callout-tip = Tip
callout-important = Belangrijk
callout-warning = Waarschuwing
callout-caution = Let op

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Was dit nuttig?
feedback-answer-question = Heeft dit antwoord u geholpen?
feedback-yes = Ja
feedback-no = Nee
feedback-reason = Wat kan er beter? (optioneel)
feedback-thanks = Bedankt voor uw feedback.
feedback-failed = Uw feedback kon niet worden verzonden.
feedback-retry = Opnieuw proberen
feedback-sending = Bezig met verzenden…
