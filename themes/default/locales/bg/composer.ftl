# Built-in UI strings of the complaint composer, Bulgarian: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Напишете рекламацията си
composer-intro = Попълнете каквото знаете. Съобщението ще се появи по-долу, готово за копиране или изпращане. Нищо от въведеното не се изпраща никъде.
composer-order = Номер на поръчката
composer-order-hint = Ще го намерите в историята на поръчките си или в имейла за потвърждение.
composer-date = Дата на поръчката
composer-product = Продукт
composer-problem = Какъв е проблемът?
composer-problem-choose = Изберете
composer-problem-damaged = Продуктът пристигна повреден
composer-problem-faulty = Продуктът не работи както трябва
composer-problem-wrong = Получих грешен продукт
composer-problem-not-described = Продуктът не отговаря на описанието
composer-problem-missing = Пратката така и не пристигна
composer-problem-late = Пратката пристигна с голямо закъснение
composer-problem-other = Друг проблем
composer-details = Опишете проблема
composer-details-hint = Две-три изречения: какво се случи и кога.
composer-outcome = Какво искате?
composer-outcome-refund = Възстановяване на сумата
composer-outcome-replacement = Замяна
composer-outcome-repair = Ремонт
composer-outcome-explanation = Обяснение
composer-evidence = Какви доказателства имате?
composer-evidence-photos = Снимки или видео на проблема
composer-evidence-screenshots = Екранни снимки на продуктовата страница
composer-evidence-receipt = Фактурата или касовата бележка
composer-evidence-emails = Имейли или съобщения в чат
composer-evidence-packaging = Снимки на опаковката и етикетите
composer-name = Вашето име
composer-remember = Запомняне на името ми на това устройство
composer-forget = Забравяне на името ми
composer-forgotten = Името Ви беше премахнато от това устройство.
composer-compose = Съставяне на рекламацията
composer-result = Вашата рекламация
composer-copy = Копиране на съобщението
composer-copied = Копирано.
composer-mail = Отваряне в имейл приложението ми
composer-print = Отпечатване
composer-error-order = Въведете номера на поръчката.
composer-error-problem = Изберете какъв е проблемът.
composer-error-summary = Моля, поправете отбелязаните по-долу полета.
composer-nojs = Копирайте този шаблон и попълнете частите в квадратни скоби:

# The plain template shown without JavaScript.
composer-template =
    Относно: Рекламация по поръчка [номер на поръчката]

    Здравейте,

    Пиша Ви във връзка с поръчка [номер на поръчката], направена на [дата], за продукта [продукт].
    Проблемът: [какво се случи, в две-три изречения].
    Моля за [възстановяване на сумата / замяна / ремонт / обяснение].
    Прилагам [снимки, екранни снимки, касовата бележка].

    Моля да ми отговорите в срок от 14 дни.

    С уважение,
    {"["}Вашето име]

composer-subject = Рекламация по поръчка { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Здравейте,
composer-line-order = Пиша Ви във връзка с поръчка { $order }.
composer-line-date = Поръчката е направена на { $date }
composer-line-product = Става дума за следния продукт: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Моля да ми бъде възстановена цялата платена сума.
    [replacement] Моля да ми изпратите заместващ продукт без допълнителни разходи.
    [repair] Моля продуктът да бъде ремонтиран безплатно за мен.
   *[explanation] Моля да ми обясните какво се е случило и какво ще предприемете.
}
composer-line-evidence = { $evidenceCount ->
    [0] Мога да изпратя доказателства, ако е необходимо.
    [one] Прилагам следното доказателство: { $evidence }.
   *[other] Прилагам { $evidenceCount } доказателства: { $evidence }.
}
composer-closing = Моля да ми отговорите в срок от 14 дни.
composer-signoff = С уважение,
