# Built-in UI strings of the default theme, Urdu. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = مرکزِ معاونت
site-tagline = عام سوالات کے جوابات، اور مزید مدد حاصل کرنے کا طریقہ۔

## Navigation
skip-to-content = مواد پر جائیں
nav-main = مرکزی نیویگیشن
nav-menu = مینو
breadcrumbs = نیویگیشن کا راستہ
sections-heading = موضوعات
in-this-section = اس حصے میں
section-count = { $count ->
    [one] { $count } صفحہ
   *[other] { $count } صفحات
}
on-this-page = اس صفحے پر
previous-page = پچھلا
next-page = اگلا
related-pages = متعلقہ صفحات
last-updated = آخری اپ ڈیٹ: { $date }
draft-badge = مسودہ

## Language switcher and chooser
language-switcher = زبان
language-unavailable = { $language }: ابھی دستیاب نہیں
choose-language = اپنی زبان منتخب کریں
choose-language-intro = یہ مرکزِ معاونت درج ذیل زبانوں میں دستیاب ہے۔
not-translated-title = یہ صفحہ ابھی اردو میں دستیاب نہیں ہے۔
not-translated-body = ترجمہ تیار ہونے تک آپ اس صفحے کا اصل نسخہ ({ $source }) پڑھ رہے ہیں۔

## Guides
guide-label = مرحلہ وار رہنمائی
steps-heading = اس رہنمائی کے مراحل
step-of = مرحلہ { $step } از { $total }
step-done = مرحلہ { $step } کو مکمل کے طور پر نشان زد کریں
guide-progress = { $total } میں سے { $done } مراحل مکمل
steps-reset = تمام نشانات ہٹائیں
print-checklist = یہ چیک لسٹ پرنٹ کریں

## FAQ
faq-label = اکثر پوچھے جانے والے سوالات
faq-count = { $count ->
    [one] { $count } سوال
   *[other] { $count } سوالات
}
faq-expand-all = تمام جوابات کھولیں
faq-collapse-all = تمام جوابات بند کریں

## Still need help?
help-heading = کیا آپ کو اب بھی مدد درکار ہے؟
help-intro = ان میں سے کسی ایک ذریعے سے دکان کی کسٹمر سروس سے رابطہ کریں۔
help-hours = اوقاتِ کار
help-reply = جواب ملنے کا عام وقت

## Search
search-label = مرکزِ معاونت میں تلاش کریں
search-placeholder = تلاش کریں، مثلاً رقم کی واپسی
search-results = تلاش کے نتائج
search-results-count = { $count ->
    [0] کوئی نتیجہ نہیں
    [one] { $count } نتیجہ
   *[other] { $count } نتائج
}
search-no-results = “{ $query }” سے ملتا جلتا کچھ نہیں ملا۔
search-no-results-help = دوسرے الفاظ آزمائیں، ہجے چیک کریں، یا نیچے دیے گئے کسی رہنما سے شروع کریں۔
search-did-you-mean = “{ $query }” کے نتائج دکھائے جا رہے ہیں۔
search-partial = آپ کے تمام الفاظ نہیں ملے: وہ صفحات دکھائے جا رہے ہیں جن میں ان میں سے زیادہ تر ہیں۔
search-browse = تمام صفحات دیکھیں
search-hint = تلاش کے لیے / دبائیں

## Not found
not-found-title = صفحہ نہیں ملا
not-found-body = آپ جو صفحہ تلاش کر رہے ہیں وہ یہاں نہیں ہے۔ ہو سکتا ہے اسے کہیں اور منتقل کر دیا گیا ہو، یا لنک غلط ہو۔
not-found-home = مرکزِ معاونت کے ہوم پیج پر جائیں

## Language
# The language's own name, shown in the language switcher.
language-name = اردو

## Callouts in pages (> [!NOTE] ...)
callout-note = نوٹ
callout-tip = مشورہ
callout-important = اہم
callout-warning = انتباہ
callout-caution = احتیاط

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = کیا یہ مددگار تھا؟
feedback-answer-question = کیا اس جواب سے آپ کو مدد ملی؟
feedback-yes = ہاں
feedback-no = نہیں
feedback-reason = کیا بہتر ہو سکتا تھا؟ (اختیاری)
feedback-thanks = آپ کی رائے کا شکریہ۔
feedback-failed = آپ کی رائے بھیجی نہیں جا سکی۔
feedback-retry = دوبارہ کوشش کریں
feedback-sending = بھیجا جا رہا ہے…
