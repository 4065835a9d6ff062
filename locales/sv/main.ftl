# Gränssnittstexter för standardtemat, svenska.
# Nycklar som saknas här hämtas från engelskan.

site-title = Hjälpcenter för dig som handlar på nätet
site-tagline = Få hjälp av nätbutikens kundtjänst och se till att ditt klagomål ger resultat.
footer-note = Allmän vägledning för dig som handlar, inte juridisk rådgivning. Lagreglerna gäller Sverige och skiljer sig åt mellan länder.

## Navigation
skip-to-content = Hoppa till innehållet
nav-main = Huvudmeny
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
help-intro = Kontakta butikens kundtjänst på något av de här sätten.
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
