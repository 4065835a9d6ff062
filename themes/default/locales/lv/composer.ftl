# Built-in UI strings of the complaint composer, Latvian: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Uzrakstiet sūdzību
composer-intro = Aizpildiet to, ko zināt. Jūsu vēstule parādīsies zemāk – to varēsiet nokopēt vai nosūtīt. Nekas no ievadītā netiek nekur sūtīts.
composer-order = Pasūtījuma numurs
composer-order-hint = To atradīsiet savā pasūtījumu vēsturē vai pasūtījuma apstiprinājuma e-pastā.
composer-date = Pasūtījuma datums
composer-product = Prece
composer-problem = Kas notika?
composer-problem-choose = Izvēlieties
composer-problem-damaged = Prece tika piegādāta bojāta
composer-problem-faulty = Prece nedarbojas pareizi
composer-problem-wrong = Tika piegādāta nepareiza prece
composer-problem-not-described = Prece neatbilst aprakstam
composer-problem-missing = Prece tā arī netika piegādāta
composer-problem-late = Prece tika piegādāta ar lielu nokavēšanos
composer-problem-other = Radās cita problēma
composer-details = Aprakstiet problēmu
composer-details-hint = Divi vai trīs teikumi: kas notika un kad.
composer-outcome = Ko jūs vēlaties?
composer-outcome-refund = Naudas atmaksu
composer-outcome-replacement = Preces apmaiņu
composer-outcome-repair = Preces remontu
composer-outcome-explanation = Paskaidrojumu
composer-evidence = Kādi pierādījumi jums ir?
composer-evidence-photos = Problēmas fotoattēli vai video
composer-evidence-screenshots = Preces sludinājuma ekrānuzņēmumi
composer-evidence-receipt = Rēķins vai čeks
composer-evidence-emails = E-pasta vēstules vai tērzēšanas sarakste
composer-evidence-packaging = Iepakojuma fotoattēli ar redzamām etiķetēm
composer-name = Jūsu vārds
composer-remember = Atcerēties manu vārdu šajā ierīcē
composer-forget = Aizmirst manu vārdu
composer-forgotten = Jūsu vārds ir dzēsts no šīs ierīces.
composer-compose = Uzrakstīt sūdzību
composer-result = Jūsu sūdzība
composer-copy = Kopēt vēstuli
composer-copied = Nokopēts.
composer-mail = Atvērt e-pasta lietotnē
composer-print = Drukāt
composer-error-order = Ievadiet pasūtījuma numuru.
composer-error-problem = Izvēlieties, kas notika.
composer-error-summary = Lūdzu, izlabojiet tālāk atzīmētos laukus.
composer-nojs = Nokopējiet šo veidni un aizpildiet daļas, kas norādītas kvadrātiekavās:

# The plain template shown without JavaScript.
composer-template =
    Temats: Sūdzība par pasūtījumu Nr. [pasūtījuma numurs]

    Labdien!

    Rakstu saistībā ar pasūtījumu Nr. [pasūtījuma numurs], kas veikts [datums]; prece – [prece].
    Problēma: [kas notika – divos vai trīs teikumos].
    Lūdzu [atmaksāt naudu / apmainīt preci / salabot preci / sniegt paskaidrojumu].
    Pievienoju [fotoattēlus, ekrānuzņēmumus, čeku].

    Lūdzu, atbildiet 14 dienu laikā.

    Ar cieņu
    {"["}jūsu vārds]

composer-subject = Sūdzība par pasūtījumu Nr. { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Labdien!
composer-line-order = Rakstu saistībā ar pasūtījumu Nr. { $order }.
composer-line-date = Pasūtījuma datums: { $date }.
composer-line-product = Prece: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Lūdzu atmaksāt visu samaksāto summu.
    [replacement] Lūdzu bez papildu maksas nosūtīt man jaunu preci tās vietā.
    [repair] Lūdzu bez maksas salabot preci.
   *[explanation] Lūdzu paskaidrot, kas notika un ko Jūs darīsiet, lai problēmu atrisinātu.
}
composer-line-evidence = { $evidenceCount ->
    [0] Ja nepieciešams, varu nosūtīt pierādījumus.
    [zero] Pievienoju { $evidenceCount } pierādījumus: { $evidence }.
    [one] Pievienoju šādu pierādījumu: { $evidence }.
   *[other] Pievienoju { $evidenceCount } pierādījumus: { $evidence }.
}
composer-closing = Lūdzu, atbildiet 14 dienu laikā.
composer-signoff = Ar cieņu
