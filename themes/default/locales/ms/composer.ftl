# Built-in UI strings of the complaint composer, Malay: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Tulis aduan anda
composer-intro = Isikan maklumat yang anda tahu. Mesej anda akan dipaparkan di bawah, sedia untuk disalin atau dihantar. Apa-apa yang anda taip tidak dihantar ke mana-mana.
composer-order = Nombor pesanan
composer-order-hint = Anda boleh menemuinya dalam sejarah pesanan atau dalam e-mel pengesahan pesanan.
composer-date = Tarikh pesanan
composer-product = Produk
composer-problem = Apakah masalahnya?
composer-problem-choose = Pilih satu
composer-problem-damaged = Barang tiba dalam keadaan rosak
composer-problem-faulty = Barang tidak berfungsi dengan betul
composer-problem-wrong = Barang yang diterima bukan barang yang dipesan
composer-problem-not-described = Barang tidak seperti yang diterangkan
composer-problem-missing = Barang tidak pernah sampai
composer-problem-late = Barang sampai sangat lewat
composer-problem-other = Ada masalah lain
composer-details = Terangkan masalahnya
composer-details-hint = Dua atau tiga ayat: apa yang berlaku dan bila.
composer-outcome = Apakah yang anda mahukan?
composer-outcome-refund = Bayaran balik
composer-outcome-replacement = Barang gantian
composer-outcome-repair = Pembaikan
composer-outcome-explanation = Penjelasan
composer-evidence = Apakah bukti yang anda ada?
composer-evidence-photos = Foto atau video yang menunjukkan masalah
composer-evidence-screenshots = Tangkapan skrin halaman produk
composer-evidence-receipt = Invois atau resit
composer-evidence-emails = E-mel atau mesej sembang
composer-evidence-packaging = Foto bungkusan berserta label
composer-name = Nama anda
composer-remember = Ingat nama saya pada peranti ini
composer-forget = Lupakan nama saya
composer-forgotten = Nama anda telah dialih keluar daripada peranti ini.
composer-compose = Tulis aduan saya
composer-result = Aduan anda
composer-copy = Salin mesej
composer-copied = Disalin.
composer-mail = Buka dalam aplikasi e-mel saya
composer-print = Cetak
composer-error-order = Masukkan nombor pesanan.
composer-error-problem = Pilih masalah yang berlaku.
composer-error-summary = Sila betulkan medan yang ditandakan di bawah.
composer-nojs = Salin templat ini dan isikan bahagian di dalam kurungan segi empat:

# The plain template shown without JavaScript.
composer-template =
    Perkara: Aduan tentang pesanan [nombor pesanan]

    Tuan/Puan,

    Saya menulis berkenaan pesanan [nombor pesanan] yang dibuat pada [tarikh] untuk [produk].
    Masalahnya: [apa yang berlaku, dalam dua atau tiga ayat].
    Saya memohon [bayaran balik / barang gantian / pembaikan / penjelasan].
    Bersama-sama ini saya lampirkan [foto, tangkapan skrin, resit].

    Sila balas dalam tempoh 14 hari.

    Yang benar,
    {"["}nama anda]

composer-subject = Aduan tentang pesanan { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Tuan/Puan,
composer-line-order = Saya menulis berkenaan pesanan { $order }.
composer-line-date = Pesanan itu dibuat pada { $date }.
composer-line-product = Barang yang dipesan ialah { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Saya memohon bayaran balik penuh.
    [replacement] Saya memohon barang gantian dihantar kepada saya tanpa sebarang kos tambahan.
    [repair] Saya memohon barang ini dibaiki tanpa sebarang kos kepada saya.
   *[explanation] Saya memohon penjelasan tentang apa yang berlaku dan tindakan yang akan diambil oleh pihak tuan/puan.
}
composer-line-evidence = { $evidenceCount ->
    [0] Saya boleh menghantar bukti sekiranya diperlukan.
   *[other] Bersama-sama ini saya lampirkan bukti berikut: { $evidence }.
}
composer-closing = Sila balas dalam tempoh 14 hari.
composer-signoff = Yang benar,
