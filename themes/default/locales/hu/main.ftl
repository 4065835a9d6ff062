# Built-in UI strings of the default theme, Hungarian. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Súgóközpont
site-tagline = Válaszok a gyakori kérdésekre, és hogy hol kaphat további segítséget.

## Navigation
skip-to-content = Ugrás a tartalomra
nav-main = Főmenü
nav-menu = Menü
breadcrumbs = Morzsamenü
sections-heading = Témakörök
in-this-section = Ebben a témakörben
section-count = { $count ->
    [one] { $count } oldal
   *[other] { $count } oldal
}
on-this-page = Ezen az oldalon
previous-page = Előző
next-page = Következő
related-pages = Kapcsolódó oldalak
last-updated = Utoljára frissítve: { $date }
draft-badge = Piszkozat

## Language switcher and chooser
language-switcher = Nyelv
language-unavailable = { $language }: még nem érhető el
choose-language = Válassza ki a nyelvet
choose-language-intro = Ez a súgóközpont a következő nyelveken érhető el.
not-translated-title = Ez az oldal még nem érhető el magyarul.
not-translated-body = Amíg el nem készül a fordítás, az eredeti változatot olvassa ({ $source }).

## Guides
guide-label = Lépésről lépésre útmutató
steps-heading = Az útmutató lépései
step-of = { $step }. lépés (összesen { $total })
step-done = { $step }. lépés megjelölése elvégzettként
guide-progress = { $total } lépésből { $done } kész
steps-reset = Minden pipa törlése
print-checklist = Ellenőrzőlista nyomtatása

## FAQ
faq-label = Gyakori kérdések
faq-count = { $count ->
    [one] { $count } kérdés
   *[other] { $count } kérdés
}
faq-expand-all = Minden válasz megjelenítése
faq-collapse-all = Minden válasz elrejtése

## Still need help?
help-heading = További segítségre van szüksége?
help-intro = Lépjen kapcsolatba a bolt ügyfélszolgálatával az alábbi csatornák egyikén.
help-hours = Ügyfélszolgálati idő
help-reply = Szokásos válaszidő

## Search
search-label = Keresés a súgóközpontban
search-placeholder = Keresés, pl. visszatérítés
search-results = Találatok
search-results-count = { $count ->
    [0] Nincs találat
    [one] { $count } találat
   *[other] { $count } találat
}
search-no-results = Nincs találat erre: „{ $query }”.
search-no-results-help = Próbálkozzon más szavakkal, ellenőrizze a helyesírást, vagy kezdje az alábbi útmutatók egyikével.
search-did-you-mean = Találatok erre: „{ $query }”.
search-partial = Nem minden szavát találtuk meg: ezeken az oldalakon szerepel a legtöbb.
search-browse = Az összes oldal böngészése
search-hint = A kereséshez nyomja meg a / billentyűt

## Not found
not-found-title = Az oldal nem található
not-found-body = A keresett oldal nincs itt. Lehet, hogy áthelyezték, vagy hibás a hivatkozás.
not-found-home = Vissza a súgóközpont kezdőlapjára

## Language
# The language's own name, shown in the language switcher.
language-name = Magyar

## Callouts in pages (> [!NOTE] ...)
callout-note = Megjegyzés
callout-tip = Tipp
callout-important = Fontos
callout-warning = Figyelmeztetés
callout-caution = Vigyázat

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Hasznos volt ez?
feedback-answer-question = Segített ez a válasz?
feedback-yes = Igen
feedback-no = Nem
feedback-reason = Mit csinálhatnánk jobban? (nem kötelező)
feedback-thanks = Köszönjük a visszajelzését.
feedback-failed = A visszajelzését nem sikerült elküldeni.
feedback-retry = Próbálja újra
feedback-sending = Küldés…
