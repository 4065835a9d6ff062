//! `TestSite`: a small project in a fresh temporary folder, built by the real `helpgen` binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct TestSite {
    pub root: PathBuf,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

impl TestSite {
    /// An empty project folder with the repository's default theme copied in.
    pub fn new() -> TestSite {
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let root = std::env::temp_dir().join(format!("helpgen-test-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        copy_dir(&repo().join("themes/default"), &root.join("themes/default"));
        TestSite { root }
    }

    /// A two-language site (en default, sv) with a guide, an FAQ and an article.
    pub fn basic() -> TestSite {
        let site = TestSite::new();
        site.write("helpgen.toml", "base_url = \"https://example.org/help/\"\ndefault_language = \"en\"\n");
        site.write("locales/en/main.ftl", &std::fs::read_to_string(repo().join("locales/en/main.ftl")).unwrap());
        site.write("locales/sv/main.ftl", &std::fs::read_to_string(repo().join("locales/sv/main.ftl")).unwrap());
        site.write("content/en/_index.md", "+++\ntitle = \"Help\"\n+++\nWelcome.\n");
        site.write("content/en/guides/_index.md", "+++\ntitle = \"Guides\"\nweight = 1\n+++\n");
        site.write(
            "content/en/guides/complain.md",
            "+++\ntitle = \"Complain\"\nkind = \"guide\"\nweight = 1\nupdated = 2026-11-21\ntags = [\"c\"]\n+++\nIntro.\n\n## Before {.intro}\n\nGet ready.\n\n## Find the order\n\nOpen [the FAQ](../faq/questions.md#refunds).\n\n## Write to the shop\n\nBe brief.\n",
        );
        site.write("content/en/guides/other.md", "+++\ntitle = \"Other\"\nweight = 2\ntags = [\"c\"]\n+++\nText.\n");
        site.write("content/en/faq/_index.md", "+++\ntitle = \"FAQ\"\nweight = 2\n+++\n");
        site.write(
            "content/en/faq/questions.md",
            "+++\ntitle = \"Questions\"\nkind = \"faq\"\n+++\n## Refunds?\n\nYes.\n\n## Returns?\n\n30 days.\n",
        );
        site.write("content/sv/_index.md", "+++\ntitle = \"Hjälp\"\n+++\nVälkommen.\n");
        site.write("content/sv/guides/_index.md", "+++\ntitle = \"Guider\"\n+++\n");
        site.write(
            "content/sv/guides/complain.md",
            "+++\ntitle = \"Klaga\"\nkind = \"guide\"\nupdated = 2026-11-21\n+++\n## Hitta ordern\n\nText.\n",
        );
        site
    }

    /// A copy of the shipped help centre (content, locales, data, config), built.
    pub fn shipped() -> TestSite {
        let s = TestSite::new();
        for dir in ["content", "locales", "data"] {
            copy_dir(&repo().join(dir), &s.root.join(dir));
        }
        std::fs::copy(repo().join("helpgen.toml"), s.root.join("helpgen.toml")).unwrap();
        s.build_ok();
        s
    }

    /// Asserts that every relative link of every page (404 pages aside) leads to a file; returns the count.
    pub fn assert_relative_links_resolve(&self) -> usize {
        let base = self.root.join("public");
        let mut checked = 0;
        for (path, bytes) in self.snapshot() {
            if !path.ends_with(".html") || path.ends_with("404.html") {
                continue;
            }
            let html = String::from_utf8(bytes).unwrap();
            let dir = base.join(&path).parent().unwrap().to_path_buf();
            for link in relative_links(&html) {
                let file = link.split(['#', '?']).next().unwrap();
                assert!(dir.join(file).is_file(), "{path}: link {link} leads to no file");
                checked += 1;
            }
        }
        checked
    }

    pub fn write(&self, rel: &str, text: &str) -> &Self {
        self.write_bytes(rel, text.as_bytes())
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) -> &Self {
        let p = self.root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
        self
    }

    pub fn remove(&self, rel: &str) {
        std::fs::remove_file(self.root.join(rel)).unwrap();
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_helpgen"))
            .args(args)
            .current_dir(&self.root)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        Run(out)
    }

    pub fn build(&self) -> Run {
        self.run(&["build"])
    }

    /// Builds and panics with the output if the build failed.
    pub fn build_ok(&self) -> &Self {
        let r = self.build();
        assert!(r.ok(), "build failed:\n{}", r.stderr());
        self
    }

    pub fn out(&self, rel: &str) -> String {
        let p = self.root.join("public").join(rel);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.root.join("public").join(rel).exists()
    }

    /// Every file of the output folder with its bytes, sorted.
    pub fn snapshot(&self) -> Vec<(String, Vec<u8>)> {
        let base = self.root.join("public");
        let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(&base)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (e.path().strip_prefix(&base).unwrap().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap())
            })
            .collect();
        files.sort();
        files
    }
}

impl Drop for TestSite {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

pub struct Run(pub Output);

impl Run {
    pub fn ok(&self) -> bool {
        self.0.status.success()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).into_owned()
    }
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn copy_dir(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from).into_iter().flatten() {
        let rel = e.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
}

/// Every `href`/`src` in an HTML page that is relative (no scheme, no leading `/`, not `#...`).
pub fn relative_links(html: &str) -> Vec<String> {
    let mut out = vec![];
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            let end = rest.find('"').unwrap();
            let url = &rest[..end];
            // a scheme (https:, mailto:, data:) before any slash means an absolute URL
            let has_scheme = url.split('/').next().is_some_and(|first| first.contains(':'));
            if !url.is_empty() && !url.starts_with('#') && !has_scheme && !url.starts_with('/') {
                out.push(url.to_string());
            }
        }
    }
    out
}
