# Built-in UI strings of the default theme, Lao. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = ສູນຊ່ວຍເຫຼືອ
site-tagline = ຄຳຕອບສຳລັບຄຳຖາມທີ່ພົບເລື້ອຍ ແລະ ວິທີຂໍຄວາມຊ່ວຍເຫຼືອເພີ່ມເຕີມ.

## Navigation
skip-to-content = ຂ້າມໄປຫາເນື້ອຫາ
nav-main = ເມນູຫຼັກ
nav-menu = ເມນູ
breadcrumbs = ເສັ້ນທາງນຳທາງ
sections-heading = ຫົວຂໍ້
in-this-section = ໃນພາກນີ້
section-count = { $count ->
   *[other] { $count } ໜ້າ
}
on-this-page = ໃນໜ້ານີ້
previous-page = ກ່ອນໜ້າ
next-page = ຖັດໄປ
related-pages = ໜ້າທີ່ກ່ຽວຂ້ອງ
last-updated = ອັບເດດຫຼ້າສຸດ: { $date }
draft-badge = ສະບັບຮ່າງ

## Language switcher and chooser
language-switcher = ພາສາ
language-unavailable = { $language }: ຍັງບໍ່ມີໃຫ້ບໍລິການ
choose-language = ເລືອກພາສາຂອງທ່ານ
choose-language-intro = ສູນຊ່ວຍເຫຼືອນີ້ມີໃຫ້ບໍລິການເປັນພາສາຕໍ່ໄປນີ້.
not-translated-title = ໜ້ານີ້ຍັງບໍ່ມີເປັນພາສາລາວເທື່ອ.
not-translated-body = ທ່ານກຳລັງອ່ານສະບັບພາສາຕົ້ນສະບັບ ({ $source }) ຈົນກວ່າການແປຈະສຳເລັດ.

## Guides
guide-label = ຄູ່ມືເທື່ອລະຂັ້ນຕອນ
steps-heading = ຂັ້ນຕອນໃນຄູ່ມືນີ້
step-of = ຂັ້ນຕອນທີ { $step } ຈາກທັງໝົດ { $total }
step-done = ໝາຍຂັ້ນຕອນທີ { $step } ວ່າເຮັດແລ້ວ
guide-progress = ເຮັດແລ້ວ { $done } ຈາກ { $total } ຂັ້ນຕອນ
steps-reset = ລຶບເຄື່ອງໝາຍທັງໝົດ
print-checklist = ພິມລາຍການກວດສອບນີ້

## FAQ
faq-label = ຄຳຖາມທີ່ພົບເລື້ອຍ
faq-count = { $count ->
   *[other] { $count } ຄຳຖາມ
}
faq-expand-all = ເປີດຄຳຕອບທັງໝົດ
faq-collapse-all = ປິດຄຳຕອບທັງໝົດ

## Still need help?
help-heading = ຍັງຕ້ອງການຄວາມຊ່ວຍເຫຼືອຢູ່ບໍ?
help-intro = ກະລຸນາຕິດຕໍ່ຝ່າຍບໍລິການລູກຄ້າຂອງຮ້ານຜ່ານຊ່ອງທາງໃດໜຶ່ງຕໍ່ໄປນີ້.
help-hours = ເວລາໃຫ້ບໍລິການ
help-reply = ໄລຍະເວລາຕອບກັບໂດຍປົກກະຕິ

## Search
search-label = ຄົ້ນຫາໃນສູນຊ່ວຍເຫຼືອ
search-placeholder = ຄົ້ນຫາ, ເຊັ່ນ: ການຄືນເງິນ
search-results = ຜົນການຄົ້ນຫາ
search-results-count = { $count ->
    [0] ບໍ່ພົບຜົນການຄົ້ນຫາ
   *[other] ພົບ { $count } ລາຍການ
}
search-no-results = ບໍ່ພົບຜົນການຄົ້ນຫາສຳລັບ “{ $query }”.
search-no-results-help = ລອງໃຊ້ຄຳອື່ນ, ກວດເບິ່ງການສະກົດຄຳ ຫຼື ເລີ່ມຈາກຄູ່ມືໃດໜຶ່ງຂ້າງລຸ່ມນີ້.
search-did-you-mean = ກຳລັງສະແດງຜົນການຄົ້ນຫາສຳລັບ “{ $query }”.
search-partial = ບໍ່ພົບທຸກຄຳທີ່ທ່ານຄົ້ນຫາ: ນີ້ແມ່ນໜ້າທີ່ມີຄຳສ່ວນຫຼາຍ.
search-browse = ເບິ່ງທຸກໜ້າ
search-hint = ກົດ / ເພື່ອຄົ້ນຫາ

## Not found
not-found-title = ບໍ່ພົບໜ້ານີ້
not-found-body = ບໍ່ມີໜ້າທີ່ທ່ານກຳລັງຊອກຫາຢູ່ບ່ອນນີ້. ໜ້ານັ້ນອາດຖືກຍ້າຍໄປແລ້ວ ຫຼື ລິ້ງອາດບໍ່ຖືກຕ້ອງ.
not-found-home = ໄປທີ່ໜ້າຫຼັກຂອງສູນຊ່ວຍເຫຼືອ

## Language
# The language's own name, shown in the language switcher.
language-name = ລາວ

## Callouts in pages (> [!NOTE] ...)
callout-note = ໝາຍເຫດ
callout-tip = ຄຳແນະນຳ
callout-important = ສຳຄັນ
callout-warning = ຄຳເຕືອນ
callout-caution = ຂໍ້ຄວນລະວັງ

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = ສິ່ງນີ້ມີປະໂຫຍດບໍ່?
feedback-answer-question = ຄຳຕອບນີ້ຊ່ວຍທ່ານໄດ້ບໍ່?
feedback-yes = ແມ່ນ
feedback-no = ບໍ່
feedback-reason = ມີຫຍັງທີ່ຄວນປັບປຸງບໍ່? (ບໍ່ບັງຄັບ)
feedback-thanks = ຂອບໃຈສຳລັບຄຳຄິດເຫັນຂອງທ່ານ.
feedback-failed = ບໍ່ສາມາດສົ່ງຄຳຄິດເຫັນຂອງທ່ານໄດ້.
feedback-retry = ລອງໃໝ່
feedback-sending = ກຳລັງສົ່ງ…
