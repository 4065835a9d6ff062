//! The shipped site in a real browser (issue 7): the Nu HTML Checker, axe-core, keyboard-only use, and
//! the readers' journeys. The site is built into a temporary folder and served from this test on a free
//! loopback port; the Node scripts in tests/browser/ drive Debian's Chromium with puppeteer-core.
//!
//! Needs /usr/bin/chromium, java and `npm ci`'s node_modules (`bash .ci/run` installs all of it). Without
//! them the tests that need them show as ignored, with the reason and the install command; in CI
//! (`CI=true`), or run with `--ignored`, they run and fail with the reason. The harness is
//! libtest-mimic (Cargo.toml: `harness = false`), since the standard one cannot ignore a test at run time.

mod common;
#[path = "common/receiver.rs"]
mod receiver;

use common::{TestSite, copy_dir, repo};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const VNU_JAR: &str = "node_modules/vnu-jar/build/dist/vnu.jar";
const INSTALL: &str =
    "bash .ci/run (or: apt-get install -y chromium default-jre-headless fonts-noto-cjk && npm ci --ignore-scripts)";

/// One browser at a time: the machine has two cores, and timing-sensitive checks stay reliable.
static BROWSER: Mutex<()> = Mutex::new(());

// ---------------------------------------------------------------------------------------------------
// prerequisites

/// What is missing for the browser tests, if anything.
fn missing() -> Vec<String> {
    let mut out = vec![];
    if !Path::new(CHROMIUM).exists() {
        out.push(format!("{CHROMIUM} (Debian package chromium)"));
    }
    for (cmd, what) in [("node", "node"), ("java", "java (Debian package default-jre-headless)")] {
        if Command::new(cmd).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_err() {
            out.push(what.to_string());
        }
    }
    let npm = ["node_modules/puppeteer-core/package.json", "node_modules/axe-core/axe.min.js", VNU_JAR];
    if npm.iter().any(|p| !repo().join(p).exists()) {
        out.push("node_modules (npm ci --ignore-scripts)".to_string());
    }
    out
}

/// Fails the test with what is missing and how to install it. The harness ignores these tests when
/// the stack is missing, so this only fails when they were asked for anyway (CI, `--ignored`).
fn ready(test: &str) -> bool {
    let missing = missing();
    assert!(
        missing.is_empty(),
        "{test}: the browser test stack is missing: {}.\ninstall with: {INSTALL}",
        missing.join(", ")
    );
    true
}

// ---------------------------------------------------------------------------------------------------
// the site and a tiny static HTTP server

/// A copy of the shipped site (helpgen.toml, content, locales, data, themes) in a temporary folder.
fn shipped_copy() -> TestSite {
    let s = TestSite::new();
    for dir in ["content", "locales", "data", "themes"] {
        copy_dir(&repo().join(dir), &s.root.join(dir));
    }
    std::fs::copy(repo().join("helpgen.toml"), s.root.join("helpgen.toml")).unwrap();
    s
}

/// Serves a folder on 127.0.0.1 on a free port until dropped.
struct Server {
    url: String,
    stop: Arc<AtomicBool>,
    addr: std::net::SocketAddr,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    fn start(root: PathBuf) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let stop2 = stop.clone();
        let thread = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(conn) = conn {
                    let root = root.clone();
                    std::thread::spawn(move || {
                        let _ = serve(conn, &root);
                    });
                }
            }
        });
        Server { url: format!("http://{addr}/"), stop, addr, thread: Some(thread) }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr); // wake the accept loop
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// One request per connection (`Connection: close`): GET and HEAD of files, `index.html` for folders,
/// a redirect for a folder without its slash, and the language's (or the root) `404.html` otherwise.
fn serve(conn: TcpStream, root: &Path) -> std::io::Result<()> {
    conn.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(conn.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h == "\r\n" || h == "\n" {
            break;
        }
    }
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let raw = target.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_decode(raw).unwrap_or_default();
    let segments: Vec<&str> = decoded.split('/').filter(|s| !s.is_empty()).collect();
    let safe = decoded.starts_with('/') && !segments.iter().any(|s| *s == ".." || *s == "." || s.contains('\\'));

    let mut status = "200 OK";
    let mut location = None;
    let mut file = None;
    if safe {
        let p = segments.iter().fold(root.to_path_buf(), |p, s| p.join(s));
        if p.is_dir() {
            if decoded.ends_with('/') {
                file = Some(p.join("index.html")).filter(|f| f.is_file());
            } else {
                status = "301 Moved Permanently";
                location = Some(format!("{raw}/"));
            }
        } else if p.is_file() {
            file = Some(p);
        }
    }
    let mut body = vec![];
    let mut ctype = "text/html; charset=utf-8";
    if let Some(f) = &file {
        body = std::fs::read(f)?;
        ctype = content_type(f);
    } else if location.is_none() {
        status = "404 Not Found";
        let lang_404 = segments.first().map(|l| root.join(l).join("404.html")).filter(|p| p.is_file());
        if let Some(p) = lang_404.or_else(|| Some(root.join("404.html")).filter(|p| p.is_file())) {
            body = std::fs::read(p)?;
        } else {
            body = b"not found".to_vec();
        }
    }
    if method != "GET" && method != "HEAD" {
        status = "405 Method Not Allowed";
        body.clear();
    }
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n",
        body.len()
    );
    if let Some(l) = location {
        head.push_str(&format!("Location: {l}\r\n"));
    }
    head.push_str("\r\n");
    let mut conn = conn;
    conn.write_all(head.as_bytes())?;
    if method == "GET" {
        conn.write_all(&body)?;
    }
    conn.flush()
}

// ---------------------------------------------------------------------------------------------------
// running a Node script

fn screenshots_dir() -> PathBuf {
    // CARGO_TARGET_TMPDIR is <target>/tmp
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap().join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `node tests/browser/<script>` against a served site; panics with its output unless it exits 0.
fn run_node(script: &str, args: &[&str], site: &TestSite, server: &Server, limit: Duration) {
    run_node_with(script, args, &[], site, server, limit)
}

/// `run_node` with more environment variables for the script.
fn run_node_with(
    script: &str,
    args: &[&str],
    vars: &[(&str, &str)],
    site: &TestSite,
    server: &Server,
    limit: Duration,
) {
    let _one_browser = BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    let profile = site.root.join("chromium-profile");
    std::fs::create_dir_all(&profile).unwrap();
    let started = Instant::now();
    let mut child = Command::new("node")
        .arg(repo().join("tests/browser").join(script))
        .args(args)
        .current_dir(repo())
        .env("HELPGEN_URL", &server.url)
        .env("HELPGEN_PUBLIC", site.root.join("public"))
        .env("HELPGEN_PROFILE", &profile)
        .env("HELPGEN_SCREENSHOTS", screenshots_dir())
        .env("HELPGEN_CHROMIUM", CHROMIUM)
        .envs(vars.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node");
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > limit {
            // SIGTERM lets puppeteer close Chromium; then make sure
            let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
            std::thread::sleep(Duration::from_secs(5));
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let (stdout, stderr) = (out_t.join().unwrap(), err_t.join().unwrap());
    let script = format!("{script} {}", args.join(" "));
    println!("{stdout}{stderr}");
    println!("{script}: {:.1} s", started.elapsed().as_secs_f64());
    match status {
        None => panic!("{script} did not finish within {} s (its output is above)", limit.as_secs()),
        Some(s) => assert!(s.success(), "{script} failed ({s}); its output is above"),
    }
}

fn served_shipped_site() -> (TestSite, Server) {
    build_and_serve(shipped_copy())
}

fn build_and_serve(s: TestSite) -> (TestSite, Server) {
    s.build_ok();
    let server = Server::start(s.root.join("public"));
    (s, server)
}

// ---------------------------------------------------------------------------------------------------
// gates

fn static_server_serves_files_folders_and_404() {
    let s = shipped_copy();
    s.build_ok();
    let server = Server::start(s.root.join("public"));
    let get = |path: &str| -> String {
        let mut c = TcpStream::connect(server.addr).unwrap();
        write!(c, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut r = String::new();
        c.read_to_string(&mut r).unwrap();
        r
    };
    let home = get("/sv/");
    assert!(home.starts_with("HTTP/1.1 200") && home.contains("text/html") && home.contains("lang=\"sv\""), "{home}");
    assert!(get("/assets/helpgen.css").contains("Content-Type: text/css"));
    assert!(get("/assets/helpgen.js").contains("Content-Type: text/javascript"));
    assert!(get("/sv").contains("Location: /sv/"));
    let missing = get("/sv/nope/");
    assert!(missing.starts_with("HTTP/1.1 404") && missing.contains("lang=\"sv\""), "{missing}");
    assert!(get("/../Cargo.toml").starts_with("HTTP/1.1 404"));
    assert!(get("/%2e%2e/helpgen.toml").starts_with("HTTP/1.1 404"));
}

fn nu_html_checker_finds_no_errors() {
    if !ready("nu_html_checker_finds_no_errors") {
        return;
    }
    let s = shipped_copy();
    s.build_ok();
    let public = s.root.join("public");
    let pages: Vec<PathBuf> = walkdir::WalkDir::new(&public)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.into_path())
        .collect();
    assert!(pages.len() >= 100, "only {} pages", pages.len());
    let started = Instant::now();
    let out = Command::new("java")
        .arg("-jar")
        .arg(repo().join(VNU_JAR))
        .args(["--format", "json"])
        .args(&pages)
        .output()
        .expect("java");
    // vnu writes its report to stderr
    let report: serde_json::Value = serde_json::from_slice(&out.stderr)
        .unwrap_or_else(|e| panic!("vnu's report is not JSON ({e}):\n{}", String::from_utf8_lossy(&out.stderr)));
    let mut errors = vec![];
    let mut warnings = vec![];
    for m in report["messages"].as_array().unwrap() {
        let file = m["url"].as_str().unwrap_or("").replace(&format!("file:{}", public.display()), "");
        let line = format!(
            "{file}:{}:{}: {}: {}",
            m["lastLine"],
            m["firstColumn"],
            m["type"].as_str().unwrap_or(""),
            m["message"].as_str().unwrap_or("")
        );
        if m["type"] == "info" { warnings.push(line) } else { errors.push(line) }
    }
    println!(
        "Nu HTML Checker: {} pages, {} errors, {} warnings ({:.1} s)",
        pages.len(),
        errors.len(),
        warnings.len(),
        started.elapsed().as_secs_f64()
    );
    for w in &warnings {
        println!("warning: {w}");
    }
    assert!(errors.is_empty(), "Nu HTML Checker: {} errors:\n{}", errors.len(), errors.join("\n"));
}

fn axe_finds_no_wcag_violations_in_any_language_scheme_or_width() {
    if !ready("axe_finds_no_wcag_violations_in_any_language_scheme_or_width") {
        return;
    }
    let (s, server) = served_shipped_site();
    run_node("axe.mjs", &[], &s, &server, Duration::from_secs(1200));
}

fn keyboard_only_reaches_every_control_visibly_after_a_skip_link() {
    if !ready("keyboard_only_reaches_every_control_visibly_after_a_skip_link") {
        return;
    }
    let (s, server) = served_shipped_site();
    run_node("keyboard.mjs", &[], &s, &server, Duration::from_secs(1200));
}

// ---------------------------------------------------------------------------------------------------
// journeys

fn journey(name: &str, site: TestSite) {
    let (s, server) = build_and_serve(site);
    run_node("journeys.mjs", &[name], &s, &server, Duration::from_secs(400));
}

fn journey_swedish_reader_ticks_guide_steps_that_survive_a_reload_and_print() {
    if ready("journey_swedish_reader_ticks_guide_steps_that_survive_a_reload_and_print") {
        journey("swedish", shipped_copy());
    }
}

fn journey_kazakh_reader_switches_a_page_to_chinese() {
    if ready("journey_kazakh_reader_switches_a_page_to_chinese") {
        // one page without a Chinese translation, to see it marked unavailable
        let s = shipped_copy();
        s.remove("content/zh-Hant/rights/after-sales-problems.md");
        journey("kazakh", s);
    }
}

fn journey_site_works_from_file_urls() {
    if ready("journey_site_works_from_file_urls") {
        journey("file", shipped_copy());
    }
}

fn journey_romanian_reader_searches_without_diacritics_and_opens_the_faq_answer() {
    if ready("journey_romanian_reader_searches_without_diacritics_and_opens_the_faq_answer") {
        journey("romanian", shipped_copy());
    }
}

fn journey_search_works_from_file_urls() {
    if ready("journey_search_works_from_file_urls") {
        journey("filesearch", shipped_copy());
    }
}

fn journey_reader_writes_copies_and_mails_a_complaint_in_every_language() {
    if ready("journey_reader_writes_copies_and_mails_a_complaint_in_every_language") {
        journey("composer", shipped_copy());
    }
}

fn screenshots_of_home_guide_and_faq_at_phone_and_desktop_width() {
    if ready("screenshots_of_home_guide_and_faq_at_phone_and_desktop_width") {
        journey("screenshots", shipped_copy());
    }
}

fn arabic_fixture_language_renders_right_to_left_and_mirrored() {
    if ready("arabic_fixture_language_renders_right_to_left_and_mirrored") {
        // `ar` added as a folder under content/ only: no config, no UI strings (English ones are used)
        let s = shipped_copy();
        copy_dir(&s.root.join("content/en"), &s.root.join("content/ar"));
        let retitle = |rel: &str, title: &str| {
            let p = s.root.join("content/ar").join(rel);
            let text = std::fs::read_to_string(&p).unwrap();
            let old = text.lines().find(|l| l.starts_with("title = ")).unwrap().to_string();
            std::fs::write(&p, text.replacen(&old, &format!("title = \"{title}\""), 1)).unwrap();
        };
        retitle("_index.md", "كيف يمكننا مساعدتك؟");
        retitle("complaints/_index.md", "الشكاوى");
        retitle("complaints/file-a-complaint.md", "تقديم شكوى إلى متجر على الإنترنت");
        journey("rtl", s);
    }
}

// ---------------------------------------------------------------------------------------------------
// the harness

/// The tests that need no browser, and those that do (ignored when the stack is missing, outside CI).
fn main() -> std::process::ExitCode {
    use libtest_mimic::{Arguments, Failed, Trial};
    let args = Arguments::from_args();
    let missing = missing();
    let in_ci = std::env::var("CI").as_deref() == Ok("true");
    let ignore = !missing.is_empty() && !in_ci;
    if ignore {
        eprintln!(
            "browser tests ignored: missing {}\ninstall with: {INSTALL}\n(CI=true runs them, and fails without the stack)",
            missing.join(", ")
        );
    }
    let trial = |name: &'static str, f: fn()| {
        Trial::test(name, move || {
            std::panic::catch_unwind(f).map_err(|e| {
                let msg =
                    e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()));
                Failed::from(msg.unwrap_or_else(|| "panicked".to_string()))
            })
        })
    };
    let mut trials =
        vec![trial("static_server_serves_files_folders_and_404", static_server_serves_files_folders_and_404)];
    let browser: Vec<(&'static str, fn())> = vec![
        ("nu_html_checker_finds_no_errors", nu_html_checker_finds_no_errors),
        (
            "axe_finds_no_wcag_violations_in_any_language_scheme_or_width",
            axe_finds_no_wcag_violations_in_any_language_scheme_or_width,
        ),
        (
            "keyboard_only_reaches_every_control_visibly_after_a_skip_link",
            keyboard_only_reaches_every_control_visibly_after_a_skip_link,
        ),
        (
            "journey_swedish_reader_ticks_guide_steps_that_survive_a_reload_and_print",
            journey_swedish_reader_ticks_guide_steps_that_survive_a_reload_and_print,
        ),
        ("journey_kazakh_reader_switches_a_page_to_chinese", journey_kazakh_reader_switches_a_page_to_chinese),
        ("journey_site_works_from_file_urls", journey_site_works_from_file_urls),
        (
            "journey_romanian_reader_searches_without_diacritics_and_opens_the_faq_answer",
            journey_romanian_reader_searches_without_diacritics_and_opens_the_faq_answer,
        ),
        ("journey_search_works_from_file_urls", journey_search_works_from_file_urls),
        (
            "journey_reader_writes_copies_and_mails_a_complaint_in_every_language",
            journey_reader_writes_copies_and_mails_a_complaint_in_every_language,
        ),
        (
            "screenshots_of_home_guide_and_faq_at_phone_and_desktop_width",
            screenshots_of_home_guide_and_faq_at_phone_and_desktop_width,
        ),
        (
            "arabic_fixture_language_renders_right_to_left_and_mirrored",
            arabic_fixture_language_renders_right_to_left_and_mirrored,
        ),
        ("no_page_kind_in_any_language_moves_after_it_is_shown", no_page_kind_in_any_language_moves_after_it_is_shown),
        (
            "phone_header_hides_the_navigation_behind_one_button_and_keeps_search_visible",
            phone_header_hides_the_navigation_behind_one_button_and_keeps_search_visible,
        ),
        (
            "lighthouse_accessibility_best_practices_and_seo_are_100_on_every_page_kind",
            lighthouse_accessibility_best_practices_and_seo_are_100_on_every_page_kind,
        ),
        (
            "the_whole_guide_prints_with_its_checklist_in_every_language",
            the_whole_guide_prints_with_its_checklist_in_every_language,
        ),
        (
            "feedback_round_trip_with_and_without_javascript_against_a_local_receiver",
            feedback_round_trip_with_and_without_javascript_against_a_local_receiver,
        ),
        (
            "service_worker_keeps_opened_pages_and_the_search_offline_and_updates_on_the_next_visit",
            service_worker_keeps_opened_pages_and_the_search_offline_and_updates_on_the_next_visit,
        ),
    ];
    for (name, f) in browser {
        trials.push(trial(name, f).with_ignored_flag(ignore));
    }
    libtest_mimic::run(&args, trials).exit_code()
}

// the phone page (issue 24)

fn no_page_kind_in_any_language_moves_after_it_is_shown() {
    if ready("no_page_kind_in_any_language_moves_after_it_is_shown") {
        let (s, server) = served_shipped_site();
        run_node("phone.mjs", &["layout"], &s, &server, Duration::from_secs(600));
    }
}

fn phone_header_hides_the_navigation_behind_one_button_and_keeps_search_visible() {
    if ready("phone_header_hides_the_navigation_behind_one_button_and_keeps_search_visible") {
        let (s, server) = served_shipped_site();
        run_node("phone.mjs", &["header"], &s, &server, Duration::from_secs(600));
    }
}

/// Lighthouse's accessibility, best practices and SEO at 100 and no layout shift, on every page kind in
/// two languages; the performance score (load-dependent) and all six languages: `scripts/lighthouse`.
fn lighthouse_accessibility_best_practices_and_seo_are_100_on_every_page_kind() {
    if !ready("lighthouse_accessibility_best_practices_and_seo_are_100_on_every_page_kind") {
        return;
    }
    if !repo().join("node_modules/lighthouse/package.json").exists() {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "CI=true but node_modules/lighthouse is missing: npm ci"
        );
        println!("lighthouse: not run (npm ci --ignore-scripts installs it)");
        return;
    }
    let (s, server) = served_shipped_site();
    let public = s.root.join("public").display().to_string();
    let args = ["--site", public.as_str(), "--langs", "en,zh-hant", "--require", "accessibility,best-practices,seo"];
    run_node_with(
        "../../scripts/lighthouse",
        &args,
        &[("CHROME_PATH", CHROMIUM)],
        &s,
        &server,
        Duration::from_secs(600),
    );
}

fn the_whole_guide_prints_with_its_checklist_in_every_language() {
    if ready("the_whole_guide_prints_with_its_checklist_in_every_language") {
        let (s, server) = served_shipped_site();
        run_node("phone.mjs", &["print"], &s, &server, Duration::from_secs(300));
    }
}

// ---------------------------------------------------------------------------------------------------
// feedback (issue 24)

fn feedback_round_trip_with_and_without_javascript_against_a_local_receiver() {
    if !ready("feedback_round_trip_with_and_without_javascript_against_a_local_receiver") {
        return;
    }
    let s = shipped_copy();
    let server = Server::start(s.root.join("public"));
    let receiver = receiver::Receiver::start(server.url.clone());
    let config = std::fs::read_to_string(s.root.join("helpgen.toml")).unwrap();
    s.write(
        "helpgen.toml",
        &format!("{config}\n[feedback]\nendpoint = \"{}\"\nreport_empty_searches = true\n", receiver.url),
    );
    // the canonical URLs (the form's page and return) are the test server's
    let run = s.run(&["build", "--base-url", &server.url]);
    assert!(run.ok(), "{}", run.stderr());
    let base = receiver.url.trim_end_matches("/feedback");
    run_node_with("feedback.mjs", &[], &[("HELPGEN_RECEIVER", base)], &s, &server, Duration::from_secs(300));
    let got = receiver.received();
    assert!(got.len() >= 5, "{got:?}");
    assert!(got.iter().all(|r| r["page"].starts_with(&server.url)), "every message names its page: {got:?}");
    assert_eq!(receiver.cookies(), Vec::<String>::new(), "no cookie is ever sent");
}

// ---------------------------------------------------------------------------------------------------
// offline (issue 24)

fn service_worker_keeps_opened_pages_and_the_search_offline_and_updates_on_the_next_visit() {
    if !ready("service_worker_keeps_opened_pages_and_the_search_offline_and_updates_on_the_next_visit") {
        return;
    }
    let (s, server) = served_shipped_site();
    let root = s.root.display().to_string();
    let vars = [("HELPGEN_BIN", env!("CARGO_BIN_EXE_helpgen")), ("HELPGEN_ROOT", root.as_str())];
    run_node_with("offline.mjs", &[], &vars, &s, &server, Duration::from_secs(300));
}
