# Built-in UI strings of the complaint composer, Hebrew: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = כתיבת תלונה
composer-intro = אפשר למלא את מה שידוע לך. ההודעה תופיע למטה, מוכנה להעתקה או לשליחה. שום דבר ממה שמוקלד כאן לא נשלח לשום מקום.
composer-order = מספר הזמנה
composer-order-hint = אפשר למצוא אותו בהיסטוריית ההזמנות או בהודעת האישור שנשלחה בדוא״ל.
composer-date = תאריך ההזמנה
composer-product = מוצר
composer-problem = מה הבעיה?
composer-problem-choose = בחירה
composer-problem-damaged = המוצר הגיע פגום
composer-problem-faulty = המוצר לא עובד כמו שצריך
composer-problem-wrong = קיבלתי מוצר אחר מזה שהזמנתי
composer-problem-not-described = המוצר לא תואם לתיאור
composer-problem-missing = ההזמנה לא הגיעה בכלל
composer-problem-late = ההזמנה הגיעה באיחור רב
composer-problem-other = יש בעיה אחרת
composer-details = תיאור הבעיה
composer-details-hint = שניים–שלושה משפטים: מה קרה ומתי.
composer-outcome = מה הפתרון המבוקש?
composer-outcome-refund = החזר כספי
composer-outcome-replacement = החלפת המוצר
composer-outcome-repair = תיקון
composer-outcome-explanation = הסבר
composer-evidence = אילו הוכחות יש לך?
composer-evidence-photos = תמונות או סרטון של הבעיה
composer-evidence-screenshots = צילומי מסך של דף המוצר
composer-evidence-receipt = החשבונית או הקבלה
composer-evidence-emails = הודעות דוא״ל או צ׳אט
composer-evidence-packaging = תמונות של האריזה והתוויות
composer-name = השם שלך
composer-remember = לזכור את השם שלי במכשיר הזה
composer-forget = מחיקת השם שלי
composer-forgotten = השם שלך הוסר מהמכשיר הזה.
composer-compose = ניסוח התלונה
composer-result = התלונה שלך
composer-copy = העתקת ההודעה
composer-copied = ההודעה הועתקה.
composer-mail = פתיחה באפליקציית הדוא״ל
composer-print = הדפסה
composer-error-order = יש להזין את מספר ההזמנה.
composer-error-problem = יש לבחור מה הבעיה.
composer-error-summary = יש לתקן את השדות המסומנים למטה.
composer-nojs = אפשר להעתיק את התבנית הזו ולמלא את החלקים שבסוגריים המרובעים:

# The plain template shown without JavaScript.
composer-template =
    נושא: תלונה בנוגע להזמנה [מספר הזמנה]

    שלום רב,

    אני פונה אליכם בנוגע להזמנה מספר [מספר הזמנה], שבוצעה בתאריך [תאריך], של המוצר [מוצר].
    הבעיה: [מה קרה, בשניים–שלושה משפטים].
    אבקש [החזר כספי / החלפת המוצר / תיקון / הסבר].
    מצורפים [תמונות, צילומי מסך, הקבלה].

    אבקש לקבל תשובה בתוך 14 ימים.

    בברכה,
    {"["}השם שלך]

composer-subject = תלונה בנוגע להזמנה { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = שלום רב,
composer-line-order = אני פונה אליכם בנוגע להזמנה מספר { $order }.
composer-line-date = ההזמנה בוצעה בתאריך { $date }.
composer-line-product = מדובר במוצר: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] אבקש לקבל החזר כספי מלא.
    [replacement] אבקש שתשלחו לי מוצר חלופי ללא עלות נוספת.
    [repair] אבקש שהמוצר יתוקן ללא עלות מצדי.
   *[explanation] אבקש הסבר על מה שקרה ועל הצעדים שתנקטו כדי לטפל בכך.
}
composer-line-evidence = { $evidenceCount ->
    [0] אוכל לשלוח הוכחות אם יהיה צורך.
    [one] צירפתי את ההוכחה הבאה: { $evidence }.
    [two] צירפתי שתי הוכחות: { $evidence }.
   *[other] צירפתי { $evidenceCount } הוכחות: { $evidence }.
}
composer-closing = אבקש לקבל תשובה בתוך 14 ימים.
composer-signoff = בברכה,
