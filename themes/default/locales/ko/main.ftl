# Built-in UI strings of the default theme, Korean. helpgen carries one such file per language it
# knows; a project's locales/<lang>/main.ftl overrides them message by message.

site-title = 도움말 센터
site-tagline = 자주 묻는 질문에 대한 답변과 추가 도움을 받는 방법을 안내합니다.

## Navigation
skip-to-content = 본문으로 건너뛰기
nav-main = 주 메뉴
nav-menu = 메뉴
breadcrumbs = 이동 경로
sections-heading = 주제
in-this-section = 이 섹션의 내용
section-count = { $count ->
   *[other] 페이지 { $count }개
}
on-this-page = 이 페이지의 내용
previous-page = 이전
next-page = 다음
related-pages = 관련 페이지
last-updated = 최종 업데이트: { $date }
draft-badge = 초안

## Language switcher and chooser
language-switcher = 언어
language-unavailable = { $language }: 아직 제공되지 않음
choose-language = 언어를 선택하세요
choose-language-intro = 이 도움말 센터는 다음 언어로 제공됩니다.
not-translated-title = 이 페이지는 아직 한국어로 제공되지 않습니다.
not-translated-body = 번역이 준비될 때까지 원문({ $source })을 보여 드립니다.

## Guides
guide-label = 단계별 안내
steps-heading = 이 안내의 단계
step-of = { $total }단계 중 { $step }단계
step-done = { $step }단계를 완료로 표시
guide-progress = { $total }단계 중 { $done }단계 완료
steps-reset = 모든 체크 해제
print-checklist = 체크리스트 인쇄

## FAQ
faq-label = 자주 묻는 질문
faq-count = { $count ->
   *[other] 질문 { $count }개
}
faq-expand-all = 모든 답변 펼치기
faq-collapse-all = 모든 답변 접기

## Still need help?
help-heading = 도움이 더 필요하신가요?
help-intro = 아래 채널 중 하나로 쇼핑몰 고객센터에 문의하세요.
help-hours = 운영 시간
help-reply = 평균 답변 시간

## Search
search-label = 도움말 센터 검색
search-placeholder = 검색(예: 환불)
search-results = 검색 결과
search-results-count = { $count ->
    [0] 검색 결과 없음
   *[other] 검색 결과 { $count }건
}
search-no-results = ‘{ $query }’에 대한 검색 결과가 없습니다.
search-no-results-help = 다른 검색어를 입력하거나 맞춤법을 확인해 보세요. 아래 안내에서 시작할 수도 있습니다.
search-did-you-mean = ‘{ $query }’에 대한 검색 결과입니다.
search-partial = 입력한 단어를 모두 찾지는 못했습니다. 대부분의 단어가 있는 페이지를 보여 드립니다.
search-browse = 모든 페이지 보기
search-hint = / 키를 눌러 검색

## Not found
not-found-title = 페이지를 찾을 수 없습니다
not-found-body = 찾으시는 페이지가 없습니다. 페이지가 이동되었거나 링크가 잘못되었을 수 있습니다.
not-found-home = 도움말 센터 홈으로 이동

## Language
# The language's own name, shown in the language switcher.
language-name = 한국어

## Callouts in pages (> [!NOTE] ...)
callout-note = 참고
callout-tip = 팁
callout-important = 중요
callout-warning = 경고
callout-caution = 주의

## Was this helpful? (shown only when helpgen.toml has [feedback] endpoint)
feedback-question = 도움이 되었나요?
feedback-answer-question = 이 답변이 도움이 되었나요?
feedback-yes = 예
feedback-no = 아니요
feedback-reason = 어떤 점을 개선하면 좋을까요? (선택 사항)
feedback-thanks = 의견을 보내 주셔서 감사합니다.
feedback-failed = 의견을 보내지 못했습니다.
feedback-retry = 다시 시도
feedback-sending = 보내는 중…
