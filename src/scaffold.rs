//! `helpgen new`: scaffolds a working site (content, config and its own title; the theme and the UI
//! strings are built into the binary), a page with the skeleton of its kind (optionally started from
//! another language's page, recording its version for `helpgen check`), or a language (its home page,
//! and UI strings only where helpgen has none built in for it). Never overwrites.

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

/// The folders and lock file a build writes, for the new site's `.gitignore`.
const GITIGNORE: &str =
    "# written by helpgen build and serve\n/public/\n/.*.helpgen-lock\n/.*.helpgen-new-*\n/.*.helpgen-old-*\n";

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
    written.push(format!("created {}", path.strip_prefix(".").unwrap_or(path).display()));
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
        (format!("locales/{lang}/main.ftl"), site_strings(dir)),
        (".gitignore".into(), GITIGNORE.into()),
    ];
    for (rel, text) in files {
        create(&dir.join(rel), text.as_bytes(), &mut written)?;
    }
    written.push(format!("next: cd {} && helpgen serve", dir.display()));
    Ok(written)
}

/// The new site's own UI strings: its title (from the folder's name) over the built-in ones.
fn site_strings(dir: &Path) -> String {
    let name = dir.file_name().map(|n| n.to_string_lossy().replace(['-', '_'], " ")).unwrap_or_default();
    let mut title: String = name.trim().to_string();
    if let Some(first) = title.chars().next() {
        title = first.to_uppercase().chain(title.chars().skip(1)).collect();
    }
    if title.is_empty() {
        title = "Help centre".into();
    }
    format!(
        "# This site's UI strings. helpgen has built-in strings for every message of the default theme in\n\
         # 52 languages; a message here replaces the built-in one of the same name.\n\n\
         site-title = {title}\n"
    )
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
    let source = match from {
        Some(src) => Some(Source::read(root, src)?),
        None => None,
    };
    let content = root.join("content").join(&lang);
    let file = content.join(format!("{}.md", rest.join("/")));
    let mut written = vec![];
    // sections on the way get an _index.md so that the page builds at once: the folders from the
    // language's down to the page's (whose `_index` may be the page itself)
    let mut rel = String::new();
    for depth in 0..rest.len() {
        if depth > 0 {
            rel.push_str(rest[depth - 1]);
            rel.push('/');
        }
        let index = content.join(&rel).join("_index.md");
        if index == file {
            break;
        }
        if !index.exists() {
            implicit_section(root, &index, &rel, source.as_ref(), &mut written)?;
        }
    }
    let text = match &source {
        None => page_text(&rest[rest.len() - 1].replace('-', " "), kind, None),
        Some(src) => src.copy_text()?,
    };
    create(&file, text.as_bytes(), &mut written)?;
    if source.is_some() {
        let shown = file.strip_prefix(root).unwrap_or(&file).display().to_string();
        written.push(format!(
            "next: translate {shown}, then run `helpgen check --mark-translated {shown}` (until then check counts \
             it as not translated)"
        ));
    }
    Ok(written)
}

/// The page a translation starts from (`--from`).
struct Source {
    path: PathBuf,
    text: String,
    /// The source's language and its content folder.
    lang: String,
    content: PathBuf,
}

impl Source {
    fn read(root: &Path, from: &str) -> Result<Source, Diagnostics> {
        let from = from.trim_matches('/').trim_end_matches(".md");
        let path = root.join("content").join(format!("{from}.md"));
        let text =
            fs::read_text(&path).map_err(|e| Diagnostics::from(Diagnostic::error(&e.path, e.source.to_string())))?;
        let lang = from.split('/').next().unwrap_or("").to_string();
        Ok(Source { content: root.join("content").join(&lang), path, text, lang })
    }

    /// The source as it is, to be translated: its version recorded, marked not yet translated.
    fn copy_text(&self) -> Result<String, Diagnostics> {
        untranslated_copy(&self.text)
            .ok_or_else(|| Diagnostics::from(Diagnostic::error(&self.path, "the source has no front matter")))
    }
}

/// `text` (a page with front matter) with its hash recorded as `source_hash` and `translated = false`.
fn untranslated_copy(text: &str) -> Option<String> {
    let hash = crate::content::content_hash(text);
    let with_hash = crate::check::set_front_matter_key(text, "source_hash", &hash)?;
    crate::check::set_front_matter_raw(&with_hash, "translated", "false")
}

/// Creates the `_index.md` of a section folder a new page needs (`rel` below the language folder,
/// `""` for the language home): a not-yet-translated copy of the source language's section when
/// the page starts from one, else a stub titled after the folder. Says so, with what to do next.
fn implicit_section(
    root: &Path,
    index: &Path,
    rel: &str,
    source: Option<&Source>,
    written: &mut Vec<String>,
) -> Result<(), Diagnostics> {
    let shown = index.strip_prefix(root).unwrap_or(index).display().to_string();
    let source_index = source.map(|s| s.content.join(rel).join("_index.md")).filter(|p| p.exists());
    match (source, source_index) {
        (Some(src), Some(from)) => {
            let text = fs::read_text(&from)
                .map_err(|e| Diagnostics::from(Diagnostic::error(&e.path, e.source.to_string())))?;
            let copy = untranslated_copy(&text).unwrap_or(text);
            create(index, copy.as_bytes(), written)?;
            written.push(format!(
                "note: the section {shown} was needed on the way: it is a copy of content/{}/{rel}_index.md, not \
                 translated yet; translate its title, then run `helpgen check --mark-translated {shown}`",
                src.lang
            ));
        }
        _ => {
            let title = rel.trim_end_matches('/').rsplit('/').next().filter(|t| !t.is_empty()).unwrap_or("Help");
            let title = title.replace('-', " ");
            create(index, format!("+++\ntitle = \"{title}\"\n+++\n").as_bytes(), written)?;
            written.push(format!(
                "note: the section {shown} was needed on the way: it is titled \"{title}\"; give it a real title (and a weight)"
            ));
        }
    }
    Ok(())
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
    let home_file = root.join("content").join(&lang).join("_index.md");
    let (home, redirected) = match fs::read_text(&home_src) {
        Ok(text) => {
            // the home's links lead to pages the new language does not have yet: to the default's
            let (text, redirected) = links_to_language(&text, default);
            (untranslated_copy(&text).unwrap_or(text), redirected)
        }
        Err(_) => ("+++\ntitle = \"Help\"\n+++\n".into(), vec![]),
    };
    create(&home_file, home.as_bytes(), &mut written)?;
    if !redirected.is_empty() {
        written.push(format!(
            "note: content/{lang}/_index.md links to the {default} pages ({}) until {lang} has its own: \
             change each link when you translate its page",
            redirected.join(", ")
        ));
    }
    for (name, text) in seeded_strings(root, default, &lang)? {
        create(&root.join("locales").join(&lang).join(name), text.as_bytes(), &mut written)?;
    }
    let strings = if crate::builtin::match_locale(&lang).is_some() {
        format!("helpgen has built-in UI strings for {lang}")
    } else {
        format!("translate locales/{lang}/ (helpgen has no built-in UI strings for {lang})")
    };
    written.push(format!(
        "next: translate content/{lang}/_index.md and run `helpgen check --mark-translated content/{lang}/_index.md`; \
         {strings}; `helpgen check` shows what is left"
    ));
    Ok(written)
}

/// `page` (the default language's home) with each relative link into its own language rewritten to
/// climb into that language's folder (`faq/q.md` → `../en/faq/q.md`), and the links rewritten.
fn links_to_language(page: &str, lang: &str) -> (String, Vec<String>) {
    use pulldown_cmark::{Event, LinkType, Parser, Tag};
    let Ok(split) = crate::content::frontmatter::split(Path::new("_index.md"), page) else {
        return (page.to_string(), vec![]);
    };
    let body_start = split.body_offset;
    let mut edits: Vec<(usize, usize, String)> = vec![];
    for (event, range) in Parser::new_ext(split.body, crate::markdown::options()).into_offset_iter() {
        let (Event::Start(Tag::Link { link_type, dest_url, .. })
        | Event::Start(Tag::Image { link_type, dest_url, .. })) = event
        else {
            continue;
        };
        if link_type != LinkType::Inline {
            continue;
        }
        let crate::links::Dest::Relative { path, .. } = crate::links::classify(&dest_url, false) else { continue };
        let into_other = path.starts_with("../");
        if into_other || path.is_empty() || path == "_index.md" || path == "./_index.md" {
            continue;
        }
        // the destination as written sits after the last `](` of the link's source
        let written = &split.body[range.clone()];
        let Some(at) = written.rfind(&format!("]({dest_url}")) else { continue };
        let start = body_start + range.start + at + 2;
        edits.push((start, start + dest_url.len(), format!("../{lang}/{dest_url}")));
    }
    let mut out = page.to_string();
    let mut shown = vec![];
    for (start, end, new) in edits.into_iter().rev() {
        shown.push(out[start..end].to_string());
        out.replace_range(start..end, &new);
    }
    shown.reverse();
    (out, shown)
}

/// The UI string files a new language starts with, as (file name, text). A language helpgen knows gets
/// only the messages the project itself writes in the default language (its title, ...), marked for
/// translation; the built-in strings cover the rest. An unknown language gets every message of the
/// default language (the project's, then the built-in ones), marked.
fn seeded_strings(root: &Path, default: &str, lang: &str) -> Result<Vec<(String, String)>, Diagnostics> {
    let locale_dir = root.join("locales").join(default);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&locale_dir)
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect())
        .unwrap_or_default();
    files.sort();
    let mut by_name: Vec<(String, String)> = Vec::new();
    for f in files {
        let text =
            fs::read_text(&f).map_err(|e| Diagnostics::from(Diagnostic::error(&e.path, e.source.to_string())))?;
        by_name.push((f.file_name().expect("file name").to_string_lossy().into_owned(), text));
    }
    let known = crate::builtin::match_locale(lang).is_some();
    if known {
        // only what the project says in its own words: messages equal to the built-in ones are left out
        let builtin = crate::builtin::match_locale(default).unwrap_or("en");
        let same: Vec<String> = crate::builtin::locale_files(builtin)
            .iter()
            .flat_map(|(_, text)| message_blocks(text))
            .filter(|(id, block)| by_name.iter().any(|(_, t)| message_blocks(t).contains(&(id.clone(), block.clone()))))
            .map(|(id, _)| id)
            .collect();
        for (_, text) in by_name.iter_mut() {
            *text = without_messages(text, &same);
        }
        by_name.retain(|(_, text)| !message_ids(text).is_empty());
    } else {
        let builtin = crate::builtin::match_locale(default).unwrap_or("en");
        for (name, text) in crate::builtin::locale_files(builtin) {
            let defined: Vec<String> = by_name.iter().flat_map(|(_, t)| message_ids(t)).collect();
            let rest = without_messages(text, &defined);
            match by_name.iter_mut().find(|(n, _)| n == name) {
                Some((_, project)) => project.push_str(&format!("\n# Built-in strings of {builtin}:\n{rest}")),
                None => by_name.push((name.to_string(), rest)),
            }
        }
    }
    let name_line = format!("language-name = {}", crate::lang::known_endonym(lang).unwrap_or(lang));
    Ok(by_name
        .into_iter()
        .map(|(name, text)| {
            let seeded = mark_for_translation(&text, default)
                .lines()
                .map(|l| if l.starts_with("language-name =") { name_line.as_str() } else { l })
                .collect::<Vec<_>>()
                .join("\n");
            (name, format!("{seeded}\n"))
        })
        .collect())
}

/// The ids of the messages an `.ftl` text defines (`id =` at the start of a line).
fn message_ids(ftl: &str) -> Vec<String> {
    ftl.lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
        .collect()
}

/// Each message of an `.ftl` text as (id, its lines as written).
fn message_blocks(ftl: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in ftl.lines() {
        let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '#' || c == '-');
        if starts_entry {
            match line.split_once(" =") {
                Some((id, _)) if !line.starts_with('#') => out.push((id.trim().to_string(), format!("{line}\n"))),
                _ => out.push((String::new(), String::new())),
            }
        } else if let Some((_, block)) = out.last_mut().filter(|(id, _)| !id.is_empty()) {
            block.push_str(line);
            block.push('\n');
        }
    }
    out.retain(|(id, _)| !id.is_empty());
    out
}

/// `ftl` without the messages in `ids` (a message runs on over its indented lines).
fn without_messages(ftl: &str, ids: &[String]) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for line in ftl.lines() {
        // an entry starts with an id or a comment; indented lines and a closing `}` belong to the last one
        if line.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '#' || c == '-') {
            skipping = line.split_once(" =").is_some_and(|(id, _)| ids.iter().any(|i| i == id.trim()));
        }
        if !skipping {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
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
