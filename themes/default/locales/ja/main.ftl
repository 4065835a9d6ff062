# Built-in UI strings of the default theme, Japanese. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = ヘルプセンター
site-tagline = よくある質問への回答と、さらにサポートが必要な場合のご案内です。

## Navigation
skip-to-content = 本文へスキップ
nav-main = メインナビゲーション
nav-menu = メニュー
breadcrumbs = パンくずリスト
sections-heading = トピック
in-this-section = このセクションの内容
section-count = { $count ->
   *[other] { $count }ページ
}
on-this-page = このページの内容
previous-page = 前へ
next-page = 次へ
related-pages = 関連ページ
last-updated = 最終更新日：{ $date }
draft-badge = 下書き

## Language switcher and chooser
language-switcher = 言語
language-unavailable = { $language }（準備中）
choose-language = 言語を選択してください
choose-language-intro = このヘルプセンターは次の言語でご利用いただけます。
not-translated-title = このページはまだ日本語に翻訳されていません。
not-translated-body = 翻訳が完成するまでは、原文（{ $source }）を表示しています。

## Guides
guide-label = ステップ別ガイド
steps-heading = このガイドの手順
step-of = ステップ{ $step }（全{ $total }ステップ）
step-done = ステップ{ $step }を完了にする
guide-progress = { $total }ステップ中{ $done }ステップ完了
steps-reset = すべてのチェックを外す
print-checklist = このチェックリストを印刷

## FAQ
faq-label = よくある質問
faq-count = { $count ->
   *[other] { $count }件の質問
}
faq-expand-all = すべての回答を開く
faq-collapse-all = すべての回答を閉じる

## Still need help?
help-heading = まだお困りですか？
help-intro = 以下のいずれかの方法で、ショップのカスタマーサービスにお問い合わせください。
help-hours = 受付時間
help-reply = 返信までの目安

## Search
search-label = ヘルプセンター内を検索
search-placeholder = 検索（例：返金）
search-results = 検索結果
search-results-count = { $count ->
    [0] 該当する結果はありません
   *[other] { $count }件の結果
}
search-no-results = 「{ $query }」に一致する結果は見つかりませんでした。
search-no-results-help = 別のキーワードで検索する、表記を確認する、または下のガイドからお探しください。
search-did-you-mean = 「{ $query }」の検索結果を表示しています。
search-partial = すべての語は見つかりませんでした。多くの語を含むページを表示しています。
search-browse = すべてのページを見る
search-hint = 「/」キーで検索

## Not found
not-found-title = ページが見つかりません
not-found-body = お探しのページは見つかりませんでした。移動したか、リンクが間違っている可能性があります。
not-found-home = ヘルプセンターのトップへ

## Language
# The language's own name, shown in the language switcher.
language-name = 日本語

## Callouts in pages (> [!NOTE] ...)
callout-note = メモ
callout-tip = ヒント
callout-important = 重要
callout-warning = 警告
callout-caution = 注意

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = この情報は役に立ちましたか？
feedback-answer-question = この回答は役に立ちましたか？
feedback-yes = はい
feedback-no = いいえ
feedback-reason = 改善できる点はありますか？（任意）
feedback-thanks = ご意見ありがとうございました。
feedback-failed = ご意見を送信できませんでした。
feedback-retry = 再試行
feedback-sending = 送信中…
