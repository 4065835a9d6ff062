# Built-in UI strings of the complaint composer, Japanese: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = 苦情の文面を作成する
composer-intro = わかる範囲で入力してください。作成したメッセージが下に表示され、そのままコピーや送信ができます。入力した内容がどこかに送信されることはありません。
composer-order = 注文番号
composer-order-hint = 注文履歴または注文確認メールに記載されています。
composer-date = 注文日
composer-product = 商品
composer-problem = どのような問題がありましたか？
composer-problem-choose = 選択してください
composer-problem-damaged = 商品が破損した状態で届きました
composer-problem-faulty = 商品が正常に動作しません
composer-problem-wrong = 注文と異なる商品が届きました
composer-problem-not-described = 商品が説明と異なります
composer-problem-missing = 商品が届いていません
composer-problem-late = 商品の到着が大幅に遅れました
composer-problem-other = その他の問題があります
composer-details = 問題の内容
composer-details-hint = 何が、いつ起きたのかを2〜3文で書いてください。
composer-outcome = ご希望の対応
composer-outcome-refund = 返金
composer-outcome-replacement = 交換
composer-outcome-repair = 修理
composer-outcome-explanation = 経緯の説明
composer-evidence = お手元にある証拠
composer-evidence-photos = 問題箇所の写真または動画
composer-evidence-screenshots = 商品ページのスクリーンショット
composer-evidence-receipt = 請求書または領収書
composer-evidence-emails = メールまたはチャットのやり取り
composer-evidence-packaging = 梱包とラベルの写真
composer-name = お名前
composer-remember = この端末に名前を保存する
composer-forget = 保存した名前を削除
composer-forgotten = この端末からお名前を削除しました。
composer-compose = 文面を作成
composer-result = 作成した文面
composer-copy = メッセージをコピー
composer-copied = コピーしました。
composer-mail = メールアプリで開く
composer-print = 印刷
composer-error-order = 注文番号を入力してください。
composer-error-problem = 問題の種類を選択してください。
composer-error-summary = 下の印が付いた項目を修正してください。
composer-nojs = 次のテンプレートをコピーし、［ ］内を書き換えてください：

# The plain template shown without JavaScript.
composer-template =
    件名：注文番号［注文番号］に関する苦情

    ご担当者様

    ［注文日］に注文した［商品名］（注文番号：［注文番号］）の件でご連絡いたします。
    問題の内容：［何が起きたかを2〜3文で］
    ［返金／交換／修理／経緯の説明］をお願いいたします。
    ［写真、スクリーンショット、領収書］を添付いたします。

    14日以内にご回答くださいますようお願いいたします。

    よろしくお願いいたします。
    ［お名前］

composer-subject = 注文番号{ $order }に関する苦情

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = ご担当者様
composer-line-order = 注文番号{ $order }の件でご連絡いたします。
composer-line-date = 注文日は{ $date }です。
composer-line-product = 商品は「{ $product }」です。
composer-line-problem = { $problem }。{ $details }
composer-line-outcome = { $outcome ->
    [refund] 代金の全額返金をお願いいたします。
    [replacement] 追加費用なしで交換品を送っていただけますようお願いいたします。
    [repair] 無償での修理をお願いいたします。
   *[explanation] 何が起きたのか、また今後どのように対応していただけるのか、ご説明をお願いいたします。
}
composer-line-evidence = { $evidenceCount ->
    [0] 必要でしたら、証拠となる資料をお送りします。
   *[other] 証拠として次の資料（{ $evidenceCount }点）を添付いたします：{ $evidence }。
}
composer-closing = 14日以内にご回答くださいますようお願いいたします。
composer-signoff = よろしくお願いいたします。
