# Built-in UI strings of the complaint composer, Croatian: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Napišite prigovor
composer-intro = Ispunite ono što znate. Vaša poruka pojavit će se ispod, spremna za kopiranje ili slanje. Ništa od onoga što upišete ne šalje se nikamo.
composer-order = Broj narudžbe
composer-order-hint = Naći ćete ga u povijesti narudžbi ili u e-poruci s potvrdom narudžbe.
composer-date = Datum narudžbe
composer-product = Proizvod
composer-problem = Što nije u redu?
composer-problem-choose = Odaberite
composer-problem-damaged = Proizvod je stigao oštećen
composer-problem-faulty = Proizvod ne radi ispravno
composer-problem-wrong = Stigao je pogrešan proizvod
composer-problem-not-described = Proizvod ne odgovara opisu
composer-problem-missing = Pošiljka nikad nije stigla
composer-problem-late = Pošiljka je stigla s velikim zakašnjenjem
composer-problem-other = Drugi problem
composer-details = Opišite problem
composer-details-hint = Dvije ili tri rečenice: što se dogodilo i kada.
composer-outcome = Što tražite?
composer-outcome-refund = Povrat novca
composer-outcome-replacement = Zamjena proizvoda
composer-outcome-repair = Popravak
composer-outcome-explanation = Objašnjenje
composer-evidence = Koje dokaze imate?
composer-evidence-photos = Fotografije ili videozapis problema
composer-evidence-screenshots = Snimke zaslona stranice proizvoda
composer-evidence-receipt = Račun ili potvrda o plaćanju
composer-evidence-emails = E-poruke ili poruke iz chata
composer-evidence-packaging = Fotografije ambalaže i naljepnica
composer-name = Vaše ime
composer-remember = Zapamti moje ime na ovom uređaju
composer-forget = Zaboravi moje ime
composer-forgotten = Vaše ime uklonjeno je s ovog uređaja.
composer-compose = Sastavi prigovor
composer-result = Vaš prigovor
composer-copy = Kopiraj poruku
composer-copied = Kopirano.
composer-mail = Otvori u aplikaciji za e-poštu
composer-print = Ispiši
composer-error-order = Unesite broj narudžbe.
composer-error-problem = Odaberite što nije u redu.
composer-error-summary = Ispravite označena polja u nastavku.
composer-nojs = Kopirajte ovaj predložak i ispunite dijelove u uglatim zagradama:

# The plain template shown without JavaScript.
composer-template =
    Predmet: Prigovor na narudžbu [broj narudžbe]

    Poštovani,

    obraćam Vam se u vezi s narudžbom broj [broj narudžbe] od [datum], za proizvod [proizvod].
    Problem: [što nije u redu, u dvije ili tri rečenice].
    Molim [povrat novca / zamjenu proizvoda / popravak / objašnjenje].
    U privitku šaljem [fotografije, snimke zaslona, račun].

    Molim Vas da mi odgovorite u roku od 14 dana.

    S poštovanjem,
    {"["}Vaše ime]

composer-subject = Prigovor na narudžbu { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Poštovani,
composer-line-order = obraćam Vam se u vezi s narudžbom broj { $order }.
composer-line-date = Narudžba je napravljena { $date }
composer-line-product = Riječ je o proizvodu: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Molim povrat cjelokupnog plaćenog iznosa.
    [replacement] Molim da mi bez dodatnih troškova pošaljete zamjenski proizvod.
    [repair] Molim da se proizvod popravi bez ikakvih troškova za mene.
   *[explanation] Molim objašnjenje o tome što se dogodilo i što ćete poduzeti.
}
composer-line-evidence = { $evidenceCount ->
    [0] Po potrebi Vam mogu poslati dokaze.
    [one] U privitku šaljem sljedeći dokaz: { $evidence }.
    [few] U privitku šaljem { $evidenceCount } dokaza: { $evidence }.
   *[other] U privitku šaljem { $evidenceCount } dokaza: { $evidence }.
}
composer-closing = Molim Vas da mi odgovorite u roku od 14 dana.
composer-signoff = S poštovanjem,
