//! Offline reading (issue 24): `sw.js` at the site's root, a service worker that keeps the pages a
//! reader opened and their language's search index (the script is `src/offline/sw.js`). This module
//! gives it the two things only the build knows: the files of every language's index, and the build's
//! name, a content hash of the index and the theme's static files, so that a new build is a new
//! `sw.js` (browsers install it on the next visit, and it deletes the old caches). Pages are not in the
//! hash: the worker fetches them from the network first. `helpgen serve` writes no worker.

use std::collections::BTreeMap;
use std::hash::Hasher;

use siphasher::sip::SipHasher13;

/// The worker's source, with `__HELPGEN_BUILD__` and `__HELPGEN_INDEX__` to fill in.
const SOURCE: &str = include_str!("offline/sw.js");

/// What the worker needs to know of the built files, collected as they are produced.
#[derive(Debug, Default)]
pub struct Manifest {
    /// Language prefix → (file kind `t`, `q`, `y`, `d` → numbers), from `search/<prefix>/<kind>-<n>.js`.
    index: BTreeMap<String, BTreeMap<String, Vec<u32>>>,
    /// Path → hash of the file's bytes (index files and static files), combined in path order.
    hashes: BTreeMap<String, u64>,
}

fn hash_bytes(bytes: &[u8]) -> u64 {
    // fixed keys: the same bytes give the same name on every machine and toolchain
    let mut h = SipHasher13::new_with_keys(0x6865_6c70, 0x6765_6e31);
    h.write(bytes);
    h.finish()
}

impl Manifest {
    /// Notes a file of the built site; only the search index and the static assets matter.
    pub fn add(&mut self, path: &str, bytes: &[u8]) {
        if let Some(rest) = path.strip_prefix("search/") {
            let Some((prefix, name)) = rest.split_once('/') else { return };
            let number = name.strip_suffix(".js").and_then(|n| n.split_once('-'));
            if let Some((kind, n)) = number
                && let Ok(n) = n.parse::<u32>()
            {
                self.index.entry(prefix.to_string()).or_default().entry(kind.to_string()).or_default().push(n);
            } else {
                self.index.entry(prefix.to_string()).or_default();
            }
        } else if !path.starts_with("assets/") {
            return;
        }
        self.hashes.insert(path.to_string(), hash_bytes(bytes));
    }

    /// Adds another manifest (one language's index built on another thread).
    pub fn merge(&mut self, other: Manifest) {
        for (prefix, kinds) in other.index {
            let mine = self.index.entry(prefix).or_default();
            for (kind, mut ns) in kinds {
                mine.entry(kind).or_default().append(&mut ns);
            }
        }
        self.hashes.extend(other.hashes);
    }

    /// The build's name: 16 hex digits over every noted file's path and hash, and helpgen's version.
    pub fn build_name(&self) -> String {
        let mut h = SipHasher13::new_with_keys(0x6865_6c70, 0x6765_6e31);
        h.write(env!("CARGO_PKG_VERSION").as_bytes());
        for (path, file) in &self.hashes {
            h.write(path.as_bytes());
            h.write_u8(0);
            h.write_u64(*file);
        }
        format!("{:016x}", h.finish())
    }

    /// `sw.js`.
    pub fn service_worker(&self) -> Vec<u8> {
        let mut index = String::from("{");
        for (i, (prefix, kinds)) in self.index.iter().enumerate() {
            if i > 0 {
                index.push(',');
            }
            index.push_str(&serde_json::to_string(prefix).expect("a string"));
            index.push_str(":{");
            for (j, (kind, ns)) in kinds.iter().enumerate() {
                if j > 0 {
                    index.push(',');
                }
                index.push_str(&format!("{}:\"{}\"", serde_json::to_string(kind).expect("a string"), ranges(ns)));
            }
            index.push('}');
        }
        index.push('}');
        SOURCE.replace("__HELPGEN_BUILD__", &self.build_name()).replace("__HELPGEN_INDEX__", &index).into_bytes()
    }
}

/// `0-3,5,7-8` for 0 1 2 3 5 7 8 (sorted, duplicates dropped).
fn ranges(ns: &[u32]) -> String {
    let mut ns = ns.to_vec();
    ns.sort_unstable();
    ns.dedup();
    let mut out = String::new();
    let mut i = 0;
    while i < ns.len() {
        let start = ns[i];
        while i + 1 < ns.len() && ns[i + 1] == ns[i] + 1 {
            i += 1;
        }
        if !out.is_empty() {
            out.push(',');
        }
        if ns[i] == start {
            out.push_str(&start.to_string())
        } else {
            out.push_str(&format!("{start}-{}", ns[i]))
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_each_languages_index_files_as_ranges() {
        let mut m = Manifest::default();
        for name in ["t-0", "t-1", "t-2", "t-3", "t-5", "d-0", "q-7", "q-8"] {
            m.add(&format!("search/zh-hant/{name}.js"), name.as_bytes());
        }
        m.add("search/zh-hant/meta.js", b"m");
        m.add("en/index.html", b"a page");
        let sw = String::from_utf8(m.service_worker()).unwrap();
        assert!(sw.contains(r#"var INDEX = {"zh-hant":{"d":"0","q":"7-8","t":"0-3,5"}};"#), "{sw}");
        assert!(!sw.contains("__HELPGEN"), "everything filled in");
    }

    #[test]
    fn the_name_changes_with_the_index_and_the_assets_but_not_with_pages() {
        let name = |files: &[(&str, &[u8])]| {
            let mut m = Manifest::default();
            for (p, b) in files {
                m.add(p, b);
            }
            m.build_name()
        };
        let base = name(&[("search/en/t-0.js", b"a"), ("assets/helpgen.css", b"x")]);
        assert_eq!(base, name(&[("assets/helpgen.css", b"x"), ("search/en/t-0.js", b"a"), ("en/index.html", b"p")]));
        assert_ne!(base, name(&[("search/en/t-0.js", b"b"), ("assets/helpgen.css", b"x")]));
        assert_ne!(base, name(&[("search/en/t-0.js", b"a"), ("assets/helpgen.css", b"y")]));
        assert_eq!(base.len(), 16);
    }
}
