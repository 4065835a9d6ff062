# Built-in UI strings of the default theme, Slovenian. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Center za pomoč
site-tagline = Odgovori na pogosta vprašanja in informacije o tem, kako do dodatne pomoči.

## Navigation
skip-to-content = Preskoči na vsebino
nav-main = Glavna navigacija
nav-menu = Meni
breadcrumbs = Drobtinice
sections-heading = Teme
in-this-section = V tem razdelku
section-count = { $count ->
    [one] { $count } stran
    [two] { $count } strani
    [few] { $count } strani
   *[other] { $count } strani
}
on-this-page = Na tej strani
previous-page = Prejšnja
next-page = Naslednja
related-pages = Sorodne strani
last-updated = Zadnja posodobitev: { $date }
draft-badge = Osnutek

## Language switcher and chooser
language-switcher = Jezik
language-unavailable = { $language }: še ni na voljo
choose-language = Izberite jezik
choose-language-intro = Ta center za pomoč je na voljo v naslednjih jezikih.
not-translated-title = Ta stran še ni na voljo v slovenščini.
not-translated-body = Dokler prevod ni pripravljen, berete izvirno različico ({ $source }).

## Guides
guide-label = Vodnik po korakih
steps-heading = Koraki v tem vodniku
step-of = Korak { $step } od { $total }
step-done = Označi korak { $step } kot opravljen
guide-progress = Opravljeni koraki: { $done } od { $total }
steps-reset = Počisti vse kljukice
print-checklist = Natisni ta kontrolni seznam

## FAQ
faq-label = Pogosta vprašanja
faq-count = { $count ->
    [one] { $count } vprašanje
    [two] { $count } vprašanji
    [few] { $count } vprašanja
   *[other] { $count } vprašanj
}
faq-expand-all = Razširi vse odgovore
faq-collapse-all = Strni vse odgovore

## Still need help?
help-heading = Še potrebujete pomoč?
help-intro = Obrnite se na službo za pomoč strankam trgovine prek enega od teh kanalov.
help-hours = Delovni čas
help-reply = Običajni odzivni čas

## Search
search-label = Iskanje po centru za pomoč
search-placeholder = Iščite, npr. vračilo denarja
search-results = Rezultati iskanja
search-results-count = { $count ->
    [0] Ni zadetkov
    [one] { $count } zadetek
    [two] { $count } zadetka
    [few] { $count } zadetki
   *[other] { $count } zadetkov
}
search-no-results = Za „{ $query }“ ni zadetkov.
search-no-results-help = Poskusite z drugimi besedami, preverite črkovanje ali začnite z enim od spodnjih vodnikov.
search-did-you-mean = Prikazani so rezultati za „{ $query }“.
search-partial = Niso bile najdene vse vaše besede: tu so strani z večino od njih.
search-browse = Prebrskaj vse strani
search-hint = Za iskanje pritisnite /

## Not found
not-found-title = Strani ni mogoče najti
not-found-body = Strani, ki jo iščete, ni tukaj. Morda je bila premaknjena ali pa je povezava napačna.
not-found-home = Na začetno stran centra za pomoč

## Language
# The language's own name, shown in the language switcher.
language-name = Slovenščina

## Callouts in pages (> [!NOTE] ...)
callout-note = Opomba
callout-tip = Nasvet
callout-important = Pomembno
callout-warning = Opozorilo
callout-caution = Previdno

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Je bilo to v pomoč?
feedback-answer-question = Vam je ta odgovor pomagal?
feedback-yes = Da
feedback-no = Ne
feedback-reason = Kaj bi lahko bilo boljše? (neobvezno)
feedback-thanks = Hvala za vaše mnenje.
feedback-failed = Vašega mnenja ni bilo mogoče poslati.
feedback-retry = Poskusi znova
feedback-sending = Pošiljanje…
