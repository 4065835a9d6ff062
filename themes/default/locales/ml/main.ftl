# Built-in UI strings of the default theme, Malayalam. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = സഹായ കേന്ദ്രം
site-tagline = സാധാരണ ചോദ്യങ്ങൾക്കുള്ള ഉത്തരങ്ങളും കൂടുതൽ സഹായം നേടാനുള്ള വഴികളും.

## Navigation
skip-to-content = ഉള്ളടക്കത്തിലേക്ക് പോകുക
nav-main = പ്രധാന നാവിഗേഷൻ
nav-menu = മെനു
breadcrumbs = നാവിഗേഷൻ പാത
sections-heading = വിഷയങ്ങൾ
in-this-section = ഈ വിഭാഗത്തിൽ
section-count = { $count ->
    [one] { $count } പേജ്
   *[other] { $count } പേജുകൾ
}
on-this-page = ഈ പേജിൽ
previous-page = മുമ്പത്തേത്
next-page = അടുത്തത്
related-pages = ബന്ധപ്പെട്ട പേജുകൾ
last-updated = അവസാനം അപ്ഡേറ്റ് ചെയ്തത്: { $date }
draft-badge = ഡ്രാഫ്റ്റ്

## Language switcher and chooser
language-switcher = ഭാഷ
language-unavailable = { $language }: ഇതുവരെ ലഭ്യമല്ല
choose-language = നിങ്ങളുടെ ഭാഷ തിരഞ്ഞെടുക്കുക
choose-language-intro = ഈ സഹായ കേന്ദ്രം താഴെപ്പറയുന്ന ഭാഷകളിൽ ലഭ്യമാണ്.
not-translated-title = ഈ പേജ് ഇതുവരെ മലയാളത്തിൽ ലഭ്യമല്ല.
not-translated-body = വിവർത്തനം തയ്യാറാകുന്നതുവരെ നിങ്ങൾ ഈ പേജിന്റെ { $source } പതിപ്പാണ് വായിക്കുന്നത്.

## Guides
guide-label = ഘട്ടം ഘട്ടമായുള്ള ഗൈഡ്
steps-heading = ഈ ഗൈഡിലെ ഘട്ടങ്ങൾ
step-of = ഘട്ടം { $step } / { $total }
step-done = ഘട്ടം { $step } പൂർത്തിയായതായി അടയാളപ്പെടുത്തുക
guide-progress = { $total } ഘട്ടങ്ങളിൽ { $done } എണ്ണം പൂർത്തിയായി
steps-reset = എല്ലാ ടിക്കുകളും മായ്ക്കുക
print-checklist = ഈ ചെക്ക്‌ലിസ്റ്റ് പ്രിന്റ് ചെയ്യുക

## FAQ
faq-label = പതിവ് ചോദ്യങ്ങൾ
faq-count = { $count ->
    [one] { $count } ചോദ്യം
   *[other] { $count } ചോദ്യങ്ങൾ
}
faq-expand-all = എല്ലാ ഉത്തരങ്ങളും തുറക്കുക
faq-collapse-all = എല്ലാ ഉത്തരങ്ങളും അടയ്ക്കുക

## Still need help?
help-heading = ഇനിയും സഹായം ആവശ്യമുണ്ടോ?
help-intro = താഴെയുള്ള ഏതെങ്കിലും മാർഗ്ഗത്തിലൂടെ ഷോപ്പിന്റെ ഉപഭോക്തൃ സേവന വിഭാഗവുമായി ബന്ധപ്പെടുക.
help-hours = പ്രവർത്തന സമയം
help-reply = സാധാരണ മറുപടി സമയം

## Search
search-label = സഹായ കേന്ദ്രത്തിൽ തിരയുക
search-placeholder = തിരയുക, ഉദാ. റീഫണ്ട്
search-results = തിരയൽ ഫലങ്ങൾ
search-results-count = { $count ->
    [0] ഫലങ്ങളൊന്നുമില്ല
    [one] { $count } ഫലം
   *[other] { $count } ഫലങ്ങൾ
}
search-no-results = “{ $query }” എന്നതിന് ഫലങ്ങളൊന്നും ലഭിച്ചില്ല.
search-no-results-help = മറ്റ് വാക്കുകൾ ഉപയോഗിച്ച് ശ്രമിക്കുക, അക്ഷരത്തെറ്റുണ്ടോ എന്ന് പരിശോധിക്കുക, അല്ലെങ്കിൽ താഴെയുള്ള ഗൈഡുകളിൽ ഒന്നിൽ നിന്ന് തുടങ്ങുക.
search-did-you-mean = “{ $query }” എന്നതിനുള്ള ഫലങ്ങൾ കാണിക്കുന്നു.
search-partial = നിങ്ങളുടെ എല്ലാ വാക്കുകളും കണ്ടെത്തിയില്ല: അവയിൽ മിക്കതും ഉള്ള പേജുകൾ കാണിക്കുന്നു.
search-browse = എല്ലാ പേജുകളും കാണുക
search-hint = തിരയാൻ / അമർത്തുക

## Not found
not-found-title = പേജ് കണ്ടെത്തിയില്ല
not-found-body = നിങ്ങൾ തിരയുന്ന പേജ് ഇവിടെയില്ല. അത് മറ്റൊരിടത്തേക്ക് മാറ്റിയിരിക്കാം, അല്ലെങ്കിൽ ലിങ്ക് തെറ്റായിരിക്കാം.
not-found-home = സഹായ കേന്ദ്രത്തിന്റെ ഹോം പേജിലേക്ക് പോകുക

## Language
# The language's own name, shown in the language switcher.
language-name = മലയാളം

## Callouts in pages (> [!NOTE] ...)
callout-note = കുറിപ്പ്
callout-tip = നുറുങ്ങ്
callout-important = പ്രധാനം
callout-warning = മുന്നറിയിപ്പ്
callout-caution = ജാഗ്രത

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = ഇത് സഹായകരമായിരുന്നോ?
feedback-answer-question = ഈ ഉത്തരം നിങ്ങളെ സഹായിച്ചോ?
feedback-yes = അതെ
feedback-no = ഇല്ല
feedback-reason = എന്താണ് മെച്ചപ്പെടുത്താവുന്നത്? (ഐച്ഛികം)
feedback-thanks = നിങ്ങളുടെ അഭിപ്രായത്തിന് നന്ദി.
feedback-failed = നിങ്ങളുടെ അഭിപ്രായം അയയ്ക്കാൻ കഴിഞ്ഞില്ല.
feedback-retry = വീണ്ടും ശ്രമിക്കുക
feedback-sending = അയയ്ക്കുന്നു…
