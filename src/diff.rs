//! What changed in a source page since a translation was made from it, paragraph by paragraph: the
//! old and new Markdown bodies split at blank lines (front matter set apart as one block), then
//! the longest common subsequence of paragraphs kept and the rest listed as removed or added, in
//! order. For `helpgen check` (text and `--format json`).

use serde::Serialize;

/// One paragraph that differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// `removed` (in the version translated, gone now) or `added` (new in the source).
    pub change: &'static str,
    /// The paragraph, its lines joined by newlines.
    pub text: String,
}

/// The paragraphs of `text`: runs of non-blank lines, trimmed at their ends.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = vec![];
    let mut current: Vec<&str> = vec![];
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim_end());
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out
}

/// The paragraphs removed from `old` and added in `new`, in the order they appear.
pub fn paragraph_diff(old: &str, new: &str) -> Vec<Change> {
    let (a, b) = (paragraphs(old), paragraphs(new));
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = vec![];
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push(Change { change: "added", text: b[j].clone() });
            j += 1;
        } else {
            out.push(Change { change: "removed", text: a[i].clone() });
            i += 1;
        }
    }
    // a changed paragraph reads best as its old form, then its new one
    let mut k = 0;
    while k + 1 < out.len() {
        if out[k].change == "added" && out[k + 1].change == "removed" {
            out.swap(k, k + 1);
        }
        k += 1;
    }
    out
}

/// The changes as terminal lines: `- old paragraph` / `+ new paragraph`, continuation lines indented.
pub fn render(changes: &[Change]) -> Vec<String> {
    let mut lines = vec![];
    for c in changes {
        let sign = if c.change == "added" { '+' } else { '-' };
        for (n, line) in c.text.lines().enumerate() {
            lines.push(if n == 0 { format!("{sign} {line}") } else { format!("  {line}") });
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_changed_paragraphs_old_then_new() {
        let old = "Intro.\n\n## Find the order\n\nOpen the FAQ.\n\n## Write\n\nBe brief.\n";
        let new =
            "Intro.\n\n## Find the order\n\nOpen the FAQ\nand the receipt.\n\n## Write\n\nBe brief.\n\nSay thanks.\n";
        let d = paragraph_diff(old, new);
        assert_eq!(
            d,
            vec![
                Change { change: "removed", text: "Open the FAQ.".into() },
                Change { change: "added", text: "Open the FAQ\nand the receipt.".into() },
                Change { change: "added", text: "Say thanks.".into() },
            ]
        );
        assert_eq!(render(&d), ["- Open the FAQ.", "+ Open the FAQ", "  and the receipt.", "+ Say thanks."]);
        assert!(paragraph_diff(old, old).is_empty());
        assert_eq!(paragraph_diff("a\n\nb\n", "b\n"), vec![Change { change: "removed", text: "a".into() }]);
    }
}
