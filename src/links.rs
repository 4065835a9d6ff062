//! Links written in Markdown, the one place render, build and check ask about them: what kind a
//! destination is (`classify`: empty, own anchor, a URL with a scheme, an email autolink, site-absolute,
//! or a relative path, percent-decoded), where a relative one leads in the site (`resolve`), which
//! schemes are unsafe in an untrusted page (`is_script_url`), and the broken ones (`check`), reported
//! with file:line by `helpgen build` and `helpgen check` alike.

use std::collections::{BTreeSet, HashMap};

use crate::content::Content;
use crate::diagnostics::{Diagnostic, Diagnostics, line_col};
use crate::site::Site;

/// What a link's destination is, as written in a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dest<'a> {
    /// `[x]()`: nothing to follow.
    Empty,
    /// `#anchor` on the same page (percent-decoded).
    Fragment(String),
    /// A URL with a scheme (`https:`, `mailto:`, `tel:`, `ftp:`, `javascript:`; lowercased), or a
    /// protocol-relative `//host/x` (no scheme): not a path into the site.
    External { scheme: Option<String> },
    /// An email autolink, `<support@shop.example>`: Markdown writes it as `mailto:`.
    Email,
    /// `/x`: breaks under a sub-path and from `file://`.
    SiteAbsolute,
    /// A path relative to the page's source file, percent-decoded (`Change%20My%20Email.md` is the
    /// file `Change My Email.md`); query and fragment as written.
    Relative { path: String, query: Option<&'a str>, fragment: Option<&'a str> },
}

/// Classifies `dest`; `email_autolink` is true for `<user@host>` autolinks, whose destination
/// pulldown-cmark gives without the `mailto:`.
pub fn classify(dest: &str, email_autolink: bool) -> Dest<'_> {
    if email_autolink {
        return Dest::Email;
    }
    if dest.trim().is_empty() {
        return Dest::Empty;
    }
    if let Some(scheme) = scheme(dest) {
        return Dest::External { scheme: Some(scheme) };
    }
    if dest.starts_with("//") {
        return Dest::External { scheme: None };
    }
    if let Some(anchor) = dest.strip_prefix('#') {
        return Dest::Fragment(percent_decode(anchor));
    }
    if dest.starts_with('/') {
        return Dest::SiteAbsolute;
    }
    let (rest, fragment) = match dest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (dest, None),
    };
    let (path, query) = match rest.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (rest, None),
    };
    Dest::Relative { path: percent_decode(path), query, fragment }
}

/// The scheme of `url`, lowercased, read as browsers do (the URL Standard): leading and trailing
/// C0 controls and spaces are dropped and tabs and newlines removed anywhere, so `java\tscript:` is
/// `javascript`. A scheme is a letter, then letters, digits, `+`, `-` or `.`, before a `:`.
pub fn scheme(url: &str) -> Option<String> {
    let cleaned: String =
        url.trim_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    let (scheme, _) = cleaned.split_once(':')?;
    let valid = scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_ascii_lowercase())
}

/// URLs that run script when followed or loaded: `javascript:`, `vbscript:` and `data:` (other than
/// images that are not SVG). Dropped from untrusted pages.
pub fn is_script_url(url: &str) -> bool {
    match scheme(url).as_deref() {
        Some("javascript" | "vbscript" | "livescript") => true,
        Some("data") => {
            let lower = url.trim().to_ascii_lowercase();
            let media = lower.strip_prefix("data:").unwrap_or("");
            !media.starts_with("image/") || media.starts_with("image/svg")
        }
        _ => false,
    }
}

/// Decodes `%XX` sequences (as UTF-8); a `%` not followed by two hex digits, or bytes that are not
/// UTF-8 once decoded, leave the text as written.
pub fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).and_then(|&b| hex(b)), bytes.get(i + 2).and_then(|&b| hex(b))) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

/// Where a link leads in the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// Not a path into the site: a URL with a scheme, an email address, nothing.
    Outside,
    /// `#anchor` of the page itself.
    OwnAnchor(String),
    /// `/x`.
    SiteAbsolute,
    /// `../..` beyond `content/`.
    ClimbsOut,
    /// A page or section (`x.md`, `x/`, or `x` when `x/_index.md` exists): `key` is the source below
    /// the language folder (`faq/questions.md`, `faq/_index.md`); `node` is `None` when it does not
    /// exist; `fragment` is percent-decoded.
    Page { lang: String, key: String, node: Option<usize>, fragment: Option<String> },
    /// Any other file, copied beside its section: `section_url` is `None` when the folder is no section.
    File { lang: String, rel: String, section_url: Option<String> },
}

/// Resolves `dest`, written in `content/<src_lang>/<src_dir>/`, against the site.
pub fn resolve(site: &Site, src_lang: &str, src_dir: &str, dest: &Dest) -> Resolution {
    let (path, fragment) = match dest {
        Dest::Empty | Dest::External { .. } | Dest::Email => return Resolution::Outside,
        Dest::Fragment(a) => return Resolution::OwnAnchor(a.clone()),
        Dest::SiteAbsolute => return Resolution::SiteAbsolute,
        Dest::Relative { path, fragment, .. } => (path.as_str(), fragment.map(percent_decode)),
    };
    let Some((lang, target)) = resolve_source_path(src_lang, src_dir, path) else {
        return Resolution::ClimbsOut;
    };
    let index_of = |dir: &str| if dir.is_empty() { "_index.md".to_string() } else { format!("{dir}/_index.md") };
    let page = |key: String| {
        let node = site.by_source.get(&(lang.clone(), key.clone())).copied();
        Resolution::Page { lang: lang.clone(), key, node, fragment: fragment.clone() }
    };
    if target.ends_with(".md") {
        return page(target);
    }
    if path.is_empty() || path.ends_with('/') || path.ends_with("/.") || path == "." || path.ends_with("..") {
        return page(index_of(&target));
    }
    // `../faq` names the section when `faq/_index.md` exists
    let index = index_of(&target);
    if site.by_source.contains_key(&(lang.clone(), index.clone())) {
        return page(index);
    }
    let section_url = section_url_of(site, &lang, &target);
    Resolution::File { lang, rel: target, section_url }
}

/// URL path of the section holding a file at `rel` (below the language folder).
pub fn section_url_of(site: &Site, lang: &str, rel: &str) -> Option<String> {
    let dir = rel.rsplit_once('/').map_or("", |(d, _)| d);
    let index = if dir.is_empty() { "_index.md".to_string() } else { format!("{dir}/_index.md") };
    site.by_source.get(&(lang.to_string(), index)).map(|&id| site.node(id).url_path.clone())
}

/// Resolves a relative link written in `content/<src_lang>/<src_dir>/` to `(language, path below
/// the language folder)`; a link may climb into another language (`../../sv/faq/q.md`), never out.
pub fn resolve_source_path(src_lang: &str, src_dir: &str, rel: &str) -> Option<(String, String)> {
    let mut parts: Vec<&str> = if src_dir.is_empty() { vec![] } else { src_dir.split('/').collect() };
    let mut up = 0;
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." if parts.pop().is_none() => up += 1,
            ".." => {}
            s => parts.push(s),
        }
    }
    match up {
        0 => Some((src_lang.to_string(), parts.join("/"))),
        1 if !parts.is_empty() => {
            let lang = crate::lang::canonical_tag(parts[0])?;
            Some((lang, parts[1..].join("/")))
        }
        _ => None,
    }
}

/// The href a link is written with, from a page whose way back to the site root is `root`; `None`
/// keeps the destination as written (URLs, anchors, links that lead nowhere).
pub fn href(site: &Site, root: &str, dest: &Dest, resolution: &Resolution) -> Option<String> {
    let Dest::Relative { query, fragment, .. } = dest else { return None };
    let tail = format!(
        "{}{}",
        query.map(|q| format!("?{q}")).unwrap_or_default(),
        fragment.map(|f| format!("#{f}")).unwrap_or_default()
    );
    match resolution {
        Resolution::Page { node: Some(id), .. } => {
            Some(format!("{}{tail}", crate::render::href(root, &site.node(*id).url_path)))
        }
        Resolution::File { rel, section_url: Some(section), .. } => {
            let file = rel.rsplit('/').next().unwrap_or(rel);
            Some(format!("{root}{section}{file}{tail}"))
        }
        _ => None,
    }
}

/// What `check` needs of one rendered page: where it comes from and what it links and offers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageLinks {
    /// The site node.
    pub node: usize,
    /// The links as written, in order.
    pub links: Vec<crate::markdown::Link>,
    /// Every anchor a link may name: heading ids, and `step-N` on guides.
    pub anchors: BTreeSet<String>,
}

/// Broken internal links, anchors and missing local files of every page that is not a fallback copy,
/// one diagnostic each with the file and line of the link and what to do. `build` shows them as
/// warnings (errors with `--strict`); `check` as errors.
pub fn check(site: &Site, content: &Content, pages: &[PageLinks]) -> Diagnostics {
    let by_node: HashMap<usize, &PageLinks> = pages.iter().map(|p| (p.node, p)).collect();
    let assets: BTreeSet<(&str, &str)> =
        content.assets.iter().map(|a| (a.lang.as_str(), a.rel_path.as_str())).collect();
    let mut diags = Diagnostics::default();
    for page in pages {
        let node = site.node(page.node);
        if node.fallback_of.is_some() {
            continue;
        }
        let src = &content.pages[node.source];
        for link in &page.links {
            let at = |msg: String| {
                let (line, col) = line_col(&src.body, link.offset);
                let text = src.body.lines().nth(line - 1).unwrap_or("").to_string();
                Diagnostic::error(&src.path, msg).at(src.body_line + line - 1, col).with_source_line(text)
            };
            let dest = classify(&link.dest, link.email);
            let shown = &link.dest;
            match resolve(site, &src.lang, src.dir(), &dest) {
                Resolution::Outside => {}
                Resolution::OwnAnchor(anchor) if !page.anchors.contains(&anchor) => diags
                    .push(at(format!("no heading with the anchor #{anchor} on this page")).hint(known(&page.anchors))),
                Resolution::OwnAnchor(_) => {}
                Resolution::SiteAbsolute => diags.push(
                    at(format!("the site-absolute link {shown} breaks under a sub-path and from file://"))
                        .hint("link to the Markdown file instead, e.g. ../faq/questions.md"),
                ),
                Resolution::ClimbsOut => diags.push(
                    at(format!("the link {shown} climbs out of content/"))
                        .hint("link to a file under content/, e.g. ../../sv/faq/questions.md"),
                ),
                Resolution::Page { lang, key, node: None, .. } => diags.push(
                    at(format!("broken link: content/{lang}/{key} does not exist"))
                        .hint("fix the path, which is relative to this file, or create the page"),
                ),
                Resolution::Page { lang, key, node: Some(id), fragment: Some(anchor) } => {
                    let Some(target) = by_node.get(&id) else { continue };
                    if !target.anchors.contains(&anchor) {
                        diags.push(
                            at(format!("content/{lang}/{key} has no heading with the anchor #{anchor}"))
                                .hint(known(&target.anchors)),
                        );
                    }
                }
                Resolution::Page { .. } => {}
                Resolution::File { lang, rel, .. } if !assets.contains(&(lang.as_str(), rel.as_str())) => diags.push(
                    at(format!("broken link: the file content/{lang}/{rel} does not exist"))
                        .hint("put the file there, or fix the path, which is relative to this file"),
                ),
                Resolution::File { .. } => {}
            }
        }
    }
    diags
}

fn known(anchors: &BTreeSet<String>) -> String {
    if anchors.is_empty() {
        return "the page has no headings to link to".to_string();
    }
    let list: Vec<&str> = anchors.iter().map(String::as_str).take(12).collect();
    format!("anchors here: {}", list.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_every_kind_of_destination() {
        let rel = |path: &str, query: Option<&'static str>, fragment: Option<&'static str>| Dest::Relative {
            path: path.to_string(),
            query,
            fragment,
        };
        let ext = |s: &str| Dest::External { scheme: Some(s.to_string()) };
        let cases: Vec<(&str, bool, Dest)> = vec![
            ("", false, Dest::Empty),
            ("https://x.org/a", false, ext("https")),
            ("HTTP://X.ORG", false, ext("http")),
            ("mailto:a@b.c", false, ext("mailto")),
            ("tel:+46 8 123", false, ext("tel")),
            ("ftp:/x", false, ext("ftp")),
            ("javascript:alert(1)", false, ext("javascript")),
            ("java\tscript:alert(1)", false, ext("javascript")),
            (" JavaScript:alert(1)", false, ext("javascript")),
            ("data:image/png;base64,AA", false, ext("data")),
            ("//cdn.example/x.js", false, Dest::External { scheme: None }),
            ("support@shop.example", true, Dest::Email),
            ("#step-2", false, Dest::Fragment("step-2".into())),
            ("#%C3%A9t%C3%A9", false, Dest::Fragment("été".into())),
            ("/en/faq/", false, Dest::SiteAbsolute),
            ("../faq/questions.md#refunds", false, rel("../faq/questions.md", None, Some("refunds"))),
            ("Change%20My%20Email.md", false, rel("Change My Email.md", None, None)),
            ("pic.png?v=2#top", false, rel("pic.png", Some("v=2"), Some("top"))),
            ("100%.md", false, rel("100%.md", None, None)),
            ("a:b/c.md", false, ext("a")),
            ("./a/b:c.md", false, rel("./a/b:c.md", None, None)),
            ("1x:y", false, rel("1x:y", None, None)),
        ];
        for (dest, email, want) in cases {
            assert_eq!(classify(dest, email), want, "{dest:?}");
        }
    }

    #[test]
    fn only_script_urls_are_unsafe() {
        for url in [
            "javascript:alert(1)",
            "JAVASCRIPT:x",
            "java\nscript:x",
            "vbscript:x",
            "data:text/html,<b>",
            "data:image/svg+xml,<svg>",
        ] {
            assert!(is_script_url(url), "{url:?}");
        }
        for url in [
            "https://x.org",
            "mailto:a@b.c",
            "tel:1",
            "ftp:/x",
            "data:image/png;base64,AA",
            "../a.md",
            "#x",
            "javascript.md",
        ] {
            assert!(!is_script_url(url), "{url:?}");
        }
    }

    #[test]
    fn percent_decoding_keeps_what_is_not_an_escape() {
        assert_eq!(percent_decode("a%20b%2Fc"), "a b/c");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%D0%BA%D0%B0%D0%BA"), "как");
        assert_eq!(percent_decode("%FF"), "%FF", "not UTF-8: as written");
    }

    #[test]
    fn relative_paths_climb_into_other_languages_but_not_out() {
        assert_eq!(resolve_source_path("en", "guides", "../faq/q.md"), Some(("en".into(), "faq/q.md".into())));
        assert_eq!(resolve_source_path("en", "guides", "../../sv/faq/q.md"), Some(("sv".into(), "faq/q.md".into())));
        assert_eq!(resolve_source_path("en", "", "../../x.md"), None);
        assert_eq!(resolve_source_path("en", "a", "../../../x.md"), None);
    }
}
