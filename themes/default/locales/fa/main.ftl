# Built-in UI strings of the default theme, Persian. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = مرکز راهنما
site-tagline = پاسخ پرسش‌های رایج و راه‌های دریافت کمک بیشتر.

## Navigation
skip-to-content = رفتن به محتوا
nav-main = ناوبری اصلی
nav-menu = منو
breadcrumbs = مسیر صفحه
sections-heading = موضوع‌ها
in-this-section = در این بخش
section-count = { $count ->
    [one] { $count } صفحه
   *[other] { $count } صفحه
}
on-this-page = در این صفحه
previous-page = قبلی
next-page = بعدی
related-pages = صفحه‌های مرتبط
last-updated = آخرین به‌روزرسانی: { $date }
draft-badge = پیش‌نویس

## Language switcher and chooser
language-switcher = زبان
language-unavailable = { $language }: هنوز در دسترس نیست
choose-language = زبان خود را انتخاب کنید
choose-language-intro = این مرکز راهنما به زبان‌های زیر در دسترس است.
not-translated-title = این صفحه هنوز به فارسی در دسترس نیست.
not-translated-body = تا وقتی ترجمه آماده شود، نسخهٔ اصلی ({ $source }) را می‌خوانید.

## Guides
guide-label = راهنمای گام‌به‌گام
steps-heading = گام‌های این راهنما
step-of = گام { $step } از { $total }
step-done = علامت‌گذاری گام { $step } به‌عنوان انجام‌شده
guide-progress = { $done } گام از { $total } گام انجام شده است
steps-reset = پاک کردن همهٔ تیک‌ها
print-checklist = چاپ این فهرست بررسی

## FAQ
faq-label = پرسش‌های متداول
faq-count = { $count ->
    [one] { $count } پرسش
   *[other] { $count } پرسش
}
faq-expand-all = باز کردن همهٔ پاسخ‌ها
faq-collapse-all = بستن همهٔ پاسخ‌ها

## Still need help?
help-heading = هنوز به کمک نیاز دارید؟
help-intro = از یکی از این راه‌ها با خدمات مشتریان فروشگاه تماس بگیرید.
help-hours = ساعات کاری
help-reply = زمان معمول پاسخ‌گویی

## Search
search-label = جست‌وجو در مرکز راهنما
search-placeholder = جست‌وجو، مثلاً بازگشت وجه
search-results = نتایج جست‌وجو
search-results-count = { $count ->
    [0] نتیجه‌ای پیدا نشد
    [one] { $count } نتیجه
   *[other] { $count } نتیجه
}
search-no-results = هیچ نتیجه‌ای برای «{ $query }» پیدا نشد.
search-no-results-help = واژه‌های دیگری را امتحان کنید، املا را بررسی کنید یا از یکی از راهنماهای زیر شروع کنید.
search-did-you-mean = نمایش نتایج برای «{ $query }».
search-partial = همه کلمه‌های شما پیدا نشد: صفحه‌هایی که بیشتر آنها را دارند نشان داده می‌شوند.
search-browse = مرور همهٔ صفحه‌ها
search-hint = برای جست‌وجو / را فشار دهید

## Not found
not-found-title = صفحه پیدا نشد
not-found-body = صفحه‌ای که دنبالش بودید اینجا نیست. ممکن است جابه‌جا شده باشد یا پیوند اشتباه باشد.
not-found-home = رفتن به صفحهٔ اصلی مرکز راهنما

## Language
# The language's own name, shown in the language switcher.
language-name = فارسی

## Callouts in pages (> [!NOTE] ...)
callout-note = یادداشت
callout-tip = نکته
callout-important = مهم
callout-warning = هشدار
callout-caution = احتیاط

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = آیا این مطلب مفید بود؟
feedback-answer-question = آیا این پاسخ به شما کمک کرد؟
feedback-yes = بله
feedback-no = خیر
feedback-reason = چه چیزی می‌توانست بهتر باشد؟ (اختیاری)
feedback-thanks = از بازخورد شما سپاسگزاریم.
feedback-failed = بازخورد شما ارسال نشد.
feedback-retry = دوباره امتحان کنید
feedback-sending = در حال ارسال…
