//! Rendering: `Site` + `Theme` + `Locales` → one `RenderedPage` per node, in parallel. Builds the
//! typed template context of each page (navigation, translations, guide steps, FAQ questions,
//! breadcrumbs, JSON-LD) from the Markdown pass, with every link relative so the site works under a
//! sub-path and from `file://`.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use tera::Tera;

use crate::config::Config;
use crate::content::{Content, PageKind};
use crate::data::ContactBlock;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::Locales;
use crate::links;
use crate::markdown::{self, MarkdownOptions, Rendered, TextBlock};
use crate::output::Staging;
use crate::site::{Language, Node, NodeKind, Site};
use crate::theme::Theme;

/// One output page and what the search index needs from it.
#[derive(Debug, Clone)]
pub struct RenderedPage {
    pub node: usize,
    /// Output path below the output folder, e.g. `sv/faq/questions/index.html`.
    pub path: String,
    /// The page's HTML (empty once written to a staging folder). Bytes, as Tera writes them: a
    /// `String` would check them for UTF-8 once more.
    pub html: Vec<u8>,
    /// Length of the HTML in bytes.
    pub bytes: usize,
    pub blocks: Vec<TextBlock>,
    /// The Markdown pass (emptied once written to a staging folder: only `blocks` is kept).
    pub markdown: Rendered,
    /// The page's links and anchors, kept for the link check of `build` and `check`.
    pub links: links::PageLinks,
}

/// Everything rendering needs, borrowed.
pub struct RenderInput<'a> {
    pub config: &'a Config,
    pub site: &'a Site,
    pub content: &'a Content,
    pub theme: &'a Theme,
    pub locales: Arc<Locales>,
    pub contacts: &'a BTreeMap<String, ContactBlock>,
    /// Last commit date per `content/...` file, for pages without `updated`.
    pub git_dates: &'a HashMap<String, String>,
    /// `helpgen serve` injects its live-reload script; `build` never does.
    pub live_reload: bool,
    /// Told after each rendered page.
    pub progress: Option<&'a crate::ProgressFn>,
}

#[derive(Serialize)]
struct Link {
    title: String,
    href: String,
    description: Option<String>,
    kind: PageKind,
}

#[derive(Serialize)]
struct Child {
    title: String,
    href: String,
    description: Option<String>,
    count: usize,
    pages: Vec<Link>,
}

#[derive(Serialize)]
struct Translation<'a> {
    /// The language shows the default language's page with a notice (`fallback = "render"`).
    untranslated: bool,
    tag: &'a str,
    name: &'a str,
    dir: crate::config::Direction,
    href: Option<String>,
    current: bool,
}

#[derive(Serialize)]
struct Alternate {
    hreflang: String,
    href: String,
}

#[derive(Serialize)]
struct Step {
    number: usize,
    id: String,
    anchor: String,
    title_html: String,
    title: String,
    body_html: String,
}

#[derive(Serialize)]
struct Block {
    id: String,
    title_html: String,
    body_html: String,
}

#[derive(Serialize)]
struct TocEntry {
    level: u8,
    id: String,
    text: String,
}

#[derive(Serialize, Clone)]
struct HelpChannel {
    name: String,
    description: Option<String>,
    hours: Option<String>,
    reply: Option<String>,
    href: Option<String>,
}

#[derive(Serialize)]
struct NotTranslated<'a> {
    source_tag: &'a str,
    source_name: &'a str,
    source_dir: crate::config::Direction,
}

#[derive(Serialize)]
struct PageContext<'a> {
    lang: &'a Language,
    /// The page's `[extra]` front matter and the site's `[extra]` from helpgen.toml, as written.
    extra: &'a std::collections::BTreeMap<String, serde_json::Value>,
    site_extra: &'a std::collections::BTreeMap<String, serde_json::Value>,
    languages: &'a [Language],
    root: String,
    home_href: String,
    canonical: String,
    kind: NodeKind,
    page_kind: PageKind,
    title: &'a str,
    description: String,
    draft: bool,
    intro_html: String,
    content_html: String,
    before: Vec<Block>,
    steps: Vec<Step>,
    after: Vec<Block>,
    questions: Vec<Block>,
    toc: Vec<TocEntry>,
    updated: Option<String>,
    updated_iso: Option<String>,
    breadcrumbs: Vec<Link>,
    prev: Option<Link>,
    next: Option<Link>,
    related: Vec<Link>,
    sections: Vec<Child>,
    pages: Vec<Link>,
    nav: Vec<Link>,
    nav_active: Option<String>,
    /// `partials/nav.html`, `partials/search.html` and `partials/help.html`, rendered once per
    /// language and depth (see `Fragments`).
    nav_html: Option<&'a str>,
    search_html: Option<&'a str>,
    help_html: Option<&'a str>,
    translations: Vec<Translation<'a>>,
    alternates: Vec<Alternate>,
    help: Vec<HelpChannel>,
    /// The contact channels on every page (the search box shows them when nothing is found).
    contact: Vec<HelpChannel>,
    /// The language's guides, offered when a search finds nothing.
    guides: Vec<Link>,
    /// Whether the page has the search box.
    search: bool,
    /// `[feedback]`: where "Was this helpful?" posts to; `None` shows no form.
    feedback: Option<Feedback<'a>>,
    json_ld: String,
    not_translated: Option<NotTranslated<'a>>,
    page_id: String,
    live_reload: bool,
}

/// Renders every node of the site. Errors (template errors, missing UI strings) are collected.
/// With `staging`, every page is written there as soon as it is rendered and its HTML dropped.
pub fn render_all(input: &RenderInput, staging: Option<&Staging>) -> Result<Vec<RenderedPage>, Diagnostics> {
    let all: Vec<usize> = (0..input.site.nodes.len()).collect();
    render_nodes(input, &all, staging)
}

/// Renders the nodes `ids` (in that order), as [`render_all`] does; `serve` re-renders what an edit
/// touched this way.
pub fn render_nodes(
    input: &RenderInput,
    ids: &[usize],
    staging: Option<&Staging>,
) -> Result<Vec<RenderedPage>, Diagnostics> {
    let done = std::sync::atomic::AtomicUsize::new(0);
    render_counted(input, ids, staging, &done, ids.len())
}

/// As [`render_nodes`], counting rendered pages in `done` for the progress report (out of `total`),
/// so that several calls can share one count.
pub fn render_counted(
    input: &RenderInput,
    ids: &[usize],
    staging: Option<&Staging>,
    done: &std::sync::atomic::AtomicUsize,
    total: usize,
) -> Result<Vec<RenderedPage>, Diagnostics> {
    let langs: std::collections::BTreeSet<&str> = ids.iter().map(|&id| input.site.node(id).lang.as_str()).collect();
    let teras: HashMap<&str, Tera> =
        langs.into_iter().map(|l| (l, input.theme.for_language(input.locales.clone(), l))).collect();
    let fragments = Fragments::render(input, &teras, ids)?;
    let results: Vec<Result<RenderedPage, Diagnostic>> = ids
        .par_iter()
        .map(|&id| {
            let node = input.site.node(id);
            let mut page = render_node(input, &teras[node.lang.as_str()], &fragments, node);
            if let (Some(staging), Ok(p)) = (staging, &mut page) {
                match staging.write(&p.path, &p.html) {
                    Ok(()) => {
                        p.html = Vec::new();
                        p.markdown = Rendered::default();
                    }
                    Err(e) => page = Err(Diagnostic::error(&e.path, e.source.to_string())),
                }
            }
            if let Some(progress) = input.progress {
                progress("render", done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1, total);
            }
            page
        })
        .collect();
    let mut pages = Vec::with_capacity(results.len());
    let mut problems = Diagnostics::default();
    for r in results {
        match r {
            Ok(p) => pages.push(p),
            Err(d) => problems.push(d),
        }
    }
    if problems.has_errors() { Err(problems.sorted()) } else { Ok(pages) }
}

fn link_to(n: &Node, root: &str) -> Link {
    Link {
        title: n.title.clone(),
        href: href(root, &n.url_path),
        description: n.description.clone(),
        kind: n.page_kind,
    }
}

/// The top-level sections of a language, linked from a page at `root`.
fn nav_links(site: &Site, lang: &str, root: &str) -> Vec<Link> {
    let home = site.node(site.homes[lang]);
    home.sections.iter().map(|&s| link_to(site.node(s), root)).collect()
}

/// The link of the top-level section `node` is in (or is), as `nav_links` writes it.
fn nav_active(site: &Site, node: &Node, root: &str) -> Option<String> {
    let home = site.homes[&node.lang];
    let top = site.ancestors(node.id).get(1).copied();
    top.or((node.kind == NodeKind::Section && node.parent == Some(home)).then_some(node.id))
        .map(|a| href(root, &site.node(a).url_path))
}

/// The language's first guides, offered by the search box when nothing is found.
fn guide_links(site: &Site, lang: &str, root: &str) -> Vec<Link> {
    site.guides.get(lang).into_iter().flatten().map(|&id| link_to(site.node(id), root)).collect()
}

/// The context of the partials in `Fragments` (nav, search box, help block).
#[derive(Serialize)]
struct FragmentContext<'a> {
    lang: &'a Language,
    root: &'a str,
    home_href: String,
    nav: Vec<Link>,
    nav_active: Option<String>,
    guides: Vec<Link>,
    contact: Vec<HelpChannel>,
    help: Vec<HelpChannel>,
    search: bool,
    /// The endpoint searches that found nothing are reported to (`[feedback] report_empty_searches`).
    report_empty: Option<&'a str>,
}

/// The feedback endpoint as templates see it.
#[derive(Serialize)]
struct Feedback<'a> {
    endpoint: &'a str,
}

/// The parts of a page that depend only on its language and folder depth: `partials/nav.html` by
/// (language, root, active section), `partials/search.html` by (language, root) and
/// `partials/help.html` by (language, root, whether the page is a guide or FAQ, which show the
/// contact channels), each rendered once for all the pages that share the key. A theme without one
/// of these partials gets no fragment for it.
#[derive(Default)]
struct Fragments {
    /// (template, language, root, variant: the active section's link, or "help") → HTML.
    html: HashMap<(&'static str, String, String, Option<String>), String>,
}

impl Fragments {
    const NAV: &'static str = "partials/nav.html";
    const SEARCH: &'static str = "partials/search.html";
    const HELP: &'static str = "partials/help.html";

    fn get(&self, template: &'static str, node: &Node, root: &str, variant: Option<String>) -> Option<&str> {
        self.html.get(&(template, node.lang.clone(), root.to_string(), variant)).map(String::as_str)
    }

    /// The variant of `partials/help.html` a page gets.
    fn help_variant(node: &Node) -> Option<String> {
        matches!(node.page_kind, PageKind::Guide | PageKind::Faq).then(|| "help".to_string())
    }

    fn render(input: &RenderInput, teras: &HashMap<&str, Tera>, ids: &[usize]) -> Result<Fragments, Diagnostics> {
        let site = input.site;
        // (template, language, root, active section), sorted: the same work in the same order every time
        let mut keys: std::collections::BTreeSet<(&'static str, &str, String, Option<String>)> = Default::default();
        for &id in ids {
            let node = site.node(id);
            let root = root_prefix(&node.url_path);
            let tera = &teras[node.lang.as_str()];
            if tera.get_template(Self::NAV).is_ok() {
                keys.insert((Self::NAV, &node.lang, root.clone(), nav_active(site, node, &root)));
            }
            if tera.get_template(Self::SEARCH).is_ok() {
                keys.insert((Self::SEARCH, &node.lang, root.clone(), None));
            }
            if node.kind == NodeKind::Page && tera.get_template(Self::HELP).is_ok() {
                keys.insert((Self::HELP, &node.lang, root, Self::help_variant(node)));
            }
        }
        let keys: Vec<_> = keys.into_iter().collect();
        let rendered: Vec<Result<String, Diagnostic>> = keys
            .par_iter()
            .map(|(template, lang, root, variant)| {
                let contact = help_block(input, lang, root);
                let is_nav = *template == Self::NAV;
                let ctx = FragmentContext {
                    lang: site.language(lang).expect("node language"),
                    root,
                    home_href: href(root, &site.node(site.homes[*lang]).url_path),
                    nav: nav_links(site, lang, root),
                    nav_active: variant.clone().filter(|_| is_nav),
                    guides: guide_links(site, lang, root),
                    help: if *template == Self::HELP && variant.is_some() { contact.clone() } else { vec![] },
                    contact,
                    search: input.config.search.enabled,
                    report_empty: input
                        .config
                        .feedback
                        .endpoint
                        .as_deref()
                        .filter(|_| input.config.feedback.report_empty_searches),
                };
                let context = tera::Context::from_serialize(&ctx)
                    .map_err(|e| Diagnostic::error(format!("themes/{template}"), e.to_string()))?;
                teras[*lang].render(template, &context).map_err(|e| input.theme.render_error(template, &e))
            })
            .collect();
        let mut out = Fragments::default();
        let mut problems = Diagnostics::default();
        for ((template, lang, root, variant), html) in keys.into_iter().zip(rendered) {
            match html {
                Ok(html) => {
                    out.html.insert((template, lang.to_string(), root, variant), html);
                }
                Err(d) => problems.push(d),
            }
        }
        if problems.has_errors() { Err(problems.sorted()) } else { Ok(out) }
    }
}

/// `../` repeated once per folder of `url_path`: the way back to the site root.
pub fn root_prefix(url_path: &str) -> String {
    "../".repeat(url_path.matches('/').count())
}

/// The href from a page at `from` to the page at `to` (both site-relative URL paths).
pub fn href(from_root: &str, to: &str) -> String {
    format!("{from_root}{to}index.html")
}

fn callout_labels(locales: &Locales, lang: &str) -> [String; 5] {
    ["note", "tip", "important", "warning", "caution"]
        .map(|k| locales.format(lang, &format!("callout-{k}"), &[]).unwrap_or_else(|_| k.to_string()))
}

fn render_node(
    input: &RenderInput,
    tera: &Tera,
    fragments: &Fragments,
    node: &Node,
) -> Result<RenderedPage, Diagnostic> {
    let site = input.site;
    let src = &input.content.pages[node.source];
    let lang = site.language(&node.lang).expect("node language");
    let root = root_prefix(&node.url_path);
    let link = |n: &Node| link_to(n, &root);

    // Links in the Markdown point at source files; resolve them against the source's language.
    let src_lang = src.lang.clone();
    let src_dir = src.dir().to_string();
    let resolver = |dest: &str| resolve_link(site, &src_lang, &src_dir, &root, dest);
    let reserved: Vec<String> =
        if node.page_kind == PageKind::Guide { (1..=200).map(|i| format!("step-{i}")).collect() } else { vec![] };
    let opts = MarkdownOptions {
        unsafe_html: input.config.markdown.unsafe_html,
        callout_labels: callout_labels(&input.locales, &node.lang),
    };
    let mut md = markdown::render(&src.body, &opts, &resolver, &reserved);
    if !md.components.is_empty() {
        fill_components(input, tera, node, &root, &mut md)
            .map_err(|e| input.theme.render_error("partials/composer.html", &e).while_rendering(&src.path))?;
    }

    let mut before = vec![];
    let mut steps = vec![];
    let mut after = vec![];
    let mut questions = vec![];
    let mut content_html = md.intro_html.clone();
    for s in &md.sections {
        let block =
            Block { id: s.heading.id.clone(), title_html: s.heading.html.clone(), body_html: s.body_html.clone() };
        match node.page_kind {
            PageKind::Guide if s.heading.classes.iter().any(|c| c == "intro" || c == "nostep") => {
                if steps.is_empty() {
                    before.push(block)
                } else {
                    after.push(block)
                }
            }
            PageKind::Guide => steps.push(Step {
                number: steps.len() + 1,
                id: format!("step-{}", steps.len() + 1),
                anchor: s.heading.id.clone(),
                title_html: s.heading.html.clone(),
                title: s.heading.text.clone(),
                body_html: s.body_html.clone(),
            }),
            PageKind::Faq => questions.push(block),
            PageKind::Article => {
                content_html.push_str(&markdown::heading_html(&s.heading));
                content_html.push_str(&s.body_html);
            }
        }
    }
    let toc = md
        .headings
        .iter()
        .filter(|h| h.level <= 3)
        .map(|h| TocEntry { level: h.level, id: h.id.clone(), text: h.text.clone() })
        .collect();

    let ancestors = site.ancestors(node.id);
    let breadcrumbs: Vec<Link> = ancestors.iter().map(|&a| link(site.node(a))).collect();
    let (prev, next) = neighbours(site, node);
    let home = site.node(site.homes[&node.lang]);
    let nav = nav_links(site, &node.lang, &root);
    let nav_active = nav_active(site, node, &root);
    let children = |n: &Node| -> Vec<Child> {
        n.sections
            .iter()
            .map(|&s| {
                let sec = site.node(s);
                Child {
                    title: sec.title.clone(),
                    href: href(&root, &sec.url_path),
                    description: sec.description.clone(),
                    count: sec.pages.len(),
                    pages: sec.pages.iter().map(|&p| link(site.node(p))).collect(),
                }
            })
            .collect()
    };

    let translations: Vec<Translation> = site
        .languages
        .iter()
        .map(|l| Translation {
            untranslated: node.translations.get(&l.tag).is_some_and(|&t| site.node(t).fallback_of.is_some()),
            tag: &l.tag,
            name: &l.name,
            dir: l.dir,
            href: node.translations.get(&l.tag).map(|&t| href(&root, &site.node(t).url_path)),
            current: l.tag == node.lang,
        })
        .collect();
    let alternates = alternates(input.config, site, node);
    let description = node.description.clone().unwrap_or_else(|| excerpt(&md.intro_text, 160));
    let updated_iso =
        src.front.updated.clone().or_else(|| input.git_dates.get(&crate::fs::slash_path(&src.path)).cloned());
    let updated = match &updated_iso {
        Some(d) => Some(input.locales.format_date(&node.lang, d).map_err(|e| Diagnostic::error(&src.path, e))?),
        None => None,
    };
    let contact = help_block(input, &node.lang, &root);
    let help = if matches!(node.page_kind, PageKind::Guide | PageKind::Faq) { contact.clone() } else { vec![] };
    // a few, in site order: every page carries them for the "nothing found" panel
    let guides = guide_links(site, &node.lang, &root);
    let nav_html = fragments.get(Fragments::NAV, node, &root, nav_active.clone());
    let search_html = fragments.get(Fragments::SEARCH, node, &root, None);
    let help_html = fragments.get(Fragments::HELP, node, &root, Fragments::help_variant(node));
    let not_translated = node.fallback_of.map(|_| {
        let l = site.language(&src.lang).expect("source language");
        NotTranslated { source_tag: &l.tag, source_name: &l.name, source_dir: l.dir }
    });
    let canonical = input.config.absolute_url(&node.url_path);
    let json_ld = json_ld(
        input.config,
        site,
        node,
        &breadcrumbs_abs(input.config, site, &ancestors, node),
        &description,
        &steps,
        &questions,
        &md,
    );

    let ctx = PageContext {
        lang,
        extra: &src.front.extra,
        site_extra: &input.config.extra,
        languages: &site.languages,
        home_href: href(&root, &home.url_path),
        root: root.clone(),
        canonical,
        kind: node.kind,
        page_kind: node.page_kind,
        title: &node.title,
        description,
        draft: node.draft,
        intro_html: md.intro_html.clone(),
        content_html,
        before,
        steps,
        after,
        questions,
        toc,
        updated,
        updated_iso,
        breadcrumbs,
        prev,
        next,
        related: related(site, node).into_iter().map(|id| link(site.node(id))).collect(),
        sections: children(node),
        pages: node.pages.iter().map(|&p| link(site.node(p))).collect(),
        nav,
        nav_active,
        nav_html,
        search_html,
        help_html,
        translations,
        alternates,
        help,
        contact,
        guides,
        search: input.config.search.enabled,
        feedback: input.config.feedback.endpoint.as_deref().map(|endpoint| Feedback { endpoint }),
        json_ld,
        not_translated,
        page_id: node.url_path.clone(),
        live_reload: input.live_reload,
    };
    let template = match node.kind {
        NodeKind::Home => "home.html",
        NodeKind::Section => "section.html",
        NodeKind::Page => "page.html",
    };
    let context = tera::Context::from_serialize(&ctx).map_err(|e| Diagnostic::error(&src.path, e.to_string()))?;
    let mut html = Vec::with_capacity(32 * 1024);
    tera.render_to(template, &context, &mut html)
        .map_err(|e| input.theme.render_error(template, &e).while_rendering(&src.path))?;
    // the search text moves to the page (nothing reads it from the Markdown pass after this)
    let blocks = if node.fallback_of.is_some() { vec![] } else { std::mem::take(&mut md.blocks) };
    let links = links::PageLinks { node: node.id, links: md.links.clone(), anchors: anchors_of(&md, node.page_kind) };
    Ok(RenderedPage {
        node: node.id,
        path: format!("{}index.html", node.url_path),
        bytes: html.len(),
        html,
        blocks,
        markdown: md,
        links,
    })
}

/// The anchors a link may name on a page: its headings' ids, and `step-N` for each step of a guide.
fn anchors_of(md: &Rendered, kind: PageKind) -> std::collections::BTreeSet<String> {
    let mut set: std::collections::BTreeSet<String> = md.headings.iter().map(|h| h.id.clone()).collect();
    if kind == PageKind::Guide {
        let steps =
            md.sections.iter().filter(|s| !s.heading.classes.iter().any(|c| c == "intro" || c == "nostep")).count();
        set.extend((1..=steps).map(|i| format!("step-{i}")));
    }
    set
}

#[derive(Serialize)]
struct ComponentContext<'a> {
    lang: &'a Language,
    root: &'a str,
    id: String,
    /// The composer's message paragraphs, formatted by Fluent with `⟦name⟧` where the reader's input
    /// goes, and every variant of the selectors (outcome, number of evidence items), as JSON.
    messages: String,
    contact: Vec<HelpChannel>,
}

/// The UI strings that code formats by name rather than templates (the composer's letter, handed to
/// `composer.js` as JSON): `helpgen check` counts them as used.
pub const CODE_KEYS: &[&str] = &[
    "composer-subject",
    "composer-greeting",
    "composer-line-order",
    "composer-line-date",
    "composer-line-product",
    "composer-line-problem",
    "composer-line-outcome",
    "composer-line-evidence",
    "composer-closing",
    "composer-signoff",
];

/// Most evidence items a reader can tick in the composer.
const EVIDENCE_ITEMS: usize = 5;

fn composer_messages(locales: &Locales, lang: &str) -> Result<serde_json::Value, String> {
    use crate::i18n::Arg;
    let slot = |n: &str| Arg::Str(format!("⟦{n}⟧"));
    let f = |key: &str, args: &[(&str, Arg)]| locales.format(lang, key, args);
    let outcome = ["refund", "replacement", "repair", "explanation"]
        .iter()
        .map(|o| {
            Ok((
                (*o).to_string(),
                serde_json::Value::String(f("composer-line-outcome", &[("outcome", Arg::Str((*o).into()))])?),
            ))
        })
        .collect::<Result<serde_json::Map<_, _>, String>>()?;
    let evidence = (0..=EVIDENCE_ITEMS)
        .map(|n| f("composer-line-evidence", &[("evidenceCount", Arg::Num(n as f64)), ("evidence", slot("evidence"))]))
        .collect::<Result<Vec<_>, String>>()?;
    Ok(serde_json::json!({
        "subject": f("composer-subject", &[("order", slot("order"))])?,
        "greeting": f("composer-greeting", &[])?,
        "order": f("composer-line-order", &[("order", slot("order"))])?,
        "date": f("composer-line-date", &[("date", slot("date"))])?,
        "product": f("composer-line-product", &[("product", slot("product"))])?,
        "problem": f("composer-line-problem", &[("problem", slot("problem")), ("details", slot("details"))])?,
        "outcome": outcome,
        "evidence": evidence,
        "closing": f("composer-closing", &[])?,
        "signoff": f("composer-signoff", &[])?,
        "list": locales.cldr(lang).list_patterns(),
    }))
}

/// Replaces the markers of ```composer``` and ```contact``` blocks with the rendered components.
fn fill_components(
    input: &RenderInput,
    tera: &Tera,
    node: &Node,
    root: &str,
    md: &mut Rendered,
) -> Result<(), tera::Error> {
    let lang = input.site.language(&node.lang).expect("language");
    let messages = composer_messages(&input.locales, &node.lang).map_err(tera::Error::msg)?;
    let mut n = 0;
    let mut render_one = |name: &str| -> Result<String, tera::Error> {
        n += 1;
        let ctx = ComponentContext {
            lang,
            root,
            id: format!("{name}-{n}"),
            messages: crate::render::script_safe_json(&messages),
            contact: help_block(input, &node.lang, root),
        };
        tera.render(&format!("partials/{name}.html"), &tera::Context::from_serialize(&ctx)?)
    };
    let mut fill = |html: &mut String| -> Result<(), tera::Error> {
        for name in markdown::COMPONENTS {
            let marker = markdown::component_marker(name);
            while let Some(i) = html.find(&marker) {
                let rendered = render_one(name)?;
                html.replace_range(i..i + marker.len(), &rendered);
            }
        }
        Ok(())
    };
    fill(&mut md.intro_html)?;
    for s in &mut md.sections {
        fill(&mut s.body_html)?;
    }
    Ok(())
}

/// Resolves a Markdown link written in a source file of `src_lang`/`src_dir` (`links` classifies it
/// and finds its target, as for `check`); `None` keeps it as written.
fn resolve_link(site: &Site, src_lang: &str, src_dir: &str, root: &str, dest: &str) -> Option<String> {
    let dest = links::classify(dest, false);
    let resolution = links::resolve(site, src_lang, src_dir, &dest);
    links::href(site, root, &dest, &resolution)
}

pub use crate::links::{resolve_source_path, section_url_of};

fn neighbours(site: &Site, node: &Node) -> (Option<Link>, Option<Link>) {
    let root = root_prefix(&node.url_path);
    let Some(parent) = node.parent else {
        return (None, None);
    };
    if node.kind != NodeKind::Page {
        return (None, None);
    }
    let siblings = &site.node(parent).pages;
    let pos = siblings.iter().position(|&p| p == node.id).unwrap_or(0);
    let mk = |id: usize| {
        let n = site.node(id);
        Link { title: n.title.clone(), href: href(&root, &n.url_path), description: None, kind: n.page_kind }
    };
    (pos.checked_sub(1).map(|i| mk(siblings[i])), siblings.get(pos + 1).map(|&i| mk(i)))
}

/// Up to five pages of the same language: most shared tags first, then the same section.
pub fn related(site: &Site, node: &Node) -> Vec<usize> {
    if node.kind != NodeKind::Page {
        return vec![];
    }
    // candidates: the section's pages and the pages sharing a tag (indexed in `Site::tagged`)
    let mut candidates: Vec<usize> = node.parent.map(|p| site.node(p).pages.clone()).unwrap_or_default();
    for tag in &node.tags {
        if let Some(ids) = site.tagged.get(&(node.lang.clone(), tag.clone())) {
            candidates.extend(ids);
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    let mut scored: Vec<(usize, bool, usize)> = candidates
        .into_iter()
        .map(|id| site.node(id))
        .filter(|n| n.kind == NodeKind::Page && n.id != node.id)
        .map(|n| (n.tags.iter().filter(|t| node.tags.contains(t)).count(), n.parent == node.parent, n.id))
        .collect();
    scored.sort_by(|a, b| (b.0, b.1).cmp(&(a.0, a.1)).then(a.2.cmp(&b.2)));
    scored.into_iter().take(5).map(|(_, _, id)| id).collect()
}

fn alternates(config: &Config, site: &Site, node: &Node) -> Vec<Alternate> {
    let mut out: Vec<Alternate> = node
        .translations
        .iter()
        .filter(|(_, id)| site.node(**id).fallback_of.is_none())
        .map(|(tag, &id)| Alternate { hreflang: tag.clone(), href: config.absolute_url(&site.node(id).url_path) })
        .collect();
    if let Some(&d) = node.translations.get(&config.default_language) {
        out.push(Alternate { hreflang: "x-default".into(), href: config.absolute_url(&site.node(d).url_path) });
    }
    out
}

fn help_block(input: &RenderInput, lang: &str, root: &str) -> Vec<HelpChannel> {
    let block = input.contacts.get(lang).or_else(|| input.contacts.get(&input.config.default_language));
    let lang_for_pages = if input.contacts.contains_key(lang) { lang } else { input.config.default_language.as_str() };
    block
        .map(|b| {
            b.channels
                .iter()
                .map(|c| HelpChannel {
                    name: c.name.clone(),
                    description: c.description.clone(),
                    hours: c.hours.clone(),
                    reply: c.reply.clone(),
                    href: c.page.as_ref().and_then(|p| {
                        let key = (lang_for_pages.to_string(), format!("{}.md", p.trim_matches('/')));
                        input.site.by_source.get(&key).map(|&id| href(root, &input.site.node(id).url_path))
                    }),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The first `max` characters of `text`, cut at a word.
pub fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(i) if i > max / 2 => format!("{}…", &cut[..i]),
        _ => format!("{cut}…"),
    }
}

fn breadcrumbs_abs(config: &Config, site: &Site, ancestors: &[usize], node: &Node) -> Vec<(String, String)> {
    ancestors
        .iter()
        .chain(std::iter::once(&node.id))
        .map(|&a| (site.node(a).title.clone(), config.absolute_url(&site.node(a).url_path)))
        .collect()
}

/// schema.org JSON-LD: BreadcrumbList everywhere, HowTo for guides, FAQPage for FAQs. `<` is escaped
/// so that no text can close the script element.
#[allow(clippy::too_many_arguments)]
fn json_ld(
    config: &Config,
    _site: &Site,
    node: &Node,
    crumbs: &[(String, String)],
    description: &str,
    steps: &[Step],
    questions: &[Block],
    md: &Rendered,
) -> String {
    let url = config.absolute_url(&node.url_path);
    let text_of = |id: &str| md.sections.iter().find(|s| s.heading.id == id).map_or("", |s| s.body_text.as_str());
    let mut graph = vec![ld::Node::BreadcrumbList {
        item_list_element: crumbs
            .iter()
            .enumerate()
            .map(|(i, (name, item))| ld::ListItem { kind: "ListItem", item, name, position: i + 1 })
            .collect(),
    }];
    match node.page_kind {
        PageKind::Guide if !steps.is_empty() => graph.push(ld::Node::HowTo {
            description,
            in_language: &node.lang,
            name: &node.title,
            step: steps
                .iter()
                .map(|s| ld::HowToStep {
                    kind: "HowToStep",
                    name: &s.title,
                    position: s.number,
                    text: text_of(&s.anchor),
                    url: format!("{url}#{}", s.id),
                })
                .collect(),
            url: &url,
        }),
        PageKind::Faq if !questions.is_empty() => graph.push(ld::Node::FAQPage {
            in_language: &node.lang,
            main_entity: questions
                .iter()
                .map(|q| ld::Question {
                    kind: "Question",
                    accepted_answer: ld::Answer { kind: "Answer", text: text_of(&q.id) },
                    name: md.sections.iter().find(|s| s.heading.id == q.id).map_or("", |s| s.heading.text.as_str()),
                })
                .collect(),
            name: &node.title,
            url: &url,
        }),
        _ => {}
    }
    let doc = ld::Doc { context: "https://schema.org", graph };
    let json = serde_json::to_string(&doc).expect("JSON");
    let mut out = String::with_capacity(json.len() + 32);
    push_script_safe(&mut out, &json);
    out
}

/// The JSON-LD document's shapes, serialized straight to text. Fields are in the order of their
/// names (as a `serde_json::Value`'s object keys were written before).
mod ld {
    use serde::Serialize;

    #[derive(Serialize)]
    pub struct Doc<'a> {
        #[serde(rename = "@context")]
        pub context: &'static str,
        #[serde(rename = "@graph")]
        pub graph: Vec<Node<'a>>,
    }

    #[derive(Serialize)]
    #[serde(tag = "@type")]
    pub enum Node<'a> {
        BreadcrumbList {
            #[serde(rename = "itemListElement")]
            item_list_element: Vec<ListItem<'a>>,
        },
        HowTo {
            description: &'a str,
            #[serde(rename = "inLanguage")]
            in_language: &'a str,
            name: &'a str,
            step: Vec<HowToStep<'a>>,
            url: &'a str,
        },
        FAQPage {
            #[serde(rename = "inLanguage")]
            in_language: &'a str,
            #[serde(rename = "mainEntity")]
            main_entity: Vec<Question<'a>>,
            name: &'a str,
            url: &'a str,
        },
    }

    #[derive(Serialize)]
    pub struct ListItem<'a> {
        #[serde(rename = "@type")]
        pub kind: &'static str,
        pub item: &'a str,
        pub name: &'a str,
        pub position: usize,
    }

    #[derive(Serialize)]
    pub struct HowToStep<'a> {
        #[serde(rename = "@type")]
        pub kind: &'static str,
        pub name: &'a str,
        pub position: usize,
        pub text: &'a str,
        pub url: String,
    }

    #[derive(Serialize)]
    pub struct Question<'a> {
        #[serde(rename = "@type")]
        pub kind: &'static str,
        #[serde(rename = "acceptedAnswer")]
        pub accepted_answer: Answer<'a>,
        pub name: &'a str,
    }

    #[derive(Serialize)]
    pub struct Answer<'a> {
        #[serde(rename = "@type")]
        pub kind: &'static str,
        pub text: &'a str,
    }
}

/// JSON that is safe inside `<script>`: `<`, `>` and `&` as Unicode escapes.
pub fn script_safe_json(v: &serde_json::Value) -> String {
    let json = serde_json::to_string(v).expect("JSON");
    if memchr::memchr3(b'<', b'>', b'&', json.as_bytes()).is_none() {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 32);
    push_script_safe(&mut out, &json);
    out
}

/// Appends JSON text with `<`, `>` and `&` written as JSON escapes (the same value), so that no
/// text in it can close a script element; one pass.
pub fn push_script_safe(out: &mut String, json: &str) {
    let mut rest = json;
    while let Some(i) = memchr::memchr3(b'<', b'>', b'&', rest.as_bytes()) {
        out.push_str(&rest[..i]);
        out.push_str(match rest.as_bytes()[i] {
            b'<' => "\\u003c",
            b'>' => "\\u003e",
            _ => "\\u0026",
        });
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hrefs_climb_back_to_the_root() {
        assert_eq!(root_prefix("sv/faq/questions/"), "../../../");
        assert_eq!(href(&root_prefix("sv/"), "en/"), "../en/index.html");
        assert_eq!(root_prefix(""), "");
    }

    #[test]
    fn json_ld_cannot_close_its_script() {
        let v = serde_json::json!({"name": "</script><img src=x onerror=alert(1)>"});
        let s = script_safe_json(&v);
        assert!(!s.contains("</script>"));
        assert!(!s.contains('<'));
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn excerpts_cut_at_a_word() {
        assert_eq!(excerpt("short", 10), "short");
        assert_eq!(excerpt("one two three four five", 12), "one two…");
    }
}
