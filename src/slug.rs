//! Slugs: URL path segments made from file names, front matter `slug`s and heading texts. Letters
//! of every script are kept (a Kazakh heading gets a Cyrillic anchor); anything that could leave the
//! output folder or break a URL is refused or replaced.

/// Checks an editor-given slug: one safe path segment.
pub fn check_slug(slug: &str) -> Result<(), &'static str> {
    if slug.is_empty() {
        return Err("is empty");
    }
    if slug == "." || slug == ".." || slug.contains("..") {
        return Err("must not contain `..`");
    }
    if slug.starts_with('.') {
        return Err("must not start with a dot");
    }
    if slug.chars().count() > 200 {
        return Err("is longer than 200 characters");
    }
    if slug.chars().any(|c| {
        c.is_control()
            || c.is_whitespace()
            || matches!(
                c,
                '/' | '\\'
                    | '?'
                    | '#'
                    | '%'
                    | '"'
                    | '\''
                    | '<'
                    | '>'
                    | '`'
                    | '|'
                    | '*'
                    | ':'
                    | '&'
                    | '+'
                    | '='
                    | '['
                    | ']'
                    | '{'
                    | '}'
                    | '^'
            )
    }) {
        return Err("contains a character that is not safe in a URL (/, \\, spaces, ?, #, %, quotes, ...)");
    }
    Ok(())
}

/// Turns a file or folder name into a URL segment the way Hugo does: lower case, letters and digits of
/// every script, `-`, `_` and `.` kept as written (`acme.sh` stays `acme.sh`, `move_disk` stays
/// `move_disk`, so the links an existing site has keep working); a run of anything unsafe in a URL
/// (spaces, `?`, `#`, `%`, quotes, ...) becomes one `-`. No leading dot and no `..`.
pub fn from_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_dash = false;
    for c in name.chars() {
        let kept = c.is_alphanumeric() || is_combining_mark(c) || matches!(c, '-' | '_' | '.');
        if !kept || (c == '.' && (out.is_empty() || out.ends_with('.'))) {
            pending_dash = true;
            continue;
        }
        if pending_dash && !out.is_empty() && !out.ends_with('-') && c != '-' {
            out.push('-');
        }
        pending_dash = false;
        out.extend(c.to_lowercase());
    }
    while out.ends_with('.') {
        out.pop();
    }
    if out.chars().count() > 200 {
        out = out.chars().take(200).collect();
    }
    out
}

/// A readable anchor or URL segment from any text: letters and digits of every script are kept and
/// lower-cased, everything else becomes single hyphens. Empty when the text has no letters.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_dash = false;
    for c in text.chars() {
        if c.is_alphanumeric() || is_combining_mark(c) {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.extend(c.to_lowercase());
        } else if c == '_' || c == '-' || c.is_whitespace() || c.is_ascii_punctuation() || !c.is_control() {
            pending_dash = true;
        }
    }
    // keep anchors and URL segments to a sane length, cutting at a character boundary
    if out.chars().count() > 80 {
        out = out.chars().take(80).collect();
        while out.ends_with('-') {
            out.pop();
        }
    }
    out
}

/// Vowel signs, viramas and other marks (General_Category M) are parts of words in Devanagari, Bengali,
/// Thai, Arabic, ... (a URL or anchor made of "সমস্যা" keeps its virama), as in search's heading slug.
fn is_combining_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_underscores_and_dots_in_urls() {
        for (name, want) in [
            ("qm-move_disk", "qm-move_disk"),
            ("qm-move-disk", "qm-move-disk"),
            ("acme.sh", "acme.sh"),
            ("Change My Email", "change-my-email"),
            ("a - b", "a-b"),
            ("what?why#", "what-why"),
            ("..hidden", "hidden"),
            ("a..b", "a.-b"),
            ("trailing.", "trailing"),
            ("Сұрақтар", "сұрақтар"),
            ("সমস্যা সমাধান", "সমস্যা-সমাধান"),
            ("للفِرق", "للفِرق"),
        ] {
            assert_eq!(from_name(name), want, "{name}");
            assert!(check_slug(&from_name(name)).is_ok(), "{name}");
        }
    }

    #[test]
    fn keeps_letters_of_every_script() {
        assert_eq!(slugify("File a complaint!"), "file-a-complaint");
        assert_eq!(slugify("Шағым беру"), "шағым-беру");
        assert_eq!(slugify("如何聯絡客服？"), "如何聯絡客服");
        assert_eq!(slugify("Secțiune nouă"), "secțiune-nouă");
        assert_eq!(slugify("  --a__b--  "), "a-b");
        assert_eq!(slugify("???"), "");
    }

    #[test]
    fn refuses_unsafe_slugs() {
        for bad in ["", "..", "a/b", "a\\b", ".hidden", "a b", "a?b", "x..y"] {
            assert!(check_slug(bad).is_err(), "{bad:?}");
        }
        assert!(check_slug("file-a-complaint").is_ok());
        assert!(check_slug("шағым").is_ok());
    }
}
