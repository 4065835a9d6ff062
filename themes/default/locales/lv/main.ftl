# Built-in UI strings of the default theme, Latvian. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Palīdzības centrs
site-tagline = Atbildes uz biežāk uzdotajiem jautājumiem un informācija par to, kā saņemt papildu palīdzību.

## Navigation
skip-to-content = Pāriet uz saturu
nav-main = Galvenā navigācija
nav-menu = Izvēlne
breadcrumbs = Navigācijas ceļš
sections-heading = Tēmas
in-this-section = Šajā sadaļā
section-count = { $count ->
    [zero] { $count } lapas
    [one] { $count } lapa
   *[other] { $count } lapas
}
on-this-page = Šajā lapā
previous-page = Iepriekšējā
next-page = Nākamā
related-pages = Saistītās lapas
last-updated = Pēdējoreiz atjaunināts: { $date }
draft-badge = Melnraksts

## Language switcher and chooser
language-switcher = Valoda
language-unavailable = { $language }: pagaidām nav pieejama
choose-language = Izvēlieties valodu
choose-language-intro = Šis palīdzības centrs ir pieejams šādās valodās.
not-translated-title = Šī lapa vēl nav pieejama latviešu valodā.
not-translated-body = Kamēr tulkojums nav gatavs, jūs lasāt šīs lapas versiju oriģinālvalodā ({ $source }).

## Guides
guide-label = Pamācība soli pa solim
steps-heading = Šīs pamācības soļi
step-of = { $step }. solis no { $total }
step-done = Atzīmēt { $step }. soli kā paveiktu
guide-progress = Paveikti { $done } no { $total } soļiem
steps-reset = Noņemt visas atzīmes
print-checklist = Drukāt šo kontrolsarakstu

## FAQ
faq-label = Biežāk uzdotie jautājumi
faq-count = { $count ->
    [zero] { $count } jautājumi
    [one] { $count } jautājums
   *[other] { $count } jautājumi
}
faq-expand-all = Atvērt visas atbildes
faq-collapse-all = Aizvērt visas atbildes

## Still need help?
help-heading = Vai joprojām nepieciešama palīdzība?
help-intro = Sazinieties ar veikala klientu apkalpošanas dienestu, izmantojot kādu no šiem saziņas veidiem.
help-hours = Darba laiks
help-reply = Parastais atbildes laiks

## Search
search-label = Meklēt palīdzības centrā
search-placeholder = Meklējiet, piem., naudas atmaksa
search-results = Meklēšanas rezultāti
search-results-count = { $count ->
    [0] Nav rezultātu
    [zero] { $count } rezultāti
    [one] { $count } rezultāts
   *[other] { $count } rezultāti
}
search-no-results = Vaicājumam „{ $query }“ nekas netika atrasts.
search-no-results-help = Izmēģiniet citus vārdus, pārbaudiet pareizrakstību vai sāciet ar kādu no tālāk norādītajām pamācībām.
search-did-you-mean = Tiek rādīti rezultāti vaicājumam „{ $query }“.
search-partial = Ne visi jūsu vārdi tika atrasti: rādām lapas, kurās ir lielākā daļa no tiem.
search-browse = Pārlūkot visas lapas
search-hint = Lai meklētu, nospiediet /

## Not found
not-found-title = Lapa nav atrasta
not-found-body = Meklētā lapa šeit nav atrodama. Iespējams, tā ir pārvietota vai saite ir nepareiza.
not-found-home = Uz palīdzības centra sākumlapu

## Language
# The language's own name, shown in the language switcher.
language-name = Latviešu

## Callouts in pages (> [!NOTE] ...)
callout-note = Piezīme
callout-tip = Padoms
callout-important = Svarīgi
callout-warning = Brīdinājums
callout-caution = Uzmanību

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Vai tas bija noderīgi?
feedback-answer-question = Vai šī atbilde palīdzēja?
feedback-yes = Jā
feedback-no = Nē
feedback-reason = Ko varētu uzlabot? (nav obligāti)
feedback-thanks = Paldies par atsauksmi.
feedback-failed = Jūsu atsauksmi neizdevās nosūtīt.
feedback-retry = Mēģināt vēlreiz
feedback-sending = Sūta…
