//! Facts from git. Last-change dates: one `git log` over `content/` gives each file's last commit
//! date, used for "Last updated" when the front matter has no `updated`; deterministic (commit dates,
//! not file times). Old versions: `text_with_hash` walks a source page's history (renames followed)
//! for the version a translation recorded, so that `check` can show what changed since. A project that
//! is not a git repository simply has neither.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

/// `content/...` path (relative to the project root, `/`-separated) → `YYYY-MM-DD` of its last commit.
pub fn last_commit_dates(root: &Path) -> HashMap<String, String> {
    let output = Command::new("git")
        .args([
            "-c",
            "core.quotepath=off",
            "log",
            "--format=%x00%cs",
            "--name-only",
            "--no-renames",
            "--relative",
            "--",
            "content",
        ])
        .current_dir(root)
        .output();
    let Ok(output) = output else { return HashMap::new() };
    if !output.status.success() {
        return HashMap::new();
    }
    parse_log(&String::from_utf8_lossy(&output.stdout))
}

/// The text of `path` (relative to `root`) as it was in the newest commit where its `content_hash`
/// was `hash`; `None` when no commit has it (never committed, or not a git repository).
pub fn text_with_hash(root: &Path, path: &Path, hash: &str) -> Option<String> {
    let output = Command::new("git")
        .args(["-c", "core.quotepath=off", "log", "--follow", "--format=%x00%H", "--name-only", "--"])
        .arg(path)
        .current_dir(root)
        .output()
        .ok()
        .filter(|o| o.status.success())?;
    let log = String::from_utf8_lossy(&output.stdout);
    // (commit, the file's path relative to the repository's top at that commit)
    let mut versions: Vec<(String, String)> = vec![];
    for line in log.lines().filter(|l| !l.trim().is_empty()) {
        match line.strip_prefix('\0') {
            Some(commit) => versions.push((commit.trim().to_string(), String::new())),
            None => {
                if let Some((_, p)) = versions.last_mut().filter(|(_, p)| p.is_empty()) {
                    *p = line.trim().to_string();
                }
            }
        }
    }
    versions.into_iter().filter(|(_, p)| !p.is_empty()).find_map(|(commit, file)| {
        let shown = Command::new("git").arg("show").arg(format!("{commit}:{file}")).current_dir(root).output().ok()?;
        let text = String::from_utf8(shown.stdout).ok()?;
        (shown.status.success() && crate::content::content_hash(&text) == hash).then_some(text)
    })
}

fn parse_log(log: &str) -> HashMap<String, String> {
    let mut dates = HashMap::new();
    let mut current = String::new();
    for line in log.lines() {
        if let Some(date) = line.strip_prefix('\0') {
            current = date.trim().to_string();
        } else if !line.trim().is_empty() && !current.is_empty() {
            // newest commits come first: keep the first date seen for a file
            dates.entry(line.trim().to_string()).or_insert_with(|| current.clone());
        }
    }
    dates
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_newest_date_per_file() {
        let log = "\u{0}2026-11-20\n\ncontent/en/a.md\ncontent/en/b.md\n\u{0}2026-10-01\n\ncontent/en/a.md\ncontent/en/c.md\n";
        let d = parse_log(log);
        assert_eq!(d["content/en/a.md"], "2026-11-20");
        assert_eq!(d["content/en/b.md"], "2026-11-20");
        assert_eq!(d["content/en/c.md"], "2026-10-01");
    }
}
