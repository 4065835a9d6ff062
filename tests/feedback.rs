//! "Was this helpful?" in the built pages (issue 24): shown only with `[feedback] endpoint`, on
//! articles, guides and every FAQ answer (not on homes and sections), as a plain form that posts the
//! page, its language and the answer; a bad endpoint stops the build naming helpgen.toml and its line.
//! The round trip in a browser, with and without JavaScript, is in tests/browser.rs.

mod common;

use common::TestSite;

fn with_feedback(extra: &str) -> TestSite {
    let s = TestSite::shipped();
    let config = std::fs::read_to_string(s.root.join("helpgen.toml")).unwrap();
    s.write("helpgen.toml", &format!("{config}\n[feedback]\n{extra}"));
    s
}

#[test]
fn no_endpoint_means_no_form_and_no_reporting() {
    let s = TestSite::shipped();
    s.build_ok();
    for page in
        ["en/rights/refunds/index.html", "en/faq/questions/index.html", "sv/complaints/file-a-complaint/index.html"]
    {
        let html = s.out(page);
        assert!(!html.contains("data-feedback") && !html.contains("feedback-thanks"), "{page}");
        assert!(!html.contains("data-report-empty"), "{page}");
    }
}

#[test]
fn forms_on_articles_guides_and_every_faq_answer_post_page_language_and_answer() {
    let s = with_feedback("endpoint = \"https://feedback.example.org/helpgen\"\n");
    s.build_ok();
    let forms = |page: &str| s.out(page).matches("<form class=\"feedback\"").count();
    assert_eq!(forms("en/rights/refunds/index.html"), 1, "an article");
    assert_eq!(forms("kk/complaints/file-a-complaint/index.html"), 1, "a guide");
    let faq = s.out("zh-hant/faq/questions/index.html");
    assert_eq!(
        forms("zh-hant/faq/questions/index.html"),
        faq.matches("<details class=\"faq-item\"").count(),
        "one per answer"
    );
    assert!(faq.contains("這個回答有幫助嗎？"), "the FAQ's question is localized");
    assert_eq!(forms("en/index.html"), 0, "not on a home");
    assert_eq!(forms("en/rights/index.html"), 0, "not on a section");
    let html = s.out("sv/rights/refunds/index.html");
    for needle in [
        "action=\"https://feedback.example.org/helpgen\" data-feedback",
        "method=\"post\"",
        "name=\"page\" value=\"https://help.example.org/sv/rights/refunds/\"",
        "name=\"lang\" value=\"sv\"",
        "name=\"return\" value=\"https://help.example.org/sv/rights/refunds/#fb-page-thanks\"",
        "name=\"answer\" value=\"yes\">Ja</button>",
        "name=\"answer\" value=\"no\">Nej</button>",
        "Var det här till hjälp?",
    ] {
        assert!(html.contains(needle), "sv article lacks {needle}");
    }
    assert!(!html.contains("data-report-empty"), "empty searches are reported only when asked for");
}

#[test]
fn empty_searches_are_reported_only_when_asked_for() {
    let s = with_feedback("endpoint = \"https://feedback.example.org/helpgen\"\nreport_empty_searches = true\n");
    s.build_ok();
    assert!(s.out("en/index.html").contains("data-report-empty=\"https://feedback.example.org/helpgen\""));
}

#[test]
fn an_endpoint_that_is_not_an_absolute_http_url_is_an_error_with_its_line() {
    let s = with_feedback("endpoint = \"/api/feedback\"\n");
    let run = s.build();
    assert!(!run.ok());
    let lines = std::fs::read_to_string(s.root.join("helpgen.toml")).unwrap().lines().count();
    let err = run.stderr();
    assert!(err.contains(&format!("helpgen.toml:{lines}:")) && err.contains("absolute http(s) URL"), "{err}");
}
