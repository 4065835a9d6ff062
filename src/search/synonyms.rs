//! Synonyms an editor lists per language in `data/synonyms/<lang>.toml`, applied when the index is
//! built: every line is a group of words that find each other.
//!
//! ```toml
//! reklamation = "klagomål"                 # two words
//! "återbetalning" = ["pengar tillbaka"]    # an error: one word per synonym
//! "kundtjänst" = ["support", "kundservice"]  # a group of three (TOML: a key with å, ä, ö... in quotes)
//! ```
//!
//! Each synonym must be one search word (Chinese and Japanese: one or two characters). A word in
//! several lines joins those groups. Errors point at the file and line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::fs;

use super::tokenize::{Mode, fold, tokenize};

const HINT: &str = "write `word = \"synonym\"` or `word = [\"synonym\", \"another\"]`, one word each (see README.md, \"Search synonyms\")";

/// Groups of folded index terms, per language tag: every term of a group finds the others.
pub type Groups = Vec<Vec<String>>;

/// Reads `data/synonyms/<lang>.toml` of every language that has one.
pub fn load(root: &Path, languages: &[String]) -> Result<BTreeMap<String, Groups>, Diagnostics> {
    let dir = root.join("data").join("synonyms");
    let mut out = BTreeMap::new();
    let mut problems = Diagnostics::default();
    let Ok(listing) = std::fs::read_dir(&dir) else {
        return Ok(out);
    };
    let mut files: Vec<PathBuf> = listing.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    for path in files {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let shown = PathBuf::from("data").join("synonyms").join(&name);
        let Some(lang) = name.strip_suffix(".toml") else {
            continue;
        };
        let Some(tag) = languages.iter().find(|l| l.eq_ignore_ascii_case(lang)) else {
            problems.push(
                Diagnostic::error(&shown, format!("there is no language {lang:?} (no content/{lang}/ folder)"))
                    .hint("name the file after a language folder under content/, e.g. data/synonyms/sv.toml"),
            );
            continue;
        };
        let text = match fs::read_text(&path) {
            Ok(t) => t,
            Err(e) => {
                problems.push(Diagnostic::error(&shown, e.source.to_string()));
                continue;
            }
        };
        match parse(&text, &shown) {
            Ok(groups) => {
                out.insert(tag.clone(), groups);
            }
            Err(d) => problems.extend(d),
        }
    }
    if problems.has_errors() { Err(problems) } else { Ok(out) }
}

/// Parses one synonyms file; `shown` is the path used in diagnostics.
pub fn parse(text: &str, shown: &Path) -> Result<Groups, Diagnostics> {
    Ok(merge(parse_lines(text, shown)?.into_iter().map(|(_, g)| g).collect()))
}

/// Each line of a synonyms file as (byte offset of its value, its words as index terms), in file order.
pub fn parse_lines(text: &str, shown: &Path) -> Result<Vec<(usize, Vec<String>)>, Diagnostics> {
    let table: BTreeMap<String, toml::Spanned<toml::Value>> = toml::from_str(text).map_err(|e| {
        let message = e.message().trim_end().to_string();
        let hint = if message.contains("unquoted key") {
            "a word with letters other than a-z, digits, - and _ needs quotes before the =: \"klagomål\" = \"reklamation\""
        } else {
            HINT
        };
        let d = Diagnostic::error(shown, message);
        let d = match e.span() {
            Some(s) => d.at_offset(text, s.start),
            None => d,
        };
        Diagnostics::from(d.hint(hint))
    })?;
    let mut problems = Diagnostics::default();
    let mut lines: Vec<(usize, Vec<String>)> = Vec::new();
    for (key, value) in &table {
        let at = value.span().start;
        let bad = |msg: String| Diagnostic::error(shown, msg).at_offset(text, at).hint(HINT);
        let words: Vec<&str> = match value.get_ref() {
            toml::Value::String(s) => vec![s.as_str()],
            toml::Value::Array(items) if !items.is_empty() => {
                match items.iter().map(|v| v.as_str()).collect::<Option<Vec<&str>>>() {
                    Some(w) => w,
                    None => {
                        problems.push(bad(format!("the synonyms of {key:?} must be words in quotes")));
                        continue;
                    }
                }
            }
            toml::Value::Array(_) => {
                problems.push(bad(format!("{key:?} has an empty list of synonyms")));
                continue;
            }
            toml::Value::Table(_) => {
                problems.push(bad(format!("[{key}]: sections are not used in a synonyms file")));
                continue;
            }
            _ => {
                problems.push(bad(format!("the synonym of {key:?} must be a word in quotes")));
                continue;
            }
        };
        let mut group = Vec::new();
        for w in std::iter::once(key.as_str()).chain(words) {
            match term_of(w) {
                Ok(t) => {
                    if !group.contains(&t) {
                        group.push(t);
                    }
                }
                Err(msg) => problems.push(bad(msg)),
            }
        }
        if group.len() > 1 {
            lines.push((at, group));
        }
    }
    if problems.has_errors() {
        return Err(problems.sorted());
    }
    lines.sort();
    Ok(lines)
}

/// A warning for each line of `data/synonyms/<lang>.toml` none of whose words is on a page of `lang`
/// (`texts`): such a group can never lead a reader to a page. A line with one word on a page is fine,
/// however many of its other words are on none (that is what synonyms are for).
pub fn absent_groups(root: &Path, lang: &str, texts: &[&str]) -> Diagnostics {
    let mut out = Diagnostics::default();
    let shown = PathBuf::from("data").join("synonyms").join(format!("{lang}.toml"));
    let Ok(text) = fs::read_text(&root.join(&shown)) else { return out };
    let Ok(lines) = parse_lines(&text, &shown) else { return out };
    let mut present = std::collections::BTreeSet::new();
    for t in texts {
        for token in tokenize(t, Mode::Index) {
            present.insert(fold(&token.term));
        }
    }
    for (at, words) in lines {
        if !words.iter().any(|w| on_a_page(&present, w)) {
            out.push(
                Diagnostic::warning(
                    &shown,
                    format!("no word of this group is on any {lang} page: {}", words.join(", ")),
                )
                .at_offset(&text, at)
                .hint("add the word your pages use to the group, or remove the line"),
            );
        }
    }
    out
}

/// Whether `word` or a form of it is among `present`: the same word with an ending of up to four more or
/// fewer letters, as the index lets a word find its other forms.
fn on_a_page(present: &std::collections::BTreeSet<String>, word: &str) -> bool {
    let longer = present.range(word.to_string()..).take_while(|t| t.starts_with(word));
    if longer.into_iter().any(|t| t.chars().count() <= word.chars().count() + 4) {
        return true;
    }
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    (chars.len().saturating_sub(4).max(3)..chars.len()).any(|n| present.contains(&word[..chars[n].0]))
}

/// The one index term a synonym stands for.
fn term_of(word: &str) -> Result<String, String> {
    let toks = tokenize(word, Mode::Query);
    match toks.as_slice() {
        [t] => Ok(fold(&t.term)),
        [] => Err(format!("{word:?} has no letters or digits to search for")),
        _ => Err(format!(
            "{word:?} is {} words for the search; a synonym is one word (Chinese: one or two characters)",
            toks.len()
        )),
    }
}

/// Joins groups that share a word, keeping the order of first appearance.
fn merge(groups: Groups) -> Groups {
    let mut out: Groups = Vec::new();
    for g in groups {
        let overlapping: Vec<usize> = (0..out.len()).filter(|&i| g.iter().any(|w| out[i].contains(w))).collect();
        let mut merged: Vec<String> = Vec::new();
        for &i in &overlapping {
            merged.extend(out[i].iter().cloned());
        }
        for w in g {
            if !merged.contains(&w) {
                merged.push(w);
            }
        }
        for &i in overlapping.iter().rev() {
            out.remove(i);
        }
        out.push(merged);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_with_no_word_on_any_page_is_a_warning_at_its_line() {
        let dir = std::env::temp_dir().join(format!("helpgen-syn-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("data/synonyms")).unwrap();
        std::fs::write(dir.join("data/synonyms/en.toml"), "refund = \"reimbursement\"\nparcel = \"package\"\n")
            .unwrap();
        let d = absent_groups(&dir, "en", &["Ask for a refund today."]);
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(d.0.len(), 1, "{:?}", d.0);
        assert_eq!(d.0[0].line, 2);
        assert!(d.0[0].message.contains("parcel, package"), "{}", d.0[0].message);
    }

    fn parse_ok(text: &str) -> Groups {
        parse(text, Path::new("data/synonyms/sv.toml")).unwrap()
    }

    #[test]
    fn pairs_lists_and_shared_words_make_groups() {
        let g = parse_ok(
            "reklamation = \"klagomål\"\n\"kundtjänst\" = [\"support\", \"Kundservice\"]\nklagomal = \"anmärkning\"\n",
        );
        assert_eq!(g.len(), 2, "{g:?}");
        assert!(g.iter().any(|g| g == &["kundtjanst", "support", "kundservice"]), "{g:?}");
        assert!(g.iter().any(|g| g.len() == 3 && g.contains(&"anmarkning".to_string())), "{g:?}");
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse("a = \"b\"\n\nrefund = \"money back\"\n", Path::new("data/synonyms/en.toml")).unwrap_err();
        let d = &e.0[0];
        assert_eq!(d.line, 3, "{d:?}");
        assert!(d.message.contains("one word"), "{d:?}");
        let e = parse("refund = 3\n", Path::new("x.toml")).unwrap_err();
        assert_eq!(e.0[0].line, 1);
        let e = parse("refund = \n", Path::new("x.toml")).unwrap_err();
        assert_eq!(e.0[0].line, 1);
        let e = parse("ok = \"fine\"\nklagomål = \"reklamation\"\n", Path::new("x.toml")).unwrap_err();
        assert_eq!(e.0[0].line, 2);
        assert!(e.0[0].hint.as_deref().unwrap().contains("quotes"), "{e:?}");
    }
}
