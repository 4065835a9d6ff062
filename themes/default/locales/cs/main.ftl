# Built-in UI strings of the default theme, Czech. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Centrum nápovědy
site-tagline = Odpovědi na časté dotazy a kde získat další pomoc.

## Navigation
skip-to-content = Přejít na obsah
nav-main = Hlavní navigace
nav-menu = Nabídka
breadcrumbs = Drobečková navigace
sections-heading = Témata
in-this-section = V této sekci
section-count = { $count ->
    [one] { $count } stránka
    [few] { $count } stránky
    [many] { $count } stránky
   *[other] { $count } stránek
}
on-this-page = Na této stránce
previous-page = Předchozí
next-page = Další
related-pages = Související stránky
last-updated = Naposledy aktualizováno: { $date }
draft-badge = Koncept

## Language switcher and chooser
language-switcher = Jazyk
language-unavailable = { $language }: zatím není k dispozici
choose-language = Vyberte si jazyk
choose-language-intro = Toto centrum nápovědy je k dispozici v těchto jazycích.
not-translated-title = Tato stránka zatím není k dispozici v češtině.
not-translated-body = Než bude překlad hotový, čtete původní verzi ({ $source }).

## Guides
guide-label = Návod krok za krokem
steps-heading = Kroky tohoto návodu
step-of = Krok { $step } z { $total }
step-done = Označit krok { $step } jako hotový
guide-progress = Hotovo: { $done } z { $total } kroků
steps-reset = Zrušit všechna zaškrtnutí
print-checklist = Vytisknout kontrolní seznam

## FAQ
faq-label = Časté dotazy
faq-count = { $count ->
    [one] { $count } dotaz
    [few] { $count } dotazy
    [many] { $count } dotazu
   *[other] { $count } dotazů
}
faq-expand-all = Rozbalit všechny odpovědi
faq-collapse-all = Sbalit všechny odpovědi

## Still need help?
help-heading = Potřebujete další pomoc?
help-intro = Obraťte se na zákaznický servis obchodu některým z těchto způsobů.
help-hours = Provozní doba
help-reply = Obvyklá doba odpovědi

## Search
search-label = Hledat v centru nápovědy
search-placeholder = Hledat, např. vrácení peněz
search-results = Výsledky hledání
search-results-count = { $count ->
    [0] Žádné výsledky
    [one] { $count } výsledek
    [few] { $count } výsledky
    [many] { $count } výsledku
   *[other] { $count } výsledků
}
search-no-results = Pro dotaz „{ $query }“ nebylo nic nalezeno.
search-no-results-help = Zkuste jiná slova, zkontrolujte pravopis nebo začněte některým z návodů níže.
search-did-you-mean = Zobrazují se výsledky pro „{ $query }“.
search-partial = Nenašli jsme všechna vaše slova: zobrazujeme stránky s většinou z nich.
search-browse = Procházet všechny stránky
search-hint = Stisknutím / začnete hledat

## Not found
not-found-title = Stránka nenalezena
not-found-body = Stránka, kterou hledáte, tu není. Mohla být přesunuta, nebo je odkaz chybný.
not-found-home = Přejít na úvod centra nápovědy

## Language
# The language's own name, shown in the language switcher.
language-name = Čeština

## Callouts in pages (> [!NOTE] ...)
callout-note = Poznámka
callout-tip = Tip
callout-important = Důležité
callout-warning = Varování
callout-caution = Pozor

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Bylo to užitečné?
feedback-answer-question = Pomohla vám tato odpověď?
feedback-yes = Ano
feedback-no = Ne
feedback-reason = Co by mohlo být lepší? (nepovinné)
feedback-thanks = Děkujeme za vaši zpětnou vazbu.
feedback-failed = Vaši zpětnou vazbu se nepodařilo odeslat.
feedback-retry = Zkusit znovu
feedback-sending = Odesílání…
