//! Diagnostics: one problem found in the editor's input, with the file, line and column it points at
//! and a hint that says how to fix it. Every stage reports problems as `Diagnostic`s so that a build
//! can show all of them at once instead of stopping at the first.

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a problem is: errors fail the build, warnings are shown and (without `--strict`) do not;
/// notes tell the state of work in progress (a page or UI string not translated yet, shown in the
/// default language), which only `check --complete` fails on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

/// One problem, located in a file (and a line and column when known).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: PathBuf,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column in characters; 0 when unknown.
    pub col: usize,
    pub message: String,
    /// What the editor should do about it.
    pub hint: Option<String>,
    /// The offending source line, shown under the message with a caret.
    pub source_line: Option<String>,
    /// The content pages whose rendering met this same fault in a template (one diagnostic for all).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pages: Vec<PathBuf>,
    /// Lines shown under the message, e.g. what changed in the source of an outdated translation.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub detail: Vec<String>,
}

impl Diagnostic {
    pub fn error(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line: 0,
            col: 0,
            message: message.into(),
            hint: None,
            source_line: None,
            pages: Vec::new(),
            detail: Vec::new(),
        }
    }

    pub fn warning(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(path, message) }
    }

    pub fn note(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Note, ..Diagnostic::error(path, message) }
    }

    pub fn at(mut self, line: usize, col: usize) -> Self {
        self.line = line;
        self.col = col;
        self
    }

    /// Points the diagnostic at byte `offset` of `source`, and keeps that source line for display.
    pub fn at_offset(self, source: &str, offset: usize) -> Self {
        let (line, col) = line_col(source, offset);
        let text = source.lines().nth(line - 1).unwrap_or("").to_string();
        self.at(line, col).with_source_line(text)
    }

    pub fn with_source_line(mut self, text: impl Into<String>) -> Self {
        self.source_line = Some(text.into());
        self
    }

    /// Records the content page being rendered when the fault was met.
    pub fn while_rendering(mut self, page: impl Into<PathBuf>) -> Self {
        self.pages.push(page.into());
        self
    }

    pub fn with_detail(mut self, lines: Vec<String>) -> Self {
        self.detail = lines;
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:col`, leaving out what is unknown.
    pub fn label(&self) -> &'static str {
        match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }

    pub fn location(&self) -> String {
        match (self.line, self.col) {
            (0, _) => self.path.display().to_string(),
            (l, 0) => format!("{}:{l}", self.path.display()),
            (l, c) => format!("{}:{l}:{c}", self.path.display()),
        }
    }

    /// Renders the diagnostic for a terminal (`color`) or a log file.
    pub fn render(&self, color: bool) -> String {
        let (label, paint) = match self.severity {
            Severity::Error => ("error", "\x1b[1;31m"),
            Severity::Warning => ("warning", "\x1b[1;33m"),
            Severity::Note => ("note", "\x1b[1;36m"),
        };
        let (on, bold, dim, off) = if color { (paint, "\x1b[1m", "\x1b[2m", "\x1b[0m") } else { ("", "", "", "") };
        let mut out = format!("{on}{label}{off}{bold}: {}{off}\n  {dim}-->{off} {}\n", self.message, self.location());
        if let Some(src) = &self.source_line {
            let num = self.line.to_string();
            let pad = " ".repeat(num.len());
            out.push_str(&format!("  {pad} {dim}|{off}\n  {num} {dim}|{off} {src}\n"));
            if self.col > 0 {
                let spaces: String =
                    src.chars().take(self.col - 1).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
                out.push_str(&format!("  {pad} {dim}|{off} {spaces}{on}^{off}\n"));
            }
        }
        for line in &self.detail {
            out.push_str(&format!("  {dim}|{off} {line}\n"));
        }
        if let Some(pages) = self.pages_note() {
            out.push_str(&format!("  {dim}= note:{off} {pages}\n"));
        }
        if let Some(hint) = &self.hint {
            out.push_str(&format!("  {dim}= help:{off} {hint}\n"));
        }
        out
    }

    /// "while rendering content/en/a.md", or "in 99 pages of 6 languages (content/en/a.md, ...)".
    fn pages_note(&self) -> Option<String> {
        match self.pages.as_slice() {
            [] => None,
            [one] => Some(format!("while rendering {}", one.display())),
            many => {
                let langs: std::collections::BTreeSet<_> =
                    many.iter().filter_map(|p| p.iter().nth(1).map(|l| l.to_os_string())).collect();
                let first: Vec<String> = many.iter().take(3).map(|p| p.display().to_string()).collect();
                let langs = match langs.len() {
                    1 => "1 language".to_string(),
                    n => format!("{n} languages"),
                };
                Some(format!("in {} pages of {langs} ({}, ...)", many.len(), first.join(", ")))
            }
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location(), self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " ({hint})")?;
        }
        Ok(())
    }
}

/// The diagnostics a failed stage hands back.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Sorted by file, then position, so that output is stable whatever the order of discovery.
    /// One diagnostic per distinct fault: those that differ only in the pages being rendered are
    /// merged, their pages listed once.
    pub fn sorted(mut self) -> Self {
        self.0.sort_by(|a, b| (&a.path, a.line, a.col, &a.message).cmp(&(&b.path, b.line, b.col, &b.message)));
        let mut out: Vec<Diagnostic> = Vec::with_capacity(self.0.len());
        for d in self.0 {
            match out.last_mut() {
                Some(last)
                    if Diagnostic { pages: Vec::new(), ..last.clone() }
                        == Diagnostic { pages: Vec::new(), ..d.clone() } =>
                {
                    last.pages.extend(d.pages);
                }
                _ => out.push(d),
            }
        }
        for d in &mut out {
            d.pages.sort();
            d.pages.dedup();
        }
        Diagnostics(out)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.is_error())
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// 1-based line and column (in characters) of byte `offset` in `source`.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = source[line_start..offset].chars().count() + 1;
    (line, col)
}

/// A path shown relative to the project root, as editors know it.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let src = "ab\nçé x\n";
        assert_eq!(line_col(src, 0), (1, 1));
        assert_eq!(line_col(src, 3), (2, 1));
        // 'x' is at byte 3 + 2 + 2 + 1 = 8, the 4th character of line 2
        assert_eq!(line_col(src, 8), (2, 4));
        assert_eq!(line_col(src, 999), (3, 1));
    }

    #[test]
    fn render_shows_the_source_line_and_a_caret() {
        let d = Diagnostic::error("content/en/a.md", "bad key")
            .at_offset("+++\ntitel = 1\n+++\n", 4)
            .hint("did you mean `title`?");
        let text = d.render(false);
        assert!(text.contains("content/en/a.md:2:1"), "{text}");
        assert!(text.contains("2 | titel = 1"), "{text}");
        assert!(text.contains("| ^"), "{text}");
        assert!(text.contains("help: did you mean `title`?"), "{text}");
    }
}
