//! helpgen: a static site generator for multilingual help centres.
//!
//! The pipeline, one way: `BuildOptions → Config → Content → Locales/Theme → Site → RenderedPage →
//! Output`. Each stage takes plain values and returns values or `Diagnostics`; `build` writes the
//! output atomically, `incremental::Live` keeps it in memory for `serve`.

pub mod builtin;
pub mod check;
pub mod cldr;
pub mod config;
pub mod content;
pub mod css;
pub mod dashboard;
pub mod data;
pub mod diagnostics;
pub mod diff;
pub mod fs;
pub mod history;
pub mod i18n;
pub mod incremental;
pub mod lang;
pub mod links;
pub mod markdown;
pub mod offline;
pub mod output;
pub mod render;
pub mod sanitize;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod site;
pub mod slug;
pub mod special;
pub mod theme;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use config::Config;
use diagnostics::{Diagnostic, Diagnostics};
use output::Output;

/// Reports progress of a long stage: (stage, done, total). Called from several threads.
pub type ProgressFn = dyn Fn(&str, usize, usize) + Send + Sync;

/// A progress callback that options can carry (the terminal shows a bar; tests and CI see nothing).
#[derive(Clone)]
pub struct Progress(pub Arc<ProgressFn>);

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Progress")
    }
}

/// What `helpgen build` was asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The project folder.
    pub root: PathBuf,
    /// Overrides `output_dir`.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` (serve uses the local address).
    pub base_url: Option<String>,
    pub include_drafts: bool,
    pub live_reload: bool,
    /// Fail on warnings (broken links, anchors and local files among them) instead of writing.
    pub strict: bool,
    pub progress: Option<Progress>,
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            output: None,
            base_url: None,
            include_drafts: false,
            live_reload: false,
            strict: false,
            progress: None,
        }
    }
}

/// What a build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// Pages (homes, sections, pages) per language tag.
    pub pages: BTreeMap<String, usize>,
    pub files: usize,
    pub bytes: usize,
    pub elapsed: Duration,
    pub output_dir: PathBuf,
    /// Problems that did not stop the build.
    pub warnings: Diagnostics,
    /// Wall time of each stage (load, render, search, write), for `--verbose`. In `helpgen build`
    /// a language's search index is built while the next language renders: "render" includes that
    /// work, "search" is what is left of it after the last page.
    pub stages: Vec<(&'static str, Duration)>,
}

impl BuildReport {
    /// `Built 96 pages (en 16, sv 16, ...) and 300 files in 0.21 s → public/ (with 2 warnings)`
    pub fn summary(&self, root: &std::path::Path) -> String {
        let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        let shown = diagnostics::display_path(&root, &self.output_dir);
        format!("{} → {}/{}", self.counts(), shown.display(), self.warnings_note())
    }

    /// What `serve` says: the same counts, built into memory (nothing is written).
    pub fn summary_in_memory(&self) -> String {
        format!("{} into memory{}", self.counts(), self.warnings_note())
    }

    fn counts(&self) -> String {
        let total: usize = self.pages.values().sum();
        let per: Vec<String> = self.pages.iter().map(|(l, n)| format!("{l} {n}")).collect();
        format!(
            "Built {total} pages ({}) and {} files in {:.2} s",
            per.join(", "),
            self.files,
            self.elapsed.as_secs_f64()
        )
    }

    fn warnings_note(&self) -> String {
        match self.warnings.0.len() {
            0 => String::new(),
            1 => " (with 1 warning)".to_string(),
            n => format!(" (with {n} warnings)"),
        }
    }
}

/// Builds the site and writes it to the output folder, replacing the old one only on success.
/// Pages are written as they are rendered (into a staging folder swapped in at the end), so memory
/// holds the search text of the site, not its HTML.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let start = Instant::now();
    let mut project = load_project(opts)?;
    let output_dir = project.config.output_dir.clone();
    // Belt and braces: the swap replaces the output folder whole, so it must lie strictly inside
    // the (absolute) project folder whatever the config check decided.
    let root = std::fs::canonicalize(&opts.root)
        .map_err(|e| Diagnostics::from(Diagnostic::error(&opts.root, e.to_string())))?;
    let inside = output_dir.is_absolute()
        && output_dir.starts_with(&root)
        && output_dir != root
        && output_dir
            .strip_prefix(&root)
            .is_ok_and(|r| r.components().all(|c| matches!(c, std::path::Component::Normal(_))));
    if !inside {
        return Err(Diagnostic::error(
            config::CONFIG_FILE,
            format!("refusing to write outside the project: {}", output_dir.display()),
        )
        .into());
    }
    let write_error = |e: fs::FsError| {
        Diagnostics::from(
            Diagnostic::error(&e.path, e.source.to_string()).hint("check that the output folder's parent is writable"),
        )
    };
    let staging = output::Staging::begin(&output_dir).map_err(write_error)?;
    let (mut report, pages) = produce(&mut project, opts, Sink::Staging(&staging), start)?;
    report.warnings = link_warnings(&project, &pages, report.warnings);
    if opts.strict && !report.warnings.is_empty() {
        // the staging folder is dropped: the previous output stays as it was
        return Err(strict_errors(report.warnings));
    }
    // freeing the project's memory takes a while at thousands of pages: beside the swap
    let ((), committed) = rayon::join(move || drop(project), || staging.commit());
    committed.map_err(write_error)?;
    report.elapsed = start.elapsed().max(Duration::from_nanos(1));
    Ok(report)
}

/// `warnings` and the broken internal links, anchors and local files of `pages` (the checks of
/// `helpgen check`, shown as warnings by `build`), sorted.
pub fn link_warnings(project: &Project, pages: &[render::RenderedPage], warnings: Diagnostics) -> Diagnostics {
    let page_links: Vec<links::PageLinks> = pages.iter().map(|p| p.links.clone()).collect();
    let mut all = warnings;
    for mut d in links::check(&project.site, &project.content, &page_links) {
        d.severity = diagnostics::Severity::Warning;
        all.push(d);
    }
    all.sorted()
}

/// `--strict`: every warning is an error.
pub fn strict_errors(warnings: Diagnostics) -> Diagnostics {
    Diagnostics(warnings.into_iter().map(|d| Diagnostic { severity: diagnostics::Severity::Error, ..d }).collect())
}

/// Everything read from a project, checked, ready to render.
pub struct Project {
    pub config: Config,
    pub content: content::Content,
    pub locales: Arc<i18n::Locales>,
    pub theme: theme::Theme,
    pub contacts: BTreeMap<String, data::ContactBlock>,
    pub site: site::Site,
    pub git_dates: std::collections::HashMap<String, String>,
    /// Language names from the locales (`language-name`), by tag, for the site tree.
    pub language_names: BTreeMap<String, String>,
    /// Problems that do not stop the build.
    pub warnings: Diagnostics,
}

impl Project {
    /// What rendering needs, borrowed from the project.
    pub fn render_input<'a>(&'a self, live_reload: bool, progress: Option<&'a ProgressFn>) -> render::RenderInput<'a> {
        render::RenderInput {
            git_dates: &self.git_dates,
            config: &self.config,
            site: &self.site,
            content: &self.content,
            theme: &self.theme,
            locales: self.locales.clone(),
            contacts: &self.contacts,
            live_reload,
            progress,
        }
    }
}

/// Reads and checks every input of the project; reports every problem of every stage at once.
pub fn load_project(opts: &BuildOptions) -> Result<Project, Diagnostics> {
    let mut config = Config::load(&opts.root, opts.output.as_deref())?;
    if let Some(url) = &opts.base_url {
        config.base_url = config::normalize_base_url(url).map_err(|msg| {
            Diagnostics::from(
                Diagnostic::error("command line", format!("--base-url {url:?} {msg}"))
                    .hint("give an absolute URL, e.g. --base-url https://example.org/help/"),
            )
        })?;
    }
    // the theme and the git history need only the config: read them while the content is read
    let ((content, mut problems), (theme, git_dates)) = rayon::join(
        || content::load(&config.root),
        || (theme::Theme::load(&config), history::last_commit_dates(&config.root)),
    );
    let locales = match i18n::Locales::load(&config, &content.languages) {
        Ok(l) => Some(l),
        Err(d) => {
            problems.extend(d);
            None
        }
    };
    let theme = match theme {
        Ok(t) => Some(t),
        Err(d) => {
            problems.extend(d);
            None
        }
    };
    let contacts = data::load_contacts(&config, &content.languages).unwrap_or_else(|d| {
        problems.extend(d);
        BTreeMap::new()
    });
    let names: BTreeMap<String, String> = match &locales {
        Some(l) => content
            .languages
            .iter()
            .filter(|t| l.defines(t, "language-name"))
            .filter_map(|t| l.format(t, "language-name", &[]).ok().map(|n| (t.clone(), n)))
            .collect(),
        None => BTreeMap::new(),
    };
    let site = match site::build(&config, &content, &names, site::SiteOptions { include_drafts: opts.include_drafts }) {
        Ok(s) => Some(s),
        Err(d) => {
            problems.extend(d);
            None
        }
    };
    if problems.has_errors() {
        return Err(problems.sorted());
    }
    Ok(Project {
        locales: Arc::new(locales.expect("locales")),
        theme: theme.expect("theme"),
        site: site.expect("site"),
        git_dates,
        language_names: names,
        config,
        content,
        contacts,
        warnings: problems.sorted(),
    })
}

/// Renders every page of a loaded project; with `staging`, each page's HTML is written there as
/// soon as it is rendered and not kept.
pub fn render_pages(
    project: &Project,
    live_reload: bool,
    progress: Option<&ProgressFn>,
    staging: Option<&output::Staging>,
) -> Result<Vec<render::RenderedPage>, Diagnostics> {
    let input = project.render_input(live_reload, progress);
    render::render_all(&input, staging)
}

/// Builds the whole site into memory.
pub fn build_in_memory(opts: &BuildOptions) -> Result<(Output, BuildReport), Diagnostics> {
    incremental::Live::build(opts).map(|(_, out, report)| (out, report))
}

/// Where `produce` puts the files.
enum Sink<'a> {
    Memory(&'a mut Output),
    Staging(&'a output::Staging),
}

impl Sink<'_> {
    fn put(&mut self, path: String, bytes: Vec<u8>) -> Result<usize, Diagnostics> {
        let len = bytes.len();
        match self {
            Sink::Memory(out) => out.insert(path, bytes),
            Sink::Staging(s) => s
                .write(&path, &bytes)
                .map_err(|e| Diagnostics::from(Diagnostic::error(&e.path, e.source.to_string())))?,
        }
        Ok(len)
    }
}

/// Renders pages, search index, special pages and copies static files into `sink`. Returns the
/// pages with their search text (HTML handed to the sink).
fn produce(
    project: &mut Project,
    opts: &BuildOptions,
    mut sink: Sink,
    start: Instant,
) -> Result<(BuildReport, Vec<render::RenderedPage>), Diagnostics> {
    let mut stages = vec![("load", start.elapsed())];
    let mark = |stages: &mut Vec<(&'static str, Duration)>, name: &'static str, at: &mut Instant| {
        stages.push((name, at.elapsed()));
        *at = Instant::now();
    };
    let mut at = Instant::now();
    let mut files = 0;
    let mut bytes = 0;
    let mut others_staged = None;
    let mut manifest = offline::Manifest::default();
    let mut pages = match &mut sink {
        Sink::Staging(staging) => {
            let indexed = render_and_index(project, opts, staging, &mut stages, &mut at)?;
            files += indexed.files;
            bytes += indexed.bytes;
            others_staged = Some(indexed.others);
            manifest = indexed.manifest;
            indexed.pages
        }
        Sink::Memory(_) => {
            let pages = render_pages(project, opts.live_reload, opts.progress.as_ref().map(|p| &*p.0), None)?;
            mark(&mut stages, "render", &mut at);
            for (path, b) in search::build(&project.config, &project.site, &project.content, &pages)? {
                manifest.add(&path, &b);
                bytes += sink.put(path, b)?;
                files += 1;
            }
            mark(&mut stages, "search", &mut at);
            pages
        }
    };
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for p in &mut pages {
        *counts.entry(project.site.node(p.node).lang.clone()).or_default() += 1;
        bytes += p.bytes;
        files += 1;
        if let Sink::Memory(_) = sink {
            sink.put(p.path.clone(), std::mem::take(&mut p.html))?;
            p.markdown = markdown::Rendered::default();
        }
    }
    let others = match others_staged {
        Some(others) => others,
        None => other_files(project, opts.live_reload)?,
    };
    for (path, b) in others.files {
        manifest.add(&path, &b);
        bytes += sink.put(path, b)?;
        files += 1;
    }
    // offline reading, for a site that is published (serve reloads pages instead)
    if !opts.live_reload {
        bytes += sink.put("sw.js".to_string(), manifest.service_worker())?;
        files += 1;
    }
    mark(&mut stages, "write", &mut at);
    let report = BuildReport {
        pages: counts,
        files,
        bytes,
        elapsed: start.elapsed(),
        output_dir: project.config.output_dir.clone(),
        warnings: project.warnings.clone(),
        stages,
    };
    Ok((report, pages))
}

/// Renders the pages into `staging` one language after another, and builds each language's search
/// index (written to `staging` too) while the next language renders; a language's search text is
/// dropped once its index is written. The other files (`other_files`) are made beside the last
/// indexes. Returns the pages (without HTML or search text), the index's file count and bytes,
/// and the other files; records the stages "render" and "search" (the index work, and the other
/// files, left when the last page is rendered).
fn render_and_index(
    project: &Project,
    opts: &BuildOptions,
    staging: &output::Staging,
    stages: &mut Vec<(&'static str, Duration)>,
    at: &mut Instant,
) -> Result<Indexed, Diagnostics> {
    let site = &project.site;
    let synonyms = if project.config.search.enabled {
        let tags: Vec<String> = site.languages.iter().map(|l| l.tag.clone()).collect();
        Some(search::synonyms::load(&project.config.root, &tags)?)
    } else {
        None
    };
    let input = project.render_input(opts.live_reload, opts.progress.as_ref().map(|p| &*p.0));
    let done = std::sync::atomic::AtomicUsize::new(0);
    let total = site.nodes.len();
    let mut by_lang: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for n in &site.nodes {
        by_lang.entry(n.lang.as_str()).or_default().push(n.id);
    }
    // nodes of a language not in [languages] (none today) render last, without an index
    let mut order: Vec<(Option<&site::Language>, Vec<usize>)> =
        site.languages.iter().map(|l| (Some(l), by_lang.remove(l.tag.as_str()).unwrap_or_default())).collect();
    order.extend(by_lang.into_values().map(|ids| (None, ids)));
    // per language: the index's (files, bytes, what the service worker needs) or the error writing it
    type Written = Result<(usize, usize, offline::Manifest), Diagnostics>;
    let mut written: Vec<Option<Written>> = order.iter().map(|_| None).collect();
    let mut pages = Vec::with_capacity(total);
    let mut problems = Diagnostics::default();
    let mut rendered_at = Duration::ZERO;
    let mut others = None;
    rayon::scope(|scope| {
        for ((lang, ids), slot) in order.iter().zip(written.iter_mut()) {
            match render::render_counted(&input, ids, Some(staging), &done, total) {
                Ok(mut rendered) => {
                    let (Some(lang), Some(synonyms), false) = (lang, &synonyms, problems.has_errors()) else {
                        pages.extend(rendered);
                        continue;
                    };
                    // the index needs the search text; the page list keeps the rest
                    let texts: Vec<render::RenderedPage> = rendered
                        .iter_mut()
                        .map(|p| render::RenderedPage { blocks: std::mem::take(&mut p.blocks), ..p.clone() })
                        .collect();
                    pages.extend(rendered);
                    let content = &project.content;
                    scope.spawn(move |_| {
                        let mut files = 0;
                        let mut bytes = 0;
                        let mut manifest = offline::Manifest::default();
                        let mut result = Ok(());
                        for (path, b) in search::language_files(site, content, &texts, lang, synonyms) {
                            files += 1;
                            bytes += b.len();
                            manifest.add(&path, &b);
                            if let Err(e) = staging.write(&path, &b) {
                                result = Err(Diagnostics::from(Diagnostic::error(&e.path, e.source.to_string())));
                                break;
                            }
                        }
                        *slot = Some(result.map(|()| (files, bytes, manifest)));
                    });
                }
                Err(d) => problems.extend(d),
            }
        }
        rendered_at = at.elapsed();
        let others = &mut others;
        scope.spawn(move |_| *others = Some(other_files(project, opts.live_reload)));
    });
    stages.push(("render", rendered_at));
    stages.push(("search", at.elapsed().saturating_sub(rendered_at)));
    *at = Instant::now();
    if problems.has_errors() {
        return Err(problems.sorted());
    }
    let (mut files, mut bytes) = (0, 0);
    let mut manifest = offline::Manifest::default();
    for w in written.into_iter().flatten() {
        let (f, b, m) = w?;
        files += f;
        bytes += b;
        manifest.merge(m);
    }
    let others = others.expect("the scope ran the task")?;
    Ok(Indexed { pages, files, bytes, others, manifest })
}

/// What `render_and_index` made besides the files it wrote.
struct Indexed {
    pages: Vec<render::RenderedPage>,
    /// Search index files and their bytes.
    files: usize,
    bytes: usize,
    /// Special pages and static files, still to be written.
    others: Output,
    manifest: offline::Manifest,
}

/// The pages that list the site but have no source: the root language chooser and the 404 pages.
pub fn special_pages(project: &Project, live_reload: bool) -> Result<Output, Diagnostics> {
    let Project { config, locales, theme, site, .. } = project;
    let mut out = Output::default();
    let teras = |lang: &str| theme.for_language(locales.clone(), lang);
    special::render(config, site, theme, &teras, live_reload, &mut out).map_err(Diagnostics::from)?;
    Ok(out)
}

/// The translation dashboard of a loaded project (`[dashboard] enabled`, `check --format html`).
pub fn dashboard_page(project: &Project) -> String {
    let config = &project.config;
    let title =
        project.locales.format(&config.default_language, "site-title", &[]).unwrap_or_else(|_| "helpgen".into());
    dashboard::html(&title, &config.default_language, &check::language_status(project))
}

/// A theme or project static file as it is published: stylesheets minified (a `.css` file that is not
/// UTF-8 is copied as it is; browsers would not read it either).
fn static_file(config: &Config, rel: &str, source: &theme::Source, bytes: Vec<u8>) -> Result<Vec<u8>, Diagnostics> {
    if !rel.ends_with(".css") {
        return Ok(bytes);
    }
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return Ok(bytes);
    };
    css::minify(rel, text).map(String::into_bytes).map_err(|e| e.diagnostic(&source.shown(&config.root)).into())
}

/// Everything but the pages and the search index: the root chooser, 404 pages, sitemap, robots.txt,
/// the theme's static files and the content's assets.
pub fn other_files(project: &Project, live_reload: bool) -> Result<Output, Diagnostics> {
    let Project { config, content, theme, site, .. } = project;
    let read = |path: &std::path::Path| fs::read(path).map_err(|e| Diagnostics::from(e.diagnostic(&config.root)));
    let mut out = special_pages(project, live_reload)?;
    out.insert("sitemap.xml", special::sitemap(config, site));
    out.insert("robots.txt", special::robots(config));
    if config.dashboard.enabled {
        out.insert(dashboard::PATH, dashboard_page(project).into_bytes());
    }
    for (rel, source) in &theme.static_files {
        let bytes = source.read().map_err(|e| Diagnostics::from(e.diagnostic(&config.root)))?;
        out.insert(rel.clone(), static_file(config, rel, source, bytes)?);
    }
    for asset in &content.assets {
        let Some(section) = render::section_url_of(site, &asset.lang, &asset.rel_path) else {
            continue;
        };
        let file = asset.rel_path.rsplit('/').next().unwrap_or(&asset.rel_path);
        out.insert(format!("{section}{file}"), read(&asset.source)?);
    }
    Ok(out)
}
