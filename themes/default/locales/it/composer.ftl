# Built-in UI strings of the complaint composer, Italian: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Scriva il suo reclamo
composer-intro = Compili i campi che conosce. Il messaggio comparirà qui sotto, pronto da copiare o inviare. Nulla di ciò che scrive viene inviato altrove.
composer-order = Numero d’ordine
composer-order-hint = Lo trova nello storico degli ordini o nell’e-mail di conferma.
composer-date = Data dell’ordine
composer-product = Prodotto
composer-problem = Qual è il problema?
composer-problem-choose = Scelga un’opzione
composer-problem-damaged = Il prodotto è arrivato danneggiato
composer-problem-faulty = Il prodotto non funziona correttamente
composer-problem-wrong = Ho ricevuto un articolo sbagliato
composer-problem-not-described = Il prodotto non corrisponde alla descrizione
composer-problem-missing = L’ordine non è mai arrivato
composer-problem-late = L’ordine è arrivato con molto ritardo
composer-problem-other = Un altro problema
composer-details = Descriva il problema
composer-details-hint = Due o tre frasi: che cosa è successo e quando.
composer-outcome = Che cosa chiede?
composer-outcome-refund = Un rimborso
composer-outcome-replacement = Una sostituzione
composer-outcome-repair = Una riparazione
composer-outcome-explanation = Una spiegazione
composer-evidence = Quali prove può fornire?
composer-evidence-photos = Foto o un video del problema
composer-evidence-screenshots = Screenshot della scheda prodotto
composer-evidence-receipt = La fattura o lo scontrino
composer-evidence-emails = E-mail o messaggi in chat
composer-evidence-packaging = Foto dell’imballaggio e delle etichette
composer-name = Il suo nome
composer-remember = Ricorda il mio nome su questo dispositivo
composer-forget = Dimentica il mio nome
composer-forgotten = Il suo nome è stato rimosso da questo dispositivo.
composer-compose = Scrivi il mio reclamo
composer-result = Il suo reclamo
composer-copy = Copia il messaggio
composer-copied = Copiato.
composer-mail = Apri nella mia app di posta
composer-print = Stampa
composer-error-order = Inserisca il numero d’ordine.
composer-error-problem = Indichi qual è il problema.
composer-error-summary = Corregga i campi evidenziati qui sotto.
composer-nojs = Copi questo modello e completi le parti tra parentesi quadre:

# The plain template shown without JavaScript.
composer-template =
    Oggetto: Reclamo relativo all’ordine [numero d’ordine]

    Gentile Servizio Clienti,

    vi scrivo in merito al mio ordine [numero d’ordine], effettuato in data [data], relativo al prodotto [prodotto].
    Il problema: [che cosa è successo, in due o tre frasi].
    Chiedo [un rimborso / una sostituzione / una riparazione / una spiegazione].
    Allego [foto, screenshot, lo scontrino].

    Vi prego di rispondermi entro 14 giorni.

    Cordiali saluti
    {"["}nome e cognome]

composer-subject = Reclamo relativo all’ordine { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Gentile Servizio Clienti,
composer-line-order = vi scrivo in merito al mio ordine { $order }.
composer-line-date = L’ordine è stato effettuato in data { $date }.
composer-line-product = Si tratta del seguente prodotto: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Chiedo il rimborso completo dell’importo pagato.
    [replacement] Chiedo che mi venga inviato un prodotto sostitutivo senza costi aggiuntivi.
    [repair] Chiedo che il prodotto venga riparato senza alcun costo a mio carico.
   *[explanation] Chiedo una spiegazione di quanto accaduto e di come intendete porvi rimedio.
}
composer-line-evidence = { $evidenceCount ->
    [0] Se necessario, posso inviarvi delle prove.
    [one] Allego la seguente prova: { $evidence }.
    [many] Allego { $evidenceCount } di prove: { $evidence }.
   *[other] Allego { $evidenceCount } prove: { $evidence }.
}
composer-closing = Vi prego di rispondermi entro 14 giorni.
composer-signoff = Cordiali saluti
