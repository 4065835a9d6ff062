# Built-in UI strings of the default theme, Slovak. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Centrum pomoci
site-tagline = Odpovede na časté otázky a informácie o tom, ako získať ďalšiu pomoc.

## Navigation
skip-to-content = Prejsť na obsah
nav-main = Hlavná navigácia
nav-menu = Ponuka
breadcrumbs = Navigačná cesta
sections-heading = Témy
in-this-section = V tejto časti
section-count = { $count ->
    [one] { $count } stránka
    [few] { $count } stránky
    [many] { $count } stránky
   *[other] { $count } stránok
}
on-this-page = Na tejto stránke
previous-page = Predchádzajúca
next-page = Nasledujúca
related-pages = Súvisiace stránky
last-updated = Naposledy aktualizované: { $date }
draft-badge = Koncept

## Language switcher and chooser
language-switcher = Jazyk
language-unavailable = { $language }: zatiaľ nie je k dispozícii
choose-language = Vyberte si jazyk
choose-language-intro = Toto centrum pomoci je k dispozícii v týchto jazykoch.
not-translated-title = Táto stránka zatiaľ nie je dostupná v slovenčine.
not-translated-body = Kým nebude preklad hotový, čítate pôvodnú verziu ({ $source }).

## Guides
guide-label = Návod krok za krokom
steps-heading = Kroky tohto návodu
step-of = Krok { $step } z { $total }
step-done = Označiť krok { $step } ako dokončený
guide-progress = Dokončené kroky: { $done } z { $total }
steps-reset = Zrušiť všetky označenia
print-checklist = Vytlačiť tento kontrolný zoznam

## FAQ
faq-label = Časté otázky
faq-count = { $count ->
    [one] { $count } otázka
    [few] { $count } otázky
    [many] { $count } otázky
   *[other] { $count } otázok
}
faq-expand-all = Rozbaliť všetky odpovede
faq-collapse-all = Zbaliť všetky odpovede

## Still need help?
help-heading = Potrebujete ešte pomoc?
help-intro = Kontaktujte zákaznícky servis obchodu jedným z týchto spôsobov.
help-hours = Prevádzkové hodiny
help-reply = Obvyklý čas odpovede

## Search
search-label = Hľadať v centre pomoci
search-placeholder = Hľadať, napr. vrátenie peňazí
search-results = Výsledky vyhľadávania
search-results-count = { $count ->
    [0] Žiadne výsledky
    [one] { $count } výsledok
    [few] { $count } výsledky
    [many] { $count } výsledku
   *[other] { $count } výsledkov
}
search-no-results = Výrazu „{ $query }“ nezodpovedá žiadny výsledok.
search-no-results-help = Skúste iné slová, skontrolujte pravopis alebo začnite niektorým z návodov nižšie.
search-did-you-mean = Zobrazujú sa výsledky pre „{ $query }“.
search-partial = Nenašli sme všetky vaše slová: zobrazujeme stránky s väčšinou z nich.
search-browse = Zobraziť všetky stránky
search-hint = Stlačením / spustíte vyhľadávanie

## Not found
not-found-title = Stránka sa nenašla
not-found-body = Stránka, ktorú hľadáte, tu nie je. Možno bola presunutá alebo je odkaz nesprávny.
not-found-home = Prejsť na úvodnú stránku centra pomoci

## Language
# The language's own name, shown in the language switcher.
language-name = Slovenčina

## Callouts in pages (> [!NOTE] ...)
callout-note = Poznámka
callout-tip = Tip
callout-important = Dôležité
callout-warning = Upozornenie
callout-caution = Pozor

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Bolo to užitočné?
feedback-answer-question = Pomohla vám táto odpoveď?
feedback-yes = Áno
feedback-no = Nie
feedback-reason = Čo by mohlo byť lepšie? (nepovinné)
feedback-thanks = Ďakujeme za vašu spätnú väzbu.
feedback-failed = Vašu spätnú väzbu sa nepodarilo odoslať.
feedback-retry = Skúsiť znova
feedback-sending = Odosiela sa…
