//! Property tests (proptest, a bounded number of cases in `cargo test`): arbitrary input never
//! panics the parsers, never yields a path outside the output, and the tokenizer is idempotent on
//! its own output. Longer runs: `PROPTEST_CASES=100000 cargo test --release --test properties`.

use std::path::Path;

use helpgen::content::frontmatter;
use helpgen::markdown::{self, MarkdownOptions};
use helpgen::search::tokenize::{Mode, tokenize};
use proptest::prelude::*;

/// Cases per property: `PROPTEST_CASES` for a longer run, else the bounded number for `cargo test`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn markdownish() -> impl Strategy<Value = String> {
    // text made of Markdown's special characters, headings and scripts of several kinds
    proptest::collection::vec(
        prop_oneof![
            Just("## ".to_string()),
            Just("\n".to_string()),
            Just("> [!NOTE]\n> ".to_string()),
            Just("```composer\n```\n".to_string()),
            Just("- ".to_string()),
            Just("[a](../x.md#y) ".to_string()),
            Just("{#id .intro}".to_string()),
            Just("<b>".to_string()),
            Just("+++\n".to_string()),
            "[a-zA-Z0-9 *_`#|\\-\\[\\]()!<>{}.:]{0,12}",
            "[\\p{Han}\\p{Cyrillic}\\p{Arabic}\\p{Thai}]{0,6}",
        ],
        0..40,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(256), ..ProptestConfig::default() })]

    #[test]
    fn front_matter_never_panics(text in "(\\+\\+\\+\n|---\n)?[ -~\n\\p{Cyrillic}]{0,200}(\n\\+\\+\\+\n|\n---\n)?[ -~\n]{0,50}") {
        let p = Path::new("content/en/x.md");
        if let Ok(split) = frontmatter::split(p, &text) {
            prop_assert!(split.body_offset <= text.len());
            let _ = frontmatter::parse(p, &text, &split);
        }
    }

    #[test]
    fn slugs_are_safe_url_segments(name in "\\PC{0,60}") {
        let s = helpgen::slug::slugify(&name);
        prop_assert!(!s.contains('/') && !s.contains('\\') && !s.contains(".."));
        prop_assert!(s.is_empty() || helpgen::slug::check_slug(&s).is_ok(), "{s:?}");
    }

    #[test]
    fn links_never_resolve_outside_the_content(dir in "([a-z]{1,3}/){0,3}", rel in "((\\.\\.|\\.|[a-z]{1,3})/){0,6}[a-z.]{0,5}") {
        let dir = dir.trim_end_matches('/');
        if let Some((_, path)) = helpgen::render::resolve_source_path("en", dir, &rel) {
            prop_assert!(!path.split('/').any(|seg| seg == ".." || seg == "."), "{path}");
        }
    }

    #[test]
    fn markdown_pass_never_panics_and_anchors_are_unique(body in markdownish()) {
        let r = markdown::render(&body, &MarkdownOptions::default(), &|_: &str| None, &["step-1".to_string()]);
        let mut ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), n);
        prop_assert!(!ids.contains(&"step-1"));
        prop_assert!(r.headings.iter().all(|h| !h.id.is_empty()));
    }

    #[test]
    fn untrusted_markdown_never_emits_raw_tags(body in markdownish()) {
        let opts = MarkdownOptions { unsafe_html: false, ..MarkdownOptions::default() };
        let r = markdown::render(&body, &opts, &|_: &str| None, &[]);
        prop_assert!(!r.full_html().contains("<b>"));
    }

    #[test]
    fn tokenizer_is_idempotent_on_its_own_output(text in "\\PC{0,80}") {
        let once: Vec<String> = tokenize(&text, Mode::Query).into_iter().map(|t| t.term).collect();
        let again: Vec<String> = tokenize(&once.join(" "), Mode::Query).into_iter().map(|t| t.term).collect();
        for t in &once {
            prop_assert!(again.contains(t), "{t:?} lost: {once:?} -> {again:?}");
        }
        for t in &again {
            let first = tokenize(t, Mode::Query).first().map(|x| x.term.clone());
            prop_assert_eq!(first.as_deref(), Some(t.as_str()));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(48), ..ProptestConfig::default() })]

    /// The Fluent loader: any text in a locale file gives UI strings or errors with a line, never a panic.
    #[test]
    fn fluent_loader_never_panics(ftl in "([a-z-]{1,8} = [ -~]{0,20}\n|[ -~]{0,30}\n|    \\[[a-z]+\\] x\n){0,8}") {
        let dir = std::env::temp_dir().join(format!("helpgen-prop-ftl-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("locales/en")).unwrap();
        std::fs::write(dir.join("locales/en/main.ftl"), &ftl).unwrap();
        let cfg = helpgen::config::Config::parse(&dir, "base_url = \"https://x.org/\"\ndefault_language = \"en\"\n", None).unwrap();
        if let Err(d) = helpgen::i18n::Locales::load(&cfg, &["en".to_string()]) {
            prop_assert!(d.0.iter().all(|x| x.line >= 1 || x.message.contains("no UI strings")), "{:?}", d.0);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
