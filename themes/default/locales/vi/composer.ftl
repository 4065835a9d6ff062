# Built-in UI strings of the complaint composer, Vietnamese: a form in a page that writes the complaint
# for the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with
# the language's own list pattern ("A, B and C"), from CLDR.

composer-heading = Soạn đơn khiếu nại
composer-intro = Điền những thông tin bạn biết. Thư của bạn sẽ hiện ra bên dưới, sẵn sàng để sao chép hoặc gửi đi. Mọi nội dung bạn nhập đều không được gửi đi đâu cả.
composer-order = Mã đơn hàng
composer-order-hint = Bạn có thể tìm thấy mã này trong lịch sử đơn hàng hoặc trong email xác nhận đơn hàng.
composer-date = Ngày đặt hàng
composer-product = Sản phẩm
composer-problem = Đã xảy ra vấn đề gì?
composer-problem-choose = Chọn một mục
composer-problem-damaged = Sản phẩm bị hư hỏng khi nhận
composer-problem-faulty = Sản phẩm không hoạt động bình thường
composer-problem-wrong = Cửa hàng giao sai sản phẩm
composer-problem-not-described = Sản phẩm không đúng như mô tả
composer-problem-missing = Tôi không hề nhận được hàng
composer-problem-late = Hàng được giao rất trễ
composer-problem-other = Có vấn đề khác
composer-details = Mô tả vấn đề
composer-details-hint = Hai hoặc ba câu: chuyện gì đã xảy ra và khi nào.
composer-outcome = Bạn muốn được giải quyết thế nào?
composer-outcome-refund = Hoàn tiền
composer-outcome-replacement = Đổi sản phẩm mới
composer-outcome-repair = Sửa chữa
composer-outcome-explanation = Giải thích
composer-evidence = Bạn có những bằng chứng nào?
composer-evidence-photos = Ảnh hoặc video về vấn đề
composer-evidence-screenshots = Ảnh chụp màn hình trang sản phẩm
composer-evidence-receipt = Hóa đơn hoặc biên lai
composer-evidence-emails = Email hoặc tin nhắn trò chuyện
composer-evidence-packaging = Ảnh bao bì kèm nhãn mác
composer-name = Tên của bạn
composer-remember = Ghi nhớ tên tôi trên thiết bị này
composer-forget = Xóa tên tôi
composer-forgotten = Đã xóa tên của bạn khỏi thiết bị này.
composer-compose = Soạn đơn khiếu nại
composer-result = Đơn khiếu nại của bạn
composer-copy = Sao chép thư
composer-copied = Đã sao chép.
composer-mail = Mở trong ứng dụng email
composer-print = In
composer-error-order = Nhập mã đơn hàng.
composer-error-problem = Chọn vấn đề đã xảy ra.
composer-error-summary = Vui lòng sửa các trường được đánh dấu bên dưới.
composer-nojs = Sao chép mẫu này và điền vào các phần trong ngoặc vuông:

# The plain template shown without JavaScript.
composer-template =
    Tiêu đề: Khiếu nại về đơn hàng [mã đơn hàng]

    Kính gửi bộ phận chăm sóc khách hàng,

    Tôi viết thư này về đơn hàng [mã đơn hàng], đặt ngày [ngày], gồm [sản phẩm].
    Vấn đề: [chuyện gì đã xảy ra, trong hai hoặc ba câu].
    Tôi đề nghị [hoàn tiền / đổi sản phẩm mới / sửa chữa / giải thích].
    Tôi xin gửi kèm [ảnh, ảnh chụp màn hình, biên lai].

    Mong quý công ty phản hồi trong vòng 14 ngày.

    Trân trọng,
    {"["}tên của bạn]

composer-subject = Khiếu nại về đơn hàng { $order }

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = Kính gửi bộ phận chăm sóc khách hàng,
composer-line-order = Tôi viết thư này về đơn hàng { $order }.
composer-line-date = Tôi đặt hàng vào ngày { $date }.
composer-line-product = Sản phẩm đã đặt: { $product }.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] Tôi đề nghị được hoàn lại toàn bộ số tiền đã thanh toán.
    [replacement] Tôi đề nghị được đổi sản phẩm mới mà không mất thêm chi phí.
    [repair] Tôi đề nghị sản phẩm được sửa chữa miễn phí.
   *[explanation] Tôi đề nghị được giải thích chuyện gì đã xảy ra và quý công ty sẽ xử lý việc này như thế nào.
}
composer-line-evidence = { $evidenceCount ->
    [0] Tôi có thể gửi bằng chứng nếu cần.
    [one] Tôi xin gửi kèm các bằng chứng sau: { $evidence }.
   *[other] Tôi xin gửi kèm các bằng chứng sau: { $evidence }.
}
composer-closing = Mong quý công ty phản hồi trong vòng 14 ngày.
composer-signoff = Trân trọng,
