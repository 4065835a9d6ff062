//! `helpgen check`: what is broken or untranslated. Internal links and anchors (to pages of any
//! language), local files, translation status per language (missing, outdated against the source's
//! hash, untracked), and Fluent coverage (missing and unused keys, foreign variables, missing plural
//! categories). Returns diagnostics plus a per-language summary; `--mark-translated` records that a
//! translation is up to date with its source.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::diagnostics::{Diagnostic, Diagnostics, Severity, line_col};
use crate::render::RenderedPage;
use crate::site::NodeKind;
use crate::{BuildOptions, Project, fs, load_project, render_pages};

/// Messages that code uses by computed names (callouts by their kind, the language's own name).
const DYNAMIC_KEYS: [&str; 2] = ["callout-", "language-name"];

#[derive(Debug, Clone, Default, Serialize)]
pub struct LanguageStatus {
    pub language: String,
    pub pages: usize,
    /// Source pages (default language) with no translation here.
    pub missing: Vec<String>,
    /// Translations whose source changed since they were marked translated.
    pub outdated: Vec<String>,
    /// For each outdated translation, what changed in its source since the version it records
    /// (found in git history by `source_hash`; absent when that version is not in the history).
    pub changes: BTreeMap<String, SourceChanges>,
    /// Pages started from their source (`new page --from`, `translated = false`) and not marked
    /// translated yet.
    pub not_translated: Vec<String>,
    /// Translations that do not record a `source_hash`.
    pub untracked: Vec<String>,
    /// UI strings the default language has and this one lacks (they fall back).
    pub ui_missing: Vec<String>,
    /// What changed for each outdated translation: its source, and when the source last changed.
    pub outdated_details: Vec<Outdated>,
}

/// An outdated translation and the change it has not followed.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Outdated {
    pub translation: String,
    pub source: String,
    /// The source's `updated` date, or its last commit's, when known.
    pub source_updated: Option<String>,
}

/// What changed in an outdated translation's source, paragraph by paragraph.
#[derive(Debug, Clone, Serialize)]
pub struct SourceChanges {
    pub source: String,
    /// The hash the translation records and the source's now.
    pub from_hash: String,
    pub to_hash: String,
    pub paragraphs: Vec<crate::diff::Change>,
}

#[derive(Debug, Default, Serialize)]
pub struct CheckReport {
    pub languages: Vec<LanguageStatus>,
    pub diagnostics: Vec<Diagnostic>,
    /// For the dashboard (`--format html`): the site's title and source language.
    #[serde(skip)]
    pub site_title: String,
    #[serde(skip)]
    pub default_language: String,
}

impl CheckReport {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count()
    }

    pub fn notes(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Note).count()
    }

    /// `Checked 138 pages in 6 languages: 0 errors, 1 warning, 3 notes`.
    pub fn closing_line(&self) -> String {
        let count = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
        let pages: usize = self.languages.iter().map(|l| l.pages).sum();
        format!(
            "Checked {} in {}: {}, {}, {}",
            count(pages, "page"),
            count(self.languages.len(), "language"),
            count(self.errors(), "error"),
            count(self.warnings(), "warning"),
            count(self.notes(), "note")
        )
    }

    /// The summary table shown in the terminal.
    pub fn table(&self) -> String {
        let mut out = format!(
            "{:<10} {:>6} {:>8} {:>15} {:>9} {:>10} {:>11}\n",
            "language", "pages", "missing", "not translated", "outdated", "untracked", "UI missing"
        );
        for l in &self.languages {
            out.push_str(&format!(
                "{:<10} {:>6} {:>8} {:>15} {:>9} {:>10} {:>11}\n",
                l.language,
                l.pages,
                l.missing.len(),
                l.not_translated.len(),
                l.outdated.len(),
                l.untracked.len(),
                l.ui_missing.len()
            ));
        }
        out
    }
}

/// Runs every check over the project at `root`.
pub fn check(root: &Path, external: bool) -> Result<CheckReport, Diagnostics> {
    let opts = BuildOptions::new(root);
    let project = load_project(&opts)?;
    let pages = render_pages(&project, false, None, None)?;
    let mut report = CheckReport::default();
    let mut diags = project.warnings.clone();
    check_links(&project, &pages, &mut diags);
    if external {
        check_external(&project, &pages, &mut diags);
    }
    report.languages = translation_status(&project, &mut diags);
    check_fluent(&project, &mut diags, &mut report.languages);
    for lang in &project.site.languages {
        // what the index holds of a page: its title, description and text
        let texts: Vec<&str> = project
            .content
            .pages
            .iter()
            .filter(|p| p.lang == lang.tag)
            .flat_map(|p| [p.front.title.as_str(), p.front.description.as_deref().unwrap_or(""), p.body.as_str()])
            .collect();
        diags.extend(crate::search::synonyms::absent_groups(&project.config.root, &lang.tag, &texts));
    }
    let default = &project.config.default_language;
    report.site_title = project.locales.format(default, "site-title", &[]).unwrap_or_else(|_| "helpgen".into());
    report.default_language = default.clone();
    report.diagnostics = diags.sorted().0;
    Ok(report)
}

/// Per language: pages, missing, outdated and untracked translations, UI strings missing (what the
/// dashboard shows; the diagnostics are `check`'s business).
pub fn language_status(project: &Project) -> Vec<LanguageStatus> {
    let mut scratch = Diagnostics::default();
    let mut languages = translation_status(project, &mut scratch);
    check_fluent(project, &mut scratch, &mut languages);
    languages
}

/// Broken internal links, anchors and local files (`links::check`, which `build` runs too).
fn check_links(project: &Project, pages: &[RenderedPage], diags: &mut Diagnostics) {
    let page_links: Vec<crate::links::PageLinks> = pages.iter().map(|p| p.links.clone()).collect();
    diags.extend(crate::links::check(&project.site, &project.content, &page_links));
}

/// External http(s) links, each URL asked once (HEAD, then GET when HEAD is refused) through `curl`,
/// which brings TLS and proxies without adding an HTTP stack to helpgen; in parallel.
fn check_external(project: &Project, pages: &[RenderedPage], diags: &mut Diagnostics) {
    use rayon::prelude::*;
    let mut uses: BTreeMap<String, Vec<(PathBuf, usize)>> = BTreeMap::new();
    for page in pages {
        let node = project.site.node(page.node);
        if node.fallback_of.is_some() {
            continue;
        }
        let src = &project.content.pages[node.source];
        for link in
            page.markdown.links.iter().filter(|l| l.dest.starts_with("http://") || l.dest.starts_with("https://"))
        {
            let line = src.body_line + line_col(&src.body, link.offset).0 - 1;
            uses.entry(link.dest.clone()).or_default().push((src.path.clone(), line));
        }
    }
    let results: Vec<(String, Result<u16, String>)> = uses
        .keys()
        .cloned()
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|url| {
            let status = fetch_status(&url);
            (url, status)
        })
        .collect();
    for (url, status) in results {
        let problem = match status {
            Ok(code) if code < 400 => continue,
            Ok(code) => format!("external link {url} answers HTTP {code}"),
            Err(e) => format!("external link {url} cannot be reached: {e}"),
        };
        for (path, line) in &uses[&url] {
            diags.push(Diagnostic::error(path, problem.clone()).at(*line, 0).hint("fix or remove the link"));
        }
    }
}

fn fetch_status(url: &str) -> Result<u16, String> {
    let ask = |head: bool| -> Result<u16, String> {
        let mut cmd = std::process::Command::new("curl");
        cmd.args(["-sS", "-L", "--max-time", "15", "-o", "/dev/null", "-w", "%{http_code}"]);
        if head {
            cmd.arg("-I");
        }
        let out = cmd.arg("--").arg(url).output().map_err(|e| format!("curl is needed for --external ({e})"))?;
        let code: u16 = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap_or(0);
        if code == 0 {
            return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
        }
        Ok(code)
    };
    match ask(true)? {
        405 | 403 | 501 => ask(false),
        code => Ok(code),
    }
}

fn translation_status(project: &Project, diags: &mut Diagnostics) -> Vec<LanguageStatus> {
    let site = &project.site;
    let default = &project.config.default_language;
    let mut out = Vec::new();
    for lang in &site.languages {
        let mut st = LanguageStatus { language: lang.tag.clone(), ..Default::default() };
        for n in site.nodes.iter().filter(|n| n.lang == lang.tag && n.fallback_of.is_none()) {
            st.pages += 1;
            if lang.tag == *default {
                continue;
            }
            let page = &project.content.pages[n.source];
            let Some(&source_id) = n.translations.get(default) else { continue };
            let source = &project.content.pages[site.node(source_id).source];
            if page.front.translated == Some(false) {
                st.not_translated.push(page.path.display().to_string());
                diags.push(
                    Diagnostic::note(&page.path, format!("not translated yet: a copy of {}", source.path.display()))
                        .hint(format!(
                            "translate it, then run `helpgen check --mark-translated {}`",
                            page.path.display()
                        )),
                );
                continue;
            }
            match &page.front.source_hash {
                None => {
                    st.untracked.push(page.path.display().to_string());
                    diags.push(
                        Diagnostic::note(
                            &page.path,
                            format!("untracked translation: records no version of {}", source.path.display()),
                        )
                        .hint(format!(
                            "once it follows the source, run `helpgen check --mark-translated {}` so that check can \
                             tell when the source changes",
                            page.path.display()
                        )),
                    );
                }
                Some(h) if *h != source.content_hash => {
                    st.outdated.push(page.path.display().to_string());
                    let (detail, changes) = source_changes(project, source, h);
                    if let Some(c) = changes {
                        st.changes.insert(page.path.display().to_string(), c);
                    }
                    let source_updated = source
                        .front
                        .updated
                        .clone()
                        .or_else(|| project.git_dates.get(&crate::fs::slash_path(&source.path)).cloned());
                    st.outdated_details.push(Outdated {
                        translation: page.path.display().to_string(),
                        source: source.path.display().to_string(),
                        source_updated,
                    });
                    diags.push(
                        Diagnostic::warning(
                            &page.path,
                            format!(
                                "outdated translation: {} changed since this page was translated",
                                source.path.display()
                            ),
                        )
                        .with_detail(detail)
                        .hint(format!(
                            "update the translation, then run `helpgen check --mark-translated {}`",
                            page.path.display()
                        )),
                    );
                }
                Some(_) => {}
            }
        }
        if lang.tag != *default {
            for n in site.nodes.iter().filter(|n| n.lang == *default && n.fallback_of.is_none()) {
                let has = n.translations.get(&lang.tag).is_some_and(|&t| site.node(t).fallback_of.is_none());
                if !has {
                    let src = &project.content.pages[n.source];
                    st.missing.push(src.path.display().to_string());
                    let kind = if n.kind == NodeKind::Page { "page" } else { "section" };
                    diags.push(
                        Diagnostic::note(
                            PathBuf::from("content").join(&lang.tag).join(&n.rel_path),
                            format!(
                                "missing translation of the {kind} {} (readers see it in {default})",
                                src.path.display()
                            ),
                        )
                        .hint(format!(
                            "create it with `helpgen new page {}/{} --from {}/{}`",
                            lang.tag,
                            n.rel_path.trim_end_matches(".md"),
                            default,
                            n.rel_path.trim_end_matches(".md")
                        )),
                    );
                }
            }
        }
        out.push(st);
    }
    out
}

/// What changed in `source` since the version with hash `from` (found in git history): lines for the
/// terminal and the changes for JSON; when the version is not in the history, a line that says so.
fn source_changes(
    project: &Project,
    source: &crate::content::SourcePage,
    from: &str,
) -> (Vec<String>, Option<SourceChanges>) {
    let root = &project.config.root;
    let Some(old) = crate::history::text_with_hash(root, &source.path, from) else {
        return (
            vec![format!(
                "the version it was translated from ({from}) is not in git history, so what changed cannot be shown"
            )],
            None,
        );
    };
    let now = fs::read_text(&root.join(&source.path)).unwrap_or_default();
    let paragraphs = crate::diff::paragraph_diff(&old, &now);
    let mut lines = vec![format!("changed in {} since the version translated:", source.path.display())];
    lines.extend(crate::diff::render(&paragraphs));
    let changes = SourceChanges {
        source: source.path.display().to_string(),
        from_hash: from.to_string(),
        to_hash: source.content_hash.clone(),
        paragraphs,
    };
    (lines, Some(changes))
}

/// The UI string keys a template uses: `t(key="x")`, and `t(key="prefix-" ~ name)` inside
/// `{% for name in ["a", "b"] %}`, which uses `prefix-a` and `prefix-b`.
pub fn template_keys(text: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(i) = rest.find("key=\"") {
        let start = offset + i + 5;
        let Some(end) = text[start..].find('"').map(|e| start + e) else { break };
        let literal = &text[start..end];
        let after = text[end + 1..].trim_start();
        match after.strip_prefix('~').map(str::trim_start) {
            Some(tail) => {
                let name: String = tail.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                for item in loop_items(&text[..start], &name) {
                    keys.insert(format!("{literal}{item}"));
                }
            }
            None => {
                keys.insert(literal.to_string());
            }
        }
        offset = end + 1;
        rest = &text[offset..];
    }
    keys
}

/// The string items of the last `{% for name in [...] %}` before the end of `before`.
fn loop_items(before: &str, name: &str) -> Vec<String> {
    let Some(i) = before.rfind(&format!("for {name} in [")) else { return Vec::new() };
    let list = &before[i + name.len() + 9..];
    let Some(end) = list.find(']') else { return Vec::new() };
    list[..end].split(',').map(|x| x.trim().trim_matches('"').to_string()).filter(|x| !x.is_empty()).collect()
}

/// Plural categories of a language's cardinal numbers, from CLDR.
pub fn plural_categories(lang: &str) -> BTreeSet<String> {
    crate::cldr::Cldr::new(lang).plural_categories().into_iter().map(String::from).collect()
}

fn check_fluent(project: &Project, diags: &mut Diagnostics, status: &mut [LanguageStatus]) {
    let default = &project.config.default_language;
    let locales = &project.locales;
    let Some(base) = locales.messages.get(default) else { return };
    // keys the templates use
    let mut used: BTreeSet<String> = crate::render::CODE_KEYS.iter().map(|k| k.to_string()).collect();
    for text in project.theme.template_texts.values() {
        used.extend(template_keys(text));
    }
    for (key, info) in base {
        if !info.builtin && !used.contains(key) && !DYNAMIC_KEYS.iter().any(|d| key.starts_with(d)) {
            diags.push(
                Diagnostic::warning(&info.file, format!("the UI string {key} is never used by the templates"))
                    .at(info.line, 1)
                    .hint("remove it, or use it in a template"),
            );
        }
    }
    for st in status.iter_mut() {
        let lang = &st.language;
        if lang == default {
            continue;
        }
        let Some(own) = locales.messages.get(lang) else {
            st.ui_missing = base.keys().cloned().collect();
            diags.push(
                Diagnostic::note(
                    PathBuf::from("locales").join(lang),
                    format!("{lang} has no UI strings; the {default} ones are shown"),
                )
                .hint(format!("run `helpgen new language {lang}` or copy locales/{default}/ and translate it")),
            );
            continue;
        };
        let categories = plural_categories(lang);
        for (key, info) in base {
            let shown = used.contains(key) || DYNAMIC_KEYS.iter().any(|d| key.starts_with(d));
            match own.get(key) {
                // a message nothing shows is reported once, as unused, not as missing everywhere
                None if !shown => {}
                None => st.ui_missing.push(key.clone()),
                // copied from another language by `helpgen new language` and not translated yet
                Some(mine) if mine.untranslated && shown => st.ui_missing.push(key.clone()),
                Some(mine) => {
                    // what the code passes besides what the default message happens to use
                    let passed: BTreeSet<String> = info.variables.clone();
                    let foreign: Vec<&String> = mine.variables.difference(&passed).collect();
                    if !foreign.is_empty() {
                        diags.push(
                            Diagnostic::warning(
                                &mine.file,
                                format!(
                                    "{key} uses {} which the {default} message does not pass",
                                    foreign.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
                                ),
                            )
                            .at(mine.line, 1)
                            .hint(format!(
                                "use only {}",
                                passed.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
                            )),
                        );
                    }
                    let plural = ["zero", "one", "two", "few", "many"];
                    if mine.categories.iter().any(|c| plural.contains(&c.as_str()))
                        || info.categories.iter().any(|c| plural.contains(&c.as_str()))
                    {
                        let lacking: Vec<&String> =
                            categories.iter().filter(|c| *c != "other" && !mine.categories.contains(*c)).collect();
                        if !lacking.is_empty() {
                            diags.push(
                                Diagnostic::warning(
                                    &mine.file,
                                    format!(
                                        "{key} has no variant for the {lang} plural categories {}",
                                        lacking.iter().map(|c| format!("[{c}]")).collect::<Vec<_>>().join(" ")
                                    ),
                                )
                                .at(mine.line, 1)
                                .hint(format!(
                                    "{lang} distinguishes {}",
                                    categories.iter().cloned().collect::<Vec<_>>().join(", ")
                                )),
                            );
                        }
                    }
                }
            }
        }
        if !st.ui_missing.is_empty() {
            diags.push(
                Diagnostic::note(
                    PathBuf::from("locales").join(lang),
                    format!(
                        "{} missing or still marked # TRANSLATE (shown in {default}): {}",
                        if st.ui_missing.len() == 1 {
                            "1 UI string".to_string()
                        } else {
                            format!("{} UI strings", st.ui_missing.len())
                        },
                        st.ui_missing.join(", ")
                    ),
                )
                .hint(format!("add them to locales/{lang}/")),
            );
        }
    }
}

/// Records in `page`'s front matter that it is translated from the current version of its source.
pub fn mark_translated(root: &Path, page: &Path) -> Result<String, Diagnostics> {
    let opts = BuildOptions::new(root);
    let project = load_project(&opts)?;
    let wanted = crate::config::lexical_normalize(&project.config.root.join(page));
    let rel = wanted.strip_prefix(&project.config.root).unwrap_or(&wanted).to_path_buf();
    let Some(src) = project.content.pages.iter().find(|p| p.path == rel) else {
        return Err(Diagnostic::error(page, "no such page under content/")
            .hint("give the page's path, e.g. content/sv/faq/questions.md")
            .into());
    };
    let key = src.front.translation_key.clone().unwrap_or_else(|| src.rel_path.clone());
    let default = &project.config.default_language;
    let Some(source) =
        project.content.pages.iter().find(|p| {
            p.lang == *default && p.front.translation_key.clone().unwrap_or_else(|| p.rel_path.clone()) == key
        })
    else {
        return Err(Diagnostic::error(&src.path, format!("no {default} page to be a translation of")).into());
    };
    let full = project.config.root.join(&src.path);
    let text =
        fs::read_text(&full).map_err(|e| Diagnostics::from(Diagnostic::error(&src.path, e.source.to_string())))?;
    let updated = set_front_matter_key(&text, "source_hash", &source.content_hash)
        .and_then(|t| remove_front_matter_key(&t, "translated"))
        .ok_or_else(|| Diagnostics::from(Diagnostic::error(&src.path, "cannot find the front matter")))?;
    fs::write(&full, updated.as_bytes())
        .map_err(|e| Diagnostics::from(Diagnostic::error(&src.path, e.source.to_string())))?;
    Ok(format!("{} marked as translated from {} ({})", src.path.display(), source.path.display(), source.content_hash))
}

/// Sets (or adds) `key` in TOML or YAML front matter to the string `value`, keeping everything else
/// as written.
pub fn set_front_matter_key(text: &str, key: &str, value: &str) -> Option<String> {
    set_front_matter_raw(text, key, &format!("\"{value}\""))
}

/// Removes `key` from TOML or YAML front matter (nothing to remove: the text as it is).
pub fn remove_front_matter_key(text: &str, key: &str) -> Option<String> {
    let (fence, sep) = fences(text)?;
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    let close = lines.iter().skip(1).position(|l| l.trim_end() == fence)? + 1;
    if let Some(i) = (1..close).find(|&i| is_key_line(lines[i], key, sep)) {
        lines.remove(i);
    }
    Some(lines.concat())
}

/// The fence and the key-value separator of a page's front matter.
fn fences(text: &str) -> Option<(&'static str, &'static str)> {
    if text.starts_with("+++") {
        Some(("+++", "="))
    } else if text.starts_with("---") {
        Some(("---", ":"))
    } else {
        None
    }
}

fn is_key_line(line: &str, key: &str, sep: &str) -> bool {
    let l = line.trim_start();
    l.starts_with(key) && l[key.len()..].trim_start().starts_with(sep)
}

/// Sets (or adds) `key` in TOML or YAML front matter to `value` written as is (`false`, `"x"`).
pub fn set_front_matter_raw(text: &str, key: &str, value: &str) -> Option<String> {
    let fence = if text.starts_with("+++") {
        "+++"
    } else if text.starts_with("---") {
        "---"
    } else {
        return None;
    };
    let line = if fence == "+++" { format!("{key} = {value}") } else { format!("{key}: {value}") };
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    let close = lines.iter().skip(1).position(|l| l.trim_end() == fence)? + 1;
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let owned = format!("{line}{eol}");
    let existing = (1..close).find(|&i| is_key_line(lines[i], key, if fence == "+++" { "=" } else { ":" }));
    match existing {
        Some(i) => lines[i] = &owned,
        None => lines.insert(close, &owned),
    }
    Some(lines.concat())
}

/// Severity by `--strict` (warnings become errors) and `--complete` (notes too: every language is
/// fully translated).
pub fn apply_strict(report: &mut CheckReport, complete: bool) {
    for d in &mut report.diagnostics {
        if d.severity == Severity::Warning || complete {
            d.severity = Severity::Error;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_or_adds_a_front_matter_key() {
        let t = "+++\ntitle = \"x\"\n+++\nbody\n";
        assert_eq!(
            set_front_matter_key(t, "source_hash", "ab").unwrap(),
            "+++\ntitle = \"x\"\nsource_hash = \"ab\"\n+++\nbody\n"
        );
        let t2 = "+++\nsource_hash = \"old\"\ntitle = \"x\"\n+++\n";
        assert_eq!(
            set_front_matter_key(t2, "source_hash", "new").unwrap(),
            "+++\nsource_hash = \"new\"\ntitle = \"x\"\n+++\n"
        );
        let y = "---\ntitle: x\n---\n";
        assert_eq!(set_front_matter_key(y, "source_hash", "h").unwrap(), "---\ntitle: x\nsource_hash: \"h\"\n---\n");
    }

    #[test]
    fn knows_each_languages_plural_categories() {
        let ro = plural_categories("ro");
        assert!(ro.contains("one") && ro.contains("few") && ro.contains("other"), "{ro:?}");
        assert_eq!(plural_categories("zh-Hant").into_iter().collect::<Vec<_>>(), vec!["other"]);
        assert_eq!(plural_categories("kk").len(), 2);
    }
}
