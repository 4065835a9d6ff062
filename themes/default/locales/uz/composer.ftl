# Built-in UI strings of the complaint composer, Uzbek (Latin): a form in a page that writes the
# complaint for the reader (a fenced block ```composer``` in any page). $evidence is a list the browser
# joins with the language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Shikoyatingizni yozing
composer-intro = Oʻzingiz bilgan maʼlumotlarni kiriting. Xabaringiz quyida paydo boʻladi — uni nusxalash yoki yuborish mumkin. Siz yozgan hech narsa hech qayerga yuborilmaydi.
composer-order = Buyurtma raqami
composer-order-hint = Uni buyurtmalar tarixida yoki buyurtmani tasdiqlovchi elektron xatda topasiz.
composer-date = Buyurtma sanasi
composer-product = Mahsulot
composer-problem = Qanday muammo yuz berdi?
composer-problem-choose = Birini tanlang
composer-problem-damaged = Mahsulot shikastlangan holda keldi
composer-problem-faulty = Mahsulot toʻgʻri ishlamayapti
composer-problem-wrong = Boshqa mahsulot yuborilgan
composer-problem-not-described = Mahsulot tavsifga mos kelmaydi
composer-problem-missing = Mahsulot umuman yetib kelmadi
composer-problem-late = Mahsulot juda kechikib keldi
composer-problem-other = Boshqa muammo bor
composer-details = Muammoni tasvirlab bering
composer-details-hint = Ikki-uch gap: nima boʻldi va qachon.
composer-outcome = Nimani xohlaysiz?
composer-outcome-refund = Pulni qaytarish
composer-outcome-replacement = Mahsulotni almashtirish
composer-outcome-repair = Taʼmirlash
composer-outcome-explanation = Tushuntirish
composer-evidence = Qanday dalillaringiz bor?
composer-evidence-photos = Muammoning fotosuratlari yoki videosi
composer-evidence-screenshots = Mahsulot sahifasining skrinshotlari
composer-evidence-receipt = Hisob-faktura yoki chek
composer-evidence-emails = Elektron xatlar yoki chatdagi xabarlar
composer-evidence-packaging = Yorliqlari bilan birga qadoqning fotosuratlari
composer-name = Ismingiz
composer-remember = Ismimni ushbu qurilmada eslab qolish
composer-forget = Ismimni unutish
composer-forgotten = Ismingiz ushbu qurilmadan oʻchirildi.
composer-compose = Shikoyatimni yozish
composer-result = Shikoyatingiz
composer-copy = Xabarni nusxalash
composer-copied = Nusxa olindi.
composer-mail = Pochta ilovamda ochish
composer-print = Chop etish
composer-error-order = Buyurtma raqamini kiriting.
composer-error-problem = Qanday muammo yuz berganini tanlang.
composer-error-summary = Iltimos, quyida belgilangan maydonlarni tuzating.
composer-nojs = Ushbu namunani nusxalang va kvadrat qavslar ichidagi qismlarni toʻldiring:

# The plain template shown without JavaScript.
composer-template =
    Mavzu: [buyurtma raqami] raqamli buyurtma yuzasidan shikoyat

    Assalomu alaykum!

    Sizga [sana] kuni berilgan [buyurtma raqami] raqamli buyurtma ([mahsulot]) yuzasidan murojaat qilyapman.
    Muammo: [nima boʻldi, ikki-uch gapda].
    Iltimos, [pulni qaytaring / mahsulotni almashtiring / taʼmirlab bering / tushuntirish bering].
    Xatga [fotosuratlar, skrinshotlar, chek] ilova qilinadi.

    Iltimos, 14 kun ichida javob bering.

    Hurmat bilan,
    {"["}ismingiz]

composer-subject = { $order } raqamli buyurtma yuzasidan shikoyat

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Assalomu alaykum!
composer-line-order = { $order } raqamli buyurtma yuzasidan murojaat qilyapman.
composer-line-date = Buyurtma sanasi: { $date }.
composer-line-product = Mahsulot: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Toʻlangan pulni toʻliq qaytarishingizni soʻrayman.
    [replacement] Mahsulotni qoʻshimcha toʻlovsiz yangisiga almashtirib berishingizni soʻrayman.
    [repair] Mahsulotni men uchun bepul taʼmirlab berishingizni soʻrayman.
   *[explanation] Nima sodir boʻlgani va bu borada qanday choralar koʻrishingizni tushuntirib berishingizni soʻrayman.
}
composer-line-evidence = { $evidenceCount ->
    [0] Zarur boʻlsa, dalillarni yuborishim mumkin.
    [one] Quyidagi dalilni ilova qilaman: { $evidence }.
   *[other] Quyidagi { $evidenceCount } ta dalilni ilova qilaman: { $evidence }.
}
composer-closing = Iltimos, 14 kun ichida javob bering.
composer-signoff = Hurmat bilan,
