# Built-in UI strings of the complaint composer (kk); a project's locales/kk/ overrides them.
# Editors place it with a fenced block ```composer``` in any page.

composer-heading = Шағым хатын жазыңыз
composer-intro = Білетін мәліметтеріңізді толтырыңыз. Хат төменде пайда болады: оны көшіріп алуға немесе бірден жіберуге болады. Енгізген мәліметтеріңіз бұл беттен ешқайда жіберілмейді.
composer-order = Тапсырыс нөмірі
composer-order-hint = Оны «Менің тапсырыстарым» бетінен немесе тапсырысты растау хатынан табуға болады.
composer-date = Тапсырыс күні
composer-product = Тауар
composer-problem = Қандай мәселе туындады?
composer-problem-choose = Біреуін таңдаңыз
composer-problem-damaged = Тауар бүлінген күйде келді
composer-problem-faulty = Тауар дұрыс жұмыс істемейді
composer-problem-wrong = Маған басқа тауар келді
composer-problem-not-described = Тауар сипаттамаға сай емес
composer-problem-missing = Тапсырыс мүлдем жетпеді
composer-problem-late = Тапсырыс өте кешігіп жетті
composer-problem-other = Басқа мәселе
composer-details = Мәселені сипаттаңыз
composer-details-hint = Екі-үш сөйлеммен: не болды және қашан?
composer-outcome = Не қалайсыз?
composer-outcome-refund = Ақшаны қайтару
composer-outcome-replacement = Тауарды ауыстыру
composer-outcome-repair = Жөндеу
composer-outcome-explanation = Түсіндірме
composer-evidence = Қандай дәлелдеріңіз бар?
composer-evidence-photos = Фото немесе бейне
composer-evidence-screenshots = Тауар сипаттамасының экран суреттері
composer-evidence-receipt = Шот немесе түбіртек
composer-evidence-emails = Электрондық хаттар немесе чаттағы хабарламалар
composer-evidence-packaging = Қаптама мен затбелгілер
composer-name = Аты-жөніңіз
composer-remember = Атымды осы құрылғыда есте сақтау
composer-forget = Деректерімді өшіру
composer-forgotten = Деректеріңіз осы құрылғыдан өшірілді.
composer-compose = Шағым хатын жазу
composer-result = Шағым хатыңыз
composer-copy = Хатты көшіру
composer-copied = Көшірілді.
composer-mail = Пошта бағдарламасында ашу
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
    Мәселе: [не болғанын екі-үш сөйлеммен жазыңыз].
    Талабым: [ақшаны қайтару / тауарды ауыстыру / жөндеу / түсіндірме].
    Қосымшалар: [фото, экран суреттері, түбіртек].

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
composer-line-problem = Мәселе: { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Төлеген ақшамды толық қайтаруыңызды сұраймын.
    [replacement] Тауарды ауыстырып, жаңасын өз есебіңізден маған жіберуіңізді сұраймын.
    [repair] Тауарды өз есебіңізден жөндеп беруіңізді сұраймын.
   *[explanation] Не болғанын және мәселені шешу үшін не істейтініңізді түсіндіріп беруіңізді сұраймын.
}
composer-line-evidence = { $evidenceCount ->
    [0] Қажет болса, дәлелдерді жібере аламын.
    [one] Мына дәлелді тіркеймін: { $evidence }.
   *[other] Мына { $evidenceCount } дәлелді тіркеймін: { $evidence }.
}
composer-closing = Жауабыңызды 14 күн ішінде күтемін.
composer-signoff = Құрметпен,
