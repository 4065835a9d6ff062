# Built-in UI strings of the complaint composer, Norwegian Bokmål: a form in a page that writes the
# complaint for the reader (a fenced block ```composer``` in any page). $evidence is a list the browser
# joins with the language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Skriv klagen din
composer-intro = Fyll inn det du vet. Meldingen din vises nedenfor, klar til å kopieres eller sendes. Ingenting du skriver, blir sendt noe sted.
composer-order = Ordrenummer
composer-order-hint = Du finner det i ordrehistorikken din eller i ordrebekreftelsen på e-post.
composer-date = Ordredato
composer-product = Produkt
composer-problem = Hva gikk galt?
composer-problem-choose = Velg én
composer-problem-damaged = Varen var skadet ved levering
composer-problem-faulty = Varen fungerer ikke som den skal
composer-problem-wrong = Jeg fikk feil vare
composer-problem-not-described = Varen er ikke som beskrevet
composer-problem-missing = Varen kom aldri fram
composer-problem-late = Varen kom svært sent fram
composer-problem-other = Noe annet gikk galt
composer-details = Beskriv problemet
composer-details-hint = To eller tre setninger: hva som skjedde, og når.
composer-outcome = Hva ønsker du?
composer-outcome-refund = Pengene tilbake
composer-outcome-replacement = En ny vare
composer-outcome-repair = Reparasjon
composer-outcome-explanation = En forklaring
composer-evidence = Hvilken dokumentasjon har du?
composer-evidence-photos = Bilder eller video av problemet
composer-evidence-screenshots = Skjermbilder av produktsiden
composer-evidence-receipt = Fakturaen eller kvitteringen
composer-evidence-emails = E-poster eller chatmeldinger
composer-evidence-packaging = Bilder av emballasjen med etikettene
composer-name = Navnet ditt
composer-remember = Husk navnet mitt på denne enheten
composer-forget = Glem navnet mitt
composer-forgotten = Navnet ditt er fjernet fra denne enheten.
composer-compose = Skriv klagen min
composer-result = Klagen din
composer-copy = Kopier meldingen
composer-copied = Kopiert.
composer-mail = Åpne i e-postappen min
composer-print = Skriv ut
composer-error-order = Skriv inn ordrenummeret.
composer-error-problem = Velg hva som gikk galt.
composer-error-summary = Rett opp feltene som er merket nedenfor.
composer-nojs = Kopier denne malen og fyll inn delene i hakeparentes:

# The plain template shown without JavaScript.
composer-template =
    Emne: Klage på ordre [ordrenummer]

    Hei,

    Jeg skriver angående ordre [ordrenummer], bestilt [dato], som gjelder [produkt].
    Problemet: [hva som gikk galt, med to eller tre setninger].
    Jeg ønsker [pengene tilbake / en ny vare / reparasjon / en forklaring].
    Jeg legger ved [bilder, skjermbilder, kvitteringen].

    Jeg ber om svar innen 14 dager.

    Med vennlig hilsen
    {"["}navnet ditt]

composer-subject = Klage på ordre { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Hei,
composer-line-order = Jeg skriver angående ordre { $order }.
composer-line-date = Bestillingen ble gjort { $date }.
composer-line-product = Det gjelder { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Jeg ber om å få hele kjøpesummen tilbake.
    [replacement] Jeg ber om å få tilsendt en ny vare uten ekstra kostnad.
    [repair] Jeg ber om at varen blir reparert uten kostnad for meg.
   *[explanation] Jeg ber om en forklaring på hva som skjedde, og hva dere vil gjøre med saken.
}
composer-line-evidence = { $evidenceCount ->
    [0] Jeg kan sende dokumentasjon hvis dere trenger det.
    [one] Jeg legger ved dette som dokumentasjon: { $evidence }.
   *[other] Jeg legger ved { $evidenceCount } vedlegg som dokumentasjon: { $evidence }.
}
composer-closing = Jeg ber om svar innen 14 dager.
composer-signoff = Med vennlig hilsen
