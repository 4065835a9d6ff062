//! The theme: Tera templates from `themes/<name>/templates/` (overridden by the project's
//! `templates/`) and static files from `themes/<name>/static/` (overridden by the project's
//! `static/`). Template syntax errors are reported with the template's file and line. Each language
//! gets its own Tera instance whose `t()` function speaks that language.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tera::Tera;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::fs;
use crate::i18n::{Arg, Locales};

/// Parsed templates and the static files to copy.
#[derive(Clone)]
pub struct Theme {
    tera: Tera,
    /// Output path (site-relative) → source file.
    pub static_files: BTreeMap<String, PathBuf>,
    /// Template name → file it came from, for messages.
    pub template_files: BTreeMap<String, PathBuf>,
}

impl Theme {
    pub fn load(config: &Config) -> Result<Theme, Diagnostics> {
        let root = &config.root;
        let theme_dir = root.join("themes").join(&config.theme);
        if !theme_dir.is_dir() {
            return Err(Diagnostic::error(crate::config::CONFIG_FILE, format!("the theme {:?} does not exist: no folder themes/{}/", config.theme, config.theme))
                .hint("set `theme` in helpgen.toml to a folder under themes/, or copy themes/default from the helpgen repository")
                .into());
        }
        let mut templates: BTreeMap<String, PathBuf> = BTreeMap::new();
        collect_files(&theme_dir.join("templates"), &mut templates);
        collect_files(&root.join("templates"), &mut templates);
        let mut problems = Diagnostics::default();
        let mut sources = Vec::new();
        for (name, path) in &templates {
            if !name.ends_with(".html") && !name.ends_with(".xml") && !name.ends_with(".txt") {
                continue;
            }
            match fs::read_text(path) {
                Ok(text) => sources.push((name.clone(), text)),
                Err(e) => problems.push(e.diagnostic(root)),
            }
        }
        let template_files: BTreeMap<String, PathBuf> =
            templates.iter().map(|(n, p)| (n.clone(), display(root, p))).collect();
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape);
        // Parse one by one first, so that every broken template is reported, not only the first.
        for (name, text) in &sources {
            if let Err(e) = tera::Template::new(name, None, text) {
                problems.push(template_error(&template_files, name, &e, Some(text)));
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        if let Err(e) = tera.add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_str()))) {
            return Err(Diagnostic::error("themes", chain(&e))
                .hint("check `extends`, `include` and `import` names")
                .into());
        }
        for required in ["home.html", "section.html", "page.html", "root.html", "404.html"] {
            if tera.get_template(required).is_err() {
                problems.push(
                    Diagnostic::error(
                        theme_dir.strip_prefix(root).unwrap_or(&theme_dir).join("templates").join(required),
                        "the theme has no such template",
                    )
                    .hint("every theme needs home.html, section.html, page.html, root.html and 404.html"),
                );
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        let mut static_files = BTreeMap::new();
        collect_files(&theme_dir.join("static"), &mut static_files);
        collect_files(&root.join("static"), &mut static_files);
        Ok(Theme { tera, static_files, template_files })
    }

    /// A Tera instance whose `t(key=..., ...)` formats UI strings of `lang`.
    pub fn for_language(&self, locales: Arc<Locales>, lang: &str) -> Tera {
        let mut tera = self.tera.clone();
        let lang = lang.to_string();
        let plain = locales.plain_messages(&lang);
        tera.register_function("t", move |args: &std::collections::HashMap<String, tera::Value>| {
            let key =
                args.get("key").and_then(|v| v.as_str()).ok_or_else(|| tera::Error::msg("t() needs key=\"...\""))?;
            if args.len() == 1
                && let Some(text) = plain.get(key)
            {
                return Ok(tera::Value::String(text.clone()));
            }
            let mut fargs: Vec<(&str, Arg)> = Vec::new();
            let mut names: Vec<&String> = args.keys().filter(|k| *k != "key").collect();
            names.sort();
            for name in names {
                let arg = match &args[name] {
                    tera::Value::Number(n) => Arg::Num(n.as_f64().unwrap_or(0.0)),
                    tera::Value::String(s) => Arg::Str(s.clone()),
                    other => Arg::Str(other.to_string()),
                };
                fargs.push((name.as_str(), arg));
            }
            locales.format(&lang, key, &fargs).map(tera::Value::String).map_err(tera::Error::msg)
        });
        tera
    }

    /// Turns a render error into a diagnostic naming the template.
    pub fn render_error(&self, template: &str, e: &tera::Error) -> Diagnostic {
        template_error(&self.template_files, template, e, None)
    }
}

/// HTML escaping for template output: the five characters that matter, and not `/` (Tera's default
/// turns every URL into `&#x2F;` soup).
fn escape(s: &str) -> String {
    crate::markdown::escape_html(s)
}

fn display(root: &Path, p: &Path) -> PathBuf {
    crate::diagnostics::display_path(root, p)
}

/// Every file under `dir` by its `/`-separated path below `dir` (later calls override).
fn collect_files(dir: &Path, out: &mut BTreeMap<String, PathBuf>) {
    if !dir.is_dir() {
        return;
    }
    for e in walkdir::WalkDir::new(dir).follow_links(false).sort_by_file_name().into_iter().flatten() {
        if e.file_type().is_file() && !e.file_name().to_string_lossy().starts_with('.') {
            let rel = fs::slash_path(e.path().strip_prefix(dir).unwrap_or(e.path()));
            out.insert(rel, e.path().to_path_buf());
        }
    }
}

/// The whole error chain of a Tera error as one line.
pub fn chain(e: &dyn std::error::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut cur = e.source();
    while let Some(s) = cur {
        parts.push(s.to_string());
        cur = s.source();
    }
    parts.join(": ")
}

fn template_error(files: &BTreeMap<String, PathBuf>, name: &str, e: &tera::Error, text: Option<&str>) -> Diagnostic {
    let path = files.get(name).cloned().unwrap_or_else(|| PathBuf::from(name));
    let full = chain(e);
    // pest reports ` --> line:col`; keep the message's last line ("expected ...") readable
    let pos = full.find("--> ").and_then(|i| {
        let rest = &full[i + 4..];
        let end = rest.find(|c: char| !(c.is_ascii_digit() || c == ':')).unwrap_or(rest.len());
        let mut it = rest[..end].split(':').map(|x| x.parse::<usize>().ok());
        Some((it.next()??, it.next()??))
    });
    let message = full
        .lines()
        .map(str::trim)
        .filter(|l| {
            !l.is_empty()
                && !l.starts_with("-->")
                && !l.starts_with('|')
                && !l.chars().next().is_some_and(|c| c.is_ascii_digit())
                && !l.starts_with('=')
        })
        .collect::<Vec<_>>()
        .join(" ");
    let expected = full.lines().find_map(|l| l.trim().strip_prefix("= ")).unwrap_or("");
    let message = match (message.is_empty(), expected.is_empty()) {
        (_, true) => message,
        (true, false) => expected.to_string(),
        (false, false) => format!("{message} ({expected})"),
    };
    let mut d = Diagnostic::error(path, format!("template error: {message}"));
    if let Some((line, col)) = pos {
        d = d.at(line, col);
        if let Some(t) = text {
            d = d.with_source_line(t.lines().nth(line.saturating_sub(1)).unwrap_or(""));
        }
    }
    d.hint("fix the Tera syntax; see https://keats.github.io/tera/docs/")
}
