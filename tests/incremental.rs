//! Incremental rebuilds (what `serve` does after an edit), at the library level: after each kind of
//! edit the patched in-memory site must be byte-identical to a full build of the edited project,
//! while re-rendering only the pages the edit can show on.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use common::TestSite;
use helpgen::incremental::{Live, Outcome};
use helpgen::{BuildOptions, build_in_memory};

struct Served {
    live: Live,
    files: BTreeMap<String, Vec<u8>>,
    opts: BuildOptions,
}

impl Served {
    fn start(site: &TestSite) -> Served {
        let mut opts = BuildOptions::new(&site.root);
        opts.live_reload = true;
        opts.include_drafts = true;
        let (live, out, _) = Live::build(&opts).unwrap();
        Served { live, files: out.files, opts }
    }

    /// Applies an edit of `paths` as serve does (pages, then the search index); returns what it was.
    fn edit(&mut self, paths: &[PathBuf]) -> Result<(&'static str, usize), String> {
        match self.live.update(paths) {
            Ok(Outcome::Full(live, out, _)) => {
                self.live = *live;
                self.files = out.files;
                Ok(("full", 0))
            }
            Ok(Outcome::Patch(p)) => {
                self.files.extend(p.files.files);
                let mut rendered = p.rendered;
                if self.live.behind() {
                    let later = self.live.catch_up().unwrap();
                    rendered += later.rendered;
                    self.files.extend(later.files.files);
                }
                assert!(!self.live.behind());
                Ok(("patch", rendered))
            }
            Err(d) => Err(d.0.iter().map(|x| x.render(false)).collect::<Vec<_>>().join("\n")),
        }
    }

    /// The served site equals a full build of the project as it is now.
    fn assert_same_as_full_build(&self) {
        let (out, _) = build_in_memory(&self.opts).unwrap();
        let want: Vec<&String> = out.files.keys().collect();
        let have: Vec<&String> = self.files.keys().collect();
        assert_eq!(have, want, "the same files");
        for (path, bytes) in &out.files {
            assert!(self.files[path] == *bytes, "{path} differs from a full build");
        }
    }
}

fn edit_file(site: &TestSite, rel: &str, from: &str, to: &str) -> PathBuf {
    let path = site.root.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} has {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    path
}

#[test]
fn a_body_edit_re_renders_the_page_and_its_fallbacks_only() {
    let site = TestSite::basic();
    let mut s = Served::start(&site);
    let p = edit_file(&site, "content/en/guides/other.md", "Text.", "Text with a new sentence about parcels.");
    let (kind, rendered) = s.edit(&[p]).unwrap();
    assert_eq!(kind, "patch");
    // the English page (and a Swedish fallback showing it, when fallbacks are rendered)
    assert!((1..=2).contains(&rendered), "re-rendered pages: {rendered}");
    s.assert_same_as_full_build();
    let en: String = String::from_utf8(s.files["en/guides/other/index.html"].clone()).unwrap();
    assert!(en.contains("new sentence about parcels"));
}

#[test]
fn a_title_edit_re_renders_what_lists_the_page() {
    let site = TestSite::basic();
    let mut s = Served::start(&site);
    let p = edit_file(&site, "content/en/faq/questions.md", "title = \"Questions\"", "title = \"Common questions\"");
    let (kind, rendered) = s.edit(&[p]).unwrap();
    assert_eq!(kind, "patch");
    assert!(rendered >= 3, "page, section, home: {rendered}");
    s.assert_same_as_full_build();
    // an order change (weight) moves prev/next links of the siblings
    let p = edit_file(&site, "content/en/guides/other.md", "weight = 2", "weight = 0");
    assert_eq!(s.edit(&[p]).unwrap().0, "patch");
    s.assert_same_as_full_build();
}

#[test]
fn a_guide_listed_on_every_page_re_renders_its_language_nearby_first() {
    let site = TestSite::basic();
    let mut s = Served::start(&site);
    let p = edit_file(&site, "content/en/guides/complain.md", "title = \"Complain\"", "title = \"Complain well\"");
    let Outcome::Patch(now) = s.live.update(&[p]).unwrap() else { panic!("a patch") };
    // at once: the guide, its section and home, its sibling (and tag mate); later: every other
    // English page, whose search panel lists the guide
    assert_eq!(now.rendered, 4, "rendered at once");
    assert!(s.live.behind());
    s.files.extend(now.files.files);
    let later = s.live.catch_up().unwrap();
    assert!(later.rendered >= 2, "rendered later: {}", later.rendered);
    s.files.extend(later.files.files);
    s.assert_same_as_full_build();
}

#[test]
fn new_and_deleted_files_and_other_inputs_rebuild_everything() {
    let site = TestSite::basic();
    let mut s = Served::start(&site);
    site.write("content/en/faq/more.md", "+++\ntitle = \"More\"\n+++\nMore text.\n");
    assert_eq!(s.edit(&[site.root.join("content/en/faq/more.md")]).unwrap().0, "full");
    s.assert_same_as_full_build();
    std::fs::remove_file(site.root.join("content/en/faq/more.md")).unwrap();
    assert_eq!(s.edit(&[site.root.join("content/en/faq/more.md")]).unwrap().0, "full");
    s.assert_same_as_full_build();
    let ftl = edit_file(&site, "locales/en/main.ftl", "\n", "\n\n");
    assert_eq!(s.edit(&[ftl]).unwrap().0, "full");
    // an editor's temporary file that came and went is no change at all
    let tmp = site.root.join("content/en/faq/.questions.md.swp");
    let (kind, rendered) = s.edit(&[tmp]).unwrap();
    assert_eq!((kind, rendered), ("patch", 0));
    s.assert_same_as_full_build();
}

#[test]
fn a_broken_edit_is_reported_until_that_file_is_fixed() {
    let site = TestSite::basic();
    let mut s = Served::start(&site);
    let bad = edit_file(&site, "content/en/faq/questions.md", "title = \"Questions\"", "title = \"Questions");
    let err = s.edit(std::slice::from_ref(&bad)).unwrap_err();
    assert!(err.contains("content/en/faq/questions.md:2"), "{err}");
    // a good edit elsewhere does not hide the broken file
    let other = edit_file(&site, "content/en/guides/other.md", "Text.", "Text again.");
    let err = s.edit(&[other]).unwrap_err();
    assert!(err.contains("questions.md"), "{err}");
    edit_file(&site, "content/en/faq/questions.md", "title = \"Questions", "title = \"Questions\"");
    assert_eq!(s.edit(&[bad]).unwrap().0, "patch");
    s.assert_same_as_full_build();
}

#[test]
fn the_shipped_site_patched_after_edits_equals_a_full_build() {
    let site = TestSite::shipped();
    let mut s = Served::start(&site);
    let page = "content/sv/complaints/file-a-complaint.md";
    let text = std::fs::read_to_string(site.root.join(page)).unwrap();
    let title = text.lines().find(|l| l.starts_with("title = ")).unwrap().to_string();
    let p = edit_file(&site, page, &title, "title = \"Så klagar du – steg för steg\"");
    let (kind, rendered) = s.edit(std::slice::from_ref(&p)).unwrap();
    assert_eq!(kind, "patch");
    assert!(rendered < 98, "{rendered}");
    s.assert_same_as_full_build();
    let p =
        edit_file(&site, "content/kk/faq/_index.md", "title = ", "title = \"Жиі қойылатын сұрақтар\"\nold_title = ");
    // an unknown front matter key is an error with its line; the site stays as it was
    assert!(s.edit(&[p]).is_err());
}

#[test]
fn pages_that_show_an_edited_title_among_their_related_links_are_re_rendered() {
    let site = TestSite::basic();
    site.write("content/en/many/_index.md", "+++\ntitle = \"Many\"\nweight = 3\n+++\n");
    for i in 1..=12 {
        let tags = if i == 6 || i == 12 { "tags = [\"far\"]\n" } else { "" };
        site.write(
            &format!("content/en/many/p{i:02}.md"),
            &format!("+++\ntitle = \"Page {i}\"\nweight = {i}\n{tags}+++\nText {i}.\n"),
        );
    }
    let mut s = Served::start(&site);
    let p = edit_file(&site, "content/en/many/p06.md", "title = \"Page 6\"", "title = \"Sixth page\"");
    let (kind, rendered) = s.edit(&[p]).unwrap();
    assert_eq!(kind, "patch");
    // p06, its neighbours p05 and p07, p01-p04 (which list the first five others as related),
    // p12 (shares its tag), the section and the home: not p08-p11
    assert_eq!(rendered, 10, "re-rendered");
    let p12 = String::from_utf8(s.files["en/many/p12/index.html"].clone()).unwrap();
    assert!(p12.contains("Sixth page"), "p12 lists p06 among its related pages");
    s.assert_same_as_full_build();
}
