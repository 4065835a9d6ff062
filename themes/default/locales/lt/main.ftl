# Built-in UI strings of the default theme, Lithuanian. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Pagalbos centras
site-tagline = Atsakymai į dažniausius klausimus ir informacija, kaip gauti daugiau pagalbos.

## Navigation
skip-to-content = Pereiti prie turinio
nav-main = Pagrindinė navigacija
nav-menu = Meniu
breadcrumbs = Naršymo kelias
sections-heading = Temos
in-this-section = Šiame skyriuje
section-count = { $count ->
    [one] { $count } puslapis
    [few] { $count } puslapiai
    [many] { $count } puslapio
   *[other] { $count } puslapių
}
on-this-page = Šiame puslapyje
previous-page = Ankstesnis
next-page = Kitas
related-pages = Susiję puslapiai
last-updated = Paskutinį kartą atnaujinta: { $date }
draft-badge = Juodraštis

## Language switcher and chooser
language-switcher = Kalba
language-unavailable = { $language }: kol kas neprieinama
choose-language = Pasirinkite kalbą
choose-language-intro = Šis pagalbos centras pasiekiamas šiomis kalbomis.
not-translated-title = Šis puslapis dar neišverstas į lietuvių kalbą.
not-translated-body = Kol vertimas bus parengtas, skaitote šio puslapio versiją originalo kalba ({ $source }).

## Guides
guide-label = Išsamus vadovas
steps-heading = Šio vadovo žingsniai
step-of = Žingsnis { $step } iš { $total }
step-done = Pažymėti žingsnį { $step } kaip atliktą
guide-progress = Atlikta žingsnių: { $done } iš { $total }
steps-reset = Nuimti visas žymes
print-checklist = Spausdinti šį kontrolinį sąrašą

## FAQ
faq-label = Dažniausiai užduodami klausimai
faq-count = { $count ->
    [one] { $count } klausimas
    [few] { $count } klausimai
    [many] { $count } klausimo
   *[other] { $count } klausimų
}
faq-expand-all = Išskleisti visus atsakymus
faq-collapse-all = Suskleisti visus atsakymus

## Still need help?
help-heading = Vis dar reikia pagalbos?
help-intro = Susisiekite su parduotuvės klientų aptarnavimo skyriumi vienu iš šių būdų.
help-hours = Darbo laikas
help-reply = Įprastas atsakymo laikas

## Search
search-label = Ieškoti pagalbos centre
search-placeholder = Ieškokite, pvz., pinigų grąžinimas
search-results = Paieškos rezultatai
search-results-count = { $count ->
    [0] Rezultatų nėra
    [one] { $count } rezultatas
    [few] { $count } rezultatai
    [many] { $count } rezultato
   *[other] { $count } rezultatų
}
search-no-results = Pagal užklausą „{ $query }“ nieko nerasta.
search-no-results-help = Pabandykite kitus žodžius, patikrinkite rašybą arba pradėkite nuo vieno iš toliau pateiktų vadovų.
search-did-you-mean = Rodomi rezultatai pagal užklausą „{ $query }“.
search-partial = Radome ne visus jūsų žodžius: rodomi puslapiai, kuriuose yra dauguma jų.
search-browse = Peržiūrėti visus puslapius
search-hint = Norėdami ieškoti, paspauskite /

## Not found
not-found-title = Puslapis nerastas
not-found-body = Puslapio, kurio ieškote, čia nėra. Galbūt jis buvo perkeltas arba nuoroda klaidinga.
not-found-home = Eiti į pagalbos centro pradžią

## Language
# The language's own name, shown in the language switcher.
language-name = Lietuvių

## Callouts in pages (> [!NOTE] ...)
callout-note = Pastaba
callout-tip = Patarimas
callout-important = Svarbu
callout-warning = Įspėjimas
callout-caution = Atsargiai

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Ar tai buvo naudinga?
feedback-answer-question = Ar šis atsakymas padėjo?
feedback-yes = Taip
feedback-no = Ne
feedback-reason = Ką būtų galima patobulinti? (neprivaloma)
feedback-thanks = Dėkojame už atsiliepimą.
feedback-failed = Jūsų atsiliepimo išsiųsti nepavyko.
feedback-retry = Bandyti dar kartą
feedback-sending = Siunčiama…
