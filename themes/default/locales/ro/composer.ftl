# Built-in UI strings of the complaint composer (ro); a project's locales/ro/ overrides them.
# Editors place it with a fenced block ```composer``` in any page.

composer-heading = Scrieți reclamația
composer-intro = Completați ce știți. Mesajul apare mai jos, gata de copiat sau de trimis. Nimic din ce scrieți nu este trimis nicăieri.
composer-order = Numărul comenzii
composer-order-hint = Îl găsiți în contul dumneavoastră, la comenzi, sau în e-mailul de confirmare.
composer-date = Data comenzii
composer-product = Produsul
composer-problem = Care este problema?
composer-problem-choose = Alegeți o variantă
composer-problem-damaged = Produsul a sosit deteriorat
composer-problem-faulty = Produsul nu funcționează corect
composer-problem-wrong = Am primit alt produs decât cel comandat
composer-problem-not-described = Produsul nu corespunde descrierii
composer-problem-missing = Coletul nu a ajuns
composer-problem-late = Coletul a sosit cu mare întârziere
composer-problem-other = Am o altă problemă cu comanda
composer-details = Descrieți problema
composer-details-hint = Două-trei propoziții: ce s-a întâmplat și când.
composer-outcome = Ce soluție doriți?
composer-outcome-refund = Rambursare
composer-outcome-replacement = Înlocuire
composer-outcome-repair = Reparație
composer-outcome-explanation = Explicație
composer-evidence = Ce dovezi aveți?
composer-evidence-photos = Fotografii sau un videoclip
composer-evidence-screenshots = Capturi de ecran din pagina produsului
composer-evidence-receipt = Factura sau bonul fiscal
composer-evidence-emails = E-mailuri sau mesaje de chat
composer-evidence-packaging = Fotografii ale ambalajului și ale etichetelor
composer-name = Numele dumneavoastră
composer-remember = Rețineți numele pe acest dispozitiv
composer-forget = Ștergeți datele salvate
composer-forgotten = Datele salvate au fost șterse de pe acest dispozitiv.
composer-compose = Generați reclamația
composer-result = Reclamația dumneavoastră
composer-copy = Copiați mesajul
composer-copied = Mesajul a fost copiat.
composer-mail = Deschideți în aplicația de e-mail
composer-print = Tipăriți
composer-error-order = Introduceți numărul comenzii.
composer-error-problem = Alegeți care este problema.
composer-error-summary = Corectați câmpurile marcate mai jos.
composer-nojs = Copiați acest model și completați părțile dintre parantezele drepte:

# The plain template shown without JavaScript.
composer-template =
    Subiect: Reclamație – comanda nr. [numărul comenzii]

    Bună ziua,

    Vă scriu în legătură cu comanda nr. [numărul comenzii], plasată pe [data], pentru [denumirea produsului].
    {"["}Ce s-a întâmplat, în două-trei propoziții.]
    Vă rog să [îmi rambursați banii / înlocuiți produsul / reparați produsul / îmi explicați ce s-a întâmplat].
    Atașez [fotografii, capturi de ecran, factura sau bonul fiscal].

    Aștept răspunsul dumneavoastră în termen de 14 zile.

    Cu stimă,
    {"["}numele dumneavoastră]

composer-subject = Reclamație – comanda nr. { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Bună ziua,
composer-line-order = Vă scriu în legătură cu comanda nr. { $order }.
composer-line-date = Am plasat comanda pe { $date }.
composer-line-product = Este vorba despre produsul: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Vă rog să îmi rambursați integral suma plătită.
    [replacement] Vă rog să înlocuiți produsul și să mi-l trimiteți fără costuri suplimentare.
    [repair] Vă rog să reparați produsul, fără niciun cost pentru mine.
   *[explanation] Vă rog să îmi explicați ce s-a întâmplat și ce veți face pentru a rezolva situația.
}
composer-line-evidence = { $evidenceCount ->
    [0] Vă pot trimite dovezi, dacă este nevoie.
    [one] Atașez următoarea dovadă: { $evidence }.
    [few] Atașez { $evidenceCount } dovezi: { $evidence }.
   *[other] Atașez { $evidenceCount } de dovezi: { $evidence }.
}
composer-closing = Aștept răspunsul dumneavoastră în termen de 14 zile.
composer-signoff = Cu stimă,
