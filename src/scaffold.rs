//! `helpgen new`: scaffolds a working site (with the default theme built into the binary), a page
//! with the skeleton of its kind (optionally started from another language's page, recording its
//! version for `helpgen check`), or a language seeded from the default language. Never overwrites.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::fs;

/// What `helpgen new` was asked to create.
#[derive(Debug, Clone)]
pub enum NewRequest {
    Site { dir: PathBuf, language: String },
    Page { root: PathBuf, path: String, kind: String, from: Option<String> },
    Language { root: PathBuf, tag: String },
}

macro_rules! embed {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/", $path)) as &[u8])),*]
    };
}

/// The default theme, as shipped in `themes/default/` (a test keeps this list complete).
pub const DEFAULT_THEME: &[(&str, &[u8])] = embed!(
    "static/assets/composer.js",
    "static/assets/helpgen.css",
    "static/assets/helpgen.js",
    "static/assets/search.js",
    "templates/404.html",
    "templates/base.html",
    "templates/home.html",
    "templates/page.html",
    "templates/partials/breadcrumbs.html",
    "templates/partials/channels.html",
    "templates/partials/composer.html",
    "templates/partials/contact.html",
    "templates/partials/faq.html",
    "templates/partials/guide.html",
    "templates/partials/help.html",
    "templates/partials/language-switcher.html",
    "templates/partials/nav.html",
    "templates/partials/page-foot.html",
    "templates/partials/page-meta.html",
    "templates/partials/search.html",
    "templates/root.html",
    "templates/section.html",
);

/// The English strings of the complaint composer.
pub const DEFAULT_COMPOSER_LOCALE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/composer.ftl"));

/// The English UI strings every new site starts with.
pub const DEFAULT_LOCALE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/main.ftl"));

pub fn run(req: &NewRequest) -> Result<Vec<String>, Diagnostics> {
    match req {
        NewRequest::Site { dir, language } => new_site(dir, language),
        NewRequest::Page { root, path, kind, from } => new_page(root, path, kind, from.as_deref()),
        NewRequest::Language { root, tag } => new_language(root, tag),
    }
}

/// Writes a file that must not exist yet.
fn create(path: &Path, text: &[u8], written: &mut Vec<String>) -> Result<(), Diagnostics> {
    if path.exists() {
        return Err(Diagnostic::error(path, "already exists; helpgen new never overwrites")
            .hint("choose another name, or edit the file")
            .into());
    }
    fs::write(path, text).map_err(|e| Diagnostics::from(Diagnostic::error(&e.path, e.source.to_string())))?;
    written.push(format!("created {}", path.display()));
    Ok(())
}

fn new_site(dir: &Path, language: &str) -> Result<Vec<String>, Diagnostics> {
    let Some(lang) = crate::lang::canonical_tag(language) else {
        return Err(Diagnostic::error(language, "not a BCP 47 language tag").into());
    };
    if dir.exists() && std::fs::read_dir(dir).map(|mut d| d.next().is_some()).unwrap_or(true) {
        return Err(Diagnostic::error(dir, "the folder exists and is not empty")
            .hint("choose a new folder name")
            .into());
    }
    let mut written = vec![];
    let files: Vec<(String, String)> = vec![
        ("helpgen.toml".into(), format!("base_url = \"https://help.example.org/\"\ndefault_language = \"{lang}\"\n")),
        (format!("content/{lang}/_index.md"), "+++\ntitle = \"How can we help?\"\n+++\n\nStart with the [guide](guides/first-guide.md) or the [questions](faq/questions.md).\n".into()),
        (format!("content/{lang}/guides/_index.md"), "+++\ntitle = \"Guides\"\nweight = 10\n+++\n\nStep-by-step help.\n".into()),
        (format!("content/{lang}/guides/first-guide.md"), page_text("Your first guide", "guide", None)),
        (format!("content/{lang}/faq/_index.md"), "+++\ntitle = \"Questions\"\nweight = 20\n+++\n".into()),
        (format!("content/{lang}/faq/questions.md"), page_text("Frequently asked questions", "faq", None)),
        (format!("data/{lang}/contact.toml"), "[[channels]]\nname = \"E-mail\"\ndescription = \"Write to us any time.\"\nreply = \"Within 24 hours\"\n".into()),
        (format!("locales/{lang}/main.ftl"), DEFAULT_LOCALE.to_string()),
        (format!("locales/{lang}/composer.ftl"), DEFAULT_COMPOSER_LOCALE.to_string()),
    ];
    for (rel, text) in files {
        create(&dir.join(rel), text.as_bytes(), &mut written)?;
    }
    for (rel, bytes) in DEFAULT_THEME {
        create(&dir.join("themes/default").join(rel), bytes, &mut written)?;
    }
    written.push(format!("next: cd {} && helpgen serve", dir.display()));
    Ok(written)
}

/// Front matter and a body skeleton showing the structure of the kind.
fn page_text(title: &str, kind: &str, source_hash: Option<&str>) -> String {
    let hash = source_hash.map(|h| format!("source_hash = \"{h}\"\n")).unwrap_or_default();
    let body = match kind {
        "guide" => {
            "What this guide helps with, in one or two sentences.\n\n## Before you start {.intro}\n\nWhat to have at hand.\n\n## Do the first thing\n\nWhat to do, and why it helps.\n\n## Do the next thing\n\nWhat to do, and why it helps.\n\n## If it does not work {.nostep}\n\nWhere to go next.\n"
        }
        "faq" => {
            "Short answers to common questions.\n\n## How do I ask a question?\n\nEach `##` heading is a question; the text below it is the answer.\n\n## Can I link to one question?\n\nYes: every question has its own anchor.\n"
        }
        _ => "Write the article here. Use `##` headings for its parts.\n",
    };
    format!(
        "+++\ntitle = \"{}\"\ndescription = \"\"\nkind = \"{kind}\"\n{hash}+++\n\n{body}",
        title.replace('"', "\\\"")
    )
}

fn new_page(root: &Path, path: &str, kind: &str, from: Option<&str>) -> Result<Vec<String>, Diagnostics> {
    let path = path.trim_matches('/').trim_end_matches(".md");
    let mut parts = path.split('/');
    let lang = parts.next().and_then(crate::lang::canonical_tag).ok_or_else(|| {
        Diagnostics::from(Diagnostic::error(path, "the path must start with a language tag, e.g. sv/faq/refunds"))
    })?;
    let rest: Vec<&str> = parts.collect();
    if rest.is_empty() || rest.iter().any(|s| crate::slug::check_slug(s).is_err()) {
        return Err(
            Diagnostic::error(path, "give <lang>/<section>/<slug> with safe names (letters, digits, hyphens)").into()
        );
    }
    let content = root.join("content").join(&lang);
    let file = content.join(format!("{}.md", rest.join("/")));
    let mut written = vec![];
    // sections on the way get an _index.md so that the page builds at once
    let mut dir = content.clone();
    if !dir.join("_index.md").exists() {
        create(&dir.join("_index.md"), b"+++\ntitle = \"Help\"\n+++\n", &mut written)?;
    }
    for seg in &rest[..rest.len() - 1] {
        dir = dir.join(seg);
        if !dir.join("_index.md").exists() {
            let title = seg.replace('-', " ");
            create(&dir.join("_index.md"), format!("+++\ntitle = \"{title}\"\n+++\n").as_bytes(), &mut written)?;
        }
    }
    let text = match from {
        None => page_text(&rest[rest.len() - 1].replace('-', " "), kind, None),
        Some(src) => {
            let src_path = root.join("content").join(format!("{}.md", src.trim_matches('/').trim_end_matches(".md")));
            let source = fs::read_text(&src_path)
                .map_err(|e| Diagnostics::from(Diagnostic::error(&e.path, e.source.to_string())))?;
            let hash = crate::content::content_hash(&source);
            // the source as it is, to be translated, with the version it was taken from
            crate::check::set_front_matter_key(&source, "source_hash", &hash)
                .ok_or_else(|| Diagnostics::from(Diagnostic::error(&src_path, "the source has no front matter")))?
        }
    };
    create(&file, text.as_bytes(), &mut written)?;
    Ok(written)
}

fn new_language(root: &Path, tag: &str) -> Result<Vec<String>, Diagnostics> {
    let Some(lang) = crate::lang::canonical_tag(tag) else {
        return Err(Diagnostic::error(tag, "not a BCP 47 language tag").hint("e.g. ar, ja, th, pt-BR").into());
    };
    let config = Config::load(root, None)?;
    let root = &config.root;
    let default = &config.default_language;
    let mut written = vec![];
    let home_src = root.join("content").join(default).join("_index.md");
    let home = match fs::read_text(&home_src) {
        Ok(text) => crate::check::set_front_matter_key(&text, "source_hash", &crate::content::content_hash(&text))
            .unwrap_or(text),
        Err(_) => "+++\ntitle = \"Help\"\n+++\n".into(),
    };
    create(&root.join("content").join(&lang).join("_index.md"), home.as_bytes(), &mut written)?;
    let locale_dir = root.join("locales").join(default);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&locale_dir)
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect())
        .unwrap_or_default();
    files.sort();
    for f in files {
        let text =
            fs::read_text(&f).map_err(|e| Diagnostics::from(Diagnostic::error(&e.path, e.source.to_string())))?;
        let name = f.file_name().expect("file name");
        let name_line = format!("language-name = {}", crate::lang::known_endonym(&lang).unwrap_or(&lang));
        let seeded = mark_for_translation(&text, default)
            .lines()
            .map(|l| if l.starts_with("language-name =") { name_line.as_str() } else { l })
            .collect::<Vec<_>>()
            .join("\n");
        create(&root.join("locales").join(&lang).join(name), format!("{seeded}\n").as_bytes(), &mut written)?;
    }
    written.push(format!("next: translate content/{lang}/_index.md and locales/{lang}/, then run helpgen check"));
    Ok(written)
}

/// Puts a `# TRANSLATE` comment above every message, so translators can find what is left.
fn mark_for_translation(ftl: &str, from: &str) -> String {
    let mut out =
        format!("# Seeded from locales/{from}/: translate each message marked TRANSLATE, then delete the mark.\n");
    for line in ftl.lines() {
        let is_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && line.contains(" =");
        if is_message {
            out.push_str("# TRANSLATE\n");
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}
