# Built-in UI strings of the default theme, Bengali. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = সহায়তা কেন্দ্র
site-tagline = সাধারণ প্রশ্নের উত্তর, আর আরও সাহায্য পাওয়ার উপায়।

## Navigation
skip-to-content = মূল বিষয়বস্তুতে যান
nav-main = প্রধান নেভিগেশন
nav-menu = মেনু
breadcrumbs = নেভিগেশন পথ
sections-heading = বিষয়সমূহ
in-this-section = এই বিভাগে
section-count = { $count ->
    [one] { $count }টি পৃষ্ঠা
   *[other] { $count }টি পৃষ্ঠা
}
on-this-page = এই পৃষ্ঠায়
previous-page = আগের
next-page = পরের
related-pages = সম্পর্কিত পৃষ্ঠা
last-updated = সর্বশেষ হালনাগাদ: { $date }
draft-badge = খসড়া

## Language switcher and chooser
language-switcher = ভাষা
language-unavailable = { $language }: এখনও উপলব্ধ নয়
choose-language = আপনার ভাষা বেছে নিন
choose-language-intro = এই সহায়তা কেন্দ্রটি নিচের ভাষাগুলোতে পাওয়া যায়।
not-translated-title = এই পৃষ্ঠাটি এখনও বাংলায় পাওয়া যাচ্ছে না।
not-translated-body = অনুবাদ প্রস্তুত না হওয়া পর্যন্ত আপনি মূল সংস্করণটি ({ $source }) পড়ছেন।

## Guides
guide-label = ধাপে ধাপে নির্দেশিকা
steps-heading = এই নির্দেশিকার ধাপগুলো
step-of = { $total }টির মধ্যে ধাপ { $step }
step-done = ধাপ { $step } সম্পন্ন হিসেবে চিহ্নিত করুন
guide-progress = { $total }টির মধ্যে { $done }টি ধাপ সম্পন্ন
steps-reset = সব টিক চিহ্ন মুছুন
print-checklist = এই চেকলিস্ট প্রিন্ট করুন

## FAQ
faq-label = সচরাচর জিজ্ঞাসিত প্রশ্ন
faq-count = { $count ->
    [one] { $count }টি প্রশ্ন
   *[other] { $count }টি প্রশ্ন
}
faq-expand-all = সব উত্তর খুলুন
faq-collapse-all = সব উত্তর বন্ধ করুন

## Still need help?
help-heading = এখনও সাহায্য দরকার?
help-intro = নিচের যেকোনো একটি মাধ্যমে দোকানের গ্রাহকসেবার সঙ্গে যোগাযোগ করুন।
help-hours = সময়সূচি
help-reply = সাধারণত উত্তর পাওয়ার সময়

## Search
search-label = সহায়তা কেন্দ্রে খুঁজুন
search-placeholder = খুঁজুন, যেমন: টাকা ফেরত
search-results = অনুসন্ধানের ফলাফল
search-results-count = { $count ->
    [0] কোনো ফলাফল নেই
    [one] { $count }টি ফলাফল
   *[other] { $count }টি ফলাফল
}
search-no-results = “{ $query }”-এর সঙ্গে মেলে এমন কিছু পাওয়া যায়নি।
search-no-results-help = অন্য শব্দ দিয়ে চেষ্টা করুন, বানান যাচাই করুন, অথবা নিচের কোনো নির্দেশিকা থেকে শুরু করুন।
search-did-you-mean = “{ $query }”-এর ফলাফল দেখানো হচ্ছে।
search-partial = আপনার সব শব্দ পাওয়া যায়নি: বেশিরভাগ শব্দ আছে এমন পাতাগুলো দেখানো হচ্ছে।
search-browse = সব পৃষ্ঠা দেখুন
search-hint = খুঁজতে / চাপুন

## Not found
not-found-title = পৃষ্ঠাটি পাওয়া যায়নি
not-found-body = আপনি যে পৃষ্ঠাটি খুঁজছেন, সেটি এখানে নেই। হয়তো এটি সরিয়ে নেওয়া হয়েছে, অথবা লিংকটি ভুল।
not-found-home = সহায়তা কেন্দ্রের প্রথম পাতায় যান

## Language
# The language's own name, shown in the language switcher.
language-name = বাংলা

## Callouts in pages (> [!NOTE] ...)
callout-note = নোট
callout-tip = পরামর্শ
callout-important = গুরুত্বপূর্ণ
callout-warning = সতর্কতা
callout-caution = সাবধান

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = এটি কি সহায়ক ছিল?
feedback-answer-question = এই উত্তরটি কি আপনাকে সাহায্য করেছে?
feedback-yes = হ্যাঁ
feedback-no = না
feedback-reason = কী আরও ভালো হতে পারে? (ঐচ্ছিক)
feedback-thanks = আপনার মতামতের জন্য ধন্যবাদ।
feedback-failed = আপনার মতামত পাঠানো যায়নি।
feedback-retry = আবার চেষ্টা করুন
feedback-sending = পাঠানো হচ্ছে…
