# Built-in UI strings of the complaint composer, Swahili: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Andika malalamiko yako
composer-intro = Jaza unachokijua. Ujumbe wako utaonekana hapa chini, tayari kunakiliwa au kutumwa. Hakuna chochote unachoandika kinachotumwa popote.
composer-order = Nambari ya agizo
composer-order-hint = Utaipata katika historia ya maagizo yako au katika barua pepe ya kuthibitisha agizo.
composer-date = Tarehe ya agizo
composer-product = Bidhaa
composer-problem = Tatizo ni nini?
composer-problem-choose = Chagua moja
composer-problem-damaged = Bidhaa ilifika ikiwa imeharibika
composer-problem-faulty = Bidhaa haifanyi kazi ipasavyo
composer-problem-wrong = Nililetewa bidhaa isiyo sahihi
composer-problem-not-described = Bidhaa hailingani na maelezo yake
composer-problem-missing = Bidhaa haikufika kabisa
composer-problem-late = Bidhaa ilifika ikiwa imechelewa sana
composer-problem-other = Kuna tatizo jingine
composer-details = Eleza tatizo
composer-details-hint = Sentensi mbili au tatu: nini kilitokea na lini.
composer-outcome = Unataka nini?
composer-outcome-refund = Kurejeshewa pesa
composer-outcome-replacement = Kubadilishiwa bidhaa
composer-outcome-repair = Kutengenezewa bidhaa
composer-outcome-explanation = Maelezo
composer-evidence = Una ushahidi gani?
composer-evidence-photos = Picha au video ya tatizo
composer-evidence-screenshots = Picha za skrini za tangazo la bidhaa
composer-evidence-receipt = Ankara au risiti
composer-evidence-emails = Barua pepe au jumbe za gumzo
composer-evidence-packaging = Picha za kifungashio chenye lebo
composer-name = Jina lako
composer-remember = Kumbuka jina langu kwenye kifaa hiki
composer-forget = Sahau jina langu
composer-forgotten = Jina lako limeondolewa kwenye kifaa hiki.
composer-compose = Andika malalamiko yangu
composer-result = Malalamiko yako
composer-copy = Nakili ujumbe
composer-copied = Umenakiliwa.
composer-mail = Fungua katika programu yangu ya barua pepe
composer-print = Chapisha
composer-error-order = Weka nambari ya agizo.
composer-error-problem = Chagua tatizo lililotokea.
composer-error-summary = Tafadhali sahihisha sehemu zilizowekwa alama hapa chini.
composer-nojs = Nakili kiolezo hiki na ujaze sehemu zilizo ndani ya mabano ya mraba:

# The plain template shown without JavaScript.
composer-template =
    Kichwa: Malalamiko kuhusu agizo [nambari ya agizo]

    Ndugu Mhusika,

    Ninaandika kuhusu agizo nambari [nambari ya agizo] nililoweka tarehe [tarehe], la [bidhaa].
    Tatizo: [nini kilitokea, kwa sentensi mbili au tatu].
    Ningependa [kurejeshewa pesa / kubadilishiwa bidhaa / kutengenezewa bidhaa / maelezo].
    Nimeambatisha [picha, picha za skrini, risiti].

    Tafadhali mnijibu ndani ya siku 14.

    Wako mwaminifu,
    {"["}jina lako]

composer-subject = Malalamiko kuhusu agizo { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Ndugu Mhusika,
composer-line-order = Ninaandika kuhusu agizo nambari { $order }.
composer-line-date = Niliweka agizo hili tarehe { $date }.
composer-line-product = Bidhaa husika ni { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Ningependa kurejeshewa pesa zangu zote.
    [replacement] Ningependa kutumiwa bidhaa nyingine badala yake bila gharama yoyote ya ziada.
    [repair] Ningependa bidhaa hii itengenezwe bila gharama yoyote kwangu.
   *[explanation] Ningependa maelezo kuhusu kilichotokea na hatua mtakazochukua.
}
composer-line-evidence = { $evidenceCount ->
    [0] Ninaweza kutuma ushahidi mkiuhitaji.
    [one] Nimeambatisha ushahidi ufuatao: { $evidence }.
   *[other] Nimeambatisha vipengele { $evidenceCount } vya ushahidi: { $evidence }.
}
composer-closing = Tafadhali mnijibu ndani ya siku 14.
composer-signoff = Wako mwaminifu,
