//! Content discovery: walks `content/<lang>/**` (`discover`), then reads every Markdown file found
//! into a `SourcePage` (front matter parsed, body kept) and keeps every other file as an asset to
//! copy (`read`). Problems (bad tags, front matter errors, unreadable files, symlinks, files that
//! vanish between the walk and the read) are collected, not thrown one at a time.

pub mod frontmatter;

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::fs;
pub use frontmatter::{FrontMatter, PageKind};

/// One Markdown file under `content/<lang>/`.
#[derive(Debug, Clone)]
pub struct SourcePage {
    /// Canonical language tag, e.g. `zh-Hant`.
    pub lang: String,
    /// Path below the language folder with `/` separators, e.g. `complaints/escalate.md`.
    pub rel_path: String,
    /// Path shown to editors, relative to the project root, e.g. `content/en/faq/questions.md`.
    pub path: PathBuf,
    pub front: FrontMatter,
    /// The Markdown after the front matter.
    pub body: String,
    /// 1-based line of the file on which the body starts.
    pub body_line: usize,
    /// The whole file's text hash, to tell translations which version of a source they follow.
    pub content_hash: String,
}

impl SourcePage {
    /// `_index.md` files describe a section (or, at the top, the language home).
    pub fn is_index(&self) -> bool {
        self.rel_path == "_index.md" || self.rel_path.ends_with("/_index.md")
    }

    /// Folder below the language folder this file lives in (`""` at the top).
    pub fn dir(&self) -> &str {
        match self.rel_path.rfind('/') {
            Some(i) => &self.rel_path[..i],
            None => "",
        }
    }
}

/// A file found under `content/<lang>/`.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub lang: String,
    /// Path below the language folder.
    pub rel_path: String,
    pub source: PathBuf,
}

/// A non-Markdown file under `content/` (an image, a PDF), copied next to its section.
pub type Asset = SourceFile;

/// What the walk of `content/` found, before any file is read.
#[derive(Debug, Default)]
pub struct Discovered {
    /// Canonical tags of the language folders, sorted.
    pub languages: Vec<String>,
    /// Every file, in walk order (by language, then by name).
    pub files: Vec<SourceFile>,
}

/// Everything read from `content/`.
#[derive(Debug, Default)]
pub struct Content {
    /// Canonical tags of the language folders, sorted.
    pub languages: Vec<String>,
    pub pages: Vec<SourcePage>,
    pub assets: Vec<Asset>,
}

/// Reads `<root>/content`. Returns the content and the problems found (errors and warnings).
pub fn load(root: &Path) -> (Content, Diagnostics) {
    let (found, mut problems) = discover(root);
    let (content, more) = read(root, found);
    problems.extend(more);
    (content, problems)
}

/// Walks `<root>/content` without reading any file.
pub fn discover(root: &Path) -> (Discovered, Diagnostics) {
    let content_dir = root.join("content");
    let mut problems = Diagnostics::default();
    let mut content = Discovered::default();
    let entries = match std::fs::read_dir(&content_dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(
                Diagnostic::error("content", format!("cannot read the content folder: {e}"))
                    .hint("create content/<language>/_index.md, e.g. content/en/_index.md"),
            );
            return (content, problems);
        }
    };
    let mut lang_dirs: Vec<(String, PathBuf)> = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if name.starts_with('.') {
            continue;
        }
        let shown = PathBuf::from("content").join(&name);
        if !path.is_dir() || path.is_symlink() {
            if path.is_symlink() {
                problems.push(Diagnostic::warning(&shown, "symbolic link in content/ is not followed"));
            } else {
                problems.push(
                    Diagnostic::warning(&shown, "files directly in content/ are ignored")
                        .hint("move it into a language folder such as content/en/"),
                );
            }
            continue;
        }
        match crate::lang::canonical_tag(&name) {
            Some(tag) => lang_dirs.push((tag, path)),
            None => problems.push(
                Diagnostic::error(&shown, format!("the folder name {name:?} is not a BCP 47 language tag")).hint(
                    "name language folders by their tag: en, sv, kk, zh-Hant, pt-BR, ...; rename or move this folder",
                ),
            ),
        }
    }
    lang_dirs.sort();
    for pair in lang_dirs.windows(2) {
        if pair[0].0 == pair[1].0 {
            problems.push(
                Diagnostic::error(display(root, &pair[1].1), format!("two folders are the language {}", pair[0].0))
                    .hint("keep one folder per language"),
            );
        }
    }
    lang_dirs.dedup_by(|a, b| a.0 == b.0);
    for (tag, dir) in &lang_dirs {
        walk_language(root, tag, dir, &mut content, &mut problems);
        content.languages.push(tag.clone());
    }
    (content, problems)
}

/// Reads the Markdown files `discover` found (a file gone by now is an error that names it); the
/// other files become assets.
pub fn read(root: &Path, found: Discovered) -> (Content, Diagnostics) {
    use rayon::prelude::*;
    let mut problems = Diagnostics::default();
    let mut content = Content { languages: found.languages, ..Content::default() };
    let (markdown, assets): (Vec<SourceFile>, Vec<SourceFile>) =
        found.files.into_iter().partition(|f| f.source.extension().is_some_and(|e| e == "md"));
    content.assets = assets;
    // reading and parsing the pages is the slow part: in parallel
    let read: Vec<Result<SourcePage, Diagnostic>> = markdown
        .into_par_iter()
        .map(|file| {
            let (front, body, body_line, content_hash) = read_page(root, &file.source)?;
            Ok(SourcePage {
                path: display(root, &file.source),
                lang: file.lang,
                rel_path: file.rel_path,
                front,
                body,
                body_line,
                content_hash,
            })
        })
        .collect();
    for r in read {
        match r {
            Ok(page) => content.pages.push(page),
            Err(d) => problems.push(d),
        }
    }
    content.pages.sort_by(|a, b| (&a.lang, &a.rel_path).cmp(&(&b.lang, &b.rel_path)));
    content.assets.sort_by(|a, b| (&a.lang, &a.rel_path).cmp(&(&b.lang, &b.rel_path)));
    (content, problems)
}

fn display(root: &Path, path: &Path) -> PathBuf {
    crate::diagnostics::display_path(root, path)
}

fn walk_language(root: &Path, tag: &str, dir: &Path, found: &mut Discovered, problems: &mut Diagnostics) {
    let walker = WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().map(|p| display(root, p)).unwrap_or_else(|| display(root, dir));
                let d = match e.io_error() {
                    Some(io) if io.kind() == std::io::ErrorKind::NotFound => {
                        Diagnostic::error(path, "the folder was deleted or moved while helpgen was reading the project")
                            .hint("run the build again once the files have settled")
                    }
                    Some(io) => Diagnostic::error(path, format!("cannot read the folder: {io}")),
                    None => Diagnostic::error(path, format!("cannot read: {e}")),
                };
                problems.push(d);
                continue;
            }
        };
        let path = entry.path();
        let shown = display(root, path);
        if entry.path_is_symlink() {
            problems.push(
                Diagnostic::warning(&shown, "symbolic link is not followed")
                    .hint("copy the file into content/ instead of linking to it"),
            );
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = fs::slash_path(path.strip_prefix(dir).unwrap_or(path));
        found.files.push(SourceFile { lang: tag.to_string(), rel_path: rel, source: path.to_path_buf() });
    }
}

fn read_page(root: &Path, path: &Path) -> Result<(FrontMatter, String, usize, String), Diagnostic> {
    let text = fs::read_text(path).map_err(|e| e.diagnostic(root))?;
    let shown = &display(root, path);
    let split = frontmatter::split(shown, &text)?;
    let front = frontmatter::parse(shown, &text, &split)?;
    let body_line = crate::diagnostics::line_col(&text, split.body_offset).0;
    Ok((front, split.body.to_string(), body_line, content_hash(&text)))
}

/// Reads one page again (serve, after an edit): the same file, with its front matter and body as
/// they are now. `root` is the project folder `page.path` is relative to.
pub fn reread(root: &Path, page: &SourcePage) -> Result<SourcePage, Diagnostic> {
    let (front, body, body_line, content_hash) = read_page(root, &root.join(&page.path))?;
    Ok(SourcePage {
        lang: page.lang.clone(),
        rel_path: page.rel_path.clone(),
        path: page.path.clone(),
        front,
        body,
        body_line,
        content_hash,
    })
}

/// A short, stable hash of a page's text (FNV-1a 64), used to mark translations outdated.
pub fn content_hash(text: &str) -> String {
    let unix;
    let text = if text.contains('\r') {
        unix = text.replace("\r\n", "\n");
        unix.as_str()
    } else {
        text
    };
    let mut h: u64 = 0xcbf29ce484222325;
    for b in text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::content_hash;

    #[test]
    fn hashes_are_stable_and_ignore_line_endings() {
        // stored in translations' `source_hash`: the value must never change
        assert_eq!(content_hash(""), "cbf29ce484222325");
        assert_eq!(content_hash("a"), "af63dc4c8601ec8c", "FNV-1a 64");
        assert_eq!(content_hash("a\nb\n"), content_hash("a\r\nb\r\n"));
        assert_ne!(content_hash("a\nb"), content_hash("a\nc"));
    }
}
