# Built-in UI strings of the complaint composer, Dutch: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Schrijf uw klacht
composer-intro = Vul in wat u weet. Uw bericht verschijnt hieronder, klaar om te kopiëren of te versturen. Niets van wat u typt, wordt ergens naartoe gestuurd.
composer-order = Bestelnummer
composer-order-hint = U vindt het in uw besteloverzicht of in de bevestigingsmail van uw bestelling.
composer-date = Besteldatum
composer-product = Product
composer-problem = Wat is er misgegaan?
composer-problem-choose = Kies een optie
composer-problem-damaged = Het product kwam beschadigd aan
composer-problem-faulty = Het product werkt niet goed
composer-problem-wrong = Ik heb het verkeerde artikel ontvangen
composer-problem-not-described = Het product komt niet overeen met de beschrijving
composer-problem-missing = Het product is nooit aangekomen
composer-problem-late = Het product kwam veel te laat aan
composer-problem-other = Er is iets anders aan de hand
composer-details = Beschrijf het probleem
composer-details-hint = Twee of drie zinnen: wat er is gebeurd en wanneer.
composer-outcome = Wat wilt u?
composer-outcome-refund = Mijn geld terug
composer-outcome-replacement = Een vervangend product
composer-outcome-repair = Reparatie
composer-outcome-explanation = Uitleg
composer-evidence = Welk bewijs hebt u?
composer-evidence-photos = Foto’s of een video van het probleem
composer-evidence-screenshots = Schermafbeeldingen van de productpagina
composer-evidence-receipt = De factuur of kassabon
composer-evidence-emails = E-mails of chatberichten
composer-evidence-packaging = Foto’s van de verpakking met de etiketten
composer-name = Uw naam
composer-remember = Mijn naam onthouden op dit apparaat
composer-forget = Mijn naam vergeten
composer-forgotten = Uw naam is van dit apparaat verwijderd.
composer-compose = Mijn klacht opstellen
composer-result = Uw klacht
composer-copy = Bericht kopiëren
composer-copied = Gekopieerd.
composer-mail = Openen in mijn e-mailapp
composer-print = Afdrukken
composer-error-order = Vul het bestelnummer in.
composer-error-problem = Kies wat er is misgegaan.
composer-error-summary = Verbeter de velden die hieronder zijn gemarkeerd.
composer-nojs = Kopieer dit sjabloon en vul de delen tussen vierkante haken in:

# The plain template shown without JavaScript.
composer-template =
    Onderwerp: Klacht over bestelling [bestelnummer]

    Geachte heer, mevrouw,

    Ik schrijf u over bestelling [bestelnummer], geplaatst op [datum], voor [product].
    Het probleem: [wat er is misgegaan, in twee of drie zinnen].
    Ik wil graag [mijn geld terug / een vervangend product / reparatie / uitleg].
    Als bijlage stuur ik [foto’s, schermafbeeldingen, de kassabon] mee.

    Graag ontvang ik binnen 14 dagen uw reactie.

    Met vriendelijke groet
    {"["}uw naam]

composer-subject = Klacht over bestelling { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Geachte heer, mevrouw,
composer-line-order = Ik schrijf u over bestelling { $order }.
composer-line-date = Ik heb de bestelling geplaatst op { $date }.
composer-line-product = Het gaat om { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Ik wil graag het volledige aankoopbedrag terugkrijgen.
    [replacement] Ik wil graag kosteloos een vervangend product ontvangen.
    [repair] Ik wil graag dat het product kosteloos voor mij wordt gerepareerd.
   *[explanation] Ik wil graag uitleg over wat er is gebeurd en wat u eraan gaat doen.
}
composer-line-evidence = { $evidenceCount ->
    [0] Ik kan bewijs sturen als u dat nodig hebt.
    [one] Als bijlage stuur ik het volgende bewijs mee: { $evidence }.
   *[other] Als bijlage stuur ik { $evidenceCount } bewijsstukken mee: { $evidence }.
}
composer-closing = Graag ontvang ik binnen 14 dagen uw reactie.
composer-signoff = Met vriendelijke groet
