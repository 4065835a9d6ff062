# Built-in UI strings of the complaint composer, Finnish: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Kirjoita reklamaatio
composer-intro = Täytä tiedot, jotka tiedät. Viestisi ilmestyy alle valmiina kopioitavaksi tai lähetettäväksi. Kirjoittamiasi tietoja ei lähetetä minnekään.
composer-order = Tilausnumero
composer-order-hint = Löydät sen tilaushistoriastasi tai sähköpostitse saamastasi tilausvahvistuksesta.
composer-date = Tilauspäivä
composer-product = Tuote
composer-problem = Mikä meni vikaan?
composer-problem-choose = Valitse
composer-problem-damaged = Tuote saapui vaurioituneena
composer-problem-faulty = Tuote ei toimi kunnolla
composer-problem-wrong = Sain väärän tuotteen
composer-problem-not-described = Tuote ei vastaa kuvausta
composer-problem-missing = Tilaus ei saapunut lainkaan
composer-problem-late = Tilaus saapui hyvin myöhässä
composer-problem-other = Jokin muu ongelma
composer-details = Kuvaile ongelmaa
composer-details-hint = Kaksi tai kolme virkettä: mitä tapahtui ja milloin.
composer-outcome = Mitä haluat?
composer-outcome-refund = Rahojen palautus
composer-outcome-replacement = Korvaava tuote
composer-outcome-repair = Korjaus
composer-outcome-explanation = Selvitys
composer-evidence = Mitä todisteita sinulla on?
composer-evidence-photos = Valokuvia tai video ongelmasta
composer-evidence-screenshots = Kuvakaappauksia tuotesivusta
composer-evidence-receipt = Lasku tai kuitti
composer-evidence-emails = Sähköposteja tai chat-viestejä
composer-evidence-packaging = Valokuvia pakkauksesta ja tarroista
composer-name = Nimesi
composer-remember = Muista nimeni tällä laitteella
composer-forget = Unohda nimeni
composer-forgotten = Nimesi poistettiin tältä laitteelta.
composer-compose = Laadi reklamaatio
composer-result = Reklamaatiosi
composer-copy = Kopioi viesti
composer-copied = Kopioitu.
composer-mail = Avaa sähköpostisovelluksessa
composer-print = Tulosta
composer-error-order = Anna tilausnumero.
composer-error-problem = Valitse, mikä meni vikaan.
composer-error-summary = Korjaa alla merkityt kentät.
composer-nojs = Kopioi tämä pohja ja täydennä hakasulkeissa olevat kohdat:

# The plain template shown without JavaScript.
composer-template =
    Aihe: Reklamaatio tilauksesta [tilausnumero]

    Hyvä asiakaspalvelu,

    Otan yhteyttä tilaukseni [tilausnumero] vuoksi. Tein tilauksen [päivämäärä]. Tilattu tuote: [tuote].
    Ongelma: [mikä meni vikaan, kahdella tai kolmella virkkeellä].
    Pyydän [rahojen palautusta / korvaavaa tuotetta / korjausta / selvitystä].
    Liitteenä [valokuvat, kuvakaappaukset, kuitti].

    Pyydän vastaustanne 14 päivän kuluessa.

    Ystävällisin terveisin
    {"["}nimesi]

composer-subject = Reklamaatio tilauksesta { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Hyvä asiakaspalvelu,
composer-line-order = Otan yhteyttä tilaukseni { $order } vuoksi.
composer-line-date = Tein tilauksen { $date }.
composer-line-product = Tilattu tuote: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Pyydän, että ostohinta palautetaan minulle kokonaisuudessaan.
    [replacement] Pyydän, että lähetätte tilalle uuden tuotteen ilman lisäkuluja.
    [repair] Pyydän, että tuote korjataan minulle maksutta.
   *[explanation] Pyydän selvitystä siitä, mitä tapahtui ja miten aiotte korjata tilanteen.
}
composer-line-evidence = { $evidenceCount ->
    [0] Voin toimittaa todisteita tarvittaessa.
    [one] Liitän viestiin seuraavan todisteen: { $evidence }.
   *[other] Liitän viestiin { $evidenceCount } todistetta: { $evidence }.
}
composer-closing = Pyydän vastaustanne 14 päivän kuluessa.
composer-signoff = Ystävällisin terveisin
