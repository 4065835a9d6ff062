# Built-in UI strings of the complaint composer, Urdu: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = اپنی شکایت لکھیں
composer-intro = جو معلومات آپ کو معلوم ہیں وہ پُر کریں۔ آپ کا پیغام نیچے ظاہر ہوگا، کاپی کرنے یا بھیجنے کے لیے تیار۔ آپ جو کچھ بھی لکھیں وہ کہیں نہیں بھیجا جاتا۔
composer-order = آرڈر نمبر
composer-order-hint = یہ آپ کو اپنی آرڈر ہسٹری یا آرڈر کی تصدیقی ای میل میں ملے گا۔
composer-date = آرڈر کی تاریخ
composer-product = پروڈکٹ
composer-problem = کیا مسئلہ ہوا؟
composer-problem-choose = ایک منتخب کریں
composer-problem-damaged = سامان خراب حالت میں پہنچا
composer-problem-faulty = سامان ٹھیک سے کام نہیں کرتا
composer-problem-wrong = غلط سامان بھیجا گیا
composer-problem-not-described = سامان تفصیل کے مطابق نہیں ہے
composer-problem-missing = سامان کبھی پہنچا ہی نہیں
composer-problem-late = سامان بہت تاخیر سے پہنچا
composer-problem-other = کوئی اور مسئلہ ہے
composer-details = مسئلے کی تفصیل بتائیں
composer-details-hint = دو یا تین جملے: کیا ہوا اور کب ہوا۔
composer-outcome = آپ کیا چاہتے ہیں؟
composer-outcome-refund = رقم کی واپسی
composer-outcome-replacement = سامان کی تبدیلی
composer-outcome-repair = مرمت
composer-outcome-explanation = وضاحت
composer-evidence = آپ کے پاس کیا ثبوت ہیں؟
composer-evidence-photos = مسئلے کی تصاویر یا ویڈیو
composer-evidence-screenshots = پروڈکٹ صفحے کے اسکرین شاٹس
composer-evidence-receipt = انوائس یا رسید
composer-evidence-emails = ای میلز یا چیٹ کے پیغامات
composer-evidence-packaging = پیکنگ و لیبلز کی تصاویر
composer-name = آپ کا نام
composer-remember = اس آلے پر میرا نام یاد رکھیں
composer-forget = میرا نام بھول جائیں
composer-forgotten = آپ کا نام اس آلے سے ہٹا دیا گیا۔
composer-compose = میری شکایت تیار کریں
composer-result = آپ کی شکایت
composer-copy = پیغام کاپی کریں
composer-copied = کاپی ہو گیا۔
composer-mail = میری ای میل ایپ میں کھولیں
composer-print = پرنٹ کریں
composer-error-order = آرڈر نمبر درج کریں۔
composer-error-problem = منتخب کریں کہ کیا مسئلہ ہوا۔
composer-error-summary = براہِ کرم نیچے نشان زد خانے درست کریں۔
composer-nojs = یہ نمونہ کاپی کریں اور چوکور بریکٹ میں دیے گئے حصے پُر کریں:

# The plain template shown without JavaScript.
composer-template =
    موضوع: آرڈر [آرڈر نمبر] کے بارے میں شکایت

    محترم جناب/محترمہ،

    یہ خط آرڈر [آرڈر نمبر] کے بارے میں ہے، جو [تاریخ] کو [پروڈکٹ] کے لیے دیا گیا تھا۔
    مسئلہ: [کیا ہوا، دو یا تین جملوں میں]۔
    میری درخواست ہے کہ [رقم واپس کی جائے / سامان تبدیل کیا جائے / مرمت کی جائے / وضاحت کی جائے]۔
    ساتھ میں [تصاویر، اسکرین شاٹس، رسید] منسلک ہیں۔

    براہِ کرم 14 دن کے اندر جواب دیں۔

    والسلام،
    {"["}آپ کا نام]

composer-subject = آرڈر { $order } کے بارے میں شکایت

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
# The lines avoid first-person verbs, which in Urdu would show the writer's gender.
composer-greeting = محترم جناب/محترمہ،
composer-line-order = یہ پیغام آرڈر نمبر { $order } کے بارے میں ہے۔
composer-line-date = آرڈر کی تاریخ: { $date }۔
composer-line-product = پروڈکٹ: { $product }۔
composer-line-problem = { $problem }۔ { $details }
composer-line-outcome = { $outcome ->
    [refund] میری درخواست ہے کہ پوری رقم واپس کی جائے۔
    [replacement] میری درخواست ہے کہ بغیر کسی اضافی خرچ کے متبادل سامان بھیجا جائے۔
    [repair] میری درخواست ہے کہ مجھ پر کوئی خرچ ڈالے بغیر سامان کی مرمت کی جائے۔
   *[explanation] میری درخواست ہے کہ وضاحت کی جائے کہ کیا ہوا اور آپ اس سلسلے میں کیا اقدام کریں گے۔
}
composer-line-evidence = { $evidenceCount ->
    [0] ضرورت ہو تو ثبوت بھیجے جا سکتے ہیں۔
    [one] یہ ثبوت ساتھ منسلک ہے: { $evidence }۔
   *[other] یہ { $evidenceCount } ثبوت ساتھ منسلک ہیں: { $evidence }۔
}
composer-closing = براہِ کرم 14 دن کے اندر جواب دیں۔
composer-signoff = والسلام،
