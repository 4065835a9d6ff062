# Built-in UI strings of the default theme, Russian. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Справочный центр
site-tagline = Ответы на частые вопросы и информация о том, как получить дополнительную помощь.

## Navigation
skip-to-content = Перейти к основному содержанию
nav-main = Основная навигация
nav-menu = Меню
breadcrumbs = Навигационная цепочка
sections-heading = Темы
in-this-section = В этом разделе
section-count = { $count ->
    [one] { $count } страница
    [few] { $count } страницы
    [many] { $count } страниц
   *[other] { $count } страницы
}
on-this-page = На этой странице
previous-page = Назад
next-page = Далее
related-pages = Связанные страницы
last-updated = Последнее обновление: { $date }
draft-badge = Черновик

## Language switcher and chooser
language-switcher = Язык
language-unavailable = { $language }: перевода пока нет
choose-language = Выберите язык
choose-language-intro = Этот справочный центр доступен на следующих языках.
not-translated-title = Эта страница пока недоступна на русском языке.
not-translated-body = Пока перевод не готов, вы читаете версию на языке оригинала ({ $source }).

## Guides
guide-label = Пошаговая инструкция
steps-heading = Шаги этой инструкции
step-of = Шаг { $step } из { $total }
step-done = Отметить шаг { $step } как выполненный
guide-progress = Выполнено шагов: { $done } из { $total }
steps-reset = Снять все отметки
print-checklist = Распечатать контрольный список

## FAQ
faq-label = Часто задаваемые вопросы
faq-count = { $count ->
    [one] { $count } вопрос
    [few] { $count } вопроса
    [many] { $count } вопросов
   *[other] { $count } вопроса
}
faq-expand-all = Развернуть все ответы
faq-collapse-all = Свернуть все ответы

## Still need help?
help-heading = Остались вопросы?
help-intro = Свяжитесь со службой поддержки магазина одним из этих способов.
help-hours = Часы работы
help-reply = Обычное время ответа

## Search
search-label = Поиск по справочному центру
search-placeholder = Поиск, например: возврат денег
search-results = Результаты поиска
search-results-count = { $count ->
    [0] Ничего не найдено
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
search-no-results = По запросу «{ $query }» ничего не найдено.
search-no-results-help = Попробуйте другие слова, проверьте написание или начните с одной из инструкций ниже.
search-did-you-mean = Показаны результаты по запросу «{ $query }».
search-partial = Нашлись не все ваши слова: показаны страницы, где их больше всего.
search-browse = Просмотреть все страницы
search-hint = Нажмите /, чтобы начать поиск

## Not found
not-found-title = Страница не найдена
not-found-body = Страницы, которую вы ищете, здесь нет. Возможно, она была перемещена или ссылка неверна.
not-found-home = На главную страницу справочного центра

## Language
# The language's own name, shown in the language switcher.
language-name = Русский

## Callouts in pages (> [!NOTE] ...)
callout-note = Примечание
callout-tip = Совет
callout-important = Важно
callout-warning = Предупреждение
callout-caution = Осторожно

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Это было полезно?
feedback-answer-question = Этот ответ помог вам?
feedback-yes = Да
feedback-no = Нет
feedback-reason = Что можно улучшить? (необязательно)
feedback-thanks = Спасибо за ваш отзыв.
feedback-failed = Не удалось отправить ваш отзыв.
feedback-retry = Повторить
feedback-sending = Отправка…
