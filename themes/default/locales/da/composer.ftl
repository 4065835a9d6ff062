# Built-in UI strings of the complaint composer, Danish: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Skriv din klage
composer-intro = Udfyld det, du ved. Din besked vises nedenfor, klar til at blive kopieret eller sendt. Intet af det, du skriver, bliver sendt nogen steder hen.
composer-order = Ordrenummer
composer-order-hint = Du finder det i din ordrehistorik eller i ordrebekræftelsen, du har fået på e-mail.
composer-date = Ordredato
composer-product = Vare
composer-problem = Hvad er problemet?
composer-problem-choose = Vælg en mulighed
composer-problem-damaged = Varen var beskadiget ved levering
composer-problem-faulty = Varen virker ikke, som den skal
composer-problem-wrong = Jeg har modtaget en forkert vare
composer-problem-not-described = Varen svarer ikke til beskrivelsen
composer-problem-missing = Pakken er aldrig kommet frem
composer-problem-late = Pakken kom meget for sent
composer-problem-other = Et andet problem
composer-details = Beskriv problemet
composer-details-hint = To eller tre sætninger: Hvad skete der, og hvornår?
composer-outcome = Hvad ønsker du?
composer-outcome-refund = Pengene tilbage
composer-outcome-replacement = En ny vare i stedet
composer-outcome-repair = En reparation
composer-outcome-explanation = En forklaring
composer-evidence = Hvilken dokumentation har du?
composer-evidence-photos = Fotos eller video af problemet
composer-evidence-screenshots = Skærmbilleder af varesiden
composer-evidence-receipt = Fakturaen eller kvitteringen
composer-evidence-emails = E-mails eller chatbeskeder
composer-evidence-packaging = Fotos af emballagen og etiketterne
composer-name = Dit navn
composer-remember = Husk mit navn på denne enhed
composer-forget = Glem mit navn
composer-forgotten = Dit navn er fjernet fra denne enhed.
composer-compose = Skriv min klage
composer-result = Din klage
composer-copy = Kopiér beskeden
composer-copied = Kopieret.
composer-mail = Åbn i mit mailprogram
composer-print = Udskriv
composer-error-order = Angiv ordrenummeret.
composer-error-problem = Vælg, hvad problemet er.
composer-error-summary = Ret de markerede felter nedenfor.
composer-nojs = Kopiér denne skabelon, og udfyld felterne i firkantede parenteser:

# The plain template shown without JavaScript.
composer-template =
    Emne: Klage over ordre [ordrenummer]

    Kære kundeservice

    Jeg skriver angående min ordre [ordrenummer], afgivet den [dato], vedrørende [vare].
    Problemet: [hvad der gik galt, i to eller tre sætninger].
    Jeg ønsker [pengene tilbage / en ny vare i stedet / en reparation / en forklaring].
    Jeg har vedhæftet [fotos, skærmbilleder, kvitteringen].

    Jeg beder om et svar inden for 14 dage.

    Med venlig hilsen
    {"["}dit navn]

composer-subject = Klage over ordre { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Kære kundeservice
composer-line-order = Jeg skriver angående min ordre { $order }.
composer-line-date = Jeg afgav ordren den { $date }.
composer-line-product = Det drejer sig om følgende vare: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Jeg ønsker hele beløbet refunderet.
    [replacement] Jeg ønsker at få tilsendt en ny vare uden ekstra omkostninger.
    [repair] Jeg ønsker, at varen bliver repareret uden omkostninger for mig.
   *[explanation] Jeg ønsker en forklaring på, hvad der er sket, og hvad I vil gøre ved det.
}
composer-line-evidence = { $evidenceCount ->
    [0] Jeg kan sende dokumentation, hvis I har brug for det.
    [one] Jeg har vedhæftet følgende bilag: { $evidence }.
   *[other] Jeg har vedhæftet { $evidenceCount } bilag: { $evidence }.
}
composer-closing = Jeg beder om et svar inden for 14 dage.
composer-signoff = Med venlig hilsen
