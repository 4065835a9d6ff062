# Built-in UI strings of the default theme, Italian. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Centro assistenza
site-tagline = Risposte alle domande più frequenti e come ricevere ulteriore assistenza.

## Navigation
skip-to-content = Vai al contenuto
nav-main = Navigazione principale
nav-menu = Menu
breadcrumbs = Percorso di navigazione
sections-heading = Argomenti
in-this-section = In questa sezione
section-count = { $count ->
    [one] { $count } pagina
    [many] { $count } di pagine
   *[other] { $count } pagine
}
on-this-page = In questa pagina
previous-page = Precedente
next-page = Successiva
related-pages = Pagine correlate
last-updated = Ultimo aggiornamento: { $date }
draft-badge = Bozza

## Language switcher and chooser
language-switcher = Lingua
language-unavailable = { $language }: non ancora disponibile
choose-language = Scelga la lingua
choose-language-intro = Questo centro assistenza è disponibile nelle seguenti lingue.
not-translated-title = Questa pagina non è ancora disponibile in italiano.
not-translated-body = In attesa della traduzione, sta leggendo la versione originale ({ $source }).

## Guides
guide-label = Guida passo passo
steps-heading = Passaggi di questa guida
step-of = Passaggio { $step } di { $total }
step-done = Segna il passaggio { $step } come completato
guide-progress = Passaggi completati: { $done } su { $total }
steps-reset = Togli tutte le spunte
print-checklist = Stampa questa lista di controllo

## FAQ
faq-label = Domande frequenti
faq-count = { $count ->
    [one] { $count } domanda
    [many] { $count } di domande
   *[other] { $count } domande
}
faq-expand-all = Mostra tutte le risposte
faq-collapse-all = Nascondi tutte le risposte

## Still need help?
help-heading = Le serve altro aiuto?
help-intro = Contatti il servizio clienti del negozio tramite uno di questi canali.
help-hours = Orari
help-reply = Tempi di risposta abituali

## Search
search-label = Cerca nel centro assistenza
search-placeholder = Cerca, ad es. rimborso
search-results = Risultati della ricerca
search-results-count = { $count ->
    [0] Nessun risultato
    [one] { $count } risultato
    [many] { $count } di risultati
   *[other] { $count } risultati
}
search-no-results = Nessun risultato per «{ $query }».
search-no-results-help = Provi con altre parole, controlli l’ortografia oppure parta da una delle guide qui sotto.
search-did-you-mean = Vengono mostrati i risultati per «{ $query }».
search-partial = Non tutte le parole sono state trovate: ecco le pagine che ne contengono di più.
search-browse = Sfoglia tutte le pagine
search-hint = Premere / per cercare

## Not found
not-found-title = Pagina non trovata
not-found-body = La pagina che cercava non si trova qui. Potrebbe essere stata spostata, oppure il link potrebbe essere errato.
not-found-home = Vai alla pagina iniziale del centro assistenza

## Language
# The language's own name, shown in the language switcher.
language-name = Italiano

## Callouts in pages (> [!NOTE] ...)
callout-note = Nota
callout-tip = Suggerimento
callout-important = Importante
callout-warning = Avviso
callout-caution = Attenzione

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Le è stato utile?
feedback-answer-question = Questa risposta le è stata utile?
feedback-yes = Sì
feedback-no = No
feedback-reason = Cosa potrebbe essere migliore? (facoltativo)
feedback-thanks = Grazie per il suo riscontro.
feedback-failed = Non è stato possibile inviare il suo riscontro.
feedback-retry = Riprova
feedback-sending = Invio in corso…
