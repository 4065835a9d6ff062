//! Search: the JavaScript client (run in QuickJS, no browser or Node needed) against the shared
//! tokenizer vectors, and against the shipped site's real index with a query set per language
//! (exact, unaccented, inflected, typo and Chinese queries → the expected page in the top 3).

mod common;

use common::{TestSite, repo};
use rquickjs::{Context, Function, Promise, Runtime};

const CLIENT: &str = "themes/default/static/assets/search.js";

/// A QuickJS context with the search client loaded and its loader reading `public/search/`.
fn with_client<R>(public: Option<&std::path::Path>, f: impl FnOnce(&rquickjs::Ctx) -> R) -> R {
    let rt = Runtime::new().unwrap();
    let ctx = Context::full(&rt).unwrap();
    let client = std::fs::read_to_string(repo().join(CLIENT)).unwrap();
    let base = public.map(|p| format!("{}/", p.display())).unwrap_or_default();
    ctx.with(|ctx| {
        let read = Function::new(ctx.clone(), |path: String| std::fs::read_to_string(&path).unwrap_or_default()).unwrap();
        ctx.globals().set("readFile", read).unwrap();
        ctx.eval::<(), _>(client).unwrap();
        ctx.eval::<(), _>(format!(
            "helpgen.base = ''; helpgen.loader = function (key) {{ var t = readFile({base:?} + 'search/' + key + '.js'); if (!t) throw new Error('no ' + key); (0, eval)(t); return Promise.resolve(null); }};"
        ))
        .unwrap();
        f(&ctx)
    })
}

#[derive(serde::Deserialize)]
struct Vector {
    input: String,
    mode: String,
    terms: Vec<String>,
    exact: Option<Vec<String>>,
}

#[test]
fn javascript_tokenizer_matches_the_shared_vectors() {
    let vectors: Vec<Vector> =
        serde_json::from_str(&std::fs::read_to_string(repo().join("tests/search/tokenizer-vectors.json")).unwrap())
            .unwrap();
    with_client(None, |ctx| {
        for v in &vectors {
            let js = format!("JSON.stringify(helpgen.tokenize({:?}, {:?}))", v.input, v.mode);
            let out: String = ctx.eval(js).unwrap();
            let toks: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
            let terms: Vec<&str> = toks.iter().map(|t| t["term"].as_str().unwrap()).collect();
            assert_eq!(terms, v.terms, "JS terms of {:?}", v.input);
            if let Some(exact) = &v.exact {
                let got: Vec<&str> = toks.iter().map(|t| t["exact"].as_str().unwrap()).collect();
                assert_eq!(&got, exact, "JS exact forms of {:?}", v.input);
            }
        }
    });
}

#[derive(serde::Deserialize)]
struct Query {
    q: String,
    /// Expected page path below the language (e.g. `complaints/escalate/`), optionally with `#anchor`.
    expect: String,
    kind: String,
}

fn shipped() -> TestSite {
    TestSite::shipped()
}

/// Runs a query in the client; returns the result URLs.
fn search(ctx: &rquickjs::Ctx, q: &str, lang: &str, limit: usize) -> (Vec<String>, Option<String>) {
    let js = format!(
        "helpgen.search({q:?}, {{lang: {lang:?}, limit: {limit}}}).then(function (r) {{ return JSON.stringify({{urls: r.map(function (x) {{ return x.url; }}), correction: r.correction || null, excerpt: r.length ? r[0].excerpt : ''}}); }})"
    );
    let p: Promise = ctx.eval(js).unwrap();
    let out: String = p.finish().unwrap();
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let urls = v["urls"].as_array().unwrap().iter().map(|u| u.as_str().unwrap().to_string()).collect();
    (urls, v["correction"].as_str().map(String::from))
}

#[test]
fn finds_the_right_page_in_every_language() {
    let site = shipped();
    let public = site.root.join("public");
    let mut report = Vec::new();
    let mut failures = Vec::new();
    let mut too_many = Vec::new();
    for lang in ["en", "sv", "kk", "zh-hant", "ro", "af"] {
        let path = repo().join(format!("tests/search/queries/{lang}.json"));
        let queries: Vec<Query> = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(queries.len() >= 15, "{lang}: at least 15 queries");
        let mut by_kind: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
        with_client(Some(&public), |ctx| {
            for q in &queries {
                let (urls, _) = search(ctx, &q.q, lang, 3);
                let want = format!("{lang}/{}", q.expect);
                let hit = urls.iter().any(|u| {
                    let u = u.replace("index.html", "");
                    if want.contains('#') { u == want } else { u.split('#').next() == Some(want.as_str()) }
                });
                let e = by_kind.entry(q.kind.clone()).or_default();
                e.1 += 1;
                if hit {
                    e.0 += 1;
                } else {
                    let line = format!("{lang} [{}] {:?} → expected {want}, got {urls:?}", q.kind, q.q);
                    // words as they stand on the page must always be found
                    if matches!(q.kind.as_str(), "exact" | "cjk" | "single") {
                        too_many.push(line.clone());
                    }
                    failures.push(line);
                }
            }
        });
        let (hits, total) = by_kind.values().fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
        // the target: at least 95 % of queries (typos, unaccented and inflected included) in the top 3
        if hits * 100 < total * 95 {
            too_many.push(format!("{lang}: only {hits} of {total} queries found the expected page in the top 3"));
        }
        report.push(format!("{lang}: {hits}/{total} {by_kind:?}"));
    }
    println!("{}\nmisses:\n{}", report.join("\n"), failures.join("\n"));
    assert!(too_many.is_empty(), "{}\n\nall misses:\n{}", too_many.join("\n"), failures.join("\n"));
}

#[test]
fn marks_matches_and_suggests_corrections() {
    let site = shipped();
    let public = site.root.join("public");
    with_client(Some(&public), |ctx| {
        // the matched word is marked where the result shows it: its heading or the passage around it
        // (records keep an entry's first 88 columns, so a word further on is marked in the heading only)
        let js = "helpgen.search('refund', {lang: 'en', limit: 1}).then(function (r) { return r[0].titleHtml + ' | ' + r[0].excerpt; })";
        let p: Promise = ctx.eval(js).unwrap();
        let shown: String = p.finish().unwrap();
        assert!(shown.to_lowercase().contains("<mark>refund"), "{shown}");
        let js = "helpgen.search('postage', {lang: 'en', limit: 3}).then(function (r) { return r.map(function (x) { return x.excerpt; }).join(' | '); })";
        let p: Promise = ctx.eval(js).unwrap();
        let excerpts: String = p.finish().unwrap();
        assert!(excerpts.to_lowercase().contains("<mark>postage"), "a passage with the word is marked: {excerpts}");
        let (urls, correction) = search(ctx, "escalaton", "en", 3);
        assert!(!urls.is_empty());
        assert_eq!(correction.as_deref(), Some("escalation"));
        let (none, _) = search(ctx, "zzzzqqqq", "en", 3);
        assert!(none.is_empty());
    });
}

#[test]
fn titles_are_escaped_in_results() {
    let s = TestSite::basic();
    s.write("content/en/guides/xss.md", "+++\ntitle = \"<img src=x onerror=alert(1)>\"\n+++\nPayload text here.\n");
    s.build_ok();
    let public = s.root.join("public");
    let data = std::fs::read_to_string(public.join("search/en/d-0.js")).unwrap();
    assert!(!data.contains("<img"), "record files escape <");
    with_client(Some(&public), |ctx| {
        let p: Promise = ctx.eval("helpgen.search('payload', {lang: 'en'}).then(function (r) { return r[0].title + '|' + r[0].excerpt + r[0].titleHtml; })").unwrap();
        let out: String = p.finish().unwrap();
        assert!(out.starts_with("<img src=x onerror=alert(1)>|"), "title is data, escaped by the UI: {out}");
        assert!(!out.split('|').nth(1).unwrap().contains("<img"));
    });
}

/// Synonyms (`data/synonyms/<lang>.toml`): a word that is on no page of its language finds the page
/// that has its synonym, and only through the synonym (without the file, not that page).
#[test]
fn synonyms_find_pages_through_the_other_word() {
    let cases = [
        ("en", "en", "reimbursement", "refund"),
        ("sv", "sv", "livechatt", "chatt"),
        ("kk", "kk", "жалоба", "арыз"),
        ("zh-Hant", "zh-hant", "碌卡", "刷卡"),
        ("ro", "ro", "restituire", "rambursare"),
        ("af", "af", "subskripsie", "intekening"),
    ];
    let with = shipped();
    let without = shipped();
    std::fs::remove_dir_all(without.root.join("data/synonyms")).unwrap();
    without.build_ok();
    for (dir, lang, query, synonym) in cases {
        for f in walkdir::WalkDir::new(repo().join("content").join(dir)).into_iter().map(|e| e.unwrap()) {
            if f.file_type().is_file() {
                let text = std::fs::read_to_string(f.path()).unwrap().to_lowercase();
                assert!(
                    !text.contains(query),
                    "{query} is on {}: the test needs a word on no page",
                    f.path().display()
                );
            }
        }
        let (found, _) = with_client(Some(&with.root.join("public")), |ctx| search(ctx, query, lang, 3));
        assert!(!found.is_empty(), "{lang}: {query} finds nothing through {synonym}");
        let page = with.out(found[0].split('#').next().unwrap());
        assert!(page.to_lowercase().contains(synonym), "{lang}: {query} → {} has no {synonym}", found[0]);
        let (plain, _) = with_client(Some(&without.root.join("public")), |ctx| search(ctx, query, lang, 3));
        assert!(!plain.contains(&found[0]), "{lang}: {query} finds {} without synonyms too", found[0]);
    }
}

#[test]
fn a_bad_synonyms_file_is_an_error_with_its_line() {
    let s = TestSite::basic();
    s.write("data/synonyms/en.toml", "refund = \"reimbursement\"\nparcel = \"lost package\"\n");
    let run = s.build();
    assert!(!run.ok());
    assert!(run.stderr().contains("data/synonyms/en.toml:2"), "{}", run.stderr());
    assert!(run.stderr().contains("one word"), "{}", run.stderr());
}

/// Records leave out anchors the client derives from the heading: every result's anchor must exist.
#[test]
fn every_result_links_to_an_anchor_of_its_page() {
    let site = shipped();
    let public = site.root.join("public");
    let mut checked = 0;
    for lang in ["en", "sv", "kk", "zh-hant", "ro", "af"] {
        let path = repo().join(format!("tests/search/queries/{lang}.json"));
        let queries: Vec<Query> = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        with_client(Some(&public), |ctx| {
            for q in &queries {
                for url in search(ctx, &q.q, lang, 10).0 {
                    if let Some((page, anchor)) = url.split_once('#') {
                        let html = site.out(page);
                        assert!(html.contains(&format!("id=\"{anchor}\"")), "{url} (query {:?}): no such anchor", q.q);
                        checked += 1;
                    }
                }
            }
        });
    }
    assert!(checked > 500, "{checked} anchors checked");
}

/// Runs a query with a loader that answers in rounds, as a network does: every file asked for
/// while the previous round was on its way comes in the next one. Returns the keys of each round.
fn rounds_of(ctx: &rquickjs::Ctx, public: &std::path::Path, q: &str, lang: &str) -> Vec<Vec<String>> {
    let base = format!("{}/", public.display());
    ctx.eval::<(), _>(format!(
        "var asked = []; helpgen.loader = function (key) {{ return new Promise(function (res) {{ asked.push([key, res]); }}); }};
         function nextRound() {{ var r = asked; asked = []; r.forEach(function (a) {{ (0, eval)(readFile({base:?} + 'search/' + a[0] + '.js')); a[1](null); }}); return r.map(function (a) {{ return a[0]; }}).join(' '); }}
         var found = null; helpgen.search({q:?}, {{lang: {lang:?}, limit: 3}}).then(function (r) {{ found = r.length; }});"
    ))
    .unwrap();
    let mut rounds = vec![];
    loop {
        while ctx.execute_pending_job() {}
        let keys: String = ctx.eval("nextRound()").unwrap();
        if keys.is_empty() {
            break;
        }
        rounds.push(keys.split(' ').map(String::from).collect());
    }
    let found: Option<usize> = ctx.eval("found").unwrap();
    assert!(found.unwrap_or(0) > 0, "{q}: no results");
    rounds
}

/// A mistyped word waits for its typo shards; the records of the results its own shard already
/// points to are fetched in the same round, not one round later.
#[test]
fn a_typo_querys_records_come_with_its_typo_shards() {
    let site = shipped();
    let public = site.root.join("public");
    with_client(Some(&public), |ctx| {
        let rounds = rounds_of(ctx, &public, "escalaton", "en");
        let kind = |k: &str, r: &Vec<String>| r.iter().any(|f| f.starts_with(&format!("en/{k}-")));
        let typo_round =
            rounds.iter().position(|r| kind("y", r)).unwrap_or_else(|| panic!("no typo shard: {rounds:?}"));
        assert!(kind("d", &rounds[typo_round]), "records with the typo shards: {rounds:?}");
        assert!(!rounds[typo_round + 1..].iter().any(|r| kind("d", r)), "no records later: {rounds:?}");
    });
}

/// The reader-query sets (`tests/search/reader-queries/<lang>.json`): questions in the reader's own
/// words, everyday vocabulary, other forms, compounds, script variants, typos and exact names,
/// written by native writers before any tuning. Prints R@1 and R@3 per language and kind. The
/// target is R@3 >= 95 % and R@1 >= 85 %; no language meets it yet, so each language is held to the
/// level it has reached (hits out of its queries), which only may go up.
#[test]
fn reader_queries_hold_their_levels() {
    // (language, R@1 floor, R@3 floor), measured December 2026
    const FLOORS: [(&str, usize, usize); 6] =
        [("en", 30, 46), ("sv", 30, 45), ("kk", 32, 48), ("zh-Hant", 39, 51), ("ro", 32, 47), ("af", 34, 48)];
    let site = shipped();
    let public = site.root.join("public");
    let mut report = Vec::new();
    let mut below = Vec::new();
    for (lang, floor1, floor3) in FLOORS {
        let path = repo().join(format!("tests/search/reader-queries/{lang}.json"));
        let queries: Vec<Query> = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(queries.len() >= 40, "{lang}: at least 40 reader queries");
        let code = lang.to_lowercase();
        // kind → (top 1, top 3, queries)
        let mut by_kind: std::collections::BTreeMap<String, (usize, usize, usize)> = Default::default();
        with_client(Some(&public), |ctx| {
            for q in &queries {
                let (urls, _) = search(ctx, &q.q, &code, 3);
                let want = format!("{code}/{}", q.expect);
                let rank = urls.iter().position(|u| {
                    let u = u.replace("index.html", "");
                    if want.contains('#') { u == want } else { u.split('#').next() == Some(want.as_str()) }
                });
                let e = by_kind.entry(q.kind.clone()).or_default();
                e.0 += usize::from(rank == Some(0));
                e.1 += usize::from(rank.is_some());
                e.2 += 1;
            }
        });
        let (r1, r3, n) = by_kind.values().fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2));
        let kinds: Vec<String> = by_kind.iter().map(|(k, v)| format!("{k} {}/{}/{}", v.0, v.1, v.2)).collect();
        report.push(format!("{lang}: R@1 {r1}/{n} R@3 {r3}/{n} (kind R@1/R@3/n: {})", kinds.join(", ")));
        if r1 < floor1 || r3 < floor3 {
            below.push(format!("{lang}: R@1 {r1} (floor {floor1}), R@3 {r3} (floor {floor3}) of {n}"));
        }
    }
    println!("{}", report.join("\n"));
    assert!(below.is_empty(), "below the level reached before:\n{}\n\n{}", below.join("\n"), report.join("\n"));
}

/// A reader typing Simplified characters finds the Traditional page (z.js), and a character the
/// index has is looked up as typed.
#[test]
fn simplified_chinese_finds_traditional_pages() {
    let site = shipped();
    let public = site.root.join("public");
    with_client(Some(&public), |ctx| {
        let (urls, _) = search(ctx, "退货运费", "zh-hant", 3);
        assert!(!urls.is_empty(), "退货运费 (Simplified) finds nothing");
        let (traditional, _) = search(ctx, "退貨運費", "zh-hant", 3);
        assert_eq!(urls, traditional, "Simplified and Traditional give the same results");
        let (none, _) = search(ctx, "退货运费", "en", 3);
        assert!(none.is_empty(), "no variants where the index has no Chinese");
    });
}

/// A query whose words are not all on one page still finds the pages with most of them, and says
/// so (`partial`, shown with the localized `search-partial`); function words never count as missing.
#[test]
fn a_query_with_a_missing_word_falls_back_and_says_so() {
    let site = shipped();
    let public = site.root.join("public");
    let partial = |ctx: &rquickjs::Ctx, q: &str| -> (usize, bool) {
        let js = format!(
            "helpgen.search({q:?}, {{lang: 'en', limit: 3}}).then(function (r) {{ return r.length + '|' + !!r.partial; }})"
        );
        let p: Promise = ctx.eval(js).unwrap();
        let out: String = p.finish().unwrap();
        let (n, flag) = out.split_once('|').unwrap();
        (n.parse().unwrap(), flag == "true")
    };
    with_client(Some(&public), |ctx| {
        assert_eq!(partial(ctx, "refund zzzzqqqq"), (3, true));
        assert_eq!(partial(ctx, "how do I get a refund"), (3, false), "function words are no missing words");
    });
    let html = site.out("en/index.html");
    assert!(html.contains("data-partial=\"Not all of your words were found"), "the box has the message");
}

#[test]
fn check_warns_about_a_synonym_group_no_page_uses() {
    let s = TestSite::basic();
    s.write("data/synonyms/en.toml", "refund = \"reimbursement\"\nzeppelin = \"blimp\"\n");
    let err = s.run(&["check"]).stderr();
    assert!(err.contains("no word of this group is on any en page: zeppelin, blimp"), "{err}");
    assert!(err.contains("data/synonyms/en.toml:2"), "{err}");
    assert!(!err.contains("reimbursement"), "a group with a word on a page is fine: {err}");
}
