//! The translation dashboard (issue 24): off by default; `[dashboard] enabled = true` writes
//! `_dashboard/index.html` (noindex, linked from no reader's page, not in the sitemap), and
//! `helpgen check --format html` prints the same page; its numbers are those of `check --format json`.

mod common;

use common::TestSite;

/// The shipped site with one translation outdated (its English source edited) and one missing.
fn site_with_gaps() -> TestSite {
    let s = TestSite::shipped();
    let src = s.root.join("content/en/rights/refunds.md");
    let text = std::fs::read_to_string(&src).unwrap();
    std::fs::write(&src, format!("{text}\n## A new paragraph\n\nThe source changed after the translations.\n"))
        .unwrap();
    s.remove("content/kk/rights/seller-abroad.md");
    s
}

fn enable(s: &TestSite) {
    let config = std::fs::read_to_string(s.root.join("helpgen.toml")).unwrap();
    s.write("helpgen.toml", &format!("{config}\n[dashboard]\nenabled = true\n"));
}

/// (language, column) → number, read from the dashboard's table.
fn numbers(html: &str) -> Vec<(String, String, usize)> {
    let mut out = vec![];
    for row in html.split("<tr data-lang=\"").skip(1) {
        let lang = row.split('"').next().unwrap().to_string();
        let row = &row[..row.find("</tr>").unwrap()];
        for cell in row.split("data-count=\"").skip(1) {
            let (name, rest) = cell.split_once("\">").unwrap();
            let n = rest.split('<').next().unwrap().parse().unwrap();
            out.push((lang.clone(), name.to_string(), n));
        }
    }
    out
}

#[test]
fn off_by_default() {
    let s = TestSite::shipped();
    s.build_ok();
    assert!(!s.exists("_dashboard/index.html"));
}

#[test]
fn dashboard_numbers_are_those_of_check_json_and_the_page_is_hidden_from_readers() {
    let s = site_with_gaps();
    enable(&s);
    s.build_ok();
    let page = s.out("_dashboard/index.html");
    assert!(page.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"));

    let run = s.run(&["check", "--format", "json"]);
    let json: serde_json::Value =
        serde_json::from_str(&run.stdout()).unwrap_or_else(|e| panic!("{e}: {}", run.stdout()));
    let mut expected = vec![];
    for l in json["languages"].as_array().unwrap() {
        let lang = l["language"].as_str().unwrap().to_string();
        let len = |k: &str| l[k].as_array().unwrap().len();
        let pages = l["pages"].as_u64().unwrap() as usize;
        for (name, n) in [
            ("pages", pages),
            ("translated", pages - len("outdated") - len("untracked")),
            ("outdated", len("outdated")),
            ("untracked", len("untracked")),
            ("missing", len("missing")),
            ("ui_missing", len("ui_missing")),
        ] {
            expected.push((lang.clone(), name.to_string(), n));
        }
    }
    assert_eq!(numbers(&page), expected);
    // the edit and the removal show
    let n = |lang: &str, col: &str| numbers(&page).into_iter().find(|(l, c, _)| l == lang && c == col).unwrap().2;
    assert!(n("sv", "outdated") >= 1 && n("kk", "missing") >= 1, "{:?}", numbers(&page));
    assert!(
        page.contains(
            "<code>content/sv/rights/refunds.md</code>: its source <code>content/en/rights/refunds.md</code> changed"
        ),
        "what changed"
    );
    assert!(page.contains("<code>content/en/rights/seller-abroad.md</code>"), "the missing page");

    // `check --format html` prints the same page
    let html = s.run(&["check", "--format", "html"]);
    assert_eq!(html.stdout(), page);

    // linked from nowhere a reader goes
    for entry in walkdir::WalkDir::new(s.root.join("public")).into_iter().flatten() {
        let p = entry.path();
        if p.extension().is_some_and(|e| e == "html" || e == "xml") && !p.ends_with("_dashboard/index.html") {
            let text = std::fs::read_to_string(p).unwrap();
            assert!(!text.contains("_dashboard"), "{} links the dashboard", p.display());
        }
    }
}
