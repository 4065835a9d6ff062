//! Incremental rebuilds for `serve`. After an edit to Markdown pages it re-reads just those files,
//! rebuilds the site tree only when front matter changed (no rendering: cheap), and re-renders at
//! once only the pages the edit shows on nearby: the page itself and its untranslated fallbacks;
//! and when its title, description, order, tags or kind changed, its section and every ancestor,
//! the siblings whose previous/next links change, and the pages that list it as related. What can
//! follow a moment later is left for [`Live::catch_up`], which `serve` runs when no other change
//! waits: every other page of a language when the edit shows in its navigation or among the
//! guides of the search panel, the 404 pages and language chooser, and the search index of the
//! edited languages. Anything else (a new, deleted or renamed file, a changed URL or translation
//! key, locales, themes, data, `helpgen.toml`) is a full rebuild.
//!
//! The result of an edit is byte-identical to a full build of the edited project (tested).

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::content::PageKind;
use crate::diagnostics::Diagnostics;
use crate::output::Output;
use crate::render::RenderedPage;
use crate::site::{Node, NodeKind, Site, SiteOptions};
use crate::{BuildOptions, BuildReport, Project, Sink, content, load_project, produce, search, site};

/// Pages [`Live::catch_up_step`] renders at a time (a new edit waits for at most one step).
pub const CATCH_UP_PAGES: usize = 128;

/// A built site kept in memory with what it was built from, ready for edits.
pub struct Live {
    opts: BuildOptions,
    /// The project folder, absolute, to match watched paths against.
    root: PathBuf,
    project: Project,
    /// By node id: each page's search text (its HTML lives in the served output).
    pages: Vec<RenderedPage>,
    /// `page.path` (relative to the project) → index into `project.content.pages`.
    sources: HashMap<PathBuf, usize>,
    /// The content's other files, relative to the project.
    assets: HashSet<PathBuf>,
    /// Pages an edit left for [`Live::catch_up`], and languages whose search index is out of date.
    pending: BTreeSet<usize>,
    stale_search: BTreeSet<String>,
    /// Whether the 404 pages and the language chooser wait for [`Live::catch_up`].
    specials_stale: bool,
    /// Pages of an edit that was not applied (one of them did not parse or render): read again
    /// with every change, so a good edit elsewhere neither hides the error nor gets lost.
    broken: BTreeSet<PathBuf>,
}

/// What an edit produced.
pub enum Outcome {
    /// A full rebuild: the whole new site.
    Full(Box<Live>, Output, BuildReport),
    /// Files to replace in the served site.
    Patch(Patch),
}

pub struct Patch {
    pub files: Output,
    /// Pages re-rendered, and pages in the site.
    pub rendered: usize,
    pub total: usize,
    pub elapsed: Duration,
    /// Of which: re-reading the files and rebuilding the site tree.
    pub tree: Duration,
}

impl Live {
    /// Builds the whole site into memory.
    pub fn build(opts: &BuildOptions) -> Result<(Live, Output, BuildReport), Diagnostics> {
        let start = Instant::now();
        let mut project = load_project(opts)?;
        let mut out = Output::default();
        let (report, pages) = produce(&mut project, opts, Sink::Memory(&mut out), start)?;
        let root = std::fs::canonicalize(&opts.root).unwrap_or_else(|_| opts.root.clone());
        let sources = project.content.pages.iter().enumerate().map(|(i, p)| (p.path.clone(), i)).collect();
        let assets =
            project.content.assets.iter().map(|a| crate::diagnostics::display_path(&opts.root, &a.source)).collect();
        let live = Live {
            opts: opts.clone(),
            root,
            project,
            pages,
            sources,
            assets,
            pending: BTreeSet::new(),
            stale_search: BTreeSet::new(),
            specials_stale: false,
            broken: BTreeSet::new(),
        };
        Ok((live, out, report))
    }

    /// Applies the changes to `paths` (as the file watcher reports them, any kind of event): a patch
    /// when only existing Markdown pages changed in place (temporary files that came and went are
    /// ignored), else a full rebuild. On error the site is as it was.
    pub fn update(&mut self, paths: &[PathBuf]) -> Result<Outcome, Diagnostics> {
        let start = Instant::now();
        let mut changed: BTreeSet<usize> = BTreeSet::new();
        let mut touched: Vec<PathBuf> = self.broken.iter().cloned().collect();
        for p in paths {
            match self.classify(p) {
                Change::Page(rel) => touched.push(rel),
                Change::Transient => {}
                Change::Other => return self.full(),
            }
        }
        let mut problems = Diagnostics::default();
        let mut fresh: Vec<(usize, content::SourcePage)> = vec![];
        self.broken.clear();
        for rel in touched {
            let Some(&i) = self.sources.get(&rel) else { return self.full() };
            if !changed.insert(i) {
                continue;
            }
            match content::reread(&self.root, &self.project.content.pages[i]) {
                Ok(page) => fresh.push((i, page)),
                Err(d) => {
                    problems.push(d);
                    self.broken.insert(rel);
                }
            }
        }
        if problems.has_errors() {
            // nothing is applied: read the good ones again with the next change too
            for (i, _) in fresh {
                self.broken.insert(self.project.content.pages[i].path.clone());
            }
            return Err(problems.sorted());
        }
        fresh.retain(|(i, page)| {
            let old = &self.project.content.pages[*i];
            old.content_hash != page.content_hash || old.front != page.front || old.body != page.body
        });
        if fresh.is_empty() {
            return Ok(Outcome::Patch(Patch {
                files: Output::default(),
                rendered: 0,
                total: self.pages.len(),
                elapsed: start.elapsed(),
                tree: start.elapsed(),
            }));
        }
        // Swap the new sources in; keep the old ones to restore if the site does not build.
        let same_front = fresh.iter().all(|(i, page)| self.project.content.pages[*i].front == page.front);
        let mut old_sources = vec![];
        for (i, page) in fresh {
            old_sources.push((i, std::mem::replace(&mut self.project.content.pages[i], page)));
        }
        let sources: BTreeSet<usize> = old_sources.iter().map(|(i, _)| *i).collect();
        // The site tree depends on front matter and paths only: a body edit keeps it.
        let (near, far, old_site) = if same_front {
            let ids = self.project.site.nodes.iter().filter(|n| sources.contains(&n.source)).map(|n| n.id).collect();
            (ids, vec![], None)
        } else {
            let p = &self.project;
            let opts = SiteOptions { include_drafts: self.opts.include_drafts };
            let new_site = match site::build(&p.config, &p.content, &p.language_names, opts) {
                Ok(s) => s,
                Err(d) => return Err(self.restore(old_sources, d)),
            };
            if !same_structure(&p.site, &new_site) {
                return self.full();
            }
            let (near, far) = affected(&p.site, &new_site, &sources);
            (near, far, Some(std::mem::replace(&mut self.project.site, new_site)))
        };
        let lists_changed = old_site
            .as_ref()
            .is_some_and(|old| self.project.site.nodes.iter().any(|n| !same_listing(&old.nodes[n.id], n)));
        let tree = start.elapsed();
        let (count, files) = match self.render(&near) {
            Ok(r) => r,
            Err(d) => {
                if let Some(old) = old_site {
                    self.project.site = old;
                }
                return Err(self.restore(old_sources, d));
            }
        };
        self.specials_stale |= lists_changed;
        let near: BTreeSet<usize> = near.into_iter().collect();
        self.pending.extend(far.into_iter().filter(|id| !near.contains(id)));
        self.stale_search
            .extend(self.project.site.nodes.iter().filter(|n| near.contains(&n.id)).map(|n| n.lang.clone()));
        Ok(Outcome::Patch(Patch { files, rendered: count, total: self.pages.len(), elapsed: start.elapsed(), tree }))
    }

    /// Renders `ids` and keeps their search text: (pages rendered, their files).
    fn render(&mut self, ids: &[usize]) -> Result<(usize, Output), Diagnostics> {
        let input = self.project.render_input(self.opts.live_reload, None);
        let rendered = crate::render::render_nodes(&input, ids, None)?;
        let mut files = Output::default();
        let count = rendered.len();
        for mut page in rendered {
            files.insert(page.path.clone(), std::mem::take(&mut page.html));
            page.markdown = Default::default();
            let id = page.node;
            self.pages[id] = page;
        }
        Ok((count, files))
    }

    /// Whether an edit left work for [`Live::catch_up`].
    pub fn behind(&self) -> bool {
        !self.pending.is_empty() || !self.stale_search.is_empty() || self.specials_stale
    }

    /// The work an edit left for later, once no other change waits: the pages that list the edited
    /// page on every page of its language (navigation, the guides of the search panel), the 404
    /// pages and language chooser, and the search index of the edited languages. All of it at once;
    /// `serve` calls [`Live::catch_up_step`] instead, so that a new edit need not wait for it.
    pub fn catch_up(&mut self) -> Result<Patch, Diagnostics> {
        let start = Instant::now();
        let mut all = Patch {
            files: Output::default(),
            rendered: 0,
            total: self.pages.len(),
            elapsed: start.elapsed(),
            tree: Duration::ZERO,
        };
        while self.behind() {
            let step = self.catch_up_step()?;
            all.files.files.extend(step.files.files);
            all.rendered += step.rendered;
        }
        all.elapsed = start.elapsed();
        Ok(all)
    }

    /// One bounded piece of [`Live::catch_up`]'s work: up to [`CATCH_UP_PAGES`] pages, or the
    /// special pages, or one language's search index.
    pub fn catch_up_step(&mut self) -> Result<Patch, Diagnostics> {
        let start = Instant::now();
        let mut files = Output::default();
        let mut count = 0;
        if !self.pending.is_empty() {
            let ids: Vec<usize> = self.pending.iter().take(CATCH_UP_PAGES).copied().collect();
            for id in &ids {
                self.pending.remove(id);
            }
            (count, files) = self.render(&ids)?;
        } else if std::mem::take(&mut self.specials_stale) {
            files = crate::special_pages(&self.project, self.opts.live_reload)?;
        } else if let Some(lang) = self.stale_search.pop_first() {
            let p = &self.project;
            files.files = search::build_languages(&p.config, &p.site, &p.content, &self.pages, &|l| l == lang);
        }
        Ok(Patch { files, rendered: count, total: self.pages.len(), elapsed: start.elapsed(), tree: Duration::ZERO })
    }

    /// Puts back the sources an edit replaced, and remembers them as broken.
    fn restore(&mut self, old_sources: Vec<(usize, content::SourcePage)>, d: Diagnostics) -> Diagnostics {
        for (i, page) in old_sources {
            self.broken.insert(page.path.clone());
            self.project.content.pages[i] = page;
        }
        d
    }

    fn full(&mut self) -> Result<Outcome, Diagnostics> {
        let (live, out, report) = Live::build(&self.opts)?;
        Ok(Outcome::Full(Box::new(live), out, report))
    }

    /// What a changed path means: an existing page edited in place, a file that came and went (an
    /// editor's temporary file), or anything else.
    fn classify(&self, path: &Path) -> Change {
        let abs = match path.is_absolute() {
            true => path.to_path_buf(),
            false => match std::env::current_dir() {
                Ok(d) => d.join(path),
                Err(_) => return Change::Other,
            },
        };
        let (Some(parent), Some(name)) = (abs.parent(), abs.file_name()) else { return Change::Other };
        let Ok(dir) = std::fs::canonicalize(parent) else { return Change::Other };
        let full = dir.join(name);
        let Ok(rel) = full.strip_prefix(&self.root) else { return Change::Other };
        let rel = rel.to_path_buf();
        if !rel.starts_with("content") {
            return Change::Other;
        }
        let known_page = self.sources.contains_key(&rel);
        if full.exists() {
            return if known_page && full.is_file() { Change::Page(rel) } else { Change::Other };
        }
        if known_page || self.assets.contains(&rel) { Change::Other } else { Change::Transient }
    }
}

/// See [`Live::classify`].
enum Change {
    Page(PathBuf),
    Transient,
    Other,
}

/// Same nodes at the same URLs with the same translations: only what is shown may differ.
fn same_structure(a: &Site, b: &Site) -> bool {
    let key = |n: &Node| {
        let counts = (n.sections.len(), n.pages.len(), n.fallback_of);
        (n.lang.clone(), n.kind, n.source, n.url_path.clone(), n.parent, n.translation_key.clone(), counts)
    };
    a.nodes.len() == b.nodes.len()
        && a.nodes.iter().zip(&b.nodes).all(|(x, y)| key(x) == key(y) && x.translations == y.translations)
}

/// Whether what other pages show of a node (in lists, navigation, breadcrumbs, related links) is
/// unchanged.
fn same_listing(a: &Node, b: &Node) -> bool {
    listing_key(a) == listing_key(b)
}

type ListingKey<'a> =
    (&'a str, &'a Option<String>, Option<i64>, &'a [String], PageKind, bool, &'a [usize], &'a [usize]);

fn listing_key(n: &Node) -> ListingKey<'_> {
    (&n.title, &n.description, n.weight, &n.tags, n.page_kind, n.draft, &n.sections, &n.pages)
}

/// The nodes to re-render after the sources `sources` changed (`old` → `new`): those to show the
/// edit at once (the page, its fallbacks, what lists it nearby), and those that can follow (every
/// page of a language, when the edit is in its navigation or the guides of its search panel).
fn affected(old: &Site, new: &Site, sources: &BTreeSet<usize>) -> (Vec<usize>, Vec<usize>) {
    let mut near: BTreeSet<usize> = BTreeSet::new();
    let mut whole_languages: BTreeSet<&str> = BTreeSet::new();
    for n in new.nodes.iter().filter(|n| sources.contains(&n.source)) {
        near.insert(n.id);
        let before = &old.nodes[n.id];
        if same_listing(before, n) {
            continue;
        }
        near.extend(new.ancestors(n.id));
        let listed_everywhere = |s: &Site| s.guides.get(&n.lang).is_some_and(|g| g.contains(&n.id));
        if n.kind != NodeKind::Page || listed_everywhere(old) || listed_everywhere(new) {
            whole_languages.insert(&n.lang);
        }
        if n.kind != NodeKind::Page {
            // its own pages and subsections show it in their breadcrumbs
            near.extend(&n.pages);
            near.extend(&n.sections);
        }
        // the pages whose previous/next links or related pages show it, before or after the edit
        let mut candidates: BTreeSet<usize> = BTreeSet::new();
        for (site, node) in [(old, before), (new, n)] {
            if let Some(parent) = node.parent {
                let siblings = &site.nodes[parent].pages;
                if let Some(pos) = siblings.iter().position(|&id| id == n.id) {
                    near.extend(&siblings[pos.saturating_sub(1)..(pos + 2).min(siblings.len())]);
                }
                candidates.extend(siblings);
            }
            for tag in &node.tags {
                if let Some(ids) = site.tagged.get(&(node.lang.clone(), tag.clone())) {
                    candidates.extend(ids);
                }
            }
        }
        for id in candidates {
            if [old, new].iter().any(|site| crate::render::related(site, &site.nodes[id]).contains(&n.id)) {
                near.insert(id);
            }
        }
    }
    let far = new.nodes.iter().filter(|n| whole_languages.contains(n.lang.as_str())).map(|n| n.id);
    let far = far.filter(|id| !near.contains(id)).collect();
    (near.into_iter().collect(), far)
}

/// Readable summary of a patch for the terminal.
pub fn describe(patch: &Patch) -> String {
    format!(
        "Rebuilt in {} ms (re-rendered {} of {} pages; reading and the site tree took {} ms)",
        patch.elapsed.as_millis(),
        patch.rendered,
        patch.total,
        patch.tree.as_millis()
    )
}
