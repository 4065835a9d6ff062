# Built-in UI strings of the default theme, Swahili. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Kituo cha Usaidizi
site-tagline = Majibu ya maswali ya kawaida, na jinsi ya kupata usaidizi zaidi.

## Navigation
skip-to-content = Ruka hadi maudhui
nav-main = Urambazaji mkuu
nav-menu = Menyu
breadcrumbs = Njia ya urambazaji
sections-heading = Mada
in-this-section = Katika sehemu hii
section-count = { $count ->
    [one] Ukurasa { $count }
   *[other] Kurasa { $count }
}
on-this-page = Katika ukurasa huu
previous-page = Uliotangulia
next-page = Unaofuata
related-pages = Kurasa zinazohusiana
last-updated = Ilisasishwa mwisho: { $date }
draft-badge = Rasimu

## Language switcher and chooser
language-switcher = Lugha
language-unavailable = { $language }: bado haipatikani
choose-language = Chagua lugha yako
choose-language-intro = Kituo hiki cha usaidizi kinapatikana katika lugha hizi.
not-translated-title = Ukurasa huu bado haupatikani kwa Kiswahili.
not-translated-body = Unasoma toleo la asili ({ $source }) hadi tafsiri itakapokuwa tayari.

## Guides
guide-label = Mwongozo wa hatua kwa hatua
steps-heading = Hatua katika mwongozo huu
step-of = Hatua ya { $step } kati ya { $total }
step-done = Weka alama kuwa hatua ya { $step } imekamilika
guide-progress = Hatua { $done } kati ya { $total } zimekamilika
steps-reset = Futa alama zote
print-checklist = Chapisha orodha hii ya ukaguzi

## FAQ
faq-label = Maswali yanayoulizwa mara kwa mara
faq-count = { $count ->
    [one] Swali { $count }
   *[other] Maswali { $count }
}
faq-expand-all = Fungua majibu yote
faq-collapse-all = Funga majibu yote

## Still need help?
help-heading = Bado unahitaji usaidizi?
help-intro = Wasiliana na huduma kwa wateja ya duka kupitia mojawapo ya njia hizi.
help-hours = Saa za kazi
help-reply = Muda wa kawaida wa kujibiwa

## Search
search-label = Tafuta katika kituo cha usaidizi
search-placeholder = Tafuta, k.m. kurejeshewa pesa
search-results = Matokeo ya utafutaji
search-results-count = { $count ->
    [0] Hakuna matokeo
    [one] Tokeo { $count }
   *[other] Matokeo { $count }
}
search-no-results = Hakuna kilicholingana na “{ $query }”.
search-no-results-help = Jaribu maneno mengine, kagua tahajia, au anza na mojawapo ya miongozo iliyo hapa chini.
search-did-you-mean = Inaonyesha matokeo ya “{ $query }”.
search-partial = Si maneno yako yote yamepatikana: hizi ni kurasa zenye mengi yake.
search-browse = Vinjari kurasa zote
search-hint = Bonyeza / ili kutafuta

## Not found
not-found-title = Ukurasa haukupatikana
not-found-body = Ukurasa unaoutafuta haupo hapa. Huenda umehamishwa, au kiungo si sahihi.
not-found-home = Nenda kwenye ukurasa wa mwanzo wa kituo cha usaidizi

## Language
# The language's own name, shown in the language switcher.
language-name = Kiswahili

## Callouts in pages (> [!NOTE] ...)
callout-note = Kumbuka
callout-tip = Kidokezo
callout-important = Muhimu
callout-warning = Onyo
callout-caution = Tahadhari

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Je, hii ilikusaidia?
feedback-answer-question = Je, jibu hili lilikusaidia?
feedback-yes = Ndiyo
feedback-no = Hapana
feedback-reason = Nini kingeweza kuwa bora? (si lazima)
feedback-thanks = Asante kwa maoni yako.
feedback-failed = Maoni yako hayakuweza kutumwa.
feedback-retry = Jaribu tena
feedback-sending = Inatuma…
