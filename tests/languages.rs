//! Any language, zero configuration: a project with only `helpgen.toml` and `content/<lang>/` in each
//! of the 52 languages helpgen has built-in UI strings for builds with the built-in theme; every page's
//! UI strings are in its own language, dates are CLDR's (in the language's calendar), and `helpgen
//! check` finds no missing string and no missing plural category.

mod common;

use std::collections::BTreeMap;

use common::TestSite;

const LANGUAGES: [&str; 52] = [
    "ar", "bg", "bn", "bs", "ca", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "he", "hi", "hr", "hu",
    "id", "it", "ja", "kk", "ko", "lo", "lt", "lv", "ml", "ms", "nb", "ne", "nl", "pl", "pt-BR", "pt-PT", "ro", "ru",
    "sk", "sl", "sr", "sv", "sw", "ta", "th", "tr", "uk", "ur", "uz", "vi", "zh-Hans", "zh-Hant", "af",
];

/// A content-only project: no themes/, no locales/, no data/.
fn content_only() -> TestSite {
    let s = TestSite::new();
    std::fs::remove_dir_all(s.root.join("themes")).unwrap();
    s.write("helpgen.toml", "base_url = \"https://example.org/\"\ndefault_language = \"en\"\n");
    for lang in LANGUAGES {
        // titles and text carry no words of any language, so only UI strings can be English
        s.write(&format!("content/{lang}/_index.md"), "+++\ntitle = \"1\"\n+++\n\n2\n");
        s.write(&format!("content/{lang}/a/_index.md"), "+++\ntitle = \"3\"\n+++\n");
        s.write(
            &format!("content/{lang}/a/b.md"),
            "+++\ntitle = \"4\"\nkind = \"guide\"\nupdated = 2026-11-20\n+++\n\n5\n\n## 6\n\n7\n\n## 8\n\n9\n\n```composer\n```\n",
        );
        s.write(&format!("content/{lang}/a/c.md"), "+++\ntitle = \"10\"\nkind = \"faq\"\n+++\n\n## 11\n\n12\n");
    }
    s
}

/// The built-in single-line messages without placeables of a language, by key.
fn plain_strings(tag: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for file in ["main.ftl", "composer.ftl"] {
        let path = common::repo().join(format!("themes/default/locales/{tag}/{file}"));
        for line in std::fs::read_to_string(path).unwrap().lines() {
            if let Some((key, value)) = line.split_once(" = ")
                && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !value.contains('{')
                && !value.trim().is_empty()
            {
                out.insert(key.to_string(), value.trim().to_string());
            }
        }
    }
    out
}

#[test]
fn a_content_only_project_in_52_languages_is_localized_throughout() {
    let s = content_only();
    s.build_ok();
    let english = plain_strings("en");
    let en_page = s.out("en/a/b/index.html");
    // the English strings the guide page shows (those of more than one word, so that no name or
    // short word shared by many languages counts)
    let shown: Vec<(&String, &String)> =
        english.iter().filter(|(_, v)| v.contains(' ') && en_page.contains(v.as_str())).collect();
    assert!(shown.len() >= 10, "the English guide shows its UI strings: {shown:?}");
    let mut left = Vec::new();
    for lang in LANGUAGES.iter().filter(|l| **l != "en") {
        let own = plain_strings(lang);
        let page = s.out(&format!("{}/a/b/index.html", lang.to_lowercase()));
        for (key, text) in &shown {
            let identical = own.get(*key) == Some(*text);
            if page.contains(text.as_str()) && !identical {
                left.push(format!("{lang}: {key} = {text:?}"));
            }
        }
    }
    assert!(left.is_empty(), "English UI strings left in other languages:\n{}", left.join("\n"));
}

#[test]
fn dates_are_cldrs_in_each_languages_calendar() {
    let s = content_only();
    s.build_ok();
    let updated = |lang: &str| {
        let page = s.out(&format!("{lang}/a/b/index.html"));
        let at = page.find("<time datetime=\"2026-11-20\">").expect("a last-updated date");
        page[at..at + page[at..].find("</time>").unwrap()].to_string()
    };
    assert!(updated("th").contains("2569"), "Thai counts the Buddhist era: {}", updated("th"));
    assert!(updated("ar").contains("نوفمبر"), "{}", updated("ar"));
    assert!(updated("zh-hant").contains("2026年11月20日"), "{}", updated("zh-hant"));
    assert!(updated("kk").contains("20 қараша"), "{}", updated("kk"));
    assert!(updated("fa").contains("۱۴۰۵"), "Persian dates are Solar Hijri: {}", updated("fa"));
}

#[test]
fn the_composer_joins_lists_with_each_languages_pattern() {
    let s = content_only();
    s.build_ok();
    let list = |lang: &str| {
        let page = s.out(&format!("{lang}/a/b/index.html"));
        let at = page.find("data-messages=\"").unwrap() + 15;
        let json = page[at..at + page[at..].find('"').unwrap()].replace("&quot;", "\"").replace("&amp;", "&");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        v["list"][2].as_str().unwrap().to_string()
    };
    assert_eq!(list("en"), "{0}, {1}, and {2}");
    assert_eq!(list("sv"), "{0}, {1} och {2}");
    assert_eq!(list("zh-hant"), "{0}、{1}和{2}");
    assert_eq!(list("de"), "{0}, {1} und {2}");
}

#[test]
fn check_finds_no_missing_string_or_plural_category_in_any_built_in_language() {
    let s = content_only();
    let r = s.run(&["check"]);
    let err = r.stderr();
    let problems: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("plural categor") || l.contains("UI string") || l.contains("Fluent"))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn language_tags_find_their_built_in_strings_as_bcp47_does() {
    let s = TestSite::new();
    std::fs::remove_dir_all(s.root.join("themes")).unwrap();
    s.write("helpgen.toml", "base_url = \"https://example.org/\"\ndefault_language = \"en\"\n");
    for tag in ["en", "zh-TW", "zh-HK", "pt", "no"] {
        s.write(&format!("content/{tag}/_index.md"), "+++\ntitle = \"1\"\n+++\n");
    }
    s.build_ok();
    let skip = |dir: &str, tag: &str| {
        let own = plain_strings(tag);
        assert!(s.out(&format!("{dir}/index.html")).contains(&own["skip-to-content"]), "{dir} speaks {tag}");
    };
    skip("zh-tw", "zh-Hant");
    skip("zh-hk", "zh-Hant");
    skip("pt", "pt-BR");
    skip("no", "nb");
}

#[test]
fn project_files_replace_built_in_theme_files_of_the_same_path() {
    let s = content_only();
    s.write(
        "templates/partials/page-foot.html",
        "<p class=\"own-foot\">{{ site_extra.brand }} {{ extra.badge | default(value=\"-\") }}</p>\n",
    );
    s.write("static/assets/helpgen.css", "body{color:red}\n");
    s.write("static/assets/own.js", "// the project's own file\n");
    s.write(
        "helpgen.toml",
        "base_url = \"https://example.org/\"\ndefault_language = \"en\"\n\n[extra]\nbrand = \"Acme\"\n",
    );
    let page = std::fs::read_to_string(s.root.join("content/en/a/c.md")).unwrap();
    s.write("content/en/a/c.md", &page.replace("kind = \"faq\"\n", "kind = \"faq\"\n\n[extra]\nbadge = \"New\"\n"));
    s.build_ok();
    assert!(s.out("en/a/c/index.html").contains("<p class=\"own-foot\">Acme New</p>"), "extra reaches templates");
    assert_eq!(s.out("assets/helpgen.css").trim(), "body{color:red}", "the project's CSS, minified");
    assert!(s.out("assets/own.js").contains("own file"));
    assert!(s.out("assets/search.js").len() > 1000, "the other built-in files are still there");
}

#[test]
fn file_names_keep_underscores_and_dots_and_a_real_collision_names_both_files() {
    let s = content_only();
    s.write("content/en/a/qm-move_disk.md", "+++\ntitle = \"x\"\n+++\n");
    s.write("content/en/a/qm-move-disk.md", "+++\ntitle = \"y\"\n+++\n");
    s.write("content/en/a/acme.sh.md", "+++\ntitle = \"z\"\n+++\n");
    s.build_ok();
    assert!(s.exists("en/a/qm-move_disk/index.html") && s.exists("en/a/qm-move-disk/index.html"));
    assert!(s.exists("en/a/acme.sh/index.html"));
    s.write("content/en/a/Change My Email.md", "+++\ntitle = \"a\"\n+++\n");
    s.write("content/en/a/change-my-email.md", "+++\ntitle = \"b\"\n+++\n");
    let r = s.build();
    assert!(!r.ok());
    let err = r.stderr();
    assert!(
        err.contains("content/en/a/Change My Email.md") && err.contains("content/en/a/change-my-email.md"),
        "{err}"
    );
}

#[test]
fn a_new_site_is_neutral_and_ignores_its_output() {
    let s = TestSite::new();
    std::fs::remove_dir_all(s.root.join("themes")).unwrap();
    assert!(s.run(&["new", "site", "acme-help"]).ok());
    let site = s.root.join("acme-help");
    assert!(!site.join("themes").exists(), "the theme is built in");
    let ignore = std::fs::read_to_string(site.join(".gitignore")).unwrap();
    assert!(ignore.contains("/public/") && ignore.contains("helpgen-lock"), "{ignore}");
    let b = std::process::Command::new(env!("CARGO_BIN_EXE_helpgen")).arg("build").current_dir(&site).output().unwrap();
    assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    let home = std::fs::read_to_string(site.join("public/en/index.html")).unwrap();
    assert!(home.contains("<title>Acme help</title>"), "its own title");
    for shipped in ["Shopper", "shop's customer service", "legal advice"] {
        assert!(!home.contains(shipped), "no shipped-site branding: {shipped}");
    }
    // a language helpgen knows starts translated; one it does not gets marked strings that check counts
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_helpgen")).args(args).current_dir(&site).output().unwrap()
    };
    assert!(run(&["new", "language", "th"]).status.success());
    assert!(!std::fs::read_to_string(site.join("locales/th/main.ftl")).unwrap_or_default().contains("skip-to-content"));
    assert!(run(&["new", "language", "tlh"]).status.success());
    let check = String::from_utf8_lossy(&run(&["check"]).stderr).into_owned();
    assert!(check.contains("missing or still marked # TRANSLATE"), "{check}");
    // th needs only the site's own title translated; the theme's strings are built in
    assert!(
        check.contains("1 UI string missing or still marked # TRANSLATE (shown in en): site-title\n  --> locales/th"),
        "{check}"
    );
}
