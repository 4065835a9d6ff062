//! Last-change dates from git: one `git log` over `content/` gives each file's last commit date, used
//! for "Last updated" when the front matter has no `updated`. Deterministic (commit dates, not file
//! times); a project that is not a git repository simply has no such dates.

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
