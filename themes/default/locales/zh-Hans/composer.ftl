# Built-in UI strings of the complaint composer, Simplified Chinese: a form in a page that writes the
# complaint for the reader (a fenced block ```composer``` in any page). $evidence is a list the browser
# joins with the language's own list pattern ("A, B and C"), from CLDR.

composer-heading = 撰写投诉信
composer-intro = 请填写您知道的信息。您的投诉信会显示在下方，可以直接复制或发送。您输入的任何内容都不会被发送到任何地方。
composer-order = 订单号
composer-order-hint = 您可以在订单记录或订单确认邮件中找到订单号。
composer-date = 下单日期
composer-product = 商品
composer-problem = 出了什么问题？
composer-problem-choose = 请选择
composer-problem-damaged = 商品到货时已损坏
composer-problem-faulty = 商品无法正常使用
composer-problem-wrong = 商家发错了商品
composer-problem-not-described = 商品与描述不符
composer-problem-missing = 商品一直没有送达
composer-problem-late = 商品送达严重延误
composer-problem-other = 出现了其他问题
composer-details = 描述问题
composer-details-hint = 两三句话：发生了什么，在什么时候。
composer-outcome = 您希望如何处理？
composer-outcome-refund = 退款
composer-outcome-replacement = 换货
composer-outcome-repair = 维修
composer-outcome-explanation = 给出解释
composer-evidence = 您有哪些证据？
composer-evidence-photos = 问题照片或视频
composer-evidence-screenshots = 商品页面截图
composer-evidence-receipt = 发票或收据
composer-evidence-emails = 邮件或聊天记录
composer-evidence-packaging = 包装及标签照片
composer-name = 您的姓名
composer-remember = 在此设备上记住我的姓名
composer-forget = 清除我的姓名
composer-forgotten = 您的姓名已从此设备中删除。
composer-compose = 生成投诉信
composer-result = 您的投诉信
composer-copy = 复制内容
composer-copied = 已复制。
composer-mail = 在邮件应用中打开
composer-print = 打印
composer-error-order = 请输入订单号。
composer-error-problem = 请选择出现的问题。
composer-error-summary = 请更正下方标出的字段。
composer-nojs = 请复制此模板，并填写方括号中的内容：

# The plain template shown without JavaScript.
composer-template =
    主题：关于订单 [订单号] 的投诉

    尊敬的客服团队：

    我想反映订单 [订单号] 的问题。该订单于 [日期] 下单，商品为 [商品]。
    问题：[发生了什么，用两三句话说明]。
    我希望[退款 / 换货 / 维修 / 得到解释]。
    随信附上[照片、截图、收据]。

    请在 14 天内回复。

    此致
    敬礼！
    {"["}您的姓名]

composer-subject = 关于订单 { $order } 的投诉

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = 尊敬的客服团队：
composer-line-order = 我想反映订单 { $order } 的问题。
composer-line-date = 该订单于{ $date }下单。
composer-line-product = 商品：{ $product }。
composer-line-problem = { $problem }。{ $details }
composer-line-outcome = { $outcome ->
    [refund] 我希望获得全额退款。
    [replacement] 我希望为我更换一件新商品，且不收取任何额外费用。
    [repair] 我希望免费为我维修该商品。
   *[explanation] 希望贵店说明事情的经过，以及将如何处理此事。
}
composer-line-evidence = { $evidenceCount ->
    [0] 如有需要，我可以提供相关证据。
   *[other] 随信附上以下证据：{ $evidence }。
}
composer-closing = 请在 14 天内回复。
# A Chinese letter closes with 此致 on one line and 敬礼 on the next.
composer-signoff =
    此致
    敬礼！
