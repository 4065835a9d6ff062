//! Link credit: a section that sends the reader elsewhere ("See [refunds](../rights/refunds.md)",
//! as the FAQ's quick answers do) describes the page it points to, as anchor text does on the web.
//! Each entry gets the headings of the entries of other pages that link to it (`Entry::refs`),
//! indexed at the weight of a page title, so that the page with the details ranks beside (and,
//! with its own words, above) the short answer that points to it.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use super::Entry;

/// `href` (as written into the page at `page_dir`, e.g. `../../../en/rights/refunds/index.html#x`)
/// as a site-relative URL (`en/rights/refunds/index.html#x`); `None` for external links.
pub fn site_url(page_dir: &str, href: &str) -> Option<String> {
    if href.contains("://") || href.starts_with('/') || href.starts_with("mailto:") || href.starts_with("tel:") {
        return None;
    }
    let (path, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (href, None),
    };
    let mut parts: Vec<&str> = page_dir.split('/').filter(|p| !p.is_empty()).collect();
    if path.is_empty() {
        parts.push("index.html");
    }
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    let mut url = parts.join("/");
    if path.ends_with('/') || path.is_empty() && !url.ends_with("index.html") {
        url.push_str("/index.html");
    }
    if let Some(f) = fragment.filter(|f| !f.is_empty()) {
        url.push('#');
        url.push_str(f);
    }
    Some(url)
}

/// Fills `refs` of the entries that other pages' entries link to. `links[i]`: the site-relative
/// URLs entry `i` links to.
pub fn credit(entries: &mut [Entry], links: &[Vec<String>]) {
    let by_url: HashMap<&str, usize> = entries.iter().enumerate().map(|(i, e)| (e.url.as_str(), i)).collect();
    let page = |url: &str| url.split('#').next().unwrap_or(url).to_string();
    // target → linking entries, in entry order (deterministic text)
    let mut refs: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (from, urls) in links.iter().enumerate() {
        for url in urls {
            let target = by_url.get(url.as_str()).or_else(|| by_url.get(page(url).as_str()));
            if let Some(&to) = target
                && page(&entries[to].url) != page(&entries[from].url)
            {
                let list = refs.entry(to).or_default();
                if !list.contains(&from) {
                    list.push(from);
                }
            }
        }
    }
    for (to, froms) in refs {
        let text: Vec<&str> = froms.iter().map(|&f| entries[f].title.as_ref()).collect();
        let text = text.join(" · ");
        entries[to].refs = Cow::Owned(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hrefs_become_site_urls() {
        let dir = "en/faq/questions/";
        assert_eq!(
            site_url(dir, "../../../en/rights/refunds/index.html").as_deref(),
            Some("en/rights/refunds/index.html")
        );
        assert_eq!(
            site_url(dir, "../../rights/refunds/index.html#who-pays").as_deref(),
            Some("en/rights/refunds/index.html#who-pays")
        );
        assert_eq!(site_url(dir, "#x").as_deref(), Some("en/faq/questions/index.html#x"));
        assert_eq!(site_url(dir, "https://example.org/").as_deref(), None);
        assert_eq!(site_url("en/", "../../x").as_deref(), None);
    }

    #[test]
    fn entries_get_the_headings_that_link_to_them() {
        let e = |url: &str, title: &'static str| Entry {
            url: url.into(),
            title: title.into(),
            page: "".into(),
            text: "".into(),
            extra: "".into(),
            refs: "".into(),
        };
        let mut entries = vec![
            e("en/faq/index.html#q", "How long does a refund take?"),
            e("en/refunds/index.html", "Refunds"),
            e("en/refunds/index.html#late", "Late refunds"),
        ];
        let links = vec![
            vec!["en/refunds/index.html".to_string(), "en/refunds/index.html#nope".to_string()],
            vec!["en/refunds/index.html#late".to_string()],
            vec![],
        ];
        credit(&mut entries, &links);
        assert_eq!(entries[1].refs, "How long does a refund take?", "a missing anchor counts for its page");
        assert_eq!(entries[2].refs, "", "a page's own links give no credit");
        assert_eq!(entries[0].refs, "");
    }
}
