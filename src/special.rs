//! The pages that are not Markdown: the root language chooser, the 404 pages (root and per
//! language), `sitemap.xml` with hreflang alternates, and `robots.txt`.

use serde::Serialize;
use tera::Tera;

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::markdown::escape_html;
use crate::output::Output;
use crate::site::{Language, Site};
use crate::theme::Theme;

#[derive(Serialize)]
struct RootLanguage<'a> {
    tag: &'a str,
    prefix: &'a str,
    name: &'a str,
    dir: crate::config::Direction,
    href: String,
}

#[derive(Serialize)]
struct SpecialContext<'a> {
    lang: &'a Language,
    languages: Vec<RootLanguage<'a>>,
    root: String,
    home_href: String,
    canonical: String,
    is_404: bool,
    live_reload: bool,
}

/// Site-absolute path of the base URL (`/help/`), for pages served at any URL such as 404s.
pub fn base_path(config: &Config) -> String {
    let after_scheme = config.base_url.split_once("://").map_or("", |(_, r)| r);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".to_string(),
    }
}

/// Renders the root chooser and the 404 pages with the theme's `root.html` and `404.html`.
pub fn render(
    config: &Config,
    site: &Site,
    theme: &Theme,
    teras: &dyn Fn(&str) -> Tera,
    live_reload: bool,
    out: &mut Output,
) -> Result<(), Diagnostic> {
    let default = site.language(&config.default_language).expect("default language");
    let langs = |root: &str| -> Vec<RootLanguage> {
        site.languages
            .iter()
            .map(|l| RootLanguage {
                tag: &l.tag,
                prefix: &l.prefix,
                name: &l.name,
                dir: l.dir,
                href: format!("{root}{}/index.html", l.prefix),
            })
            .collect()
    };
    let tera = teras(&default.tag);
    let ctx = SpecialContext {
        lang: default,
        languages: langs(""),
        root: String::new(),
        home_href: "index.html".into(),
        canonical: config.base_url.clone(),
        is_404: false,
        live_reload,
    };
    out.insert("index.html", render_one(&tera, theme, "root.html", &ctx)?);

    // 404 pages are served at any URL, so their links are site-absolute.
    let base = base_path(config);
    let ctx = SpecialContext {
        lang: default,
        languages: langs(&base),
        root: base.clone(),
        home_href: format!("{base}index.html"),
        canonical: format!("{}404.html", config.base_url),
        is_404: true,
        live_reload,
    };
    out.insert("404.html", render_one(&tera, theme, "404.html", &ctx)?);
    for l in &site.languages {
        let tera = teras(&l.tag);
        let ctx = SpecialContext {
            lang: l,
            languages: langs(&base),
            root: base.clone(),
            home_href: format!("{base}{}/index.html", l.prefix),
            canonical: format!("{}{}/404.html", config.base_url, l.prefix),
            is_404: true,
            live_reload,
        };
        out.insert(format!("{}/404.html", l.prefix), render_one(&tera, theme, "404.html", &ctx)?);
    }
    Ok(())
}

fn render_one<T: Serialize>(tera: &Tera, theme: &Theme, template: &str, ctx: &T) -> Result<String, Diagnostic> {
    let context = tera::Context::from_serialize(ctx).map_err(|e| Diagnostic::error(template, e.to_string()))?;
    tera.render(template, &context).map_err(|e| theme.render_error(template, &e))
}

/// `sitemap.xml`: every page with its translations as `xhtml:link` alternates.
pub fn sitemap(config: &Config, site: &Site) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for n in site.nodes.iter().filter(|n| n.fallback_of.is_none()) {
        xml.push_str(&format!("  <url>\n    <loc>{}</loc>\n", escape_html(&config.absolute_url(&n.url_path))));
        for (tag, &id) in &n.translations {
            let t = site.node(id);
            if t.fallback_of.is_none() {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{tag}\" href=\"{}\"/>\n",
                    escape_html(&config.absolute_url(&t.url_path))
                ));
            }
        }
        if let Some(&d) = n.translations.get(&config.default_language) {
            xml.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n",
                escape_html(&config.absolute_url(&site.node(d).url_path))
            ));
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots(config: &Config) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n", config.base_url)
}
