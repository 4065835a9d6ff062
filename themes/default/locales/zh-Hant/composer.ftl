# Built-in UI strings of the complaint composer (zh-Hant); a project's locales/zh-Hant/ overrides them.
# Editors place it with a fenced block ```composer``` in any page.

composer-heading = 撰寫客訴信
composer-intro = 填入您知道的資料，信件內容會顯示在下方，可以直接複製或寄出。您輸入的內容不會傳送到任何地方。
composer-order = 訂單編號
composer-order-hint = 可以在商店的訂單頁面或訂單確認信裡找到。
composer-date = 下單日期
composer-product = 商品
composer-problem = 發生了什麼問題？
composer-problem-choose = 請選擇
composer-problem-damaged = 商品送達時已經損壞
composer-problem-faulty = 商品無法正常使用
composer-problem-wrong = 寄來的商品不是我訂的那一件
composer-problem-not-described = 商品與頁面描述不符
composer-problem-missing = 我一直沒有收到商品
composer-problem-late = 商品比預計的時間晚很久才送達
composer-problem-other = 發生了其他問題
composer-details = 描述問題
composer-details-hint = 用兩三句話說明發生了什麼事，以及發生的時間。
composer-outcome = 您希望怎麼處理？
composer-outcome-refund = 退款
composer-outcome-replacement = 換貨
composer-outcome-repair = 維修
composer-outcome-explanation = 說明原因
composer-evidence = 您有哪些證據？
composer-evidence-photos = 問題的照片或影片
composer-evidence-screenshots = 商品頁面截圖
composer-evidence-receipt = 發票或收據
composer-evidence-emails = 電子郵件或聊天紀錄
composer-evidence-packaging = 包裝和標籤的照片
composer-name = 您的姓名
composer-remember = 在這台裝置上記住我的姓名
composer-forget = 清除我的姓名
composer-forgotten = 已從這台裝置清除您的姓名。
composer-compose = 產生客訴信
composer-result = 您的客訴信
composer-copy = 複製信件內容
composer-copied = 已複製。
composer-mail = 用郵件 App 開啟
composer-print = 列印
composer-error-order = 請輸入訂單編號。
composer-error-problem = 請選擇發生的問題。
composer-error-summary = 請修正下方標示的欄位。
composer-nojs = 請複製這份範本，把方括號裡的內容換成您自己的資料：

# The plain template shown without JavaScript.
composer-template =
    主旨：關於訂單 [訂單編號] 的客訴

    您好：

    我想反映訂單 [訂單編號] 的問題。我於 [下單日期] 下單，購買的商品是 [商品名稱]。
    {"["}用一句話說出問題，例如：商品送達時已經損壞。]{"["}再用兩三句話補充經過和時間。]
    請 [全額退款／寄一件新品給我／免費維修／說明原因]。
    我已附上 [問題的照片、商品頁面截圖、發票或收據]。

    請於 14 天內回覆。

    謝謝您的協助。
    {"["}姓名]

composer-subject = 關於訂單 { $order } 的客訴

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = 您好：
composer-line-order = 我想反映訂單 { $order } 的問題。
composer-line-date = 我於 { $date } 下單。
composer-line-product = 購買的商品是 { $product }。
composer-line-problem = { $problem }。{ $details }
composer-line-outcome = { $outcome ->
    [refund] 請全額退款給我。
    [replacement] 請寄一件新品給我，相關費用由貴公司負擔。
    [repair] 請為我免費維修這件商品。
   *[explanation] 請說明發生了什麼事，以及貴公司會如何處理。
}
composer-line-evidence = { $evidenceCount ->
    [0] 如有需要，我可以提供相關證據。
   *[other] 我已附上 { $evidenceCount } 項證據：{ $evidence }。
}
composer-closing = 請於 14 天內回覆。
composer-signoff = 謝謝您的協助。
