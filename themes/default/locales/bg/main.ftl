# Built-in UI strings of the default theme, Bulgarian. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Център за помощ
site-tagline = Отговори на често задавани въпроси и как да получите още помощ.

## Navigation
skip-to-content = Към съдържанието
nav-main = Основна навигация
nav-menu = Меню
breadcrumbs = Навигационна пътека
sections-heading = Теми
in-this-section = В този раздел
section-count = { $count ->
    [one] { $count } страница
   *[other] { $count } страници
}
on-this-page = На тази страница
previous-page = Предишна
next-page = Следваща
related-pages = Свързани страници
last-updated = Последна актуализация: { $date }
draft-badge = Чернова

## Language switcher and chooser
language-switcher = Език
language-unavailable = { $language }: все още не е налично
choose-language = Изберете език
choose-language-intro = Този център за помощ е достъпен на следните езици.
not-translated-title = Тази страница все още не е налична на български.
not-translated-body = Докато преводът не е готов, четете оригиналната версия ({ $source }).

## Guides
guide-label = Ръководство стъпка по стъпка
steps-heading = Стъпки в това ръководство
step-of = Стъпка { $step } от { $total }
step-done = Отбелязване на стъпка { $step } като изпълнена
guide-progress = Изпълнени стъпки: { $done } от { $total }
steps-reset = Изчистване на всички отметки
print-checklist = Отпечатване на контролния списък

## FAQ
faq-label = Често задавани въпроси
faq-count = { $count ->
    [one] { $count } въпрос
   *[other] { $count } въпроса
}
faq-expand-all = Показване на всички отговори
faq-collapse-all = Скриване на всички отговори

## Still need help?
help-heading = Още имате нужда от помощ?
help-intro = Свържете се с отдела за обслужване на клиенти на магазина по един от тези канали.
help-hours = Работно време
help-reply = Обичайно време за отговор

## Search
search-label = Търсене в центъра за помощ
search-placeholder = Търсене, напр. възстановяване на сума
search-results = Резултати от търсенето
search-results-count = { $count ->
    [0] Няма резултати
    [one] { $count } резултат
   *[other] { $count } резултата
}
search-no-results = Няма резултати за „{ $query }“.
search-no-results-help = Опитайте с други думи, проверете правописа или започнете от някое от ръководствата по-долу.
search-did-you-mean = Показани са резултати за „{ $query }“.
search-partial = Не всички ваши думи са намерени: ето страниците с повечето от тях.
search-browse = Разглеждане на всички страници
search-hint = Натиснете /, за да търсите

## Not found
not-found-title = Страницата не е намерена
not-found-body = Страницата, която търсите, не е тук. Може да е преместена или връзката да е грешна.
not-found-home = Към началната страница на центъра за помощ

## Language
# The language's own name, shown in the language switcher.
language-name = Български

## Callouts in pages (> [!NOTE] ...)
callout-note = Забележка
callout-tip = Съвет
callout-important = Важно
callout-warning = Предупреждение
callout-caution = Внимание

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Беше ли полезно?
feedback-answer-question = Помогна ли ви този отговор?
feedback-yes = Да
feedback-no = Не
feedback-reason = Какво може да бъде по-добро? (по желание)
feedback-thanks = Благодарим ви за обратната връзка.
feedback-failed = Обратната ви връзка не можа да бъде изпратена.
feedback-retry = Опитайте отново
feedback-sending = Изпращане…
