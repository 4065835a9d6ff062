# Built-in UI strings of the complaint composer, Lao: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = ຂຽນຄຳຮ້ອງຮຽນຂອງທ່ານ
composer-intro = ກະລຸນາປ້ອນຂໍ້ມູນເທົ່າທີ່ທ່ານຮູ້. ຂໍ້ຄວາມຂອງທ່ານຈະປາກົດຢູ່ຂ້າງລຸ່ມ ພ້ອມໃຫ້ສຳເນົາ ຫຼື ສົ່ງໄດ້ທັນທີ. ສິ່ງທີ່ທ່ານພິມຈະບໍ່ຖືກສົ່ງໄປບ່ອນໃດເລີຍ.
composer-order = ເລກທີຄຳສັ່ງຊື້
composer-order-hint = ທ່ານສາມາດເບິ່ງໄດ້ໃນປະຫວັດການສັ່ງຊື້ ຫຼື ໃນອີເມວຢືນຢັນການສັ່ງຊື້.
composer-date = ວັນທີສັ່ງຊື້
composer-product = ສິນຄ້າ
composer-problem = ເກີດບັນຫາຫຍັງ?
composer-problem-choose = ກະລຸນາເລືອກ
composer-problem-damaged = ສິນຄ້າມາຮອດໃນສະພາບເສຍຫາຍ
composer-problem-faulty = ສິນຄ້າໃຊ້ງານບໍ່ໄດ້ຕາມປົກກະຕິ
composer-problem-wrong = ໄດ້ຮັບສິນຄ້າບໍ່ຖືກກັບທີ່ສັ່ງ
composer-problem-not-described = ສິນຄ້າບໍ່ກົງກັບຄຳອະທິບາຍ
composer-problem-missing = ສິນຄ້າບໍ່ເຄີຍມາຮອດ
composer-problem-late = ສິນຄ້າມາຮອດຊ້າຫຼາຍ
composer-problem-other = ມີບັນຫາອື່ນ
composer-details = ອະທິບາຍບັນຫາ
composer-details-hint = ສອງ ຫຼື ສາມປະໂຫຍກ: ເກີດຫຍັງຂຶ້ນ ແລະ ເມື່ອໃດ.
composer-outcome = ທ່ານຕ້ອງການໃຫ້ແກ້ໄຂແນວໃດ?
composer-outcome-refund = ການຄືນເງິນ
composer-outcome-replacement = ການປ່ຽນສິນຄ້າໃໝ່
composer-outcome-repair = ການສ້ອມແປງ
composer-outcome-explanation = ຄຳອະທິບາຍ
composer-evidence = ທ່ານມີຫຼັກຖານຫຍັງແດ່?
composer-evidence-photos = ຮູບພາບ ຫຼື ວິດີໂອຂອງບັນຫາ
composer-evidence-screenshots = ຮູບໜ້າຈໍຂອງໜ້າສິນຄ້າ
composer-evidence-receipt = ໃບແຈ້ງໜີ້ ຫຼື ໃບບິນ
composer-evidence-emails = ອີເມວ ຫຼື ຂໍ້ຄວາມແຊັດ
composer-evidence-packaging = ຮູບພາບຂອງບັນຈຸພັນ ແລະ ປ້າຍ
composer-name = ຊື່ຂອງທ່ານ
composer-remember = ຈື່ຊື່ຂອງຂ້ອຍໄວ້ໃນອຸປະກອນນີ້
composer-forget = ລຶບຊື່ຂອງຂ້ອຍ
composer-forgotten = ລຶບຊື່ຂອງທ່ານອອກຈາກອຸປະກອນນີ້ແລ້ວ.
composer-compose = ຂຽນຄຳຮ້ອງຮຽນ
composer-result = ຄຳຮ້ອງຮຽນຂອງທ່ານ
composer-copy = ສຳເນົາຂໍ້ຄວາມ
composer-copied = ສຳເນົາແລ້ວ.
composer-mail = ເປີດໃນແອັບອີເມວ
composer-print = ພິມ
composer-error-order = ກະລຸນາປ້ອນເລກທີຄຳສັ່ງຊື້.
composer-error-problem = ກະລຸນາເລືອກບັນຫາທີ່ເກີດຂຶ້ນ.
composer-error-summary = ກະລຸນາແກ້ໄຂຊ່ອງທີ່ໝາຍໄວ້ຂ້າງລຸ່ມນີ້.
composer-nojs = ສຳເນົາແບບຟອມນີ້ ແລະ ຕື່ມຂໍ້ມູນໃນວົງເລັບສີ່ຫຼ່ຽມ [ ]:

# The plain template shown without JavaScript.
composer-template =
    ເລື່ອງ: ຮ້ອງຮຽນກ່ຽວກັບຄຳສັ່ງຊື້ເລກທີ [ເລກທີຄຳສັ່ງຊື້]

    ຮຽນ ຝ່າຍບໍລິການລູກຄ້າ

    ຂ້າພະເຈົ້າຂໍຕິດຕໍ່ກ່ຽວກັບຄຳສັ່ງຊື້ເລກທີ [ເລກທີຄຳສັ່ງຊື້] ທີ່ສັ່ງເມື່ອວັນທີ [ວັນທີ] ສຳລັບສິນຄ້າ [ສິນຄ້າ].
    ບັນຫາ: [ເກີດຫຍັງຂຶ້ນ, ສອງ ຫຼື ສາມປະໂຫຍກ].
    ຂ້າພະເຈົ້າຂໍໃຫ້ [ຄືນເງິນ / ປ່ຽນສິນຄ້າໃໝ່ / ສ້ອມແປງ / ອະທິບາຍສິ່ງທີ່ເກີດຂຶ້ນ].
    ຂ້າພະເຈົ້າໄດ້ແນບ [ຮູບພາບ, ຮູບໜ້າຈໍ, ໃບບິນ] ມາພ້ອມນີ້.

    ກະລຸນາຕອບກັບພາຍໃນ 14 ວັນ.

    ດ້ວຍຄວາມນັບຖື
    {"["}ຊື່ຂອງທ່ານ]

composer-subject = ຮ້ອງຮຽນກ່ຽວກັບຄຳສັ່ງຊື້ເລກທີ { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = ຮຽນ ຝ່າຍບໍລິການລູກຄ້າ
composer-line-order = ຂ້າພະເຈົ້າຂໍຕິດຕໍ່ກ່ຽວກັບຄຳສັ່ງຊື້ເລກທີ { $order }.
composer-line-date = ຂ້າພະເຈົ້າໄດ້ສັ່ງຊື້ເມື່ອວັນທີ { $date }.
composer-line-product = ສິນຄ້າທີ່ກ່າວເຖິງແມ່ນ { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] ຂ້າພະເຈົ້າຂໍໃຫ້ຄືນເງິນເຕັມຈຳນວນ.
    [replacement] ຂ້າພະເຈົ້າຂໍໃຫ້ສົ່ງສິນຄ້າໃໝ່ມາປ່ຽນໃຫ້ ໂດຍບໍ່ມີຄ່າໃຊ້ຈ່າຍເພີ່ມເຕີມ.
    [repair] ຂ້າພະເຈົ້າຂໍໃຫ້ສ້ອມແປງສິນຄ້າໃຫ້ ໂດຍບໍ່ເສຍຄ່າໃຊ້ຈ່າຍໃດໆ.
   *[explanation] ຂ້າພະເຈົ້າຂໍຄຳອະທິບາຍວ່າເກີດຫຍັງຂຶ້ນ ແລະ ທ່ານຈະແກ້ໄຂບັນຫານີ້ແນວໃດ.
}
composer-line-evidence = { $evidenceCount ->
    [0] ຖ້າທ່ານຕ້ອງການ, ຂ້າພະເຈົ້າສາມາດສົ່ງຫຼັກຖານໃຫ້ໄດ້.
   *[other] ຂ້າພະເຈົ້າໄດ້ແນບຫຼັກຖານ { $evidenceCount } ລາຍການມາພ້ອມນີ້: { $evidence }.
}
composer-closing = ກະລຸນາຕອບກັບພາຍໃນ 14 ວັນ.
composer-signoff = ດ້ວຍຄວາມນັບຖື
