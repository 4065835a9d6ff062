# Built-in UI strings of the complaint composer, Czech: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Napište reklamaci
composer-intro = Vyplňte, co víte. Zpráva se zobrazí níže, připravená ke zkopírování nebo odeslání. Nic z toho, co napíšete, se nikam neodesílá.
composer-order = Číslo objednávky
composer-order-hint = Najdete ho v historii objednávek nebo v potvrzovacím e-mailu.
composer-date = Datum objednávky
composer-product = Zboží
composer-problem = V čem je problém?
composer-problem-choose = Vyberte možnost
composer-problem-damaged = Zboží dorazilo poškozené
composer-problem-faulty = Zboží nefunguje správně
composer-problem-wrong = Bylo mi doručeno jiné zboží
composer-problem-not-described = Zboží neodpovídá popisu
composer-problem-missing = Zásilka vůbec nedorazila
composer-problem-late = Zásilka dorazila s velkým zpožděním
composer-problem-other = Jiný problém
composer-details = Popište problém
composer-details-hint = Dvě nebo tři věty: co se stalo a kdy.
composer-outcome = Co požadujete?
composer-outcome-refund = Vrácení peněz
composer-outcome-replacement = Výměna zboží
composer-outcome-repair = Oprava
composer-outcome-explanation = Vysvětlení
composer-evidence = Čím můžete problém doložit?
composer-evidence-photos = Fotografie nebo video závady
composer-evidence-screenshots = Snímky obrazovky z nabídky zboží
composer-evidence-receipt = Faktura nebo účtenka
composer-evidence-emails = E-maily nebo zprávy z chatu
composer-evidence-packaging = Fotografie obalu a štítků
composer-name = Vaše jméno
composer-remember = Zapamatovat si mé jméno na tomto zařízení
composer-forget = Zapomenout mé jméno
composer-forgotten = Vaše jméno bylo z tohoto zařízení odstraněno.
composer-compose = Sestavit reklamaci
composer-result = Vaše reklamace
composer-copy = Zkopírovat zprávu
composer-copied = Zkopírováno.
composer-mail = Otevřít v e-mailové aplikaci
composer-print = Vytisknout
composer-error-order = Zadejte číslo objednávky.
composer-error-problem = Vyberte, v čem je problém.
composer-error-summary = Opravte prosím níže označená pole.
composer-nojs = Zkopírujte tuto šablonu a doplňte části v hranatých závorkách:

# The plain template shown without JavaScript.
composer-template =
    Předmět: Reklamace objednávky [číslo objednávky]

    Dobrý den,

    obracím se na Vás ve věci objednávky [číslo objednávky] ze dne [datum]. Jedná se o zboží: [zboží].
    Problém: [co se stalo, ve dvou nebo třech větách].
    Žádám o [vrácení peněz / výměnu zboží / opravu / vysvětlení].
    V příloze zasílám [fotografie, snímky obrazovky, účtenku].

    Prosím o odpověď do 14 dnů.

    S pozdravem
    {"["}Vaše jméno]

composer-subject = Reklamace objednávky { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Dobrý den,
composer-line-order = obracím se na Vás ve věci objednávky { $order }.
composer-line-date = Objednávka byla vytvořena dne { $date }.
composer-line-product = Jedná se o zboží: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Žádám o vrácení celé kupní ceny.
    [replacement] Žádám o výměnu zboží a zaslání nového kusu bez dalších nákladů.
    [repair] Žádám o bezplatnou opravu zboží.
   *[explanation] Žádám o vysvětlení, co se stalo a jak budete situaci řešit.
}
composer-line-evidence = { $evidenceCount ->
    [0] V případě potřeby Vám mohu zaslat podklady.
    [one] V příloze zasílám tento podklad: { $evidence }.
    [few] V příloze zasílám { $evidenceCount } podklady: { $evidence }.
    [many] V příloze zasílám { $evidenceCount } podkladu: { $evidence }.
   *[other] V příloze zasílám { $evidenceCount } podkladů: { $evidence }.
}
composer-closing = Prosím o odpověď do 14 dnů.
composer-signoff = S pozdravem
