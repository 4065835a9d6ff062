//! Stylesheets minified at build time with lightningcss: the theme's and the project's `.css` files
//! are parsed, minified and printed without comments or whitespace (the default theme: 19.4 KB to
//! 16.1 KB, bytes a phone waits for before the first paint). No browser targets are given, so
//! nothing is rewritten for old browsers: what the editor wrote is what ships, only smaller. A
//! stylesheet lightningcss cannot parse is an error naming the file, the line and the column.

use std::path::Path;

use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};

use crate::diagnostics::Diagnostic;

/// A stylesheet that could not be minified.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct CssError {
    pub message: String,
    /// 1-based line and column, when lightningcss knows them.
    pub line: Option<(usize, usize)>,
}

impl CssError {
    /// The error as a diagnostic on `shown` (the file as the editor knows it).
    pub fn diagnostic(&self, shown: &Path) -> Diagnostic {
        let d = Diagnostic::error(shown, format!("CSS: {}", self.message))
            .hint("fix the stylesheet (helpgen minifies every .css file of the theme and of static/)");
        match self.line {
            Some((line, col)) => d.at(line, col),
            None => d,
        }
    }
}

/// Minifies one stylesheet; `name` is used in lightningcss's own messages.
pub fn minify(name: &str, text: &str) -> Result<String, CssError> {
    let options = ParserOptions { filename: name.to_string(), ..ParserOptions::default() };
    let mut sheet = StyleSheet::parse(text, options).map_err(|e| CssError {
        message: e.kind.to_string(),
        line: e.loc.map(|l| (l.line as usize + 1, l.column as usize)),
    })?;
    sheet.minify(MinifyOptions::default()).map_err(|e| CssError {
        message: e.kind.to_string(),
        line: e.loc.map(|l| (l.line as usize + 1, l.column as usize)),
    })?;
    let printed = sheet.to_css(PrinterOptions { minify: true, ..PrinterOptions::default() }).map_err(|e| CssError {
        message: e.kind.to_string(),
        line: e.loc.map(|l| (l.line as usize + 1, l.column as usize)),
    })?;
    Ok(printed.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minifies_without_changing_what_applies() {
        let css = "/* a comment */\n.a {\n  color: #ff0000;\n  margin: 0px 0px 0px 0px;\n}\n@media (max-width: 40rem) {\n  .b { display: none; }\n}\n";
        let out = minify("a.css", css).unwrap();
        assert_eq!(out, ".a{color:red;margin:0}@media (width<=40rem){.b{display:none}}");
    }

    #[test]
    fn the_default_theme_minifies_and_keeps_its_rules() {
        let (_, bytes) = crate::builtin::DEFAULT_THEME.iter().find(|(p, _)| *p == "static/assets/helpgen.css").unwrap();
        let css = std::str::from_utf8(bytes).unwrap();
        let out = minify("helpgen.css", css).unwrap();
        assert!(out.len() * 100 < css.len() * 90, "{} -> {} bytes", css.len(), out.len());
        for needle in ["::details-content", ".nojs-only", "@media print", "prefers-color-scheme:dark"] {
            assert!(out.contains(needle), "{needle} is gone from the minified theme");
        }
    }

    #[test]
    fn a_broken_stylesheet_names_its_line() {
        let err = minify("x.css", ".a { color: red; }\n\n.b { color: red; }}\n@media (  { }").unwrap_err();
        assert!(err.line.is_some(), "{err:?}");
    }
}
