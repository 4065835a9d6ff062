# Built-in UI strings of the complaint composer, Arabic: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = اكتب شكواك
composer-intro = املأ ما تعرفه من معلومات. ستظهر رسالتك أدناه جاهزة للنسخ أو الإرسال. لا يُرسَل أي شيء تكتبه إلى أي جهة.
composer-order = رقم الطلب
composer-order-hint = ستجده في سجل طلباتك أو في رسالة تأكيد الطلب المرسلة إلى بريدك الإلكتروني.
composer-date = تاريخ الطلب
composer-product = المنتج
composer-problem = ما المشكلة؟
composer-problem-choose = اختر
composer-problem-damaged = وصل المنتج تالفًا
composer-problem-faulty = المنتج لا يعمل بشكل صحيح
composer-problem-wrong = وصلني منتج غير الذي طلبته
composer-problem-not-described = المنتج لا يطابق الوصف
composer-problem-missing = لم يصل الطلب إطلاقًا
composer-problem-late = وصل الطلب متأخرًا جدًا
composer-problem-other = هناك مشكلة أخرى
composer-details = صف المشكلة
composer-details-hint = جملتان أو ثلاث: ماذا حدث ومتى.
composer-outcome = ما الحل الذي تطلبه؟
composer-outcome-refund = استرداد المبلغ
composer-outcome-replacement = استبدال المنتج
composer-outcome-repair = إصلاح المنتج
composer-outcome-explanation = توضيح لما حدث
composer-evidence = ما الأدلة المتوفرة لديك؟
composer-evidence-photos = صور أو مقطع فيديو للمشكلة
composer-evidence-screenshots = لقطات شاشة لصفحة المنتج
composer-evidence-receipt = الفاتورة أو الإيصال
composer-evidence-emails = رسائل بريد إلكتروني أو محادثات
composer-evidence-packaging = صور للتغليف والملصقات
composer-name = اسمك
composer-remember = تذكّر اسمي على هذا الجهاز
composer-forget = احذف اسمي
composer-forgotten = تم حذف اسمك من هذا الجهاز.
composer-compose = اكتب شكواي
composer-result = شكواك
composer-copy = نسخ الرسالة
composer-copied = تم النسخ.
composer-mail = فتح في تطبيق البريد الإلكتروني
composer-print = طباعة
composer-error-order = أدخل رقم الطلب.
composer-error-problem = اختر المشكلة التي حدثت.
composer-error-summary = يُرجى تصحيح الحقول المشار إليها أدناه.
composer-nojs = انسخ هذا النموذج واملأ الأجزاء الموجودة بين الأقواس المربعة:

# The plain template shown without JavaScript.
composer-template =
    الموضوع: شكوى بخصوص الطلب رقم [رقم الطلب]

    تحية طيبة وبعد،

    أكتب إليكم بخصوص طلبي رقم [رقم الطلب] بتاريخ [التاريخ]، والمنتج المعني هو: [المنتج].
    المشكلة: [ما الذي حدث، في جملتين أو ثلاث].
    أرجو [استرداد المبلغ / استبدال المنتج / إصلاح المنتج / توضيح ما حدث].
    أرفقت [صورًا، لقطات شاشة، الإيصال].

    أرجو الرد خلال 14 يومًا.

    مع خالص التحية،
    {"["}اسمك]

composer-subject = شكوى بخصوص الطلب رقم { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = تحية طيبة وبعد،
composer-line-order = أكتب إليكم بخصوص طلبي رقم { $order }.
composer-line-date = قدّمت الطلب بتاريخ { $date }.
composer-line-product = المنتج المعني هو: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] أرجو استرداد المبلغ كاملًا.
    [replacement] أرجو إرسال منتج بديل إليّ دون أي تكلفة إضافية.
    [repair] أرجو إصلاح المنتج دون أن أتحمّل أي تكلفة.
   *[explanation] أرجو توضيح ما حدث وما الذي ستفعلونه لمعالجته.
}
composer-line-evidence = { $evidenceCount ->
    [0] يمكنني إرسال الأدلة إذا احتجتم إليها.
    [zero] يمكنني إرسال الأدلة إذا احتجتم إليها.
    [one] أرفقت الدليل التالي: { $evidence }.
    [two] أرفقت دليلين: { $evidence }.
    [few] أرفقت { $evidenceCount } أدلة: { $evidence }.
    [many] أرفقت { $evidenceCount } دليلًا: { $evidence }.
   *[other] أرفقت { $evidenceCount } دليل: { $evidence }.
}
composer-closing = أرجو الرد خلال 14 يومًا.
composer-signoff = مع خالص التحية،
