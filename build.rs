//! Embeds the default theme (`themes/default/`: templates, static files and the built-in UI strings of
//! every language it knows) into the binary, as a sorted table of paths and bytes that
//! `src/builtin.rs` includes. The table is made from the folder itself, so a file added to the theme
//! is carried without a list to keep in step.

use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let theme = root.join("themes/default");
    println!("cargo:rerun-if-changed=themes/default");
    let mut files = Vec::new();
    collect(&theme, &theme, &mut files);
    files.sort();
    let mut out = String::from("&[\n");
    for rel in &files {
        println!("cargo:rerun-if-changed=themes/default/{rel}");
        let abs = theme.join(rel);
        out.push_str(&format!("    ({rel:?}, include_bytes!({:?}) as &[u8]),\n", abs.display().to_string()));
    }
    out.push_str("]\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("default_theme.rs");
    std::fs::write(&dest, out).expect("write the theme table");
}

/// Every file below `dir` (not starting with `.`), by its `/`-separated path below `base`; folders are
/// also watched so that a new file reruns this script.
fn collect(base: &Path, dir: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("read themes/default").flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = e.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(base, &path, out);
        } else {
            let rel = path.strip_prefix(base).expect("below base");
            out.push(
                rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/"),
            );
        }
    }
}
