# Built-in UI strings of the default theme, Malay. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Pusat Bantuan
site-tagline = Jawapan kepada soalan lazim dan cara untuk mendapatkan bantuan lanjut.

## Navigation
skip-to-content = Langkau ke kandungan
nav-main = Navigasi utama
nav-menu = Menu
breadcrumbs = Laluan navigasi
sections-heading = Topik
in-this-section = Dalam bahagian ini
section-count = { $count ->
   *[other] { $count } halaman
}
on-this-page = Di halaman ini
previous-page = Sebelumnya
next-page = Seterusnya
related-pages = Halaman berkaitan
last-updated = Kali terakhir dikemas kini: { $date }
draft-badge = Draf

## Language switcher and chooser
language-switcher = Bahasa
language-unavailable = { $language }: belum tersedia
choose-language = Pilih bahasa anda
choose-language-intro = Pusat bantuan ini tersedia dalam bahasa-bahasa berikut.
not-translated-title = Halaman ini belum tersedia dalam bahasa Melayu.
not-translated-body = Anda sedang membaca versi { $source } sehingga terjemahannya siap.

## Guides
guide-label = Panduan langkah demi langkah
steps-heading = Langkah dalam panduan ini
step-of = Langkah { $step } daripada { $total }
step-done = Tandakan langkah { $step } sebagai selesai
guide-progress = { $done } daripada { $total } langkah selesai
steps-reset = Kosongkan semua tanda
print-checklist = Cetak senarai semak ini

## FAQ
faq-label = Soalan lazim
faq-count = { $count ->
   *[other] { $count } soalan
}
faq-expand-all = Buka semua jawapan
faq-collapse-all = Tutup semua jawapan

## Still need help?
help-heading = Masih memerlukan bantuan?
help-intro = Hubungi khidmat pelanggan kedai melalui salah satu saluran berikut.
help-hours = Waktu operasi
help-reply = Tempoh biasa untuk balasan

## Search
search-label = Cari di pusat bantuan
search-placeholder = Cari, cth. bayaran balik
search-results = Hasil carian
search-results-count = { $count ->
    [0] Tiada hasil
   *[other] { $count } hasil
}
search-no-results = Tiada hasil yang sepadan dengan “{ $query }”.
search-no-results-help = Cuba perkataan lain, semak ejaan atau mulakan dengan salah satu panduan di bawah.
search-did-you-mean = Memaparkan hasil untuk “{ $query }”.
search-partial = Bukan semua perkataan anda ditemui: ini halaman yang mengandungi kebanyakannya.
search-browse = Semak imbas semua halaman
search-hint = Tekan / untuk mencari

## Not found
not-found-title = Halaman tidak ditemui
not-found-body = Halaman yang anda cari tiada di sini. Halaman itu mungkin telah dipindahkan atau pautannya salah.
not-found-home = Pergi ke laman utama pusat bantuan

## Language
# The language's own name, shown in the language switcher.
language-name = Bahasa Melayu

## Callouts in pages (> [!NOTE] ...)
callout-note = Nota
callout-tip = Petua
callout-important = Penting
callout-warning = Amaran
callout-caution = Awas

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Adakah ini membantu?
feedback-answer-question = Adakah jawapan ini membantu?
feedback-yes = Ya
feedback-no = Tidak
feedback-reason = Apakah yang boleh diperbaik? (pilihan)
feedback-thanks = Terima kasih atas maklum balas anda.
feedback-failed = Maklum balas anda tidak dapat dihantar.
feedback-retry = Cuba lagi
feedback-sending = Menghantar…
