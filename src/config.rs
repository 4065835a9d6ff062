//! `helpgen.toml` → `Config`: the validated, immutable settings of one project. Unknown keys are
//! errors that name the key, the file and the line; paths are resolved against the project root and
//! the output folder is checked so that a build can never delete or write sources.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use serde::Deserialize;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::fs;

pub const CONFIG_FILE: &str = "helpgen.toml";

/// Text direction of a language's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// What a language shows for a page it has no translation of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FallbackMode {
    /// Leave the page out of that language; the switcher marks it unavailable.
    #[default]
    Link,
    /// Render the default language's page under that language's URL, with a notice.
    Render,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageConfig {
    /// Order in the language lists (lower first); then by tag.
    pub weight: Option<i64>,
    /// Endonym shown in the language switcher, e.g. "Svenska".
    pub name: Option<String>,
    /// Overrides the direction derived from the script.
    pub direction: Option<Direction>,
    /// Languages whose UI strings are tried, in order, before the default language.
    #[serde(default)]
    pub fallback: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkdownConfig {
    /// Raw HTML in Markdown is sanitized (scripts, event handlers and `javascript:` URLs dropped)
    /// unless this is true: the explicit opt-in for sites whose every editor is trusted.
    #[serde(default)]
    pub unsafe_html: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchConfig {
    /// Build the search index and show the search box (false: neither, e.g. to time the build without it).
    #[serde(default = "yes")]
    pub enabled: bool,
}

impl Default for SearchConfig {
    fn default() -> Self {
        SearchConfig { enabled: true }
    }
}

/// `[feedback]` as written: the endpoint keeps its place in the file for messages.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFeedback {
    endpoint: Option<toml::Spanned<String>>,
    #[serde(default)]
    report_empty_searches: bool,
}

/// "Was this helpful?" and searches that found nothing, sent to the editor's endpoint.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedbackConfig {
    /// Absolute http(s) URL the answers are posted to; `None`: no feedback form, nothing sent.
    pub endpoint: Option<String>,
    /// Also post the queries the search found nothing for (opt-in).
    pub report_empty_searches: bool,
}

/// `[dashboard]`: the editors' translation dashboard at `_dashboard/index.html`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DashboardConfig {
    #[serde(default)]
    pub enabled: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: String,
    default_language: String,
    theme: Option<String>,
    output_dir: Option<String>,
    fallback: Option<FallbackMode>,
    #[serde(default)]
    languages: BTreeMap<String, LanguageConfig>,
    #[serde(default)]
    markdown: MarkdownConfig,
    #[serde(default)]
    search: SearchConfig,
    #[serde(default)]
    feedback: RawFeedback,
    #[serde(default)]
    dashboard: DashboardConfig,
    #[serde(default)]
    extra: BTreeMap<String, serde_json::Value>,
}

/// The project's settings, validated once.
#[derive(Debug, Clone)]
pub struct Config {
    /// The project folder (where helpgen.toml is).
    pub root: PathBuf,
    /// Absolute base URL, always ending in `/`, e.g. `https://example.org/help/`.
    pub base_url: String,
    pub default_language: String,
    pub theme: String,
    /// Absolute path of the output folder.
    pub output_dir: PathBuf,
    pub fallback: FallbackMode,
    pub languages: BTreeMap<String, LanguageConfig>,
    pub markdown: MarkdownConfig,
    pub search: SearchConfig,
    pub feedback: FeedbackConfig,
    pub dashboard: DashboardConfig,
    /// The theme's own site data (`[extra]`), handed to templates as `site_extra`.
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl Config {
    /// Reads and validates `<root>/helpgen.toml`; `output_override` replaces `output_dir`.
    pub fn load(root: &Path, output_override: Option<&Path>) -> Result<Config, Diagnostics> {
        // Work with the absolute, resolved project folder: every later safety check on the output
        // folder compares absolute paths.
        let root = &std::fs::canonicalize(root).map_err(|e| {
            Diagnostic::error(root, format!("cannot open the project folder: {e}"))
                .hint("pass an existing folder with --root")
        })?;
        let path = root.join(CONFIG_FILE);
        let shown = PathBuf::from(CONFIG_FILE);
        let text = fs::read_text(&path).map_err(|e| {
            Diagnostic::error(&shown, e.to_string())
                .hint("run helpgen in the project folder, pass --root, or create one with `helpgen new site <dir>`")
        })?;
        Config::parse(root, &text, output_override)
    }

    pub fn parse(root: &Path, text: &str, output_override: Option<&Path>) -> Result<Config, Diagnostics> {
        if !root.is_absolute() {
            let cwd = std::env::current_dir().map_err(|e| Diagnostic::error(root, e.to_string()))?;
            return Config::parse(&cwd.join(root), text, output_override);
        }
        let shown = PathBuf::from(CONFIG_FILE);
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let (message, key_hint) = crate::content::frontmatter::unknown_key_message(e.message(), &[]);
            let d = Diagnostic::error(&shown, message);
            let d = match e.span() {
                Some(span) => d.at_offset(text, span.start),
                None => d,
            };
            d.hint(
                key_hint
                    .unwrap_or_else(|| "see README.md, section \"helpgen.toml\", for the keys helpgen reads".into()),
            )
        })?;
        let mut problems = Diagnostics::default();
        let locate = |needle: &str| text.find(needle).unwrap_or(0);

        let base_url = normalize_base_url(&raw.base_url).unwrap_or_else(|msg| {
            problems.push(
                Diagnostic::error(&shown, format!("base_url {:?} {msg}", raw.base_url))
                    .at_offset(text, locate("base_url"))
                    .hint("use an absolute URL such as \"https://example.org/help/\""),
            );
            String::from("http://localhost/")
        });
        let default_language = match crate::lang::canonical_tag(&raw.default_language) {
            Some(tag) => tag,
            None => {
                problems.push(
                    Diagnostic::error(
                        &shown,
                        format!("default_language {:?} is not a BCP 47 language tag", raw.default_language),
                    )
                    .at_offset(text, locate("default_language"))
                    .hint("use a tag such as \"en\", \"sv\" or \"zh-Hant\""),
                );
                raw.default_language.clone()
            }
        };
        let mut languages = BTreeMap::new();
        for (tag, lang) in raw.languages {
            match crate::lang::canonical_tag(&tag) {
                Some(canon) => {
                    languages.insert(canon, lang);
                }
                None => problems.push(
                    Diagnostic::error(&shown, format!("[languages.{tag}]: {tag:?} is not a BCP 47 language tag"))
                        .at_offset(text, locate(&format!("languages.{tag}"))),
                ),
            }
        }
        let theme = raw.theme.unwrap_or_else(|| "default".to_string());
        if theme.is_empty() || theme.contains(['/', '\\']) || theme.starts_with('.') {
            problems.push(
                Diagnostic::error(&shown, format!("theme {theme:?} must be the name of a folder in themes/"))
                    .at_offset(text, locate("theme")),
            );
        }
        let output = match output_override {
            Some(p) => p.to_path_buf(),
            None => PathBuf::from(raw.output_dir.as_deref().unwrap_or("public")),
        };
        let output_dir = check_output_dir(root, &output).unwrap_or_else(|msg| {
            problems.push(
                Diagnostic::error(&shown, format!("output_dir {:?} {msg}", output.display()))
                    .at_offset(text, locate("output_dir"))
                    .hint("use a folder of its own inside the project, such as \"public\""),
            );
            root.join("public")
        });
        let feedback = feedback_config(raw.feedback, text, &mut problems);
        if problems.has_errors() {
            return Err(problems);
        }
        Ok(Config {
            root: root.to_path_buf(),
            base_url,
            default_language,
            theme,
            output_dir,
            fallback: raw.fallback.unwrap_or_default(),
            languages,
            markdown: raw.markdown,
            search: raw.search,
            feedback,
            dashboard: raw.dashboard,
            extra: raw.extra,
        })
    }

    /// The absolute URL of a site-relative path such as `sv/faq/`.
    pub fn absolute_url(&self, site_path: &str) -> String {
        format!("{}{}", self.base_url, site_path)
    }

    pub fn language(&self, tag: &str) -> Option<&LanguageConfig> {
        self.languages.get(tag)
    }
}

/// `url` with a trailing slash, or why it cannot be a base URL (shared by `base_url` and `--base-url`).
pub fn normalize_base_url(url: &str) -> Result<String, &'static str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("must start with https:// or http://")?;
    if rest.is_empty() || rest.starts_with('/') {
        return Err("has no host");
    }
    if url.contains(['?', '#', ' ', '"', '<', '>']) {
        return Err("must not contain a query, a fragment, spaces or quotes");
    }
    Ok(if url.ends_with('/') { url.to_string() } else { format!("{url}/") })
}

/// Checks `[feedback]`: the endpoint must be an absolute http(s) URL (the reader's browser posts to it
/// from any page, so a relative one would mean a different place on every page).
fn feedback_config(raw: RawFeedback, text: &str, problems: &mut Diagnostics) -> FeedbackConfig {
    let mut endpoint = None;
    if let Some(spanned) = raw.endpoint {
        let span = spanned.span();
        let url = spanned.into_inner();
        match check_endpoint(&url) {
            Ok(()) => endpoint = Some(url),
            Err(msg) => problems.push(
                Diagnostic::error(CONFIG_FILE, format!("[feedback] endpoint {url:?} {msg}"))
                    .at_offset(text, span.start)
                    .hint("write the absolute URL of the receiver, such as \"https://feedback.example.org/helpgen\", or remove the line to turn feedback off"),
            ),
        }
    }
    if raw.report_empty_searches && endpoint.is_none() && !problems.has_errors() {
        let at = text.find("report_empty_searches").unwrap_or(0);
        problems.push(
            Diagnostic::error(CONFIG_FILE, "[feedback] report_empty_searches = true needs an endpoint to send them to")
                .at_offset(text, at)
                .hint("add endpoint = \"https://...\" under [feedback]"),
        );
    }
    FeedbackConfig { endpoint, report_empty_searches: raw.report_empty_searches }
}

fn check_endpoint(url: &str) -> Result<(), &'static str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("is not an absolute http(s) URL: it must start with https:// or http://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || host.contains('@') {
        return Err("has no host");
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`')) {
        return Err("must not contain spaces, quotes or angle brackets");
    }
    Ok(())
}

/// Folders the output may never be, contain or lie in: the editor's sources.
const SOURCE_DIRS: [&str; 6] = ["content", "locales", "themes", "static", "templates", "data"];

/// Resolves the output folder lexically and refuses anything that could wipe sources.
fn check_output_dir(root: &Path, output: &Path) -> Result<PathBuf, &'static str> {
    let joined = if output.is_absolute() { output.to_path_buf() } else { root.join(output) };
    let resolved = lexical_normalize(&joined);
    let root_n = lexical_normalize(root);
    let Ok(rel) = resolved.strip_prefix(&root_n) else {
        return Err("lies outside the project folder");
    };
    if !root_n.is_absolute() || rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Err("lies outside the project folder");
    }
    let first = rel.components().next();
    match first {
        None => Err("is the project folder itself"),
        Some(Component::Normal(name)) if SOURCE_DIRS.iter().any(|s| name == *s) => {
            Err("is or lies inside a source folder (content, locales, themes, static, templates, data)")
        }
        Some(Component::Normal(name)) if name == CONFIG_FILE => Err("is the config file"),
        _ if rel.as_os_str().to_string_lossy().starts_with('.') => Err("must not be a hidden folder"),
        _ => Ok(resolved),
    }
}

/// Removes `.` and resolves `..` without touching the file system (the folder may not exist yet).
pub fn lexical_normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, Diagnostics> {
        Config::parse(Path::new("/site"), text, None)
    }

    #[test]
    fn reads_a_minimal_config_with_defaults() {
        let c = parse("base_url = \"https://example.org/help\"\ndefault_language = \"en\"\n").unwrap();
        assert_eq!(c.base_url, "https://example.org/help/");
        assert_eq!(c.theme, "default");
        assert_eq!(c.output_dir, PathBuf::from("/site/public"));
        assert_eq!(c.fallback, FallbackMode::Link);
    }

    #[test]
    fn unknown_key_names_the_key_and_line() {
        let err = parse("base_url = \"https://x.org/\"\ndefault_language = \"en\"\ncolour = 1\n").unwrap_err();
        let d = &err.0[0];
        assert!(d.message.contains("colour"), "{}", d.message);
        assert_eq!(d.line, 3);
    }

    #[test]
    fn refuses_output_dirs_that_could_delete_sources() {
        for bad in [".", "..", "../elsewhere", "content", "content/out", "/tmp/out", "/tmp", "/", "locales"] {
            let text = format!("base_url = \"https://x.org/\"\ndefault_language = \"en\"\noutput_dir = \"{bad}\"\n");
            let err = parse(&text).unwrap_err();
            assert!(err.0[0].message.contains("output_dir"), "{bad}: {:?}", err.0);
            assert_eq!(err.0[0].line, 3);
        }
        let ok =
            parse("base_url = \"https://x.org/\"\ndefault_language = \"en\"\noutput_dir = \"build/site\"\n").unwrap();
        assert_eq!(ok.output_dir, PathBuf::from("/site/build/site"));
    }

    #[test]
    fn a_relative_project_root_cannot_let_an_absolute_output_escape() {
        // regression: with root "." an absolute output_dir once passed the inside-the-project check
        for bad in ["/tmp", "/", "/work"] {
            let text = format!("base_url = \"https://x.org/\"\ndefault_language = \"en\"\noutput_dir = \"{bad}\"\n");
            assert!(Config::parse(Path::new("."), &text, None).is_err(), "{bad}");
        }
    }

    #[test]
    fn feedback_endpoint_must_be_an_absolute_http_url_named_with_its_line() {
        let head = "base_url = \"https://x.org/\"\ndefault_language = \"en\"\n\n[feedback]\n";
        for bad in [
            "/feedback",
            "feedback.example.org",
            "ftp://x.org/f",
            "https://",
            "javascript:alert(1)",
            "https://x.org/a b",
        ] {
            let err = parse(&format!("{head}endpoint = \"{bad}\"\n")).unwrap_err();
            let d = &err.0[0];
            assert!(d.message.contains("[feedback] endpoint") && d.path == Path::new("helpgen.toml"), "{bad}: {d:?}");
            assert_eq!(d.line, 5, "{bad}");
        }
        let ok = parse(&format!("{head}endpoint = \"http://127.0.0.1:9/f\"\nreport_empty_searches = true\n")).unwrap();
        assert_eq!(ok.feedback.endpoint.as_deref(), Some("http://127.0.0.1:9/f"));
        assert!(ok.feedback.report_empty_searches);
        assert_eq!(parse(head).unwrap().feedback, FeedbackConfig::default());
        let err = parse(&format!("{head}report_empty_searches = true\n")).unwrap_err();
        assert_eq!(err.0[0].line, 5);
    }

    #[test]
    fn canonicalizes_language_tags() {
        let c = parse(
            "base_url = \"https://x.org/\"\ndefault_language = \"EN\"\n[languages.zh-hant]\nname = \"繁體中文\"\n",
        )
        .unwrap();
        assert_eq!(c.default_language, "en");
        assert!(c.languages.contains_key("zh-Hant"));
    }
}
