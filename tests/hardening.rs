//! Bad or hostile input never breaks a site: very large and deep files, many pages, symlinks,
//! escaping of titles everywhere, untrusted HTML, reproducible output whatever the file order,
//! files deleted during the build, and concurrent builds. Each limit states its bounds (CPU time, peak
//! memory) in its test.

mod common;

use std::time::{Duration, Instant};

use common::TestSite;

/// What a build may use: CPU time (user + system, all threads: on a shared machine wall time says
/// more about the neighbours than about helpgen) and peak memory. Wall time is only a guard against
/// hangs, at 15 minutes.
struct Bounds {
    cpu: Duration,
    mib: u64,
}

/// The CPU time (clock ticks) and peak memory (KiB) of a running process, from /proc (Linux).
fn usage(pid: u32) -> Option<(u64, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // fields after the command name in parentheses: state is field 3, utime 14, stime 15
    let fields: Vec<&str> = stat[stat.rfind(')')? + 2..].split(' ').collect();
    let ticks = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let hwm =
        status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?.trim().trim_end_matches("kB").trim().parse().ok()?;
    Some((ticks, hwm))
}

/// Builds `s` with the real binary, polling its CPU time and peak memory (`VmHWM`) until it exits,
/// and asserts `bounds`.
fn bounded(s: &TestSite, bounds: Bounds) -> common::Run {
    let start = Instant::now();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_helpgen"))
        .arg("build")
        .current_dir(&s.root)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let poller = {
        let done = done.clone();
        std::thread::spawn(move || {
            let mut last = (0, 0);
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                if let Some((ticks, hwm)) = usage(pid) {
                    last = (last.0.max(ticks), last.1.max(hwm));
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            last
        })
    };
    let out = child.wait_with_output().unwrap();
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let wall = start.elapsed();
    let (ticks, kib) = poller.join().unwrap();
    // Linux counts CPU time in 1/100 s (USER_HZ)
    let cpu = Duration::from_millis(ticks * 10);
    let mib = kib / 1024;
    println!("build: CPU {cpu:?}, peak memory {mib} MiB, wall {wall:?}");
    assert!(wall < Duration::from_secs(900), "wall time {wall:?}: a hang?");
    assert!(cpu < bounds.cpu, "CPU time {cpu:?}, bound {:?}", bounds.cpu);
    assert!(mib < bounds.mib, "peak memory {mib} MiB, bound {} MiB", bounds.mib);
    common::Run(out)
}

#[test]
fn a_20_mb_page_and_a_100_000_line_page_build() {
    let s = TestSite::basic();
    let para = "Refunds are paid to the original payment method within a few days. ".repeat(10);
    let mut big = String::from("+++\ntitle = \"Big\"\n+++\n");
    let mut n = 0;
    while big.len() < 20 * 1024 * 1024 {
        big.push_str(&format!("## Part {n}\n\n{para}\n\n"));
        n += 1;
    }
    s.write("content/en/guides/big.md", &big);
    let lines: String = (0..100_000).map(|i| format!("line {i}\n")).collect();
    s.write("content/en/guides/lines.md", &format!("+++\ntitle = \"Lines\"\n+++\n{lines}"));
    let r = bounded(&s, Bounds { cpu: Duration::from_secs(120), mib: 1024 });
    assert!(r.ok(), "{}", r.stderr());
    assert!(s.out("en/guides/big/index.html").contains("id=\"part-1000\""));
}

#[test]
fn deeply_nested_lists_and_sections_and_long_names() {
    let s = TestSite::basic();
    let list: String = (0..5000).map(|i| format!("{}- level {i}\n", "  ".repeat(i))).collect();
    s.write("content/en/guides/deep.md", &format!("+++\ntitle = \"Deep\"\n+++\n{list}"));
    let mut dir = String::from("content/en");
    for i in 0..30 {
        dir.push_str(&format!("/s{i}"));
        s.write(&format!("{dir}/_index.md"), &format!("+++\ntitle = \"Section {i}\"\n+++\n"));
    }
    let long = "a".repeat(200);
    s.write(&format!("content/en/guides/{long}.md"), "+++\ntitle = \"Long name\"\n+++\n");
    s.write("content/en/guides/long-line.md", &format!("+++\ntitle = \"Long line\"\n+++\n{}", "word ".repeat(400_000)));
    let r = bounded(&s, Bounds { cpu: Duration::from_secs(30), mib: 512 });
    assert!(r.ok(), "{}", r.stderr());
    assert!(s.exists(&format!("{}/index.html", dir.replace("content/", ""))));
    // a file name keeps its URL, up to the 200 characters a slug may have (file systems allow 255 bytes)
    assert!(s.exists(&format!("en/guides/{long}/index.html")), "a long file name keeps its URL");
}

#[test]
fn ten_thousand_pages_in_one_section() {
    let s = TestSite::basic();
    for i in 0..10_000 {
        s.write(
            &format!("content/en/guides/p{i:05}.md"),
            &format!("+++\ntitle = \"Page {i}\"\nweight = {i}\n+++\nText {i}.\n"),
        );
    }
    let r = bounded(&s, Bounds { cpu: Duration::from_secs(240), mib: 256 });
    assert!(r.ok(), "{}", r.stderr());
    let section = s.out("en/guides/index.html");
    assert!(section.find(">Page 9</a>").unwrap() < section.find(">Page 10</a>").unwrap());
}

#[cfg(unix)]
#[test]
fn symlinks_are_not_followed_and_are_reported() {
    let s = TestSite::basic();
    std::os::unix::fs::symlink("/etc", s.root.join("content/en/guides/etc")).unwrap();
    std::os::unix::fs::symlink(".", s.root.join("content/en/guides/loop")).unwrap();
    std::os::unix::fs::symlink("/etc/hostname", s.root.join("content/en/guides/host.md")).unwrap();
    let r = s.build();
    assert!(r.ok(), "{}", r.stderr());
    let err = r.stderr();
    assert!(err.contains("content/en/guides/etc") && err.contains("symbolic link is not followed"), "{err}");
    assert!(err.contains("content/en/guides/host.md"));
    assert!(!s.exists("en/guides/etc"));
    assert!(!s.exists("en/guides/host/index.html"));
}

#[test]
fn titles_are_text_everywhere() {
    let s = TestSite::basic();
    let evil = "<img src=x onerror=alert(1)></script><script>alert(2)</script>";
    s.write(
        "content/en/guides/evil.md",
        &format!("+++\ntitle = \"{evil}\"\ndescription = \"{evil}\"\nkind = \"faq\"\ntags = [\"c\"]\n+++\n## Is `{evil}` safe?\n\nAnswer.\n"),
    );
    s.build_ok();
    let page = s.out("en/guides/evil/index.html");
    assert!(!page.contains("<img src=x"), "escaped in the page");
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    let json = &page[page.find("application/ld+json").unwrap()..];
    let json = &json[..json.find("</script>").unwrap()];
    assert!(!json.contains("<"), "JSON-LD cannot close its script: {json}");
    // listed on other pages
    assert!(!s.out("en/guides/index.html").contains("<img src=x"));
    assert!(!s.out("en/guides/complain/index.html").contains("<img src=x"));
    // search records
    let data = std::fs::read_to_string(s.root.join("public/search/en/d-0.js")).unwrap();
    assert!(!data.contains("<img"));
}

#[test]
fn raw_html_is_sanitized_unless_the_site_opts_in() {
    let s = TestSite::basic();
    s.write(
        "content/en/guides/raw.md",
        "+++\ntitle = \"Raw\"\n+++\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=\"x\">b</b>\n\n\
         Press <kbd>Ctrl</kbd>+<kbd>C</kbd>.<br>\n\n<details><summary>More</summary>\n\nHidden.\n\n</details>\n\n\
         <img src=\"receipt.png\" alt=\"Receipt\" onerror=\"alert(2)\"> <a href=\"javascript:alert(3)\">j</a>\n\n\
         <table><tr><td>cell</td></tr></table>\n",
    );
    s.build_ok();
    let page = s.out("en/guides/raw/index.html");
    let body = &page[page.find("<main").unwrap()..];
    for gone in ["<script>alert(1)", "javascript:", "onclick", "onerror", "alert(2)"] {
        assert!(!body.contains(gone), "{gone} is dropped by default:\n{body}");
    }
    for kept in [
        "<kbd>Ctrl</kbd>",
        "<br>",
        "<details><summary>More</summary>",
        "<p>Hidden.</p>",
        "alt=\"Receipt\"",
        "<td>cell</td>",
        "<b>b</b>",
    ] {
        assert!(body.contains(kept), "{kept} stays:\n{body}");
    }
    s.write(
        "helpgen.toml",
        "base_url = \"https://example.org/help/\"\ndefault_language = \"en\"\n[markdown]\nunsafe_html = true\n",
    );
    s.build_ok();
    assert!(
        s.out("en/guides/raw/index.html").contains("<script>alert(1)</script>"),
        "a site of trusted editors opts in with [markdown] unsafe_html = true"
    );
}

#[test]
fn same_input_in_another_file_order_builds_the_same_bytes() {
    let a = TestSite::basic();
    a.build_ok();
    // the same files created in the reverse order, in another folder
    let b = TestSite::new();
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(&a.root)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file() && !e.path().starts_with(a.root.join("public")))
        .map(|e| {
            (e.path().strip_prefix(&a.root).unwrap().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files.reverse();
    for (p, bytes) in &files {
        b.write_bytes(p, bytes);
    }
    b.build_ok();
    assert_eq!(a.snapshot(), b.snapshot());
    let today = today_utc();
    let sources_mention_today = files.iter().any(|(_, bytes)| String::from_utf8_lossy(bytes).contains(&today));
    for (path, bytes) in a.snapshot() {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(&a.root.to_string_lossy().to_string()), "no build path leaks into the output");
        assert!(
            sources_mention_today || !text.contains(&today),
            "{path}: the build date {today} leaks into the output"
        );
    }
}

/// Today's date in UTC, `YYYY-MM-DD` (days since 1970 to the civil calendar).
fn today_utc() -> String {
    let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64 / 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[test]
fn concurrent_builds_never_leave_a_half_written_site() {
    let s = TestSite::basic();
    s.build_ok();
    let expected = s.snapshot();
    for _ in 0..3 {
        let runs: Vec<_> = (0..4)
            .map(|_| {
                std::process::Command::new(env!("CARGO_BIN_EXE_helpgen"))
                    .arg("build")
                    .current_dir(&s.root)
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for r in runs {
            let out = r.wait_with_output().unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        }
        assert_eq!(expected, s.snapshot());
        let leftovers: Vec<String> = std::fs::read_dir(&s.root)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("helpgen-new") || n.contains("helpgen-old"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}

#[test]
fn files_that_vanish_between_the_walk_and_the_read_are_named() {
    let s = TestSite::basic();
    s.write("content/en/guides/photo.png", "png");
    let (found, problems) = helpgen::content::discover(&s.root);
    assert!(!problems.has_errors(), "{problems:?}");
    // deleted after the walk found them, before they are read
    s.remove("content/en/guides/other.md");
    std::fs::remove_dir_all(s.root.join("content/en/faq")).unwrap();
    let (content, problems) = helpgen::content::read(&s.root, found);
    let errors: Vec<String> = problems.0.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    assert_eq!(errors.len(), 3, "one error per vanished page: {errors:#?}");
    for file in ["content/en/guides/other.md", "content/en/faq/_index.md", "content/en/faq/questions.md"] {
        assert!(
            errors.iter().any(|e| e.starts_with(&format!("{file}: ")) && e.contains("deleted or moved")),
            "{file} not named: {errors:#?}"
        );
    }
    assert!(errors.iter().all(|e| e.contains("run the build again")), "{errors:#?}");
    assert!(content.pages.iter().any(|p| p.rel_path == "guides/complain.md"), "the rest is read");
    assert!(content.assets.iter().any(|a| a.rel_path == "guides/photo.png"));
}

/// Deletes a page and an asset while `helpgen build` runs, at several points of the build. Whatever
/// the moment: no panic; either a complete site (without the files if they were gone before the walk)
/// or exit status 1, an error naming a deleted file, and `public/` as it was.
#[test]
fn files_deleted_while_the_build_runs() {
    let s = TestSite::basic();
    for i in 0..1000 {
        s.write(&format!("content/en/guides/p{i:04}.md"), &format!("+++\ntitle = \"Page {i}\"\n+++\nText {i}.\n"));
    }
    let start = Instant::now();
    s.build_ok();
    let full = start.elapsed();
    let before = s.snapshot();
    let mut outcomes = Vec::new();
    for percent in [0, 5, 20, 50, 80, 95] {
        s.write("content/en/guides/photo.png", "png");
        s.write("content/en/guides/zz-last.md", "+++\ntitle = \"Last\"\n+++\n![photo](photo.png)\n");
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_helpgen"))
            .arg("build")
            .current_dir(&s.root)
            .env("NO_COLOR", "1")
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(full * percent / 100);
        s.remove("content/en/guides/zz-last.md");
        s.remove("content/en/guides/photo.png");
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        match out.status.code() {
            Some(0) => {
                assert!(s.exists("en/guides/p0999/index.html"), "a complete site");
                if s.exists("en/guides/zz-last/index.html") {
                    assert!(s.exists("en/guides/photo.png"), "the page was built, so was its image");
                }
                outcomes.push(format!("{percent}%: built"));
            }
            Some(1) => {
                assert!(err.contains("deleted or moved"), "{err}");
                assert!(
                    err.contains("content/en/guides/zz-last.md") || err.contains("content/en/guides/photo.png"),
                    "{err}"
                );
                assert!(
                    !err.contains(&s.root.to_string_lossy().to_string()),
                    "paths are shown from the project: {err}"
                );
                assert_eq!(before, s.snapshot(), "public/ is left as it was");
                outcomes.push(format!("{percent}%: refused"));
            }
            other => panic!("exit {other:?} (a panic or a signal):\n{err}"),
        }
        // the next round starts from the first build's site
        if s.exists("en/guides/zz-last/index.html") {
            s.build_ok();
        }
    }
    println!("{outcomes:?}");
}
