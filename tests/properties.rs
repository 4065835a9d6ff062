//! Property tests and fuzz targets: arbitrary input never panics the parsers (front matter, Markdown,
//! Fluent, helpgen.toml), never yields a path outside the output folder (slugs, links, URLs, the
//! output folder), and the tokenizer is idempotent on its own output.
//!
//! Each `#[test]` is one target. `cargo test` runs a bounded number of cases (`PROPTEST_CASES` to
//! change it); with `HELPGEN_FUZZ_SECONDS=N` a target instead runs batches of fresh cases for N
//! seconds and prints how many it ran: that is the fuzzing run of `scripts/fuzz`. Failures shrink
//! and their seeds are kept in `tests/properties.proptest-regressions`, replayed on every run.

use std::cell::Cell;
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, Instant};

use helpgen::content::{Content, FrontMatter, SourcePage, frontmatter};
use helpgen::markdown::{self, MarkdownOptions};
use helpgen::search::tokenize::{Mode, tokenize};
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, RngSeed, TestCaseError, TestRunner};

/// Cases per batch of a fuzzing run; the deadline is checked between batches.
const FUZZ_BATCH: u32 = 2_000;

/// Runs `check` on values of `strategy`. Bounded (`default_cases`, or `PROPTEST_CASES`) unless
/// `HELPGEN_FUZZ_SECONDS` is set; then batches run until that many seconds have passed, from the
/// seed `HELPGEN_FUZZ_SEED` (else one from the clock, printed so a run can be repeated).
fn fuzz<S: Strategy>(
    target: &str,
    default_cases: u32,
    strategy: S,
    check: impl Fn(S::Value) -> Result<(), TestCaseError>,
) {
    let seconds: Option<u64> = std::env::var("HELPGEN_FUZZ_SECONDS").ok().and_then(|v| v.parse().ok());
    let seed = std::env::var("HELPGEN_FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64)
    });
    let bounded = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default_cases);
    let config = Config {
        cases: if seconds.is_some() { FUZZ_BATCH } else { bounded },
        source_file: Some(file!()),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        rng_seed: if seconds.is_some() { RngSeed::Fixed(seed) } else { RngSeed::Random },
        max_shrink_iters: 10_000,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let cases = Cell::new(0u64);
    let slowest = Cell::new(Duration::ZERO);
    let start = Instant::now();
    let deadline = seconds.map(|s| start + Duration::from_secs(s));
    loop {
        let result = runner.run(&strategy, |value| {
            cases.set(cases.get() + 1);
            let t = Instant::now();
            let r = check(value);
            slowest.set(slowest.get().max(t.elapsed()));
            r
        });
        if let Err(e) = result {
            let seed = if seconds.is_some() { format!(", HELPGEN_FUZZ_SEED={seed}") } else { String::new() };
            panic!("fuzz {target}: failed after {} cases{seed}: {e}", cases.get());
        }
        if deadline.is_none_or(|d| Instant::now() >= d) {
            break;
        }
    }
    if seconds.is_some() {
        println!(
            "fuzz {target}: {} cases in {:.0} s, slowest case {:.1} ms, seed {seed}: ok",
            cases.get(),
            start.elapsed().as_secs_f64(),
            slowest.get().as_secs_f64() * 1000.0
        );
    }
}

/// One of a few fixed strings.
fn pick(items: &'static [&'static str]) -> impl Strategy<Value = String> {
    proptest::sample::select(items).prop_map(String::from)
}

/// Text made of Markdown's special characters, headings and scripts of several kinds.
fn markdownish() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            pick(&[
                "## ",
                "\n",
                "\n\n",
                "> [!NOTE]\n> ",
                "```composer\n```\n",
                "```contact\n",
                "- ",
                "  ",
                "1. ",
                "[a](../x.md#y) ",
                "![i](img.png)",
                "{#id .intro}",
                "{.nostep}",
                "{#step-1}",
                "<b>",
                "<!--helpgen:composer-->",
                "| a | b |\n|---|---|\n",
                "[^1]\n\n[^1]: note\n",
                "+++\n"
            ]),
            "[a-zA-Z0-9 *_`#|\\-\\[\\]()!<>{}.:]{0,12}",
            "[\\p{Han}\\p{Cyrillic}\\p{Arabic}\\p{Thai}\\p{Mn}]{0,6}",
            "\\PC{0,8}",
        ],
        0..60,
    )
    .prop_map(|v| v.concat())
}

/// Front matter: TOML or YAML fences around key/value lines (some valid, some broken), then a body.
fn front_matter_file() -> impl Strategy<Value = String> {
    let key = pick(&[
        "title",
        "description",
        "kind",
        "weight",
        "slug",
        "draft",
        "updated",
        "tags",
        "translation_key",
        "source_hash",
        "author",
    ]);
    let value = prop_oneof![
        "\"[ -~\\p{Cyrillic}]{0,12}\"",
        "[0-9-]{0,12}",
        pick(&[
            "true",
            "[\"a\", \"b\"]",
            "2026-02-30",
            "2026-11-21T10:00:00Z",
            "\"guide\"",
            "faq",
            "{ a = 1 }",
            "|\n  block",
            "&a x",
            "*a"
        ]),
        "[ -~]{0,12}",
    ];
    let line = prop_oneof![
        (key, prop_oneof![Just(" = "), Just(": "), Just("=")], value).prop_map(|(k, s, v)| format!("{k}{s}{v}\n")),
        "[ -~\\p{Cyrillic}\t]{0,30}\n",
        pick(&["- x\n", "[table]\n"]),
    ];
    (
        prop_oneof![Just("+++"), Just("---"), Just("\u{feff}+++"), Just("+++ "), Just("")],
        prop_oneof![Just("\n"), Just("\r\n")],
        proptest::collection::vec(line, 0..10),
        prop_oneof![Just("+++\n"), Just("---\n"), Just("+++"), Just("---\r\n"), Just("")],
        "[ -~\n\\p{Han}]{0,40}",
    )
        .prop_map(|(open, nl, lines, close, body)| format!("{open}{nl}{}{close}{body}", lines.concat()))
}

/// A file or folder name as an editor's file system may hold it (no `/`, not `.` or `..`).
fn file_name() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z0-9_ -]{1,10}", "\\PC{1,10}", pick(&["%2e%2e", "..x"]), Just("_index".to_string())]
        .prop_filter("a name", |s| !s.contains('/') && s != "." && s != ".." && !s.contains('\0'))
}

/// The output folder `out` is below; whether `rel` (a site-relative path) lands inside it.
fn stays_inside(out: &Path, rel: &str) -> bool {
    let joined = helpgen::config::lexical_normalize(&out.join(rel));
    joined.starts_with(out) && Path::new(rel).components().all(|c| matches!(c, Component::Normal(_)))
}

/// A page of the URL-building target: its folders, file name, and an editor's `slug`.
type PageSpec = (Vec<String>, String, Option<String>);

fn page(lang: &str, rel_path: String, slug: Option<String>) -> SourcePage {
    SourcePage {
        lang: lang.to_string(),
        path: PathBuf::from("content").join(lang).join(&rel_path),
        rel_path,
        front: FrontMatter { title: "T".into(), slug, ..FrontMatter::default() },
        body: String::new(),
        body_line: 1,
        content_hash: String::new(),
    }
}

#[test]
fn front_matter() {
    fuzz("front_matter", 512, front_matter_file(), |text| {
        let p = Path::new("content/en/x.md");
        let lines = text.lines().count().max(1);
        match frontmatter::split(p, &text) {
            Ok(split) => {
                prop_assert!(split.body_offset <= text.len() && text.is_char_boundary(split.body_offset));
                prop_assert!(split.header_offset <= split.body_offset);
                match frontmatter::parse(p, &text, &split) {
                    Err(d) => prop_assert!(d.line <= lines + 1, "line {} of {lines}: {d:?}", d.line),
                    Ok(front) => {
                        prop_assert!(!front.title.trim().is_empty());
                        if let Some(slug) = &front.slug {
                            prop_assert!(helpgen::slug::check_slug(slug).is_ok());
                        }
                    }
                }
            }
            Err(d) => prop_assert_eq!(d.line, 1),
        }
        Ok(())
    });
}

#[test]
fn slugs_and_links() {
    let input = ("\\PC{0,60}", "([a-z]{1,3}/){0,3}", "((\\.\\.|\\.|[a-z]{1,3}|sv|zh-Hant|\\PC{1,3})/){0,6}[a-z.]{0,5}");
    fuzz("slugs_and_links", 512, input, |(name, dir, rel)| {
        let s = helpgen::slug::slugify(&name);
        prop_assert!(!s.contains('/') && !s.contains('\\') && !s.contains(".."));
        prop_assert!(s.is_empty() || helpgen::slug::check_slug(&s).is_ok(), "{s:?}");
        prop_assert_eq!(helpgen::slug::slugify(&s), s.clone(), "a slug is its own slug");
        if helpgen::slug::check_slug(&name).is_ok() {
            prop_assert!(stays_inside(Path::new("/out"), &name), "{name:?}");
        }
        let dir = dir.trim_end_matches('/');
        if let Some((lang, path)) = helpgen::render::resolve_source_path("en", dir, &rel) {
            prop_assert!(!path.split('/').any(|seg| seg == ".." || seg == "."), "{path}");
            prop_assert!(helpgen::lang::canonical_tag(&lang).as_deref() == Some(lang.as_str()), "{lang}");
        }
        Ok(())
    });
}

#[test]
fn site_urls() {
    let spec = (proptest::collection::vec(file_name(), 0..4), file_name(), proptest::option::of("\\PC{1,12}"));
    let input = (prop_oneof![Just("en"), Just("zh-Hant"), Just("sv")], proptest::collection::vec(spec, 1..12));
    fuzz("site_urls", 256, input, |(lang, specs): (&str, Vec<PageSpec>)| {
        let mut content = Content { languages: vec![lang.to_string()], ..Content::default() };
        content.pages.push(page(lang, "_index.md".into(), None));
        for (dirs, name, slug) in specs {
            // front matter parsing refuses unsafe slugs before the site sees them
            let slug = slug.filter(|s| helpgen::slug::check_slug(s).is_ok());
            for depth in 1..=dirs.len() {
                content.pages.push(page(lang, format!("{}/_index.md", dirs[..depth].join("/")), slug.clone()));
            }
            let folder = if dirs.is_empty() { String::new() } else { format!("{}/", dirs.join("/")) };
            content.pages.push(page(lang, format!("{folder}{name}.md"), slug));
        }
        let config = helpgen::config::Config::parse(
            Path::new("/project"),
            &format!("base_url = \"https://x.org/\"\ndefault_language = \"{lang}\"\n"),
            None,
        )
        .expect("config");
        if let Ok(site) = helpgen::site::build(&config, &content, &Default::default(), Default::default()) {
            for node in &site.nodes {
                prop_assert!(node.url_path.ends_with('/') && !node.url_path.contains('\\'), "{}", node.url_path);
                let file = format!("{}index.html", node.url_path);
                prop_assert!(stays_inside(&config.output_dir, &file), "{file:?}");
            }
        }
        Ok(())
    });
}

#[test]
fn markdown_pass() {
    let input = (markdownish(), any::<bool>());
    fuzz("markdown_pass", 256, input, |(body, unsafe_html)| {
        let opts = MarkdownOptions { unsafe_html, ..MarkdownOptions::default() };
        let reserved: Vec<String> = (1..=3).map(|i| format!("step-{i}")).collect();
        let r = markdown::render(&body, &opts, &|d: &str| Some(format!("resolved/{d}")), &reserved);
        let mut ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), n, "anchors are unique");
        prop_assert!(!ids.iter().any(|id| reserved.iter().any(|r| r == id)), "{ids:?}");
        prop_assert!(r.headings.iter().all(|h| !h.id.is_empty()));
        // every `##` (or `#`) heading opens a section (a step of a guide, a question of an FAQ)
        prop_assert_eq!(r.sections.len(), r.headings.iter().filter(|h| h.level <= 2).count());
        prop_assert!(r.links.iter().all(|l| l.offset <= body.len()));
        prop_assert!(r.components.iter().all(|c| markdown::COMPONENTS.contains(&c.as_str())));
        if !unsafe_html {
            let html = r.full_html().to_ascii_lowercase();
            for unsafe_part in ["<script", "onclick", "onerror", "javascript:"] {
                prop_assert!(!html.contains(unsafe_part), "untrusted HTML is cleaned: {}", html);
            }
        }
        Ok(())
    });
}

#[test]
fn tokenizer() {
    let input = prop_oneof!["\\PC{0,80}", "[\\p{Han}\\p{Hangul}\\p{Thai}a-zA-Z0-9 '’\\-]{0,40}"];
    fuzz("tokenizer", 512, input, |text| {
        let once: Vec<String> = tokenize(&text, Mode::Query).into_iter().map(|t| t.term).collect();
        let again: Vec<String> = tokenize(&once.join(" "), Mode::Query).into_iter().map(|t| t.term).collect();
        for t in &once {
            prop_assert!(again.contains(t), "{t:?} lost: {once:?} -> {again:?}");
        }
        for t in &again {
            let first = tokenize(t, Mode::Query).first().map(|x| x.term.clone());
            prop_assert_eq!(first.as_deref(), Some(t.as_str()));
        }
        let _ = tokenize(&text, Mode::Index);
        Ok(())
    });
}

/// A Fluent file: messages, terms, selectors, attributes, comments and broken lines.
fn ftl() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            "[a-z-]{1,8} = [ -~]{0,20}\n",
            "[ -~]{0,30}\n",
            pick(&[
                "    [one] x\n",
                "   *[other] { $n } y\n",
                "n = { $n ->\n",
                "}\n",
                "-brand = Shop\nb = { -brand }\n",
                "a = { a }\n",
                "    .title = t\n",
                "# comment\n",
                "date-long = { $day } { $month } { $year }\n",
                "month-1 = January\n"
            ]),
            "[a-z]{1,6} = \\PC{0,10}\n",
        ],
        0..10,
    )
    .prop_map(|v| v.concat())
}

#[test]
fn fluent_loader() {
    let dir = std::env::temp_dir().join(format!("helpgen-prop-ftl-{}", std::process::id()));
    let input = (ftl(), ftl());
    fuzz("fluent_loader", 64, input, |(en, sv)| {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("locales/en")).unwrap();
        std::fs::create_dir_all(dir.join("locales/sv")).unwrap();
        std::fs::write(dir.join("locales/en/main.ftl"), &en).unwrap();
        std::fs::write(dir.join("locales/sv/main.ftl"), &sv).unwrap();
        let cfg =
            helpgen::config::Config::parse(&dir, "base_url = \"https://x.org/\"\ndefault_language = \"en\"\n", None)
                .expect("config");
        match helpgen::i18n::Locales::load(&cfg, &["en".to_string(), "sv".to_string()]) {
            Err(d) => {
                prop_assert!(d.0.iter().all(|x| x.line >= 1 || x.message.contains("no UI strings")), "{:?}", d.0);
            }
            Ok(locales) => {
                use helpgen::i18n::Arg;
                let keys = en.lines().chain(sv.lines()).filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim()));
                for key in keys {
                    for lang in ["en", "sv"] {
                        let _ = locales.format(lang, key, &[("n", Arg::Num(2.0)), ("day", Arg::Str("<b>".into()))]);
                        let _ = locales.format(lang, key, &[]);
                    }
                }
                let _ = locales.format_date("sv", "2026-11-21");
            }
        }
        Ok(())
    });
    let _ = std::fs::remove_dir_all(&dir);
}

/// helpgen.toml: the known keys with odd values, unknown keys and broken lines.
fn config_file() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        "base_url = \"(https?://)?[a-z./?# -]{0,12}\"\n",
        "default_language = \"[a-zA-Z-]{0,8}\"\n",
        "output_dir = \"(\\.\\./|\\./|/|public|content|\\.hidden|a/|\\.\\.|helpgen\\.toml|[a-z]{1,3}/){0,4}\"\n",
        pick(&[
            "theme = \"../x\"\n",
            "fallback = \"render\"\n",
            "[languages.sv]\nweight = -3\ndirection = \"rtl\"\nfallback = [\"en\", \"xx\"]\n",
            "[languages.not_a_tag]\nname = \"x\"\n",
            "[markdown]\nunsafe_html = true\n"
        ]),
        "[ -~]{0,30}\n",
    ];
    proptest::collection::vec(line, 0..8)
        .prop_map(|v| format!("base_url = \"https://x.org/\"\ndefault_language = \"en\"\n{}", v.concat()))
}

#[test]
fn config() {
    let input = (config_file(), proptest::option::of("(\\.\\./|\\./|/|[a-z]{1,3}/|content){1,4}"));
    fuzz("config", 256, input, |(text, output)| {
        let root = Path::new("/project");
        match helpgen::config::Config::parse(root, &text, output.as_deref().map(Path::new)) {
            Ok(cfg) => {
                let rel = cfg.output_dir.strip_prefix(root);
                prop_assert!(rel.is_ok(), "{:?}", cfg.output_dir);
                let rel = rel.unwrap();
                prop_assert!(rel.components().count() >= 1, "{:?}", cfg.output_dir);
                prop_assert!(rel.components().all(|c| matches!(c, Component::Normal(_))), "{:?}", cfg.output_dir);
                prop_assert!(!rel.starts_with("content") && !rel.starts_with("locales"), "{:?}", cfg.output_dir);
                prop_assert!(cfg.base_url.ends_with('/'));
            }
            Err(d) => prop_assert!(!d.0.is_empty()),
        }
        Ok(())
    });
}
