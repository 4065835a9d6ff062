# Built-in UI strings of the complaint composer, Indonesian: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Tulis keluhan Anda
composer-intro = Isi apa yang Anda ketahui. Pesan Anda akan muncul di bawah, siap disalin atau dikirim. Apa pun yang Anda ketik tidak dikirim ke mana pun.
composer-order = Nomor pesanan
composer-order-hint = Anda dapat menemukannya di riwayat pesanan atau di email konfirmasi.
composer-date = Tanggal pesanan
composer-product = Produk
composer-problem = Apa masalahnya?
composer-problem-choose = Pilih salah satu
composer-problem-damaged = Barang tiba dalam keadaan rusak
composer-problem-faulty = Barang tidak berfungsi dengan baik
composer-problem-wrong = Barang yang datang salah
composer-problem-not-described = Barang tidak sesuai dengan deskripsi
composer-problem-missing = Barang tidak pernah sampai
composer-problem-late = Barang datang sangat terlambat
composer-problem-other = Masalah lain
composer-details = Jelaskan masalahnya
composer-details-hint = Dua atau tiga kalimat: apa yang terjadi dan kapan.
composer-outcome = Apa yang Anda inginkan?
composer-outcome-refund = Pengembalian dana
composer-outcome-replacement = Penggantian barang
composer-outcome-repair = Perbaikan
composer-outcome-explanation = Penjelasan
composer-evidence = Bukti apa yang Anda miliki?
composer-evidence-photos = Foto atau video masalahnya
composer-evidence-screenshots = Tangkapan layar halaman produk
composer-evidence-receipt = Faktur atau struk pembelian
composer-evidence-emails = Email atau pesan obrolan
composer-evidence-packaging = Foto kemasan dan label
composer-name = Nama Anda
composer-remember = Ingat nama saya di perangkat ini
composer-forget = Lupakan nama saya
composer-forgotten = Nama Anda telah dihapus dari perangkat ini.
composer-compose = Buat keluhan saya
composer-result = Keluhan Anda
composer-copy = Salin pesan
composer-copied = Disalin.
composer-mail = Buka di aplikasi email saya
composer-print = Cetak
composer-error-order = Masukkan nomor pesanan.
composer-error-problem = Pilih masalah yang terjadi.
composer-error-summary = Harap perbaiki isian yang ditandai di bawah.
composer-nojs = Salin templat ini dan isi bagian di dalam kurung siku:

# The plain template shown without JavaScript.
composer-template =
    Subjek: Keluhan tentang pesanan [nomor pesanan]

    Dengan hormat,

    Saya menghubungi Anda mengenai pesanan [nomor pesanan] yang saya buat pada [tanggal], untuk [produk].
    Masalahnya: [apa yang terjadi, dalam dua atau tiga kalimat].
    Saya meminta [pengembalian dana / penggantian barang / perbaikan / penjelasan].
    Bersama ini saya lampirkan [foto, tangkapan layar, struk].

    Mohon tanggapan Anda dalam waktu 14 hari.

    Hormat saya,
    {"["}nama Anda]

composer-subject = Keluhan tentang pesanan { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Dengan hormat,
composer-line-order = Saya menghubungi Anda mengenai pesanan { $order }.
composer-line-date = Pesanan tersebut saya buat pada { $date }.
composer-line-product = Barang yang dimaksud adalah { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Saya meminta pengembalian dana secara penuh.
    [replacement] Saya meminta barang pengganti dikirimkan kepada saya tanpa biaya tambahan.
    [repair] Saya meminta barang tersebut diperbaiki tanpa biaya apa pun bagi saya.
   *[explanation] Saya meminta penjelasan tentang apa yang terjadi dan langkah yang akan Anda ambil.
}
composer-line-evidence = { $evidenceCount ->
    [0] Saya dapat mengirimkan bukti jika diperlukan.
   *[other] Bersama ini saya lampirkan { $evidenceCount } bukti: { $evidence }.
}
composer-closing = Mohon tanggapan Anda dalam waktu 14 hari.
composer-signoff = Hormat saya,
