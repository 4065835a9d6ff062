//! File-system helpers that put the path into every I/O error, so that a message always says which
//! file could not be read or written.

use std::io;
use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;

/// An I/O error with the path it concerns.
#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", path.display())]
pub struct FsError {
    pub path: PathBuf,
    #[source]
    pub source: io::Error,
}

impl FsError {
    pub fn new(path: &Path, source: io::Error) -> Self {
        FsError { path: path.to_path_buf(), source }
    }

    /// The error as a diagnostic on a file that a walk of the project found, its path shown below
    /// `root`. Such a file that is gone when read was deleted or moved while helpgen was building.
    pub fn diagnostic(&self, root: &Path) -> Diagnostic {
        let shown = crate::diagnostics::display_path(root, &self.path);
        if self.source.kind() == io::ErrorKind::NotFound {
            return Diagnostic::error(shown, "the file was deleted or moved while helpgen was reading the project")
                .hint("run the build again once the files have settled; if it was deleted on purpose, fix the links to it");
        }
        Diagnostic::error(shown, self.source.to_string())
    }
}

pub fn read(path: &Path) -> Result<Vec<u8>, FsError> {
    std::fs::read(path).map_err(|e| FsError::new(path, e))
}

/// Reads a UTF-8 text file; invalid UTF-8 is an error that says at which byte it starts.
pub fn read_text(path: &Path) -> Result<String, FsError> {
    let bytes = read(path)?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
        FsError::new(
            path,
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("line {line}: the file is not valid UTF-8 (byte {at}); save it as UTF-8"),
            ),
        )
    })
}

pub fn write(path: &Path, bytes: &[u8]) -> Result<(), FsError> {
    if let Some(parent) = path.parent() {
        create_dir_all(parent)?;
    }
    std::fs::write(path, bytes).map_err(|e| FsError::new(path, e))
}

pub fn create_dir_all(path: &Path) -> Result<(), FsError> {
    std::fs::create_dir_all(path).map_err(|e| FsError::new(path, e))
}

pub fn rename(from: &Path, to: &Path) -> Result<(), FsError> {
    std::fs::rename(from, to).map_err(|e| FsError::new(from, e))
}

pub fn remove_dir_all(path: &Path) -> Result<(), FsError> {
    match std::fs::remove_dir_all(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(FsError::new(path, e)),
        _ => Ok(()),
    }
}

/// As `remove_dir_all`, the folder's entries removed side by side on rayon's threads (a built site
/// has a folder per language, so this takes about half the time on two cores). Symbolic links are
/// removed, never followed.
pub fn remove_dir_all_parallel(path: &Path) -> Result<(), FsError> {
    use rayon::prelude::*;
    let entries: Vec<std::fs::DirEntry> = match std::fs::read_dir(path) {
        Ok(list) => list.collect::<Result<_, _>>().map_err(|e| FsError::new(path, e))?,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(FsError::new(path, e)),
    };
    entries.par_iter().try_for_each(|entry| {
        let p = entry.path();
        // `file_type` does not follow a link: a link to a folder is removed as a file
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            remove_dir_all(&p)
        } else {
            match std::fs::remove_file(&p) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => Err(FsError::new(&p, e)),
                _ => Ok(()),
            }
        }
    })?;
    remove_dir_all(path)
}

/// Path as a `/`-separated string, for URLs and messages that must not differ by platform.
pub fn slash_path(path: &Path) -> String {
    path.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}
