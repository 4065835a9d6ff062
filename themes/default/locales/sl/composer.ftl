# Built-in UI strings of the complaint composer, Slovenian: a form in a page that writes the complaint
# for the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with
# the language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Napišite reklamacijo
composer-intro = Izpolnite, kar veste. Vaše sporočilo se bo prikazalo spodaj, pripravljeno za kopiranje ali pošiljanje. Nič od tega, kar vnesete, se ne pošlje nikamor.
composer-order = Številka naročila
composer-order-hint = Najdete jo v zgodovini naročil ali v e-poštnem sporočilu s potrditvijo naročila.
composer-date = Datum naročila
composer-product = Izdelek
composer-problem = Kaj je šlo narobe?
composer-problem-choose = Izberite
composer-problem-damaged = Izdelek je prispel poškodovan
composer-problem-faulty = Izdelek ne deluje pravilno
composer-problem-wrong = Poslan je bil napačen izdelek
composer-problem-not-described = Izdelek ne ustreza opisu
composer-problem-missing = Izdelek sploh ni prispel
composer-problem-late = Izdelek je prispel z veliko zamudo
composer-problem-other = Gre za drugo težavo
composer-details = Opišite težavo
composer-details-hint = Dva ali trije stavki: kaj se je zgodilo in kdaj.
composer-outcome = Kaj želite?
composer-outcome-refund = Vračilo denarja
composer-outcome-replacement = Zamenjava izdelka
composer-outcome-repair = Popravilo
composer-outcome-explanation = Pojasnilo
composer-evidence = Katere dokaze imate?
composer-evidence-photos = Fotografije ali videoposnetek težave
composer-evidence-screenshots = Posnetki zaslona ponudbe
composer-evidence-receipt = Račun ali potrdilo o nakupu
composer-evidence-emails = E-poštna sporočila ali sporočila iz klepeta
composer-evidence-packaging = Fotografije embalaže z nalepkami
composer-name = Vaše ime
composer-remember = Zapomni si moje ime v tej napravi
composer-forget = Pozabi moje ime
composer-forgotten = Vaše ime je bilo odstranjeno iz te naprave.
composer-compose = Napiši reklamacijo
composer-result = Vaša reklamacija
composer-copy = Kopiraj sporočilo
composer-copied = Kopirano.
composer-mail = Odpri v e-poštnem programu
composer-print = Natisni
composer-error-order = Vnesite številko naročila.
composer-error-problem = Izberite, kaj je šlo narobe.
composer-error-summary = Popravite spodaj označena polja.
composer-nojs = Kopirajte to predlogo in izpolnite dele v oglatih oklepajih:

# The plain template shown without JavaScript.
composer-template =
    Zadeva: Reklamacija naročila št. [številka naročila]

    Spoštovani,

    pišem vam glede naročila št. [številka naročila] z dne [datum], ki se nanaša na izdelek [izdelek].
    Težava: [kaj je šlo narobe, v dveh ali treh stavkih].
    Prosim za [vračilo denarja / zamenjavo izdelka / popravilo / pojasnilo].
    V prilogi pošiljam [fotografije, posnetke zaslona, račun].

    Prosim, da odgovorite v 14 dneh.

    Lep pozdrav
    {"["}vaše ime]

composer-subject = Reklamacija naročila št. { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
# After a greeting that ends in a comma, Slovenian letters go on in lower case.
composer-greeting = Spoštovani,
composer-line-order = pišem vam glede naročila št. { $order }.
composer-line-date = Datum naročila: { $date }.
composer-line-product = Izdelek: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Prosim za vračilo celotne kupnine.
    [replacement] Prosim, da mi brez dodatnih stroškov pošljete nov izdelek.
    [repair] Prosim za brezplačno popravilo izdelka.
   *[explanation] Prosim za pojasnilo, kaj se je zgodilo in kako boste težavo rešili.
}
composer-line-evidence = { $evidenceCount ->
    [0] Na željo vam lahko pošljem dokaze.
    [one] V prilogi pošiljam dokaz: { $evidence }.
    [two] V prilogi pošiljam { $evidenceCount } dokaza: { $evidence }.
    [few] V prilogi pošiljam { $evidenceCount } dokaze: { $evidence }.
   *[other] V prilogi pošiljam { $evidenceCount } dokazov: { $evidence }.
}
composer-closing = Prosim, da odgovorite v 14 dneh.
composer-signoff = Lep pozdrav
