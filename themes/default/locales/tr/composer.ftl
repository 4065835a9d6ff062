# Built-in UI strings of the complaint composer, Turkish: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Şikâyetinizi yazın
composer-intro = Bildiklerinizi doldurun. Mesajınız aşağıda, kopyalamaya veya göndermeye hazır şekilde görünecek. Yazdığınız hiçbir şey hiçbir yere gönderilmez.
composer-order = Sipariş numarası
composer-order-hint = Sipariş geçmişinizde veya sipariş onayı e-postasında bulabilirsiniz.
composer-date = Sipariş tarihi
composer-product = Ürün
composer-problem = Sorun nedir?
composer-problem-choose = Birini seçin
composer-problem-damaged = Ürün hasarlı geldi
composer-problem-faulty = Ürün düzgün çalışmıyor
composer-problem-wrong = Yanlış ürün gönderildi
composer-problem-not-described = Ürün açıklamadaki gibi değil
composer-problem-missing = Ürün hiç gelmedi
composer-problem-late = Ürün çok geç geldi
composer-problem-other = Başka bir sorun var
composer-details = Sorunu açıklayın
composer-details-hint = İki üç cümleyle: ne oldu ve ne zaman oldu.
composer-outcome = Ne talep ediyorsunuz?
composer-outcome-refund = Para iadesi
composer-outcome-replacement = Ürün değişimi
composer-outcome-repair = Onarım
composer-outcome-explanation = Açıklama
composer-evidence = Elinizde hangi kanıtlar var?
composer-evidence-photos = Sorunun fotoğrafları veya videosu
composer-evidence-screenshots = Ürün sayfasının ekran görüntüleri
composer-evidence-receipt = Fatura veya fiş
composer-evidence-emails = E-postalar veya sohbet mesajları
composer-evidence-packaging = Etiketleriyle birlikte ambalajın fotoğrafları
composer-name = Adınız
composer-remember = Adımı bu cihazda hatırla
composer-forget = Adımı unut
composer-forgotten = Adınız bu cihazdan silindi.
composer-compose = Şikâyetimi oluştur
composer-result = Şikâyetiniz
composer-copy = Mesajı kopyala
composer-copied = Kopyalandı.
composer-mail = E-posta uygulamamda aç
composer-print = Yazdır
composer-error-order = Sipariş numarasını girin.
composer-error-problem = Sorunun ne olduğunu seçin.
composer-error-summary = Lütfen aşağıda işaretlenen alanları düzeltin.
composer-nojs = Bu şablonu kopyalayın ve köşeli parantez içindeki bölümleri doldurun:

# The plain template shown without JavaScript.
composer-template =
    Konu: [sipariş numarası] numaralı sipariş hakkında şikâyet

    Sayın Yetkili,

    Bu e-postayı, [tarih] tarihinde verdiğim [sipariş numarası] numaralı siparişim ([ürün]) hakkında yazıyorum.
    Sorun: [ne oldu, iki üç cümleyle].
    Talebim: [para iadesi / ürün değişimi / onarım / açıklama].
    Ekte [fotoğraflar, ekran görüntüleri, fiş] yer almaktadır.

    Lütfen 14 gün içinde yanıt verin.

    Saygılarımla,
    {"["}adınız]

composer-subject = { $order } numaralı sipariş hakkında şikâyet

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Sayın Yetkili,
composer-line-order = { $order } numaralı siparişim hakkında yazıyorum.
composer-line-date = Siparişi { $date } tarihinde verdim.
composer-line-product = Söz konusu ürün: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Ödediğim tutarın tamamının iade edilmesini talep ediyorum.
    [replacement] Ek bir ücret ödemeden yerine yeni bir ürün gönderilmesini talep ediyorum.
    [repair] Ürünün tarafıma hiçbir masraf çıkarılmadan onarılmasını talep ediyorum.
   *[explanation] Ne olduğunu ve bu konuda ne yapacağınızı açıklamanızı talep ediyorum.
}
composer-line-evidence = { $evidenceCount ->
    [0] Gerekirse kanıt gönderebilirim.
    [one] Şu kanıtı ekte gönderiyorum: { $evidence }.
   *[other] Şu { $evidenceCount } kanıtı ekte gönderiyorum: { $evidence }.
}
composer-closing = Lütfen 14 gün içinde yanıt verin.
composer-signoff = Saygılarımla,
