//! The translation dashboard for editors (issue 24): one self-contained HTML page (no script, no
//! stylesheet to fetch, `noindex`) with, per language, the pages translated, outdated (and the source
//! change each has not followed), untracked, missing, and the UI strings that fall back. The numbers are
//! `helpgen check`'s (`check --format json` gives the same); `helpgen check --format html` prints the
//! page, and `[dashboard] enabled = true` makes `helpgen build` write it to `_dashboard/index.html`,
//! which no reader's page links to. The page is in English: it is for the editors of every language.

use std::fmt::Write as _;

use crate::check::LanguageStatus;
use crate::markdown::escape_html;

/// Where the build writes the dashboard.
pub const PATH: &str = "_dashboard/index.html";

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#1c1e21;background:#fff}\
table{border-collapse:collapse;width:100%;margin-block:1rem}th,td{border:1px solid #d5d9de;padding:.35rem .6rem;text-align:start}\
td.n{text-align:end;font-variant-numeric:tabular-nums}.bad{color:#8a4b00;font-weight:700}.ok{color:#146c2e}\
details{margin-block:.5rem}summary{cursor:pointer;font-weight:600}code{font-size:.92em}ul{margin-block:.25rem}\
@media (prefers-color-scheme:dark){body{color:#e8eaed;background:#15171a}th,td{border-color:#3a3f45}.bad{color:#f5c06b}.ok{color:#7ddc95}}";

/// Translations that follow their source: the pages of a language less outdated and untracked ones
/// (the default language counts all its pages).
pub fn translated(l: &LanguageStatus) -> usize {
    l.pages.saturating_sub(l.outdated.len() + l.untracked.len())
}

/// The dashboard page for `languages` (in the order given; the default language first is usual).
pub fn html(site_title: &str, default_language: &str, languages: &[LanguageStatus]) -> String {
    let mut out = String::with_capacity(8 * 1024);
    let title = format!("Translations · {}", escape_html(site_title));
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"robots\" content=\"noindex, nofollow\">\n<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <h1>{title}</h1>\n<p>Source language: <code>{}</code>. A translation is outdated when its source changed after it was marked \
         translated (<code>helpgen check --mark-translated PAGE</code>), untracked when it records no source version. Missing UI strings \
         fall back to the source language.</p>\n",
        escape_html(default_language)
    );
    out.push_str(
        "<table>\n<caption>Per language</caption>\n<thead><tr><th scope=\"col\">Language</th><th scope=\"col\">Pages</th>\
         <th scope=\"col\">Translated</th><th scope=\"col\">Outdated</th><th scope=\"col\">Untracked</th><th scope=\"col\">Missing</th>\
         <th scope=\"col\">UI strings missing</th></tr></thead>\n<tbody>\n",
    );
    for l in languages {
        let tag = escape_html(&l.language);
        let cell = |name: &str, n: usize, bad: bool| {
            let class = if bad && n > 0 { "n bad" } else { "n" };
            format!("<td class=\"{class}\" data-count=\"{name}\">{n}</td>")
        };
        let _ = writeln!(
            out,
            "<tr data-lang=\"{tag}\"><th scope=\"row\"><a href=\"#lang-{tag}\">{tag}</a></th>{}{}{}{}{}{}</tr>",
            cell("pages", l.pages, false),
            cell("translated", translated(l), false),
            cell("outdated", l.outdated.len(), true),
            cell("untracked", l.untracked.len(), true),
            cell("missing", l.missing.len(), true),
            cell("ui_missing", l.ui_missing.len(), true),
        );
    }
    out.push_str("</tbody>\n</table>\n");
    for l in languages {
        language_section(&mut out, l);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn language_section(out: &mut String, l: &LanguageStatus) {
    let tag = escape_html(&l.language);
    let _ = writeln!(out, "<section id=\"lang-{tag}\" aria-labelledby=\"h-{tag}\">\n<h2 id=\"h-{tag}\">{tag}</h2>");
    if l.outdated.is_empty() && l.untracked.is_empty() && l.missing.is_empty() && l.ui_missing.is_empty() {
        out.push_str("<p class=\"ok\">Everything is translated and up to date.</p>\n</section>\n");
        return;
    }
    if !l.outdated_details.is_empty() {
        let _ = write!(out, "<h3>Outdated ({})</h3>\n<ul>\n", l.outdated_details.len());
        for o in &l.outdated_details {
            let when =
                o.source_updated.as_deref().map(|d| format!(", last changed {}", escape_html(d))).unwrap_or_default();
            let _ = writeln!(
                out,
                "<li><code>{}</code>: its source <code>{}</code> changed since it was translated{when}</li>",
                escape_html(&o.translation),
                escape_html(&o.source)
            );
        }
        out.push_str("</ul>\n");
    }
    list(out, "Missing", "pages of the source language with no translation", &l.missing);
    list(out, "Untracked", "translations that record no source version", &l.untracked);
    list(out, "UI strings missing", "Fluent keys that fall back", &l.ui_missing);
    out.push_str("</section>\n");
}

fn list(out: &mut String, heading: &str, what: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = write!(out, "<details>\n<summary>{heading} ({}): {what}</summary>\n<ul>\n", items.len());
    for i in items {
        let _ = writeln!(out, "<li><code>{}</code></li>", escape_html(i));
    }
    out.push_str("</ul>\n</details>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_lists_each_language() {
        let sv = LanguageStatus {
            language: "sv".into(),
            pages: 5,
            missing: vec!["content/en/a.md".into()],
            outdated: vec!["content/sv/b.md".into()],
            untracked: vec!["content/sv/c.md".into()],
            ui_missing: vec!["nav-menu".into()],
            outdated_details: vec![crate::check::Outdated {
                translation: "content/sv/b.md".into(),
                source: "content/en/b.md".into(),
                source_updated: Some("2026-11-03".into()),
            }],
            ..Default::default()
        };
        let en = LanguageStatus { language: "en".into(), pages: 6, ..Default::default() };
        let page = html("Help <centre>", "en", &[en, sv]);
        assert!(page.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"));
        assert!(page.contains("Help &lt;centre&gt;"));
        assert!(page.contains("<tr data-lang=\"sv\"><th scope=\"row\"><a href=\"#lang-sv\">sv</a></th><td class=\"n\" data-count=\"pages\">5</td><td class=\"n\" data-count=\"translated\">3</td>"));
        assert!(page.contains("<code>content/en/b.md</code> changed since it was translated, last changed 2026-11-03"));
        assert!(page.contains("Everything is translated and up to date."), "en");
        assert!(!page.contains("<script"));
    }
}
