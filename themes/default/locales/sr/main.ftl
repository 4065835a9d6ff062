# Built-in UI strings of the default theme, Serbian (Cyrillic). helpgen carries one such file per
# language it knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Центар за помоћ
site-tagline = Одговори на честа питања и информације о томе како да добијете додатну помоћ.

## Navigation
skip-to-content = Пређи на садржај
nav-main = Главна навигација
nav-menu = Мени
breadcrumbs = Путања навигације
sections-heading = Теме
in-this-section = У овом одељку
section-count = { $count ->
    [one] { $count } страница
    [few] { $count } странице
   *[other] { $count } страница
}
on-this-page = На овој страници
previous-page = Претходна
next-page = Следећа
related-pages = Сродне странице
last-updated = Последње ажурирање: { $date }
draft-badge = Нацрт

## Language switcher and chooser
language-switcher = Језик
language-unavailable = { $language }: још није доступно
choose-language = Изаберите језик
choose-language-intro = Овај центар за помоћ доступан је на следећим језицима.
not-translated-title = Ова страница још није доступна на српском.
not-translated-body = Док превод не буде спреман, читате изворну верзију ({ $source }).

## Guides
guide-label = Водич корак по корак
steps-heading = Кораци у овом водичу
step-of = Корак { $step } од { $total }
step-done = Означи корак { $step } као завршен
guide-progress = Завршено корака: { $done } од { $total }
steps-reset = Уклони све ознаке
print-checklist = Одштампај овај контролни списак

## FAQ
faq-label = Честа питања
faq-count = { $count ->
    [one] { $count } питање
    [few] { $count } питања
   *[other] { $count } питања
}
faq-expand-all = Отвори све одговоре
faq-collapse-all = Затвори све одговоре

## Still need help?
help-heading = Још вам је потребна помоћ?
help-intro = Обратите се корисничкој служби продавнице путем неког од ових канала.
help-hours = Радно време
help-reply = Уобичајено време одговора

## Search
search-label = Претражите центар за помоћ
search-placeholder = Претрага, нпр. повраћај новца
search-results = Резултати претраге
search-results-count = { $count ->
    [0] Нема резултата
    [one] { $count } резултат
    [few] { $count } резултата
   *[other] { $count } резултата
}
search-no-results = Нема резултата за „{ $query }“.
search-no-results-help = Покушајте са другим речима, проверите правопис или почните од неког од водича испод.
search-did-you-mean = Приказани су резултати за „{ $query }“.
search-partial = Нису пронађене све ваше речи: ово су странице са већином њих.
search-browse = Прегледај све странице
search-hint = Притисните / за претрагу

## Not found
not-found-title = Страница није пронађена
not-found-body = Страница коју тражите није овде. Можда је премештена или је веза погрешна.
not-found-home = Иди на почетну страницу центра за помоћ

## Language
# The language's own name, shown in the language switcher.
language-name = Српски

## Callouts in pages (> [!NOTE] ...)
callout-note = Напомена
callout-tip = Савет
callout-important = Важно
callout-warning = Упозорење
callout-caution = Опрез

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Да ли је ово било корисно?
feedback-answer-question = Да ли вам је овај одговор помогао?
feedback-yes = Да
feedback-no = Не
feedback-reason = Шта би могло бити боље? (необавезно)
feedback-thanks = Хвала вам на повратној информацији.
feedback-failed = Вашу повратну информацију није било могуће послати.
feedback-retry = Покушајте поново
feedback-sending = Слање…
