# Built-in UI strings of the default theme, Turkish. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Yardım Merkezi
site-tagline = Sık sorulan soruların yanıtları ve daha fazla yardım almanın yolları.

## Navigation
skip-to-content = İçeriğe atla
nav-main = Ana menü
nav-menu = Menü
breadcrumbs = Sayfa yolu
sections-heading = Konular
in-this-section = Bu bölümde
section-count = { $count ->
    [one] { $count } sayfa
   *[other] { $count } sayfa
}
on-this-page = Bu sayfada
previous-page = Önceki
next-page = Sonraki
related-pages = İlgili sayfalar
last-updated = Son güncelleme: { $date }
draft-badge = Taslak

## Language switcher and chooser
language-switcher = Dil
language-unavailable = { $language }: henüz mevcut değil
choose-language = Dilinizi seçin
choose-language-intro = Bu yardım merkezi aşağıdaki dillerde kullanılabilir.
not-translated-title = Bu sayfa henüz Türkçe olarak mevcut değil.
not-translated-body = Çeviri hazır olana kadar sayfanın orijinal sürümünü ({ $source }) okuyorsunuz.

## Guides
guide-label = Adım adım kılavuz
steps-heading = Bu kılavuzdaki adımlar
step-of = Adım { $step } / { $total }
step-done = { $step }. adımı tamamlandı olarak işaretle
guide-progress = { $total } adımdan { $done } tanesi tamamlandı
steps-reset = Tüm işaretleri kaldır
print-checklist = Bu kontrol listesini yazdır

## FAQ
faq-label = Sıkça sorulan sorular
faq-count = { $count ->
    [one] { $count } soru
   *[other] { $count } soru
}
faq-expand-all = Tüm yanıtları aç
faq-collapse-all = Tüm yanıtları kapat

## Still need help?
help-heading = Hâlâ yardıma mı ihtiyacınız var?
help-intro = Mağazanın müşteri hizmetlerine bu kanallardan biriyle ulaşın.
help-hours = Çalışma saatleri
help-reply = Ortalama yanıt süresi

## Search
search-label = Yardım merkezinde ara
search-placeholder = Arayın, ör. para iadesi
search-results = Arama sonuçları
search-results-count = { $count ->
    [0] Sonuç yok
    [one] { $count } sonuç
   *[other] { $count } sonuç
}
search-no-results = “{ $query }” ile eşleşen bir sonuç bulunamadı.
search-no-results-help = Başka kelimeler deneyin, yazımı kontrol edin veya aşağıdaki kılavuzlardan biriyle başlayın.
search-did-you-mean = “{ $query }” için sonuçlar gösteriliyor.
search-partial = Sözcüklerinizin hepsi bulunamadı: çoğunu içeren sayfalar gösteriliyor.
search-browse = Tüm sayfalara göz at
search-hint = Aramak için / tuşuna basın

## Not found
not-found-title = Sayfa bulunamadı
not-found-body = Aradığınız sayfa burada değil. Taşınmış ya da bağlantı hatalı olabilir.
not-found-home = Yardım merkezi ana sayfasına git

## Language
# The language's own name, shown in the language switcher.
language-name = Türkçe

## Callouts in pages (> [!NOTE] ...)
callout-note = Not
callout-tip = İpucu
callout-important = Önemli
callout-warning = Uyarı
callout-caution = Dikkat

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Bu yardımcı oldu mu?
feedback-answer-question = Bu yanıt yardımcı oldu mu?
feedback-yes = Evet
feedback-no = Hayır
feedback-reason = Ne daha iyi olabilirdi? (isteğe bağlı)
feedback-thanks = Geri bildiriminiz için teşekkür ederiz.
feedback-failed = Geri bildiriminiz gönderilemedi.
feedback-retry = Tekrar dene
feedback-sending = Gönderiliyor…
