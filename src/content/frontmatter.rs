//! Front matter: splitting a Markdown file into its `+++` TOML or `---` YAML header and body, and
//! parsing the header into `FrontMatter`. Unknown keys, a missing title, an unknown `kind` or a
//! malformed date are errors located at their line in the file.

use serde::{Deserialize, Deserializer};

use crate::diagnostics::Diagnostic;
use std::path::Path;

/// What kind of help page this is; decides how its `##` headings render.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    #[default]
    Article,
    /// Every `##` heading is a numbered step.
    Guide,
    /// Every `##` heading is a question.
    Faq,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub description: Option<String>,
    #[serde(default)]
    pub kind: PageKind,
    pub weight: Option<i64>,
    pub slug: Option<String>,
    #[serde(default)]
    pub draft: bool,
    /// `YYYY-MM-DD`.
    #[serde(default, deserialize_with = "de_date")]
    pub updated: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub translation_key: Option<String>,
    /// Hash of the source-language page this translation was made from (see `helpgen check`).
    pub source_hash: Option<String>,
    /// `false` on a page started with `helpgen new page --from` (a copy of its source) until
    /// `helpgen check --mark-translated` records that it is translated; absent means translated.
    pub translated: Option<bool>,
    /// The theme's own page data, handed to templates as `extra` without helpgen knowing its keys.
    #[serde(default)]
    pub extra: std::collections::BTreeMap<String, serde_json::Value>,
}

/// The keys front matter may have, for messages.
pub const KEYS: [&str; 12] = [
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
    "translated",
    "extra",
];

/// serde's "unknown field `x`, expected one of ..." as "unknown key `x`; did you mean `y`?", naming
/// the known keys once (in the hint); other messages are returned as they are.
pub fn unknown_key_message(message: &str, known: &[&str]) -> (String, Option<String>) {
    let Some(rest) = message.split("unknown field `").nth(1) else { return (message.to_string(), None) };
    let key = rest.split('`').next().unwrap_or("");
    // the keys serde expected, when the caller has no list of its own (nested tables)
    let listed: Vec<&str> = rest.split("expected ").nth(1).unwrap_or("").split('`').skip(1).step_by(2).collect();
    let known = if known.is_empty() { listed.as_slice() } else { known };
    let closest = known
        .iter()
        .map(|k| (strsim::jaro_winkler(k, key), *k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k);
    let text = match closest {
        Some(k) => format!("unknown key `{key}`; did you mean `{k}`?"),
        None => format!("unknown key `{key}`"),
    };
    (text, Some(format!("the keys here are: {}; a theme's own data goes under [extra]", known.join(", "))))
}

/// A Markdown file split into header and body.
#[derive(Debug, PartialEq)]
pub struct Split<'a> {
    pub header: &'a str,
    /// Byte offset of the header in the file.
    pub header_offset: usize,
    pub yaml: bool,
    pub body: &'a str,
    /// Byte offset of the body in the file.
    pub body_offset: usize,
}

/// Splits `text` at its front matter fences.
pub fn split<'a>(path: &Path, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let text_nobom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bom = text.len() - text_nobom.len();
    let first = text_nobom.lines().next().unwrap_or("");
    let fence = match first.trim_end() {
        "+++" => "+++",
        "---" => "---",
        _ => {
            return Err(Diagnostic::error(path, "the page has no front matter")
                .at(1, 1)
                .with_source_line(first)
                .hint("start the file with a `+++` line, then `title = \"...\"`, then another `+++` line"));
        }
    };
    let header_offset = bom + first.len() + line_break_len(&text_nobom[first.len()..]);
    let mut pos = header_offset;
    while pos < text.len() {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = &text[pos..line_end];
        if line.trim_end() == fence {
            let body_offset = (line_end + 1).min(text.len());
            return Ok(Split {
                header: &text[header_offset..pos],
                header_offset,
                yaml: fence == "---",
                body: &text[body_offset..],
                body_offset,
            });
        }
        pos = line_end + 1;
    }
    Err(Diagnostic::error(path, format!("the front matter opened with `{fence}` on line 1 is never closed"))
        .at(1, 1)
        .with_source_line(first)
        .hint(format!("add a line with only `{fence}` after the last front matter key")))
}

fn line_break_len(rest: &str) -> usize {
    if rest.starts_with("\r\n") {
        2
    } else if rest.starts_with('\n') {
        1
    } else {
        0
    }
}

/// Parses the header of `split` (TOML or YAML); errors point into `text`, the whole file.
pub fn parse(path: &Path, text: &str, split: &Split) -> Result<FrontMatter, Diagnostic> {
    let hint = format!("front matter keys are: {}", KEYS.join(", "));
    let hint = hint.as_str();
    let front: FrontMatter = if split.yaml {
        serde_saphyr::from_str(split.header).map_err(|e| {
            let message = yaml_message(&e);
            let (message, key_hint) = unknown_key_message(&message, &KEYS);
            let d = Diagnostic::error(path, message);
            let d = match e.location() {
                Some(loc) if loc.line() > 0 => {
                    let line = loc.line() as usize + crate::diagnostics::line_col(text, split.header_offset).0 - 1;
                    let src = text.lines().nth(line - 1).unwrap_or("").to_string();
                    d.at(line, loc.column().max(1) as usize).with_source_line(src)
                }
                _ => d.at_offset(text, split.header_offset),
            };
            d.hint(key_hint.as_deref().unwrap_or(hint))
        })?
    } else {
        toml::from_str(split.header).map_err(|e| {
            let offset = split.header_offset + e.span().map_or(0, |s| s.start);
            let (message, key_hint) = unknown_key_message(e.message().trim_end(), &KEYS);
            Diagnostic::error(path, format!("front matter: {message}"))
                .at_offset(text, offset)
                .hint(key_hint.as_deref().unwrap_or(hint))
        })?
    };
    if front.title.trim().is_empty() {
        return Err(Diagnostic::error(path, "the title is empty")
            .at_offset(text, text.find("title").unwrap_or(split.header_offset))
            .hint("give the page a title: title = \"...\""));
    }
    if let Some(slug) = &front.slug
        && let Err(why) = crate::slug::check_slug(slug)
    {
        return Err(Diagnostic::error(path, format!("slug {slug:?} {why}"))
            .at_offset(text, text.find("slug").unwrap_or(split.header_offset))
            .hint("use letters, digits and hyphens, e.g. slug = \"file-a-complaint\""));
    }
    Ok(front)
}

/// The first line of a YAML error without its position (`error: line 2 column 7: `, ` at line 2`):
/// the position counts from the header, the diagnostic's location from the file.
fn yaml_message(e: &serde_saphyr::Error) -> String {
    let full = e.to_string();
    let mut first = full.lines().next().unwrap_or("invalid YAML").trim();
    first = first.strip_prefix("error:").unwrap_or(first).trim_start();
    if let Some(rest) = first.strip_prefix("line ")
        && let Some((position, message)) = rest.split_once(": ")
        && position.split(" column ").all(|n| n.trim().parse::<u64>().is_ok())
    {
        first = message;
    }
    // cut what speaks to programmers: positions and serde-saphyr's options
    let first = first.split(" at line ").next().unwrap_or(first);
    let first = first.split(", set DuplicateKeyPolicy").next().unwrap_or(first);
    format!("front matter: {first}")
}

#[derive(Deserialize)]
#[serde(untagged)]
enum DateInput {
    Toml(toml::value::Datetime),
    Text(String),
}

fn de_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let raw = match DateInput::deserialize(d)? {
        DateInput::Toml(dt) => dt.to_string(),
        DateInput::Text(s) => s,
    };
    let date = raw.get(..10).unwrap_or(&raw);
    if valid_date(date) {
        Ok(Some(date.to_string()))
    } else {
        Err(serde::de::Error::custom(format!("updated = {raw:?} is not a date; write it as YYYY-MM-DD")))
    }
}

/// Whether `s` is a real calendar date written `YYYY-MM-DD`.
pub fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    (1..=12).contains(&m) && d >= 1 && d <= days[(m - 1) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<FrontMatter, Diagnostic> {
        let p = Path::new("content/en/a.md");
        let s = split(p, text)?;
        parse(p, text, &s)
    }

    #[test]
    fn reads_toml_and_yaml_alike() {
        let t = read("+++\ntitle = \"Hi\"\nkind = \"guide\"\nupdated = 2026-11-20\ntags = [\"a\"]\n+++\nbody").unwrap();
        let y = read("---\ntitle: Hi\nkind: guide\nupdated: 2026-11-20\ntags: [a]\n---\nbody").unwrap();
        assert_eq!(t, y);
        assert_eq!(t.kind, PageKind::Guide);
        assert_eq!(t.updated.as_deref(), Some("2026-11-20"));
    }

    #[test]
    fn body_starts_after_the_closing_fence() {
        let text = "+++\r\ntitle = \"x\"\r\n+++\r\nHello";
        let s = split(Path::new("a.md"), text).unwrap();
        assert_eq!(s.body, "Hello");
        assert_eq!(s.header, "title = \"x\"\r\n");
    }

    #[test]
    fn errors_point_at_the_line() {
        let e = read("+++\ntitle = \"x\"\ncolour = \"red\"\n+++\n").unwrap_err();
        assert_eq!(e.line, 3, "{e}");
        assert!(e.message.contains("colour"), "{e}");
        let e = read("+++\ntitle = \"x\"\nkind = \"blog\"\n+++\n").unwrap_err();
        assert_eq!(e.line, 3, "{e}");
        let e = read("+++\ndescription = \"x\"\n+++\n").unwrap_err();
        assert!(e.message.contains("title"), "{e}");
        let e = read("---\ntitle: x\nflavour: y\n---\n").unwrap_err();
        assert_eq!(e.line, 3, "{e}");
        assert!(e.message.contains("flavour"), "{e}");
        let e = read("+++\ntitle = \"x\"\n").unwrap_err();
        assert!(e.message.contains("never closed"), "{e}");
        let e = read("# no header\n").unwrap_err();
        assert!(e.message.contains("no front matter"), "{e}");
        let e = read("+++\ntitle = \"x\"\nupdated = \"2026-02-30\"\n+++\n").unwrap_err();
        assert_eq!(e.line, 3, "{e}");
        let e = read("+++\ntitle = \"x\"\nslug = \"../up\"\n+++\n").unwrap_err();
        assert_eq!(e.line, 3, "{e}");
    }

    #[test]
    fn yaml_messages_leave_the_position_to_the_location() {
        for (text, line) in [
            ("---\ntitle: x\nkind: blog\n---\n", 3),
            ("---\ntitle: x\nweight: heavy\n---\n", 3),
            ("---\ntitle: x\ntags: [a\n---\n", 3),
            ("---\ntitle: x\n  - y: : z\n---\n", 3),
            ("---\ntitle: *nope\n---\n", 2),
            ("---\ntitle: x\ntitle: y\n---\n", 3),
        ] {
            let e = read(text).unwrap_err();
            assert!(e.line >= 2 && e.line <= line + 1, "{text:?}: {e}");
            assert!(!e.message.contains("line ") && !e.message.contains("error:"), "{text:?}: {e}");
            assert!(!e.message.contains("Options"), "{text:?}: {e}");
        }
    }

    #[test]
    fn dates_are_checked_against_the_calendar() {
        assert!(valid_date("2024-02-29"));
        assert!(!valid_date("2023-02-29"));
        assert!(!valid_date("2026-13-01"));
        assert!(!valid_date("26-1-1"));
    }
}
