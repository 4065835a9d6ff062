//! Output: the built site as a map of site-relative paths to bytes. It can stay in memory (serve)
//! or be written to disk atomically: everything goes to a fresh temporary folder beside the output
//! folder, which is swapped in only when every file was written, so a failed build leaves the
//! previous site untouched and two builds never mix their files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use rayon::prelude::*;

use crate::fs::{self, FsError};

#[derive(Debug, Default, Clone)]
pub struct Output {
    /// Site-relative path (`/`-separated, no leading slash) → content.
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Output {
    pub fn insert(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), bytes.into());
    }

    pub fn total_bytes(&self) -> usize {
        self.files.values().map(Vec::len).sum()
    }

    /// Writes the site to `dir`, replacing what was there only once everything is written.
    pub fn write_atomically(&self, dir: &Path) -> Result<(), FsError> {
        let parent = dir.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(parent)?;
        let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
        // One build swaps at a time: a second build waits here instead of racing the renames.
        let lock_path = parent.join(format!(".{name}.helpgen-lock"));
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| FsError::new(&lock_path, e))?;
        lock.lock().map_err(|e| FsError::new(&lock_path, e))?;
        let unique = unique_suffix();
        let tmp = parent.join(format!(".{name}.helpgen-new-{unique}"));
        if let Err(e) = self.write_all(&tmp) {
            let _ = fs::remove_dir_all(&tmp);
            return Err(e);
        }
        let old = parent.join(format!(".{name}.helpgen-old-{unique}"));
        let had_old = dir.exists();
        if had_old && let Err(e) = fs::rename(dir, &old) {
            let _ = fs::remove_dir_all(&tmp);
            return Err(e);
        }
        if let Err(e) = fs::rename(&tmp, dir) {
            if had_old {
                let _ = fs::rename(&old, dir);
            }
            let _ = fs::remove_dir_all(&tmp);
            return Err(e);
        }
        if had_old {
            fs::remove_dir_all(&old)?;
        }
        drop(lock);
        Ok(())
    }

    fn write_all(&self, dir: &Path) -> Result<(), FsError> {
        fs::create_dir_all(dir)?;
        let dirs: std::collections::BTreeSet<PathBuf> =
            self.files.keys().filter_map(|p| Path::new(p).parent().map(|d| dir.join(d))).collect();
        for d in &dirs {
            fs::create_dir_all(d)?;
        }
        self.files.par_iter().try_for_each(|(path, bytes)| {
            let full = dir.join(path);
            std::fs::write(&full, bytes).map_err(|e| FsError::new(&full, e))
        })
    }
}

/// Process id plus the clock: unique among concurrent builds on one machine.
fn unique_suffix() -> String {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    format!("{}-{nanos}", std::process::id())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_previous_output_whole() {
        let base = std::env::temp_dir().join(format!("helpgen-out-{}", unique_suffix()));
        let dir = base.join("public");
        let mut a = Output::default();
        a.insert("a/index.html", "A");
        a.insert("stale.txt", "old");
        a.write_atomically(&dir).unwrap();
        let mut b = Output::default();
        b.insert("a/index.html", "B");
        b.write_atomically(&dir).unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("a/index.html")).unwrap(), "B");
        assert!(!dir.join("stale.txt").exists());
        let leftovers: Vec<_> = std::fs::read_dir(&base)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !n.ends_with("helpgen-lock"))
            .collect();
        assert_eq!(leftovers, vec!["public".to_string()]);
        std::fs::remove_dir_all(&base).unwrap();
    }
}
