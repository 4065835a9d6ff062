# Built-in UI strings of the default theme, Simplified Chinese. helpgen carries one such file per
# language it knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = 帮助中心
site-tagline = 常见问题解答，以及获取更多帮助的方式。

## Navigation
skip-to-content = 跳到主要内容
nav-main = 主导航
nav-menu = 菜单
breadcrumbs = 面包屑导航
sections-heading = 主题
in-this-section = 本节内容
section-count = { $count ->
   *[other] { $count } 个页面
}
on-this-page = 本页内容
previous-page = 上一页
next-page = 下一页
related-pages = 相关页面
last-updated = 最后更新：{ $date }
draft-badge = 草稿

## Language switcher and chooser
language-switcher = 语言
language-unavailable = { $language }：暂未提供
choose-language = 选择语言
choose-language-intro = 本帮助中心提供以下语言版本。
not-translated-title = 本页面暂无简体中文版本。
not-translated-body = 在译文完成之前，您看到的是原文版本（{ $source }）。

## Guides
guide-label = 分步指南
steps-heading = 本指南的步骤
step-of = 第 { $step } 步，共 { $total } 步
step-done = 将第 { $step } 步标记为已完成
guide-progress = 已完成 { $done } 步，共 { $total } 步
steps-reset = 清除所有勾选
print-checklist = 打印此清单

## FAQ
faq-label = 常见问题
faq-count = { $count ->
   *[other] { $count } 个问题
}
faq-expand-all = 展开所有答案
faq-collapse-all = 收起所有答案

## Still need help?
help-heading = 仍需帮助？
help-intro = 您可以通过以下任一渠道联系商店客服。
help-hours = 服务时间
help-reply = 通常回复时间

## Search
search-label = 搜索帮助中心
search-placeholder = 搜索，例如：退款
search-results = 搜索结果
search-results-count = { $count ->
    [0] 无结果
   *[other] { $count } 条结果
}
search-no-results = 没有找到与“{ $query }”匹配的内容。
search-no-results-help = 请尝试其他关键词、检查拼写，或从下方的指南开始。
search-did-you-mean = 正在显示“{ $query }”的搜索结果。
search-partial = 没有找到您输入的全部字词：以下是包含其中大部分的页面。
search-browse = 浏览所有页面
search-hint = 按 / 键搜索

## Not found
not-found-title = 找不到页面
not-found-body = 您要找的页面不在这里。它可能已被移动，或者链接有误。
not-found-home = 返回帮助中心首页

## Language
# The language's own name, shown in the language switcher.
language-name = 简体中文

## Callouts in pages (> [!NOTE] ...)
callout-note = 说明
callout-tip = 提示
callout-important = 重要
callout-warning = 警告
callout-caution = 小心

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = 这篇内容有帮助吗？
feedback-answer-question = 这个回答有帮助吗？
feedback-yes = 有
feedback-no = 没有
feedback-reason = 哪些地方可以改进？（可选）
feedback-thanks = 感谢您的反馈。
feedback-failed = 无法发送您的反馈。
feedback-retry = 重试
feedback-sending = 正在发送…
