//! The HTML normalization of the CommonMark spec's own test runner (commonmark-spec
//! `test/normalize.py`, `normalize_html`), in Rust, so that `tests/commonmark.rs` compares HTML the
//! way the spec's conformance tests do: white space collapsed outside `<pre>` and dropped around
//! block tags, tag and attribute names lowercased, attributes sorted, `<br />` written `<br>`, and
//! character references decoded (`<`, `>`, `&`, `"` kept as entities). Comments, declarations,
//! processing instructions and CDATA pass through as written.
//!
//! Like the Python, it reads tags with a small tokenizer, not a full HTML parser; a `<` that starts
//! no tag is text. Both sides of every comparison go through the same function.

/// The tags around which white space is insignificant (normalize.py's `is_block_tag`).
const BLOCK_TAGS: &[&str] = &[
    "article",
    "header",
    "aside",
    "hgroup",
    "blockquote",
    "hr",
    "iframe",
    "body",
    "li",
    "map",
    "button",
    "object",
    "canvas",
    "ol",
    "caption",
    "output",
    "col",
    "p",
    "colgroup",
    "pre",
    "dd",
    "progress",
    "div",
    "section",
    "dl",
    "table",
    "td",
    "dt",
    "tbody",
    "embed",
    "textarea",
    "fieldset",
    "tfoot",
    "figcaption",
    "th",
    "figure",
    "thead",
    "footer",
    "tr",
    "form",
    "ul",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "video",
    "script",
    "style",
];

fn is_block(tag: &str) -> bool {
    BLOCK_TAGS.contains(&tag)
}

#[derive(Clone, Copy, PartialEq)]
enum Last {
    StartTag,
    EndTag,
    Data,
    Other,
}

struct Normalizer {
    out: String,
    last: Last,
    last_tag: String,
    in_pre: bool,
}

/// `html` normalized as `normalize_html` does.
pub fn normalize_html(html: &str) -> String {
    let mut n = Normalizer { out: String::new(), last: Last::StartTag, last_tag: String::new(), in_pre: false };
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            n.text(rest);
            break;
        };
        if lt > 0 {
            n.text(&rest[..lt]);
            rest = &rest[lt..];
        }
        rest = n.markup(rest);
    }
    n.out
}

impl Normalizer {
    /// Reads the construct starting with `<` at the start of `s`; returns what follows it.
    fn markup<'a>(&mut self, s: &'a str) -> &'a str {
        let verbatim = [("<![CDATA[", "]]>"), ("<!--", "-->"), ("<?", ">"), ("<!", ">")];
        for (open, close) in verbatim {
            if let Some(body) = s.strip_prefix(open)
                && let Some(end) = body.find(close)
            {
                let whole = open.len() + end + close.len();
                self.out.push_str(&s[..whole]);
                self.last = Last::Other;
                return &s[whole..];
            }
        }
        if let Some((tag, len)) = end_tag(s) {
            self.end_tag(&tag);
            return &s[len..];
        }
        if let Some((tag, attrs, self_closing, len)) = start_tag(s) {
            self.start_tag(&tag, attrs);
            if self_closing {
                self.last_tag = tag;
                self.last = Last::EndTag;
            }
            return &s[len..];
        }
        // a `<` that starts nothing is text
        self.text("<");
        &s[1..]
    }

    /// Text: runs of data between character references.
    fn text(&mut self, s: &str) {
        let mut rest = s;
        while let Some(amp) = rest.find('&') {
            if amp > 0 {
                self.data(&rest[..amp]);
            }
            match char_ref(&rest[amp..]) {
                Some((c, len)) => {
                    push_char(&mut self.out, c);
                    self.last = Last::Other;
                    rest = &rest[amp + len..];
                }
                None => {
                    self.data("&");
                    rest = &rest[amp + 1..];
                }
            }
        }
        if !rest.is_empty() {
            self.data(rest);
        }
    }

    fn data(&mut self, data: &str) {
        let after_tag = matches!(self.last, Last::StartTag | Last::EndTag);
        let after_block_tag = after_tag && is_block(&self.last_tag);
        let mut data = data.to_string();
        if after_tag && self.last_tag == "br" {
            data = data.trim_start_matches('\n').to_string();
        }
        if !self.in_pre {
            data = collapse(&data);
            if after_block_tag && self.last == Last::StartTag {
                data = data.trim_start().to_string();
            } else if after_block_tag {
                data = data.trim().to_string();
            }
        }
        self.out.push_str(&data);
        self.last = Last::Data;
    }

    fn start_tag(&mut self, tag: &str, mut attrs: Vec<(String, Option<String>)>) {
        if tag == "pre" {
            self.in_pre = true;
        }
        if is_block(tag) {
            self.rstrip();
        }
        self.out.push('<');
        self.out.push_str(tag);
        attrs.sort();
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(&k);
            if let Some(v) = v {
                self.out.push_str("=\"");
                self.out.push_str(&escape(&decode(&v)));
                self.out.push('"');
            }
        }
        self.out.push('>');
        self.last_tag = tag.to_string();
        self.last = Last::StartTag;
    }

    fn end_tag(&mut self, tag: &str) {
        if tag == "pre" {
            self.in_pre = false;
        } else if is_block(tag) {
            self.rstrip();
        }
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self.last_tag = tag.to_string();
        self.last = Last::EndTag;
    }

    fn rstrip(&mut self) {
        let keep = self.out.trim_end().len();
        self.out.truncate(keep);
    }
}

/// Runs of white space as one space (Python's `\s+`).
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// `</name>` (white space allowed before `>`): the lowercased name and the length.
fn end_tag(s: &str) -> Option<(String, usize)> {
    let body = s.strip_prefix("</")?;
    let name_len = body.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))?;
    if name_len == 0 || !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let after = &body[name_len..];
    let close = after.find('>')?;
    after[..close].trim().is_empty().then(|| (body[..name_len].to_ascii_lowercase(), 2 + name_len + close + 1))
}

type Attrs = Vec<(String, Option<String>)>;

/// `<name attr="v" attr='v' attr=v attr /?>`: the lowercased name, the attributes (names
/// lowercased, values as written), whether it closes itself, and the length.
fn start_tag(s: &str) -> Option<(String, Attrs, bool, usize)> {
    let body = s.strip_prefix('<')?;
    if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name_len = body.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(body.len());
    let name = body[..name_len].to_ascii_lowercase();
    let mut i = 1 + name_len;
    let mut attrs = vec![];
    let bytes = s.as_bytes();
    loop {
        let ws = s[i..].len() - s[i..].trim_start().len();
        i += ws;
        match bytes.get(i)? {
            b'>' => return Some((name, attrs, false, i + 1)),
            b'/' if bytes.get(i + 1) == Some(&b'>') => return Some((name, attrs, true, i + 2)),
            _ if ws == 0 && !attrs.is_empty() => return None,
            _ => {}
        }
        let key_len = s[i..].find(|c: char| c.is_whitespace() || matches!(c, '=' | '>' | '/' | '"' | '\'' | '<'))?;
        if key_len == 0 {
            return None;
        }
        let key = s[i..i + key_len].to_ascii_lowercase();
        i += key_len;
        let after = &s[i..];
        let eq_ws = after.len() - after.trim_start().len();
        if !after.trim_start().starts_with('=') {
            attrs.push((key, None));
            continue;
        }
        i += eq_ws + 1;
        i += s[i..].len() - s[i..].trim_start().len();
        let value = match bytes.get(i)? {
            q @ (b'"' | b'\'') => {
                let end = s[i + 1..].find(*q as char)?;
                let v = &s[i + 1..i + 1 + end];
                i += end + 2;
                v
            }
            _ => {
                let len = s[i..].find(|c: char| c.is_whitespace() || c == '>').unwrap_or(s.len() - i);
                let v = &s[i..i + len];
                i += len;
                v
            }
        };
        attrs.push((key, Some(value.to_string())));
    }
}

/// A character reference at the start of `s` (`&amp;`, `&#123;`, `&#x1F;`): the character and the
/// length.
fn char_ref(s: &str) -> Option<(char, usize)> {
    let end = s.find(';')?;
    let inner = &s[1..end];
    let c = if let Some(num) = inner.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        char::from_u32(n)?
    } else {
        if inner.is_empty() || !inner.chars().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        named(inner)?
    };
    Some((c, end + 1))
}

/// The named references the spec's examples use (the decoding HTML's whole table would do the
/// same for these; others stay as written, as normalize.py leaves unknown names).
fn named(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "nbsp" => '\u{a0}',
        "copy" => '©',
        "AElig" => 'Æ',
        "Dcaron" => 'Ď',
        "frac34" => '¾',
        "HilbertSpace" => 'ℋ',
        "DifferentialD" => 'ⅆ',
        "ClockwiseContourIntegral" => '∲',
        "ngE" => '≧',
        "ouml" => 'ö',
        "auml" => 'ä',
        _ => return None,
    })
}

fn push_char(out: &mut String, c: char) {
    match c {
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '&' => out.push_str("&amp;"),
        '"' => out.push_str("&quot;"),
        c => out.push(c),
    }
}

/// An attribute value with its references decoded.
fn decode(v: &str) -> String {
    let mut out = String::new();
    let mut rest = v;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        match char_ref(&rest[amp..]) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[amp + len..];
            }
            None => {
                out.push('&');
                rest = &rest[amp + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Python's `html.escape(v, quote=True)`.
fn escape(v: &str) -> String {
    v.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#x27;")
}

#[test]
fn normalizes_as_the_spec_runner_does() {
    // the doctests of normalize.py
    assert_eq!(normalize_html("<p>a  \t b</p>"), "<p>a b</p>");
    assert_eq!(normalize_html("<p>a  \t\nb</p>"), "<p>a b</p>");
    assert_eq!(normalize_html(" <p>a  b</p>"), "<p>a b</p>");
    assert_eq!(normalize_html("<p>a  b</p> "), "<p>a b</p>");
    assert_eq!(normalize_html("\n\t<p>\n\t\ta  b\t\t</p>\n\t"), "<p>a b</p>");
    assert_eq!(normalize_html("<i>a  b</i> "), "<i>a b</i> ");
    assert_eq!(normalize_html("<br />"), "<br>");
    assert_eq!(normalize_html("<a title=\"bar\" HREF=\"foo\">x</a>"), "<a href=\"foo\" title=\"bar\">x</a>");
    assert_eq!(normalize_html("&copy;&amp;&gt;&lt;&quot;"), "©&amp;&gt;&lt;&quot;");
    // `<pre>` keeps its white space; a `<` that opens no tag is text
    assert_eq!(normalize_html("<pre><code>a  \n b\n</code></pre>\n"), "<pre><code>a  \n b\n</code></pre>");
    assert_eq!(normalize_html("<p>a < b</p>"), "<p>a < b</p>");
}
