//! What CLDR knows about a language, through ICU4X's compiled data: how it writes a date (in the
//! calendar CLDR uses for it: Buddhist for Thai, Persian for Persian, ...), how it joins a list
//! ("A, B and C"), and which plural categories its numbers take. No month name or list word is
//! written by hand anywhere in helpgen.

use icu_calendar::Date;
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale::Locale;
use icu_plurals::{PluralCategory, PluralRules};

/// The most items a list pattern is made for (the composer lists at most this many).
pub const LIST_PATTERNS: usize = 8;

/// A language's CLDR formatters, made once per language per build.
pub struct Cldr {
    dates: DateTimeFormatter<YMD>,
    lists: ListFormatter,
    plurals: PluralRules,
}

impl Cldr {
    /// The formatters for a BCP 47 tag; a tag CLDR does not know falls back along CLDR's own chain
    /// (`kk-Cyrl-KZ` → `kk` → root).
    pub fn new(tag: &str) -> Cldr {
        let locale: Locale = tag.parse().unwrap_or_else(|_| Locale::UNKNOWN);
        let dates = DateTimeFormatter::try_new((&locale).into(), YMD::long())
            .or_else(|_| DateTimeFormatter::try_new((&Locale::UNKNOWN).into(), YMD::long()))
            .expect("the root locale has compiled date data");
        let options = ListFormatterOptions::default().with_length(ListLength::Wide);
        let lists = ListFormatter::try_new_and((&locale).into(), options)
            .or_else(|_| ListFormatter::try_new_and((&Locale::UNKNOWN).into(), options))
            .expect("the root locale has compiled list data");
        let plurals = PluralRules::try_new_cardinal((&locale).into())
            .or_else(|_| PluralRules::try_new_cardinal((&Locale::UNKNOWN).into()))
            .expect("the root locale has compiled plural data");
        Cldr { dates, lists, plurals }
    }

    /// A date `YYYY-MM-DD` in the language's long date format, or `None` when it is not a date.
    pub fn date(&self, ymd: &str) -> Option<String> {
        let mut parts = ymd.splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.get(0..2)?.parse().ok()?;
        let date = Date::try_new_iso(year, month, day).ok()?;
        Some(self.dates.format(&date).to_string())
    }

    /// `items` joined the way the language joins an "and" list.
    pub fn list<'a>(&self, items: impl Iterator<Item = &'a str> + Clone) -> String {
        self.lists.format_to_string(items)
    }

    /// The list patterns for 1 to [`LIST_PATTERNS`] items, with `{0}`, `{1}`, ... where the items go:
    /// what the browser needs to join a list the way CLDR does without carrying CLDR.
    pub fn list_patterns(&self) -> Vec<String> {
        let slots: Vec<String> = (0..LIST_PATTERNS).map(|i| format!("{{{i}}}")).collect();
        (1..=LIST_PATTERNS).map(|n| self.list(slots[..n].iter().map(String::as_str))).collect()
    }

    /// The plural categories the language's cardinal numbers take, in CLDR's order.
    pub fn plural_categories(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = self.plurals.categories().map(category_name).collect();
        let order = ["zero", "one", "two", "few", "many", "other"];
        out.sort_by_key(|c| order.iter().position(|o| o == c));
        out
    }
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_each_languages_cldr_format_and_calendar() {
        assert_eq!(Cldr::new("en").date("2026-11-20").unwrap(), "November 20, 2026");
        assert_eq!(Cldr::new("zh-Hant").date("2026-11-20").unwrap(), "2026年11月20日");
        assert!(Cldr::new("th").date("2026-11-20").unwrap().contains("2569"), "Thai dates are Buddhist-era");
        assert!(Cldr::new("kk").date("2026-11-20").unwrap().contains("қараша"));
        assert!(Cldr::new("ar").date("2026-11-20").unwrap().contains("نوفمبر"));
        assert_eq!(Cldr::new("xx-unknown").date("2026-11-20").unwrap(), "2026 M11 20");
        assert_eq!(Cldr::new("en").date("not a date"), None);
    }

    #[test]
    fn lists_are_joined_with_the_languages_pattern() {
        assert_eq!(Cldr::new("en").list(["a", "b", "c"].into_iter()), "a, b, and c");
        assert_eq!(Cldr::new("sv").list(["a", "b", "c"].into_iter()), "a, b och c");
        assert_eq!(Cldr::new("zh-Hant").list(["甲", "乙", "丙"].into_iter()), "甲、乙和丙");
        assert_eq!(Cldr::new("en").list_patterns()[1], "{0} and {1}");
    }

    #[test]
    fn plural_categories_come_from_cldr() {
        assert_eq!(Cldr::new("ar").plural_categories(), ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(Cldr::new("ja").plural_categories(), ["other"]);
        assert_eq!(Cldr::new("ru").plural_categories(), ["one", "few", "many", "other"]);
    }
}
