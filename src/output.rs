//! Output: where the built site goes. `Output` keeps it in memory as a map of site-relative paths to
//! bytes (serve); `Staging` writes files as they are produced (build) into a fresh folder beside the
//! output folder, which is swapped in only when every file was written, so a failed build leaves the
//! previous site untouched, two builds never mix their files, and a build never holds the whole site
//! in memory.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

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
}

/// A build being written: a fresh folder beside the output folder, swapped in by [`Staging::commit`]
/// only when every file was written. Dropped without a commit, it removes its folder and leaves the
/// output as it was. A lock file beside the output makes concurrent builds take turns.
pub struct Staging {
    dir: PathBuf,
    tmp: PathBuf,
    unique: String,
    committed: bool,
    _lock: std::fs::File,
}

impl Staging {
    /// Takes the lock (waiting for another build to finish) and creates the staging folder.
    pub fn begin(dir: &Path) -> Result<Staging, FsError> {
        let parent = dir.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(parent)?;
        let name = folder_name(dir);
        // One build writes and swaps at a time: a second build waits here instead of racing.
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
        fs::create_dir_all(&tmp)?;
        Ok(Staging { dir: dir.to_path_buf(), tmp, unique, committed: false, _lock: lock })
    }

    /// Writes one file (site-relative, `/`-separated path), creating its folders. Callable from
    /// several threads at once.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), FsError> {
        fs::write(&self.tmp.join(rel), bytes)
    }

    /// Swaps the staged site in for the output folder.
    pub fn commit(mut self) -> Result<(), FsError> {
        let parent = self.dir.parent().unwrap_or(Path::new("."));
        let old = parent.join(format!(".{}.helpgen-old-{}", folder_name(&self.dir), self.unique));
        let had_old = self.dir.exists();
        if had_old {
            fs::rename(&self.dir, &old)?;
        }
        if let Err(e) = fs::rename(&self.tmp, &self.dir) {
            if had_old {
                let _ = fs::rename(&old, &self.dir);
            }
            return Err(e);
        }
        self.committed = true;
        if had_old {
            fs::remove_dir_all_parallel(&old)?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.tmp);
        }
    }
}

fn folder_name(dir: &Path) -> String {
    dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into())
}

/// Process id plus the clock: unique among concurrent builds on one machine.
fn unique_suffix() -> String {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    format!("{}-{nanos}", std::process::id())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `out` to `dir` as a build does.
    fn write(out: &Output, dir: &Path) {
        let staging = Staging::begin(dir).unwrap();
        for (path, bytes) in &out.files {
            staging.write(path, bytes).unwrap();
        }
        staging.commit().unwrap();
    }

    /// Beside the output folder nothing is left but it (and the lock file); then cleans up.
    fn assert_only_public_left(base: &Path) {
        let names: Vec<_> = std::fs::read_dir(base)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !n.ends_with("helpgen-lock"))
            .collect();
        assert_eq!(names, vec!["public".to_string()]);
        std::fs::remove_dir_all(base).unwrap();
    }

    #[test]
    fn replaces_the_previous_output_whole() {
        let base = std::env::temp_dir().join(format!("helpgen-out-{}", unique_suffix()));
        let dir = base.join("public");
        let mut a = Output::default();
        a.insert("a/index.html", "A");
        a.insert("stale.txt", "old");
        write(&a, &dir);
        let mut b = Output::default();
        b.insert("a/index.html", "B");
        write(&b, &dir);
        assert_eq!(std::fs::read_to_string(dir.join("a/index.html")).unwrap(), "B");
        assert!(!dir.join("stale.txt").exists());
        assert_only_public_left(&base);
    }

    #[test]
    fn an_abandoned_staging_leaves_the_output_and_no_folder_behind() {
        let base = std::env::temp_dir().join(format!("helpgen-out-{}", unique_suffix()));
        let dir = base.join("public");
        let mut a = Output::default();
        a.insert("index.html", "A");
        write(&a, &dir);
        {
            let staging = Staging::begin(&dir).unwrap();
            staging.write("index.html", b"half").unwrap();
            staging.write("deep/er/page.html", b"half").unwrap();
        }
        assert_eq!(std::fs::read_to_string(dir.join("index.html")).unwrap(), "A");
        assert_only_public_left(&base);
    }

    #[test]
    fn removing_the_previous_output_never_follows_its_links() {
        let base = std::env::temp_dir().join(format!("helpgen-out-{}", unique_suffix()));
        let dir = base.join("public");
        let outside = base.join("keep");
        std::fs::create_dir_all(outside.join("sub")).unwrap();
        std::fs::write(outside.join("sub/file.txt"), "mine").unwrap();
        let mut a = Output::default();
        a.insert("en/index.html", "A");
        a.insert("en/deep/page.html", "A");
        write(&a, &dir);
        // someone linked folders and a file of their own into the built site
        std::os::unix::fs::symlink(&outside, dir.join("linked")).unwrap();
        std::os::unix::fs::symlink(outside.join("sub"), dir.join("en/linked")).unwrap();
        std::os::unix::fs::symlink(outside.join("sub/file.txt"), dir.join("file-link")).unwrap();
        write(&Output::default(), &dir);
        assert_eq!(std::fs::read_to_string(outside.join("sub/file.txt")).unwrap(), "mine");
        assert!(!dir.join("linked").exists() && !dir.join("en").exists());
        std::fs::remove_dir_all(&outside).unwrap();
        assert_only_public_left(&base);
    }
}
