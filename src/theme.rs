//! The theme: Tera templates and static files, from three layers where a later file of the same path
//! replaces an earlier one: the default theme built into the binary (used when the project has no
//! `themes/<name>/` folder and names the theme `default`), the project's `themes/<name>/`, then the
//! project's `templates/` and `static/`. Template syntax errors are reported with the template's file
//! and line. Each language gets its own Tera instance whose `t()` function speaks that language.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tera::Tera;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::fs;
use crate::i18n::{Arg, Locales};

/// Where a theme file comes from.
#[derive(Debug, Clone)]
pub enum Source {
    /// A file of the project.
    File(PathBuf),
    /// A file of the default theme built into the binary, by its path below `themes/default/`.
    Builtin(&'static str, &'static [u8]),
}

impl Source {
    /// The path to show in messages: the project file, or `themes/default/...` (built in).
    pub fn shown(&self, root: &Path) -> PathBuf {
        match self {
            Source::File(p) => display(root, p),
            Source::Builtin(rel, _) => PathBuf::from(format!("(built-in) themes/default/{rel}")),
        }
    }

    pub fn read(&self) -> Result<Vec<u8>, fs::FsError> {
        match self {
            Source::File(p) => fs::read(p),
            Source::Builtin(_, bytes) => Ok(bytes.to_vec()),
        }
    }

    fn read_text(&self) -> Result<String, fs::FsError> {
        match self {
            Source::File(p) => fs::read_text(p),
            Source::Builtin(_, bytes) => Ok(String::from_utf8_lossy(bytes).into_owned()),
        }
    }
}

/// Parsed templates and the static files to copy.
#[derive(Clone)]
pub struct Theme {
    tera: Tera,
    /// Output path (site-relative) → source file.
    pub static_files: BTreeMap<String, Source>,
    /// Template name → file it came from, for messages.
    pub template_files: BTreeMap<String, PathBuf>,
    /// Template name → its text (for `helpgen check`, which looks for the UI strings it uses).
    pub template_texts: BTreeMap<String, String>,
}

impl Theme {
    pub fn load(config: &Config) -> Result<Theme, Diagnostics> {
        let root = &config.root;
        let theme_dir = root.join("themes").join(&config.theme);
        let builtin = !theme_dir.is_dir();
        if builtin && config.theme != "default" {
            return Err(Diagnostic::error(crate::config::CONFIG_FILE, format!("the theme {:?} does not exist: no folder themes/{}/", config.theme, config.theme))
                .hint("set `theme` in helpgen.toml to a folder under themes/, or remove the line to use the built-in default theme")
                .into());
        }
        let mut templates: BTreeMap<String, Source> = BTreeMap::new();
        let mut static_files: BTreeMap<String, Source> = BTreeMap::new();
        if builtin {
            for (rel, full, bytes) in crate::builtin::theme_files("templates/") {
                templates.insert(rel.to_string(), Source::Builtin(full, bytes));
            }
            for (rel, full, bytes) in crate::builtin::theme_files("static/") {
                static_files.insert(rel.to_string(), Source::Builtin(full, bytes));
            }
        }
        collect_files(&theme_dir.join("templates"), &mut templates);
        collect_files(&root.join("templates"), &mut templates);
        collect_files(&theme_dir.join("static"), &mut static_files);
        collect_files(&root.join("static"), &mut static_files);
        let mut problems = Diagnostics::default();
        let mut sources = Vec::new();
        for (name, source) in &templates {
            if !name.ends_with(".html") && !name.ends_with(".xml") && !name.ends_with(".txt") {
                continue;
            }
            match source.read_text() {
                Ok(text) => sources.push((name.clone(), text)),
                Err(e) => problems.push(e.diagnostic(root)),
            }
        }
        let template_files: BTreeMap<String, PathBuf> =
            templates.iter().map(|(n, src)| (n.clone(), src.shown(root))).collect();
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
        let template_texts = sources.into_iter().collect();
        Ok(Theme { tera, static_files, template_files, template_texts })
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
            // `optional=true`: a message no language defines gives "" (a template tests it with `if`)
            let optional = args.get("optional").and_then(|v| v.as_bool()).unwrap_or(false);
            if optional && args.len() == 2 {
                return Ok(tera::Value::String(plain.get(key).cloned().unwrap_or_default()));
            }
            let mut fargs: Vec<(&str, Arg)> = Vec::new();
            let mut names: Vec<&String> = args.keys().filter(|k| *k != "key" && *k != "optional").collect();
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
        let full = chain(e);
        if let Some(key) = full.split("no message \"").nth(1).and_then(|r| r.split('"').next()) {
            return self.missing_key(template, key);
        }
        template_error(&self.template_files, template, e, None)
            .hint("the template is valid but failed while rendering: check the names and values it uses")
    }

    /// A UI string no language defines, pointed at the template line that asks for it (the template
    /// being rendered, or else the partial it includes).
    fn missing_key(&self, template: &str, key: &str) -> Diagnostic {
        let needle = format!("key=\"{key}\"");
        let found = std::iter::once(template)
            .chain(self.template_texts.keys().map(String::as_str))
            .find_map(|name| Some((name, self.template_texts.get(name)?.find(&needle)?)));
        let message = format!("the UI string {key} is not defined in any language");
        let hint = format!("add `{key} = ...` to the default language's locales/<lang>/*.ftl, or fix the key");
        match found {
            Some((name, at)) => {
                let path = self.template_files.get(name).cloned().unwrap_or_else(|| PathBuf::from(name));
                Diagnostic::error(path, message).at_offset(&self.template_texts[name], at).hint(hint)
            }
            None => {
                Diagnostic::error(self.template_files.get(template).cloned().unwrap_or_default(), message).hint(hint)
            }
        }
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
fn collect_files(dir: &Path, out: &mut BTreeMap<String, Source>) {
    if !dir.is_dir() {
        return;
    }
    for e in walkdir::WalkDir::new(dir).follow_links(false).sort_by_file_name().into_iter().flatten() {
        if e.file_type().is_file() && !e.file_name().to_string_lossy().starts_with('.') {
            let rel = fs::slash_path(e.path().strip_prefix(dir).unwrap_or(e.path()));
            out.insert(rel, Source::File(e.path().to_path_buf()));
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
