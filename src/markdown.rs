//! The Markdown pass, pure: body text in, `Rendered` out. It splits the page at its `##` headings
//! (which guides turn into steps and FAQs into questions), gives every heading a stable anchor,
//! rewrites links through a resolver, renders GitHub-style alerts as callouts, and collects the
//! plain text under each heading for the search index, all in one walk over the events.

use pulldown_cmark::{
    BlockQuoteKind, CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd, html,
};
use std::collections::HashSet;

/// How links and images found in the Markdown are rewritten.
pub trait LinkResolver {
    /// Returns the href to write for `dest`, or `None` to keep it as written.
    fn resolve(&self, dest: &str) -> Option<String>;
}

impl<F: Fn(&str) -> Option<String>> LinkResolver for F {
    fn resolve(&self, dest: &str) -> Option<String> {
        self(dest)
    }
}

/// Settings of the pass that do not come from the page.
#[derive(Debug, Clone)]
pub struct MarkdownOptions {
    /// Pass raw HTML through as written; when false (the default) it is cleaned by `sanitize::clean`.
    pub unsafe_html: bool,
    /// Localized titles of the callouts: note, tip, important, warning, caution.
    pub callout_labels: [String; 5],
}

impl Default for MarkdownOptions {
    fn default() -> Self {
        MarkdownOptions {
            unsafe_html: false,
            callout_labels: ["Note", "Tip", "Important", "Warning", "Caution"].map(String::from),
        }
    }
}

/// One heading of the page.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Heading {
    pub level: u8,
    /// Unique within the page.
    pub id: String,
    /// Plain text.
    pub text: String,
    /// Inner HTML (inline formatting kept).
    pub html: String,
    /// Classes from `{.class}` attributes, e.g. `intro`, `nostep`.
    pub classes: Vec<String>,
}

/// A `##` heading and everything up to the next one.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Section {
    pub heading: Heading,
    pub body_html: String,
    /// Plain text of the body, for JSON-LD and search.
    pub body_text: String,
}

/// Plain text under one heading (any level), for the search index. The first block, before any
/// heading, has no anchor.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TextBlock {
    pub anchor: Option<String>,
    pub heading: Option<String>,
    pub level: u8,
    pub text: String,
    /// The links of the block's text (not images), as written to the page (resolved): the search
    /// credits the pages a section points to with its heading.
    pub links: Vec<String>,
}

/// A link as written in the source, for `helpgen check`.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub dest: String,
    /// Byte offset in the body.
    pub offset: usize,
    pub image: bool,
    /// An email autolink, `<support@shop.example>` (`dest` has no `mailto:`).
    pub email: bool,
}

/// Everything the later stages need from one page's Markdown.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rendered {
    /// HTML before the first `##` heading.
    pub intro_html: String,
    pub intro_text: String,
    pub sections: Vec<Section>,
    /// Every heading in order (levels 2 to 6), for the table of contents.
    pub headings: Vec<Heading>,
    pub blocks: Vec<TextBlock>,
    pub links: Vec<Link>,
    /// Components placed with a fenced block (```composer```, ```contact```), in order.
    pub components: Vec<String>,
}

/// Fenced-block names that place a component instead of showing code.
pub const COMPONENTS: [&str; 2] = ["composer", "contact"];

/// The marker left in the HTML where a component goes; rendering replaces it.
pub fn component_marker(name: &str) -> String {
    format!("<!--helpgen:{name}-->")
}

impl Rendered {
    /// The whole body as one HTML string, `##` headings included.
    pub fn full_html(&self) -> String {
        let mut out = self.intro_html.clone();
        for s in &self.sections {
            out.push_str(&heading_html(&s.heading));
            out.push_str(&s.body_html);
        }
        out
    }
}

/// `<hN id>` with a self-link, as written for article headings. A heading that holds a link of its
/// own (`# [Foo]`) gets the id alone: a link inside a link is not HTML, and browsers close the
/// self-link before the inner one, leaving an empty self-link beside the text.
pub fn heading_html(h: &Heading) -> String {
    let (l, id) = (h.level, escape_attr(&h.id));
    if contains_link(&h.html) {
        return format!("<h{l} id=\"{id}\">{html}</h{l}>\n", html = h.html);
    }
    format!("<h{l} id=\"{id}\"><a class=\"anchor\" href=\"#{id}\">{html}</a></h{l}>\n", html = h.html)
}

/// Whether `html` holds an `<a>` start tag (any case, with or without attributes).
fn contains_link(html: &str) -> bool {
    html.as_bytes()
        .windows(3)
        .any(|w| w[0] == b'<' && w[1].eq_ignore_ascii_case(&b'a') && (w[2] == b'>' || w[2].is_ascii_whitespace()))
}

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// A heading being read: level, `{#id}`, `{.classes}`, inner events.
type OpenHeading<'a> = (HeadingLevel, Option<String>, Vec<String>, Vec<Event<'a>>);

/// Renders `body`. Anchors listed in `reserved` (e.g. `step-1`) are never given to headings.
pub fn render(body: &str, opts: &MarkdownOptions, links: &dyn LinkResolver, reserved: &[String]) -> Rendered {
    let mut out = Rendered::default();
    let mut ids: HashSet<String> = reserved.iter().cloned().collect();
    let mut events: Vec<Event> = Vec::new();
    let mut block = TextBlock { anchor: None, heading: None, level: 0, text: String::new(), links: Vec::new() };
    let mut current: Option<Heading> = None;
    // where the current section's blocks start in `out.blocks`
    let mut section_start = 0;
    let mut heading_events: Option<OpenHeading> = None;
    let mut in_component = false;
    // whether the current section holds raw HTML, to be cleaned when it is not trusted
    let mut raw_html = false;

    // the section's text from its blocks (pushed before this is called): each block's text and the
    // headings below the section's own, joined by single spaces (each is collapsed already)
    let flush = |events: &mut Vec<Event>,
                 first_block: usize,
                 current: &mut Option<Heading>,
                 out: &mut Rendered,
                 raw_html: bool| {
        let mut html_out = String::new();
        html::push_html(&mut html_out, events.drain(..));
        if raw_html && !opts.unsafe_html {
            html_out = crate::sanitize::clean(&html_out, &COMPONENTS);
        }
        let mut body_text = String::new();
        for b in &out.blocks[first_block..] {
            let heading = b.heading.as_deref().filter(|_| b.level > 2);
            for part in heading.into_iter().chain([b.text.as_str()]).filter(|p| !p.is_empty()) {
                if !body_text.is_empty() {
                    body_text.push(' ');
                }
                body_text.push_str(part);
            }
        }
        match current.take() {
            None => {
                out.intro_html = html_out;
                out.intro_text = body_text;
            }
            Some(heading) => out.sections.push(Section { heading, body_html: html_out, body_text }),
        }
    };

    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        if let Some((_, _, _, inner)) = heading_events.as_mut()
            && !matches!(event, Event::End(TagEnd::Heading(_)))
        {
            inner.push(sanitize(event, opts, links));
            continue;
        }
        if in_component {
            in_component = !matches!(event, Event::End(TagEnd::CodeBlock));
            continue;
        }
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(ref info))) if COMPONENTS.contains(&info.trim()) => {
                let name = info.trim().to_string();
                events.push(Event::Html(CowStr::from(format!("{}\n", component_marker(&name)))));
                out.components.push(name);
                in_component = true;
            }
            Event::Start(Tag::Heading { level, id, classes, .. }) => {
                heading_events = Some((
                    level,
                    id.map(|s| s.to_string()),
                    classes.iter().map(|c| c.to_string()).collect(),
                    Vec::new(),
                ));
            }
            Event::End(TagEnd::Heading(_)) => {
                let (level, id, classes, inner) = heading_events.take().expect("heading start");
                let text = collapse_ws(&plain_text(&inner));
                let raw = inner.iter().any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)));
                let mut inner_html = String::new();
                html::push_html(&mut inner_html, inner.into_iter());
                if raw && !opts.unsafe_html {
                    inner_html = crate::sanitize::clean(&inner_html, &[]);
                }
                let level_n = level as u8;
                let base = id.filter(|i| !i.is_empty()).unwrap_or_else(|| {
                    let s = crate::slug::slugify(&text);
                    if s.is_empty() { "section".to_string() } else { s }
                });
                let id = unique_id(&base, &mut ids);
                let heading = Heading { level: level_n, id: id.clone(), text: text.clone(), html: inner_html, classes };
                push_block(&mut out.blocks, &mut block);
                block = TextBlock {
                    anchor: Some(id),
                    heading: Some(text),
                    level: level_n,
                    text: String::new(),
                    links: Vec::new(),
                };
                out.headings.push(heading.clone());
                if level_n <= 2 {
                    flush(&mut events, section_start, &mut current, &mut out, std::mem::take(&mut raw_html));
                    section_start = out.blocks.len();
                    current = Some(heading);
                } else {
                    events.push(Event::Html(CowStr::from(heading_html(&heading))));
                }
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                let (class, label) = callout(kind, opts);
                events.push(Event::Html(CowStr::from(format!(
                    "<div class=\"callout callout-{class}\" role=\"note\"><p class=\"callout-title\">{}</p>\n",
                    escape_html(label)
                ))));
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => events.push(Event::Html(CowStr::from("</div>\n"))),
            Event::Start(Tag::Link { ref dest_url, link_type, .. })
            | Event::Start(Tag::Image { ref dest_url, link_type, .. }) => {
                let image = matches!(event, Event::Start(Tag::Image { .. }));
                let email = link_type == LinkType::Email;
                out.links.push(Link { dest: dest_url.to_string(), offset: range.start, image, email });
                let event = sanitize(event, opts, links);
                if let Event::Start(Tag::Link { ref dest_url, .. }) = event {
                    block.links.push(dest_url.to_string());
                }
                events.push(event);
            }
            other => {
                raw_html |= matches!(other, Event::Html(_) | Event::InlineHtml(_));
                match &other {
                    Event::Text(t) | Event::Code(t) => {
                        block.text.push_str(t);
                    }
                    // a list starting right after an item's text (a nested list) starts a new word
                    Event::SoftBreak
                    | Event::HardBreak
                    | Event::Start(Tag::List(_) | Tag::Item)
                    | Event::End(
                        TagEnd::Paragraph
                        | TagEnd::Item
                        | TagEnd::TableCell
                        | TagEnd::TableRow
                        | TagEnd::TableHead
                        | TagEnd::CodeBlock
                        | TagEnd::BlockQuote(_)
                        | TagEnd::List(_)
                        | TagEnd::FootnoteDefinition,
                    ) => {
                        block.text.push(' ');
                    }
                    _ => {}
                }
                events.push(sanitize(other, opts, links));
            }
        }
    }
    push_block(&mut out.blocks, &mut block);
    flush(&mut events, section_start, &mut current, &mut out, std::mem::take(&mut raw_html));
    out
}

fn push_block(blocks: &mut Vec<TextBlock>, block: &mut TextBlock) {
    block.text = collapse_ws(&block.text);
    if block.anchor.is_some() || !block.text.is_empty() {
        blocks.push(block.clone());
    }
}

/// Neutralizes component markers in untrusted raw HTML (the section is cleaned as a whole when it is
/// flushed), rewrites link targets, and drops script URLs when HTML is not trusted.
fn sanitize<'a>(event: Event<'a>, opts: &MarkdownOptions, links: &dyn LinkResolver) -> Event<'a> {
    match event {
        Event::Html(s) if !opts.unsafe_html => Event::Html(crate::sanitize::unmark(&s).into()),
        Event::InlineHtml(s) if !opts.unsafe_html => Event::InlineHtml(crate::sanitize::unmark(&s).into()),
        // an email autolink's destination is an address, written with `mailto:` by the HTML writer
        Event::Start(Tag::Link { link_type: LinkType::Email, dest_url, title, id }) => {
            Event::Start(Tag::Link { link_type: LinkType::Email, dest_url, title, id })
        }
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
            let dest_url = safe_url(links.resolve(&dest_url).map(CowStr::from).unwrap_or(dest_url), opts);
            Event::Start(Tag::Link { link_type, dest_url, title, id })
        }
        Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
            let dest_url = safe_url(links.resolve(&dest_url).map(CowStr::from).unwrap_or(dest_url), opts);
            Event::Start(Tag::Image { link_type, dest_url, title, id })
        }
        other => other,
    }
}

/// Drops `javascript:` and similar URLs when HTML is not trusted.
fn safe_url<'a>(url: CowStr<'a>, opts: &MarkdownOptions) -> CowStr<'a> {
    if opts.unsafe_html {
        return url;
    }
    if crate::links::is_script_url(&url) { CowStr::from("#") } else { url }
}

fn callout(kind: BlockQuoteKind, opts: &MarkdownOptions) -> (&'static str, &str) {
    let (class, i) = match kind {
        BlockQuoteKind::Note => ("note", 0),
        BlockQuoteKind::Tip => ("tip", 1),
        BlockQuoteKind::Important => ("important", 2),
        BlockQuoteKind::Warning => ("warning", 3),
        BlockQuoteKind::Caution => ("caution", 4),
    };
    (class, &opts.callout_labels[i])
}

fn plain_text(events: &[Event]) -> String {
    let mut s = String::new();
    for e in events {
        match e {
            Event::Text(t) | Event::Code(t) => s.push_str(t),
            Event::SoftBreak | Event::HardBreak => s.push(' '),
            _ => {}
        }
    }
    s
}

fn unique_id(base: &str, ids: &mut HashSet<String>) -> String {
    let mut id = base.to_string();
    let mut n = 1;
    while ids.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    ids.insert(id.clone());
    id
}

/// The length of the white space character at byte `i` of `s` (0: none there, or not a character
/// boundary).
fn white_space_at(s: &str, i: usize) -> usize {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => usize::from(b.is_ascii_whitespace() || b == 0x0B),
        Some(_) => s.get(i..).and_then(|t| t.chars().next()).filter(|c| c.is_whitespace()).map_or(0, char::len_utf8),
        None => 0,
    }
}

/// Whether byte `i` of `bytes` needs a closer look in `collapse_ws`: a control byte (ASCII white
/// space is among them), a lead byte of the white space beyond ASCII (U+0085 and U+00A0 start with
/// 0xC2; U+1680, U+2000-U+205F and U+3000 with 0xE1-0xE3, here 0xE0-0xE3), or a space before a space.
fn ws_candidate(bytes: &[u8], i: usize) -> bool {
    let b = bytes[i];
    b < 0x20 || b == 0xC2 || (b & 0xFC) == 0xE0 || (b == b' ' && bytes.get(i + 1) == Some(&b' '))
}

/// Collapses runs of white space (`char::is_whitespace`) into single spaces and trims: the text's
/// words joined by single spaces. Text with single spaces between words is copied whole; the bytes
/// that may need more (`ws_candidate`) are found eight at a time.
pub fn collapse_ws(s: &str) -> String {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // the high bit of each byte of `x` that is zero (exact for every byte)
    let zero = |x: u64| !(((x & !HIGH).wrapping_add(!HIGH)) | x) & HIGH;
    let t = s.trim();
    let bytes = t.as_bytes();
    let n = bytes.len();
    let mut out = String::with_capacity(n);
    let mut copied = 0;
    let mut i = 0;
    while i < n {
        // the next candidate at or after `i`
        if i + 8 <= n {
            let w = u64::from_le_bytes(bytes[i..i + 8].try_into().expect("8 bytes"));
            let spaces = zero(w ^ (ONES * 0x20));
            let found = zero(w & (ONES * 0xE0))
                | zero(w ^ (ONES * 0xC2))
                | zero((w & (ONES * 0xFC)) ^ (ONES * 0xE0))
                | (spaces & (spaces >> 8))
                // a space in the last byte: the next may be one too
                | (spaces & (0x80 << 56));
            if found == 0 {
                i += 8;
                continue;
            }
            i += found.trailing_zeros() as usize / 8;
        } else if !ws_candidate(bytes, i) {
            i += 1;
            continue;
        }
        if white_space_at(t, i) == 0 {
            i += 1;
            continue;
        }
        // a run of white space; a single space before it belongs to it
        let start = if i > copied && bytes[i - 1] == b' ' { i - 1 } else { i };
        let mut end = i;
        loop {
            let w = white_space_at(t, end);
            if w == 0 {
                break;
            }
            end += w;
        }
        out.push_str(&t[copied..start]);
        out.push(' ');
        copied = end;
        i = end;
    }
    out.push_str(&t[copied..]);
    out
}

/// The bytes `escape_html` replaces.
static ESCAPED: [bool; 256] = {
    let mut t = [false; 256];
    t[b'&' as usize] = true;
    t[b'<' as usize] = true;
    t[b'>' as usize] = true;
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t
};

/// Escapes `& < > " '` for HTML text and attributes (copies runs of other bytes whole).
pub fn escape_html(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len() + s.len() / 32);
    let mut last = 0;
    while let Some(k) = bytes[last..].iter().position(|&b| ESCAPED[usize::from(b)]) {
        let i = last + k;
        out.push_str(&s[last..i]);
        out.push_str(match bytes[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        last = i + 1;
    }
    out.push_str(&s[last..]);
    out
}

pub fn escape_attr(s: &str) -> String {
    escape_html(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_special_character_and_keeps_the_rest() {
        assert_eq!(escape_html("a<b>&\"c\" 'd' é 中"), "a&lt;b&gt;&amp;&quot;c&quot; &#39;d&#39; é 中");
        assert_eq!(escape_html(""), "");
        assert_eq!(escape_html("<img src=x onerror=alert(1)>"), "&lt;img src=x onerror=alert(1)&gt;");
        assert_eq!(collapse_ws("  a \n\t b  c "), "a b c");
        assert_eq!(collapse_ws("\u{3000}退款\u{a0}é\u{2009}\u{85}x\u{1680}"), "退款 é x");
        // every character that is white space, and some that look alike but are not
        for c in (0..0x3100u32).filter_map(char::from_u32) {
            let s = format!("a{c}b{c}{c}c");
            let want = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse_ws(&s), want, "U+{:04X}", c as u32);
        }
    }

    proptest::proptest! {
        #[test]
        fn collapsing_white_space_joins_the_words_with_single_spaces(
            s in "[a !é«“中。\u{1000}\t\n\r\u{b}\u{c}\u{85}\u{a0}\u{1680}\u{2000}\u{2028}\u{205f}\u{3000}\u{e000}]{0,40}"
        ) {
            proptest::prop_assert_eq!(collapse_ws(&s), s.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }

    /// Headings before the first `##`, lists, tables, quotes, code, footnotes and an empty heading.
    const SECTION_DOC: &str = r#"Intro *text*  with   spaces.
### Early h3
under early
## First
para one
line two  
hard

- item a
- item b
  1. nested

| a | b |
|---|---|
| c | d |

> quote
> ### Quoted h3
> more

```
code  block
```
#### Deep {#deep}
deep text[^1]

[^1]: the note

## Second ## 
text

##   
empty heading body
"#;

    #[test]
    fn section_texts_are_their_blocks_and_subheadings() {
        let r = md(SECTION_DOC);
        let texts: Vec<&str> =
            [r.intro_text.as_str()].into_iter().chain(r.sections.iter().map(|s| s.body_text.as_str())).collect();
        assert_eq!(
            texts,
            [
                "Intro text with spaces. Early h3 under early",
                "para one line two hard item a item b nested a b c d quote Quoted h3 more code block Deep deep text the note",
                "text",
                "empty heading body",
            ]
        );
    }

    fn md(body: &str) -> Rendered {
        render(body, &MarkdownOptions::default(), &|_: &str| None, &[])
    }

    #[test]
    fn splits_at_level_two_headings() {
        let r = md(
            "Intro *text*.\n\n## First step\n\nDo this.\n\n### Detail\n\nMore.\n\n## Second step {.nostep}\n\nDone.\n",
        );
        assert!(r.intro_html.contains("<em>text</em>"));
        assert_eq!(r.sections.len(), 2);
        assert_eq!(r.sections[0].heading.id, "first-step");
        assert!(r.sections[0].body_html.contains("<h3 id=\"detail\">"));
        assert_eq!(r.sections[1].heading.classes, vec!["nostep"]);
        assert_eq!(r.headings.len(), 3);
        assert_eq!(r.sections[0].body_text, "Do this. Detail More.");
    }

    #[test]
    fn headings_holding_a_link_get_no_self_link_around_it() {
        let trusted = MarkdownOptions { unsafe_html: true, ..MarkdownOptions::default() };
        let body = "[Foo]: /url\n\n# [Foo]\n\n### <abbr>A</abbr> and <A HREF=\"/x\">x</A>\n\n## Plain\n";
        let r = render(body, &trusted, &|_: &str| None, &[]);
        let html = r.full_html();
        assert!(html.contains("<h1 id=\"foo\"><a href=\"/url\">Foo</a></h1>\n"), "{html}");
        assert!(html.contains("<h3 id=\"a-and-x\"><abbr>A</abbr> and <A HREF=\"/x\">x</A></h3>\n"), "{html}");
        assert!(html.contains("<h2 id=\"plain\"><a class=\"anchor\" href=\"#plain\">Plain</a></h2>\n"), "{html}");
        let abbr =
            Heading { level: 2, id: "a".into(), text: "A".into(), html: "<abbr>A</abbr>".into(), classes: vec![] };
        assert!(heading_html(&abbr).contains("class=\"anchor\""));
    }

    #[test]
    fn anchors_are_unique_and_avoid_reserved_ids() {
        let r = render(
            "## Step\n\n## Step\n\n## Step 1 {#custom}\n",
            &MarkdownOptions::default(),
            &|_: &str| None,
            &["step".into()],
        );
        let ids: Vec<_> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["step-1", "step-2", "custom"]);
    }

    #[test]
    fn collects_text_blocks_per_heading_for_search() {
        let r = md("Lead.\n\n## Как подать жалобу?\n\nОтвет **здесь**.\n");
        assert_eq!(r.blocks.len(), 2);
        assert_eq!(r.blocks[0].anchor, None);
        assert_eq!(r.blocks[1].anchor.as_deref(), Some("как-подать-жалобу"));
        assert_eq!(r.blocks[1].text, "Ответ здесь.");
    }

    #[test]
    fn renders_alerts_as_labelled_callouts() {
        let mut opts = MarkdownOptions::default();
        opts.callout_labels[1] = "Tips".into();
        let r = render("> [!TIP]\n> Keep the receipt.\n", &opts, &|_: &str| None, &[]);
        assert!(r.intro_html.contains("class=\"callout callout-tip\""), "{}", r.intro_html);
        assert!(r.intro_html.contains(">Tips</p>"), "{}", r.intro_html);
        assert!(!r.intro_html.contains("blockquote"));
    }

    #[test]
    fn rewrites_links_and_records_them() {
        let resolve = |d: &str| (d == "../faq/questions.md").then(|| "../../faq/questions/index.html".to_string());
        let r = render(
            "See [FAQ](../faq/questions.md) and [x](https://x.org).",
            &MarkdownOptions::default(),
            &resolve,
            &[],
        );
        assert!(r.intro_html.contains("href=\"../../faq/questions/index.html\""));
        assert_eq!(r.links.len(), 2);
        assert_eq!(r.links[0].dest, "../faq/questions.md");
    }

    #[test]
    fn fenced_components_leave_markers() {
        let r = md("Intro.\n\n```composer\n```\n\n## Step\n\n```contact\n```\n\n```rust\nfn x() {}\n```\n");
        assert_eq!(r.components, vec!["composer", "contact"]);
        assert!(r.intro_html.contains("<!--helpgen:composer-->"));
        assert!(r.sections[0].body_html.contains("<!--helpgen:contact-->"));
        assert!(r.sections[0].body_html.contains("<code class=\"language-rust\">"));
        // even with untrusted HTML the marker is the pass's own, not the editor's
        let opts = MarkdownOptions { unsafe_html: false, ..MarkdownOptions::default() };
        let r = render("<!--helpgen:composer-->", &opts, &|_: &str| None, &[]);
        assert!(!r.intro_html.contains("<!--helpgen"));
    }

    #[test]
    fn cleans_raw_html_unless_trusted() {
        let dirty = "<script>alert(1)</script>\n\n[a](javascript:alert(1)) <b onclick=\"x\">x</b> <kbd>K</kbd>\n\n\
                     ## Press <kbd>Esc</kbd><img src=x onerror=alert(2)>\n\nText\n";
        let r = md(dirty);
        let html = r.full_html();
        for gone in ["<script", "alert(1)", "javascript:", "onclick", "onerror"] {
            assert!(!html.contains(gone), "{gone}: {html}");
        }
        assert!(html.contains("<b>x</b> <kbd>K</kbd>"), "{html}");
        assert_eq!(r.sections[0].heading.html, "Press <kbd>Esc</kbd><img src=\"x\">");
        let trusted =
            render(dirty, &MarkdownOptions { unsafe_html: true, ..MarkdownOptions::default() }, &|_: &str| None, &[]);
        assert!(trusted.intro_html.contains("<script>alert(1)</script>"));
        // a section without raw HTML is written by pulldown-cmark alone, untouched
        assert_eq!(md("a &quot;b&quot; <c@d.e>\n").intro_html, "<p>a \"b\" <a href=\"mailto:c@d.e\">c@d.e</a></p>\n");
    }
}
