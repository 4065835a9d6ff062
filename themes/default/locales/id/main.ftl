# Built-in UI strings of the default theme, Indonesian. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Pusat Bantuan
site-tagline = Jawaban atas pertanyaan umum dan cara mendapatkan bantuan lebih lanjut.

## Navigation
skip-to-content = Langsung ke konten
nav-main = Navigasi utama
nav-menu = Menu
breadcrumbs = Jejak navigasi
sections-heading = Topik
in-this-section = Di bagian ini
section-count = { $count ->
   *[other] { $count } halaman
}
on-this-page = Di halaman ini
previous-page = Sebelumnya
next-page = Berikutnya
related-pages = Halaman terkait
last-updated = Terakhir diperbarui: { $date }
draft-badge = Draf

## Language switcher and chooser
language-switcher = Bahasa
language-unavailable = { $language }: belum tersedia
choose-language = Pilih bahasa Anda
choose-language-intro = Pusat bantuan ini tersedia dalam bahasa-bahasa berikut.
not-translated-title = Halaman ini belum tersedia dalam bahasa Indonesia.
not-translated-body = Sampai terjemahannya siap, Anda membaca versi aslinya ({ $source }).

## Guides
guide-label = Panduan langkah demi langkah
steps-heading = Langkah-langkah dalam panduan ini
step-of = Langkah { $step } dari { $total }
step-done = Tandai langkah { $step } sebagai selesai
guide-progress = { $done } dari { $total } langkah selesai
steps-reset = Hapus semua centang
print-checklist = Cetak daftar periksa ini

## FAQ
faq-label = Pertanyaan yang sering diajukan
faq-count = { $count ->
   *[other] { $count } pertanyaan
}
faq-expand-all = Buka semua jawaban
faq-collapse-all = Tutup semua jawaban

## Still need help?
help-heading = Masih butuh bantuan?
help-intro = Hubungi layanan pelanggan toko melalui salah satu saluran berikut.
help-hours = Jam layanan
help-reply = Waktu balasan biasanya

## Search
search-label = Cari di pusat bantuan
search-placeholder = Cari, misalnya pengembalian dana
search-results = Hasil pencarian
search-results-count = { $count ->
    [0] Tidak ada hasil
   *[other] { $count } hasil
}
search-no-results = Tidak ada hasil untuk “{ $query }”.
search-no-results-help = Coba kata lain, periksa ejaannya, atau mulai dari salah satu panduan di bawah.
search-did-you-mean = Menampilkan hasil untuk “{ $query }”.
search-partial = Tidak semua kata Anda ditemukan: ini halaman yang memuat sebagian besar kata tersebut.
search-browse = Jelajahi semua halaman
search-hint = Tekan / untuk mencari

## Not found
not-found-title = Halaman tidak ditemukan
not-found-body = Halaman yang Anda cari tidak ada di sini. Mungkin halaman itu sudah dipindahkan, atau tautannya salah.
not-found-home = Ke beranda pusat bantuan

## Language
# The language's own name, shown in the language switcher.
language-name = Bahasa Indonesia

## Callouts in pages (> [!NOTE] ...)
callout-note = Catatan
callout-tip = Tips
callout-important = Penting
callout-warning = Peringatan
callout-caution = Perhatian

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Apakah ini membantu?
feedback-answer-question = Apakah jawaban ini membantu?
feedback-yes = Ya
feedback-no = Tidak
feedback-reason = Apa yang bisa lebih baik? (opsional)
feedback-thanks = Terima kasih atas masukan Anda.
feedback-failed = Masukan Anda tidak dapat dikirim.
feedback-retry = Coba lagi
feedback-sending = Mengirim…
