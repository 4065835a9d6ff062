//! The shipped help centre (dogfood): it builds, every page exists in all six languages and links to
//! each translation, guides and FAQ carry valid JSON-LD, and every relative link resolves. The
//! editors' guide (`docs/`) is a site of its own, built here too, and none of it is in the shoppers' site.

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
        .filter(|p| p.starts_with("en/") && p.ends_with("/index.html"))
        .map(|p| p["en/".len()..].to_string())
        .collect();
    assert!(en_pages.len() >= 20, "at least 20 pages a language: {en_pages:?}");
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
        assert!(page["mainEntity"].as_array().unwrap().len() >= 16, "{lang}: FAQ questions");
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

#[test]
fn the_second_editions_pages_exist_in_every_language() {
    let s = shipped();
    for lang in LANGS {
        for page in [
            "rights/cancel-an-order",
            "rights/refunds",
            "rights/seller-abroad",
            "complaints/unrecognised-payment",
            "contact/scams-and-fake-support",
            "contact/cannot-sign-in",
            "contact/accessible-help",
        ] {
            let html = s.out(&format!("{lang}/{page}/index.html"));
            assert!(html.contains("<h1"), "{lang}/{page}");
        }
        // the escalation guide has a step for the card company, right after the written complaint
        let escalate = s.out(&format!("{lang}/complaints/escalate/index.html"));
        assert!(escalate.contains("id=\"step-3\""), "{lang}: escalation steps");
    }
}

#[test]
fn the_editors_guide_is_its_own_site_and_not_in_the_shoppers_one() {
    let s = shipped();
    let all: Vec<String> = s.snapshot().into_iter().map(|(p, _)| p).collect();
    assert!(!all.iter().any(|p| p.contains("editors/")), "editors' pages in the shoppers' site");
    for (path, bytes) in s.snapshot() {
        if path.starts_with("search/") {
            let text = String::from_utf8_lossy(&bytes);
            assert!(!text.contains("/editors/"), "{path}: the shoppers' search indexes the editors' guide");
        }
    }
    let docs = TestSite::new();
    common::copy_dir(&common::repo().join("docs"), &docs.root);
    let _ = std::fs::remove_dir_all(docs.root.join("public"));
    docs.build_ok();
    assert!(docs.out("en/components/index.html").contains("<h1"));
    let check = docs.run(&["check", "--strict"]);
    assert!(check.ok(), "the editors' guide checks clean:\n{}", check.stderr());
}
