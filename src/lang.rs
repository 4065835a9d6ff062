//! Language tags: canonical BCP 47 form, the lower-case URL prefix, text direction from the script,
//! and endonyms for languages the config does not name.

use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::config::Direction;

/// The canonical form of a BCP 47 tag (`zh-hant` → `zh-Hant`), or `None` when it is not one.
pub fn canonical_tag(tag: &str) -> Option<String> {
    if tag.is_empty() || !tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return None;
    }
    let id: LanguageIdentifier = tag.parse().ok()?;
    if id.language.is_empty() {
        return None;
    }
    Some(id.to_string())
}

/// The language's folder in URLs: lower case, e.g. `zh-hant`.
pub fn url_prefix(tag: &str) -> String {
    tag.to_ascii_lowercase()
}

/// Right-to-left for Arabic, Hebrew, Persian, Urdu and the other RTL scripts, unless configured.
pub fn direction(tag: &str) -> Direction {
    let Ok(id) = tag.parse::<LanguageIdentifier>() else {
        return Direction::Ltr;
    };
    if let Some(script) = id.script {
        return match script.as_str() {
            "Arab" | "Hebr" | "Thaa" | "Syrc" | "Nkoo" | "Adlm" | "Rohg" | "Mand" | "Samr" => Direction::Rtl,
            _ => Direction::Ltr,
        };
    }
    match id.character_direction() {
        CharacterDirection::RTL => Direction::Rtl,
        _ => match id.language.as_str() {
            "ckb" | "dv" | "ps" | "sd" | "ug" | "yi" | "syr" => Direction::Rtl,
            _ => Direction::Ltr,
        },
    }
}

/// The language's own name for itself, for the common languages; `None` for the rest.
pub fn known_endonym(tag: &str) -> Option<&'static str> {
    let name = match tag {
        "zh-Hant" | "zh-TW" | "zh-HK" => "繁體中文",
        "zh-Hans" | "zh-CN" | "zh" => "简体中文",
        "pt-BR" => "Português (Brasil)",
        "pt-PT" => "Português (Portugal)",
        _ => {
            let lang = tag.split('-').next().unwrap_or(tag);
            match lang {
                "af" => "Afrikaans",
                "ar" => "العربية",
                "bg" => "Български",
                "ca" => "Català",
                "cs" => "Čeština",
                "da" => "Dansk",
                "de" => "Deutsch",
                "el" => "Ελληνικά",
                "en" => "English",
                "es" => "Español",
                "et" => "Eesti",
                "fa" => "فارسی",
                "fi" => "Suomi",
                "fr" => "Français",
                "he" => "עברית",
                "hi" => "हिन्दी",
                "hr" => "Hrvatski",
                "hu" => "Magyar",
                "id" => "Bahasa Indonesia",
                "it" => "Italiano",
                "ja" => "日本語",
                "kk" => "Қазақша",
                "ko" => "한국어",
                "lt" => "Lietuvių",
                "lv" => "Latviešu",
                "nb" | "no" => "Norsk bokmål",
                "nl" => "Nederlands",
                "pl" => "Polski",
                "pt" => "Português",
                "ro" => "Română",
                "ru" => "Русский",
                "sk" => "Slovenčina",
                "sl" => "Slovenščina",
                "sr" => "Српски",
                "sv" => "Svenska",
                "sw" => "Kiswahili",
                "th" => "ไทย",
                "tr" => "Türkçe",
                "uk" => "Українська",
                "ur" => "اردو",
                "vi" => "Tiếng Việt",
                "zu" => "isiZulu",
                _ => return None,
            }
        }
    };
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonicalizes_and_rejects() {
        assert_eq!(canonical_tag("zh-hant").as_deref(), Some("zh-Hant"));
        assert_eq!(canonical_tag("pt-br").as_deref(), Some("pt-BR"));
        assert_eq!(canonical_tag("kk").as_deref(), Some("kk"));
        assert_eq!(canonical_tag("toolongsubtag"), None);
        assert_eq!(canonical_tag("en_GB"), None);
        assert_eq!(canonical_tag("e n"), None);
        assert_eq!(canonical_tag("_drafts"), None);
        assert_eq!(canonical_tag(""), None);
    }

    #[test]
    fn direction_follows_the_script() {
        for rtl in ["ar", "he", "fa", "ur", "ar-EG", "az-Arab", "ps"] {
            assert_eq!(direction(rtl), Direction::Rtl, "{rtl}");
        }
        for ltr in ["en", "kk", "zh-Hant", "ro", "th", "ja", "az-Latn"] {
            assert_eq!(direction(ltr), Direction::Ltr, "{ltr}");
        }
    }
}
