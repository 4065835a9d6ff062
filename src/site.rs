//! The site model: `Content` + `Config` → `Site`, the tree of every language's home, sections and
//! pages with their URLs, order, and links to their translations. Duplicate URLs, missing section
//! files and translation-key clashes are found here. Pure data: nothing is rendered yet.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use crate::config::{Config, Direction, FallbackMode};
use crate::content::{Content, PageKind, SourcePage};
use crate::diagnostics::{Diagnostic, Diagnostics};

/// A language of the site.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Language {
    /// Canonical tag, e.g. `zh-Hant`.
    pub tag: String,
    /// URL folder, e.g. `zh-hant`.
    pub prefix: String,
    /// Endonym.
    pub name: String,
    pub dir: Direction,
    pub is_default: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NodeKind {
    Home,
    Section,
    Page,
}

/// A home, section or page of one language.
#[derive(Debug, Clone)]
pub struct Node {
    pub id: usize,
    pub lang: String,
    pub kind: NodeKind,
    /// Index into `Content::pages` of the Markdown this node renders.
    pub source: usize,
    /// Path below the language folder of the source (`faq/questions.md`).
    pub rel_path: String,
    /// Site-relative URL path, always ending in `/`: `sv/faq/questions/`.
    pub url_path: String,
    pub title: String,
    pub description: Option<String>,
    pub page_kind: PageKind,
    pub weight: Option<i64>,
    pub draft: bool,
    pub tags: Vec<String>,
    pub translation_key: String,
    pub parent: Option<usize>,
    pub sections: Vec<usize>,
    pub pages: Vec<usize>,
    /// The same content in every language that has it, by tag (this node included).
    pub translations: BTreeMap<String, usize>,
    /// Set when this node shows the default language's page because `lang` has no translation.
    pub fallback_of: Option<usize>,
    /// Folder of this section (for sections and homes) below the language folder.
    pub section_dir: Option<String>,
}

impl Node {
    pub fn depth(&self) -> usize {
        self.url_path.matches('/').count()
    }
}

#[derive(Debug)]
pub struct Site {
    pub languages: Vec<Language>,
    pub nodes: Vec<Node>,
    pub homes: BTreeMap<String, usize>,
    /// `(lang, rel_path)` of a source file → node, for link resolution.
    pub by_source: HashMap<(String, String), usize>,
    /// Lists every page shows, indexed once so that rendering a page never scans the whole site:
    /// `lang` → the first [`GUIDES_LISTED`] guides in site order.
    pub guides: HashMap<String, Vec<usize>>,
    /// `(lang, tag)` → the pages with that tag, in site order.
    pub tagged: HashMap<(String, String), Vec<usize>>,
}

/// Guides every page lists (for the "nothing found" panel of the search box).
pub const GUIDES_LISTED: usize = 6;

/// Options that decide which pages exist.
#[derive(Debug, Clone, Copy, Default)]
pub struct SiteOptions {
    pub include_drafts: bool,
}

impl Site {
    pub fn language(&self, tag: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.tag == tag)
    }

    pub fn node(&self, id: usize) -> &Node {
        &self.nodes[id]
    }

    /// Ancestors from the language home down to the parent.
    pub fn ancestors(&self, id: usize) -> Vec<usize> {
        let mut out = vec![];
        let mut cur = self.nodes[id].parent;
        while let Some(p) = cur {
            out.push(p);
            cur = self.nodes[p].parent;
        }
        out.reverse();
        out
    }
}

/// Builds the site tree.
pub fn build(
    config: &Config,
    content: &Content,
    names: &BTreeMap<String, String>,
    opts: SiteOptions,
) -> Result<Site, Diagnostics> {
    let mut problems = Diagnostics::default();
    let languages = languages(config, content, names);
    if !content.languages.contains(&config.default_language) {
        problems.push(
            Diagnostic::error(
                PathBuf::from("content").join(&config.default_language),
                format!("the default language {} has no content folder", config.default_language),
            )
            .hint(format!(
                "create content/{}/_index.md or change default_language in helpgen.toml",
                config.default_language
            )),
        );
        return Err(problems);
    }
    let mut site = Site {
        languages,
        nodes: vec![],
        homes: BTreeMap::new(),
        by_source: HashMap::new(),
        guides: HashMap::new(),
        tagged: HashMap::new(),
    };

    // Sources sorted so that every section comes before what it contains.
    let mut order: Vec<usize> =
        (0..content.pages.len()).filter(|&i| opts.include_drafts || !content.pages[i].front.draft).collect();
    order.sort_by_key(|&i| {
        let p = &content.pages[i];
        (
            p.lang.as_str(),
            p.dir().matches('/').count() + usize::from(!p.dir().is_empty()),
            !p.is_index(),
            p.rel_path.as_str(),
        )
    });
    let mut sections: HashMap<(String, String), usize> = HashMap::new();
    for i in order {
        let src = &content.pages[i];
        add_node(&mut site, &mut sections, i, src, None, &mut problems);
    }
    for lang in &content.languages {
        if !site.homes.contains_key(lang) {
            problems.push(
                Diagnostic::error(
                    PathBuf::from("content").join(lang).join("_index.md"),
                    format!("the language {lang} has no home page"),
                )
                .hint(format!("create content/{lang}/_index.md with a title")),
            );
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    link_translations(&mut site, &mut problems);
    if config.fallback == FallbackMode::Render {
        add_fallbacks(&mut site, &mut sections, content, &config.default_language, &mut problems);
        link_translations(&mut site, &mut problems);
    }
    check_unique_urls(&site, content, &mut problems);
    sort_children(&mut site);
    if problems.has_errors() {
        return Err(problems);
    }
    index_lists(&mut site);
    Ok(site)
}

/// Fills `Site::guides` and `Site::tagged`.
fn index_lists(site: &mut Site) {
    for n in site.nodes.iter().filter(|n| n.kind == NodeKind::Page) {
        if n.page_kind == PageKind::Guide {
            let guides = site.guides.entry(n.lang.clone()).or_default();
            if guides.len() < GUIDES_LISTED {
                guides.push(n.id);
            }
        }
        for tag in &n.tags {
            site.tagged.entry((n.lang.clone(), tag.clone())).or_default().push(n.id);
        }
    }
}

fn languages(config: &Config, content: &Content, names: &BTreeMap<String, String>) -> Vec<Language> {
    let mut langs: Vec<(i64, Language)> = content
        .languages
        .iter()
        .map(|tag| {
            let lc = config.language(tag);
            let name = lc
                .and_then(|l| l.name.clone())
                .or_else(|| names.get(tag).cloned())
                .or_else(|| crate::lang::known_endonym(tag).map(String::from))
                .unwrap_or_else(|| tag.clone());
            let dir = lc.and_then(|l| l.direction).unwrap_or_else(|| crate::lang::direction(tag));
            let is_default = *tag == config.default_language;
            let weight = lc.and_then(|l| l.weight).unwrap_or(if is_default { i64::MIN } else { 0 });
            (weight, Language { tag: tag.clone(), prefix: crate::lang::url_prefix(tag), name, dir, is_default })
        })
        .collect();
    langs.sort_by(|a, b| (a.0, &a.1.tag).cmp(&(b.0, &b.1.tag)));
    langs.into_iter().map(|(_, l)| l).collect()
}

fn segment(src: &SourcePage, name: &str) -> String {
    src.front.slug.clone().unwrap_or_else(|| {
        let s = crate::slug::from_name(name);
        if s.is_empty() { "page".to_string() } else { s }
    })
}

fn add_node(
    site: &mut Site,
    sections: &mut HashMap<(String, String), usize>,
    source: usize,
    src: &SourcePage,
    fallback_of: Option<(usize, &str)>,
    problems: &mut Diagnostics,
) {
    let lang = fallback_of.map_or(src.lang.as_str(), |(_, l)| l).to_string();
    let prefix = crate::lang::url_prefix(&lang);
    let dir = src.dir().to_string();
    let id = site.nodes.len();
    let (kind, parent, url_path, section_dir) = if src.rel_path == "_index.md" {
        (NodeKind::Home, None, format!("{prefix}/"), Some(String::new()))
    } else if src.is_index() {
        let parent_dir = dir.rsplit_once('/').map_or("", |(p, _)| p).to_string();
        let Some(&parent) = sections.get(&(lang.clone(), parent_dir.clone())) else {
            missing_section(src, &parent_dir, &lang, problems);
            return;
        };
        let name = dir.rsplit('/').next().unwrap_or(&dir);
        let url = format!("{}{}/", site.nodes[parent].url_path, segment(src, name));
        (NodeKind::Section, Some(parent), url, Some(dir.clone()))
    } else {
        let Some(&parent) = sections.get(&(lang.clone(), dir.clone())) else {
            missing_section(src, &dir, &lang, problems);
            return;
        };
        let file = src.rel_path.rsplit('/').next().unwrap_or(&src.rel_path);
        let stem = file.strip_suffix(".md").unwrap_or(file);
        let url = format!("{}{}/", site.nodes[parent].url_path, segment(src, stem));
        (NodeKind::Page, Some(parent), url, None)
    };
    let node = Node {
        id,
        lang: lang.clone(),
        kind,
        source,
        rel_path: src.rel_path.clone(),
        url_path,
        title: src.front.title.clone(),
        description: src.front.description.clone(),
        page_kind: src.front.kind,
        weight: src.front.weight,
        draft: src.front.draft,
        tags: src.front.tags.clone(),
        translation_key: src.front.translation_key.clone().unwrap_or_else(|| src.rel_path.clone()),
        parent,
        sections: vec![],
        pages: vec![],
        translations: BTreeMap::new(),
        fallback_of: fallback_of.map(|(f, _)| f),
        section_dir: section_dir.clone(),
    };
    match kind {
        NodeKind::Home => {
            site.homes.insert(lang.clone(), id);
        }
        NodeKind::Section => site.nodes[parent.expect("section parent")].sections.push(id),
        NodeKind::Page => site.nodes[parent.expect("page parent")].pages.push(id),
    }
    if let Some(d) = section_dir {
        sections.insert((lang.clone(), d), id);
    }
    if fallback_of.is_none() {
        site.by_source.insert((lang, src.rel_path.clone()), id);
    }
    site.nodes.push(node);
}

fn missing_section(src: &SourcePage, dir: &str, lang: &str, problems: &mut Diagnostics) {
    let index =
        if dir.is_empty() { format!("content/{lang}/_index.md") } else { format!("content/{lang}/{dir}/_index.md") };
    problems.push(
        Diagnostic::error(&src.path, format!("the page's folder has no section file {index}"))
            .hint(format!("create {index} with a title (and a weight to order the section)")),
    );
}

/// Links the nodes that share a translation key across languages.
fn link_translations(site: &mut Site, problems: &mut Diagnostics) {
    let mut groups: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for n in &site.nodes {
        let group = groups.entry(n.translation_key.clone()).or_default();
        if let Some(&other) = group.get(&n.lang) {
            let o = &site.nodes[other];
            if o.fallback_of.is_none() && n.fallback_of.is_none() {
                problems.push(
                    Diagnostic::error(
                        PathBuf::from("content").join(&n.lang).join(&n.rel_path),
                        format!(
                            "translation_key {:?} is also used by content/{}/{}",
                            n.translation_key, o.lang, o.rel_path
                        ),
                    )
                    .hint("each language may have one page per translation_key"),
                );
            }
            continue;
        }
        group.insert(n.lang.clone(), n.id);
    }
    for n in &mut site.nodes {
        n.translations = groups[&n.translation_key].clone();
    }
}

/// With `fallback = "render"`: every default-language node missing in a language is added to it.
fn add_fallbacks(
    site: &mut Site,
    sections: &mut HashMap<(String, String), usize>,
    content: &Content,
    default: &str,
    problems: &mut Diagnostics,
) {
    let mut defaults: Vec<usize> = site.nodes.iter().filter(|n| n.lang == default).map(|n| n.id).collect();
    defaults.sort_by_key(|&id| (site.nodes[id].depth(), site.nodes[id].kind != NodeKind::Section));
    let langs: Vec<String> = site.languages.iter().map(|l| l.tag.clone()).filter(|t| t != default).collect();
    for lang in &langs {
        for &id in &defaults {
            if site.nodes[id].translations.contains_key(lang) {
                continue;
            }
            let source = site.nodes[id].source;
            add_node(site, sections, source, &content.pages[source], Some((id, lang)), problems);
        }
    }
}

fn check_unique_urls(site: &Site, content: &Content, problems: &mut Diagnostics) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for n in &site.nodes {
        if let Some(&other) = seen.get(n.url_path.as_str()) {
            let a = &content.pages[site.nodes[other].source];
            let b = &content.pages[n.source];
            problems.push(
                Diagnostic::error(
                    &b.path,
                    format!("this page and {} both claim the URL /{}", a.path.display(), n.url_path),
                )
                .hint("give one of them another file name or a different `slug` in its front matter"),
            );
        } else {
            seen.insert(&n.url_path, n.id);
        }
    }
}

/// Sections and pages ordered by weight (unweighted last), then title, then path.
fn sort_children(site: &mut Site) {
    let keys: Vec<(i64, String, &str)> = site
        .nodes
        .iter()
        .map(|n| (n.weight.unwrap_or(i64::MAX), n.title.to_lowercase(), n.rel_path.as_str()))
        .collect();
    let mut order: Vec<(Vec<usize>, Vec<usize>)> =
        site.nodes.iter().map(|n| (n.sections.clone(), n.pages.clone())).collect();
    for (sections, pages) in &mut order {
        sections.sort_by(|a, b| keys[*a].cmp(&keys[*b]));
        pages.sort_by(|a, b| keys[*a].cmp(&keys[*b]));
    }
    for (n, (sections, pages)) in site.nodes.iter_mut().zip(order) {
        n.sections = sections;
        n.pages = pages;
    }
}
