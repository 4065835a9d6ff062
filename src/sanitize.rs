//! Raw HTML written in Markdown, made safe (the default; `[markdown] unsafe_html = true` trusts it):
//! the HTML of a section that holds raw HTML goes through ammonia's allow-list. Ordinary markup stays
//! (`<kbd>`, `<details>`/`<summary>`, `<br>`, tables, images, `<sup>`, ids and classes, the Markdown
//! pass's own headings, callouts and task lists); `<script>` and `<style>` go with their content,
//! event handlers, `style` (but a table cell's `text-align`), `javascript:` and other script URLs go.
//! Sections without raw HTML are not touched (Markdown alone cannot produce unsafe HTML once
//! `markdown::safe_url` has run), so most pages never pay for the parse.

use std::collections::HashSet;

use crate::markdown::component_marker;

/// Stands for a component's marker while ammonia runs (it drops comments); U+FDD0 is a noncharacter,
/// removed from the input first so that no text can fake a marker.
const TOKEN: char = '\u{FDD0}';

/// Tags kept besides ammonia's defaults (which include `kbd`, `details`, `summary`, `br`, tables,
/// `img`, `sup`, `abbr`, `mark`, `figure`): task list checkboxes.
const EXTRA_TAGS: [&str; 1] = ["input"];

/// Attributes kept on every tag besides ammonia's `lang` and `title`.
const GENERIC_ATTRIBUTES: [&str; 6] = ["id", "class", "dir", "role", "aria-label", "aria-hidden"];

/// Cleans `html`, the rendered HTML of one section that contains raw HTML. The markers the
/// Markdown pass left for components (`<!--helpgen:composer-->`) are kept.
pub fn clean(html: &str, components: &[&str]) -> String {
    let mut text: String = html.chars().filter(|&c| c != TOKEN).collect();
    for name in components {
        text = text.replace(&component_marker(name), &format!("{TOKEN}helpgen:{name}{TOKEN}"));
    }
    let mut builder = ammonia::Builder::default();
    builder
        .add_tags(EXTRA_TAGS)
        .add_generic_attributes(GENERIC_ATTRIBUTES)
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tag_attributes("img", ["title", "loading"])
        .add_tag_attributes("a", ["title"])
        .add_tag_attributes("details", ["open"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        // pulldown-cmark writes a table column's alignment as style="text-align: ..."; no other CSS
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            ("th" | "td", "style") => {
                let align = value.trim().trim_end_matches(';');
                ["text-align: left", "text-align: center", "text-align: right"].contains(&align).then_some(value.into())
            }
            ("input", "type") => (value == "checkbox").then_some(value.into()),
            _ => Some(value.into()),
        })
        // the site's own pages: no rel added to every link (the theme decides)
        .link_rel(None)
        .url_schemes(HashSet::from(["http", "https", "mailto", "tel", "ftp", "sms"]));
    let mut out = builder.clean(&text).to_string();
    for name in components {
        out = out.replace(&format!("{TOKEN}helpgen:{name}{TOKEN}"), &component_marker(name));
    }
    out
}

/// Neutralizes an editor's own `<!--helpgen:...-->` in raw HTML that is not trusted, so that only the
/// Markdown pass places components.
pub fn unmark(raw: &str) -> String {
    raw.replace("<!--helpgen:", "<!-- ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_ordinary_markup() {
        for html in [
            "<p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd><br>then paste.</p>",
            "<details><summary>More</summary><p>Hidden text</p></details>",
            "<details open=\"\"><summary>Open</summary></details>",
            "<table><thead><tr><th style=\"text-align: center\">a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>",
            "<p><img src=\"receipt.png\" alt=\"A receipt\" width=\"200\"></p>",
            "<h3 id=\"x\"><a class=\"anchor\" href=\"#x\">X</a></h3>",
            "<div class=\"callout callout-tip\" role=\"note\"><p class=\"callout-title\">Tip</p></div>",
            "<ul><li><input disabled=\"\" type=\"checkbox\" checked=\"\"> done</li></ul>",
            "<p><a href=\"../faq/index.html#a\">x</a> <a href=\"mailto:a@b.c\">m</a> <sup>1</sup></p>",
        ] {
            assert_eq!(clean(html, &[]), html);
        }
    }

    #[test]
    fn drops_scripts_handlers_and_script_urls() {
        let dirty = "<script>alert(1)</script><style>body{}</style><p onclick=\"x()\" style=\"color:red\">a</p>\
            <a href=\"javascript:alert(2)\">j</a><a href=\"java&#9;script:alert(3)\">t</a>\
            <img src=\"x\" onerror=\"alert(4)\"><iframe src=\"https://x.org\"></iframe>\
            <table><tr><td style=\"background:url(x)\">c</td></tr></table><form action=\"x\"><input type=\"text\"></form>";
        let out = clean(dirty, &[]);
        for gone in [
            "<script",
            "alert(1)",
            "<style",
            "onclick",
            "color:red",
            "javascript",
            "alert(3)",
            "onerror",
            "<iframe",
            "url(x)",
            "<form",
            "type=\"text\"",
        ] {
            assert!(!out.contains(gone), "{gone} in {out}");
        }
        assert!(out.contains("<p>a</p>") && out.contains("<img src=\"x\">"), "{out}");
    }

    #[test]
    fn keeps_the_passs_component_markers_only() {
        let marker = component_marker("composer");
        let out =
            clean(&format!("<p>a</p>\n{marker}\n<b>x</b>\u{FDD0}helpgen:contact\u{FDD0}"), &["composer", "contact"]);
        assert!(out.contains(&marker), "{out}");
        assert!(!out.contains(&component_marker("contact")), "text cannot fake a marker: {out}");
        assert_eq!(unmark("<!--helpgen:composer-->"), "<!-- composer-->");
    }
}
