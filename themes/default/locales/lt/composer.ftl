# Built-in UI strings of the complaint composer, Lithuanian: a form in a page that writes the complaint
# for the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with
# the language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Parašykite skundą
composer-intro = Užpildykite tai, ką žinote. Jūsų laiškas atsiras žemiau – jį galėsite nukopijuoti arba išsiųsti. Niekas, ką įvedate, niekur nesiunčiama.
composer-order = Užsakymo numeris
composer-order-hint = Jį rasite savo užsakymų istorijoje arba užsakymo patvirtinimo el. laiške.
composer-date = Užsakymo data
composer-product = Prekė
composer-problem = Kas nutiko?
composer-problem-choose = Pasirinkite
composer-problem-damaged = Prekė atkeliavo pažeista
composer-problem-faulty = Prekė tinkamai neveikia
composer-problem-wrong = Atsiųsta ne ta prekė
composer-problem-not-described = Prekė neatitinka aprašymo
composer-problem-missing = Prekė taip ir nebuvo pristatyta
composer-problem-late = Prekė pristatyta labai pavėluotai
composer-problem-other = Kita problema
composer-details = Apibūdinkite problemą
composer-details-hint = Du ar trys sakiniai: kas nutiko ir kada.
composer-outcome = Ko pageidaujate?
composer-outcome-refund = Pinigų grąžinimo
composer-outcome-replacement = Prekės pakeitimo
composer-outcome-repair = Prekės remonto
composer-outcome-explanation = Paaiškinimo
composer-evidence = Kokių įrodymų turite?
composer-evidence-photos = Problemos nuotraukos arba vaizdo įrašas
composer-evidence-screenshots = Prekės skelbimo ekrano kopijos
composer-evidence-receipt = Sąskaita faktūra arba kvitas
composer-evidence-emails = El. laiškai arba pokalbių žinutės
composer-evidence-packaging = Pakuotės bei etikečių nuotraukos
composer-name = Jūsų vardas
composer-remember = Įsiminti mano vardą šiame įrenginyje
composer-forget = Pamiršti mano vardą
composer-forgotten = Jūsų vardas pašalintas iš šio įrenginio.
composer-compose = Parašyti skundą
composer-result = Jūsų skundas
composer-copy = Kopijuoti laišką
composer-copied = Nukopijuota.
composer-mail = Atidaryti el. pašto programoje
composer-print = Spausdinti
composer-error-order = Įveskite užsakymo numerį.
composer-error-problem = Pasirinkite, kas nutiko.
composer-error-summary = Pataisykite toliau pažymėtus laukus.
composer-nojs = Nukopijuokite šį šabloną ir užpildykite laužtiniuose skliaustuose esančias vietas:

# The plain template shown without JavaScript.
composer-template =
    Tema: Skundas dėl užsakymo Nr. [užsakymo numeris]

    Laba diena,

    Rašau dėl užsakymo Nr. [užsakymo numeris], pateikto [data]; prekė – [prekė].
    Problema: [kas nutiko – dviem ar trimis sakiniais].
    Pageidauju [pinigų grąžinimo / prekės pakeitimo / remonto / paaiškinimo].
    Pridedu [nuotraukas, ekrano kopijas, kvitą].

    Prašau atsakyti per 14 dienų.

    Pagarbiai
    {"["}jūsų vardas]

composer-subject = Skundas dėl užsakymo Nr. { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Laba diena,
composer-line-order = Rašau dėl užsakymo Nr. { $order }.
# The long date ("2024 m. kovo 5 d.") ends with a full stop of its own, so none is added here.
composer-line-date = Užsakymas pateiktas { $date }
composer-line-product = Prekė: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Prašau grąžinti visą sumokėtą sumą.
    [replacement] Prašau be jokių papildomų išlaidų atsiųsti man naują prekę vietoj šios.
    [repair] Prašau nemokamai sutaisyti prekę.
   *[explanation] Prašau paaiškinti, kas nutiko ir kaip ketinate išspręsti šią problemą.
}
composer-line-evidence = { $evidenceCount ->
    [0] Prireikus galiu atsiųsti įrodymų.
    [one] Pridedu šį įrodymą: { $evidence }.
    [few] Pridedu { $evidenceCount } įrodymus: { $evidence }.
    [many] Pridedu { $evidenceCount } įrodymo: { $evidence }.
   *[other] Pridedu { $evidenceCount } įrodymų: { $evidence }.
}
composer-closing = Prašau atsakyti per 14 dienų.
composer-signoff = Pagarbiai
