//! What the binary carries: the default theme's templates and static files, and the built-in UI
//! strings (`locales/<tag>/*.ftl`) of every language helpgen knows. A project needs none of these files
//! on disk; a file of the same path in the project replaces the built-in one (themes, `templates/`,
//! `static/`), and a project's `locales/<lang>/*.ftl` overrides built-in strings message by message.

/// Every file of `themes/default/`, by its path below that folder, sorted by path.
pub const DEFAULT_THEME: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/default_theme.rs"));

/// The built-in files below `prefix` (`templates/`, `static/`), as (path below it, path below
/// `themes/default/`, bytes).
pub fn theme_files(prefix: &str) -> impl Iterator<Item = (&'static str, &'static str, &'static [u8])> + '_ {
    DEFAULT_THEME.iter().filter_map(move |(path, bytes)| Some((path.strip_prefix(prefix)?, *path, *bytes)))
}

/// The tags of the languages with built-in UI strings, sorted.
pub fn locale_tags() -> Vec<&'static str> {
    let mut tags: Vec<&str> =
        theme_files("locales/").filter_map(|(path, _, _)| path.split_once('/').map(|(tag, _)| tag)).collect();
    tags.dedup();
    tags
}

/// The built-in `.ftl` files of one tag, as (file name, text), sorted by name.
pub fn locale_files(tag: &str) -> Vec<(&'static str, &'static str)> {
    let prefix = format!("locales/{tag}/");
    DEFAULT_THEME
        .iter()
        .filter_map(|(path, bytes)| {
            let name = path.strip_prefix(prefix.as_str())?;
            let text = std::str::from_utf8(bytes).expect("built-in UI strings are UTF-8");
            name.ends_with(".ftl").then_some((name, text))
        })
        .collect()
}

/// The built-in language that serves `tag`, matched as BCP 47 and CLDR do: the tag itself, then its
/// script (`zh-TW`, `zh-HK` → `zh-Hant`; `zh`, `zh-CN`, `zh-SG` → `zh-Hans`), Portuguese by region
/// (`pt` and `pt-BR` → `pt-BR`, other regions → `pt-PT`), Norwegian (`no` → `nb`), then the base
/// language (`en-GB` → `en`, `sr-Cyrl-RS` → `sr`).
pub fn match_locale(tag: &str) -> Option<&'static str> {
    let tags = locale_tags();
    let find = |t: &str| tags.iter().copied().find(|k| k.eq_ignore_ascii_case(t));
    if let Some(t) = find(tag) {
        return Some(t);
    }
    let id: unic_langid::LanguageIdentifier = tag.parse().ok()?;
    let lang = id.language.as_str();
    let script = id.script.map(|s| s.as_str().to_string());
    let region = id.region.map(|r| r.as_str().to_string());
    let candidate = match (lang, script.as_deref(), region.as_deref()) {
        ("zh", Some(s), _) => format!("zh-{s}"),
        ("zh", None, Some("TW" | "HK" | "MO")) => "zh-Hant".into(),
        ("zh", None, _) => "zh-Hans".into(),
        ("pt", _, None | Some("BR")) => "pt-BR".into(),
        ("pt", _, Some(_)) => "pt-PT".into(),
        ("no", _, _) => "nb".into(),
        ("sr", Some("Latn"), _) => return None,
        _ => lang.to_string(),
    };
    find(&candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_theme_table_holds_the_themes_files() {
        assert!(theme_files("templates/").any(|(p, full, _)| p == "base.html" && full == "templates/base.html"));
        assert!(theme_files("static/").any(|(p, _, _)| p == "assets/search.js"));
        assert!(locale_files("en").iter().any(|(n, _)| *n == "main.ftl"));
    }

    #[test]
    fn tags_find_their_built_in_language_as_bcp47_does() {
        assert_eq!(match_locale("en-GB"), Some("en"));
        assert_eq!(match_locale("EN"), Some("en"));
        assert_eq!(match_locale("tlh"), None);
    }
}
