# Built-in UI strings of the complaint composer (af); a project's locales/af/ overrides them.
# Editors place it with a fenced block ```composer``` in any page.

composer-heading = Skryf jou klagte
composer-intro = Vul in wat jy weet. Jou boodskap verskyn hieronder, gereed om te kopieer of te stuur. Niks wat jy tik, word iewers heen gestuur nie.
composer-order = Bestelnommer
composer-order-hint = Jy vind dit by die bestelling in jou rekening, soos “My bestellings”, of in die bevestigings-e-pos.
composer-date = Besteldatum
composer-product = Produk
composer-problem = Wat het verkeerd geloop?
composer-problem-choose = Kies een
composer-problem-damaged = Die item het beskadig aangekom
composer-problem-faulty = Die item werk nie behoorlik nie
composer-problem-wrong = Die verkeerde item het aangekom
composer-problem-not-described = Die item is nie soos beskryf nie
composer-problem-missing = Die item het nooit aangekom nie
composer-problem-late = Die item het baie laat aangekom
composer-problem-other = Daar is 'n ander probleem
composer-details = Beskryf die probleem
composer-details-hint = Twee of drie sinne: wat het gebeur, en wanneer?
composer-outcome = Wat wil jy hê?
composer-outcome-refund = 'n Terugbetaling
composer-outcome-replacement = 'n Vervanging
composer-outcome-repair = 'n Herstel
composer-outcome-explanation = 'n Verduideliking
composer-evidence = Watter bewyse het jy?
composer-evidence-photos = Foto's of 'n video van die probleem
composer-evidence-screenshots = Skermskote van die produkbladsy
composer-evidence-receipt = Die faktuur of kwitansie
composer-evidence-emails = E-posse of kletsboodskappe
composer-evidence-packaging = Foto's van die verpakking en etikette
composer-name = Jou naam
composer-remember = Onthou my naam op hierdie toestel
composer-forget = Vergeet my naam
composer-forgotten = Jou naam is van hierdie toestel verwyder.
composer-compose = Skryf my klagte
composer-result = Jou klagte
composer-copy = Kopieer die boodskap
composer-copied = Gekopieer.
composer-mail = Maak oop in my e-pos-app
composer-print = Druk
composer-error-order = Vul die bestelnommer in.
composer-error-problem = Kies wat verkeerd geloop het.
composer-error-summary = Maak asseblief die velde reg wat hieronder gemerk is.
composer-nojs = Kopieer hierdie sjabloon en vul die dele tussen vierkantige hakies in:

# The plain template shown without JavaScript.
composer-template =
    Onderwerp: Klagte oor bestelling [bestelnommer]

    Goeiedag

    Ek skryf in verband met bestelling [bestelnommer], geplaas op [datum], vir [produk].
    {"["}Wat fout is, in twee of drie sinne.]
    Ek vra ['n terugbetaling / 'n vervanging / 'n herstel / 'n verduideliking].
    Ek het [foto's, skermskote, die kwitansie] aangeheg.

    Laat weet my asseblief binne 14 dae.

    Vriendelike groete
    {"["}jou naam]

composer-subject = Klagte oor bestelling { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Goeiedag
composer-line-order = Ek skryf in verband met bestelling { $order }.
composer-line-date = Ek het die bestelling op { $date } geplaas.
composer-line-product = Dit gaan oor { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Ek vra 'n volle terugbetaling.
    [replacement] Ek vra dat u sonder ekstra koste 'n vervanging aan my stuur.
    [repair] Ek vra dat u die item herstel sonder enige koste vir my.
   *[explanation] Ek vra 'n verduideliking van wat gebeur het en wat u daaraan gaan doen.
}
composer-line-evidence = { $evidenceCount ->
    [0] Ek kan bewyse stuur as u dit nodig het.
    [one] Ek het die volgende bewysstuk aangeheg: { $evidence }.
   *[other] Ek het { $evidenceCount } bewysstukke aangeheg: { $evidence }.
}
composer-closing = Laat weet my asseblief binne 14 dae.
composer-signoff = Vriendelike groete
