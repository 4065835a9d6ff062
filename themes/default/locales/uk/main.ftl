# Built-in UI strings of the default theme, Ukrainian. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Довідковий центр
site-tagline = Відповіді на поширені запитання та інформація про те, як отримати додаткову допомогу.

## Navigation
skip-to-content = Перейти до основного вмісту
nav-main = Основна навігація
nav-menu = Меню
breadcrumbs = Навігаційний ланцюжок
sections-heading = Теми
in-this-section = У цьому розділі
section-count = { $count ->
    [one] { $count } сторінка
    [few] { $count } сторінки
    [many] { $count } сторінок
   *[other] { $count } сторінки
}
on-this-page = На цій сторінці
previous-page = Назад
next-page = Далі
related-pages = Пов’язані сторінки
last-updated = Останнє оновлення: { $date }
draft-badge = Чернетка

## Language switcher and chooser
language-switcher = Мова
language-unavailable = { $language }: перекладу поки немає
choose-language = Виберіть мову
choose-language-intro = Цей довідковий центр доступний такими мовами.
not-translated-title = Ця сторінка ще недоступна українською мовою.
not-translated-body = Поки переклад не готовий, ви читаєте версію мовою оригіналу ({ $source }).

## Guides
guide-label = Покрокова інструкція
steps-heading = Кроки цієї інструкції
step-of = Крок { $step } з { $total }
step-done = Позначити крок { $step } як виконаний
guide-progress = Виконано кроків: { $done } з { $total }
steps-reset = Зняти всі позначки
print-checklist = Надрукувати контрольний список

## FAQ
faq-label = Поширені запитання
faq-count = { $count ->
    [one] { $count } запитання
    [few] { $count } запитання
    [many] { $count } запитань
   *[other] { $count } запитання
}
faq-expand-all = Розгорнути всі відповіді
faq-collapse-all = Згорнути всі відповіді

## Still need help?
help-heading = Залишилися запитання?
help-intro = Зв’яжіться зі службою підтримки магазину одним із цих способів.
help-hours = Години роботи
help-reply = Звичайний час відповіді

## Search
search-label = Пошук у довідковому центрі
search-placeholder = Пошук, наприклад: повернення коштів
search-results = Результати пошуку
search-results-count = { $count ->
    [0] Нічого не знайдено
    [one] { $count } результат
    [few] { $count } результати
    [many] { $count } результатів
   *[other] { $count } результату
}
search-no-results = За запитом «{ $query }» нічого не знайдено.
search-no-results-help = Спробуйте інші слова, перевірте написання або почніть з однієї з інструкцій нижче.
search-did-you-mean = Показано результати за запитом «{ $query }».
search-partial = Знайдено не всі ваші слова: показано сторінки, де їх найбільше.
search-browse = Переглянути всі сторінки
search-hint = Натисніть /, щоб почати пошук

## Not found
not-found-title = Сторінку не знайдено
not-found-body = Сторінки, яку ви шукаєте, тут немає. Можливо, її переміщено або посилання неправильне.
not-found-home = На головну сторінку довідкового центру

## Language
# The language's own name, shown in the language switcher.
language-name = Українська

## Callouts in pages (> [!NOTE] ...)
callout-note = Примітка
callout-tip = Порада
callout-important = Важливо
callout-warning = Попередження
callout-caution = Обережно

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Це було корисно?
feedback-answer-question = Ця відповідь допомогла?
feedback-yes = Так
feedback-no = Ні
feedback-reason = Що можна покращити? (необов’язково)
feedback-thanks = Дякуємо за ваш відгук.
feedback-failed = Не вдалося надіслати ваш відгук.
feedback-retry = Спробувати ще раз
feedback-sending = Надсилання…
