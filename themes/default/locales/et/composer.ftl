# Built-in UI strings of the complaint composer, Estonian: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Kirjutage kaebus
composer-intro = Täitke see, mida teate. Teie sõnum ilmub allpool, valmis kopeerimiseks või saatmiseks. Midagi sellest, mida sisestate, ei saadeta kuhugi.
composer-order = Tellimuse number
composer-order-hint = Leiate selle oma tellimuste ajaloost või tellimuse kinnituskirjast.
composer-date = Tellimuse kuupäev
composer-product = Toode
composer-problem = Mis läks valesti?
composer-problem-choose = Valige
composer-problem-damaged = Toode saabus kahjustatuna
composer-problem-faulty = Toode ei tööta korralikult
composer-problem-wrong = Saabus vale toode
composer-problem-not-described = Toode ei vasta kirjeldusele
composer-problem-missing = Tellimus ei jõudnudki kohale
composer-problem-late = Tellimus saabus suure hilinemisega
composer-problem-other = Muu probleem
composer-details = Kirjeldage probleemi
composer-details-hint = Kaks-kolm lauset: mis juhtus ja millal.
composer-outcome = Mida soovite?
composer-outcome-refund = Raha tagastamine
composer-outcome-replacement = Asendustoode
composer-outcome-repair = Parandamine
composer-outcome-explanation = Selgitus
composer-evidence = Millised tõendid teil on?
composer-evidence-photos = Fotod või video probleemist
composer-evidence-screenshots = Ekraanipildid tootelehest
composer-evidence-receipt = Arve või kviitung
composer-evidence-emails = E-kirjad või vestlussõnumid
composer-evidence-packaging = Fotod pakendist ja siltidest
composer-name = Teie nimi
composer-remember = Jäta minu nimi selles seadmes meelde
composer-forget = Unusta minu nimi
composer-forgotten = Teie nimi eemaldati sellest seadmest.
composer-compose = Koosta kaebus
composer-result = Teie kaebus
composer-copy = Kopeeri sõnum
composer-copied = Kopeeritud.
composer-mail = Ava e-posti rakenduses
composer-print = Prindi
composer-error-order = Sisestage tellimuse number.
composer-error-problem = Valige, mis läks valesti.
composer-error-summary = Palun parandage allpool märgitud väljad.
composer-nojs = Kopeerige see mall ja täitke nurksulgudes olevad kohad:

# The plain template shown without JavaScript.
composer-template =
    Teema: Kaebus tellimuse [tellimuse number] kohta

    Tere!

    Pöördun teie poole seoses tellimusega [tellimuse number], mille esitasin [kuupäev]. Toode: [toode].
    Probleem: [mis läks valesti, kahe-kolme lausega].
    Soovin [raha tagastamist / asendustoodet / toote parandamist / selgitust].
    Lisan [fotod, ekraanipildid, kviitungi].

    Palun vastake 14 päeva jooksul.

    Lugupidamisega
    {"["}teie nimi]

composer-subject = Kaebus tellimuse { $order } kohta

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Tere!
composer-line-order = Pöördun teie poole seoses tellimusega { $order }.
composer-line-date = Esitasin tellimuse { $date }.
composer-line-product = Toode: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Palun tagastage mulle kogu ostusumma.
    [replacement] Palun saatke mulle asendustoode ilma lisatasuta.
    [repair] Palun parandage toode minu jaoks tasuta.
   *[explanation] Palun selgitage, mis juhtus ja mida kavatsete olukorra lahendamiseks teha.
}
composer-line-evidence = { $evidenceCount ->
    [0] Vajaduse korral saan saata ka tõendeid.
    [one] Lisan järgmise tõendi: { $evidence }.
   *[other] Lisan { $evidenceCount } tõendit: { $evidence }.
}
composer-closing = Palun vastake 14 päeva jooksul.
composer-signoff = Lugupidamisega
