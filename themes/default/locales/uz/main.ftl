# Built-in UI strings of the default theme, Uzbek (Latin). helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Yordam markazi
site-tagline = Koʻp beriladigan savollarga javoblar va qoʻshimcha yordam olish yoʻllari.

## Navigation
skip-to-content = Asosiy mazmunga oʻtish
nav-main = Asosiy navigatsiya
nav-menu = Menyu
breadcrumbs = Navigatsiya yoʻli
sections-heading = Mavzular
in-this-section = Ushbu boʻlimda
section-count = { $count ->
    [one] { $count } ta sahifa
   *[other] { $count } ta sahifa
}
on-this-page = Ushbu sahifada
previous-page = Oldingi
next-page = Keyingi
related-pages = Aloqador sahifalar
last-updated = Soʻnggi yangilanish: { $date }
draft-badge = Qoralama

## Language switcher and chooser
language-switcher = Til
language-unavailable = { $language }: hozircha mavjud emas
choose-language = Tilni tanlang
choose-language-intro = Ushbu yordam markazi quyidagi tillarda mavjud.
not-translated-title = Bu sahifa hali oʻzbek tilida mavjud emas.
not-translated-body = Tarjima tayyor boʻlguncha sahifaning asl nusxasini ({ $source }) oʻqiyapsiz.

## Guides
guide-label = Bosqichma-bosqich qoʻllanma
steps-heading = Ushbu qoʻllanmadagi qadamlar
step-of = { $total } ta qadamdan { $step }-qadam
step-done = { $step }-qadamni bajarilgan deb belgilash
guide-progress = { $total } ta qadamdan { $done } tasi bajarildi
steps-reset = Barcha belgilarni olib tashlash
print-checklist = Ushbu nazorat roʻyxatini chop etish

## FAQ
faq-label = Koʻp beriladigan savollar
faq-count = { $count ->
    [one] { $count } ta savol
   *[other] { $count } ta savol
}
faq-expand-all = Barcha javoblarni ochish
faq-collapse-all = Barcha javoblarni yopish

## Still need help?
help-heading = Hali ham yordam kerakmi?
help-intro = Doʻkonning mijozlarga xizmat koʻrsatish boʻlimiga quyidagi usullardan biri orqali murojaat qiling.
help-hours = Ish vaqti
help-reply = Odatdagi javob muddati

## Search
search-label = Yordam markazidan qidirish
search-placeholder = Qidiring, masalan: pulni qaytarish
search-results = Qidiruv natijalari
search-results-count = { $count ->
    [0] Hech narsa topilmadi
    [one] { $count } ta natija
   *[other] { $count } ta natija
}
search-no-results = “{ $query }” boʻyicha hech narsa topilmadi.
search-no-results-help = Boshqa soʻzlarni sinab koʻring, imloni tekshiring yoki quyidagi qoʻllanmalardan biridan boshlang.
search-did-you-mean = “{ $query }” boʻyicha natijalar koʻrsatilmoqda.
search-partial = Barcha so‘zlaringiz topilmadi: ularning ko‘pi bor sahifalar ko‘rsatilmoqda.
search-browse = Barcha sahifalarni koʻrish
search-hint = Qidirish uchun / tugmasini bosing

## Not found
not-found-title = Sahifa topilmadi
not-found-body = Siz qidirayotgan sahifa bu yerda yoʻq. U boshqa joyga koʻchirilgan yoki havola notoʻgʻri boʻlishi mumkin.
not-found-home = Yordam markazining bosh sahifasiga oʻtish

## Language
# The language's own name, shown in the language switcher.
language-name = Oʻzbekcha

## Callouts in pages (> [!NOTE] ...)
callout-note = Eslatma
callout-tip = Maslahat
callout-important = Muhim
callout-warning = Ogohlantirish
callout-caution = Ehtiyot boʻling

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Bu foydali boʻldimi?
feedback-answer-question = Bu javob yordam berdimi?
feedback-yes = Ha
feedback-no = Yoʻq
feedback-reason = Nimani yaxshilash mumkin? (ixtiyoriy)
feedback-thanks = Fikringiz uchun rahmat.
feedback-failed = Fikringizni yuborib boʻlmadi.
feedback-retry = Qayta urinish
feedback-sending = Yuborilmoqda…
