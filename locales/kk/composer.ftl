# The complaint composer: a form in a page that writes the complaint for the reader.
# Editors place it with a fenced block ```composer``` in any page.

composer-heading = Шағым хатын жазыңыз
composer-intro = Білетін мәліметтеріңізді толтырыңыз: хат төменде көшіріп алуға дайын күйде пайда болады. Енгізгеніңіз ешқайда жіберілмейді: оны өзіңіз көшіріп не жібергенше, ол осы бетте қалады.
composer-order = Тапсырыс нөмірі
composer-order-hint = Оны дүкеннің тапсырыстар бетінен («Тапсырыстарым», «Мои заказы») немесе тапсырысты растау хатынан табасыз.
composer-date = Тапсырыс күні
composer-product = Тауар
composer-problem = Қандай мәселе туындады?
composer-problem-choose = Біреуін таңдаңыз
composer-problem-damaged = Тауар бүлініп келді
composer-problem-faulty = Тауар дұрыс жұмыс істемейді
composer-problem-wrong = Маған басқа тауар келді
composer-problem-not-described = Тауар сипаттамасына сай емес
composer-problem-missing = Тапсырыс маған мүлде жеткен жоқ
composer-problem-late = Тапсырыс тым кешігіп жетті
composer-problem-other = Басқа мәселе туындады
composer-details = Мәселені сипаттаңыз
composer-details-hint = Екі-үш сөйлеммен: не болды және қашан?
composer-outcome = Не қалайсыз?
composer-outcome-refund = Ақшаны қайтару
composer-outcome-replacement = Тауарды ауыстыру
composer-outcome-repair = Жөндеу
composer-outcome-explanation = Түсіндірме
composer-evidence = Қандай дәлелдеріңіз бар?
composer-evidence-photos = Мәселенің фотосы немесе бейнесі
composer-evidence-screenshots = Тауар сипаттамасының экран суреттері
composer-evidence-receipt = Чек немесе шот
composer-evidence-emails = Электрондық хаттар немесе чаттағы хабарламалар
composer-evidence-packaging = Қаптама мен затбелгілердің фотосы
composer-name = Аты-жөніңіз
composer-remember = Атымды осы құрылғыда есте сақтау
composer-forget = Атымды ұмыту
composer-forgotten = Атыңыз осы құрылғыдан өшірілді.
composer-compose = Шағым хатын жазу
composer-result = Шағым хатыңыз
composer-copy = Хатты көшіру
composer-copied = Көшірілді.
composer-mail = Пошта қолданбасында ашу
composer-print = Басып шығару
composer-error-order = Тапсырыс нөмірін енгізіңіз.
composer-error-problem = Қандай мәселе екенін таңдаңыз.
composer-error-summary = Төменде белгіленген өрістерді түзетіңіз.
composer-nojs = Мына үлгіні көшіріп, тік жақшадағы мәтінді өз мәліметтеріңізбен ауыстырыңыз:

# The plain template shown without JavaScript.
composer-template =
    Тақырыбы: [тапсырыс нөмірі] тапсырысы бойынша шағым

    Сәлеметсіз бе!

    Сізге [тапсырыс нөмірі] нөмірлі тапсырысым бойынша жазып отырмын.
    Тапсырыс берілген күн: [күні]. Тауар: [тауардың атауы].
    {"["}Не болғанын бір сөйлеммен жазыңыз.] [Егжей-тегжейін екі-үш сөйлеммен.]
    Талабым: [ақшаны қайтару / тауарды ауыстыру / жөндеу / түсіндірме].
    Мына дәлелдерді тіркедім: [фото, экран суреттері, чек].

    Жауабыңызды 14 күн ішінде күтемін.

    Құрметпен,
    {"["}аты-жөніңіз]

composer-subject = { $order } тапсырысы бойынша шағым

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Сәлеметсіз бе!
composer-line-order = Сізге { $order } нөмірлі тапсырысым бойынша жазып отырмын.
composer-line-date = Тапсырыс берілген күн: { $date }.
composer-line-product = Тауар: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Төлеген ақшамды толық қайтаруыңызды сұраймын.
    [replacement] Тауарды ауыстырып, жаңасын өз есебіңізден маған жіберуіңізді сұраймын.
    [repair] Тауарды өз есебіңізден жөндеп беруіңізді сұраймын.
   *[explanation] Не болғанын және мәселені шешу үшін не істейтініңізді түсіндіріп беруіңізді сұраймын.
}
composer-line-evidence = { $evidenceCount ->
    [0] Қажет болса, дәлелдерді жібере аламын.
    [one] Мына дәлелді тіркедім: { $evidence }.
   *[other] Мына { $evidenceCount } дәлелді тіркедім: { $evidence }.
}
composer-closing = Жауабыңызды 14 күн ішінде күтемін.
composer-signoff = Құрметпен,
