# Built-in UI strings of the default theme, Arabic. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = مركز المساعدة
site-tagline = إجابات عن الأسئلة الشائعة، وطرق الحصول على مزيد من المساعدة.

## Navigation
skip-to-content = الانتقال إلى المحتوى
nav-main = التنقل الرئيسي
nav-menu = القائمة
breadcrumbs = مسار التنقل
sections-heading = الموضوعات
in-this-section = في هذا القسم
section-count = { $count ->
    [zero] لا توجد صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $count } صفحات
    [many] { $count } صفحة
   *[other] { $count } صفحة
}
on-this-page = في هذه الصفحة
previous-page = السابق
next-page = التالي
related-pages = صفحات ذات صلة
last-updated = آخر تحديث: { $date }
draft-badge = مسودة

## Language switcher and chooser
language-switcher = اللغة
language-unavailable = { $language }: غير متاحة بعد
choose-language = اختر لغتك
choose-language-intro = مركز المساعدة هذا متاح باللغات التالية.
not-translated-title = هذه الصفحة غير متاحة بالعربية بعد.
not-translated-body = إلى أن تصبح الترجمة جاهزة، تُعرض لك النسخة الأصلية ({ $source }).

## Guides
guide-label = دليل خطوة بخطوة
steps-heading = خطوات هذا الدليل
step-of = الخطوة { $step } من { $total }
step-done = تحديد الخطوة { $step } على أنها مكتملة
guide-progress = الخطوات المكتملة: { $done } من { $total }
steps-reset = إزالة جميع العلامات
print-checklist = طباعة قائمة التحقق هذه

## FAQ
faq-label = الأسئلة الشائعة
faq-count = { $count ->
    [zero] لا توجد أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
faq-expand-all = عرض جميع الإجابات
faq-collapse-all = إخفاء جميع الإجابات

## Still need help?
help-heading = هل ما زلت بحاجة إلى مساعدة؟
help-intro = تواصل مع خدمة عملاء المتجر عبر إحدى هذه القنوات.
help-hours = ساعات العمل
help-reply = مدة الرد المعتادة

## Search
search-label = البحث في مركز المساعدة
search-placeholder = ابحث، مثلًا: استرداد المبلغ
search-results = نتائج البحث
search-results-count = { $count ->
    [0] لا توجد نتائج
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
search-no-results = لم يُعثر على أي نتيجة تطابق «{ $query }».
search-no-results-help = جرّب كلمات أخرى، أو تحقّق من الإملاء، أو ابدأ من أحد الأدلة أدناه.
search-did-you-mean = تُعرض نتائج البحث عن «{ $query }».
search-partial = لم نعثر على كل كلماتك: هذه الصفحات التي تحتوي على معظمها.
search-browse = تصفّح جميع الصفحات
search-hint = اضغط / للبحث

## Not found
not-found-title = الصفحة غير موجودة
not-found-body = الصفحة التي تبحث عنها غير موجودة هنا. ربما نُقلت إلى مكان آخر، أو قد يكون الرابط غير صحيح.
not-found-home = الانتقال إلى الصفحة الرئيسية لمركز المساعدة

## Language
# The language's own name, shown in the language switcher.
language-name = العربية

## Callouts in pages (> [!NOTE] ...)
callout-note = ملاحظة
callout-tip = نصيحة
callout-important = مهم
callout-warning = تحذير
callout-caution = تنبيه

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = هل كان هذا مفيدًا؟
feedback-answer-question = هل ساعدتك هذه الإجابة؟
feedback-yes = نعم
feedback-no = لا
feedback-reason = ما الذي يمكن تحسينه؟ (اختياري)
feedback-thanks = شكرًا لك على ملاحظاتك.
feedback-failed = تعذّر إرسال ملاحظاتك.
feedback-retry = حاول مرة أخرى
feedback-sending = جارٍ الإرسال…
