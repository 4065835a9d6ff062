//! `helpgen serve`: builds the site into memory, serves it on a loopback port, rebuilds when a
//! source changes (debounced file watching) and reloads open pages through server-sent events. A
//! failed rebuild keeps the last good site served and shows the error in the browser as an overlay.
//!
//! The request loop owns the site; the watcher thread sends it finished builds over a channel, so
//! no lock guards the site. Only files of the in-memory output are served: no path can reach disk.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

use notify_debouncer_full::notify::RecursiveMode;
use tiny_http::{Header, Request, Response, Server};

use crate::diagnostics::Diagnostics;
use crate::incremental::{self, Live, Outcome};
use crate::{BuildOptions, BuildReport};

/// What `helpgen serve` was asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
}

/// Messages from the watcher to the request loop.
enum Update {
    /// A full build: the whole site.
    Built(BTreeMap<String, Vec<u8>>, Box<BuildReport>),
    /// Files to replace after an edit; `reload` when the edit's pages changed (not for the steps
    /// that catch up later); a message for the terminal, if any.
    Patched {
        files: BTreeMap<String, Vec<u8>>,
        message: Option<String>,
        reload: bool,
    },
    Failed(Diagnostics),
}

/// How long the watcher waits for a burst of file events (an editor's save) to end.
const DEBOUNCE: Duration = Duration::from_millis(30);

const RELOAD_JS: &str = include_str!("serve_livereload.js");

/// The last outcome, as the browser sees it.
struct State {
    files: BTreeMap<String, Vec<u8>>,
    error: Option<String>,
    clients: Vec<Sender<String>>,
}

/// Runs the server until the process is stopped. Returns an error message if it cannot start.
pub fn serve(opts: &ServeOptions, on_event: &dyn Fn(&str)) -> Result<(), String> {
    let server = Server::http(SocketAddr::new(opts.bind, opts.port))
        .map_err(|e| format!("cannot listen on {}:{}: {e}", opts.bind, opts.port))?;
    let port = server.server_addr().to_ip().map(|a| a.port()).unwrap_or(opts.port);
    let base_url = format!("http://{}:{port}/", host_for(opts.bind));
    let build_opts = BuildOptions {
        root: opts.root.clone(),
        output: None,
        base_url: Some(base_url.clone()),
        include_drafts: true,
        live_reload: true,
        strict: false,
        progress: None,
    };

    let (tx, rx) = channel::<Update>();
    let mut state = State { files: BTreeMap::new(), error: None, clients: vec![] };
    let live = match Live::build(&build_opts) {
        Ok((live, out, report)) => {
            on_event(&format!("{}\nServing on {base_url} (Ctrl+C to stop)", report.summary_in_memory()));
            state.files = out.files;
            Some(live)
        }
        Err(d) => {
            on_event(&render_plain(&d));
            on_event(&format!("Serving the error page on {base_url} until the problem is fixed"));
            state.error = Some(render_plain(&d));
            None
        }
    };
    let _watcher = watch(&opts.root, build_opts, live, tx)?;
    let allowed_hosts = allowed_hosts(opts.bind, port);
    loop {
        match rx.try_recv() {
            Ok(update) => apply(&mut state, update, on_event),
            Err(std::sync::mpsc::TryRecvError::Empty) => {}
            Err(std::sync::mpsc::TryRecvError::Disconnected) => return Err("the file watcher stopped".into()),
        }
        match server.recv_timeout(Duration::from_millis(50)) {
            Ok(Some(req)) => handle(req, &mut state, &allowed_hosts),
            Ok(None) => {}
            Err(e) => return Err(format!("server error: {e}")),
        }
    }
}

fn host_for(bind: IpAddr) -> String {
    match bind {
        IpAddr::V6(v6) => format!("[{v6}]"),
        IpAddr::V4(v4) if v4.is_unspecified() => "127.0.0.1".into(),
        v4 => v4.to_string(),
    }
}

/// Host headers the server answers to: the loopback names and the bound address (DNS rebinding).
fn allowed_hosts(bind: IpAddr, port: u16) -> Vec<String> {
    let mut hosts: Vec<String> = ["127.0.0.1", "localhost", "[::1]"].iter().map(|h| format!("{h}:{port}")).collect();
    hosts.push(format!("{}:{port}", host_for(bind)));
    hosts
}

fn apply(state: &mut State, update: Update, on_event: &dyn Fn(&str)) {
    let message = match update {
        Update::Built(files, report) => {
            on_event(&format!("Rebuilt in {} ms (everything)", report.elapsed.as_millis()));
            state.files = files;
            state.error = None;
            "reload".to_string()
        }
        Update::Patched { files, message, reload } => {
            if let Some(m) = &message {
                on_event(m);
            }
            state.files.extend(files);
            if !reload {
                return;
            }
            state.error = None;
            "reload".to_string()
        }
        Update::Failed(d) => {
            let text = render_plain(&d);
            on_event(&text);
            state.error = Some(text.clone());
            format!("error\n{}", serde_json::to_string(&text).expect("json"))
        }
    };
    state.clients.retain(|c| c.send(message.clone()).is_ok());
}

fn render_plain(d: &Diagnostics) -> String {
    d.0.iter().map(|x| x.render(false)).collect::<Vec<_>>().join("\n")
}

/// Watches the project's sources and sends a finished rebuild for each burst of changes: a patch
/// of the pages an edit touched when it can (see `incremental`), else a full build. What an edit
/// leaves for later (lists on every page of a language, the search index) follows once no more
/// changes are waiting, without another reload.
fn watch(root: &Path, opts: BuildOptions, live: Option<Live>, tx: Sender<Update>) -> Result<impl Drop, String> {
    let (events_tx, events_rx) = channel();
    let mut debouncer = notify_debouncer_full::new_debouncer(DEBOUNCE, None, events_tx)
        .map_err(|e| format!("cannot watch files: {e}"))?;
    for name in ["content", "locales", "themes", "static", "templates", "data"] {
        let dir = root.join(name);
        if dir.is_dir() {
            debouncer
                .watch(&dir, RecursiveMode::Recursive)
                .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        }
    }
    debouncer
        .watch(root.join(crate::config::CONFIG_FILE), RecursiveMode::NonRecursive)
        .map_err(|e| format!("cannot watch helpgen.toml: {e}"))?;
    std::thread::spawn(move || {
        let mut live = live;
        let mut failed = live.is_none();
        // time and pages of the catch-up steps since the last edit
        let mut caught_up = (Duration::ZERO, 0);
        loop {
            let behind = live.as_ref().is_some_and(Live::behind);
            let result = if !behind {
                match events_rx.recv() {
                    Ok(r) => r,
                    Err(_) => break,
                }
            } else {
                match events_rx.recv_timeout(Duration::ZERO) {
                    Ok(r) => r,
                    Err(RecvTimeoutError::Timeout) => {
                        // nothing else waiting: one step of what the last edits left for later
                        let l = live.as_mut().expect("behind");
                        let update = match l.catch_up_step() {
                            Ok(step) => {
                                caught_up.0 += step.elapsed;
                                caught_up.1 += step.rendered;
                                let message = (!l.behind()).then(|| {
                                    let done = format!(
                                        "Caught up in {} ms (re-rendered {} more pages; search index updated)",
                                        caught_up.0.as_millis(),
                                        caught_up.1
                                    );
                                    caught_up = (Duration::ZERO, 0);
                                    done
                                });
                                Update::Patched { files: step.files.files, message, reload: false }
                            }
                            Err(d) => Update::Failed(d),
                        };
                        if tx.send(update).is_err() {
                            break;
                        }
                        continue;
                    }
                    Err(RecvTimeoutError::Disconnected) => break,
                }
            };
            let paths: Option<Vec<PathBuf>> = match &result {
                Ok(events) => {
                    let set: BTreeSet<PathBuf> =
                        events.iter().filter(|e| !e.kind.is_access()).flat_map(|e| e.paths.iter().cloned()).collect();
                    if set.is_empty() {
                        continue;
                    }
                    Some(set.into_iter().collect())
                }
                Err(_) => None,
            };
            let outcome = match (&mut live, paths) {
                (Some(l), Some(paths)) => l.update(&paths),
                _ => Live::build(&opts).map(|(l, out, report)| Outcome::Full(Box::new(l), out, report)),
            };
            let update = match outcome {
                Ok(Outcome::Full(l, out, report)) => {
                    live = Some(*l);
                    Update::Built(out.files, Box::new(report))
                }
                // nothing changed (a touch, a save of the same text): no reload, unless it fixed an error
                Ok(Outcome::Patch(patch)) if patch.rendered == 0 && !failed => continue,
                Ok(Outcome::Patch(patch)) => {
                    let message = Some(incremental::describe(&patch));
                    Update::Patched { files: patch.files.files, message, reload: true }
                }
                Err(d) => Update::Failed(d),
            };
            failed = matches!(update, Update::Failed(_));
            if tx.send(update).is_err() {
                break;
            }
        }
    });
    Ok(debouncer)
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("valid header")
}

fn handle(req: Request, state: &mut State, allowed_hosts: &[String]) {
    let host = req.headers().iter().find(|h| h.field.equiv("Host")).map(|h| h.value.as_str().to_string());
    if host.as_ref().is_none_or(|h| !allowed_hosts.iter().any(|a| a.eq_ignore_ascii_case(h))) {
        let _ = req.respond(Response::from_string("Forbidden: unknown Host header").with_status_code(403));
        return;
    }
    let path = req.url().split(['?', '#']).next().unwrap_or("/").to_string();
    if path == "/__helpgen/events" {
        let (tx, rx) = channel();
        if let Some(err) = &state.error {
            let _ = tx.send(format!("error\n{}", serde_json::to_string(err).expect("json")));
        }
        state.clients.push(tx);
        std::thread::spawn(move || {
            // tiny_http buffers chunked bodies; an event stream must reach the browser at once, so
            // write the response by hand and flush after every event.
            let mut w = req.into_writer();
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: keep-alive\r\n\r\n";
            if w.write_all(head.as_bytes()).and_then(|_| w.flush()).is_err() {
                return;
            }
            let mut stream = EventStream { rx };
            while let Some(event) = stream.next_event() {
                if w.write_all(event.as_bytes()).and_then(|_| w.flush()).is_err() {
                    break;
                }
            }
        });
        return;
    }
    if path == "/__helpgen/livereload.js" {
        let _ = req.respond(
            Response::from_string(RELOAD_JS).with_header(header("Content-Type", "text/javascript; charset=utf-8")),
        );
        return;
    }
    let (status, body, file) = match resolve(&path, &state.files) {
        Some((file, bytes)) => (200, bytes.clone(), file),
        None => {
            let file = not_found_page(&path, &state.files);
            (404, state.files.get(&file).cloned().unwrap_or_else(|| b"Not found".to_vec()), file)
        }
    };
    let response = Response::from_data(body)
        .with_status_code(status)
        .with_header(header("Content-Type", content_type(&file)))
        .with_header(header("Cache-Control", "no-store"));
    let _ = req.respond(response);
}

/// Maps a request path to a file of the output. `..`, encoded or not, never matches anything.
pub fn resolve<'a>(path: &str, files: &'a BTreeMap<String, Vec<u8>>) -> Option<(String, &'a Vec<u8>)> {
    let decoded = percent_decode(path)?;
    let rel = decoded.trim_start_matches('/');
    if rel.split('/').any(|seg| seg == ".." || seg == "." || seg.contains('\\')) || rel.contains('\0') {
        return None;
    }
    let candidates = if rel.is_empty() || rel.ends_with('/') {
        vec![format!("{rel}index.html")]
    } else {
        vec![rel.to_string(), format!("{rel}/index.html")]
    };
    candidates.into_iter().find_map(|c| files.get(&c).map(|b| (c, b)))
}

fn not_found_page(path: &str, files: &BTreeMap<String, Vec<u8>>) -> String {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let lang_404 = format!("{first}/404.html");
    if !first.is_empty() && files.contains_key(&lang_404) { lang_404 } else { "404.html".to_string() }
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

pub fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// A server-sent event stream fed by a channel; ends when the sender is dropped.
struct EventStream {
    rx: Receiver<String>,
}

impl EventStream {
    /// The next event as written on the wire, a keep-alive comment every 15 s, `None` at the end.
    fn next_event(&mut self) -> Option<String> {
        match self.rx.recv_timeout(Duration::from_secs(15)) {
            Ok(msg) => {
                let (name, data) = msg.split_once('\n').unwrap_or((msg.as_str(), ""));
                Some(format!("event: {name}\ndata: {}\n\n", if data.is_empty() { "1" } else { data }))
            }
            Err(RecvTimeoutError::Timeout) => Some(": keep-alive\n\n".to_string()),
            Err(RecvTimeoutError::Disconnected) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_output_files_are_reachable() {
        let mut files = BTreeMap::new();
        files.insert("index.html".to_string(), b"root".to_vec());
        files.insert("sv/index.html".to_string(), b"sv".to_vec());
        files.insert("sv/a b/index.html".to_string(), b"space".to_vec());
        assert_eq!(resolve("/", &files).unwrap().1, b"root");
        assert_eq!(resolve("/sv", &files).unwrap().1, b"sv");
        assert_eq!(resolve("/sv/", &files).unwrap().1, b"sv");
        assert_eq!(resolve("/sv/a%20b/", &files).unwrap().1, b"space");
        for bad in [
            "/../etc/passwd",
            "/sv/../index.html",
            "/%2e%2e/x",
            "/sv/%2E%2E/index.html",
            "/%zz",
            "//etc/passwd",
            "/..%2f..%2fetc",
        ] {
            assert!(resolve(bad, &files).is_none(), "{bad}");
        }
    }

    #[test]
    fn answers_only_to_its_own_host_names() {
        let hosts = allowed_hosts("127.0.0.1".parse().unwrap(), 1111);
        assert!(hosts.contains(&"localhost:1111".to_string()));
        assert!(!hosts.iter().any(|h| h.starts_with("evil.example")));
    }
}
