//! The CommonMark spec's examples through a whole `helpgen build`: each of the 652 examples of spec
//! 0.31.2 (the version pulldown-cmark 0.13 follows; tests/commonmark/spec-0.31.2.json, extracted by
//! scripts/commonmark-spec-examples.py) is a page of one fixture site built with trusted HTML
//! (`[markdown] unsafe_html = true`, as the spec expects raw HTML to pass through). The Markdown part
//! of every built page (the article's `prose` div) is normalized the way the spec's own test runner
//! does (tests/commonmark/normalize.rs) and compared with the spec's HTML.
//!
//! Every example must be identical, except those in `DIFFERENCES`, each with the reason helpgen
//! differs on purpose and a check that the difference is that one and nothing else; and every
//! heading loses the id and self-link helpgen gives it first (`strip_heading_anchors`, the one
//! difference common to all pages; 40 examples have headings).

mod common;
#[path = "commonmark/normalize.rs"]
mod normalize;

use common::TestSite;
use normalize::normalize_html;

/// Why an example's HTML differs from the spec's, on purpose.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Why {
    /// A relative destination is resolved against the page: a file link leads to the file copied
    /// beside the page's section (`foo` → `../../../en/spec/foo`), so that it works from the built page
    /// and from `file://`. Checked: the HTML is the spec's once every `href`/`src` the spec writes
    /// relative is read as helpgen's resolution of it.
    ResolvedLink,
}

/// Every example whose HTML differs from the spec's on purpose, with the reason (and the
/// destination as the spec writes it). The extensions helpgen turns on (`markdown::options`:
/// tables, footnotes, strikethrough, task lists, heading attributes, GitHub alerts) change none of
/// the examples; raw HTML passes through because the site trusts it (`unsafe_html`); email
/// autolinks (604, 605) are the spec's `mailto:` links.
#[rustfmt::skip]
const DIFFERENCES: &[(usize, Why)] = &[
    (194, Why::ResolvedLink), // my_(url)
    (195, Why::ResolvedLink), // my%20url
    (203, Why::ResolvedLink), // url
    (204, Why::ResolvedLink), // first
    (492, Why::ResolvedLink), // b)c
    (495, Why::ResolvedLink), // (foo)
    (496, Why::ResolvedLink), // foo(and(bar))
    (498, Why::ResolvedLink), // foo(and(bar)
    (499, Why::ResolvedLink), // foo(and(bar)
    (500, Why::ResolvedLink), // foo):
    (502, Why::ResolvedLink), // foo%5Cbar
    (503, Why::ResolvedLink), // foo%20b%C3%A4
    (504, Why::ResolvedLink), // %22title%22
    (517, Why::ResolvedLink), // moon.jpg
    (520, Why::ResolvedLink), // uri3
    (522, Why::ResolvedLink), // baz*
    (531, Why::ResolvedLink), // moon.jpg
    (573, Why::ResolvedLink), // train.jpg
    (576, Why::ResolvedLink), // train.jpg
    (577, Why::ResolvedLink), // train.jpg
    (578, Why::ResolvedLink), // train.jpg
    (580, Why::ResolvedLink), // url
];

/// One example of the spec.
struct Example {
    number: usize,
    section: String,
    markdown: String,
    html: String,
}

fn examples() -> Vec<Example> {
    let path = common::repo().join("tests/commonmark/spec-0.31.2.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let list: Vec<serde_json::Value> = serde_json::from_str(&text).expect("spec examples JSON");
    list.iter()
        .map(|v| Example {
            number: v["example"].as_u64().expect("example") as usize,
            section: v["section"].as_str().expect("section").to_string(),
            markdown: v["markdown"].as_str().expect("markdown").to_string(),
            html: v["html"].as_str().expect("html").to_string(),
        })
        .collect()
}

/// The folder of the pages below `content/en/`, and so the section of the built pages.
const SECTION: &str = "spec";

/// The site: one article page per example, `content/en/spec/NNN.md`.
fn site(examples: &[Example]) -> TestSite {
    let site = TestSite::new();
    site.write(
        "helpgen.toml",
        "base_url = \"https://example.org/help/\"\ndefault_language = \"en\"\n\n[markdown]\nunsafe_html = true\n",
    );
    let ftl = std::fs::read_to_string(common::repo().join("locales/en/main.ftl")).unwrap();
    site.write("locales/en/main.ftl", &ftl);
    site.write("content/en/_index.md", "+++\ntitle = \"Help\"\n+++\n");
    site.write(&format!("content/en/{SECTION}/_index.md"), "+++\ntitle = \"Spec\"\n+++\n");
    for e in examples {
        let page = format!("+++\ntitle = \"Example {n}\"\n+++\n{md}", n = e.number, md = e.markdown);
        site.write(&format!("content/en/{SECTION}/{:03}.md", e.number), &page);
    }
    site
}

/// The Markdown part of a built article page: the inside of its `<div class="prose">`, which the
/// theme closes right before `</article>`.
fn prose(page: &str) -> &str {
    let open = "<div class=\"prose\">";
    let start = page.find(open).expect("a prose div") + open.len();
    let article_end = page.rfind("</article>").expect("</article>");
    let end = page[..article_end].rfind("</div>").expect("the prose div's end");
    &page[start..end]
}

/// Headings as helpgen writes them, `<hN id="x"><a class="anchor" href="#x">…</a></hN>` (an id for
/// the table of contents and links, a self-link to copy), or `<hN id="x">…</hN>` when the heading
/// holds a link itself, back to the spec's `<hN>…</hN>`; whether there was one.
fn strip_heading_anchors(html: &str) -> (String, bool) {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut found = false;
    while let Some(i) = rest.find("<h") {
        let tail = &rest[i..];
        let level = tail.as_bytes().get(2).copied().filter(|b| (b'1'..=b'6').contains(b));
        let parsed = level.and_then(|l| {
            let id_start = tail.strip_prefix(&format!("<h{} id=\"", l as char))?;
            let id = &id_start[..id_start.find('"')?];
            let open = format!("<h{l} id=\"{id}\"><a class=\"anchor\" href=\"#{id}\">", l = l as char);
            let close = format!("</a></h{}>", l as char);
            if let Some(inner) = tail.strip_prefix(&open) {
                return Some((l as char, open.len(), inner.find(&close)?, close.len()));
            }
            // a heading holding a link has the id alone (`markdown::heading_html`)
            let open = format!("<h{l} id=\"{id}\">", l = l as char);
            let close = format!("</h{}>", l as char);
            Some((l as char, open.len(), tail.strip_prefix(&open)?.find(&close)?, close.len()))
        });
        match parsed {
            Some((l, inner_start, inner_len, close_len)) => {
                out.push_str(&rest[..i]);
                out.push_str(&format!("<h{l}>{}</h{l}>", &tail[inner_start..inner_start + inner_len]));
                rest = &tail[inner_start + inner_len + close_len..];
                found = true;
            }
            None => {
                out.push_str(&rest[..i + 2]);
                rest = &rest[i + 2..];
            }
        }
    }
    out.push_str(rest);
    (out, found)
}

/// Whether a heading's self-link (`<a class="anchor" …>`) holds another link: not HTML (browsers
/// split it, leaving the self-link empty), as example 214 (`# [Foo]`) once came out.
fn link_in_self_link(html: &str) -> bool {
    html.match_indices("<a class=\"anchor\"").any(|(i, _)| {
        let inner = &html[i + 2..];
        let end = inner.find("</a>").unwrap_or(inner.len());
        inner[..end].contains("<a ")
    })
}

/// What came of one example.
#[derive(Debug, PartialEq)]
enum Outcome {
    Identical,
    /// Identical once the heading anchors are taken away.
    HeadingAnchors,
    Documented(Why),
    Failing(String),
}

/// `got` compared with the spec's `want` (both normalized), for an example documented as `why`.
fn documented(why: Why, got: &str, want: &str) -> Result<(), String> {
    match why {
        Why::ResolvedLink => {
            let resolved = resolve_relative_urls(want);
            (got == resolved).then_some(()).ok_or_else(|| format!("not only resolved links: want {resolved}"))
        }
    }
}

/// The spec's normalized HTML with every relative `href`/`src` as helpgen resolves it from a page of
/// `content/en/spec/` with no such file: the file beside the section, from the page's folder
/// `en/spec/NNN/` through the site root, `../../../en/spec/<dest>`.
fn resolve_relative_urls(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    loop {
        let next = ["href=\"", "src=\""].iter().filter_map(|a| rest.find(a).map(|i| (i, a.len()))).min();
        let Some((i, len)) = next else { break };
        out.push_str(&rest[..i + len]);
        rest = &rest[i + len..];
        let end = rest.find('"').expect("attribute end");
        let url = &rest[..end];
        let relative =
            !url.is_empty() && !url.starts_with(['#', '/']) && helpgen::links::scheme(&html_unescape(url)).is_none();
        if relative {
            out.push_str(&format!("../../../en/{SECTION}/"));
        }
        out.push_str(url);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn html_unescape(s: &str) -> String {
    s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

#[test]
fn spec_examples_come_out_of_a_build_as_the_spec_writes_them() {
    let examples = examples();
    assert_eq!(examples.len(), 652, "spec 0.31.2 has 652 examples");
    let site = site(&examples);
    let started = std::time::Instant::now();
    site.build_ok();
    let build_time = started.elapsed();

    let mut outcomes = vec![];
    for e in &examples {
        let page = site.out(&format!("en/{SECTION}/{:03}/index.html", e.number));
        let body = prose(&page);
        assert!(!link_in_self_link(body), "example {}: a link inside a heading's self-link: {body}", e.number);
        let (html, had_anchors) = strip_heading_anchors(body);
        let got = normalize_html(&html);
        let want = normalize_html(&e.html);
        let why = DIFFERENCES.iter().find(|(n, _)| *n == e.number).map(|(_, w)| *w);
        let outcome = match why {
            _ if got == want && why.is_some() => Outcome::Failing("documented as different, but identical".into()),
            _ if got == want && had_anchors => Outcome::HeadingAnchors,
            _ if got == want => Outcome::Identical,
            Some(why) => match documented(why, &got, &want) {
                Ok(()) => Outcome::Documented(why),
                Err(msg) => Outcome::Failing(format!("{msg}\n  got  {got}")),
            },
            None => Outcome::Failing(format!("\n  want {want}\n  got  {got}")),
        };
        outcomes.push((e, outcome));
    }

    let count = |f: &dyn Fn(&Outcome) -> bool| outcomes.iter().filter(|(_, o)| f(o)).count();
    let identical = count(&|o| *o == Outcome::Identical);
    let anchors = count(&|o| *o == Outcome::HeadingAnchors);
    let links = count(&|o| *o == Outcome::Documented(Why::ResolvedLink));
    let failing: Vec<String> = outcomes
        .iter()
        .filter_map(|(e, o)| match o {
            Outcome::Failing(msg) => Some(format!("example {} ({}): {msg}", e.number, e.section)),
            _ => None,
        })
        .collect();
    eprintln!(
        "CommonMark {} examples (build {:.1} s): {identical} identical, {anchors} identical but for heading anchors, \
         {links} documented (resolved links), {} failing",
        examples.len(),
        build_time.as_secs_f64(),
        failing.len()
    );
    assert!(failing.is_empty(), "{} examples differ from the spec:\n{}", failing.len(), failing.join("\n"));
}

#[test]
fn email_autolinks_are_mailto_links_as_the_spec_writes_them() {
    // spec examples 604 and 605: once written `mailto:../../en/spec/foo@bar.example.com`
    let examples: Vec<Example> = examples().into_iter().filter(|e| [604, 605].contains(&e.number)).collect();
    let site = site(&examples);
    site.build_ok();
    for e in &examples {
        let page = site.out(&format!("en/{SECTION}/{:03}/index.html", e.number));
        assert_eq!(prose(&page).trim(), e.html.trim(), "example {}", e.number);
    }
}

#[test]
fn heading_anchors_are_stripped_and_nothing_else() {
    let (s, found) = strip_heading_anchors(
        "<h2 id=\"a-b\"><a class=\"anchor\" href=\"#a-b\">A <a href=\"x\">b</a></a></h2>\n<h3>kept</h3><hr>",
    );
    assert!(found);
    assert!(link_in_self_link("<h2 id=\"a\"><a class=\"anchor\" href=\"#a\"><a href=\"x\">b</a></a></h2>"));
    assert!(!link_in_self_link("<h2 id=\"a\"><a class=\"anchor\" href=\"#a\">b</a></h2><a href=\"x\">c</a>"));
    assert_eq!(s, "<h2>A <a href=\"x\">b</a></h2>\n<h3>kept</h3><hr>");
    let linked = "<h1 id=\"foo\"><a href=\"/url\">Foo</a></h1>";
    assert_eq!(strip_heading_anchors(linked), ("<h1><a href=\"/url\">Foo</a></h1>".to_string(), true));
    assert_eq!(
        strip_heading_anchors("<h1 class=\"x\">raw</h1><hr>"),
        ("<h1 class=\"x\">raw</h1><hr>".to_string(), false)
    );
}
