//! The editor's workflow: `helpgen check` (links, anchors, translation status, Fluent gaps, JSON,
//! --strict, --mark-translated) and `helpgen new` (site, page, language; never overwrites).

mod common;

use common::TestSite;

#[test]
fn check_reports_broken_links_and_anchors_with_file_and_line() {
    let s = TestSite::basic();
    s.write(
        "content/en/guides/other.md",
        "+++\ntitle = \"Other\"\n+++\nIntro.\n\nSee [gone](../faq/nope.md) and [bad anchor](complain.md#no-such-step)\nand [step](complain.md#step-2), [own](#missing), [sv](../../sv/guides/complain.md#hitta-ordern),\n[img](pic.png).\n",
    );
    let r = s.run(&["check"]);
    let err = r.stderr();
    assert!(!r.ok(), "broken links are errors");
    assert!(err.contains("content/en/guides/other.md:6:5"), "{err}");
    assert!(err.contains("broken link: content/en/faq/nope.md does not exist"));
    assert!(err.contains("content/en/guides/complain.md has no heading with the anchor #no-such-step"));
    assert!(!err.contains("anchor #step-2"), "step anchors exist");
    assert!(
        !err.contains("anchor #hitta-ordern") && !err.contains("sv/guides/complain.md does not exist"),
        "links into another language resolve: {err}"
    );
    assert!(err.contains("no heading with the anchor #missing on this page"));
    assert!(err.contains("content/en/guides/pic.png does not exist"));
    s.write("content/en/guides/pic.png", "png");
    assert!(!s.run(&["check"]).stderr().contains("pic.png"));
}

#[test]
fn check_lists_missing_and_outdated_translations() {
    let s = TestSite::basic();
    let r = s.run(&["check", "--format", "json"]);
    assert!(r.ok(), "warnings only: {}", r.stderr());
    let report: serde_json::Value = serde_json::from_str(&r.stdout()).unwrap();
    let sv = report["languages"].as_array().unwrap().iter().find(|l| l["language"] == "sv").unwrap().clone();
    let missing: Vec<&str> = sv["missing"].as_array().unwrap().iter().map(|m| m.as_str().unwrap()).collect();
    assert!(missing.contains(&"content/en/faq/questions.md"), "{missing:?}");
    assert!(missing.contains(&"content/en/guides/other.md"));
    assert_eq!(sv["untracked"].as_array().unwrap().len(), 3, "sv pages without source_hash");
    // missing translations are work in progress (notes): --strict passes, --complete fails
    assert!(s.run(&["check", "--strict"]).ok());
    assert!(!s.run(&["check", "--complete"]).ok());

    // mark the Swedish guide translated, then change the English source: it becomes outdated
    let m = s.run(&["check", "--mark-translated", "content/sv/guides/complain.md"]);
    assert!(m.ok(), "{}", m.stderr());
    assert!(
        std::fs::read_to_string(s.root.join("content/sv/guides/complain.md")).unwrap().contains("source_hash = \"")
    );
    let text = s.run(&["check"]).stdout();
    assert!(text.contains("sv"), "{text}");
    let en = std::fs::read_to_string(s.root.join("content/en/guides/complain.md")).unwrap();
    s.write("content/en/guides/complain.md", &en.replace("Be brief.", "Be brief and polite."));
    let r = s.run(&["check"]);
    assert!(r.stderr().contains("outdated translation: content/en/guides/complain.md changed"), "{}", r.stderr());
    s.run(&["check", "--mark-translated", "content/sv/guides/complain.md"]);
    assert!(!s.run(&["check"]).stderr().contains("outdated translation"));
}

#[test]
fn check_finds_fluent_gaps() {
    let s = TestSite::basic();
    s.write("content/ro/_index.md", "+++\ntitle = \"Ajutor\"\n+++\n");
    s.write("locales/ro/main.ftl", "section-count = { $count ->\n    [one] un articol\n   *[other] { $count } articole\n}\nstep-of = Pasul { $step } din { $total } { $extra }\n");
    let err = s.run(&["check"]).stderr();
    assert!(err.contains("section-count has no variant for the ro plural categories [few]"), "{err}");
    assert!(err.contains("step-of uses $extra"), "{err}");
    // ro has built-in strings for every key the project leaves out; Frisian has none
    // (the project's own footer note is the one message ro lacks)
    assert!(err.contains("1 UI string missing or still marked # TRANSLATE (shown in en): footer-note\n"), "{err}");
    s.write("content/fy/_index.md", "+++\ntitle = \"Help\"\n+++\n");
    let err = s.run(&["check"]).stderr();
    assert!(err.contains("fy has no UI strings; the en ones are shown"), "{err}");
    s.write("locales/en/extra.ftl", "never-used = Nobody calls me\n");
    assert!(s.run(&["check"]).stderr().contains("the UI string never-used is never used"));
}

#[test]
fn new_site_builds_at_once() {
    let s = TestSite::new();
    let r = s.run(&["new", "site", "mysite"]);
    assert!(r.ok(), "{}", r.stderr());
    let site = s.root.join("mysite");
    let b =
        std::process::Command::new(env!("CARGO_BIN_EXE_helpgen")).args(["build"]).current_dir(&site).output().unwrap();
    assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    let guide = std::fs::read_to_string(site.join("public/en/guides/first-guide/index.html")).unwrap();
    assert!(guide.contains("id=\"step-2\""));
    assert!(site.join("public/en/faq/questions/index.html").exists());
    assert!(!s.run(&["new", "site", "mysite"]).ok(), "refuses a non-empty folder");
}

#[test]
fn new_page_writes_skeletons_and_never_overwrites() {
    let s = TestSite::basic();
    let r = s.run(&["new", "page", "en/guides/returns", "--kind", "guide"]);
    assert!(r.ok(), "{}", r.stderr());
    let text = std::fs::read_to_string(s.root.join("content/en/guides/returns.md")).unwrap();
    assert!(text.contains("kind = \"guide\"") && text.contains("{.intro}"));
    let again = s.run(&["new", "page", "en/guides/returns"]);
    assert!(!again.ok());
    assert!(again.stderr().contains("already exists"));
    // a new section gets its _index.md
    assert!(s.run(&["new", "page", "en/billing/invoices", "--kind", "faq"]).ok());
    assert!(s.root.join("content/en/billing/_index.md").exists());
    s.build_ok();
    assert!(s.out("en/billing/invoices/index.html").contains("<details class=\"faq-item\""));
    // a translation started from the source records its version
    assert!(s.run(&["new", "page", "sv/faq/questions", "--from", "en/faq/questions"]).ok());
    let sv = std::fs::read_to_string(s.root.join("content/sv/faq/questions.md")).unwrap();
    assert!(sv.contains("source_hash = \""));
    assert!(!s.run(&["check"]).stderr().contains("outdated"));
}

#[test]
fn new_language_seeds_content_and_marked_ui_strings() {
    let s = TestSite::basic();
    let r = s.run(&["new", "language", "pt-BR"]);
    assert!(r.ok(), "{}", r.stderr());
    // helpgen knows Portuguese: only the project's own wording is seeded, the rest is built in
    let ftl = std::fs::read_to_string(s.root.join("locales/pt-BR/main.ftl")).unwrap();
    assert!(ftl.contains("# TRANSLATE\nsite-title = "), "{ftl}");
    assert!(!ftl.contains("skip-to-content"), "{ftl}");
    s.build_ok();
    let home = s.out("pt-br/index.html");
    assert!(home.contains("<html lang=\"pt-BR\""));
    assert!(s.out("index.html").contains("Português (Brasil)"));
    assert!(!s.run(&["new", "language", "pt-BR"]).ok(), "never overwrites");
}

#[test]
fn the_embedded_theme_is_the_whole_default_theme() {
    let dir = common::repo().join("themes/default");
    let mut on_disk: Vec<String> = walkdir::WalkDir::new(&dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file() && !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path().strip_prefix(&dir).unwrap().to_string_lossy().replace('\\', "/"))
        .collect();
    on_disk.sort();
    let embedded: Vec<String> = helpgen::builtin::DEFAULT_THEME.iter().map(|(p, _)| p.to_string()).collect();
    assert_eq!(embedded, on_disk, "build.rs embeds every file of themes/default");
}

#[test]
fn check_external_asks_each_link_once_only_when_told() {
    // a server on loopback: /ok answers 200, anything else 404
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        use std::io::{Read, Write};
        for stream in listener.incoming().flatten().take(8) {
            let mut stream = stream;
            let mut buf = [0u8; 2048];
            let n = stream.read(&mut buf).unwrap_or(0);
            let req = String::from_utf8_lossy(&buf[..n]);
            let status =
                if req.starts_with("HEAD /ok ") || req.starts_with("GET /ok ") { "200 OK" } else { "404 Not Found" };
            let _ = write!(stream, "HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        }
    });
    let s = TestSite::basic();
    s.write(
        "content/en/guides/other.md",
        &format!(
            "+++\ntitle = \"Other\"\n+++\n[fine](http://127.0.0.1:{port}/ok)\n\n[gone](http://127.0.0.1:{port}/gone)\n"
        ),
    );
    let without = s.run(&["check"]);
    assert!(!without.stderr().contains("external link"), "off by default");
    let r = s.run(&["check", "--external"]);
    let err = r.stderr();
    assert!(!r.ok());
    assert!(err.contains(&format!("external link http://127.0.0.1:{port}/gone answers HTTP 404")), "{err}");
    assert!(err.contains("content/en/guides/other.md:6"), "{err}");
    assert!(!err.contains("/ok answers"), "{err}");
}

/// Issue 20: render and check classify links in one place (`links.rs`): URLs of any scheme are not
/// missing files, percent-encoded paths are the files they name, email autolinks become `mailto:`.
#[test]
fn links_of_every_kind_are_classified_alike_by_build_and_check() {
    let s = TestSite::basic();
    s.write("content/en/faq/Change My Email.md", "+++\ntitle = \"Change my email\"\n+++\n## How\n\nSo.\n");
    s.write("content/en/guides/receipt scan.png", "png");
    s.write(
        "content/en/guides/other.md",
        "+++\ntitle = \"Other\"\n+++\n[x](javascript:alert(1)) [y](ftp:/x) [t](tel:+4681234) [m](mailto:a@b.c)\n\n\
         [enc](../faq/Change%20My%20Email.md#how) ![scan](receipt%20scan.png) [sec](../faq)\n\n\
         Write to <support@shop.example>.\n",
    );
    let r = s.run(&["check"]);
    let err = r.stderr();
    assert!(r.ok(), "no link is broken:\n{err}");
    assert!(!err.contains("does not exist") && !err.contains("anchor"), "{err}");
    s.build_ok();
    let html = s.out("en/guides/other/index.html");
    assert!(html.contains("href=\"mailto:support@shop.example\""), "email autolink: {html}");
    assert!(!html.contains("contact/support@shop.example"), "{html}");
    assert!(html.contains("href=\"../../../en/faq/change-my-email/index.html#how\""), "{html}");
    assert!(html.contains("src=\"../../../en/guides/receipt%20scan.png\""), "{html}");
    assert!(html.contains("href=\"../../../en/faq/index.html\""), "a folder with _index.md is its section: {html}");
    assert!(html.contains("href=\"ftp:/x\""), "{html}");
    assert!(!html.contains("javascript:"), "script URLs are dropped by default");
    assert!(s.exists("en/guides/receipt scan.png"));
}

/// Issue 20: `build` ships nothing broken without a word: each broken link, anchor and missing file
/// is one warning line with file:line, and `--strict` fails on them, leaving the previous output.
#[test]
fn build_warns_about_broken_links_and_fails_on_them_with_strict() {
    let s = TestSite::basic();
    s.build_ok();
    let before = s.snapshot();
    s.write(
        "content/en/guides/other.md",
        "+++\ntitle = \"Other\"\n+++\nSee [gone](../faq/nope.md)\nand ![missing](pic.png), [anchor](complain.md#nah).\n",
    );
    let r = s.build();
    assert!(r.ok(), "warnings do not fail a build: {}", r.stderr());
    let err = r.stderr();
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("warning: content/en/guides/other.md:")).collect();
    assert_eq!(lines.len(), 3, "one line each:\n{err}");
    assert!(
        lines[0]
            .starts_with("warning: content/en/guides/other.md:4:5: broken link: content/en/faq/nope.md does not exist"),
        "{err}"
    );
    assert!(lines[1].contains(":5:5: broken link: the file content/en/guides/pic.png does not exist"), "{err}");
    assert!(lines[2].contains(":5:26: content/en/guides/complain.md has no heading with the anchor #nah"), "{err}");
    assert!(r.stdout().contains("with 3 warnings"), "{}", r.stdout());
    // the same checks, in check, are errors
    assert!(!s.run(&["check"]).ok());
    s.build_ok();
    let built = s.snapshot();
    let strict = s.run(&["build", "--strict"]);
    assert!(!strict.ok());
    assert!(
        strict.stderr().contains("error: broken link: content/en/faq/nope.md does not exist"),
        "{}",
        strict.stderr()
    );
    assert!(strict.stderr().contains("the previous output was left untouched"));
    assert_eq!(built, s.snapshot(), "--strict writes nothing when it fails");
    assert_ne!(before, built);
}

/// Runs the real binary in `dir`.
fn helpgen_in(dir: &std::path::Path, args: &[&str]) -> common::Run {
    common::Run(
        std::process::Command::new(env!("CARGO_BIN_EXE_helpgen"))
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .output()
            .unwrap(),
    )
}

/// Issue 20: a new editor following the messages gets a clean check: `new site`, `new language th`,
/// then `check --strict` exits 0; the seeded home page's links lead to the default language's pages.
#[test]
fn new_site_then_new_language_passes_check_strict() {
    let s = TestSite::new();
    assert!(s.run(&["new", "site", "shop"]).ok());
    let site = s.root.join("shop");
    let fresh = helpgen_in(&site, &["check", "--strict"]);
    assert!(fresh.ok(), "a fresh site is clean:\n{}", fresh.stderr());
    assert!(fresh.stdout().contains("0 errors, 0 warnings, 0 notes"), "{}", fresh.stdout());
    let added = helpgen_in(&site, &["new", "language", "th"]);
    assert!(added.ok(), "{}", added.stderr());
    assert!(
        added.stdout().contains("content/th/_index.md links to the en pages (guides/first-guide.md, faq/questions.md)"),
        "{}",
        added.stdout()
    );
    let home = std::fs::read_to_string(site.join("content/th/_index.md")).unwrap();
    assert!(home.contains("[guide](../en/guides/first-guide.md)") && home.contains("translated = false"), "{home}");
    let r = helpgen_in(&site, &["check", "--strict"]);
    assert!(r.ok(), "check --strict after new language:\n{}{}", r.stdout(), r.stderr());
    assert!(!r.stderr().contains("broken link"), "{}", r.stderr());
    assert!(r.stderr().contains("note: not translated yet: a copy of content/en/_index.md"), "{}", r.stderr());
    let b = helpgen_in(&site, &["build", "--strict"]);
    assert!(b.ok(), "{}", b.stderr());
    let th = std::fs::read_to_string(site.join("public/th/index.html")).unwrap();
    assert!(th.contains("href=\"../en/guides/first-guide/index.html\""), "{th}");
}

/// Issue 20: a page started with `--from` is a copy, not a translation, until it is marked; the
/// section made on the way is a copy too, and both are said.
#[test]
fn a_page_started_from_its_source_is_not_translated_until_marked() {
    let s = TestSite::basic();
    let r = s.run(&["new", "page", "sv/faq/questions", "--from", "en/faq/questions"]);
    assert!(r.ok(), "{}", r.stderr());
    let out = r.stdout();
    assert!(
        out.contains(
            "note: the section content/sv/faq/_index.md was needed on the way: it is a copy of content/en/faq/_index.md"
        ),
        "{out}"
    );
    assert!(out.contains("`helpgen check --mark-translated content/sv/faq/questions.md`"), "{out}");
    let page = std::fs::read_to_string(s.root.join("content/sv/faq/questions.md")).unwrap();
    assert!(page.contains("source_hash = \"") && page.contains("translated = false\n"), "{page}");
    let report = |s: &TestSite| -> serde_json::Value {
        let r = s.run(&["check", "--format", "json"]);
        let all: serde_json::Value = serde_json::from_str(&r.stdout()).unwrap();
        all["languages"].as_array().unwrap().iter().find(|l| l["language"] == "sv").unwrap().clone()
    };
    let sv = report(&s);
    let not_translated: Vec<&str> =
        sv["not_translated"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(not_translated, ["content/sv/faq/_index.md", "content/sv/faq/questions.md"]);
    assert!(sv["outdated"].as_array().unwrap().is_empty());
    let text = s.run(&["check"]);
    assert!(
        text.stderr().contains(
            "note: not translated yet: a copy of content/en/faq/questions.md\n  --> content/sv/faq/questions.md"
        ),
        "{}",
        text.stderr()
    );
    assert!(!s.run(&["check", "--complete"]).ok());
    assert!(s.run(&["check", "--mark-translated", "content/sv/faq/questions.md"]).ok());
    let page = std::fs::read_to_string(s.root.join("content/sv/faq/questions.md")).unwrap();
    assert!(!page.contains("translated ="), "marking removes the flag: {page}");
    let sv = report(&s);
    assert_eq!(sv["not_translated"].as_array().unwrap().len(), 1, "the section is still a copy");
    // a page of a section that no language has: the stub section is said, with what to do
    let r = s.run(&["new", "page", "en/billing/invoices"]);
    assert!(
        r.stdout()
            .contains("note: the section content/en/billing/_index.md was needed on the way: it is titled \"billing\""),
        "{}",
        r.stdout()
    );
}

/// Issue 20: an outdated translation shows what changed in its source since the version translated,
/// found in git history by the recorded hash, as a paragraph diff; `--format json` carries it.
#[test]
fn outdated_translations_show_what_changed_in_the_source() {
    let s = TestSite::basic();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(["-c", "user.name=Editor", "-c", "user.email=editor@example.org"])
            .args(args)
            .current_dir(&s.root)
            .output()
            .expect("git");
        assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    git(&["init", "-q"]);
    assert!(s.run(&["check", "--mark-translated", "content/sv/guides/complain.md"]).ok());
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "translated"]);
    let en = std::fs::read_to_string(s.root.join("content/en/guides/complain.md")).unwrap();
    s.write("content/en/guides/complain.md", &en.replace("Be brief.", "Be brief and polite.\n\nKeep a copy."));
    git(&["commit", "-q", "-am", "source edited"]);
    // an uncommitted edit on top counts too: the diff is against the file as it is
    let en = std::fs::read_to_string(s.root.join("content/en/guides/complain.md")).unwrap();
    s.write("content/en/guides/complain.md", &en.replace("Get ready.", "Get ready: find the receipt."));
    let r = s.run(&["check"]);
    let err = r.stderr();
    assert!(err.contains("outdated translation: content/en/guides/complain.md changed"), "{err}");
    for line in [
        "| changed in content/en/guides/complain.md since the version translated:",
        "| - Get ready.",
        "| + Get ready: find the receipt.",
        "| - Be brief.",
        "| + Be brief and polite.",
        "| + Keep a copy.",
    ] {
        assert!(err.contains(line), "{line:?} in:\n{err}");
    }
    let json: serde_json::Value = serde_json::from_str(&s.run(&["check", "--format", "json"]).stdout()).unwrap();
    let sv = json["languages"].as_array().unwrap().iter().find(|l| l["language"] == "sv").unwrap();
    let changes = &sv["changes"]["content/sv/guides/complain.md"];
    assert_eq!(changes["source"], "content/en/guides/complain.md");
    let paragraphs: Vec<(String, String)> = changes["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["change"].as_str().unwrap().to_string(), p["text"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(paragraphs[0], ("removed".to_string(), "Get ready.".to_string()));
    assert_eq!(paragraphs.last().unwrap(), &("added".to_string(), "Keep a copy.".to_string()));
    // a version git never saw: said, not guessed
    let sv_text = std::fs::read_to_string(s.root.join("content/sv/guides/complain.md")).unwrap();
    s.write("content/sv/guides/complain.md", &sv_text.replace("source_hash = \"", "source_hash = \"0000"));
    assert!(s.run(&["check"]).stderr().contains("is not in git history, so what changed cannot be shown"));
}
