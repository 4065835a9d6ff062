# Built-in UI strings of the default theme, Bosnian (Latin script). helpgen carries one such file per
# language it knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Centar za pomoć
site-tagline = Odgovori na česta pitanja i kako dobiti dodatnu pomoć.

## Navigation
skip-to-content = Pređi na sadržaj
nav-main = Glavna navigacija
nav-menu = Meni
breadcrumbs = Putanja navigacije
sections-heading = Teme
in-this-section = U ovom odjeljku
section-count = { $count ->
    [one] { $count } stranica
    [few] { $count } stranice
   *[other] { $count } stranica
}
on-this-page = Na ovoj stranici
previous-page = Prethodna
next-page = Sljedeća
related-pages = Povezane stranice
last-updated = Posljednje ažuriranje: { $date }
draft-badge = Nacrt

## Language switcher and chooser
language-switcher = Jezik
language-unavailable = { $language }: još nije dostupno
choose-language = Odaberite jezik
choose-language-intro = Ovaj centar za pomoć dostupan je na sljedećim jezicima.
not-translated-title = Ova stranica još nije dostupna na bosanskom jeziku.
not-translated-body = Dok prijevod ne bude spreman, čitate originalnu verziju ({ $source }).

## Guides
guide-label = Vodič korak po korak
steps-heading = Koraci u ovom vodiču
step-of = Korak { $step } od { $total }
step-done = Označi korak { $step } kao završen
guide-progress = Završeno koraka: { $done } od { $total }
steps-reset = Poništi sve kvačice
print-checklist = Odštampaj ovu kontrolnu listu

## FAQ
faq-label = Često postavljana pitanja
faq-count = { $count ->
    [one] { $count } pitanje
    [few] { $count } pitanja
   *[other] { $count } pitanja
}
faq-expand-all = Prikaži sve odgovore
faq-collapse-all = Sakrij sve odgovore

## Still need help?
help-heading = Trebate li još pomoći?
help-intro = Obratite se korisničkoj službi prodavnice putem jednog od ovih kanala.
help-hours = Radno vrijeme
help-reply = Uobičajeno vrijeme odgovora

## Search
search-label = Pretraži centar za pomoć
search-placeholder = Pretraga, npr. povrat novca
search-results = Rezultati pretrage
search-results-count = { $count ->
    [0] Nema rezultata
    [one] { $count } rezultat
    [few] { $count } rezultata
   *[other] { $count } rezultata
}
search-no-results = Nema rezultata za „{ $query }“.
search-no-results-help = Pokušajte s drugim riječima, provjerite pravopis ili počnite od nekog od vodiča ispod.
search-did-you-mean = Prikazani su rezultati za „{ $query }“.
search-partial = Nisu pronađene sve vaše riječi: ovo su stranice s većinom njih.
search-browse = Pregledaj sve stranice
search-hint = Pritisnite / za pretragu

## Not found
not-found-title = Stranica nije pronađena
not-found-body = Stranica koju tražite nije ovdje. Možda je premještena ili je link pogrešan.
not-found-home = Idi na početnu stranicu centra za pomoć

## Language
# The language's own name, shown in the language switcher.
language-name = Bosanski

## Callouts in pages (> [!NOTE] ...)
callout-note = Napomena
callout-tip = Savjet
callout-important = Važno
callout-warning = Upozorenje
callout-caution = Oprez

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Je li ovo bilo korisno?
feedback-answer-question = Je li vam ovaj odgovor pomogao?
feedback-yes = Da
feedback-no = Ne
feedback-reason = Šta bi moglo biti bolje? (neobavezno)
feedback-thanks = Hvala vam na povratnoj informaciji.
feedback-failed = Vašu povratnu informaciju nije bilo moguće poslati.
feedback-retry = Pokušajte ponovo
feedback-sending = Slanje…
