//! helpgen: a static site generator for multilingual help centres.
//!
//! The pipeline, one way: `BuildOptions → Config → Content → Locales/Theme → Site → RenderedPage →
//! Output`. Each stage takes plain values and returns values or `Diagnostics`; `build` writes the
//! output atomically, `build_in_memory` keeps it for `serve`.

pub mod check;
pub mod config;
pub mod content;
pub mod data;
pub mod diagnostics;
pub mod fs;
pub mod history;
pub mod i18n;
pub mod lang;
pub mod markdown;
pub mod output;
pub mod render;
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
}

impl BuildReport {
    /// `Built 96 pages (en 16, sv 16, ...) in 0.21 s → public/`
    pub fn summary(&self, root: &std::path::Path) -> String {
        let total: usize = self.pages.values().sum();
        let per: Vec<String> = self.pages.iter().map(|(l, n)| format!("{l} {n}")).collect();
        format!(
            "Built {total} pages ({}) and {} files in {:.2} s → {}",
            per.join(", "),
            self.files,
            self.elapsed.as_secs_f64(),
            diagnostics::display_path(root, &self.output_dir).display()
        )
    }
}

/// Builds the site and writes it to the output folder, replacing the old one only on success.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let (out, mut report) = build_in_memory(opts)?;
    // Belt and braces: the swap replaces the output folder whole, so it must lie strictly inside
    // the (absolute) project folder whatever the config check decided.
    let root = std::fs::canonicalize(&opts.root)
        .map_err(|e| Diagnostics::from(Diagnostic::error(&opts.root, e.to_string())))?;
    let inside = report.output_dir.is_absolute()
        && report.output_dir.starts_with(&root)
        && report.output_dir != root
        && report
            .output_dir
            .strip_prefix(&root)
            .is_ok_and(|r| r.components().all(|c| matches!(c, std::path::Component::Normal(_))));
    if !inside {
        return Err(Diagnostic::error(
            config::CONFIG_FILE,
            format!("refusing to write outside the project: {}", report.output_dir.display()),
        )
        .into());
    }
    out.write_atomically(&report.output_dir).map_err(|e| {
        Diagnostics::from(
            Diagnostic::error(&e.path, e.source.to_string()).hint("check that the output folder's parent is writable"),
        )
    })?;
    report.elapsed = report.elapsed.max(Duration::from_nanos(1));
    Ok(report)
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
    /// Problems that do not stop the build.
    pub warnings: Diagnostics,
}

/// Reads and checks every input of the project; reports every problem of every stage at once.
pub fn load_project(opts: &BuildOptions) -> Result<Project, Diagnostics> {
    let mut config = Config::load(&opts.root, opts.output.as_deref())?;
    if let Some(url) = &opts.base_url {
        config.base_url = if url.ends_with('/') { url.clone() } else { format!("{url}/") };
    }
    let (content, mut problems) = content::load(&config.root);
    let locales = match i18n::Locales::load(&config, &content.languages) {
        Ok(l) => Some(l),
        Err(d) => {
            problems.extend(d);
            None
        }
    };
    let theme = match theme::Theme::load(&config) {
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
    let git_dates = history::last_commit_dates(&config.root);
    Ok(Project {
        locales: Arc::new(locales.expect("locales")),
        theme: theme.expect("theme"),
        site: site.expect("site"),
        git_dates,
        config,
        content,
        contacts,
        warnings: problems.sorted(),
    })
}

/// Renders every page of a loaded project.
pub fn render_pages(
    project: &Project,
    live_reload: bool,
    progress: Option<&ProgressFn>,
) -> Result<Vec<render::RenderedPage>, Diagnostics> {
    let input = render::RenderInput {
        git_dates: &project.git_dates,
        config: &project.config,
        site: &project.site,
        content: &project.content,
        theme: &project.theme,
        locales: project.locales.clone(),
        contacts: &project.contacts,
        live_reload,
        progress,
    };
    render::render_all(&input)
}

/// Builds the whole site into memory.
pub fn build_in_memory(opts: &BuildOptions) -> Result<(Output, BuildReport), Diagnostics> {
    let start = Instant::now();
    let project = load_project(opts)?;
    let pages = render_pages(&project, opts.live_reload, opts.progress.as_ref().map(|p| &*p.0))?;
    let Project { config, content, locales, theme, site, warnings, .. } = project;
    let mut out = Output::default();
    out.files.extend(search::build(&site, &content, &pages));
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for p in &pages {
        *counts.entry(site.node(p.node).lang.clone()).or_default() += 1;
    }
    for p in pages {
        out.insert(p.path, p.html);
    }
    let teras = |lang: &str| theme.for_language(locales.clone(), lang);
    special::render(&config, &site, &theme, &teras, opts.live_reload, &mut out).map_err(Diagnostics::from)?;
    out.insert("sitemap.xml", special::sitemap(&config, &site));
    out.insert("robots.txt", special::robots(&config));
    for (rel, path) in &theme.static_files {
        let bytes = fs::read(path).map_err(|e| Diagnostics::from(Diagnostic::error(&e.path, e.source.to_string())))?;
        out.insert(rel.clone(), bytes);
    }
    for asset in &content.assets {
        let Some(section) = render::section_url_of(&site, &asset.lang, &asset.rel_path) else {
            continue;
        };
        let file = asset.rel_path.rsplit('/').next().unwrap_or(&asset.rel_path);
        let bytes =
            fs::read(&asset.source).map_err(|e| Diagnostics::from(Diagnostic::error(&e.path, e.source.to_string())))?;
        out.insert(format!("{section}{file}"), bytes);
    }
    let report = BuildReport {
        pages: counts,
        files: out.files.len(),
        bytes: out.total_bytes(),
        elapsed: start.elapsed(),
        output_dir: config.output_dir.clone(),
        warnings,
    };
    Ok((out, report))
}
