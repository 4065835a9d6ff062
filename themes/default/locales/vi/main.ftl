# Built-in UI strings of the default theme, Vietnamese. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = Trung tâm trợ giúp
site-tagline = Giải đáp các câu hỏi thường gặp và cách nhận thêm trợ giúp.

## Navigation
skip-to-content = Chuyển đến nội dung chính
nav-main = Điều hướng chính
nav-menu = Trình đơn
breadcrumbs = Đường dẫn điều hướng
sections-heading = Chủ đề
in-this-section = Trong mục này
section-count = { $count ->
    [one] { $count } trang
   *[other] { $count } trang
}
on-this-page = Trên trang này
previous-page = Trước
next-page = Tiếp theo
related-pages = Trang liên quan
last-updated = Cập nhật lần cuối: { $date }
draft-badge = Bản nháp

## Language switcher and chooser
language-switcher = Ngôn ngữ
language-unavailable = { $language }: chưa có
choose-language = Chọn ngôn ngữ của bạn
choose-language-intro = Trung tâm trợ giúp này có sẵn bằng các ngôn ngữ sau.
not-translated-title = Trang này chưa có bản tiếng Việt.
not-translated-body = Bạn đang đọc bản gốc ({ $source }) cho đến khi bản dịch hoàn tất.

## Guides
guide-label = Hướng dẫn từng bước
steps-heading = Các bước trong hướng dẫn này
step-of = Bước { $step }/{ $total }
step-done = Đánh dấu bước { $step } là đã xong
guide-progress = Đã xong { $done }/{ $total } bước
steps-reset = Bỏ tất cả dấu chọn
print-checklist = In danh sách kiểm tra này

## FAQ
faq-label = Câu hỏi thường gặp
faq-count = { $count ->
    [one] { $count } câu hỏi
   *[other] { $count } câu hỏi
}
faq-expand-all = Mở tất cả câu trả lời
faq-collapse-all = Đóng tất cả câu trả lời

## Still need help?
help-heading = Bạn vẫn cần trợ giúp?
help-intro = Liên hệ bộ phận chăm sóc khách hàng của cửa hàng qua một trong các kênh sau.
help-hours = Giờ làm việc
help-reply = Thời gian phản hồi thông thường

## Search
search-label = Tìm kiếm trong trung tâm trợ giúp
search-placeholder = Tìm kiếm, ví dụ: hoàn tiền
search-results = Kết quả tìm kiếm
search-results-count = { $count ->
    [0] Không có kết quả
    [one] { $count } kết quả
   *[other] { $count } kết quả
}
search-no-results = Không tìm thấy kết quả nào cho “{ $query }”.
search-no-results-help = Hãy thử từ khóa khác, kiểm tra chính tả hoặc bắt đầu từ một trong các hướng dẫn bên dưới.
search-did-you-mean = Đang hiển thị kết quả cho “{ $query }”.
search-partial = Không tìm thấy tất cả các từ của bạn: đây là các trang có nhiều từ nhất.
search-browse = Xem tất cả các trang
search-hint = Nhấn / để tìm kiếm

## Not found
not-found-title = Không tìm thấy trang
not-found-body = Trang bạn đang tìm không có ở đây. Có thể trang đã được chuyển đi hoặc liên kết bị sai.
not-found-home = Về trang chủ trung tâm trợ giúp

## Language
# The language's own name, shown in the language switcher.
language-name = Tiếng Việt

## Callouts in pages (> [!NOTE] ...)
callout-note = Ghi chú
callout-tip = Mẹo
callout-important = Quan trọng
callout-warning = Cảnh báo
callout-caution = Thận trọng

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = Thông tin này có hữu ích không?
feedback-answer-question = Câu trả lời này có giúp được bạn không?
feedback-yes = Có
feedback-no = Không
feedback-reason = Điều gì có thể tốt hơn? (không bắt buộc)
feedback-thanks = Cảm ơn bạn đã góp ý.
feedback-failed = Không thể gửi góp ý của bạn.
feedback-retry = Thử lại
feedback-sending = Đang gửi…
