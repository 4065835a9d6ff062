# Built-in UI strings of the default theme, Thai. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = ศูนย์ช่วยเหลือ
site-tagline = คำตอบสำหรับคำถามที่พบบ่อย และวิธีขอความช่วยเหลือเพิ่มเติม

## Navigation
skip-to-content = ข้ามไปยังเนื้อหา
nav-main = เมนูหลัก
nav-menu = เมนู
breadcrumbs = เส้นทางการนำทาง
sections-heading = หัวข้อ
in-this-section = ในส่วนนี้
section-count = { $count ->
   *[other] { $count } หน้า
}
on-this-page = ในหน้านี้
previous-page = ก่อนหน้า
next-page = ถัดไป
related-pages = หน้าที่เกี่ยวข้อง
last-updated = อัปเดตล่าสุด: { $date }
draft-badge = ฉบับร่าง

## Language switcher and chooser
language-switcher = ภาษา
language-unavailable = { $language }: ยังไม่พร้อมให้บริการ
choose-language = เลือกภาษา
choose-language-intro = ศูนย์ช่วยเหลือนี้มีให้บริการในภาษาต่อไปนี้
not-translated-title = หน้านี้ยังไม่มีฉบับภาษาไทย
not-translated-body = คุณกำลังอ่านฉบับต้นฉบับ ({ $source }) จนกว่าคำแปลจะพร้อม

## Guides
guide-label = คู่มือทีละขั้นตอน
steps-heading = ขั้นตอนในคู่มือนี้
step-of = ขั้นตอนที่ { $step } จาก { $total }
step-done = ทำเครื่องหมายว่าขั้นตอนที่ { $step } เสร็จแล้ว
guide-progress = เสร็จแล้ว { $done } จาก { $total } ขั้นตอน
steps-reset = ล้างเครื่องหมายทั้งหมด
print-checklist = พิมพ์รายการตรวจสอบนี้

## FAQ
faq-label = คำถามที่พบบ่อย
faq-count = { $count ->
   *[other] { $count } คำถาม
}
faq-expand-all = เปิดคำตอบทั้งหมด
faq-collapse-all = ปิดคำตอบทั้งหมด

## Still need help?
help-heading = ยังต้องการความช่วยเหลืออยู่หรือไม่
help-intro = ติดต่อฝ่ายบริการลูกค้าของร้านค้าผ่านช่องทางใดช่องทางหนึ่งต่อไปนี้
help-hours = เวลาทำการ
help-reply = ระยะเวลาตอบกลับโดยปกติ

## Search
search-label = ค้นหาในศูนย์ช่วยเหลือ
search-placeholder = ค้นหา เช่น การคืนเงิน
search-results = ผลการค้นหา
search-results-count = { $count ->
    [0] ไม่พบผลลัพธ์
   *[other] พบ { $count } รายการ
}
search-no-results = ไม่พบผลลัพธ์ที่ตรงกับ “{ $query }”
search-no-results-help = ลองใช้คำอื่น ตรวจสอบการสะกด หรือเริ่มจากคู่มือด้านล่าง
search-did-you-mean = แสดงผลลัพธ์สำหรับ “{ $query }”
search-partial = ไม่พบคำค้นของคุณครบทุกคำ: นี่คือหน้าที่มีคำส่วนใหญ่
search-browse = ดูหน้าทั้งหมด
search-hint = กด / เพื่อค้นหา

## Not found
not-found-title = ไม่พบหน้านี้
not-found-body = ไม่มีหน้าที่คุณกำลังค้นหาอยู่ที่นี่ หน้านี้อาจถูกย้ายไปแล้ว หรือลิงก์อาจไม่ถูกต้อง
not-found-home = ไปที่หน้าแรกของศูนย์ช่วยเหลือ

## Language
# The language's own name, shown in the language switcher.
language-name = ไทย

## Callouts in pages (> [!NOTE] ...)
callout-note = หมายเหตุ
callout-tip = เคล็ดลับ
callout-important = สำคัญ
callout-warning = คำเตือน
callout-caution = ข้อควรระวัง

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = ข้อมูลนี้มีประโยชน์หรือไม่
feedback-answer-question = คำตอบนี้ช่วยคุณได้หรือไม่
feedback-yes = ใช่
feedback-no = ไม่ใช่
feedback-reason = มีอะไรที่ควรปรับปรุงบ้าง (ไม่บังคับ)
feedback-thanks = ขอบคุณสำหรับความคิดเห็นของคุณ
feedback-failed = ไม่สามารถส่งความคิดเห็นของคุณได้
feedback-retry = ลองอีกครั้ง
feedback-sending = กำลังส่ง…
