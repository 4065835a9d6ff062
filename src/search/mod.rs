//! The search index: one per language, built from the text under every heading, guide step and FAQ
//! question (each its own entry, deep-linked to its anchor), queried by the dependency-free client in
//! `assets/search.js`. Files are small scripts (`search/<lang>/...js`) so that the site searches from
//! `file://` as well as from a server:
//!
//! - `meta.js`: entry count, average entry length, shard count, records per chunk;
//! - `t-<n>.js`: term shards. A key lives in the shard of its first two (folded) characters, so a
//!   word, every term it is a prefix of, its stem group and its typo variants are one small fetch;
//! - `d-<n>.js`: entry records (URL, title, page, excerpt source), fetched only for hits shown.
//!
//! Postings carry a BM25 term-frequency weight computed here, so the client only needs the idf.

pub mod tokenize;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;

use serde::Serialize;
use serde_json::{Value, json};

use crate::content::Content;
use crate::render::RenderedPage;
use crate::site::{NodeKind, Site};
use tokenize::{Mode, Token, fold, tokenize};

/// Records per `d-<n>.js` file.
pub const RECORDS_PER_CHUNK: usize = 128;
/// Characters of text kept per record for the excerpt.
pub const EXCERPT_CHARS: usize = 280;
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// One searchable entry: a page's introduction, or the part under one of its headings.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Site-relative link, e.g. `sv/faq/questions/index.html#refunds`.
    pub url: String,
    pub title: String,
    /// The page title (for entries of a heading), shown as context.
    pub page: String,
    pub text: String,
    /// Text that is matched but not shown (description).
    pub extra: String,
}

/// The entries of one language, in page order.
pub fn entries(site: &Site, content: &Content, pages: &[RenderedPage], lang: &str) -> Vec<Entry> {
    let mut out = Vec::new();
    for p in pages {
        let node = site.node(p.node);
        if node.lang != lang || node.fallback_of.is_some() {
            continue;
        }
        let src = &content.pages[node.source];
        let base = format!("{}index.html", node.url_path);
        for block in &p.blocks {
            let (url, title) = match (&block.anchor, &block.heading) {
                (Some(a), Some(h)) => (format!("{base}#{a}"), h.clone()),
                _ => (base.clone(), node.title.clone()),
            };
            let is_intro = block.anchor.is_none();
            if block.text.is_empty() && !is_intro && node.kind != NodeKind::Page {
                continue;
            }
            out.push(Entry {
                url,
                title,
                page: if is_intro { String::new() } else { node.title.clone() },
                text: block.text.clone(),
                extra: if is_intro { src.front.description.clone().unwrap_or_default() } else { String::new() },
            });
        }
        if !p.blocks.iter().any(|b| b.anchor.is_none()) {
            // a page that starts with a heading still needs an entry for its title
            out.push(Entry {
                url: base,
                title: node.title.clone(),
                page: String::new(),
                text: String::new(),
                extra: src.front.description.clone().unwrap_or_default(),
            });
        }
    }
    out
}

fn stemmer(lang: &str) -> Option<rust_stemmers::Stemmer> {
    use rust_stemmers::Algorithm::*;
    let alg = match lang.split('-').next().unwrap_or(lang) {
        "ar" => Arabic,
        "da" => Danish,
        "nl" => Dutch,
        "en" => English,
        "fi" => Finnish,
        "fr" => French,
        "de" => German,
        "el" => Greek,
        "hu" => Hungarian,
        "it" => Italian,
        "nb" | "nn" | "no" => Norwegian,
        "pt" => Portuguese,
        "ro" => Romanian,
        "ru" => Russian,
        "es" => Spanish,
        "sv" => Swedish,
        "ta" => Tamil,
        "tr" => Turkish,
        _ => return None,
    };
    Some(rust_stemmers::Stemmer::create(alg))
}

/// The two first characters of a key, which decide its shard.
pub fn prefix2(key: &str) -> String {
    key.chars().take(2).collect()
}

/// FNV-1a over the UTF-16 code units of `s`, the same in the client.
pub fn shard_of(key: &str, shards: usize) -> usize {
    let mut h: u32 = 0x811c9dc5;
    for unit in prefix2(key).encode_utf16() {
        h ^= u32::from(unit);
        h = h.wrapping_mul(0x01000193);
    }
    (h as usize) % shards
}

/// Deletion variants for typo tolerance: the term without its first or its second character.
pub fn deletion_variants(term: &str) -> Vec<String> {
    let chars: Vec<char> = term.chars().collect();
    if chars.len() < 5 {
        return vec![];
    }
    let mut out: Vec<String> =
        (0..2).map(|i| chars.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, c)| *c).collect()).collect();
    out.dedup();
    out
}

#[derive(Default)]
struct Posting {
    tf: u32,
    flags: u8,
}

/// Postings of one key: (entry id, posting), in entry order.
type Postings = Vec<(usize, Posting)>;

fn add(map: &mut HashMap<String, Postings>, key: &str, id: usize, flags: u8) {
    // entries are indexed in order, so a key's current entry is its last posting
    match map.get_mut(key) {
        Some(list) => match list.last_mut() {
            Some((last, p)) if *last == id => {
                p.tf += 1;
                p.flags |= flags;
            }
            _ => list.push((id, Posting { tf: 1, flags })),
        },
        None => {
            map.insert(key.to_string(), vec![(id, Posting { tf: 1, flags })]);
        }
    }
}

/// Builds the files of one language's index: path below `search/<prefix>/` → bytes.
pub fn build_language(lang: &str, prefix: &str, entries: &[Entry]) -> BTreeMap<String, Vec<u8>> {
    let stem = stemmer(lang);
    let mut terms: HashMap<String, Postings> = HashMap::new();
    let mut exacts: HashMap<String, Postings> = HashMap::new();
    let mut lengths = Vec::with_capacity(entries.len());
    let mut cjk_terms: HashSet<String> = HashSet::new();
    for (id, e) in entries.iter().enumerate() {
        let title: Vec<Token> = tokenize(&e.title, Mode::Index);
        let page: Vec<Token> = tokenize(&e.page, Mode::Index);
        let mut body: Vec<Token> = tokenize(&e.text, Mode::Index);
        body.extend(tokenize(&e.extra, Mode::Index));
        lengths.push(title.len() + body.len());
        let in_title: HashSet<&str> = title.iter().map(|t| t.term.as_str()).collect();
        let in_page: HashSet<&str> = page.iter().map(|t| t.term.as_str()).collect();
        for t in title.iter().chain(&body).chain(&page) {
            let flags =
                u8::from(in_title.contains(t.term.as_str())) | (u8::from(in_page.contains(t.term.as_str())) << 1);
            add(&mut terms, &t.term, id, flags);
            if t.exact != t.term {
                add(&mut exacts, &t.exact, id, flags);
            }
            if t.cjk && !cjk_terms.contains(&t.term) {
                cjk_terms.insert(t.term.clone());
            }
        }
    }
    let avg = if lengths.is_empty() { 1.0 } else { lengths.iter().sum::<usize>() as f64 / lengths.len() as f64 };
    let weight = |id: usize, p: &Posting| -> u64 {
        let tf = f64::from(p.tf);
        let len = lengths[id] as f64;
        let w = tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / avg.max(1.0)));
        // quantized to 1..=31 in the high bits, title flags in the two low bits
        (((w * 10.0).round() as u64).clamp(1, 31) << 2) | u64::from(p.flags)
    };
    // `[delta id, weight, ...]` written straight to JSON text
    let postings = |list: &[(usize, Posting)]| -> String {
        let mut out = String::with_capacity(list.len() * 6 + 2);
        out.push('[');
        let mut last = 0usize;
        for (i, (id, p)) in list.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let _ = write!(out, "{},{}", id - last, weight(*id, p));
            last = *id;
        }
        out.push(']');
        out
    };
    let mut term_keys: Vec<&String> = terms.keys().collect();
    term_keys.sort();

    // stem groups: terms with the same stem, merged, where a group has two or more terms
    let mut groups: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    if let Some(st) = &stem {
        for term in term_keys.iter().filter(|t| !cjk_terms.contains(**t)) {
            let s = fold(&st.stem(term));
            if s.chars().count() >= 3 {
                groups.entry(s).or_default().insert((*term).clone());
            }
        }
        groups.retain(|_, members| members.len() > 1);
    }
    let mut deletions: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for term in term_keys.iter().filter(|t| !cjk_terms.contains(**t)) {
        for v in deletion_variants(term) {
            if v != **term {
                deletions.entry(v).or_default().insert((*term).clone());
            }
        }
    }

    let keys = terms.len() + exacts.len() + groups.len() + deletions.len();
    let shards = (keys / 400).max(1).next_power_of_two().min(1024);
    // shard → kind → key → JSON text of the value; sorted maps keep the files byte-stable
    let mut files: Vec<BTreeMap<&str, BTreeMap<String, String>>> = vec![BTreeMap::new(); shards];
    let mut put = |kind: &'static str, shard_key: &str, key: &str, v: String| {
        files[shard_of(shard_key, shards)].entry(kind).or_default().insert(key.to_string(), v);
    };
    for t in &term_keys {
        put("t", t, t, postings(&terms[*t]));
    }
    for (x, m) in &exacts {
        put("x", &fold(x), x, postings(m));
    }
    for (s, members) in &groups {
        let mut merged: BTreeMap<usize, Posting> = BTreeMap::new();
        for m in members {
            for (id, p) in &terms[m] {
                let e = merged.entry(*id).or_default();
                e.tf += p.tf;
                e.flags |= p.flags;
            }
        }
        let merged: Vec<(usize, Posting)> = merged.into_iter().collect();
        put("g", s, s, postings(&merged));
        for m in members {
            put("s", m, m, serde_json::to_string(s).expect("json"));
        }
    }
    for (v, ts) in &deletions {
        put("d", v, v, serde_json::to_string(&ts.iter().collect::<Vec<_>>()).expect("json"));
    }

    let mut out = BTreeMap::new();
    for (i, f) in files.iter().enumerate() {
        let mut text = String::from("{");
        for (k, (kind, table)) in f.iter().enumerate() {
            if k > 0 {
                text.push(',');
            }
            let _ = write!(text, "\"{kind}\":{{");
            for (j, (key, value)) in table.iter().enumerate() {
                if j > 0 {
                    text.push(',');
                }
                text.push_str(&serde_json::to_string(key).expect("json"));
                text.push(':');
                text.push_str(value);
            }
            text.push('}');
        }
        text.push('}');
        out.insert(format!("t-{i}.js"), script_text(&format!("{prefix}/t-{i}"), &text));
    }
    for (i, chunk) in entries.chunks(RECORDS_PER_CHUNK).enumerate() {
        let records: Vec<Value> = chunk
            .iter()
            .map(|e| json!([e.url, e.title, e.page, crate::render::excerpt(&e.text, EXCERPT_CHARS)]))
            .collect();
        out.insert(format!("d-{i}.js"), script(&format!("{prefix}/d-{i}"), &Value::Array(records)));
    }
    let mut pages: Vec<usize> = Vec::new();
    let mut last_page = "";
    for e in entries {
        let page = e.url.split('#').next().unwrap_or(&e.url);
        if page == last_page {
            *pages.last_mut().expect("page") += 1;
        } else {
            pages.push(1);
            last_page = page;
        }
    }
    let meta = Meta {
        lang,
        n: entries.len(),
        avg: (avg * 100.0).round() / 100.0,
        shards,
        chunk: RECORDS_PER_CHUNK,
        stems: stem.is_some(),
        p: pages,
    };
    out.insert("meta.js".into(), script(&format!("{prefix}/meta"), &serde_json::to_value(meta).expect("meta")));
    out
}

#[derive(Serialize)]
struct Meta<'a> {
    lang: &'a str,
    n: usize,
    avg: f64,
    shards: usize,
    chunk: usize,
    stems: bool,
    /// Entries per page, in entry order (the client keeps at most two results of a page).
    p: Vec<usize>,
}

/// A file the client loads with a `<script>` element (which works from `file://`, unlike fetch).
fn script(key: &str, data: &Value) -> Vec<u8> {
    script_text(key, &serde_json::to_string(data).expect("json"))
}

/// As `script`, from JSON text; `<`, `>` and `&` are escaped so no text can close a script element.
fn script_text(key: &str, json: &str) -> Vec<u8> {
    let safe = json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026");
    format!("__helpgenSearch({},{safe});\n", serde_json::to_string(key).expect("key")).into_bytes()
}

/// Builds every language's index: output path → bytes.
pub fn build(site: &Site, content: &Content, pages: &[RenderedPage]) -> BTreeMap<String, Vec<u8>> {
    build_languages(site, content, pages, &|_| true)
}

/// Builds the index of the languages `wanted` picks (serve rebuilds the edited languages only).
pub fn build_languages(
    site: &Site,
    content: &Content,
    pages: &[RenderedPage],
    wanted: &(dyn Fn(&str) -> bool + Sync),
) -> BTreeMap<String, Vec<u8>> {
    use rayon::prelude::*;
    let per_language: Vec<Vec<(String, Vec<u8>)>> = site
        .languages
        .par_iter()
        .filter(|l| wanted(&l.tag))
        .map(|l| {
            let es = entries(site, content, pages, &l.tag);
            build_language(&l.tag, &l.prefix, &es)
                .into_iter()
                .map(|(name, bytes)| (format!("search/{}/{name}", l.prefix), bytes))
                .collect()
        })
        .collect();
    per_language.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(title: &str, text: &str) -> Entry {
        Entry {
            url: format!("x/{title}"),
            title: title.into(),
            page: String::new(),
            text: text.into(),
            extra: String::new(),
        }
    }

    #[test]
    fn shards_hold_terms_stems_and_typo_variants() {
        let files = build_language(
            "en",
            "en",
            &[entry("Refunds", "Ask for a refund"), entry("Returns", "Return within 30 days")],
        );
        let all: String = files
            .iter()
            .filter(|(k, _)| k.starts_with("t-"))
            .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
            .collect();
        assert!(all.contains("\"refund\""));
        assert!(all.contains("\"refunds\""));
        assert!(all.contains("\"g\""), "stem groups for English: {all}");
        assert!(all.contains("\"efund\""), "deletion variant: {all}");
        let meta = String::from_utf8(files["meta.js"].clone()).unwrap();
        assert!(meta.starts_with("__helpgenSearch(\"en/meta\","), "{meta}");
    }

    #[test]
    fn shard_of_depends_on_the_first_two_characters_only() {
        assert_eq!(shard_of("refund", 64), shard_of("ref", 64));
        assert_eq!(shard_of("退款", 64), shard_of("退款", 64));
        assert!(shard_of("x", 1) == 0);
    }

    #[test]
    fn deletion_variants_cover_the_first_two_positions() {
        assert_eq!(deletion_variants("refund"), vec!["efund", "rfund"]);
        assert!(deletion_variants("four").is_empty());
    }
}
