//! The search tokenizer, defined once for both sides: the index builder here and the browser client
//! (`themes/default/static/assets/search.js`) implement the same rules, and both are tested against
//! the shared vectors in `tests/search/tokenizer-vectors.json`.
//!
//! Rules: NFKC, lower case; words are runs of letters, marks and digits (an apostrophe or hyphen
//! between letters joins parts, and the joined form is a token too: `e-mail` → `e`, `mail`, `email`);
//! Han, kana, Hangul, Thai, Lao, Khmer and Myanmar text is unspaced and becomes overlapping character
//! bigrams (and, when indexing, single characters for one-character queries). Each token keeps its
//! exact form and a folded form without Latin/Greek/Cyrillic diacritics (`secțiune` → `sectiune`).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Tokens longer than this (in characters) are dropped: they are noise such as hashes or URLs.
pub const MAX_TOKEN_CHARS: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Indexing: unspaced text gives bigrams and single characters.
    Index,
    /// A query: unspaced text gives bigrams, or the single character when it is alone.
    Query,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Token {
    /// Folded form: the index key.
    pub term: String,
    /// Lower-cased form as written.
    pub exact: String,
    /// From unspaced text (bigram or single character): no prefix, typo or stem matching.
    pub cjk: bool,
}

/// Whether `c` belongs to a script written without spaces between words.
pub fn is_unspaced(c: char) -> bool {
    // below Thai: the common case, one comparison
    if (c as u32) < 0x0E00 {
        return false;
    }
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3005 | 0x3007 | 0x3021..=0x3029 | 0x3038..=0x303B | 0x3040..=0x30FF | 0x31F0..=0x31FF
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0x20000..=0x3134F
        | 0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F
        | 0x0E00..=0x0E7F | 0x0E80..=0x0EFF | 0x1780..=0x17FF | 0x1000..=0x109F)
}

/// Han ideographs and Hangul syllables: unspaced, unchanged by NFKC, without case.
pub fn is_plain_unspaced(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3)
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c.is_numeric() || is_combining_mark(c)
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}')
}

/// Folds diacritics of Latin, Greek and Cyrillic letters (the marks U+0300–U+036F after NFD), a
/// few letters that have no decomposition, and Kazakh letters to the Russian ones readers type
/// instead. Marks of other scripts (Devanagari vowel signs, ...) stay.
pub fn fold(s: &str) -> String {
    fold_cow(s).into_owned()
}

/// Whether `fold` may change `c`: it decomposes, is a mark, or is mapped.
fn folds(c: char) -> bool {
    if (c as u32) < 0xC0 {
        return false;
    }
    if is_combining_mark(c)
        || matches!(
            c,
            'ø' | 'æ'
                | 'œ'
                | 'ß'
                | 'đ'
                | 'ð'
                | 'ł'
                | 'ı'
                | 'þ'
                | 'ә'
                | 'ғ'
                | 'қ'
                | 'ң'
                | 'ө'
                | 'ұ'
                | 'ү'
                | 'һ'
                | 'і'
        )
    {
        return true;
    }
    let mut n = 0;
    unicode_normalization::char::decompose_canonical(c, |_| n += 1);
    n > 1
}

/// As `fold`, borrowing `s` when nothing in it folds (the common case, and much faster).
pub fn fold_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(folds) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(fold_slow(s))
}

fn fold_slow(s: &str) -> String {
    let stripped: String = s.nfd().filter(|c| !matches!(*c as u32, 0x0300..=0x036F)).collect();
    let mut out = String::with_capacity(stripped.len());
    for c in stripped.nfc() {
        match c {
            'ø' => out.push('o'),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ß' => out.push_str("ss"),
            'đ' | 'ð' => out.push('d'),
            'ł' => out.push('l'),
            'ı' => out.push('i'),
            'þ' => out.push_str("th"),
            // Kazakh letters typed on a Russian keyboard: қ → к, ұ → у, ...
            'ә' => out.push('а'),
            'ғ' => out.push('г'),
            'қ' => out.push('к'),
            'ң' => out.push('н'),
            'ө' => out.push('о'),
            'ұ' | 'ү' => out.push('у'),
            'һ' => out.push('х'),
            'і' => out.push('и'),
            c => out.push(c),
        }
    }
    out
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str, mode: Mode) -> Vec<Token> {
    let mut out = Vec::new();
    for_each_token(text, mode, |term, exact, cjk| {
        out.push(Token { term: term.to_string(), exact: exact.to_string(), cjk });
    });
    out
}

/// What a token of `for_each_token_kind` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A word of a spaced script (or a part of one).
    Word,
    /// Two characters of unspaced text.
    Bigram,
    /// One character of unspaced text; `run_end`: the last of its run (no bigram starts with it there).
    Single { run_end: bool },
}

/// As `tokenize`, calling `f(term, exact, cjk)` for each token instead of collecting them.
pub fn for_each_token(text: &str, mode: Mode, mut f: impl FnMut(&str, &str, bool)) {
    for_each_token_kind(text, mode, |term, exact, kind| f(term, exact, kind != Kind::Word));
}

/// As `for_each_token`, telling bigrams from single characters (the index builder: no allocation
/// per token).
pub fn for_each_token_kind(text: &str, mode: Mode, mut f: impl FnMut(&str, &str, Kind)) {
    // NFKC leaves ASCII as it is (the common case, and the slow step otherwise)
    let norm: Vec<char> = if text.is_ascii() {
        text.to_ascii_lowercase().chars().collect()
    } else if text.chars().all(|c| c.is_ascii() || is_plain_unspaced(c)) {
        // Han and Hangul syllables: NFKC leaves them and they have no case
        text.chars().map(|c| c.to_ascii_lowercase()).collect()
    } else {
        // most text is in NFKC already: the quick check is far cheaper than normalizing
        match unicode_normalization::is_nfkc_quick(text.chars()) {
            unicode_normalization::IsNormalized::Yes => text.to_lowercase().chars().collect(),
            _ => text.nfkc().collect::<String>().to_lowercase().chars().collect(),
        }
    };
    let mut i = 0;
    let mut buf = String::new();
    while i < norm.len() {
        let c = norm[i];
        if is_unspaced(c) {
            let start = i;
            while i < norm.len() && is_unspaced(norm[i]) {
                i += 1;
            }
            push_unspaced(&norm[start..i], mode, &mut buf, &mut f);
        } else if is_word_char(c) {
            let mut parts: Vec<String> = vec![String::new()];
            while i < norm.len() {
                let c = norm[i];
                if is_word_char(c) && !is_unspaced(c) {
                    parts.last_mut().expect("part").push(c);
                    i += 1;
                } else if is_joiner(c) && i + 1 < norm.len() && is_word_char(norm[i + 1]) && !is_unspaced(norm[i + 1]) {
                    parts.push(String::new());
                    i += 1;
                } else {
                    break;
                }
            }
            for p in &parts {
                push_word(p, &mut f);
            }
            if parts.len() > 1 {
                push_word(&parts.concat(), &mut f);
            }
        } else {
            i += 1;
        }
    }
}

fn push_word(word: &str, f: &mut impl FnMut(&str, &str, Kind)) {
    if word.is_empty() || word.chars().count() > MAX_TOKEN_CHARS {
        return;
    }
    let term = fold_cow(word);
    // a lone diacritic (NFKC turns `¸` into a space and a combining cedilla) folds to nothing
    if term.is_empty() {
        return;
    }
    f(&term, word, Kind::Word);
}

fn push_unspaced(run: &[char], mode: Mode, buf: &mut String, f: &mut impl FnMut(&str, &str, Kind)) {
    let mut emit = |chars: &[char], kind: Kind| {
        buf.clear();
        buf.extend(chars);
        f(buf, buf, kind);
    };
    if run.len() == 1 {
        emit(run, Kind::Single { run_end: true });
        return;
    }
    for w in run.windows(2) {
        emit(w, Kind::Bigram);
    }
    if mode == Mode::Index {
        for (i, c) in run.chunks(1).enumerate() {
            emit(c, Kind::Single { run_end: i + 1 == run.len() });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Vector {
        input: String,
        mode: String,
        terms: Vec<String>,
        #[serde(default)]
        exact: Option<Vec<String>>,
    }

    /// The shared vectors: the JavaScript client is tested against the same file (tests/search.rs).
    #[test]
    fn matches_the_shared_vectors() {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/search/tokenizer-vectors.json"))
            .unwrap();
        let vectors: Vec<Vector> = serde_json::from_str(&text).unwrap();
        assert!(vectors.len() >= 20);
        for v in vectors {
            let mode = if v.mode == "index" { Mode::Index } else { Mode::Query };
            let toks = tokenize(&v.input, mode);
            let terms: Vec<&str> = toks.iter().map(|t| t.term.as_str()).collect();
            assert_eq!(terms, v.terms, "terms of {:?}", v.input);
            if let Some(exact) = v.exact {
                let got: Vec<&str> = toks.iter().map(|t| t.exact.as_str()).collect();
                assert_eq!(got, exact, "exact forms of {:?}", v.input);
            }
        }
    }

    #[test]
    fn tokenizing_terms_again_is_idempotent() {
        for text in ["Klagomål på e-post", "Secțiune nouă", "如何聯絡客服", "Шағым беру", "ร้องเรียน"]
        {
            let once: Vec<String> = tokenize(text, Mode::Query).into_iter().map(|t| t.term).collect();
            let again: Vec<String> = tokenize(&once.join(" "), Mode::Query).into_iter().map(|t| t.term).collect();
            for t in &once {
                assert!(again.contains(t), "{text}: {t} lost in {again:?}");
            }
        }
    }
}
