# Built-in UI strings of the default theme, Finnish. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Ohjekeskus
site-tagline = Vastauksia yleisiin kysymyksiin ja ohjeet lisäavun saamiseen.

## Navigation
skip-to-content = Siirry sisältöön
nav-main = Päävalikko
nav-menu = Valikko
breadcrumbs = Murupolku
sections-heading = Aiheet
in-this-section = Tässä osiossa
section-count = { $count ->
    [one] { $count } sivu
   *[other] { $count } sivua
}
on-this-page = Tällä sivulla
previous-page = Edellinen
next-page = Seuraava
related-pages = Aiheeseen liittyvät sivut
last-updated = Päivitetty viimeksi: { $date }
draft-badge = Luonnos

## Language switcher and chooser
language-switcher = Kieli
language-unavailable = { $language }: ei vielä saatavilla
choose-language = Valitse kieli
choose-language-intro = Tämä ohjekeskus on saatavilla seuraavilla kielillä.
not-translated-title = Tätä sivua ei ole vielä saatavilla suomeksi.
not-translated-body = Luet sivun alkuperäistä versiota ({ $source }), kunnes käännös valmistuu.

## Guides
guide-label = Vaiheittainen ohje
steps-heading = Ohjeen vaiheet
step-of = Vaihe { $step }/{ $total }
step-done = Merkitse vaihe { $step } tehdyksi
guide-progress = { $done }/{ $total } vaihetta tehty
steps-reset = Poista kaikki rastit
print-checklist = Tulosta tarkistuslista

## FAQ
faq-label = Usein kysytyt kysymykset
faq-count = { $count ->
    [one] { $count } kysymys
   *[other] { $count } kysymystä
}
faq-expand-all = Avaa kaikki vastaukset
faq-collapse-all = Sulje kaikki vastaukset

## Still need help?
help-heading = Tarvitsetko vielä apua?
help-intro = Ota yhteyttä kaupan asiakaspalveluun jonkin näistä kanavista.
help-hours = Palveluajat
help-reply = Tavallinen vastausaika

## Search
search-label = Hae ohjekeskuksesta
search-placeholder = Hae, esim. hyvitys
search-results = Hakutulokset
search-results-count = { $count ->
    [0] Ei tuloksia
    [one] { $count } tulos
   *[other] { $count } tulosta
}
search-no-results = Haulla ”{ $query }” ei löytynyt mitään.
search-no-results-help = Kokeile muita hakusanoja, tarkista kirjoitusasu tai aloita jostakin alla olevista ohjeista.
search-did-you-mean = Näytetään tulokset haulle ”{ $query }”.
search-partial = Kaikkia sanojasi ei löytynyt: tässä sivut, joilla on useimmat niistä.
search-browse = Selaa kaikkia sivuja
search-hint = Hae painamalla /

## Not found
not-found-title = Sivua ei löytynyt
not-found-body = Etsimääsi sivua ei ole täällä. Se on ehkä siirretty, tai linkki voi olla virheellinen.
not-found-home = Siirry ohjekeskuksen etusivulle

## Language
# The language's own name, shown in the language switcher.
language-name = Suomi

## Callouts in pages (> [!NOTE] ...)
callout-note = Huomautus
callout-tip = Vinkki
callout-important = Tärkeää
callout-warning = Varoitus
callout-caution = Huomio

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Oliko tästä apua?
feedback-answer-question = Auttoiko tämä vastaus?
feedback-yes = Kyllä
feedback-no = Ei
feedback-reason = Mitä voisimme parantaa? (valinnainen)
feedback-thanks = Kiitos palautteestasi.
feedback-failed = Palautettasi ei voitu lähettää.
feedback-retry = Yritä uudelleen
feedback-sending = Lähetetään…
