# Built-in UI strings of the complaint composer, Russian: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Составьте претензию
composer-intro = Заполните то, что знаете. Ниже появится готовое письмо — его можно скопировать или отправить. Введённые данные никуда не передаются.
composer-order = Номер заказа
composer-order-hint = Его можно найти в истории заказов или в письме с подтверждением заказа.
composer-date = Дата заказа
composer-product = Товар
composer-problem = Что случилось?
composer-problem-choose = Выберите вариант
composer-problem-damaged = Товар пришёл повреждённым
composer-problem-faulty = Товар работает неправильно
composer-problem-wrong = Прислали не тот товар
composer-problem-not-described = Товар не соответствует описанию
composer-problem-missing = Товар так и не пришёл
composer-problem-late = Товар пришёл с большим опозданием
composer-problem-other = Возникла другая проблема
composer-details = Опишите проблему
composer-details-hint = Два-три предложения: что произошло и когда.
composer-outcome = Ваше требование
composer-outcome-refund = Возврат денег
composer-outcome-replacement = Замена товара
composer-outcome-repair = Ремонт
composer-outcome-explanation = Объяснение
composer-evidence = Какие у вас есть доказательства?
composer-evidence-photos = Фото или видео проблемы
composer-evidence-screenshots = Скриншоты страницы товара
composer-evidence-receipt = Счёт или чек
composer-evidence-emails = Письма или сообщения в чате
composer-evidence-packaging = Фото упаковки с этикетками
composer-name = Ваше имя
composer-remember = Запомнить моё имя на этом устройстве
composer-forget = Забыть моё имя
composer-forgotten = Ваше имя удалено с этого устройства.
composer-compose = Составить претензию
composer-result = Ваша претензия
composer-copy = Скопировать текст
composer-copied = Скопировано.
composer-mail = Открыть в почтовой программе
composer-print = Распечатать
composer-error-order = Укажите номер заказа.
composer-error-problem = Выберите, что случилось.
composer-error-summary = Исправьте поля, отмеченные ниже.
composer-nojs = Скопируйте этот шаблон и заполните части в квадратных скобках:

# The plain template shown without JavaScript.
composer-template =
    Тема: Претензия по заказу № [номер заказа]

    Здравствуйте!

    Пишу по поводу заказа № [номер заказа] от [дата], товар: [товар].
    Суть проблемы: [что случилось, в двух-трёх предложениях].
    Прошу [вернуть деньги / заменить товар / отремонтировать товар / дать объяснение].
    Прилагаю [фото, скриншоты, чек].

    Прошу ответить в течение 14 дней.

    С уважением,
    {"["}ваше имя]

composer-subject = Претензия по заказу № { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Здравствуйте!
composer-line-order = Пишу по поводу заказа № { $order }.
# The long date ("5 марта 2024 г.") ends with a full stop of its own, so none is added here.
composer-line-date = Заказ оформлен { $date }
composer-line-product = Товар: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Прошу вернуть мне полную стоимость товара.
    [replacement] Прошу заменить товар и отправить мне новый без дополнительной оплаты.
    [repair] Прошу бесплатно отремонтировать товар.
   *[explanation] Прошу объяснить, что произошло и что Вы намерены предпринять.
}
composer-line-evidence = { $evidenceCount ->
    [0] При необходимости могу предоставить доказательства.
    [one] Прилагаю доказательство: { $evidence }.
    [few] Прилагаю { $evidenceCount } доказательства: { $evidence }.
    [many] Прилагаю { $evidenceCount } доказательств: { $evidence }.
   *[other] Прилагаю доказательства ({ $evidenceCount }): { $evidence }.
}
composer-closing = Прошу ответить в течение 14 дней.
composer-signoff = С уважением,
