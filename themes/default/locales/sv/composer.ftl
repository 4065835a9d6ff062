# Built-in UI strings of the complaint composer (sv); a project's locales/sv/ overrides them.
# Editors place it with a fenced block ```composer``` in any page.

composer-heading = Skriv ditt klagomål
composer-intro = Fyll i det du vet. Meddelandet visas nedanför, klart att kopiera eller skicka. Inget av det du skriver skickas någonstans.
composer-order = Ordernummer
composer-order-hint = Det står i orderbekräftelsen i din e-post, och oftast också under beställningarna på ditt konto.
composer-date = Orderdatum
composer-product = Vara
composer-problem = Vad är det som är fel?
composer-problem-choose = Välj ett alternativ
composer-problem-damaged = Varan kom fram skadad
composer-problem-faulty = Varan fungerar inte som den ska
composer-problem-wrong = Jag fick fel vara
composer-problem-not-described = Varan stämmer inte med beskrivningen
composer-problem-missing = Varan har aldrig kommit fram
composer-problem-late = Varan kom fram mycket sent
composer-problem-other = Jag har ett annat problem med beställningen
composer-details = Beskriv problemet
composer-details-hint = Två eller tre meningar om vad som hände och när.
composer-outcome = Vad vill du ha?
composer-outcome-refund = Pengarna tillbaka
composer-outcome-replacement = En ny vara
composer-outcome-repair = En reparation
composer-outcome-explanation = En förklaring
composer-evidence = Vilka bevis har du?
composer-evidence-photos = Foton eller video
composer-evidence-screenshots = Skärmdumpar av produktsidan
composer-evidence-receipt = Fakturan eller kvittot
composer-evidence-emails = E-post eller chattmeddelanden
composer-evidence-packaging = Foton av förpackningen och etiketterna
composer-name = Ditt namn
composer-remember = Kom ihåg mitt namn på den här enheten
composer-forget = Glöm mitt namn
composer-forgotten = Ditt namn har tagits bort från den här enheten.
composer-compose = Skriv mitt klagomål
composer-result = Ditt klagomål
composer-copy = Kopiera meddelandet
composer-copied = Kopierat.
composer-mail = Öppna i e-postappen
composer-print = Skriv ut
composer-error-order = Fyll i ordernumret.
composer-error-problem = Välj vad som är fel.
composer-error-summary = Rätta fälten som är markerade nedan.
composer-nojs = Kopiera mallen och fyll i det som står inom hakparenteser:

# The plain template shown without JavaScript.
composer-template =
    Ämne: Klagomål på beställning [ordernummer]

    Hej,

    Jag skriver angående min beställning [ordernummer] från den [datum]. Beställningen gäller [vara].
    {"["}Vad som är fel, i en mening.] [Vad som hände och när, i två eller tre meningar.]
    Jag vill ha [pengarna tillbaka / en ny vara / en reparation / en förklaring].
    Jag bifogar [foton, skärmdumpar, kvittot].

    Jag vill gärna ha svar inom 14 dagar.

    Med vänliga hälsningar
    {"["}ditt namn]

composer-subject = Klagomål på beställning { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Hej,
composer-line-order = Jag skriver angående min beställning med ordernummer { $order }.
composer-line-date = Jag gjorde beställningen den { $date }.
composer-line-product = Beställningen gäller { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Jag vill få hela beloppet återbetalt.
    [replacement] Jag vill att ni skickar en ny vara till mig utan extra kostnad.
    [repair] Jag vill att ni reparerar varan utan kostnad för mig.
   *[explanation] Jag vill ha en förklaring till vad som har hänt och vad ni tänker göra åt det.
}
composer-line-evidence = { $evidenceCount ->
    [0] Jag kan skicka bevis om ni behöver det.
    [one] Jag bifogar { $evidence }.
   *[other] Jag bifogar följande: { $evidence }.
}
composer-closing = Jag vill gärna ha svar inom 14 dagar.
composer-signoff = Med vänliga hälsningar
