# Built-in UI strings of the complaint composer, Slovak: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Napíšte reklamáciu
composer-intro = Vyplňte, čo viete. Vaša správa sa zobrazí nižšie, pripravená na skopírovanie alebo odoslanie. Nič z toho, čo napíšete, sa nikam neodosiela.
composer-order = Číslo objednávky
composer-order-hint = Nájdete ho v histórii objednávok alebo v e-maile s potvrdením objednávky.
composer-date = Dátum objednávky
composer-product = Tovar
composer-problem = Čo sa stalo?
composer-problem-choose = Vyberte možnosť
composer-problem-damaged = Tovar prišiel poškodený
composer-problem-faulty = Tovar nefunguje správne
composer-problem-wrong = Prišiel nesprávny tovar
composer-problem-not-described = Tovar nezodpovedá popisu
composer-problem-missing = Tovar vôbec neprišiel
composer-problem-late = Tovar prišiel s veľkým oneskorením
composer-problem-other = Vyskytol sa iný problém
composer-details = Opíšte problém
composer-details-hint = Dve alebo tri vety: čo sa stalo a kedy.
composer-outcome = Čo požadujete?
composer-outcome-refund = Vrátenie peňazí
composer-outcome-replacement = Výmena tovaru
composer-outcome-repair = Oprava
composer-outcome-explanation = Vysvetlenie
composer-evidence = Aké dôkazy máte?
composer-evidence-photos = Fotografie alebo video problému
composer-evidence-screenshots = Snímky obrazovky ponuky
composer-evidence-receipt = Faktúra alebo pokladničný doklad
composer-evidence-emails = E-maily alebo správy z četu
composer-evidence-packaging = Fotografie obalu so štítkami
composer-name = Vaše meno
composer-remember = Zapamätať si moje meno v tomto zariadení
composer-forget = Zabudnúť moje meno
composer-forgotten = Vaše meno bolo z tohto zariadenia odstránené.
composer-compose = Napísať reklamáciu
composer-result = Vaša reklamácia
composer-copy = Kopírovať správu
composer-copied = Skopírované.
composer-mail = Otvoriť v e-mailovej aplikácii
composer-print = Tlačiť
composer-error-order = Zadajte číslo objednávky.
composer-error-problem = Vyberte, čo sa stalo.
composer-error-summary = Opravte polia označené nižšie.
composer-nojs = Skopírujte túto šablónu a doplňte časti v hranatých zátvorkách:

# The plain template shown without JavaScript.
composer-template =
    Predmet: Reklamácia objednávky č. [číslo objednávky]

    Dobrý deň,

    obraciam sa na Vás vo veci objednávky č. [číslo objednávky] zo dňa [dátum], ktorá sa týka tovaru [tovar].
    Problém: [čo sa stalo, v dvoch alebo troch vetách].
    Žiadam o [vrátenie peňazí / výmenu tovaru / opravu / vysvetlenie].
    V prílohe posielam [fotografie, snímky obrazovky, doklad].

    Prosím o odpoveď do 14 dní.

    S pozdravom
    {"["}Vaše meno]

composer-subject = Reklamácia objednávky č. { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
# After a greeting that ends in a comma, Slovak letters go on in lower case.
composer-greeting = Dobrý deň,
composer-line-order = obraciam sa na Vás vo veci objednávky č. { $order }.
composer-line-date = Objednávka bola vytvorená { $date }.
composer-line-product = Objednaný tovar: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Žiadam o vrátenie celej zaplatenej sumy.
    [replacement] Žiadam o výmenu tovaru za nový bez akýchkoľvek dodatočných nákladov.
    [repair] Žiadam o bezplatnú opravu tovaru.
   *[explanation] Žiadam o vysvetlenie, čo sa stalo a ako to plánujete riešiť.
}
composer-line-evidence = { $evidenceCount ->
    [0] V prípade potreby Vám môžem poslať dôkazy.
    [one] V prílohe posielam tento dôkaz: { $evidence }.
    [few] V prílohe posielam { $evidenceCount } dôkazy: { $evidence }.
    [many] V prílohe posielam dôkazy ({ $evidenceCount }): { $evidence }.
   *[other] V prílohe posielam { $evidenceCount } dôkazov: { $evidence }.
}
composer-closing = Prosím o odpoveď do 14 dní.
composer-signoff = S pozdravom
