//! The search index: one per language, built from the text under every heading, guide step and FAQ
//! question (each its own entry, deep-linked to its anchor), queried by the dependency-free client in
//! `assets/search.js`. Files are small scripts (`search/<lang>/...js`, each a call of
//! `__helpgenSearch(key, data)`) so that the site searches from `file://` as well as from a server:
//!
//! - `meta.js`: entry count, average entry length, file counts, entries per page, pages per record chunk,
//!   the language's function words (`stopwords`);
//! - `t-<n>.js`: vocabulary shards. A term lives in the shard of its first two (folded) characters
//!   (unspaced scripts: its first character), so a word, every term it is a prefix of and its stem
//!   group are one small fetch. `w`: the terms, sorted, space-separated; `p`: their postings, the
//!   same way (`~<n>`: in `q-<n>.js`); `g`: stem groups as positions in `w`; `x`: accented forms. A single Chinese (...) character lists only the entries where no
//!   bigram starts with it; a one-character query adds those bigrams. A shard holds its
//!   terms (sorted, space-separated), their postings (or the number of the `q-<n>.js` file holding
//!   a long list), the stem groups among them and accented forms where a term has several;
//! - `q-<n>.js`: the postings of frequent terms (fetched only when such a term is needed), the terms
//!   of one stem in the same file;
//! - `y-<n>.js`: typo shards, fetched only for a word that is not in the index: every term of five or
//!   more letters under its third and fourth letters, so that a typo in the first two letters (which
//!   choose the vocabulary shard) still finds the term;
//! - `d-<n>.js`: records (page path, without an `index.html` after a `/`, and title; anchor (0: `heading_slug` of the heading), heading and
//!   excerpt source of each entry), fetched only for the hits shown.
//!
//! Postings are compact strings: per entry, one base-32 varint (`POSTING_DIGITS`: 32 final digits,
//! 32 continuation digits) of the gap to the previous entry id times 16 plus a weight level
//! (`weight_level`: BM25 term frequency with the title and page boosts, in 16 steps), so the
//! client only needs the idf. A word in many entries is a bitmap when that is shorter: `!`, one
//! weight level for all, then six entries per digit.
//! Synonyms (`data/synonyms/<lang>.toml`) are postings too: each word also lists the entries of
//! its synonyms (and of their stem groups) at half weight.

pub mod compounds;
pub mod references;
pub mod stopwords;
pub mod synonyms;
pub mod tokenize;
pub mod variants;

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

use serde::Serialize;

use crate::config::Config;
use crate::content::Content;
use crate::diagnostics::Diagnostics;
use crate::render::RenderedPage;
use crate::site::{NodeKind, Site};
use tokenize::{Kind, Mode, for_each_token_kind};

/// Width of the text kept per entry (a Chinese, Japanese or Korean character counts two): the
/// client shows 72 columns of it around the first matched word. More would show passages further
/// in, but the records are most of the index: 240 columns made it 0.70 of Pagefind's bytes on the
/// benchmark corpus (the budget is 0.5), 104 columns 0.507.
pub const EXCERPT_WIDTH: usize = 88;
/// Raw bytes of records per `d-<n>.js` file (whole pages; a file may be larger).
pub const RECORD_CHUNK_BYTES: usize = 5_000;
/// Postings longer than this (in characters) go to a `q-<n>.js` file instead of the shard.
pub const INLINE_POSTINGS: usize = 120;
/// The 64 digits of posting strings: 0-31 end a varint, 32-63 continue it; weights use all 64.
pub const POSTING_DIGITS: &[u8; 64] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyzWXYZ-_";
/// The smallest posting weight (level 0).
const WEIGHT_BASE: f64 = 0.25;
const WEIGHT_STEP: f64 = 1.25;
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// One searchable entry: a page's introduction, or the part under one of its headings. The text
/// is borrowed from the rendered pages where it can be.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    /// Site-relative link, e.g. `sv/faq/questions/index.html#refunds`.
    pub url: String,
    pub title: Cow<'a, str>,
    /// The page title (for entries of a heading), shown as context.
    pub page: Cow<'a, str>,
    pub text: Cow<'a, str>,
    /// Text that is matched but not shown (description).
    pub extra: Cow<'a, str>,
    /// The headings of other pages' entries that link here (`references`), matched at the
    /// weight of a page title.
    pub refs: Cow<'a, str>,
}

/// The entries of one language, in page order.
pub fn entries<'a>(site: &'a Site, content: &'a Content, pages: &'a [RenderedPage], lang: &str) -> Vec<Entry<'a>> {
    let mut out = Vec::new();
    let mut links: Vec<Vec<String>> = Vec::new();
    for p in pages {
        let node = site.node(p.node);
        if node.lang != lang || node.fallback_of.is_some() {
            continue;
        }
        let src = &content.pages[node.source];
        let description = || Cow::Borrowed(src.front.description.as_deref().unwrap_or_default());
        let base = format!("{}index.html", node.url_path);
        for block in &p.blocks {
            let (url, title) = match (&block.anchor, &block.heading) {
                (Some(a), Some(h)) => (format!("{base}#{a}"), h.as_str()),
                _ => (base.clone(), node.title.as_str()),
            };
            let is_intro = block.anchor.is_none();
            if block.text.is_empty() && !is_intro && node.kind != NodeKind::Page {
                continue;
            }
            out.push(Entry {
                url,
                title: Cow::Borrowed(title),
                page: Cow::Borrowed(if is_intro { "" } else { node.title.as_str() }),
                text: Cow::Borrowed(&block.text),
                extra: if is_intro { description() } else { Cow::Borrowed("") },
                refs: Cow::Borrowed(""),
            });
            links.push(block.links.iter().filter_map(|h| references::site_url(&node.url_path, h)).collect());
        }
        if !p.blocks.iter().any(|b| b.anchor.is_none()) {
            // a page that starts with a heading still needs an entry for its title
            out.push(Entry {
                url: base,
                title: Cow::Borrowed(&node.title),
                page: Cow::Borrowed(""),
                text: Cow::Borrowed(""),
                extra: description(),
                refs: Cow::Borrowed(""),
            });
            links.push(Vec::new());
        }
    }
    references::credit(&mut out, &links);
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

/// The characters of a key that decide its vocabulary shard: the first two, or the first alone in
/// unspaced scripts (so that a character and the bigrams it starts share a shard).
pub fn prefix2(key: &str) -> String {
    let mut it = key.chars();
    match it.next() {
        Some(c) if tokenize::is_unspaced(c) => c.to_string(),
        Some(c) => std::iter::once(c).chain(it.next()).collect(),
        None => String::new(),
    }
}

/// The third and fourth characters of a term, which decide its typo shard.
pub fn typo_key(term: &str) -> String {
    term.chars().skip(2).take(2).collect()
}

/// FNV-1a over the UTF-16 code units of `s`, modulo `n`: the same in the client.
pub fn hash_mod(s: &str, n: usize) -> usize {
    let mut h: u32 = 0x811c9dc5;
    for unit in s.encode_utf16() {
        h ^= u32::from(unit);
        h = h.wrapping_mul(0x01000193);
    }
    (h as usize) % n.max(1)
}

/// The vocabulary shard of a term.
pub fn shard_of(key: &str, shards: usize) -> usize {
    hash_mod(&prefix2(key), shards)
}

/// The start of an entry's text, for its excerpt: `EXCERPT_WIDTH` wide, cut at a space where there is one.
pub fn excerpt(text: &str) -> String {
    let bytes = text.as_bytes();
    if bytes.len() <= EXCERPT_WIDTH && bytes.is_ascii() {
        return text.to_string();
    }
    let mut width = 0;
    let mut start = 0;
    if bytes.len() > EXCERPT_WIDTH && bytes[..=EXCERPT_WIDTH].is_ascii() {
        // one column a byte: the width is passed at byte EXCERPT_WIDTH
        width = EXCERPT_WIDTH;
        start = EXCERPT_WIDTH;
    }
    for (i, c) in text[start..].char_indices() {
        let i = i + start;
        width += if tokenize::is_unspaced(c) { 2 } else { 1 };
        if width > EXCERPT_WIDTH {
            let cut = &text[..i];
            return match cut.rfind(' ') {
                Some(j) if j > i / 2 => format!("{}…", &cut[..j]),
                _ => format!("{cut}…"),
            };
        }
    }
    text.to_string()
}

/// The anchor the client derives from a heading (`slug` in search.js): runs of letters, digits and
/// marks, each character lower-cased on its own, joined by `-`. Where the page's anchor differs (a
/// custom id, a numbered duplicate, a cut), the record keeps the anchor.
pub fn heading_slug(heading: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in heading.chars() {
        if slug_keeps(c) {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            match simple_lower(c) {
                Some(l) => out.push(l),
                None => out.extend(c.to_lowercase()),
            }
        } else {
            dash = true;
        }
    }
    out
}

/// Whether `anchor` is `heading_slug(heading)`: compared as the slug is made, with no string built.
pub fn is_heading_slug(heading: &str, anchor: &str) -> bool {
    let mut rest = anchor.as_bytes();
    let mut take = |s: &str| match rest.strip_prefix(s.as_bytes()) {
        Some(r) => {
            rest = r;
            true
        }
        None => false,
    };
    let mut dash = false;
    let mut started = false;
    let mut buf = [0u8; 4];
    for c in heading.chars() {
        if !slug_keeps(c) {
            dash = true;
            continue;
        }
        if dash && started && !take("-") {
            return false;
        }
        dash = false;
        started = true;
        let matched = match simple_lower(c) {
            Some(l) => take(l.encode_utf8(&mut buf)),
            None => c.to_lowercase().all(|l| take(l.encode_utf8(&mut buf))),
        };
        if !matched {
            return false;
        }
    }
    rest.is_empty()
}

/// The characters a heading's slug keeps: letters, digits and marks. The scripts helpgen ships
/// (Latin, Cyrillic, Han) are answered by ranges; other characters by the Unicode tables (a
/// test checks the ranges against the tables for every character).
fn slug_keeps(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x400..=0x481 | 0x48A..=0x52F | 0x4E00..=0x9FFF => true,
        _ => c.is_alphabetic() || c.is_numeric() || unicode_normalization::char::is_combining_mark(c),
    }
}

/// `c` lower-cased where that is one character and found by a range (ASCII, Latin-1, Cyrillic,
/// Han); `None`: ask `char::to_lowercase`.
fn simple_lower(c: char) -> Option<char> {
    let u = c as u32;
    let l = match u {
        0..=0x7F => return Some(c.to_ascii_lowercase()),
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0xDF..=0xFF | 0x430..=0x45F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF => u,
        0x410..=0x42F => u + 0x20,
        0x400..=0x40F => u + 0x50,
        _ => return None,
    };
    char::from_u32(l)
}

/// The weight of a posting (BM25 term frequency times the title and page boosts) in sixteen steps:
/// `WEIGHT_BASE * WEIGHT_STEP^level`, as the client reads it.
fn weight_level(w: f64) -> u64 {
    ((w / WEIGHT_BASE).ln() / WEIGHT_STEP.ln()).round().clamp(0.0, 15.0) as u64
}

/// `weight_level` for many postings: the weights where each level starts (`bounds[k]`: the
/// smallest weight of level `k + 1`), found once, so that a level is a few comparisons.
struct Levels {
    bounds: [f64; 15],
}

impl Levels {
    fn new() -> Self {
        let mut bounds = [0.0; 15];
        for (k, b) in bounds.iter_mut().enumerate() {
            // bisect for the first weight whose level exceeds k (the level grows with the weight)
            let (mut lo, mut hi) = (0.0f64, 1e6f64);
            for _ in 0..200 {
                let mid = lo + (hi - lo) / 2.0;
                if mid <= lo || mid >= hi {
                    break;
                }
                if weight_level(mid) > k as u64 { hi = mid } else { lo = mid }
            }
            *b = hi;
        }
        Levels { bounds }
    }

    fn level(&self, w: f64) -> u64 {
        self.bounds.partition_point(|&b| b <= w) as u64
    }
}

/// The number of digits `varint` writes for `v`.
fn varint_len(v: u64) -> usize {
    ((64 - v.leading_zeros()).max(1) as usize).div_ceil(5)
}

/// Appends `v` as a big-endian base-32 varint in `POSTING_DIGITS`.
fn varint(out: &mut String, v: u64) {
    if v < 32 {
        out.push(char::from(POSTING_DIGITS[v as usize]));
        return;
    }
    let mut digits = [0u8; 13];
    let mut n = 0;
    let mut v = v;
    loop {
        digits[n] = (v & 31) as u8;
        n += 1;
        v >>= 5;
        if v == 0 {
            break;
        }
    }
    for i in (0..n).rev() {
        let d = digits[i] + if i > 0 { 32 } else { 0 };
        out.push(char::from(POSTING_DIGITS[usize::from(d)]));
    }
}

#[derive(Clone, Copy)]
struct Posting {
    entry: u32,
    /// Occurrences in the entry (saturating: BM25's term frequency saturates long before).
    tf: u16,
    flags: u8,
    /// Through a synonym: half weight, no title flags.
    syn: bool,
}

fn add(list: &mut Vec<Posting>, entry: u32, flags: u8) {
    // entries are indexed in order, so a term's current entry is its last posting
    match list.last_mut() {
        Some(p) if p.entry == entry => {
            p.tf = p.tf.saturating_add(1);
            p.flags |= flags;
        }
        _ => list.push(Posting { entry, tf: 1, flags, syn: false }),
    }
}

/// The builder's hasher: its keys are short words and integers, where SipHash (the default) costs
/// more than the rest of a lookup. Eight bytes at a time, each step a multiply folded to 64 bits.
#[derive(Default, Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    fn mix(&mut self, v: u64) {
        let m = u128::from(self.0 ^ v ^ 0xcbf2_9ce4_8422_2325) * 0x9E37_79B9_7F4A_7C15;
        self.0 = (m as u64) ^ ((m >> 64) as u64);
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.mix(u64::from_le_bytes(c.try_into().expect("eight bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            // the length keeps "a" and "a\0" apart
            self.mix(u64::from_le_bytes(buf) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u64(&mut self, v: u64) {
        self.mix(v);
    }

    fn write_u32(&mut self, v: u32) {
        self.mix(u64::from(v));
    }
}

type FastHash = std::hash::BuildHasherDefault<Fnv>;
type FastMap<K, V> = HashMap<K, V, FastHash>;

/// A token as the builder keeps it: its term and, where the written form differs, that form.
#[derive(Clone, Copy)]
struct TokenId {
    term: u32,
    /// `NO_FORM` when the token is written as its term.
    form: u32,
}

const NO_FORM: u32 = u32::MAX;

/// Whitespace-separated chunks up to this many bytes are tokenized once per language and then
/// looked up (most words recur: this is most of the index build's speed).
const CACHED_CHUNK_BYTES: usize = 64;

/// Chunks up to this many bytes are looked up by `small_key`.
const SMALL_CHUNK_BYTES: usize = 15;

/// A chunk of up to `SMALL_CHUNK_BYTES` as one integer: its bytes (little-endian, zero-padded) and,
/// in the last byte, its length. Built from overlapping loads in registers: copying the chunk into
/// a buffer and reading it back as one integer stalls the CPU (a store it cannot forward), which
/// was a tenth of `index_text`'s time.
fn small_key(chunk: &[u8]) -> u128 {
    let len = chunk.len();
    debug_assert!(len <= SMALL_CHUNK_BYTES);
    let u64_at = |i: usize| u64::from_le_bytes(chunk[i..i + 8].try_into().expect("8 bytes"));
    let u32_at = |i: usize| u64::from(u32::from_le_bytes(chunk[i..i + 4].try_into().expect("4 bytes")));
    let (lo, hi) = if len >= 8 {
        // bytes 8.. are the top `len - 8` bytes of the last eight
        (u64_at(0), if len == 8 { 0 } else { u64_at(len - 8) >> (8 * (16 - len)) })
    } else if len >= 4 {
        (u32_at(0) | ((u32_at(len - 4) >> (8 * (8 - len))) << 32), 0)
    } else if len > 0 {
        let b = |i: usize| u64::from(chunk[i]) << (8 * i);
        (b(0) | b(len / 2) | b(len - 1), 0)
    } else {
        (0, 0)
    };
    u128::from(lo) | (u128::from(hi | ((len as u64) << 56)) << 64)
}

/// The length of the chunk at the start of `bytes` (up to the first ASCII whitespace) and whether
/// it has a byte from 0xE0 up (a character from U+0800: where the unspaced scripts are). Eight
/// bytes at a time while eight are left, so that a word costs no branch per byte.
fn chunk_end(bytes: &[u8]) -> (usize, bool) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut at = 0;
    let mut high = false;
    while at + 8 <= bytes.len() {
        let w = u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
        // bytes below 0x21, where the ASCII whitespace is (flagged exactly for the lowest such byte)
        let low = w.wrapping_sub(ONES * 0x21) & !w & HIGH;
        let n = if low == 0 { 8 } else { low.trailing_zeros() as usize / 8 };
        // bytes 0xE0-0xFF: the top three bits set
        let mask = if n == 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
        high |= (w & (w << 1) & (w << 2) & HIGH & mask) != 0;
        at += n;
        if n < 8 {
            if bytes[at].is_ascii_whitespace() {
                return (at, high);
            }
            // a control character that is no whitespace (rare): byte by byte from here
            break;
        }
    }
    while at < bytes.len() && !bytes[at].is_ascii_whitespace() {
        high |= bytes[at] >= 0xE0;
        at += 1;
    }
    (at, high)
}

/// Chinese, Japanese and Korean punctuation at which `index_text` may split text before
/// tokenizing it: under NFKC each stays itself or becomes ASCII punctuation that is no word
/// character, joiner or case-ignorable character (so not `：`, which becomes `:`), and none composes.
const HARD_BREAKS: &[char] =
    &['，', '。', '、', '；', '！', '？', '（', '）', '「', '」', '『', '』', '《', '》', '〈', '〉'];

/// The terms of a language, their text one after another in one string: a term costs no
/// allocation of its own (a `String` as a map's key and another in a list were a fifth of the
/// instructions of indexing Chinese, whose bigrams are most of its terms, with freeing them).
#[derive(Default)]
struct Terms {
    text: String,
    /// Where each term ends in `text` (it starts where the one before ends).
    ends: Vec<u32>,
    /// Term ids, found by the hash of their text.
    table: hashbrown::HashTable<u32>,
}

impl Terms {
    fn hash(term: &str) -> u64 {
        let mut h = Fnv::default();
        std::hash::Hasher::write(&mut h, term.as_bytes());
        std::hash::Hasher::finish(&h)
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, i: usize) -> &str {
        Self::at(&self.text, &self.ends, i)
    }

    fn at<'a>(text: &'a str, ends: &[u32], i: usize) -> &'a str {
        let start = if i == 0 { 0 } else { ends[i - 1] as usize };
        &text[start..ends[i] as usize]
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| self.get(i))
    }

    /// The id of `term`, whose `Terms::hash` is `hash`.
    fn find(&self, term: &str, hash: u64) -> Option<usize> {
        self.table.find(hash, |&i| self.get(i as usize) == term).map(|&i| i as usize)
    }

    fn lookup(&self, term: &str) -> Option<usize> {
        self.find(term, Self::hash(term))
    }

    /// Adds a term not in the list; returns its id.
    fn insert(&mut self, term: &str, hash: u64) -> usize {
        let i = self.ends.len();
        self.text.push_str(term);
        self.ends.push(u32::try_from(self.text.len()).expect("a language's terms fit in 4 GiB"));
        let Terms { text, ends, table } = self;
        table.insert_unique(hash, i as u32, |&k| Self::hash(Self::at(text, ends, k as usize)));
        i
    }
}

/// Index terms of one language as they are collected.
#[derive(Default)]
struct Vocabulary {
    terms: Terms,
    postings: Vec<Vec<Posting>>,
    cjk: Vec<bool>,
    /// Seen as written (the exact form is the folded one).
    plain: Vec<bool>,
    /// Exact forms that differ from their term: form → index in `forms`.
    form_ids: FastMap<String, usize>,
    /// (form, term id, postings).
    forms: Vec<(String, usize, Vec<Posting>)>,
    /// The tokens of each whitespace-separated chunk of text seen so far: chunk → range of
    /// `chunk_tokens`; chunks of up to `SMALL_CHUNK_BYTES` by `small_key` (no string to compare).
    chunks: FastMap<Box<str>, (u32, u32)>,
    small_chunks: FastMap<u128, (u32, u32)>,
    chunk_tokens: Vec<TokenId>,
    /// Tokens of looked-up chunks waiting to be posted (see `index_text`).
    pending: Vec<TokenId>,
    /// The terms' occurrences in order, as `term << 32 | entry << 2 | flags`, until `finish`
    /// makes them postings: appending here is a write to the end of one list, where adding to each
    /// term's list as it came was two loads from far away in memory per token (half the time of
    /// indexing Chinese went to waiting for them).
    occurrences: Vec<u64>,
    /// The ids of unspaced tokens (a character or a bigram), by their characters.
    unspaced: FastMap<u64, TokenId>,
    /// Of the entry being indexed: single characters that end a run (with their flags), and the
    /// characters that start a bigram. A single character is indexed only for entries where no
    /// bigram starts with it (for a one-character query the client adds those bigrams).
    singles: Vec<(TokenId, u8, char)>,
    /// By character (below `STARTS_TABLE`): 1 + the last entry where a bigram starts with it.
    bigram_starts: Vec<u32>,
    /// Of the entry being indexed: characters beyond `STARTS_TABLE` that start a bigram.
    bigram_starts_beyond: HashSet<char, FastHash>,
}

/// Characters below this have a slot in `Vocabulary::bigram_starts` (the CJK extensions end at U+3134F).
const STARTS_TABLE: usize = 0x40000;

impl Vocabulary {
    fn id(&mut self, term: &str, cjk: bool) -> usize {
        let hash = Terms::hash(term);
        if let Some(i) = self.terms.find(term, hash) {
            return i;
        }
        let i = self.terms.insert(term, hash);
        self.postings.push(Vec::new());
        self.cjk.push(cjk);
        self.plain.push(false);
        i
    }

    /// The ids of a token (creating them the first time).
    fn token(&mut self, term: &str, exact: &str, cjk: bool) -> TokenId {
        let id = self.id(term, cjk);
        if exact == term {
            self.plain[id] = true;
            return TokenId { term: id as u32, form: NO_FORM };
        }
        let form = match self.form_ids.get(exact) {
            Some(&f) => f,
            None => {
                let f = self.forms.len();
                self.form_ids.insert(exact.to_string(), f);
                self.forms.push((exact.to_string(), id, Vec::new()));
                f
            }
        };
        TokenId { term: id as u32, form: form as u32 }
    }

    /// As `token`, for the unspaced tokens (one or two characters, the term as written).
    fn unspaced_token(&mut self, term: &str) -> TokenId {
        let mut cs = term.chars();
        match (cs.next(), cs.next(), cs.next()) {
            (Some(a), b, None) => self.unspaced_pair(a, b),
            _ => self.token(term, term, true),
        }
    }

    /// The token of the unspaced character `a` (and `b`: a bigram), as written.
    fn unspaced_pair(&mut self, a: char, b: Option<char>) -> TokenId {
        let key = (u64::from(a as u32) << 32) | b.map_or(u64::from(u32::MAX), |b| u64::from(b as u32));
        if let Some(&t) = self.unspaced.get(&key) {
            return t;
        }
        let mut term = String::with_capacity(8);
        term.push(a);
        term.extend(b);
        let t = self.token(&term, &term, true);
        self.unspaced.insert(key, t);
        t
    }

    /// Notes that a bigram of `entry` starts with `first` (see `singles`).
    fn bigram_starts_with(&mut self, first: char, entry: u32) {
        if self.bigram_starts.is_empty() {
            self.bigram_starts = vec![0; STARTS_TABLE];
        }
        match self.bigram_starts.get_mut(first as usize) {
            Some(last) => *last = entry + 1,
            None => {
                self.bigram_starts_beyond.insert(first);
            }
        }
    }

    /// Indexes a run of Han ideographs and Hangul syllables (`tokenize::is_plain_unspaced`: no
    /// case, unchanged by NFKC) straight from its characters: the tokens `for_each_token_kind`
    /// gives it (its bigrams, left in `pending` to be posted, then its characters, of which only
    /// the last can be posted as a single). Returns the number of tokens.
    fn index_plain_run(&mut self, run: &str, entry: u32, flags: u8, pending: &mut Vec<TokenId>) -> usize {
        let mut chars = run.chars();
        let Some(mut prev) = chars.next() else { return 0 };
        let mut n = 1;
        for c in chars {
            let t = self.unspaced_pair(prev, Some(c));
            self.bigram_starts_with(prev, entry);
            pending.push(t);
            prev = c;
            n += 1;
        }
        let t = self.unspaced_pair(prev, None);
        self.singles.push((t, flags, prev));
        if n == 1 { 1 } else { 2 * n - 1 }
    }

    fn post(&mut self, t: TokenId, entry: u32, flags: u8) {
        debug_assert!(flags < 4 && entry < 1 << 30);
        self.occurrences.push((u64::from(t.term) << 32) | (u64::from(entry) << 2) | u64::from(flags));
        if t.form != NO_FORM {
            add(&mut self.forms[t.form as usize].2, entry, flags);
        }
    }

    /// Turns the occurrences into each term's postings (entries in order; a posting's count of
    /// occurrences, saturating, and the OR of their flags): sorted by term with one counting pass
    /// and one placing pass.
    fn finish(&mut self) {
        let occurrences = std::mem::take(&mut self.occurrences);
        let terms = self.postings.len();
        // where each term's occurrences start in `sorted` (u32: half the cache lines of usize)
        let mut start = vec![0u32; terms + 1];
        for &o in &occurrences {
            start[(o >> 32) as usize + 1] += 1;
        }
        for t in 0..terms {
            start[t + 1] += start[t];
        }
        let mut next = start.clone();
        // (entry << 2 | flags) by term, entries in order within a term
        let mut sorted = vec![0u32; occurrences.len()];
        for &o in &occurrences {
            let slot = &mut next[(o >> 32) as usize];
            sorted[*slot as usize] = o as u32;
            *slot += 1;
        }
        drop(occurrences);
        for (t, list) in self.postings.iter_mut().enumerate() {
            let run = &sorted[start[t] as usize..start[t + 1] as usize];
            let Some(&first) = run.first() else { continue };
            let distinct = 1 + run.windows(2).filter(|w| w[0] >> 2 != w[1] >> 2).count();
            list.reserve_exact(distinct);
            let mut p = Posting { entry: first >> 2, tf: 0, flags: 0, syn: false };
            for &x in run {
                if x >> 2 != p.entry {
                    list.push(p);
                    p = Posting { entry: x >> 2, tf: 0, flags: 0, syn: false };
                }
                p.tf = p.tf.saturating_add(1);
                p.flags |= (x & 3) as u8;
            }
            list.push(p);
        }
    }

    /// Indexes one entry (`entry` is its number); returns its length in tokens. Title tokens
    /// get flag 1, page-title tokens flag 2 (a posting's flags are the OR of its occurrences').
    fn index_entry(&mut self, e: &Entry, entry: u32) -> usize {
        let mut len = self.index_text(&e.title, entry, 1);
        self.index_text(&e.page, entry, 2);
        len += self.index_text(&e.text, entry, 0);
        len += self.index_text(&e.extra, entry, 0);
        self.index_text(&e.refs, entry, 2);
        let singles = std::mem::take(&mut self.singles);
        for &(t, flags, c) in &singles {
            let started = match self.bigram_starts.get(c as usize) {
                Some(&last) => last == entry + 1,
                None => self.bigram_starts_beyond.contains(&c),
            };
            if !started {
                self.post(t, entry, flags);
            }
        }
        self.singles = singles;
        self.singles.clear();
        self.bigram_starts_beyond.clear();
        len
    }

    /// Indexes `text` for `entry`: the tokens of `for_each_token_kind(text, Mode::Index, ..)`,
    /// split first at ASCII whitespace and, in text of unspaced scripts, at the punctuation in
    /// `HARD_BREAKS` (no rule joins across them: not word characters, joiners, case-ignorable or
    /// composing under NFKC). Chunks of spaced scripts are tokenized once per language and looked
    /// up after that. Returns the number of tokens.
    fn index_text(&mut self, text: &str, entry: u32, flags: u8) -> usize {
        let mut pending = std::mem::take(&mut self.pending);
        let count = self.index_text_into(text, entry, flags, &mut pending);
        for &t in &pending {
            self.post(t, entry, flags);
        }
        pending.clear();
        self.pending = pending;
        count
    }

    /// `index_text`, leaving the tokens of chunks seen before in `pending` to be posted.
    fn index_text_into(&mut self, text: &str, entry: u32, flags: u8, pending: &mut Vec<TokenId>) -> usize {
        let mut count = 0;
        let mut scratch: Vec<(TokenId, Kind, char)> = Vec::new();
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let start = at;
            // U+0800 and up (lead bytes from 0xE0): where the unspaced scripts are; their chunks
            // are long and rarely recur
            let (len, high) = chunk_end(&bytes[at..]);
            at += len;
            let chunk = &text[start..at];
            at += 1;
            if chunk.is_empty() {
                continue;
            }
            let cached = chunk.len() <= CACHED_CHUNK_BYTES && !high;
            let small = (chunk.len() <= SMALL_CHUNK_BYTES).then(|| small_key(chunk.as_bytes()));
            let seen = match (cached, small) {
                (false, _) => None,
                (true, Some(key)) => self.small_chunks.get(&key),
                (true, None) => self.chunks.get(chunk),
            };
            if let Some(&(start, len)) = seen {
                // posted together later: lookups of one chunk after another overlap in the CPU
                pending.extend_from_slice(&self.chunk_tokens[start as usize..(start + len) as usize]);
                count += len as usize;
                continue;
            }
            for piece in chunk.split(HARD_BREAKS) {
                if !piece.is_empty() && piece.chars().all(tokenize::is_plain_unspaced) {
                    count += self.index_plain_run(piece, entry, flags, pending);
                    continue;
                }
                scratch.clear();
                for_each_token_kind(piece, Mode::Index, |term, exact, kind| {
                    let t = match kind {
                        Kind::Word => self.token(term, exact, false),
                        // counted, but never indexed: a bigram starts with it
                        Kind::Single { run_end: false } => TokenId { term: u32::MAX, form: NO_FORM },
                        _ => self.unspaced_token(term),
                    };
                    scratch.push((t, kind, term.chars().next().unwrap_or(' ')));
                });
                count += scratch.len();
                if cached && scratch.iter().all(|&(_, kind, _)| kind == Kind::Word) {
                    let start = self.chunk_tokens.len() as u32;
                    self.chunk_tokens.extend(scratch.iter().map(|&(t, _, _)| t));
                    let range = (start, scratch.len() as u32);
                    match small {
                        Some(key) => self.small_chunks.insert(key, range),
                        None => self.chunks.insert(chunk.into(), range),
                    };
                }
                for &(t, kind, first) in &scratch {
                    match kind {
                        Kind::Word => self.post(t, entry, flags),
                        Kind::Bigram => {
                            self.bigram_starts_with(first, entry);
                            self.post(t, entry, flags);
                        }
                        Kind::Single { run_end: true } => self.singles.push((t, flags, first)),
                        Kind::Single { run_end: false } => {}
                    }
                }
            }
        }
        count
    }
}

/// Folded stems of the terms (`None`: no stemmer, unspaced script, or a stem under three letters).
fn stems_of(stem: Option<&rust_stemmers::Stemmer>, v: &Vocabulary) -> Vec<Option<String>> {
    v.terms
        .iter()
        .zip(&v.cjk)
        .map(|(t, &cjk)| {
            let st = stem.filter(|_| !cjk)?;
            let s = tokenize::fold(&st.stem(t));
            (s.chars().count() >= 3).then_some(s)
        })
        .collect()
}

/// Lists the entries of each compound word under its parts too (`compounds::split`), as through a
/// synonym (half weight): a part finds the compound, ranked below the part itself.
fn decompound(v: &mut Vocabulary) {
    let mut additions: Vec<(String, usize)> = Vec::new();
    for i in 0..v.terms.len() {
        if v.cjk[i] || v.postings[i].is_empty() {
            continue;
        }
        let known = |w: &str| v.terms.lookup(w).is_some_and(|j| !v.postings[j].is_empty());
        if let Some((head, tail)) = compounds::split(v.terms.get(i), known) {
            additions.push((head, i));
            additions.push((tail, i));
        }
    }
    for (part, from) in additions {
        let id = v.id(&part, false);
        let source: Vec<Posting> = v.postings[from].clone();
        let list = &mut v.postings[id];
        let have: HashSet<u32> = list.iter().map(|p| p.entry).collect();
        list.extend(source.into_iter().filter(|p| !have.contains(&p.entry)).map(|p| Posting { syn: true, ..p }));
        list.sort_by_key(|p| p.entry);
    }
}

/// Adds to every word of a synonym group the entries of the other words and of their stem groups.
fn apply_synonyms(stem: Option<&rust_stemmers::Stemmer>, v: &mut Vocabulary, groups: &[Vec<String>]) {
    let stems = stems_of(stem, v);
    let mut by_stem: HashMap<&str, Vec<usize>> = HashMap::new();
    for (id, s) in stems.iter().enumerate() {
        if let Some(s) = s {
            by_stem.entry(s.as_str()).or_default().push(id);
        }
    }
    let source = |w: &str| -> Vec<usize> {
        let mut ids: Vec<usize> = v.terms.lookup(w).into_iter().collect();
        if let Some(st) = stem {
            let s = tokenize::fold(&st.stem(w));
            ids.extend(by_stem.get(s.as_str()).into_iter().flatten().filter(|&&i| Some(i) != v.terms.lookup(w)));
        }
        ids
    };
    let mut additions: Vec<(String, BTreeMap<u32, u16>)> = Vec::new();
    for group in groups {
        for w in group {
            let mut found: BTreeMap<u32, u16> = BTreeMap::new();
            for other in group.iter().filter(|o| *o != w) {
                for id in source(other) {
                    for p in &v.postings[id] {
                        let tf = found.entry(p.entry).or_default();
                        *tf = (*tf).max(p.tf);
                    }
                }
            }
            additions.push((w.clone(), found));
        }
    }
    for (w, found) in additions {
        let id = v.id(&w, false);
        let have: HashSet<u32> = v.postings[id].iter().map(|p| p.entry).collect();
        let list = &mut v.postings[id];
        list.extend(found.into_iter().filter(|(e, _)| !have.contains(e)).map(|(entry, tf)| Posting {
            entry,
            tf,
            flags: 0,
            syn: true,
        }));
        list.sort_by_key(|p| p.entry);
    }
}

/// Splits `items` (key, bytes) into `n` files by `hash_mod(key, n)`; `n` is a power of two near
/// `total / per_file`.
fn file_count(total: usize, per_file: usize, max: usize) -> usize {
    (total / per_file.max(1)).max(1).next_power_of_two().min(max)
}

/// Builds the files of one language's index: path below `search/<prefix>/` → bytes. The terms
/// and the records are built side by side (the last language's index is what a build waits for).
pub fn build_language(
    lang: &str,
    prefix: &str,
    entries: &[Entry],
    synonyms: &[Vec<String>],
) -> BTreeMap<String, Vec<u8>> {
    let (terms, records) =
        rayon::join(|| term_files(lang, prefix, entries, synonyms), || record_files(prefix, entries));
    let mut out = terms.files;
    out.extend(records.files);
    if !terms.variants.is_empty() {
        out.insert(
            "z.js".into(),
            script_text(&format!("{prefix}/z"), &serde_json::to_string(&terms.variants).expect("json")),
        );
    }
    let meta = Meta {
        n: entries.len(),
        avg: (terms.avg * 100.0).round() / 100.0,
        s: terms.shards,
        q: terms.externals,
        y: terms.typos,
        u: records.common,
        p: records.per_page,
        c: records.per_chunk,
        sw: stopwords::of(lang).join(" "),
        k: u8::from(compounds::applies(lang)),
        z: u8::from(!terms.variants.is_empty()),
    };
    out.insert(
        "meta.js".into(),
        script_text(&format!("{prefix}/meta"), &serde_json::to_value(meta).expect("meta").to_string()),
    );
    out
}

/// The term files of a language (`t-`, `q-` and `y-<n>.js`), with what `meta.js` says of them.
struct TermFiles {
    files: BTreeMap<String, Vec<u8>>,
    /// The average entry length in tokens.
    avg: f64,
    shards: usize,
    externals: usize,
    typos: usize,
    /// `variants::replacements` of the index's Han characters (empty: none).
    variants: String,
}

/// The record files of a language (`d-<n>.js`), with what `meta.js` says of them.
struct RecordFiles {
    files: BTreeMap<String, Vec<u8>>,
    /// The start common to every page's path (left out of the records).
    common: String,
    /// Varints: records per page, pages per file.
    per_page: String,
    per_chunk: String,
}

fn term_files(lang: &str, prefix: &str, entries: &[Entry], synonyms: &[Vec<String>]) -> TermFiles {
    let stem = stemmer(lang);
    let mut v = Vocabulary::default();
    // room for every occurrence at once (a token takes two bytes of text or more; a Han bigram
    // three): grown by doubling, the list was copied to fresh memory again and again, a twelfth
    // of the builder's time in a build (the copies and the kernel's page faults)
    let text_bytes: usize = entries.iter().map(|e| e.title.len() + e.page.len() + e.text.len() + e.extra.len()).sum();
    v.occurrences.reserve(text_bytes / 2);
    let mut lengths = Vec::with_capacity(entries.len());
    for (id, e) in entries.iter().enumerate() {
        let id = id as u32;
        let len = v.index_entry(e, id);
        lengths.push(len);
    }
    v.finish();
    if compounds::applies(lang) {
        decompound(&mut v);
    }
    if !synonyms.is_empty() {
        apply_synonyms(stem.as_ref(), &mut v, synonyms);
    }
    let avg = if lengths.is_empty() { 1.0 } else { lengths.iter().sum::<usize>() as f64 / lengths.len() as f64 };
    let levels = Levels::new();
    // through another word (a synonym, a compound's part): half the weight, in the same fields
    let boost = |flags: u8, syn: bool| {
        (1.0 + 1.5 * f64::from(flags & 1) + 0.5 * f64::from(flags >> 1)) * if syn { 0.5 } else { 1.0 }
    };
    let weight = |tf: u16, norm: f64, flags: u8, syn: bool| {
        let tf = f64::from(tf);
        levels.level(tf * (K1 + 1.0) / (tf + norm) * boost(flags, syn))
    };
    // per entry: BM25's length normalization, and the level of one occurrence (most postings)
    // under each of the title flags (0-3)
    let norms: Vec<f64> = lengths.iter().map(|&len| K1 * (1.0 - B + B * len as f64 / avg.max(1.0))).collect();
    let once: Vec<[u8; 4]> = norms.iter().map(|&norm| [0, 1, 2, 3].map(|f| weight(1, norm, f, false) as u8)).collect();
    let level = |p: &Posting| -> u64 {
        if p.tf == 1 && !p.syn && p.flags < 4 {
            return u64::from(once[p.entry as usize][usize::from(p.flags)]);
        }
        weight(p.tf, norms[p.entry as usize], p.flags, p.syn)
    };
    let n = entries.len();
    let varints = |list: &[Posting], level: &dyn Fn(usize, &Posting) -> u64| -> String {
        let mut out = String::with_capacity(list.len() * 2);
        let mut last = 0u32;
        for (k, p) in list.iter().enumerate() {
            varint(&mut out, (u64::from(p.entry - last) << 4) | level(k, p));
            last = p.entry;
        }
        out
    };
    let encode = |list: &[Posting]| -> String {
        // a word in more than one entry in sixteen: a bitmap when shorter, at the list's median weight
        if list.len() <= n / 16 || list.len() <= 64 {
            return varints(list, &|_, p| level(p));
        }
        let mut levels: Vec<u64> = list.iter().map(level).collect();
        let mut digits = 0;
        let mut last = 0u32;
        for (p, &l) in list.iter().zip(&levels) {
            digits += varint_len((u64::from(p.entry - last) << 4) | l);
            last = p.entry;
        }
        let last = last as usize;
        if last / 6 + 3 >= digits {
            return varints(list, &|k, _| levels[k]);
        }
        let middle = levels.len() / 2;
        let (_, &mut median, _) = levels.select_nth_unstable(middle);
        let mut bits = vec![0u8; last / 6 + 1];
        for p in list {
            bits[p.entry as usize / 6] |= 1 << (p.entry % 6);
        }
        let mut out = String::with_capacity(bits.len() + 2);
        out.push('!');
        out.push(char::from(POSTING_DIGITS[median as usize]));
        out.extend(bits.into_iter().map(|b| char::from(POSTING_DIGITS[usize::from(b)])));
        out
    };
    // a single character of an unspaced script keeps only the entries where no bigram starts with
    // it (`index_entry` does so as it goes; synonyms can add bigrams' entries after that). Only
    // the synonyms' words have new entries: only the characters that are such a word or start one
    // can have entries to drop.
    let changed: HashSet<char, FastHash> = synonyms
        .iter()
        .flatten()
        .filter_map(|w| v.terms.lookup(w).filter(|&i| v.cjk[i]))
        .filter_map(|i| {
            let mut cs = v.terms.get(i).chars();
            match (cs.next(), cs.next(), cs.next()) {
                (Some(a), _, None) => Some(a),
                _ => None,
            }
        })
        .collect();
    if !changed.is_empty() {
        let mut starts: FastMap<char, HashSet<u32, FastHash>> = FastMap::default();
        for (i, t) in v.terms.iter().enumerate() {
            let mut cs = t.chars();
            if let (true, Some(a), Some(_), None) = (v.cjk[i], cs.next(), cs.next(), cs.next())
                && changed.contains(&a)
            {
                starts.entry(a).or_default().extend(v.postings[i].iter().map(|p| p.entry));
            }
        }
        for i in 0..v.terms.len() {
            let mut cs = v.terms.get(i).chars();
            if let (true, Some(a), None) = (v.cjk[i], cs.next(), cs.next())
                && let Some(covered) = starts.get(&a)
            {
                v.postings[i].retain(|p| !covered.contains(&p.entry));
            }
        }
    }
    let stems = stems_of(stem.as_ref(), &v);
    let order: Vec<usize> = (0..v.terms.len()).filter(|&i| !v.postings[i].is_empty()).collect();
    // by the terms' first sixteen bytes as one big-endian integer (the order of the bytes) beside
    // the id, then by the whole term where those are equal: no string compared for most pairs
    let first_bytes = |t: &str| {
        let mut buf = [0u8; 16];
        let n = t.len().min(16);
        buf[..n].copy_from_slice(&t.as_bytes()[..n]);
        u128::from_be_bytes(buf)
    };
    let mut keyed: Vec<(u128, u32)> = order.iter().map(|&i| (first_bytes(v.terms.get(i)), i as u32)).collect();
    keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| v.terms.get(a.1 as usize).cmp(v.terms.get(b.1 as usize))));
    let order: Vec<usize> = keyed.into_iter().map(|(_, i)| i as usize).collect();
    let encoded: Vec<String> = (0..v.terms.len()).map(|i| encode(&v.postings[i])).collect();
    let inline = |i: usize| encoded[i].len() <= INLINE_POSTINGS;

    // accented forms, where a term is written in more than one way
    let mut form_count: HashMap<usize, usize> = HashMap::new();
    for (_, id, _) in &v.forms {
        *form_count.entry(*id).or_default() += 1;
    }
    let mut forms: Vec<(&String, usize, String)> = v
        .forms
        .iter()
        .filter(|(_, id, _)| form_count[id] + usize::from(v.plain[*id]) > 1)
        .map(|(form, id, list)| (form, *id, encode(list)))
        .collect();
    forms.sort();

    let shard_bytes: usize =
        order.iter().map(|&i| v.terms.get(i).len() + if inline(i) { encoded[i].len() + 4 } else { 4 }).sum();
    let shards = file_count(shard_bytes, 2_500, 256);
    let external_bytes: usize =
        order.iter().filter(|&&i| !inline(i)).map(|&i| encoded[i].len() + v.terms.get(i).len() + 6).sum();
    let externals = if external_bytes == 0 { 0 } else { file_count(external_bytes, 12_000, 128) };
    let typo_terms: Vec<usize> =
        order.iter().copied().filter(|&i| !v.cjk[i] && v.terms.get(i).chars().count() >= 5).collect();
    let typo_bytes: usize = typo_terms.iter().map(|&i| v.terms.get(i).len() + 1).sum();
    let typos = if typo_terms.is_empty() { 0 } else { file_count(typo_bytes, 4_000, 64) };

    #[derive(Default)]
    struct Shard {
        words: Vec<usize>,
        forms: Vec<usize>,
    }
    let mut files: Vec<Shard> = (0..shards).map(|_| Shard::default()).collect();
    for &i in &order {
        files[shard_of(v.terms.get(i), shards)].words.push(i);
    }
    for (k, (_, id, _)) in forms.iter().enumerate() {
        files[shard_of(v.terms.get(*id), shards)].forms.push(k);
    }
    let mut out = BTreeMap::new();
    let mut external: Vec<BTreeMap<&str, &str>> = vec![BTreeMap::new(); externals];
    for (n, shard) in files.iter().enumerate() {
        let mut text = String::from("{\"w\":");
        let words: Vec<&str> = shard.words.iter().map(|&i| v.terms.get(i)).collect();
        text.push_str(&serde_json::to_string(&words.join(" ")).expect("json"));
        // postings in the order of `w`, space-separated; `~<n>`: in `q-<n>.js`
        text.push_str(",\"p\":\"");
        for (k, &i) in shard.words.iter().enumerate() {
            if k > 0 {
                text.push(' ');
            }
            if inline(i) {
                text.push_str(&encoded[i]);
            } else {
                // by stem, so that a word and its other forms (which a query of it also needs) share a file
                let f = hash_mod(stems[i].as_deref().unwrap_or(v.terms.get(i)), externals);
                external[f].insert(v.terms.get(i), &encoded[i]);
                let _ = write!(text, "~{f}");
            }
        }
        text.push('"');
        // stem groups among the shard's terms, as positions in `w`
        let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (k, &i) in shard.words.iter().enumerate() {
            if let Some(s) = &stems[i] {
                groups.entry(s).or_default().push(k);
            }
        }
        let groups: Vec<&Vec<usize>> = groups.values().filter(|g| g.len() > 1).collect();
        if !groups.is_empty() {
            text.push_str(",\"g\":");
            text.push_str(&serde_json::to_string(&groups).expect("json"));
        }
        if !shard.forms.is_empty() {
            text.push_str(",\"x\":{");
            for (k, &f) in shard.forms.iter().enumerate() {
                if k > 0 {
                    text.push(',');
                }
                let (form, _, enc) = &forms[f];
                let _ = write!(text, "{}:\"{enc}\"", serde_json::to_string(form).expect("json"));
            }
            text.push('}');
        }
        text.push('}');
        out.insert(format!("t-{n}.js"), script_text(&format!("{prefix}/t-{n}"), &text));
    }
    for (n, table) in external.iter().enumerate() {
        out.insert(
            format!("q-{n}.js"),
            script_text(&format!("{prefix}/q-{n}"), &serde_json::to_string(table).expect("json")),
        );
    }
    let mut typo_files: Vec<Vec<&str>> = vec![Vec::new(); typos];
    for &i in &typo_terms {
        typo_files[hash_mod(&typo_key(v.terms.get(i)), typos)].push(v.terms.get(i));
    }
    for (n, words) in typo_files.iter().enumerate() {
        out.insert(
            format!("y-{n}.js"),
            script_text(&format!("{prefix}/y-{n}"), &serde_json::to_string(&words.join(" ")).expect("json")),
        );
    }

    let han: std::collections::BTreeSet<char> = (0..v.terms.len())
        .filter(|&i| v.cjk[i])
        .flat_map(|i| v.terms.get(i).chars())
        .filter(|&c| variants::is_han(c))
        .collect();
    let variants = if han.is_empty() { String::new() } else { variants::replacements(&han) };
    TermFiles { files: out, avg, shards, externals, typos, variants }
}

fn record_files(prefix: &str, entries: &[Entry]) -> RecordFiles {
    let mut out = BTreeMap::new();
    // records: pages in entry order, whole pages per file; a page's records as JSON text, each
    // `[anchor, heading, excerpt]`
    let json_str = |out: &mut String, s: &str| out.push_str(&serde_json::to_string(s).expect("json"));
    let mut pages: Vec<(&str, &str, String, usize)> = Vec::new();
    for e in entries {
        let (path, anchor) = e.url.split_once('#').unwrap_or((&e.url, ""));
        let intro = e.page.is_empty();
        let mut record = String::from("[");
        // the anchor, or 0 where the client can derive it from the heading
        if !anchor.is_empty() && is_heading_slug(&e.title, anchor) {
            record.push('0');
        } else {
            json_str(&mut record, anchor);
        }
        record.push(',');
        json_str(&mut record, if intro { "" } else { &e.title });
        record.push(',');
        json_str(&mut record, &excerpt(&e.text));
        record.push(']');
        match pages.last_mut() {
            Some((p, title, list, count)) if *p == path => {
                if intro {
                    *title = &e.title;
                }
                list.push(',');
                list.push_str(&record);
                *count += 1;
            }
            _ => pages.push((path, if intro { &e.title } else { &e.page }, record, 1)),
        }
    }
    let common = format!("{prefix}/");
    let common = if pages.iter().all(|(p, _, _, _)| p.starts_with(&common)) { common } else { String::new() };
    let mut per_page = String::new();
    let mut per_chunk = String::new();
    // each page's record as JSON text, serialized once: files are the texts joined
    let mut chunk: Vec<String> = Vec::new();
    let mut chunk_bytes = 0;
    let mut chunks = 0;
    let mut flush = |chunk: &mut Vec<String>, out: &mut BTreeMap<String, Vec<u8>>| {
        varint(&mut per_chunk, chunk.len() as u64);
        out.insert(
            format!("d-{chunks}.js"),
            script_text(&format!("{prefix}/d-{chunks}"), &format!("[{}]", chunk.join(","))),
        );
        chunk.clear();
        chunks += 1;
    };
    for (path, title, records, count) in pages {
        varint(&mut per_page, count as u64);
        // `index.html` after a `/` (or alone) is left to the client
        let rel = &path[common.len()..];
        let rel = match rel.strip_suffix("index.html") {
            Some(dir) if dir.is_empty() || dir.ends_with('/') => dir,
            _ => rel,
        };
        let mut page = String::with_capacity(records.len() + rel.len() + title.len() + 10);
        page.push('[');
        json_str(&mut page, rel);
        page.push(',');
        json_str(&mut page, title);
        page.push_str(",[");
        page.push_str(&records);
        page.push_str("]]");
        chunk_bytes += page.len();
        chunk.push(page);
        if chunk_bytes >= RECORD_CHUNK_BYTES {
            flush(&mut chunk, &mut out);
            chunk_bytes = 0;
        }
    }
    if !chunk.is_empty() {
        flush(&mut chunk, &mut out);
    }
    RecordFiles { files: out, common, per_page, per_chunk }
}

#[derive(Serialize)]
struct Meta {
    /// Entries.
    n: usize,
    /// Average entry length in tokens.
    avg: f64,
    /// Vocabulary shards, external postings files, typo shards.
    s: usize,
    q: usize,
    y: usize,
    /// What every page path starts with (left out of the records).
    u: String,
    /// Entries per page, in entry order, as varints (the client keeps at most two results of a page).
    p: String,
    /// Pages per record file, as varints.
    c: String,
    /// The language's function words (`stopwords::of`), space-separated: the client gives them
    /// almost no weight.
    sw: String,
    /// 1: the language writes compounds as one word (`compounds`); the client splits a query's
    /// unknown compound into known parts.
    k: u8,
    /// 1: `z.js` holds Chinese character variants (`variants`).
    z: u8,
}

/// A file the client loads with a `<script>` element from `file://` (where fetch is refused), and
/// over http(s) with fetch, parsing the call's argument as JSON: a call of `__helpgenSearch(key,
/// data)` with `json`, the data as JSON text; `<`, `>` and `&` are escaped so no text can close a
/// script element.
fn script_text(key: &str, json: &str) -> Vec<u8> {
    let key = serde_json::to_string(key).expect("key");
    let mut out = String::with_capacity(json.len() + key.len() + 20);
    out.push_str("__helpgenSearch(");
    out.push_str(&key);
    out.push(',');
    crate::render::push_script_safe(&mut out, json);
    out.push_str(");\n");
    out.into_bytes()
}

/// Builds every language's index (output path → bytes), with the synonyms of
/// `data/synonyms/<lang>.toml`; nothing when `[search] enabled = false`.
pub fn build(
    config: &Config,
    site: &Site,
    content: &Content,
    pages: &[RenderedPage],
) -> Result<BTreeMap<String, Vec<u8>>, Diagnostics> {
    if !config.search.enabled {
        return Ok(BTreeMap::new());
    }
    let tags: Vec<String> = site.languages.iter().map(|l| l.tag.clone()).collect();
    let synonyms = synonyms::load(&config.root, &tags)?;
    Ok(build_with(site, content, pages, &synonyms, &|_| true))
}

/// Builds the index of the languages `wanted` picks (serve rebuilds the edited languages only). The
/// synonyms files were checked by the full build before; a change to one triggers a full build again.
pub fn build_languages(
    config: &Config,
    site: &Site,
    content: &Content,
    pages: &[RenderedPage],
    wanted: &(dyn Fn(&str) -> bool + Sync),
) -> BTreeMap<String, Vec<u8>> {
    if !config.search.enabled {
        return BTreeMap::new();
    }
    let tags: Vec<String> = site.languages.iter().map(|l| l.tag.clone()).collect();
    let synonyms = synonyms::load(&config.root, &tags).unwrap_or_default();
    build_with(site, content, pages, &synonyms, wanted)
}

fn build_with(
    site: &Site,
    content: &Content,
    pages: &[RenderedPage],
    synonyms: &BTreeMap<String, synonyms::Groups>,
    wanted: &(dyn Fn(&str) -> bool + Sync),
) -> BTreeMap<String, Vec<u8>> {
    use rayon::prelude::*;
    let per_language: Vec<Vec<(String, Vec<u8>)>> = site
        .languages
        .par_iter()
        .filter(|l| wanted(&l.tag))
        .map(|l| language_files(site, content, pages, l, synonyms))
        .collect();
    per_language.into_iter().flatten().collect()
}

/// The index files of language `lang` (output path → bytes) from its rendered pages (`pages` may
/// hold other languages' pages too: they are skipped).
pub fn language_files(
    site: &Site,
    content: &Content,
    pages: &[RenderedPage],
    lang: &crate::site::Language,
    synonyms: &BTreeMap<String, synonyms::Groups>,
) -> Vec<(String, Vec<u8>)> {
    let es = entries(site, content, pages, &lang.tag);
    let syn = synonyms.get(&lang.tag).map(Vec::as_slice).unwrap_or_default();
    build_language(&lang.tag, &lang.prefix, &es, syn)
        .into_iter()
        .map(|(name, bytes)| (format!("search/{}/{name}", lang.prefix), bytes))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry<'a>(title: impl Into<Cow<'a, str>>, text: impl Into<Cow<'a, str>>) -> Entry<'a> {
        let title = title.into();
        Entry {
            url: format!("x/{title}"),
            title,
            page: "".into(),
            text: text.into(),
            extra: "".into(),
            refs: "".into(),
        }
    }

    fn all_text(files: &BTreeMap<String, Vec<u8>>, prefix: &str) -> String {
        files
            .iter()
            .filter(|(k, _)| k.starts_with(prefix))
            .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
            .collect()
    }

    #[test]
    fn shards_hold_terms_stems_and_typo_keys() {
        let files = build_language(
            "en",
            "en",
            &[entry("Refunds", "Ask for a refund"), entry("Returns", "Return within 30 days")],
            &[],
        );
        let shards = all_text(&files, "t-");
        assert!(shards.contains("refund refunds"), "{shards}");
        assert!(shards.contains("\"g\":[[5,6],[7,8]]"), "stem groups for English: {shards}");
        assert!(all_text(&files, "y-").contains("refunds"), "typo shards");
        let meta = String::from_utf8(files["meta.js"].clone()).unwrap();
        assert!(meta.starts_with("__helpgenSearch(\"en/meta\","), "{meta}");
    }

    #[test]
    fn long_postings_of_one_stem_share_a_file() {
        // 60 words in four forms each; every form in a quarter of 1,000 entries, too long to inline
        let bases: Vec<String> =
            (0..60u8).map(|k| format!("pa{}{}nt", char::from(b'a' + k % 26), char::from(b'a' + k / 26))).collect();
        let entries: Vec<Entry> = (0..1000)
            .map(|i| {
                let form = ["", "s", "ed", "ing"][i % 4];
                let text: Vec<String> = bases.iter().map(|b| format!("{b}{form}")).collect();
                entry(format!("e{i}"), text.join(" "))
            })
            .collect();
        let files = build_language("en", "en", &entries, &[]);
        let q_files: Vec<&String> = files.keys().filter(|k| k.starts_with("q-")).collect();
        assert!(q_files.len() >= 4, "{q_files:?}");
        for b in &bases {
            let holding: Vec<&&String> = q_files
                .iter()
                .filter(|k| {
                    let text = String::from_utf8_lossy(&files[k.as_str()]).into_owned();
                    ["", "s", "ed", "ing"].iter().any(|f| text.contains(&format!("\"{b}{f}\":")))
                })
                .collect();
            assert_eq!(holding.len(), 1, "{b}, {b}s, {b}ed and {b}ing in one q- file: {holding:?}");
        }
    }

    #[test]
    fn synonyms_add_the_other_words_entries() {
        let files = build_language(
            "sv",
            "sv",
            &[entry("Klagomål", "Skriv ett klagomål"), entry("Annat", "Inget här")],
            &[vec!["reklamation".into(), "klagomal".into()]],
        );
        let shards = all_text(&files, "t-");
        assert!(shards.contains("reklamation"), "a synonym that is in no page becomes a term: {shards}");
    }

    #[test]
    fn a_synonym_bigram_takes_its_new_entries_from_its_first_character() {
        let words = |files: &BTreeMap<String, Vec<u8>>| -> Vec<String> {
            let text = all_text(files, "t-");
            text.split("\"w\":\"")
                .skip(1)
                .flat_map(|rest| {
                    rest.split('"').next().unwrap_or("").split(' ').map(str::to_string).collect::<Vec<_>>()
                })
                .collect()
        };
        // 退 ends a run in the first entry, where no bigram starts with it: a term of its own
        let entries = [entry("甲", "客訴，退"), entry("乙", "退款")];
        assert!(words(&build_language("zh-Hant", "zh-hant", &entries, &[])).contains(&"退".to_string()));
        // 退款 = 客訴 gives 退款 the first entry: now a bigram there starts with 退, which keeps
        // no entry of its own
        let files = build_language("zh-Hant", "zh-hant", &entries, &[vec!["退款".into(), "客訴".into()]]);
        let words = words(&files);
        assert!(words.contains(&"退款".to_string()) && !words.contains(&"退".to_string()), "{words:?}");
    }

    /// (term, unspaced) → postings as (entry, tf, flags).
    type Postings = BTreeMap<(String, bool), Vec<(u32, u16, u8)>>;

    /// The index's postings by the definition: every token of `for_each_token(.., Mode::Index)`,
    /// then single characters dropped from the entries where a bigram starts with them.
    fn reference_postings(entries: &[Entry]) -> Postings {
        let mut out = Postings::new();
        for (id, e) in entries.iter().enumerate() {
            let id = id as u32;
            for (text, flags) in [(&e.title, 1), (&e.page, 2), (&e.text, 0), (&e.extra, 0)] {
                tokenize::for_each_token(text, Mode::Index, |term, _, cjk| {
                    let list = out.entry((term.to_string(), cjk)).or_default();
                    match list.last_mut() {
                        Some(p) if p.0 == id => {
                            p.1 += 1;
                            p.2 |= flags;
                        }
                        _ => list.push((id, 1, flags)),
                    }
                });
            }
        }
        let starts: HashSet<(char, u32)> = out
            .iter()
            .filter(|((t, cjk), _)| *cjk && t.chars().count() == 2)
            .flat_map(|((t, _), list)| list.iter().map(|p| (t.chars().next().unwrap(), p.0)))
            .collect();
        for ((t, cjk), list) in out.iter_mut() {
            if *cjk && t.chars().count() == 1 {
                let c = t.chars().next().unwrap();
                list.retain(|p| !starts.contains(&(c, p.0)));
            }
        }
        out.retain(|_, list| !list.is_empty());
        out
    }

    fn built_postings(entries: &[Entry]) -> (Postings, Vec<usize>) {
        let mut v = Vocabulary::default();
        let lengths = entries.iter().enumerate().map(|(id, e)| v.index_entry(e, id as u32)).collect();
        v.finish();
        let out = (0..v.terms.len())
            .filter(|&i| !v.postings[i].is_empty())
            .map(|i| {
                (
                    (v.terms.get(i).to_string(), v.cjk[i]),
                    v.postings[i].iter().map(|p| (p.entry, p.tf, p.flags)).collect(),
                )
            })
            .collect();
        (out, lengths)
    }

    proptest::proptest! {
        /// `index_entry`'s shortcuts (chunks looked up, text split at whitespace and CJK
        /// punctuation, single characters skipped as they go) give the postings of the definition.
        #[test]
        fn indexing_shortcuts_keep_the_definition(
            texts in proptest::collection::vec(
                proptest::string::string_regex(
                    "([a-cΣσςÅåİ ]|e-mail|don't|Ｅ|ﬁ|：|，|。|「|退款|退|款|客服|가|\u{11A8}|\u{0301}|\u{00A0}|\t|ｶ|ﾞ|\u{FF1A}|\u{FF07}){0,24}"
                ).unwrap(),
                1..6,
            )
        ) {
            let entries: Vec<Entry> = texts
                .chunks(2)
                .map(|c| Entry {
                    url: String::new(),
                    title: c[0].clone().into(),
                    page: c.get(1).cloned().unwrap_or_default().into(),
                    text: c.concat().into(),
                    extra: c[0].repeat(2).into(),
                    refs: "".into(),
                })
                .collect();
            let (built, lengths) = built_postings(&entries);
            proptest::prop_assert_eq!(built, reference_postings(&entries));
            for (e, len) in entries.iter().zip(lengths) {
                let mut n = 0;
                for text in [&e.title, &e.text, &e.extra] {
                    tokenize::for_each_token(text, Mode::Index, |_, _, _| n += 1);
                }
                proptest::prop_assert_eq!(len, n);
            }
        }
    }

    #[test]
    fn levels_by_bounds_are_weight_levels() {
        let levels = Levels::new();
        let mut w: f64 = 0.01;
        while w < 100.0 {
            for x in [w, f64::from_bits(w.to_bits() + 1), f64::from_bits(w.to_bits() - 1)] {
                assert_eq!(levels.level(x), weight_level(x), "{x}");
            }
            w *= 1.0007;
        }
        for (k, &b) in levels.bounds.iter().enumerate() {
            assert_eq!(weight_level(b), k as u64 + 1);
            assert_eq!(weight_level(f64::from_bits(b.to_bits() - 1)), k as u64);
        }
    }

    #[test]
    fn script_files_cannot_close_their_script_element() {
        let text = script_text("en/d-0", r#"["</script><b>&amp;",1]"#);
        assert_eq!(
            String::from_utf8(text).unwrap(),
            "__helpgenSearch(\"en/d-0\",[\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\",1]);\n"
        );
    }

    proptest::proptest! {
        #[test]
        fn small_keys_are_the_padded_bytes_and_length(chunk in proptest::collection::vec(proptest::num::u8::ANY, 0..=15)) {
            let mut buf = [0u8; 16];
            buf[..chunk.len()].copy_from_slice(&chunk);
            buf[15] = chunk.len() as u8;
            proptest::prop_assert_eq!(small_key(&chunk), u128::from_le_bytes(buf));
        }

        #[test]
        fn chunks_end_at_the_first_ascii_whitespace(text in "[a-z \t\n\r\x0c\x0b\x00\x1f!é中ț\u{7ff}\u{800}\u{10000}]{0,40}") {
            let bytes = text.as_bytes();
            let end = bytes.iter().position(u8::is_ascii_whitespace).unwrap_or(bytes.len());
            let high = bytes[..end].iter().any(|&b| b >= 0xE0);
            proptest::prop_assert_eq!(chunk_end(bytes), (end, high));
        }
    }

    #[test]
    fn varint_lengths_are_the_digits_written() {
        for v in [0, 1, 31, 32, 33, 1023, 1024, 1 << 20, u64::from(u32::MAX), u64::MAX] {
            let mut s = String::new();
            varint(&mut s, v);
            assert_eq!(varint_len(v), s.len(), "{v}");
        }
    }

    #[test]
    fn varints_are_big_endian_base_32() {
        let mut s = String::new();
        for v in [0, 31, 32, 1000] {
            varint(&mut s, v);
        }
        assert_eq!(s, "0Vb0_8");
    }

    #[test]
    fn slug_character_ranges_agree_with_the_unicode_tables() {
        for c in (0..0x32000).filter_map(char::from_u32) {
            let keeps = c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c);
            assert_eq!(slug_keeps(c), keeps, "{c:?} U+{:04X}", c as u32);
            if let Some(l) = simple_lower(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "{c:?} U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn heading_slugs_are_compared_as_they_are_made() {
        for (h, a) in [
            ("Ask for a refund", "ask-for-a-refund"),
            ("  Steg 2: Skriv ditt klagomål!", "steg-2-skriv-ditt-klagomål"),
            ("Întrebări frecvente?", "întrebări-frecvente"),
            ("如何聯絡客服", "如何聯絡客服"),
            ("Шағым — беру", "шағым-беру"),
            ("İstanbul ΣΑΣ", "i\u{307}stanbul-σασ"),
        ] {
            assert_eq!(heading_slug(h), a, "{h}");
            assert!(is_heading_slug(h, a), "{h}");
            let shorter = &a[..a.char_indices().last().map_or(0, |(i, _)| i)];
            for other in [shorter, "", "x", &format!("{a}-"), &format!("-{a}"), &a.replace('-', "")] {
                if other == a {
                    continue;
                }
                assert!(!is_heading_slug(h, other), "{h} / {other}");
            }
        }
        assert!(is_heading_slug("?!", ""));
    }

    #[test]
    fn heading_slugs_match_the_pages_anchors() {
        for h in
            ["Ask for a refund", "Steg 2: Skriv ditt klagomål", "Întrebări frecvente?", "如何聯絡客服", "Шағым — беру"]
        {
            assert_eq!(heading_slug(h), crate::slug::slugify(h), "{h}");
        }
    }

    #[test]
    fn excerpts_count_chinese_characters_double() {
        assert_eq!(excerpt("short"), "short");
        for n in [EXCERPT_WIDTH - 1, EXCERPT_WIDTH, EXCERPT_WIDTH + 1, EXCERPT_WIDTH + 2] {
            let text = "a".repeat(n);
            let cut = excerpt(&text);
            assert_eq!(cut.trim_end_matches('…').len(), n.min(EXCERPT_WIDTH), "{n}");
            assert_eq!(cut.ends_with('…'), n > EXCERPT_WIDTH, "{n}");
            // a wide character after the ASCII start
            let mixed = format!("{}退款", "a".repeat(n));
            let cut = excerpt(&mixed);
            assert_eq!(cut.ends_with('…'), n + 4 > EXCERPT_WIDTH, "{n}");
        }
        let zh = excerpt(&"退款".repeat(100));
        assert_eq!(zh.chars().count(), EXCERPT_WIDTH / 2 + 1, "{zh}");
        let en = excerpt(&"word ".repeat(100));
        assert!(en.len() <= EXCERPT_WIDTH + 3 && en.ends_with("word…"), "{en}");
    }

    #[test]
    fn shard_of_depends_on_the_first_two_characters_only() {
        assert_eq!(shard_of("refund", 64), shard_of("ref", 64));
        assert_eq!(shard_of("退款", 64), shard_of("退", 64), "a character and the bigrams it starts");
        assert!(shard_of("x", 1) == 0);
        assert_eq!(typo_key("refund"), "fu");
    }
}
