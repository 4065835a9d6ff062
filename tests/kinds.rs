//! Guides and FAQ as page kinds, and the help-centre navigation every page has: numbered steps with
//! stable anchors, FAQ questions as disclosure widgets, breadcrumbs, previous/next, related pages,
//! localized "Last updated", the "Still need help?" block, and untranslated-page fallbacks.

mod common;

use common::TestSite;

#[test]
fn guide_steps_are_numbered_with_stable_anchors_and_a_step_list() {
    let s = TestSite::basic();
    s.build_ok();
    let g = s.out("en/guides/complain/index.html");
    // the {.intro} heading stays prose, the two others are steps 1 and 2
    assert!(g.contains("<h2 id=\"before\">Before</h2>"), "{g}");
    assert!(g.contains("<li class=\"step\" id=\"step-1\">"));
    assert!(g.contains("<h2 id=\"find-the-order\">Find the order</h2>"));
    assert!(g.contains("<li class=\"step\" id=\"step-2\">"));
    assert!(!g.contains("id=\"step-3\""));
    assert!(g.contains("Step 1 of 2"));
    assert!(g.contains("<li><a href=\"#step-2\">Write to the shop</a></li>"), "compact step list");
    assert!(g.contains("<input type=\"checkbox\" data-step=\"2\">"));
    assert!(g.contains("Mark step 2 as done"));
    let sv = s.out("sv/guides/complain/index.html");
    assert!(sv.contains("Steg 1 av 1"), "localized step label: {sv}");
}

#[test]
fn faq_questions_are_details_with_anchors() {
    let s = TestSite::basic();
    s.build_ok();
    let f = s.out("en/faq/questions/index.html");
    assert!(f.contains("<details class=\"faq-item\" id=\"refunds\">"), "{f}");
    assert!(f.contains("<summary><h2>Refunds?</h2></summary>"));
    assert!(f.contains("<details class=\"faq-item\" id=\"returns\">"));
    assert!(f.contains("\"@type\":\"FAQPage\""));
    assert!(f.contains("\"name\":\"Returns?\""));
    assert!(f.contains("\"text\":\"30 days.\""));
}

#[test]
fn breadcrumbs_prev_next_and_related() {
    let s = TestSite::basic();
    s.build_ok();
    let g = s.out("en/guides/complain/index.html");
    assert!(g.contains("<li><a href=\"../../../en/index.html\">Help</a></li>"));
    assert!(g.contains("<li><a href=\"../../../en/guides/index.html\">Guides</a></li>"));
    assert!(g.contains("<span aria-current=\"page\">Complain</span>"));
    assert!(g.contains("\"@type\":\"BreadcrumbList\""));
    assert!(g.contains("<a class=\"next\" href=\"../../../en/guides/other/index.html\" rel=\"next\">"));
    assert!(!g.contains("rel=\"prev\""));
    let other = s.out("en/guides/other/index.html");
    assert!(other.contains("rel=\"prev\""));
    // related: shares the tag "c"
    let related = &g[g.find("related-heading").expect("related pages")..];
    assert!(related.contains(">Other</a>"));
}

#[test]
fn last_updated_is_written_the_languages_way() {
    let s = TestSite::basic();
    s.write("content/zh-Hant/_index.md", "+++\ntitle = \"說明\"\n+++\n");
    s.write("content/zh-Hant/guides/_index.md", "+++\ntitle = \"指南\"\n+++\n");
    s.write("content/zh-Hant/guides/complain.md", "+++\ntitle = \"投訴\"\nupdated = 2026-11-21\n+++\n");
    s.write(
        "locales/zh-Hant/main.ftl",
        &std::fs::read_to_string(common::repo().join("locales/zh-Hant/main.ftl")).unwrap(),
    );
    s.build_ok();
    assert!(
        s.out("en/guides/complain/index.html")
            .contains("<time datetime=\"2026-11-21\">Last updated: November 21, 2026</time>")
    );
    assert!(s.out("sv/guides/complain/index.html").contains("21 november 2026"));
    assert!(s.out("zh-hant/guides/complain/index.html").contains("2026年11月21日"));
}

#[test]
fn last_updated_falls_back_to_the_last_commit_date() {
    let s = TestSite::basic();
    let git = |args: &[&str]| {
        let ok = std::process::Command::new("git")
            .args(args)
            .current_dir(&s.root)
            .env("GIT_COMMITTER_DATE", "2025-03-14T12:00:00Z")
            .env("GIT_AUTHOR_DATE", "2025-03-14T12:00:00Z")
            .status()
            .unwrap()
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&["-c", "user.name=t", "-c", "user.email=t@example.org", "add", "."]);
    git(&["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "x"]);
    s.build_ok();
    // `other.md` has no `updated`: its commit date is used; `complain.md` keeps its own
    assert!(
        s.out("en/guides/other/index.html")
            .contains("<time datetime=\"2025-03-14\">Last updated: March 14, 2025</time>")
    );
    assert!(s.out("en/guides/complain/index.html").contains("2026-11-21"));
}

#[test]
fn help_block_shows_on_guides_and_faq_only() {
    let s = TestSite::basic();
    s.write(
        "data/en/contact.toml",
        "[[channels]]\nname = \"Chat\"\nhours = \"Always\"\nreply = \"Minutes\"\npage = \"faq/questions\"\n",
    );
    s.build_ok();
    let g = s.out("en/guides/complain/index.html");
    assert!(g.contains("<section class=\"help-block\""));
    assert!(g.contains("<a href=\"../../../en/faq/questions/index.html\">Chat</a>"), "{g}");
    assert!(g.contains("<dd>Minutes</dd>"));
    assert!(s.out("en/faq/questions/index.html").contains("<section class=\"help-block\""));
    assert!(!s.out("en/guides/other/index.html").contains("<section class=\"help-block\""));
    // a language without its own data file uses the default language's
    assert!(s.out("sv/guides/complain/index.html").contains(">Chat</a>"));
}

#[test]
fn fallback_link_leaves_untranslated_pages_out() {
    let s = TestSite::basic();
    s.build_ok();
    assert!(!s.exists("sv/faq/questions/index.html"));
    assert!(!s.out("sv/index.html").contains("FAQ"));
}

#[test]
fn fallback_render_shows_the_default_page_with_a_notice() {
    let s = TestSite::basic();
    s.write(
        "helpgen.toml",
        "base_url = \"https://example.org/help/\"\ndefault_language = \"en\"\nfallback = \"render\"\n",
    );
    s.build_ok();
    let f = s.out("sv/faq/questions/index.html");
    assert!(f.contains("<html lang=\"sv\""));
    // English text marked as English inside the Swedish page, the notice in Swedish
    assert!(f.contains("<article class=\"page untranslated\" lang=\"en\" dir=\"ltr\">"), "{f}");
    assert!(f.contains("<div lang=\"sv\" dir=\"ltr\">"));
    assert!(f.contains("Den här sidan finns inte på svenska än."), "Swedish notice: {f}");
    assert!(f.contains("Refunds?"));
    // not announced as a Swedish alternate, not in the sitemap
    assert!(!s.out("en/faq/questions/index.html").contains("hreflang=\"sv\" href=\"https"));
    assert!(!s.out("sitemap.xml").contains("/sv/faq/questions/"));
    // the English page's switcher leads to it but says it is not translated
    assert!(
        s.out("en/faq/questions/index.html")
            .contains("<a href=\"../../../sv/faq/questions/index.html\" class=\"unavailable\">")
    );
}

#[test]
fn callouts_get_localized_titles() {
    let s = TestSite::basic();
    s.write("content/sv/guides/tips.md", "+++\ntitle = \"Tips\"\n+++\n> [!WARNING]\n> Spara kvittot.\n");
    s.build_ok();
    let p = s.out("sv/guides/tips/index.html");
    assert!(
        p.contains("<div class=\"callout callout-warning\" role=\"note\"><p class=\"callout-title\">Varning</p>"),
        "{p}"
    );
}
