# UI-stringe van die standaardtema, Afrikaans.
# Sleutels wat hier ontbreek, val terug op Engels.

site-title = Hulpsentrum vir kopers
site-tagline = Kry hulp van 'n aanlyn winkel se kliëntediens en laat jou klagte tel.
footer-note = Algemene leiding vir kopers volgens die Suid-Afrikaanse reg, nie regsadvies nie. Reëls verskil: kyk wat geld waar jy woon.

## Navigasie
skip-to-content = Gaan na die inhoud
nav-main = Hoofnavigasie
breadcrumbs = Navigasiepad
sections-heading = Onderwerpe
in-this-section = In hierdie afdeling
section-count = { $count ->
    [one] { $count } bladsy
   *[other] { $count } bladsye
}
on-this-page = Op hierdie bladsy
previous-page = Vorige
next-page = Volgende
related-pages = Verwante bladsye
last-updated = Laas bygewerk: { $date }
draft-badge = Konsep

## Taalkeuse
language-switcher = Taal
language-unavailable = { $language }: nog nie beskikbaar nie
choose-language = Kies jou taal
choose-language-intro = Hierdie hulpsentrum is in die volgende tale beskikbaar.
not-translated-title = Hierdie bladsy is nog nie in Afrikaans beskikbaar nie.
not-translated-body = Jy lees die weergawe in { $source } totdat 'n vertaling gereed is.

## Gidse
guide-label = Stap-vir-stap-gids
steps-heading = Stappe in hierdie gids
step-of = Stap { $step } van { $total }
step-done = Merk stap { $step } as voltooi
guide-progress = { $done } van { $total } stappe voltooi
steps-reset = Vee alle regmerkies uit
print-checklist = Druk hierdie kontrolelys

## Gereelde vrae
faq-label = Gereelde vrae
faq-count = { $count ->
    [one] { $count } vraag
   *[other] { $count } vrae
}
faq-expand-all = Maak alle antwoorde oop
faq-collapse-all = Maak alle antwoorde toe

## Nog hulp nodig?
help-heading = Nog hulp nodig?
help-intro = Kontak die winkel se kliëntediens via een van hierdie kanale.
help-hours = Beskikbaar
help-reply = Gewone antwoordtyd

## Soek
search-label = Deursoek die hulpsentrum
search-placeholder = Soek, bv. terugbetaling
search-results = Soekresultate
search-results-count = { $count ->
    [0] Geen resultate nie
    [one] { $count } resultaat
   *[other] { $count } resultate
}
search-no-results = Niks gevind vir “{ $query }” nie.
search-no-results-help = Probeer ander woorde, kontroleer die spelling of begin by een van die gidse hieronder.
search-did-you-mean = Resultate vir “{ $query }” word gewys.
search-partial = Nie al jou woorde is gevind nie: hier is die bladsye met die meeste daarvan.
search-browse = Blaai deur alle bladsye
search-hint = Druk / om te soek

## Nie gevind nie
not-found-title = Bladsy nie gevind nie
not-found-body = Die bladsy wat jy soek, is nie hier nie. Dit is dalk geskuif, of die skakel is verkeerd.
not-found-home = Gaan na die hulpsentrum se tuisblad

## Taal
# Die taal se eie naam, soos dit in die taalkeuse gewys word.
language-name = Afrikaans

## Blokke in bladsye (> [!NOTE] ...)
callout-note = Let wel
callout-tip = Wenk
callout-important = Belangrik
callout-warning = Waarskuwing
callout-caution = Pas op
