//! The shipped help centre (dogfood): it builds, every page exists in all six languages and links to
//! each translation, guides and FAQ carry valid JSON-LD, and every relative link resolves.

mod common;

use common::TestSite;

const LANGS: [&str; 6] = ["en", "sv", "kk", "zh-hant", "ro", "af"];

fn shipped() -> TestSite {
    TestSite::shipped()
}

fn json_ld(html: &str) -> serde_json::Value {
    let start = html.find("<script type=\"application/ld+json\">").expect("JSON-LD") + 35;
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).expect("valid JSON")
}

#[test]
fn every_page_exists_in_every_language_and_links_all_translations() {
    let s = shipped();
    let en_pages: Vec<String> = s
        .snapshot()
        .into_iter()
        .map(|(p, _)| p)
        // the editors' section is English only, on purpose
        .filter(|p| p.starts_with("en/") && p.ends_with("/index.html") && !p.starts_with("en/editors/"))
        .map(|p| p["en/".len()..].to_string())
        .collect();
    assert!(en_pages.len() >= 16, "{en_pages:?}");
    for page in &en_pages {
        for lang in LANGS {
            let html = s.out(&format!("{lang}/{page}"));
            for other in LANGS {
                let tag = if other == "zh-hant" { "zh-Hant" } else { other };
                assert!(
                    html.contains(&format!("hreflang=\"{tag}\" href=\"https://help.example.org/{other}/")),
                    "{lang}/{page} lacks {other}"
                );
            }
            assert!(!html.contains("class=\"unavailable\""), "{lang}/{page} has an untranslated sibling");
        }
    }
}

#[test]
fn guides_and_faq_carry_valid_structured_data() {
    let s = shipped();
    for lang in LANGS {
        let guide = json_ld(&s.out(&format!("{lang}/complaints/file-a-complaint/index.html")));
        let howto = guide["@graph"].as_array().unwrap().iter().find(|g| g["@type"] == "HowTo").expect("HowTo");
        let steps = howto["step"].as_array().unwrap();
        assert!(steps.len() >= 7, "{lang}: {} steps", steps.len());
        assert!(steps[2]["url"].as_str().unwrap().ends_with("#step-3"));
        assert!(!steps[0]["text"].as_str().unwrap().is_empty());
        let faq = json_ld(&s.out(&format!("{lang}/faq/questions/index.html")));
        let page = faq["@graph"].as_array().unwrap().iter().find(|g| g["@type"] == "FAQPage").expect("FAQPage");
        assert!(page["mainEntity"].as_array().unwrap().len() >= 10, "{lang}: FAQ questions");
    }
}

#[test]
fn all_relative_links_resolve() {
    let checked = shipped().assert_relative_links_resolve();
    assert!(checked > 1000, "only {checked} links checked");
}

#[test]
fn ui_is_translated_in_every_language() {
    let s = shipped();
    for lang in LANGS.iter().filter(|l| **l != "en") {
        let html = s.out(&format!("{lang}/complaints/file-a-complaint/index.html"));
        for english in
            ["Skip to content", "Step 1 of", "Steps in this guide", "Last updated", "Still need help?", "Breadcrumbs"]
        {
            assert!(!html.contains(english), "{lang}: English UI string {english:?} left");
        }
    }
}
