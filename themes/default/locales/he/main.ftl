# Built-in UI strings of the default theme, Hebrew. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = מרכז העזרה
site-tagline = תשובות לשאלות נפוצות ודרכים לקבלת עזרה נוספת.

## Navigation
skip-to-content = דילוג לתוכן
nav-main = ניווט ראשי
nav-menu = תפריט
breadcrumbs = פירורי לחם
sections-heading = נושאים
in-this-section = במדור זה
section-count = { $count ->
    [one] עמוד אחד
    [two] שני עמודים
   *[other] { $count } עמודים
}
on-this-page = בעמוד זה
previous-page = הקודם
next-page = הבא
related-pages = עמודים קשורים
last-updated = עודכן לאחרונה: { $date }
draft-badge = טיוטה

## Language switcher and chooser
language-switcher = שפה
language-unavailable = { $language }: עדיין לא זמין
choose-language = בחירת שפה
choose-language-intro = מרכז העזרה זמין בשפות הבאות.
not-translated-title = העמוד הזה עדיין לא זמין בעברית.
not-translated-body = עד שהתרגום יהיה מוכן, מוצגת כאן הגרסה המקורית ({ $source }).

## Guides
guide-label = מדריך שלב אחר שלב
steps-heading = השלבים במדריך
step-of = שלב { $step } מתוך { $total }
step-done = סימון שלב { $step } כהושלם
guide-progress = הושלמו { $done } מתוך { $total } שלבים
steps-reset = ניקוי כל הסימונים
print-checklist = הדפסת רשימת הבדיקה

## FAQ
faq-label = שאלות נפוצות
faq-count = { $count ->
    [one] שאלה אחת
    [two] שתי שאלות
   *[other] { $count } שאלות
}
faq-expand-all = פתיחת כל התשובות
faq-collapse-all = סגירת כל התשובות

## Still need help?
help-heading = עדיין צריכים עזרה?
help-intro = אפשר לפנות לשירות הלקוחות של החנות באחד מהערוצים האלה.
help-hours = שעות פעילות
help-reply = זמן מענה משוער

## Search
search-label = חיפוש במרכז העזרה
search-placeholder = חיפוש, למשל: החזר כספי
search-results = תוצאות חיפוש
search-results-count = { $count ->
    [0] אין תוצאות
    [one] תוצאה אחת
    [two] שתי תוצאות
   *[other] { $count } תוצאות
}
search-no-results = לא נמצאו תוצאות עבור „{ $query }”.
search-no-results-help = כדאי לנסות מילים אחרות, לבדוק את האיות או להתחיל מאחד המדריכים שלמטה.
search-did-you-mean = מוצגות תוצאות עבור „{ $query }”.
search-partial = לא כל המילים שלך נמצאו: אלה הדפים שבהם רובן מופיעות.
search-browse = עיון בכל העמודים
search-hint = לחיפוש יש להקיש /

## Not found
not-found-title = הדף לא נמצא
not-found-body = הדף שחיפשת לא נמצא כאן. ייתכן שהוא הועבר או שהקישור שגוי.
not-found-home = חזרה לדף הבית של מרכז העזרה

## Language
# The language's own name, shown in the language switcher.
language-name = עברית

## Callouts in pages (> [!NOTE] ...)
callout-note = הערה
callout-tip = טיפ
callout-important = חשוב
callout-warning = אזהרה
callout-caution = זהירות

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = האם זה עזר לך?
feedback-answer-question = האם התשובה הזו עזרה לך?
feedback-yes = כן
feedback-no = לא
feedback-reason = מה אפשר לשפר? (לא חובה)
feedback-thanks = תודה על המשוב שלך.
feedback-failed = לא ניתן היה לשלוח את המשוב שלך.
feedback-retry = לנסות שוב
feedback-sending = שולח…
