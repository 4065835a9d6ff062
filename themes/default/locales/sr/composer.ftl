# Built-in UI strings of the complaint composer, Serbian (Cyrillic): a form in a page that writes the
# complaint for the reader (a fenced block ```composer``` in any page). $evidence is a list the browser
# joins with the language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Напишите рекламацију
composer-intro = Попуните оно што знате. Ваша порука ће се појавити испод, спремна за копирање или слање. Ништа од онога што унесете не шаље се никуда.
composer-order = Број поруџбине
composer-order-hint = Наћи ћете га у историји поруџбина или у имејлу са потврдом поруџбине.
composer-date = Датум поруџбине
composer-product = Производ
composer-problem = Шта није у реду?
composer-problem-choose = Изаберите
composer-problem-damaged = Производ је стигао оштећен
composer-problem-faulty = Производ не ради исправно
composer-problem-wrong = Стигао је погрешан производ
composer-problem-not-described = Производ не одговара опису
composer-problem-missing = Производ уопште није стигао
composer-problem-late = Производ је стигао са великим закашњењем
composer-problem-other = Реч је о другом проблему
composer-details = Опишите проблем
composer-details-hint = Две или три реченице: шта се догодило и када.
composer-outcome = Шта тражите?
composer-outcome-refund = Повраћај новца
composer-outcome-replacement = Замена производа
composer-outcome-repair = Поправка
composer-outcome-explanation = Објашњење
composer-evidence = Које доказе имате?
composer-evidence-photos = Фотографије или видео снимак проблема
composer-evidence-screenshots = Снимци екрана огласа
composer-evidence-receipt = Рачун или фискални исечак
composer-evidence-emails = Имејлови или поруке из ћаскања
composer-evidence-packaging = Фотографије амбалаже са етикетама
composer-name = Ваше име
composer-remember = Запамти моје име на овом уређају
composer-forget = Заборави моје име
composer-forgotten = Ваше име је уклоњено са овог уређаја.
composer-compose = Напиши рекламацију
composer-result = Ваша рекламација
composer-copy = Копирај поруку
composer-copied = Копирано.
composer-mail = Отвори у апликацији за имејл
composer-print = Одштампај
composer-error-order = Унесите број поруџбине.
composer-error-problem = Изаберите шта није у реду.
composer-error-summary = Исправите поља означена испод.
composer-nojs = Копирајте овај шаблон и попуните делове у угластим заградама:

# The plain template shown without JavaScript.
composer-template =
    Предмет: Рекламација за поруџбину бр. [број поруџбине]

    Поштовани,

    обраћам вам се у вези са поруџбином бр. [број поруџбине] од [датум], за производ [производ].
    Проблем: [шта није у реду, у две или три реченице].
    Тражим [повраћај новца / замену производа / поправку / објашњење].
    У прилогу шаљем [фотографије, снимке екрана, рачун].

    Молим вас да одговорите у року од 14 дана.

    С поштовањем,
    {"["}ваше име]

composer-subject = Рекламација за поруџбину бр. { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
# After a greeting that ends in a comma, Serbian letters go on in lower case.
composer-greeting = Поштовани,
composer-line-order = обраћам вам се у вези са поруџбином бр. { $order }.
# The long date ("5. март 2024.") ends with a full stop of its own, so none is added here.
composer-line-date = Датум поруџбине: { $date }
composer-line-product = Производ: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Тражим повраћај целокупног плаћеног износа.
    [replacement] Тражим да ми без додатних трошкова пошаљете нов производ уместо овог.
    [repair] Тражим да се производ поправи без икаквих трошкова за мене.
   *[explanation] Тражим објашњење шта се догодило и шта намеравате да предузмете.
}
composer-line-evidence = { $evidenceCount ->
    [0] Ако је потребно, могу да пошаљем доказе.
    [one] У прилогу шаљем следећи доказ: { $evidence }.
    [few] У прилогу шаљем { $evidenceCount } доказа: { $evidence }.
   *[other] У прилогу шаљем { $evidenceCount } доказа: { $evidence }.
}
composer-closing = Молим вас да одговорите у року од 14 дана.
composer-signoff = С поштовањем,
