//! Bad input: every error names the file and line, says what to do, exits non-zero, and leaves the
//! previous output untouched. Several errors are reported in one run.

mod common;

use common::TestSite;

/// Builds once (good), breaks the site with `breakage`, builds again: asserts failure, the message
/// parts, and that `public/` is byte-for-byte what the good build wrote.
fn assert_fails(breakage: impl Fn(&TestSite), expected: &[&str]) -> String {
    let s = TestSite::basic();
    s.build_ok();
    let before = s.snapshot();
    breakage(&s);
    let r = s.build();
    let err = r.stderr();
    assert!(!r.ok(), "build should fail");
    assert_eq!(r.0.status.code(), Some(1));
    for e in expected {
        assert!(err.contains(e), "expected {e:?} in:\n{err}");
    }
    assert!(err.contains("previous output was left untouched"));
    assert_eq!(before, s.snapshot(), "public/ changed after a failed build");
    err
}

#[test]
fn invalid_front_matter() {
    assert_fails(
        |s| {
            s.write("content/en/guides/bad.md", "+++\ntitle = \"x\nweight = 1\n+++\n");
        },
        &["content/en/guides/bad.md:2", "front matter"],
    );
}

#[test]
fn unclosed_front_matter() {
    assert_fails(
        |s| {
            s.write("content/en/guides/bad.md", "+++\ntitle = \"x\"\n\nBody\n");
        },
        &["content/en/guides/bad.md:1", "never closed", "help:"],
    );
}

#[test]
fn missing_title() {
    assert_fails(
        |s| {
            s.write("content/en/guides/bad.md", "+++\nweight = 1\n+++\n");
        },
        &["content/en/guides/bad.md", "title"],
    );
}

#[test]
fn unknown_key_and_unknown_kind() {
    let err = assert_fails(
        |s| {
            s.write("content/en/guides/a.md", "+++\ntitle = \"x\"\nauthor = \"me\"\n+++\n");
            s.write("content/en/guides/b.md", "+++\ntitle = \"x\"\n\nkind = \"blog\"\n+++\n");
        },
        &["content/en/guides/a.md:3", "author", "content/en/guides/b.md:4", "blog"],
    );
    assert!(err.contains("2 errors"), "both reported in one run:\n{err}");
}

#[test]
fn a_misspelt_key_gets_did_you_mean_and_the_keys_once() {
    let err = assert_fails(
        |s| {
            s.write("content/en/guides/a.md", "+++\ntitel = \"x\"\n+++\n");
        },
        &["content/en/guides/a.md:2", "unknown key `titel`; did you mean `title`?"],
    );
    assert_eq!(err.matches("translation_key").count(), 1, "the key list once:\n{err}");
}

#[test]
fn invalid_utf8() {
    assert_fails(
        |s| {
            s.write_bytes("content/en/guides/bad.md", b"+++\ntitle = \"x\"\n+++\nok\n\xff\xfe bad\n");
        },
        &["content/en/guides/bad.md", "line 5", "UTF-8"],
    );
}

#[test]
fn two_pages_claim_one_url() {
    assert_fails(
        |s| {
            s.write("content/en/guides/twin.md", "+++\ntitle = \"Twin\"\nslug = \"complain\"\n+++\n");
        },
        &["content/en/guides/twin.md", "both claim the URL /en/guides/complain/"],
    );
}

#[test]
fn unsafe_slugs() {
    for slug in ["../escape", "a/b", "%2e%2e", "with space"] {
        assert_fails(
            |s| {
                s.write("content/en/guides/bad.md", &format!("+++\ntitle = \"x\"\nslug = \"{slug}\"\n+++\n"));
            },
            &["content/en/guides/bad.md:3", "slug"],
        );
    }
}

#[test]
fn template_error_names_template_and_line() {
    assert_fails(
        |s| {
            s.write(
                "templates/section.html",
                "{% extends \"base.html\" %}\n{% block main %}\n{{ title }\n{% endblock main %}\n",
            );
        },
        &["templates/section.html:3", "template error"],
    );
}

#[test]
fn fluent_syntax_error() {
    assert_fails(
        |s| {
            s.write("locales/sv/extra.ftl", "ok = bra\n\nbroken = { $x\n");
        },
        &["locales/sv/extra.ftl:3", "Fluent syntax error"],
    );
}

#[test]
fn a_key_the_project_leaves_out_comes_from_the_built_in_strings() {
    let s = TestSite::basic();
    let en = std::fs::read_to_string(s.root.join("locales/en/main.ftl")).unwrap();
    s.write("locales/en/main.ftl", &en.replace("skip-to-content = Skip to content\n", ""));
    s.build_ok();
    assert!(s.out("en/index.html").contains(">Skip to content</a>"));
}

#[test]
fn a_key_no_language_defines() {
    assert_fails(
        |s| {
            s.write("templates/partials/page-foot.html", "<p>{{ t(key=\"no-such-key\") }}</p>\n");
        },
        &["no-such-key", "templates/partials/page-foot.html"],
    );
}

#[test]
fn language_folder_that_is_not_a_tag() {
    assert_fails(
        |s| {
            s.write("content/english_us/_index.md", "+++\ntitle = \"x\"\n+++\n");
        },
        &["content/english_us", "not a BCP 47 language tag"],
    );
}

#[test]
fn page_without_section_file() {
    assert_fails(
        |s| {
            s.write("content/en/orphans/page.md", "+++\ntitle = \"x\"\n+++\n");
        },
        &["content/en/orphans/page.md", "content/en/orphans/_index.md"],
    );
}

#[test]
fn unknown_config_key_names_the_line() {
    assert_fails(
        |s| {
            s.write(
                "helpgen.toml",
                "base_url = \"https://example.org/\"\ndefault_language = \"en\"\nlanguage = \"sv\"\n",
            );
        },
        &["helpgen.toml:3", "language"],
    );
}

#[test]
fn refuses_output_dirs_that_would_touch_sources() {
    for out in [".", "content", "..", "/tmp"] {
        let s = TestSite::basic();
        s.write(
            "helpgen.toml",
            &format!("base_url = \"https://example.org/\"\ndefault_language = \"en\"\noutput_dir = \"{out}\"\n"),
        );
        let r = s.build();
        assert!(!r.ok());
        assert!(r.stderr().contains("output_dir"), "{}", r.stderr());
        assert!(s.root.join("content/en/_index.md").exists());
    }
}

#[test]
fn every_parser_reports_line_column_and_source_line_in_one_run() {
    let err = assert_fails(
        |s| {
            s.write("content/en/guides/a.md", "+++\ntitle = \"x\"\nweight = \"heavy\"\n+++\n");
            s.write("content/en/guides/b.md", "---\ntitle: x\nkind: blog\n---\n");
            s.write("locales/sv/extra.ftl", "ok = bra\n\nbroken = { $x\n");
            s.write(
                "templates/section.html",
                "{% extends \"base.html\" %}\n{% block main %}\n{{ title }\n{% endblock main %}\n",
            );
            s.write("data/en/contact.toml", "[[channels]]\nname = \"Chat\"\nfax = \"none\"\n");
        },
        &[
            "content/en/guides/a.md:3:",
            "content/en/guides/b.md:3:",
            "locales/sv/extra.ftl:3:",
            "templates/section.html:3:",
            "data/en/contact.toml:3:",
            "5 errors",
        ],
    );
    // the offending line is shown under each message
    for line in ["3 | weight = \"heavy\"", "3 | kind: blog", "3 | broken = { $x", "3 | fax = \"none\""] {
        assert!(err.contains(line), "{line:?} not shown:\n{err}");
    }
    assert!(err.contains("template error: expected `or`, `and`"), "{err}");
    assert!(!err.contains("line 2 column"), "YAML positions count from the file, not the header:\n{err}");
}

/// Issue 20: `--base-url` is checked like `base_url`, and the error names the flag.
#[test]
fn base_url_flag_is_validated_like_the_config_key() {
    let s = TestSite::basic();
    s.build_ok();
    let before = s.snapshot();
    for bad in ["notaurl", "https://", "https://x.org/a b"] {
        let r = s.run(&["build", "--base-url", bad]);
        assert!(!r.ok(), "{bad} is refused");
        assert!(r.stderr().contains(&format!("--base-url {bad:?}")), "{}", r.stderr());
        assert!(r.stderr().contains("help: give an absolute URL, e.g. --base-url https://example.org/help/"));
    }
    assert_eq!(before, s.snapshot());
    assert!(s.run(&["build", "--base-url", "https://preview.example.org/help"]).ok());
    assert!(s.out("en/index.html").contains("https://preview.example.org/help/en/"));
}

/// Issue 20: a mistyped command or flag gets "did you mean".
#[test]
fn mistyped_commands_and_flags_get_a_suggestion() {
    let s = TestSite::basic();
    let r = s.run(&["biuld"]);
    assert!(!r.ok());
    assert!(r.stderr().contains("a similar subcommand exists: 'build'"), "{}", r.stderr());
    let r = s.run(&["check", "--strcit"]);
    assert!(r.stderr().contains("a similar argument exists: '--strict'"), "{}", r.stderr());
}

/// Issue 20: check writes nothing, and its closing line says what is true for check.
#[test]
fn check_says_what_it_did_not_what_build_does() {
    let s = TestSite::basic();
    s.write("content/en/guides/bad.md", "+++\ntitle = \"x\nweight = 1\n+++\n");
    let r = s.run(&["check"]);
    assert!(!r.ok());
    assert!(
        r.stderr().contains("failed: 1 error in the project's files; nothing was checked beyond them"),
        "{}",
        r.stderr()
    );
    assert!(!r.stderr().contains("previous output"), "{}", r.stderr());
    s.remove("content/en/guides/bad.md");
    let r = s.run(&["check"]);
    assert!(r.stdout().contains("Checked 9 pages in 2 languages: 0 errors, 0 warnings,"), "{}", r.stdout());
    assert!(!s.root.join("public").exists(), "check writes nothing");
}
