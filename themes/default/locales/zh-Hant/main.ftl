# Built-in UI strings of the default theme (zh-Hant); a project's locales/zh-Hant/ overrides them.
# 未翻譯的鍵會改用英文顯示。

site-title = 說明中心
site-tagline = 常見問題的解答，以及取得更多協助的方式。

## Navigation
skip-to-content = 跳到主要內容
nav-main = 主選單
nav-menu = 選單
breadcrumbs = 導覽路徑
sections-heading = 主題
in-this-section = 本區內容
section-count = { $count ->
   *[other] { $count } 個頁面
}
on-this-page = 本頁內容
previous-page = 上一篇
next-page = 下一篇
related-pages = 相關文章
last-updated = 最後更新：{ $date }
draft-badge = 草稿

## Language switcher and chooser
language-switcher = 語言
language-unavailable = { $language }：尚未提供
choose-language = 選擇語言
choose-language-intro = 本說明中心提供以下語言版本。
not-translated-title = 本頁尚未提供繁體中文版本。
not-translated-body = 在翻譯完成前，先顯示原文（{ $source }）版本。

## Guides
guide-label = 逐步指南
steps-heading = 本指南的步驟
step-of = 第 { $step } 步，共 { $total } 步
step-done = 將第 { $step } 步標示為完成
guide-progress = 已完成 { $done }／{ $total } 步
steps-reset = 清除所有勾選
print-checklist = 列印檢查清單

## FAQ
faq-label = 常見問題
faq-count = { $count ->
   *[other] { $count } 個問題
}
faq-expand-all = 展開所有答案
faq-collapse-all = 收合所有答案

## Still need help?
help-heading = 還需要協助嗎？
help-intro = 請透過以下任一管道與我們聯絡。
help-hours = 服務時間
help-reply = 一般回覆時間

## Search
search-label = 搜尋說明中心
search-placeholder = 搜尋，例如：退款
search-results = 搜尋結果
search-results-count = { $count ->
    [0] 沒有結果
   *[other] 共 { $count } 筆結果
}
search-no-results = 找不到符合「{ $query }」的內容。
search-no-results-help = 請換個關鍵字、檢查有沒有錯字，或從下方的指南開始瀏覽。
search-did-you-mean = 以下是「{ $query }」的搜尋結果。
search-partial = 沒有找到您輸入的全部字詞：以下是包含其中大部分的頁面。
search-browse = 瀏覽所有頁面
search-hint = 按 / 開始搜尋

## Not found
not-found-title = 找不到頁面
not-found-body = 您要找的頁面不在這裡，可能已經移動，或連結有誤。
not-found-home = 回到說明中心首頁

## Language
# The language's own name, shown in the language switcher.
language-name = 繁體中文

## Callouts in pages (> [!NOTE] ...)
callout-note = 附註
callout-tip = 提示
callout-important = 重要
callout-warning = 警告
callout-caution = 注意

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = 這篇內容有幫助嗎？
feedback-answer-question = 這個回答有幫助嗎？
feedback-yes = 有
feedback-no = 沒有
feedback-reason = 哪些地方可以改進？（選填）
feedback-thanks = 感謝你的意見回饋。
feedback-failed = 無法傳送你的意見回饋。
feedback-retry = 重試
feedback-sending = 傳送中…
