# Built-in UI strings of the default theme, Polish. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Centrum pomocy
site-tagline = Odpowiedzi na najczęstsze pytania i informacje o tym, jak uzyskać dalszą pomoc.

## Navigation
skip-to-content = Przejdź do treści
nav-main = Nawigacja główna
nav-menu = Menu
breadcrumbs = Ścieżka nawigacji
sections-heading = Tematy
in-this-section = W tej sekcji
section-count = { $count ->
    [one] { $count } strona
    [few] { $count } strony
    [many] { $count } stron
   *[other] { $count } strony
}
on-this-page = Na tej stronie
previous-page = Poprzednia
next-page = Następna
related-pages = Powiązane strony
last-updated = Ostatnia aktualizacja: { $date }
draft-badge = Wersja robocza

## Language switcher and chooser
language-switcher = Język
language-unavailable = { $language }: jeszcze niedostępny
choose-language = Wybierz język
choose-language-intro = To centrum pomocy jest dostępne w następujących językach.
not-translated-title = Ta strona nie jest jeszcze dostępna po polsku.
not-translated-body = Do czasu przygotowania tłumaczenia wyświetlamy wersję oryginalną ({ $source }).

## Guides
guide-label = Przewodnik krok po kroku
steps-heading = Kroki w tym przewodniku
step-of = Krok { $step } z { $total }
step-done = Oznacz krok { $step } jako wykonany
guide-progress = Wykonane kroki: { $done } z { $total }
steps-reset = Wyczyść wszystkie zaznaczenia
print-checklist = Wydrukuj tę listę kontrolną

## FAQ
faq-label = Najczęściej zadawane pytania
faq-count = { $count ->
    [one] { $count } pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
}
faq-expand-all = Rozwiń wszystkie odpowiedzi
faq-collapse-all = Zwiń wszystkie odpowiedzi

## Still need help?
help-heading = Potrzebna dalsza pomoc?
help-intro = Z obsługą klienta sklepu można skontaktować się za pośrednictwem jednego z tych kanałów.
help-hours = Godziny pracy
help-reply = Zwykły czas odpowiedzi

## Search
search-label = Szukaj w centrum pomocy
search-placeholder = Szukaj, np. zwrot pieniędzy
search-results = Wyniki wyszukiwania
search-results-count = { $count ->
    [0] Brak wyników
    [one] { $count } wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
}
search-no-results = Brak wyników dla „{ $query }”.
search-no-results-help = Warto spróbować innych słów, sprawdzić pisownię lub zacząć od jednego z poniższych przewodników.
search-did-you-mean = Wyświetlane są wyniki dla „{ $query }”.
search-partial = Nie znaleziono wszystkich słów: oto strony, na których jest ich najwięcej.
search-browse = Przeglądaj wszystkie strony
search-hint = Naciśnij /, aby wyszukać

## Not found
not-found-title = Nie znaleziono strony
not-found-body = Szukanej strony tu nie ma. Mogła zostać przeniesiona albo link jest nieprawidłowy.
not-found-home = Przejdź do strony głównej centrum pomocy

## Language
# The language's own name, shown in the language switcher.
language-name = Polski

## Callouts in pages (> [!NOTE] ...)
callout-note = Informacja
callout-tip = Wskazówka
callout-important = Ważne
callout-warning = Ostrzeżenie
callout-caution = Uwaga

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Czy to było pomocne?
feedback-answer-question = Czy ta odpowiedź pomogła?
feedback-yes = Tak
feedback-no = Nie
feedback-reason = Co mogłoby być lepsze? (opcjonalnie)
feedback-thanks = Dziękujemy za opinię.
feedback-failed = Nie udało się wysłać Twojej opinii.
feedback-retry = Spróbuj ponownie
feedback-sending = Wysyłanie…
