# Built-in UI strings of the complaint composer, Thai: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = เขียนเรื่องร้องเรียน
composer-intro = กรอกข้อมูลเท่าที่คุณทราบ ข้อความของคุณจะแสดงด้านล่าง พร้อมให้คัดลอกหรือส่ง ข้อมูลที่คุณพิมพ์จะไม่ถูกส่งไปที่ใดเลย
composer-order = หมายเลขคำสั่งซื้อ
composer-order-hint = ดูได้จากประวัติคำสั่งซื้อ หรืออีเมลยืนยันคำสั่งซื้อ
composer-date = วันที่สั่งซื้อ
composer-product = สินค้า
composer-problem = เกิดปัญหาอะไรขึ้น
composer-problem-choose = เลือกหนึ่งรายการ
composer-problem-damaged = สินค้าได้รับความเสียหายเมื่อมาถึง
composer-problem-faulty = สินค้าใช้งานไม่ได้ตามปกติ
composer-problem-wrong = ได้รับสินค้าผิดรายการ
composer-problem-not-described = สินค้าไม่ตรงตามคำอธิบาย
composer-problem-missing = ไม่ได้รับสินค้าเลย
composer-problem-late = ได้รับสินค้าล่าช้ามาก
composer-problem-other = เป็นปัญหาอื่น
composer-details = อธิบายปัญหา
composer-details-hint = สองหรือสามประโยค: เกิดอะไรขึ้นและเมื่อใด
composer-outcome = คุณต้องการให้ดำเนินการอย่างไร
composer-outcome-refund = คืนเงิน
composer-outcome-replacement = เปลี่ยนสินค้าใหม่
composer-outcome-repair = ซ่อมสินค้า
composer-outcome-explanation = ขอคำชี้แจง
composer-evidence = คุณมีหลักฐานอะไรบ้าง
composer-evidence-photos = รูปภาพหรือวิดีโอที่แสดงปัญหา
composer-evidence-screenshots = ภาพหน้าจอของหน้ารายการสินค้า
composer-evidence-receipt = ใบแจ้งหนี้หรือใบเสร็จ
composer-evidence-emails = อีเมลหรือข้อความแชท
composer-evidence-packaging = รูปภาพบรรจุภัณฑ์พร้อมฉลาก
composer-name = ชื่อของคุณ
composer-remember = จดจำชื่อของฉันในอุปกรณ์นี้
composer-forget = ลบชื่อของฉัน
composer-forgotten = ลบชื่อของคุณออกจากอุปกรณ์นี้แล้ว
composer-compose = เขียนเรื่องร้องเรียนของฉัน
composer-result = เรื่องร้องเรียนของคุณ
composer-copy = คัดลอกข้อความ
composer-copied = คัดลอกแล้ว
composer-mail = เปิดในแอปอีเมลของฉัน
composer-print = พิมพ์
composer-error-order = กรุณากรอกหมายเลขคำสั่งซื้อ
composer-error-problem = กรุณาเลือกปัญหาที่เกิดขึ้น
composer-error-summary = กรุณาแก้ไขช่องที่ทำเครื่องหมายไว้ด้านล่าง
composer-nojs = คัดลอกแบบฟอร์มนี้ แล้วกรอกข้อมูลในส่วนที่อยู่ในวงเล็บเหลี่ยม:

# The plain template shown without JavaScript.
composer-template =
    เรื่อง: ร้องเรียนเกี่ยวกับคำสั่งซื้อ [หมายเลขคำสั่งซื้อ]

    เรียน ฝ่ายบริการลูกค้า

    ขอแจ้งปัญหาเกี่ยวกับคำสั่งซื้อหมายเลข [หมายเลขคำสั่งซื้อ] ซึ่งสั่งซื้อเมื่อวันที่ [วันที่] สินค้าที่สั่งซื้อคือ [สินค้า]
    ปัญหาที่พบ: [เกิดอะไรขึ้น สองหรือสามประโยค]
    ขอให้ทางร้าน [คืนเงิน / เปลี่ยนสินค้าใหม่ / ซ่อมสินค้า / ชี้แจงเหตุการณ์]
    ได้แนบ [รูปภาพ ภาพหน้าจอ ใบเสร็จ] มาพร้อมนี้

    กรุณาตอบกลับภายใน 14 วัน

    ขอแสดงความนับถือ
    {"["}ชื่อของคุณ]

composer-subject = ร้องเรียนเกี่ยวกับคำสั่งซื้อ { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
# Thai ends sentences with a space, not a full stop.
composer-greeting = เรียน ฝ่ายบริการลูกค้า
composer-line-order = ขอแจ้งปัญหาเกี่ยวกับคำสั่งซื้อหมายเลข { $order }
composer-line-date = สั่งซื้อเมื่อวันที่ { $date }
composer-line-product = สินค้าที่สั่งซื้อคือ { $product }
composer-line-problem = { $problem } { $details }
composer-line-outcome = { $outcome ->
    [refund] ขอให้คืนเงินเต็มจำนวน
    [replacement] ขอให้ส่งสินค้าชิ้นใหม่มาเปลี่ยนให้โดยไม่มีค่าใช้จ่ายเพิ่มเติม
    [repair] ขอให้ซ่อมสินค้าให้โดยไม่มีค่าใช้จ่าย
   *[explanation] ขอให้ชี้แจงว่าเกิดอะไรขึ้น และทางร้านจะดำเนินการแก้ไขอย่างไร
}
composer-line-evidence = { $evidenceCount ->
    [0] หากต้องการหลักฐานเพิ่มเติม สามารถส่งให้ได้
   *[other] ได้แนบหลักฐานมาพร้อมนี้ ได้แก่ { $evidence }
}
composer-closing = กรุณาตอบกลับภายใน 14 วัน
composer-signoff = ขอแสดงความนับถือ
