//! Decompounding for languages that write compounds as one word (Afrikaans, Swedish, German,
//! Dutch, Danish, Norwegian, Finnish): a reader types `etiket` or `logboek`, the page has
//! `terugstuuretiket` or `kontaklogboek`. Each indexed word that is a known word of the index
//! followed by a tail of four letters or more (with a linking `s` or `e` between, as in
//! `klagteafdeling`, `betalningsvillkor`) also lists its entries under both parts, marked as
//! through another word (half weight), so that the part finds the compound, below the part itself.
//! The index's own vocabulary is the dictionary: no word list to ship or keep up.

/// Whether `lang` (a BCP 47 tag) is decompounded.
pub fn applies(lang: &str) -> bool {
    matches!(
        lang.split('-').next().unwrap_or(lang).to_ascii_lowercase().as_str(),
        "af" | "sv" | "de" | "nl" | "da" | "nb" | "nn" | "no" | "fi" | "is"
    )
}

/// The shortest part, in characters.
const MIN_PART: usize = 4;

/// The parts of `word` (folded, spaced script) where its head is a word `known` accepts: the
/// longest such head, and the tail after it (without a linking `s` or `e` when the tail without it
/// is long enough). `None` when no head of `MIN_PART` letters or more leaves a tail as long.
pub fn split(word: &str, known: impl Fn(&str) -> bool) -> Option<(String, String)> {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 2 * MIN_PART || !chars.iter().all(|c| c.is_alphabetic()) {
        return None;
    }
    for at in (MIN_PART..=chars.len() - MIN_PART).rev() {
        let head: String = chars[..at].iter().collect();
        if !known(&head) {
            continue;
        }
        let mut tail = &chars[at..];
        if matches!(tail[0], 's' | 'e') && tail.len() > MIN_PART {
            let rest: String = tail[1..].iter().collect();
            let whole: String = tail.iter().collect();
            if known(&rest) && !known(&whole) {
                tail = &tail[1..];
            }
        }
        return Some((head, tail.iter().collect()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_the_longest_known_head() {
        let known = |w: &str| ["terug", "terugstuur", "etiket", "klagte", "afdeling", "kontak"].contains(&w);
        assert_eq!(split("terugstuuretiket", known), Some(("terugstuur".into(), "etiket".into())));
        assert_eq!(split("klagteafdeling", known), Some(("klagte".into(), "afdeling".into())));
        assert_eq!(split("kontaklogboek", known), Some(("kontak".into(), "logboek".into())), "an unknown tail");
        assert_eq!(split("kontakte", known), None, "a tail under four letters is an ending");
        assert_eq!(split("e-posadres", known), None);
        let sv = |w: &str| ["betalning", "villkor"].contains(&w);
        assert_eq!(split("betalningsvillkor", sv), Some(("betalning".into(), "villkor".into())), "linking s");
        assert!(applies("sv") && applies("af") && !applies("en"));
    }
}
