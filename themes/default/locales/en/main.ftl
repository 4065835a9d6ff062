# Built-in UI strings of the default theme, English. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Help centre
site-tagline = Answers to common questions, and how to get more help.

## Navigation
skip-to-content = Skip to content
nav-main = Main navigation
nav-menu = Menu
breadcrumbs = Breadcrumbs
sections-heading = Topics
in-this-section = In this section
section-count = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
on-this-page = On this page
previous-page = Previous
next-page = Next
related-pages = Related pages
last-updated = Last updated: { $date }
draft-badge = Draft

## Language switcher and chooser
language-switcher = Language
language-unavailable = { $language }: not available yet
choose-language = Choose your language
choose-language-intro = This help centre is available in these languages.
not-translated-title = This page is not yet available in English.
not-translated-body = You are reading the { $source } version until a translation is ready.

## Guides
guide-label = Step-by-step guide
steps-heading = Steps in this guide
step-of = Step { $step } of { $total }
step-done = Mark step { $step } as done
guide-progress = { $done } of { $total } steps done
steps-reset = Clear all ticks
print-checklist = Print this checklist

## FAQ
faq-label = Frequently asked questions
faq-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
faq-expand-all = Open all answers
faq-collapse-all = Close all answers

## Still need help?
help-heading = Still need help?
help-intro = Contact us through one of these channels.
help-hours = Hours
help-reply = Usual reply time

## Search
search-label = Search the help centre
search-placeholder = Search, e.g. refund
search-results = Search results
search-results-count = { $count ->
    [0] No results
    [one] { $count } result
   *[other] { $count } results
}
search-no-results = Nothing matched “{ $query }”.
search-no-results-help = Try other words, check the spelling, or start from one of the guides below.
search-did-you-mean = Showing results for “{ $query }”.
search-partial = Not all of your words were found: showing the pages with most of them.
search-browse = Browse all pages
search-hint = Press / to search

## Not found
not-found-title = Page not found
not-found-body = The page you were looking for is not here. It may have moved, or the link may be wrong.
not-found-home = Go to the help centre home

## Language
# The language's own name, shown in the language switcher.
language-name = English

## Callouts in pages (> [!NOTE] ...)
callout-note = Note
callout-tip = Tip
callout-important = Important
callout-warning = Warning
callout-caution = Caution

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Was this helpful?
feedback-answer-question = Did this answer help?
feedback-yes = Yes
feedback-no = No
feedback-reason = What could be better? (optional)
feedback-thanks = Thank you for your feedback.
feedback-failed = Your feedback could not be sent.
feedback-retry = Try again
feedback-sending = Sending…
