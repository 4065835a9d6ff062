# Built-in UI strings of the complaint composer, Persian: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = شکایت خود را بنویسید
composer-intro = هر چه می‌دانید وارد کنید. پیام شما در پایین نمایش داده می‌شود و آمادهٔ کپی یا ارسال است. هیچ‌یک از نوشته‌های شما به جایی فرستاده نمی‌شود.
composer-order = شمارهٔ سفارش
composer-order-hint = آن را در سابقهٔ سفارش‌ها یا در ایمیل تأیید سفارش پیدا می‌کنید.
composer-date = تاریخ سفارش
composer-product = کالا
composer-problem = چه مشکلی پیش آمده است؟
composer-problem-choose = یکی را انتخاب کنید
composer-problem-damaged = کالا آسیب‌دیده به دستم رسید
composer-problem-faulty = کالا درست کار نمی‌کند
composer-problem-wrong = کالای اشتباهی برایم ارسال شد
composer-problem-not-described = کالا با توضیحات آن مطابقت ندارد
composer-problem-missing = کالا هیچ‌وقت به دستم نرسید
composer-problem-late = کالا با تأخیر زیاد رسید
composer-problem-other = مشکل دیگری پیش آمده است
composer-details = مشکل را شرح دهید
composer-details-hint = دو یا سه جمله: چه اتفاقی افتاد و چه زمانی.
composer-outcome = چه درخواستی دارید؟
composer-outcome-refund = بازگشت وجه
composer-outcome-replacement = تعویض کالا
composer-outcome-repair = تعمیر
composer-outcome-explanation = توضیح دربارهٔ آنچه پیش آمده
composer-evidence = چه مدارکی دارید؟
composer-evidence-photos = عکس یا ویدیو از مشکل
composer-evidence-screenshots = تصویر صفحه از صفحهٔ کالا
composer-evidence-receipt = فاکتور یا رسید خرید
composer-evidence-emails = ایمیل‌ها یا پیام‌های گفت‌وگو
composer-evidence-packaging = عکس بسته‌بندی و برچسب‌ها
composer-name = نام شما
composer-remember = نامم را در این دستگاه به خاطر بسپار
composer-forget = حذف نام من
composer-forgotten = نام شما از این دستگاه حذف شد.
composer-compose = نوشتن شکایت
composer-result = شکایت شما
composer-copy = کپی پیام
composer-copied = کپی شد.
composer-mail = باز کردن در برنامهٔ ایمیل
composer-print = چاپ
composer-error-order = شمارهٔ سفارش را وارد کنید.
composer-error-problem = مشکل پیش‌آمده را انتخاب کنید.
composer-error-summary = لطفاً فیلدهای مشخص‌شده در پایین را اصلاح کنید.
composer-nojs = این الگو را کپی کنید و بخش‌های داخل قلاب [ ] را کامل کنید:

# The plain template shown without JavaScript.
composer-template =
    موضوع: شکایت دربارهٔ سفارش [شمارهٔ سفارش]

    با سلام و احترام،

    دربارهٔ سفارش شمارهٔ [شمارهٔ سفارش] که در تاریخ [تاریخ] برای [کالا] ثبت کرده‌ام، برایتان می‌نویسم.
    مشکل: [چه اتفاقی افتاد، در دو یا سه جمله].
    درخواست من [بازگشت وجه / تعویض کالا / تعمیر / توضیح دربارهٔ آنچه پیش آمده] است.
    {"["}عکس‌ها، تصاویر صفحه، رسید] را پیوست کرده‌ام.

    لطفاً ظرف ۱۴ روز پاسخ دهید.

    با سپاس،
    {"["}نام شما]

composer-subject = شکایت دربارهٔ سفارش { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = با سلام و احترام،
composer-line-order = دربارهٔ سفارش شمارهٔ { $order } برایتان می‌نویسم.
composer-line-date = این سفارش را در تاریخ { $date } ثبت کردم.
composer-line-product = کالای مورد نظر: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] خواهشمندم کل مبلغ پرداختی را به من بازگردانید.
    [replacement] خواهشمندم کالای جایگزین را بدون هزینهٔ اضافی برایم ارسال کنید.
    [repair] خواهشمندم کالا را بدون هیچ هزینه‌ای برای من تعمیر کنید.
   *[explanation] خواهشمندم توضیح دهید چه اتفاقی افتاده و برای رفع آن چه اقدامی خواهید کرد.
}
composer-line-evidence = { $evidenceCount ->
    [0] در صورت نیاز می‌توانم مدارک لازم را برایتان بفرستم.
    [one] این مدرک را پیوست کرده‌ام: { $evidence }.
   *[other] { $evidenceCount } مدرک پیوست کرده‌ام: { $evidence }.
}
composer-closing = لطفاً ظرف ۱۴ روز پاسخ دهید.
composer-signoff = با سپاس،
