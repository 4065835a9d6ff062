//! `helpgen serve` end to end: the real binary on a free loopback port, fetched over TCP; an edit
//! shows up and sends a reload event; a broken edit keeps the last good site and sends the error;
//! foreign Host headers and paths outside the output are refused. The server is killed at the end.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::TestSite;

struct Server {
    child: Child,
    port: u16,
    /// What serve printed up to its address.
    startup: Vec<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(site: &TestSite) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_helpgen"))
        .args(["serve", "--port", "0"])
        .current_dir(&site.root)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut startup = vec![];
    let port = loop {
        let line = lines.next().expect("serve printed its address").unwrap();
        startup.push(line.clone());
        if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
            break rest.split('/').next().unwrap().parse().unwrap();
        }
    };
    // keep draining stderr so the server never blocks on a full pipe
    std::thread::spawn(move || for _ in lines {});
    Server { child, port, startup }
}

/// A raw HTTP/1.1 GET; returns (status, body).
fn get(port: u16, path: &str, host: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").unwrap();
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

fn wait_for(mut f: impl FnMut() -> bool) -> Duration {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if f() {
            return start.elapsed();
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("timed out");
}

/// Issue 20: serve builds into memory and says so; it names no output folder it does not write.
#[test]
fn serve_says_it_builds_into_memory() {
    let s = TestSite::basic();
    let server = start(&s);
    let said = server.startup.join("\n");
    assert!(said.contains("Built 9 pages (en 6, sv 3)") && said.contains("into memory"), "{said}");
    assert!(!said.contains('→') && !said.contains("public"), "{said}");
    assert!(!s.root.join("public").exists(), "serve writes nothing");
}

#[test]
fn serves_rebuilds_and_reloads() {
    let site = TestSite::basic();
    site.write("content/en/guides/draft.md", "+++\ntitle = \"Work in progress\"\ndraft = true\n+++\n");
    let server = start(&site);
    let host = format!("127.0.0.1:{}", server.port);
    let (status, body) = get(server.port, "/en/guides/complain/", &host);
    assert_eq!(status, 200);
    assert!(body.contains("__helpgen/livereload.js"), "reload script injected in serve");
    assert!(!body.contains("https://example.org/help/"), "canonical URLs point at the local server");
    // no service worker in serve (issue 24): pages would be served from a cache while editing
    assert!(body.contains("assets/helpgen.js\" defer>") && !body.contains("data-sw"), "serve pages register no worker");
    assert_eq!(get(server.port, "/sw.js", &host).0, 404, "serve writes no sw.js");
    // drafts are shown in serve, marked
    let (status, draft) = get(server.port, "/en/guides/draft/", &host);
    assert_eq!(status, 200);
    assert!(draft.contains("badge-draft"));
    // nothing was written to disk
    assert!(!site.root.join("public").exists());

    // subscribe to events, then edit a page
    let mut events = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(events, "GET /__helpgen/events HTTP/1.1\r\nHost: {host}\r\n\r\n").unwrap();
    events.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    site.write("content/en/guides/other.md", "+++\ntitle = \"Edited live\"\n+++\nNew text.\n");
    let took = wait_for(|| get(server.port, "/en/guides/other/", &host).1.contains("Edited live"));
    println!("edit visible after {} ms", took.as_millis());
    let mut seen = String::new();
    let mut buf = [0u8; 4096];
    while !seen.contains("event: reload") {
        let n = events.read(&mut buf).expect("event stream");
        assert!(n > 0, "stream closed");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }

    // break the site: the last good page stays, the error is sent to the browser
    site.write("content/en/guides/other.md", "+++\ntitle = \"Broken\"\nkind = \"blog\"\n+++\n");
    while !seen.contains("event: error") {
        let n = events.read(&mut buf).expect("event stream");
        assert!(n > 0, "stream closed");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    assert!(seen.contains("content/en/guides/other.md:3"), "{seen}");
    assert!(get(server.port, "/en/guides/other/", &host).1.contains("Edited live"));
}

#[test]
fn refuses_foreign_hosts_and_paths_outside_the_output() {
    let site = TestSite::basic();
    site.write("secret.txt", "do not serve");
    // symbolic links to the secret from the places whose files are served
    #[cfg(unix)]
    for link in ["static/leak.txt", "content/en/guides/leak.txt", "themes/default/static/leak.txt"] {
        std::fs::create_dir_all(site.root.join(link).parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(site.root.join("secret.txt"), site.root.join(link)).unwrap();
    }
    let server = start(&site);
    let host = format!("127.0.0.1:{}", server.port);
    assert_eq!(get(server.port, "/", &format!("localhost:{}", server.port)).0, 200);
    assert_eq!(get(server.port, "/", "evil.example.com").0, 403, "DNS rebinding");
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/en/%2E%2E/%2E%2E/secret.txt",
        "/helpgen.toml",
        "//etc/passwd",
        "/leak.txt",
        "/en/guides/leak.txt",
    ] {
        let (status, body) = get(server.port, path, &host);
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("do not serve") && !body.contains("base_url"), "{path}");
    }
    let (status, body) = get(server.port, "/sv/missing/", &host);
    assert_eq!(status, 404);
    assert!(body.contains("lang=\"sv\""), "the language's 404 page");
}
