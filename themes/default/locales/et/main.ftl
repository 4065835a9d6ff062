# Built-in UI strings of the default theme, Estonian. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Abikeskus
site-tagline = Vastused korduma kippuvatele küsimustele ja juhised, kuidas saada lisaabi.

## Navigation
skip-to-content = Mine sisu juurde
nav-main = Põhinavigatsioon
nav-menu = Menüü
breadcrumbs = Navigatsioonirada
sections-heading = Teemad
in-this-section = Selles jaotises
section-count = { $count ->
    [one] { $count } leht
   *[other] { $count } lehte
}
on-this-page = Sellel lehel
previous-page = Eelmine
next-page = Järgmine
related-pages = Seotud lehed
last-updated = Viimati uuendatud: { $date }
draft-badge = Mustand

## Language switcher and chooser
language-switcher = Keel
language-unavailable = { $language }: pole veel saadaval
choose-language = Valige keel
choose-language-intro = See abikeskus on saadaval järgmistes keeltes.
not-translated-title = See leht pole veel eesti keeles saadaval.
not-translated-body = Kuni tõlge valmib, loete algversiooni ({ $source }).

## Guides
guide-label = Samm-sammuline juhend
steps-heading = Juhendi sammud
step-of = Samm { $step }/{ $total }
step-done = Märgi samm { $step } tehtuks
guide-progress = { $done }/{ $total } sammu tehtud
steps-reset = Eemalda kõik linnukesed
print-checklist = Prindi kontroll-loend

## FAQ
faq-label = Korduma kippuvad küsimused
faq-count = { $count ->
    [one] { $count } küsimus
   *[other] { $count } küsimust
}
faq-expand-all = Ava kõik vastused
faq-collapse-all = Sulge kõik vastused

## Still need help?
help-heading = Vajate veel abi?
help-intro = Võtke poe klienditeenindusega ühendust mõne järgmise kanali kaudu.
help-hours = Tööaeg
help-reply = Tavapärane vastamisaeg

## Search
search-label = Otsi abikeskusest
search-placeholder = Otsi, nt raha tagastamine
search-results = Otsingutulemused
search-results-count = { $count ->
    [0] Tulemusi pole
    [one] { $count } tulemus
   *[other] { $count } tulemust
}
search-no-results = Päringule „{ $query }“ ei leitud midagi.
search-no-results-help = Proovige teisi sõnu, kontrollige õigekirja või alustage mõnest allolevast juhendist.
search-did-you-mean = Kuvatakse tulemused päringule „{ $query }“.
search-partial = Kõiki sinu sõnu ei leitud: siin on lehed, kus on neist enamik.
search-browse = Sirvi kõiki lehti
search-hint = Otsimiseks vajutage /

## Not found
not-found-title = Lehte ei leitud
not-found-body = Otsitud lehte siin ei ole. Võimalik, et see on teisaldatud või link on vale.
not-found-home = Mine abikeskuse avalehele

## Language
# The language's own name, shown in the language switcher.
language-name = Eesti

## Callouts in pages (> [!NOTE] ...)
callout-note = Märkus
callout-tip = Nõuanne
callout-important = Tähtis
callout-warning = Hoiatus
callout-caution = Ettevaatust

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Kas sellest oli abi?
feedback-answer-question = Kas see vastus aitas?
feedback-yes = Jah
feedback-no = Ei
feedback-reason = Mis võiks olla parem? (valikuline)
feedback-thanks = Täname tagasiside eest.
feedback-failed = Teie tagasisidet ei õnnestunud saata.
feedback-retry = Proovi uuesti
feedback-sending = Saadan…
