//! A minimal feedback receiver for the browser tests, the one README.md documents: it takes the
//! `application/x-www-form-urlencoded` POSTs of "Was this helpful?" and of searches that found nothing,
//! keeps them in memory, answers a script's request (`via=fetch`) with 200 and CORS, and sends a reader
//! without JavaScript back to the form's `return` URL (303) when it lies on the site. `GET /log` returns
//! what it received as JSON lines; `POST /fail?n=N` makes the next N posts fail with 500.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Default)]
struct State {
    received: Vec<BTreeMap<String, String>>,
    fail_next: usize,
    /// Every request's cookie header, to show none is ever sent.
    cookies: Vec<String>,
}

pub struct Receiver {
    pub url: String,
    state: Arc<Mutex<State>>,
}

impl Receiver {
    /// Listens on a free 127.0.0.1 port; `site` is the only prefix a `return` URL may have.
    pub fn start(site: String) -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/feedback", listener.local_addr().unwrap());
        let state = Arc::new(Mutex::new(State::default()));
        let st = state.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let (st, site) = (st.clone(), site.clone());
                std::thread::spawn(move || {
                    let _ = handle(conn, &st, &site);
                });
            }
        });
        Receiver { url, state }
    }

    pub fn received(&self) -> Vec<BTreeMap<String, String>> {
        self.state.lock().unwrap().received.clone()
    }

    pub fn cookies(&self) -> Vec<String> {
        self.state.lock().unwrap().cookies.clone()
    }
}

fn decode(s: &str) -> String {
    let b = s.replace('+', " ");
    let b = b.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && let Some(v) = b.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok())
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn form(body: &str) -> BTreeMap<String, String> {
    body.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn handle(conn: TcpStream, state: &Mutex<State>, site: &str) -> std::io::Result<()> {
    conn.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(conn.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut length = 0;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h == "\r\n" || h == "\n" {
            break;
        }
        let lower = h.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
        if lower.starts_with("cookie:") {
            state.lock().unwrap().cookies.push(h.trim().to_string());
        }
    }
    let mut body = vec![0; length.min(1 << 20)];
    reader.read_exact(&mut body)?;
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let cors = "Access-Control-Allow-Origin: *\r\n";
    let reply = match (method, target) {
        ("GET", "/log") => {
            let log: Vec<String> =
                state.lock().unwrap().received.iter().map(|r| serde_json::to_string(r).unwrap()).collect();
            format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{cors}Content-Length: {}\r\nConnection: close\r\n\r\n{}",
                log.join("\n").len(),
                log.join("\n")
            )
        }
        ("POST", t) if t.starts_with("/fail?n=") => {
            state.lock().unwrap().fail_next = t["/fail?n=".len()..].parse().unwrap_or(1);
            "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n".to_string()
        }
        ("POST", "/feedback") => {
            let fields = form(&String::from_utf8_lossy(&body));
            let mut st = state.lock().unwrap();
            if st.fail_next > 0 {
                st.fail_next -= 1;
                format!(
                    "HTTP/1.1 500 Internal Server Error\r\n{cors}Content-Length: 6\r\nConnection: close\r\n\r\nbroken"
                )
            } else {
                let back = fields.get("return").filter(|r| r.starts_with(site)).cloned();
                let by_script = fields.get("via").map(String::as_str) == Some("fetch");
                st.received.push(fields);
                match back {
                    Some(url) if !by_script => {
                        format!(
                            "HTTP/1.1 303 See Other\r\nLocation: {url}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        )
                    }
                    _ => format!(
                        "HTTP/1.1 200 OK\r\n{cors}Content-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                    ),
                }
            }
        }
        _ => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string(),
    };
    let mut conn = conn;
    conn.write_all(reply.as_bytes())?;
    conn.flush()
}
