# Built-in UI strings of the default theme, German. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Hilfe-Center
site-tagline = Antworten auf häufige Fragen – und wie Sie weitere Hilfe erhalten.

## Navigation
skip-to-content = Zum Inhalt springen
nav-main = Hauptnavigation
nav-menu = Menü
breadcrumbs = Navigationspfad
sections-heading = Themen
in-this-section = In diesem Bereich
section-count = { $count ->
    [one] { $count } Seite
   *[other] { $count } Seiten
}
on-this-page = Auf dieser Seite
previous-page = Zurück
next-page = Weiter
related-pages = Verwandte Seiten
last-updated = Zuletzt aktualisiert: { $date }
draft-badge = Entwurf

## Language switcher and chooser
language-switcher = Sprache
language-unavailable = { $language }: noch nicht verfügbar
choose-language = Wählen Sie Ihre Sprache
choose-language-intro = Dieses Hilfe-Center gibt es in folgenden Sprachen.
not-translated-title = Diese Seite gibt es noch nicht auf Deutsch.
not-translated-body = Bis eine Übersetzung vorliegt, lesen Sie die Originalfassung ({ $source }).

## Guides
guide-label = Schritt-für-Schritt-Anleitung
steps-heading = Schritte dieser Anleitung
step-of = Schritt { $step } von { $total }
step-done = Schritt { $step } als erledigt markieren
guide-progress = { $done } von { $total } Schritten erledigt
steps-reset = Alle Häkchen entfernen
print-checklist = Checkliste drucken

## FAQ
faq-label = Häufig gestellte Fragen
faq-count = { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}
faq-expand-all = Alle Antworten einblenden
faq-collapse-all = Alle Antworten ausblenden

## Still need help?
help-heading = Brauchen Sie weitere Hilfe?
help-intro = Über diese Kanäle erreichen Sie den Kundenservice des Shops.
help-hours = Servicezeiten
help-reply = Übliche Antwortzeit

## Search
search-label = Hilfe-Center durchsuchen
search-placeholder = Suchen, z. B. Erstattung
search-results = Suchergebnisse
search-results-count = { $count ->
    [0] Keine Ergebnisse
    [one] { $count } Ergebnis
   *[other] { $count } Ergebnisse
}
search-no-results = Keine Treffer für „{ $query }“.
search-no-results-help = Versuchen Sie es mit anderen Begriffen, prüfen Sie die Schreibweise oder beginnen Sie mit einer der Anleitungen unten.
search-did-you-mean = Es werden Ergebnisse für „{ $query }“ angezeigt.
search-partial = Nicht alle Ihre Wörter wurden gefunden: Hier sind die Seiten mit den meisten davon.
search-browse = Alle Seiten durchsehen
search-hint = Zum Suchen / drücken

## Not found
not-found-title = Seite nicht gefunden
not-found-body = Die gesuchte Seite ist nicht vorhanden. Vielleicht wurde sie verschoben, oder der Link ist fehlerhaft.
not-found-home = Zur Startseite des Hilfe-Centers

## Language
# The language's own name, shown in the language switcher.
language-name = Deutsch

## Callouts in pages (> [!NOTE] ...)
callout-note = Hinweis
callout-tip = Tipp
callout-important = Wichtig
callout-warning = Warnung
callout-caution = Vorsicht

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = War das hilfreich?
feedback-answer-question = Hat Ihnen diese Antwort geholfen?
feedback-yes = Ja
feedback-no = Nein
feedback-reason = Was könnte besser sein? (optional)
feedback-thanks = Vielen Dank für Ihre Rückmeldung.
feedback-failed = Ihre Rückmeldung konnte nicht gesendet werden.
feedback-retry = Erneut versuchen
feedback-sending = Wird gesendet…
