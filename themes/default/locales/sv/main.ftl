# Built-in UI strings of the default theme (sv); a project's locales/sv/ overrides them.
# Nycklar som saknas här hämtas från engelskan.

site-title = Hjälpcenter
site-tagline = Svar på vanliga frågor och hur du får mer hjälp.

## Navigation
skip-to-content = Hoppa till innehållet
nav-main = Huvudmeny
nav-menu = Meny
breadcrumbs = Du är här
sections-heading = Ämnen
in-this-section = I det här avsnittet
section-count = { $count ->
    [one] { $count } sida
   *[other] { $count } sidor
}
on-this-page = På den här sidan
previous-page = Föregående
next-page = Nästa
related-pages = Relaterade sidor
last-updated = Senast uppdaterad: { $date }
draft-badge = Utkast

## Språkval
language-switcher = Språk
language-unavailable = { $language }: finns inte än
choose-language = Välj språk
choose-language-intro = Hjälpcentret finns på de här språken.
not-translated-title = Den här sidan finns inte på svenska än.
not-translated-body = Du läser originalversionen ({ $source }) tills en översättning är klar.

## Guider
guide-label = Steg-för-steg-guide
steps-heading = Stegen i guiden
step-of = Steg { $step } av { $total }
step-done = Markera steg { $step } som klart
guide-progress = { $done } av { $total } steg klara
steps-reset = Avmarkera alla steg
print-checklist = Skriv ut checklistan

## Vanliga frågor
faq-label = Vanliga frågor
faq-count = { $count ->
    [one] { $count } fråga
   *[other] { $count } frågor
}
faq-expand-all = Visa alla svar
faq-collapse-all = Dölj alla svar

## Behöver du mer hjälp?
help-heading = Hittade du inte svaret?
help-intro = Kontakta oss på något av de här sätten.
help-hours = Öppettider
help-reply = Vanlig svarstid

## Sök
search-label = Sök i hjälpcentret
search-placeholder = Sök, t.ex. återbetalning
search-results = Sökresultat
search-results-count = { $count ->
    [0] Inga träffar
    [one] { $count } träff
   *[other] { $count } träffar
}
search-no-results = Inga träffar för ”{ $query }”.
search-no-results-help = Pröva andra ord, kontrollera stavningen eller börja med någon av guiderna nedan.
search-did-you-mean = Visar resultat för ”{ $query }”.
search-partial = Alla dina ord hittades inte: här är sidorna med flest av dem.
search-browse = Bläddra bland alla sidor
search-hint = Tryck på / för att söka

## Sidan finns inte
not-found-title = Sidan finns inte
not-found-body = Sidan du letade efter finns inte här. Den kan ha flyttats, eller så är länken fel.
not-found-home = Till hjälpcentrets startsida

## Språk
# Språkets eget namn, som det visas i språkväljaren.
language-name = Svenska

## Rutor i sidor (> [!NOTE] ...)
callout-note = Obs
callout-tip = Tips
callout-important = Viktigt
callout-warning = Varning
callout-caution = Se upp

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Var det här till hjälp?
feedback-answer-question = Hjälpte det här svaret?
feedback-yes = Ja
feedback-no = Nej
feedback-reason = Vad kunde vara bättre? (valfritt)
feedback-thanks = Tack för din återkoppling.
feedback-failed = Din återkoppling kunde inte skickas.
feedback-retry = Försök igen
feedback-sending = Skickar…
