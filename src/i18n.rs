//! UI strings: the built-in strings of the language (matched as BCP 47 does, `src/builtin.rs`) with the
//! project's `locales/<lang>/*.ftl` over them message by message → `Locales`, one Fluent bundle per
//! language with its fallback chain (configured fallbacks, then the base language, then the default
//! language). Fluent syntax errors are reported with file, line and column. Dates are written by CLDR
//! (`src/cldr.rs`), not by messages.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::fs;

type Bundle = FluentBundle<FluentResource>;

/// One message's keys and variables, as defined in one language (for `helpgen check`).
#[derive(Debug, Clone, Default)]
pub struct MessageInfo {
    pub file: PathBuf,
    pub line: usize,
    pub variables: BTreeSet<String>,
    /// Plural categories used in selectors on a variable (`one`, `few`, `other`).
    pub categories: BTreeSet<String>,
    /// Built into helpgen rather than written in the project.
    pub builtin: bool,
    /// Still marked `# TRANSLATE` (copied from another language by `helpgen new language`).
    pub untranslated: bool,
}

/// The UI strings of every language.
pub struct Locales {
    default: String,
    bundles: BTreeMap<String, Bundle>,
    chains: BTreeMap<String, Vec<String>>,
    /// CLDR's dates, lists and plural rules per language.
    cldr: BTreeMap<String, crate::cldr::Cldr>,
    /// Messages defined per language.
    pub messages: BTreeMap<String, BTreeMap<String, MessageInfo>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales").field("languages", &self.bundles.keys().collect::<Vec<_>>()).finish()
    }
}

/// A value passed to a message: a number selects plural forms, a string is inserted as is.
#[derive(Debug, Clone)]
pub enum Arg {
    Num(f64),
    Str(String),
}

impl Locales {
    /// Loads the `.ftl` files of `languages` (content languages) from `<root>/locales/`.
    pub fn load(config: &Config, languages: &[String]) -> Result<Locales, Diagnostics> {
        let root = &config.root;
        let mut problems = Diagnostics::default();
        let mut bundles = BTreeMap::new();
        let mut messages = BTreeMap::new();
        let mut all: Vec<String> = languages.to_vec();
        if !all.contains(&config.default_language) {
            all.push(config.default_language.clone());
        }
        let locale_dirs = locale_folders(&root.join("locales"));
        for lang in &all {
            let mut builtin = crate::builtin::match_locale(lang);
            if builtin.is_none() && *lang == config.default_language {
                // an unknown default language still gets a complete set of strings to fall back on
                builtin = Some("en");
            }
            let dir = locale_dirs.get(lang);
            if builtin.is_none() && dir.is_none() {
                continue;
            }
            let (bundle, infos) = load_language(root, lang, builtin, dir.map(PathBuf::as_path), &mut problems);
            bundles.insert(lang.clone(), bundle);
            messages.insert(lang.clone(), infos);
        }
        if problems.has_errors() {
            return Err(problems);
        }
        let chains = all.iter().map(|lang| (lang.clone(), chain(config, lang, &bundles))).collect();
        let cldr = all.iter().map(|lang| (lang.clone(), crate::cldr::Cldr::new(lang))).collect();
        Ok(Locales { default: config.default_language.clone(), bundles, chains, cldr, messages })
    }

    pub fn has_locale(&self, lang: &str) -> bool {
        self.bundles.contains_key(lang)
    }

    pub fn default_language(&self) -> &str {
        &self.default
    }

    /// Formats message `key` for `lang`, trying its fallback chain. `Err` says what is missing.
    pub fn format(&self, lang: &str, key: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        let fallback_chain = vec![self.default.clone()];
        let chain = self.chains.get(lang).unwrap_or(&fallback_chain);
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
                Arg::Str(s) => fargs.set(*name, FluentValue::from(s.as_str())),
            }
        }
        let mut last_problem = None;
        for l in chain {
            let Some(bundle) = self.bundles.get(l) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = vec![];
            let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            if errors.is_empty() {
                return Ok(text.into_owned());
            }
            // a translation that refers to an unknown variable falls back rather than showing `{$x}`
            last_problem = Some(format!("message {key:?} in {l}: {errors:?}"));
        }
        Err(last_problem.unwrap_or_else(|| {
            format!("no message {key:?} in locales/{}/*.ftl (nor in the fallbacks of {lang}); add it", self.default)
        }))
    }

    /// Every message of `lang` (its own or a fallback's) that formats without arguments, formatted:
    /// what `format(lang, key, &[])` gives, looked up instead of formatted on every page.
    pub fn plain_messages(&self, lang: &str) -> HashMap<String, String> {
        let fallback_chain = vec![self.default.clone()];
        let chain = self.chains.get(lang).unwrap_or(&fallback_chain);
        let keys: BTreeSet<&String> =
            chain.iter().filter_map(|l| self.messages.get(l)).flat_map(|m| m.keys()).collect();
        keys.into_iter().filter_map(|k| Some((k.clone(), self.format(lang, k, &[]).ok()?))).collect()
    }

    /// Whether `lang` (not its fallbacks) defines `key`.
    pub fn defines(&self, lang: &str, key: &str) -> bool {
        self.messages.get(lang).is_some_and(|m| m.contains_key(key))
    }

    /// A date `YYYY-MM-DD` written the way CLDR writes `lang`'s long dates, in its calendar.
    pub fn format_date(&self, lang: &str, date: &str) -> Result<String, String> {
        let cldr = self.cldr(lang);
        cldr.date(date).ok_or_else(|| format!("{date:?} is not a date (YYYY-MM-DD)"))
    }

    /// CLDR's formatters for `lang` (made at load for every content language).
    pub fn cldr(&self, lang: &str) -> &crate::cldr::Cldr {
        self.cldr.get(lang).or_else(|| self.cldr.get(&self.default)).expect("the default language has CLDR data")
    }
}

/// Locale folders by canonical tag.
fn locale_folders(dir: &Path) -> BTreeMap<String, PathBuf> {
    let mut out = BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if e.path().is_dir()
                && let Some(tag) = crate::lang::canonical_tag(&name)
            {
                out.insert(tag, e.path());
            }
        }
    }
    out
}

/// One language's bundle: the project's files first (the first definition of a key wins, a second one
/// is a warning), then the built-in strings of `builtin` for every key the project leaves out.
fn load_language(
    root: &Path,
    lang: &str,
    builtin: Option<&str>,
    dir: Option<&Path>,
    problems: &mut Diagnostics,
) -> (Bundle, BTreeMap<String, MessageInfo>) {
    let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let mut infos = BTreeMap::new();
    let mut files: Vec<PathBuf> = dir
        .into_iter()
        .flat_map(|dir| walkdir::WalkDir::new(dir).follow_links(false).into_iter().flatten())
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "ftl"))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    for path in files {
        let shown = crate::diagnostics::display_path(root, &path);
        let text = match fs::read_text(&path) {
            Ok(t) => t,
            Err(e) => {
                problems.push(e.diagnostic(root));
                continue;
            }
        };
        let resource = parse(&text, &shown, problems);
        collect_infos(&resource, &text, &shown, false, &mut infos);
        if let Err(errors) = bundle.add_resource(resource) {
            for e in errors {
                let d = Diagnostic::warning(&shown, format!("{e}")).hint("each key may be defined once per language");
                // point at the later definition of the key in this file (the first one wins)
                let d = match &e {
                    fluent_bundle::FluentError::Overriding { id, .. } => match definition_offsets(&text, id).last() {
                        Some(&at) => d.at_offset(&text, at),
                        None => d.at(1, 1),
                    },
                    _ => d.at(1, 1),
                };
                problems.push(d);
            }
        }
    }
    for (name, text) in builtin.map(crate::builtin::locale_files).unwrap_or_default() {
        let shown = PathBuf::from(format!("(built-in) themes/default/locales/{}/{name}", builtin.unwrap_or("")));
        // a test parses every built-in file; a broken one is still reported, not a panic
        let resource = parse(text, &shown, problems);
        collect_infos(&resource, text, &shown, true, &mut infos);
        // keys the project defines stay the project's: the errors are those overrides
        let _overridden_by_the_project = bundle.add_resource(resource);
    }
    (bundle, infos)
}

/// A Fluent resource; each syntax error becomes a diagnostic at its line and column.
fn parse(text: &str, shown: &Path, problems: &mut Diagnostics) -> FluentResource {
    match FluentResource::try_new(text.to_string()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                problems.push(
                    Diagnostic::error(shown, format!("Fluent syntax error: {}", e.kind))
                        .at_offset(text, error_offset(text, &e))
                        .hint("see https://projectfluent.org/fluent/guide/ for the syntax; a message is `key = text`"),
                );
            }
            r
        }
    }
}

/// Where a Fluent error is: the parser's position, moved back over line ends to the line that holds the
/// fault (an unclosed `{` is found at the end of the file).
fn error_offset(text: &str, e: &fluent_syntax::parser::ParserError) -> usize {
    let start = e.slice.as_ref().map_or(0, |s| s.start);
    let mut at = e.pos.start.max(start).min(text.len());
    while at > start && text[..at].ends_with(['\n', '\r']) {
        at -= 1;
    }
    at
}

/// Byte offsets of the lines that define message `id` (`id =` at the start of a line).
fn definition_offsets(text: &str, id: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')) {
            out.push(offset);
        }
        offset += line.len();
    }
    out
}

/// Records each message of `resource` not recorded yet (the project's come first and win).
fn collect_infos(
    resource: &FluentResource,
    text: &str,
    shown: &Path,
    builtin: bool,
    infos: &mut BTreeMap<String, MessageInfo>,
) {
    for entry in resource.entries() {
        if let ast::Entry::Message(m) = entry {
            if infos.contains_key(m.id.name) {
                continue;
            }
            let key = m.id.name;
            let at = definition_offsets(text, key).first().copied();
            // the runtime parser drops comments: look at the lines above the definition
            let untranslated = at.is_some_and(|at| {
                text[..at].lines().rev().take_while(|l| l.starts_with('#')).any(|l| l.trim() == "# TRANSLATE")
            });
            let mut info = MessageInfo { file: shown.to_path_buf(), builtin, untranslated, ..Default::default() };
            info.line = at.map_or(1, |i| crate::diagnostics::line_col(text, i).0);
            if let Some(p) = &m.value {
                walk_pattern(p, &mut info);
            }
            infos.insert(key.to_string(), info);
        }
    }
}

fn walk_pattern(p: &ast::Pattern<&str>, info: &mut MessageInfo) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, info);
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, info: &mut MessageInfo) {
    match e {
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                info.variables.insert(id.name.to_string());
                for v in variants {
                    if let ast::VariantKey::Identifier { name } = v.key {
                        info.categories.insert(name.to_string());
                    }
                }
            }
            for v in variants {
                walk_pattern(&v.value, info);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
            info.variables.insert(id.name.to_string());
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => walk_expression(expression, info),
        _ => {}
    }
}

/// `lang`, its configured fallbacks, its base language (`pt` for `pt-BR`), then the default.
fn chain(config: &Config, lang: &str, bundles: &BTreeMap<String, Bundle>) -> Vec<String> {
    let mut out = vec![lang.to_string()];
    if let Some(lc) = config.language(lang) {
        out.extend(lc.fallback.iter().filter_map(|t| crate::lang::canonical_tag(t)));
    }
    if let Some((base, _)) = lang.split_once('-') {
        out.push(base.to_string());
    }
    out.push(config.default_language.clone());
    let mut seen = BTreeSet::new();
    out.retain(|l| bundles.contains_key(l) && seen.insert(l.clone()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &str)]) -> (tempdir::Dir, Config) {
        let dir = tempdir::Dir::new();
        for (p, t) in files {
            fs::write(&dir.0.join(p), t.as_bytes()).unwrap();
        }
        let cfg = Config::parse(&dir.0, "base_url = \"https://x.org/\"\ndefault_language = \"en\"\n", None).unwrap();
        (dir, cfg)
    }

    mod tempdir {
        pub struct Dir(pub std::path::PathBuf);
        impl Dir {
            pub fn new() -> Self {
                static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
                let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let p = std::env::temp_dir().join(format!("helpgen-i18n-{}-{n}", std::process::id()));
                let _ = std::fs::remove_dir_all(&p);
                std::fs::create_dir_all(&p).unwrap();
                Dir(p)
            }
        }
        impl Drop for Dir {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
    }

    #[test]
    fn plural_rules_follow_each_language() {
        let (_d, cfg) = site(&[
            ("locales/en/main.ftl", "n = { $count ->\n [one] one\n *[other] many\n}\nonly-en = English\n"),
            ("locales/ro/main.ftl", "n = { $count ->\n [one] unu\n [few] câteva\n *[other] multe\n}\n"),
        ]);
        let l = Locales::load(&cfg, &["en".into(), "ro".into(), "sv".into()]).unwrap();
        let n = |lang: &str, c: f64| l.format(lang, "n", &[("count", Arg::Num(c))]).unwrap();
        assert_eq!(n("ro", 1.0), "unu");
        assert_eq!(n("ro", 3.0), "câteva");
        assert_eq!(n("ro", 20.0), "multe");
        assert_eq!(n("en", 3.0), "many");
        // sv has no locale: falls back to en; ro lacks a key: falls back too
        assert_eq!(n("sv", 1.0), "one");
        assert_eq!(l.format("ro", "only-en", &[]).unwrap(), "English");
        assert!(l.format("ro", "missing", &[]).unwrap_err().contains("missing"));
    }

    #[test]
    fn plain_messages_are_the_messages_without_arguments() {
        let (_d, cfg) = site(&[
            ("locales/en/main.ftl", "a = A\nb = B { $x }\nonly-en = English\n"),
            ("locales/ro/main.ftl", "a = Ro\nb = Ro { $x }\n"),
        ]);
        let l = Locales::load(&cfg, &["en".into(), "ro".into()]).unwrap();
        let ro = l.plain_messages("ro");
        assert_eq!(ro.get("a").map(String::as_str), Some("Ro"));
        assert_eq!(ro.get("only-en").map(String::as_str), Some("English"), "a fallback's message");
        assert!(!ro.contains_key("b"), "a message that needs $x is formatted on each call");
        for (k, v) in &ro {
            assert_eq!(l.format("ro", k, &[]).as_ref(), Ok(v));
        }
    }

    #[test]
    fn syntax_errors_name_file_and_line() {
        let (_d, cfg) = site(&[("locales/en/main.ftl", "ok = fine\n\nbroken = { $x\n")]);
        let err = Locales::load(&cfg, &["en".into()]).unwrap_err();
        let d = err.errors().next().unwrap();
        assert_eq!(d.path, PathBuf::from("locales/en/main.ftl"));
        assert_eq!(d.line, 3, "{d}");
    }

    #[test]
    fn formats_dates_per_language_from_cldr() {
        let (_d, cfg) = site(&[("locales/en/main.ftl", "ok = fine\n")]);
        let l = Locales::load(&cfg, &["en".into(), "zh-Hant".into(), "th".into()]).unwrap();
        assert_eq!(l.format_date("en", "2026-11-05").unwrap(), "November 5, 2026");
        assert_eq!(l.format_date("zh-Hant", "2026-11-21").unwrap(), "2026年11月21日");
        assert!(l.format_date("th", "2026-11-21").unwrap().contains("2569"));
    }

    #[test]
    fn syntax_errors_point_at_the_column() {
        let (_d, cfg) = site(&[("locales/en/main.ftl", "ok = fine\nbad = { $x ]\n")]);
        let d = Locales::load(&cfg, &["en".into()]).unwrap_err().errors().next().unwrap().clone();
        assert_eq!((d.line, d.col), (2, 12), "{d}: the `]` where `}}` belongs");
    }

    #[test]
    fn project_strings_override_built_in_ones_message_by_message() {
        let (_d, cfg) = site(&[("locales/en/main.ftl", "site-title = Acme help\n")]);
        let l = Locales::load(&cfg, &["en".into(), "sv".into()]).unwrap();
        assert_eq!(l.format("en", "site-title", &[]).unwrap(), "Acme help");
        assert_eq!(l.format("en", "search-label", &[]).unwrap(), "Search the help centre");
        assert!(!l.format("sv", "search-label", &[]).unwrap().contains("Search"));
    }
}
