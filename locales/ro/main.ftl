# Textele interfeței temei implicite, în limba română.
# O cheie lipsă din acest fișier este afișată în engleză.

site-title = Centrul de ajutor pentru cumpărători
site-tagline = Obțineți ajutor de la serviciul de relații cu clienții al oricărui magazin online și obțineți rezolvarea reclamației.
footer-note = Informații generale pentru cumpărători, nu consultanță juridică. Regulile diferă de la o țară la alta.

## Navigation
skip-to-content = Salt la conținut
nav-main = Navigare principală
breadcrumbs = Traseu de navigare
sections-heading = Subiecte
in-this-section = În această secțiune
section-count = { $count ->
    [one] { $count } pagină
    [few] { $count } pagini
   *[other] { $count } de pagini
}
on-this-page = Pe această pagină
previous-page = Pagina anterioară
next-page = Pagina următoare
related-pages = Pagini înrudite
last-updated = Ultima actualizare: { $date }
draft-badge = Ciornă

## Language switcher and chooser
language-switcher = Limbă
language-unavailable = { $language }: încă indisponibilă
choose-language = Alegeți limba
choose-language-intro = Acest centru de ajutor este disponibil în următoarele limbi.
not-translated-title = Această pagină nu este încă disponibilă în limba română.
not-translated-body = Până când traducerea va fi gata, citiți versiunea originală ({ $source }).

## Guides
guide-label = Ghid pas cu pas
steps-heading = Pașii din acest ghid
step-of = Pasul { $step } din { $total }
step-done = Marcați pasul { $step } ca terminat
guide-progress = Pași terminați: { $done } din { $total }
steps-reset = Ștergeți toate bifele
print-checklist = Tipăriți lista de verificare

## FAQ
faq-label = Întrebări frecvente
faq-count = { $count ->
    [one] { $count } întrebare
    [few] { $count } întrebări
   *[other] { $count } de întrebări
}
faq-expand-all = Deschideți toate răspunsurile
faq-collapse-all = Închideți toate răspunsurile

## Still need help?
help-heading = Mai aveți nevoie de ajutor?
help-intro = Contactați serviciul de relații cu clienții al magazinului pe unul dintre aceste canale.
help-hours = Program
help-reply = Timp obișnuit de răspuns

## Search
search-label = Căutați în centrul de ajutor
search-placeholder = Căutați, de exemplu: rambursare
search-results = Rezultatele căutării
search-results-count = { $count ->
    [0] Niciun rezultat
    [one] { $count } rezultat
    [few] { $count } rezultate
   *[other] { $count } de rezultate
}
search-no-results = Nu am găsit nimic pentru „{ $query }”.
search-no-results-help = Încercați alte cuvinte, verificați ortografia sau porniți de la unul dintre ghidurile de mai jos.
search-did-you-mean = Se afișează rezultatele pentru „{ $query }”.
search-partial = Nu am găsit toate cuvintele: acestea sunt paginile care conțin cele mai multe dintre ele.
search-browse = Răsfoiți toate paginile
search-hint = Apăsați / pentru a căuta

## Not found
not-found-title = Pagina nu a fost găsită
not-found-body = Pagina pe care o căutați nu se află aici. Poate a fost mutată sau linkul este greșit.
not-found-home = Mergeți la pagina principală a centrului de ajutor

## Language
# The language's own name, shown in the language switcher.
language-name = Română

## Callouts in pages (> [!NOTE] ...)
callout-note = Notă
callout-tip = Sfat
callout-important = Important
callout-warning = Avertisment
callout-caution = Atenție
