# Built-in UI strings of the complaint composer, Korean: a form in a page that writes the complaint for
# the reader (a fenced block ```composer``` in any page). $evidence is a list the browser joins with the
# language's own list pattern ("A, B and C"), from CLDR.

composer-heading = 불만 사항 작성하기
composer-intro = 알고 있는 내용을 입력하세요. 작성된 메시지가 아래에 표시되며 바로 복사하거나 보낼 수 있습니다. 입력한 내용은 어디에도 전송되지 않습니다.
composer-order = 주문 번호
composer-order-hint = 주문 내역이나 주문 확인 이메일에서 확인할 수 있습니다.
composer-date = 주문 날짜
composer-product = 상품
composer-problem = 어떤 문제가 있었나요?
composer-problem-choose = 선택하세요
composer-problem-damaged = 상품이 파손된 상태로 도착했습니다
composer-problem-faulty = 상품이 제대로 작동하지 않습니다
composer-problem-wrong = 주문한 것과 다른 상품이 도착했습니다
composer-problem-not-described = 상품이 설명과 다릅니다
composer-problem-missing = 상품이 도착하지 않았습니다
composer-problem-late = 상품이 매우 늦게 도착했습니다
composer-problem-other = 다른 문제가 있습니다
composer-details = 문제 설명
composer-details-hint = 무슨 일이 언제 있었는지 두세 문장으로 적어 주세요.
composer-outcome = 원하시는 처리 방법
composer-outcome-refund = 환불
composer-outcome-replacement = 교환
composer-outcome-repair = 수리
composer-outcome-explanation = 경위 설명
composer-evidence = 어떤 증빙 자료가 있나요?
composer-evidence-photos = 문제를 보여 주는 사진이나 동영상
composer-evidence-screenshots = 상품 페이지 스크린샷
composer-evidence-receipt = 청구서 또는 영수증
composer-evidence-emails = 이메일 또는 채팅 메시지
composer-evidence-packaging = 포장재와 라벨 사진
composer-name = 이름
composer-remember = 이 기기에 내 이름 저장
composer-forget = 저장된 이름 삭제
composer-forgotten = 이 기기에서 이름이 삭제되었습니다.
composer-compose = 내용 작성하기
composer-result = 작성된 불만 사항
composer-copy = 메시지 복사
composer-copied = 복사했습니다.
composer-mail = 이메일 앱에서 열기
composer-print = 인쇄
composer-error-order = 주문 번호를 입력하세요.
composer-error-problem = 어떤 문제가 있었는지 선택하세요.
composer-error-summary = 아래 표시된 항목을 수정해 주세요.
composer-nojs = 아래 양식을 복사한 뒤 대괄호 안의 내용을 채워 주세요.

# The plain template shown without JavaScript.
composer-template =
    제목: 주문 [주문 번호] 관련 불만 사항

    안녕하세요.

    {"["}주문 날짜]에 주문한 [상품](주문 번호: [주문 번호]) 건으로 연락드립니다.
    문제: [무슨 일이 있었는지 두세 문장으로]
    {"["}환불 / 교환 / 수리 / 경위 설명]을 요청합니다.
    {"["}사진, 스크린샷, 영수증]을 첨부합니다.

    14일 이내에 답변해 주시기 바랍니다.

    감사합니다.
    {"["}이름]

composer-subject = 주문 { $order } 관련 불만 사항

# The finished message, paragraph by paragraph; a paragraph whose value is empty is left out.
# $order, $date, $product, $problem, $details, $name are what the reader typed or chose;
# $outcome is refund, replacement, repair or explanation; $evidenceCount counts the ticked evidence,
# listed in $evidence.
composer-greeting = 안녕하세요.
composer-line-order = 주문 번호 { $order } 건으로 연락드립니다.
composer-line-date = 주문 날짜는 { $date }입니다.
composer-line-product = 주문한 상품은 { $product }입니다.
composer-line-problem = { $problem }. { $details }
composer-line-outcome = { $outcome ->
    [refund] 전액 환불을 요청합니다.
    [replacement] 추가 비용 없이 교환 상품을 보내 주시기 바랍니다.
    [repair] 무상으로 수리해 주시기 바랍니다.
   *[explanation] 어떤 일이 있었는지, 그리고 어떻게 조치하실 것인지 설명해 주시기 바랍니다.
}
composer-line-evidence = { $evidenceCount ->
    [0] 필요하시면 증빙 자료를 보내 드리겠습니다.
   *[other] 다음 증빙 자료 { $evidenceCount }건을 첨부합니다: { $evidence }.
}
composer-closing = 14일 이내에 답변해 주시기 바랍니다.
composer-signoff = 감사합니다.
