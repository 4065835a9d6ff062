# Built-in UI strings of the default theme (kk); a project's locales/kk/ overrides them.
# Keys left out here fall back to English.

site-title = Анықтама орталығы
site-tagline = Жиі қойылатын сұрақтарға жауаптар және қосымша көмек алу жолдары.

## Navigation
skip-to-content = Негізгі мазмұнға өту
nav-main = Басты мәзір
nav-menu = Мәзір
breadcrumbs = Навигация жолы
sections-heading = Тақырыптар
in-this-section = Осы бөлімде
section-count = { $count ->
    [one] { $count } бет
   *[other] { $count } бет
}
on-this-page = Осы бетте
previous-page = Алдыңғы
next-page = Келесі
related-pages = Қатысты беттер
last-updated = Соңғы жаңартылған күні: { $date }
draft-badge = Қаралама

## Language switcher and chooser
language-switcher = Тіл
language-unavailable = { $language }: әлі қолжетімді емес
choose-language = Тілді таңдаңыз
choose-language-intro = Бұл көмек орталығы мына тілдерде қолжетімді.
not-translated-title = Бұл бет әлі қазақ тілінде қолжетімді емес.
not-translated-body = Аударма дайын болғанша, беттің түпнұсқасын ({ $source }) оқып отырсыз.

## Guides
guide-label = Қадамдық нұсқаулық
steps-heading = Нұсқаулық қадамдары
step-of = Қадам: { $step } / { $total }
step-done = { $step }-қадамды орындалды деп белгілеу
guide-progress = Орындалған қадамдар: { $done } / { $total }
steps-reset = Барлық белгіні алып тастау
print-checklist = Тексеру тізімін басып шығару

## FAQ
faq-label = Жиі қойылатын сұрақтар
faq-count = { $count ->
    [one] { $count } сұрақ
   *[other] { $count } сұрақ
}
faq-expand-all = Барлық жауапты ашу
faq-collapse-all = Барлық жауапты жабу

## Still need help?
help-heading = Әлі де көмек керек пе?
help-intro = Бізбен осы арналардың бірі арқылы байланысыңыз.
help-hours = Жұмыс уақыты
help-reply = Әдеттегі жауап уақыты

## Search
search-label = Көмек орталығынан іздеу
search-placeholder = Іздеу, мысалы: ақшаны қайтару
search-results = Іздеу нәтижелері
search-results-count = { $count ->
    [0] Нәтиже жоқ
    [one] { $count } нәтиже
   *[other] { $count } нәтиже
}
search-no-results = «{ $query }» бойынша ештеңе табылмады.
search-no-results-help = Басқа сөздерді қолданып көріңіз, емлесін тексеріңіз немесе төмендегі нұсқаулықтардың бірінен бастаңыз.
search-did-you-mean = «{ $query }» бойынша нәтижелер көрсетілуде.
search-partial = Барлық сөздеріңіз табылмады: солардың көбі бар беттер көрсетілуде.
search-browse = Барлық бетті қарау
search-hint = Іздеу үшін / пернесін басыңыз

## Not found
not-found-title = Бет табылмады
not-found-body = Сіз іздеген бет мұнда жоқ. Ол басқа жерге көшірілген немесе сілтеме қате болуы мүмкін.
not-found-home = Көмек орталығының басты бетіне өту

## Language
# The language's own name, shown in the language switcher.
language-name = Қазақша

## Callouts in pages (> [!NOTE] ...)
callout-note = Ескертпе
callout-tip = Кеңес
callout-important = Маңызды
callout-warning = Ескерту
callout-caution = Абайлаңыз

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Бұл пайдалы болды ма?
feedback-answer-question = Бұл жауап көмектесті ме?
feedback-yes = Иә
feedback-no = Жоқ
feedback-reason = Нені жақсартуға болады? (міндетті емес)
feedback-thanks = Пікіріңіз үшін рақмет.
feedback-failed = Пікіріңізді жіберу мүмкін болмады.
feedback-retry = Қайталап көру
feedback-sending = Жіберілуде…
