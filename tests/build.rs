//! `helpgen build` over small fixture sites: URLs, translations, hreflang, fallback UI strings,
//! sub-path links, determinism, and the site-level guarantees (root chooser, sitemap, 404).

mod common;

use common::TestSite;

#[test]
fn writes_pretty_urls_per_language() {
    let s = TestSite::basic();
    let r = s.build();
    assert!(r.ok(), "{}", r.stderr());
    for p in [
        "index.html",
        "en/index.html",
        "en/guides/index.html",
        "en/guides/complain/index.html",
        "en/faq/questions/index.html",
        "sv/guides/complain/index.html",
        "sitemap.xml",
        "robots.txt",
        "404.html",
        "en/404.html",
        "sv/404.html",
        "assets/helpgen.css",
        "assets/helpgen.js",
    ] {
        assert!(s.exists(p), "missing {p}");
    }
    assert!(r.stdout().contains("Built"), "{}", r.stdout());
    assert!(r.stdout().contains("en 6, sv 3"), "summary per language: {}", r.stdout());
}

#[test]
fn links_each_page_to_its_translations() {
    let s = TestSite::basic();
    s.build_ok();
    let en = s.out("en/guides/complain/index.html");
    assert!(en.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(
        en.contains(r#"<link rel="alternate" hreflang="sv" href="https://example.org/help/sv/guides/complain/">"#),
        "{en}"
    );
    assert!(en.contains(
        r#"<link rel="alternate" hreflang="x-default" href="https://example.org/help/en/guides/complain/">"#
    ));
    assert!(en.contains(r#"<link rel="canonical" href="https://example.org/help/en/guides/complain/">"#));
    assert!(
        en.contains(r#"href="../../../sv/guides/complain/index.html" hreflang="sv""#),
        "switcher links the Swedish page"
    );
    // the English FAQ has no Swedish translation: the switcher says so, no hreflang
    let faq = s.out("en/faq/questions/index.html");
    assert!(!faq.contains("hreflang=\"sv\" href"), "{faq}");
    assert!(faq.contains("class=\"unavailable\""));
    let sv = s.out("sv/guides/complain/index.html");
    assert!(sv.contains("<html lang=\"sv\" dir=\"ltr\">"));
    assert!(sv.contains(r#"href="../../../en/guides/complain/index.html" hreflang="en""#));
}

#[test]
fn language_without_locales_gets_built_in_strings_or_falls_back_to_the_default() {
    let s = TestSite::basic();
    s.write("content/de/_index.md", "+++\ntitle = \"Hilfe\"\n+++\n");
    // Klingon: no built-in strings in helpgen
    s.write("content/tlh/_index.md", "+++\ntitle = \"QaH\"\n+++\n");
    s.build_ok();
    let de = s.out("de/index.html");
    assert!(de.contains("<html lang=\"de\""));
    assert!(de.contains("Zum Inhalt springen") || !de.contains("Skip to content"), "German built-in strings");
    assert!(s.out("tlh/index.html").contains("Skip to content"), "English UI strings as the last fallback");
    // the endonym comes from the built-in strings
    assert!(s.out("index.html").contains(">Deutsch<"));
    // Swedish has its own strings
    assert!(!s.out("sv/index.html").contains("Skip to content"));
}

#[test]
fn right_to_left_scripts_get_dir_rtl() {
    let s = TestSite::basic();
    s.write("content/ar/_index.md", "+++\ntitle = \"مساعدة\"\n+++\nمرحبا\n");
    s.build_ok();
    assert!(s.out("ar/index.html").contains("<html lang=\"ar\" dir=\"rtl\">"));
    s.write("helpgen.toml", "base_url = \"https://example.org/\"\ndefault_language = \"en\"\n[languages.ar]\ndirection = \"ltr\"\nname = \"Arabiyya\"\n");
    s.build_ok();
    assert!(s.out("ar/index.html").contains("<html lang=\"ar\" dir=\"ltr\">"));
    assert!(s.out("index.html").contains(">Arabiyya<"));
}

#[test]
fn every_relative_link_resolves_to_a_file_so_the_site_works_from_disk() {
    let s = TestSite::basic();
    s.build_ok();
    assert!(s.assert_relative_links_resolve() > 50);
}

#[test]
fn sub_path_base_url_stays_in_absolute_urls_only() {
    let s = TestSite::basic();
    s.build_ok();
    let page = s.out("en/faq/questions/index.html");
    assert!(page.contains("href=\"../../../assets/helpgen.css\""));
    let sitemap = s.out("sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/help/en/faq/questions/</loc>"));
    assert!(sitemap.contains(
        r#"<xhtml:link rel="alternate" hreflang="sv" href="https://example.org/help/sv/guides/complain/"/>"#
    ));
    assert!(s.out("robots.txt").contains("Sitemap: https://example.org/help/sitemap.xml"));
    // 404 pages are served at any URL: their links start at the sub-path
    assert!(s.out("404.html").contains("href=\"/help/assets/helpgen.css\""));
    assert!(s.out("sv/404.html").contains("href=\"/help/sv/index.html\""));
}

#[test]
fn markdown_links_to_sources_become_page_links() {
    let s = TestSite::basic();
    s.build_ok();
    let guide = s.out("en/guides/complain/index.html");
    assert!(guide.contains("href=\"../../../en/faq/questions/index.html#refunds\""), "{guide}");
}

#[test]
fn root_lists_languages_by_endonym_and_redirects_with_javascript() {
    let s = TestSite::basic();
    s.build_ok();
    let root = s.out("index.html");
    assert!(
        root.contains(r#"<a href="en/index.html" hreflang="en" lang="en" dir="ltr" data-lang="en">English</a>"#),
        "{root}"
    );
    assert!(root.contains(">Svenska<"));
    assert!(root.contains("data-language-chooser"));
    let js = s.out("assets/helpgen.js");
    assert!(js.contains("navigator.languages"));
}

#[test]
fn sections_list_pages_by_weight_then_title() {
    let s = TestSite::basic();
    s.write("content/en/guides/aardvark.md", "+++\ntitle = \"Aardvark\"\n+++\n");
    s.write("content/en/guides/zebra.md", "+++\ntitle = \"Zebra\"\nweight = 0\n+++\n");
    s.build_ok();
    let html = s.out("en/guides/index.html");
    let section = &html[html.find("class=\"page-list\"").expect("page list")..];
    let pos = |t: &str| section.find(&format!(">{t}</a>")).unwrap_or_else(|| panic!("{t} missing"));
    assert!(pos("Zebra") < pos("Complain"));
    assert!(pos("Complain") < pos("Other"));
    assert!(pos("Other") < pos("Aardvark"), "unweighted pages last");
}

#[test]
fn builds_are_byte_identical() {
    let s = TestSite::basic();
    s.build_ok();
    let first = s.snapshot();
    s.build_ok();
    assert_eq!(first, s.snapshot());
}

/// `helpgen build` renders and indexes language by language into a staging folder; `serve` builds
/// in memory, all pages first, then the index. Both must give the same site.
#[test]
fn the_written_site_is_the_site_serve_builds_in_memory() {
    let s = TestSite::shipped();
    s.build_ok();
    let written = s.snapshot();
    let (memory, _) = helpgen::build_in_memory(&helpgen::BuildOptions::new(&s.root)).expect("in-memory build");
    let memory: Vec<(String, Vec<u8>)> = memory.files.into_iter().collect();
    assert!(written.iter().any(|(p, _)| p.starts_with("search/zh-hant/")), "the index is written");
    let paths = |v: &[(String, Vec<u8>)]| v.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(paths(&written), paths(&memory));
    for ((path, a), (_, b)) in written.iter().zip(&memory) {
        assert!(a == b, "{path} differs between the written and the in-memory build");
    }
}

/// The navigation and the search box are rendered once per language, folder depth (and active
/// section) and shared: each page must still get the ones for its own place.
#[test]
fn shared_navigation_and_search_box_fit_each_page() {
    let s = TestSite::shipped();
    s.build_ok();
    // a link of `page` resolved to a path below the output folder
    let resolve = |page: &str, href: &str| {
        let mut parts: Vec<&str> = page.split('/').collect();
        parts.pop();
        for seg in href.split('/') {
            match seg {
                ".." => {
                    parts.pop();
                }
                "." | "" => {}
                seg => parts.push(seg),
            }
        }
        let path = parts.join("/");
        if href.ends_with('/') || href.is_empty() { format!("{path}/index.html") } else { path }
    };
    let attr = |html: &str, name: &str| {
        html.split(&format!("{name}=\"")).nth(1).unwrap().split('"').next().unwrap().to_string()
    };
    let current = |page: &str| {
        let html = s.out(page);
        let start = html.find("class=\"main-nav\"").unwrap_or_else(|| panic!("{page}: no navigation"));
        let nav = &html[start..start + html[start..].find("</nav>").unwrap()];
        nav.split("<li>")
            .filter(|li| li.contains("aria-current"))
            .map(|li| resolve(page, &attr(li, "href")))
            .collect::<Vec<_>>()
    };
    assert_eq!(current("en/index.html"), Vec::<String>::new(), "the home marks no section");
    assert_eq!(current("en/complaints/index.html"), ["en/complaints/index.html"], "a section marks itself");
    assert_eq!(current("en/complaints/escalate/index.html"), ["en/complaints/index.html"], "a page its section");
    assert_eq!(current("en/faq/index.html"), ["en/faq/index.html"]);
    assert_eq!(current("sv/faq/index.html").len(), 1);
    let search = |page: &str| {
        let html = s.out(page);
        let form = html
            [html.find("<form class=\"search js-only\"").unwrap_or_else(|| panic!("{page}: no search box"))..]
            .to_string();
        (resolve(page, &attr(&form, "action")), attr(&form, "data-lang"))
    };
    for page in ["en/index.html", "en/complaints/index.html", "en/complaints/escalate/index.html"] {
        assert_eq!(search(page), ("en/index.html".to_string(), "en".to_string()), "{page}");
    }
    assert_eq!(search("sv/faq/index.html"), ("sv/index.html".to_string(), "sv".to_string()));
    // guides and FAQs show the contact channels after the page, articles do not
    assert!(s.out("en/complaints/escalate/index.html").contains("id=\"help-heading\""), "a guide");
    assert!(!s.out("en/complaints/write-a-complaint/index.html").contains("id=\"help-heading\""), "an article");
}

#[test]
fn drafts_are_left_out_of_build() {
    let s = TestSite::basic();
    s.write("content/en/guides/secret.md", "+++\ntitle = \"Secret\"\ndraft = true\n+++\n");
    s.build_ok();
    assert!(!s.exists("en/guides/secret/index.html"));
    assert!(!s.out("en/guides/index.html").contains("Secret"));
    s.run(&["build", "--drafts"]);
    assert!(s.exists("en/guides/secret/index.html"));
}

#[test]
fn yaml_front_matter_works_like_toml() {
    let s = TestSite::basic();
    s.write(
        "content/en/guides/yaml.md",
        "---\ntitle: From Hugo\ndescription: Written in YAML\ntags: [c]\n---\nBody.\n",
    );
    s.build_ok();
    assert!(s.out("en/guides/yaml/index.html").contains("<h1>From Hugo</h1>"));
}

#[test]
fn slug_and_translation_key_shape_urls_and_links() {
    let s = TestSite::basic();
    s.write(
        "content/sv/guides/klaga-mer.md",
        "+++\ntitle = \"Klaga mer\"\nslug = \"klagomal\"\ntranslation_key = \"guides/other.md\"\n+++\n",
    );
    s.build_ok();
    assert!(s.exists("sv/guides/klagomal/index.html"));
    assert!(
        s.out("en/guides/other/index.html").contains("href=\"../../../sv/guides/klagomal/index.html\" hreflang=\"sv\"")
    );
}

#[test]
fn version_and_help() {
    let s = TestSite::new();
    let v = s.run(&["--version"]);
    assert!(v.stdout().starts_with("helpgen "), "{}", v.stdout());
    let h = s.run(&["build", "--help"]);
    assert!(h.stdout().contains("--output"));
}
