# Built-in UI strings of the complaint composer, Ukrainian: a form in a page that writes the complaint
# for the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with
# the language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Складіть претензію
composer-intro = Заповніть те, що знаєте. Нижче з’явиться готовий лист — його можна скопіювати або надіслати. Введені дані нікуди не передаються.
composer-order = Номер замовлення
composer-order-hint = Його можна знайти в історії замовлень або в листі з підтвердженням замовлення.
composer-date = Дата замовлення
composer-product = Товар
composer-problem = Що сталося?
composer-problem-choose = Виберіть варіант
composer-problem-damaged = Товар надійшов пошкодженим
composer-problem-faulty = Товар працює неправильно
composer-problem-wrong = Надіслали не той товар
composer-problem-not-described = Товар не відповідає опису
composer-problem-missing = Товар так і не надійшов
composer-problem-late = Товар надійшов із великим запізненням
composer-problem-other = Виникла інша проблема
composer-details = Опишіть проблему
composer-details-hint = Два-три речення: що сталося і коли.
composer-outcome = Ваша вимога
composer-outcome-refund = Повернення коштів
composer-outcome-replacement = Заміна товару
composer-outcome-repair = Ремонт
composer-outcome-explanation = Пояснення
composer-evidence = Які у вас є докази?
composer-evidence-photos = Фото або відео проблеми
composer-evidence-screenshots = Знімки екрана сторінки товару
composer-evidence-receipt = Рахунок або чек
composer-evidence-emails = Листи або повідомлення в чаті
composer-evidence-packaging = Фото упаковки з етикетками
composer-name = Ваше ім’я
composer-remember = Запам’ятати моє ім’я на цьому пристрої
composer-forget = Забути моє ім’я
composer-forgotten = Ваше ім’я видалено з цього пристрою.
composer-compose = Скласти претензію
composer-result = Ваша претензія
composer-copy = Скопіювати текст
composer-copied = Скопійовано.
composer-mail = Відкрити в поштовій програмі
composer-print = Надрукувати
composer-error-order = Вкажіть номер замовлення.
composer-error-problem = Виберіть, що сталося.
composer-error-summary = Виправте поля, позначені нижче.
composer-nojs = Скопіюйте цей шаблон і заповніть частини у квадратних дужках:

# The plain template shown without JavaScript.
composer-template =
    Тема: Претензія щодо замовлення № [номер замовлення]

    Добрий день!

    Пишу щодо замовлення № [номер замовлення] від [дата], товар: [товар].
    Суть проблеми: [що сталося, у двох-трьох реченнях].
    Прошу [повернути кошти / замінити товар / відремонтувати товар / надати пояснення].
    Додаю [фото, знімки екрана, чек].

    Прошу відповісти протягом 14 днів.

    З повагою
    {"["}ваше ім’я]

composer-subject = Претензія щодо замовлення № { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Добрий день!
composer-line-order = Пишу щодо замовлення № { $order }.
# The long date ("5 березня 2024 р.") ends with a full stop of its own, so none is added here.
composer-line-date = Замовлення оформлено { $date }
composer-line-product = Товар: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Прошу повернути мені повну вартість товару.
    [replacement] Прошу замінити товар і надіслати мені новий без додаткової оплати.
    [repair] Прошу безкоштовно відремонтувати товар.
   *[explanation] Прошу пояснити, що сталося і що Ви плануєте зробити.
}
composer-line-evidence = { $evidenceCount ->
    [0] За потреби можу надати докази.
    [one] Додаю доказ: { $evidence }.
    [few] Додаю { $evidenceCount } докази: { $evidence }.
    [many] Додаю { $evidenceCount } доказів: { $evidence }.
   *[other] Додаю докази ({ $evidenceCount }): { $evidence }.
}
composer-closing = Прошу відповісти протягом 14 днів.
composer-signoff = З повагою
