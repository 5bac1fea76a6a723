//! Writing files so that no reader and no crash ever sees half of one: every write goes to a
//! temporary file in the same folder (`.NAME.tmp-PID`), is synced, and is then renamed (or,
//! for a file that must not exist yet, linked) into place; the folder is synced after.
//!
//! The previous version of a replaced file is kept as `NAME.forra` by a hard link to the old
//! file renamed into place (or, where links are not supported, a synced copy renamed into
//! place), so `.forra` is always either the whole previous version or the one before: never
//! empty or torn, whenever the process is killed.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The folder a path is in (`.` for a bare name).
fn folder(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The temporary file this process writes `path` through.
fn temporary(path: &Path, what: &str) -> PathBuf {
    folder(path).join(format!(
        ".{}{what}.tmp-{}",
        file_name(path),
        std::process::id()
    ))
}

/// The previous version kept beside `path`: `NAME.forra`.
pub fn previous(path: &Path) -> PathBuf {
    path.with_file_name(format!("{}.forra", file_name(path)))
}

/// Writes `bytes` to a new temporary file beside `path`, synced, and returns its name.
fn staged(path: &Path, bytes: &[u8], private: bool) -> std::io::Result<PathBuf> {
    let tmp = temporary(path, "");
    // A leftover of an earlier run with this process id would keep its mode: start afresh.
    let _ = std::fs::remove_file(&tmp);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if private {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = private;
    let result = options.open(&tmp).and_then(|mut f| {
        f.write_all(bytes)?;
        f.sync_all()
    });
    match result {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Syncs a folder, so that a rename in it survives a power cut (best effort: not every
/// system can open a folder).
fn sync_folder(path: &Path) {
    if let Ok(d) = std::fs::File::open(folder(path)) {
        let _ = d.sync_all();
    }
}

/// Replaces (or creates) `path` with `bytes` atomically, for secrets: on Unix the file is
/// readable by its owner only from the moment it is created, not only after the rename.
pub fn private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    replace(path, bytes, true)
}

fn replace(path: &Path, bytes: &[u8], private: bool) -> std::io::Result<()> {
    let tmp = staged(path, bytes, private)?;
    let result = std::fs::rename(&tmp, path);
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    sync_folder(path);
    result
}

/// Replaces `path` with `bytes` atomically and keeps the version it replaces as
/// `NAME.forra` (replacing an older `.forra`). Returns whether there was one to keep.
pub(crate) fn keeping_previous(path: &Path, bytes: &[u8]) -> std::io::Result<bool> {
    let tmp = staged(path, bytes, false)?;
    let result = (|| {
        let kept = if path.is_file() {
            keep(path)?;
            true
        } else {
            false
        };
        std::fs::rename(&tmp, path)?;
        Ok(kept)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    sync_folder(path);
    result
}

/// Makes `NAME.forra` the current content of `path`, atomically.
fn keep(path: &Path) -> std::io::Result<()> {
    let tmp = temporary(path, ".forra");
    let _ = std::fs::remove_file(&tmp);
    // A second name for the same file costs nothing and cannot be torn; where the file
    // system has no links, a synced copy does the same job.
    if std::fs::hard_link(path, &tmp).is_err() {
        let copied = std::fs::copy(path, &tmp)
            .and_then(|_| std::fs::OpenOptions::new().write(true).open(&tmp))
            .and_then(|f| f.sync_all());
        if let Err(e) = copied {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
    }
    let renamed = std::fs::rename(&tmp, previous(path));
    if renamed.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    renamed
}

/// Creates `path` with `bytes`, atomically, only if no file of that name exists: an existing
/// file is never overwritten, not even by a race (the error is then `AlreadyExists`).
pub(crate) fn new_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if path.exists() {
        return Err(std::io::ErrorKind::AlreadyExists.into());
    }
    let tmp = staged(path, bytes, false)?;
    // hard_link fails if the target exists; without links, create_new does the same check.
    let result = match std::fs::hard_link(&tmp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
        Err(_) => std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .and_then(|mut f| {
                f.write_all(bytes)?;
                f.sync_all()
            }),
    };
    let _ = std::fs::remove_file(&tmp);
    sync_folder(path);
    result
}

/// Removes the temporary files that an interrupted write of another process left in
/// `dir` (`.NAME.tmp-PID` where no process PID runs any more). Returns how many went.
pub(crate) fn remove_stale(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = stale_pid(&name) else {
            continue;
        };
        if pid != std::process::id()
            && !running(pid)
            && entry.file_type().is_ok_and(|t| t.is_file())
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// The process id in a temporary file's name `.NAME.tmp-PID`.
fn stale_pid(name: &str) -> Option<u32> {
    if !name.starts_with('.') {
        return None;
    }
    let (_, pid) = name.rsplit_once(".tmp-")?;
    pid.parse().ok()
}

/// Whether a process with this id runs (on systems without `/proc`, assume it does: a
/// temporary file too many is better than one removed under a writer).
fn running(pid: u32) -> bool {
    let proc = Path::new("/proc");
    !proc.is_dir() || proc.join(pid.to_string()).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeping_previous_keeps_the_whole_previous_version() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.yaml");
        assert!(!keeping_previous(&path, b"one").expect("written"));
        assert!(!previous(&path).exists());
        assert!(keeping_previous(&path, b"two").expect("written"));
        assert!(keeping_previous(&path, b"three").expect("written"));
        assert_eq!(std::fs::read(&path).expect("read"), b"three");
        assert_eq!(std::fs::read(previous(&path)).expect("read"), b"two");
        // Nothing temporary is left, and the two names are two files.
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
        // Replacing without keeping the previous version leaves `.forra` as it was.
        replace(&path, b"four", false).expect("written");
        assert_eq!(std::fs::read(previous(&path)).expect("read"), b"two");
    }

    #[test]
    fn new_file_never_overwrites() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("b.yaml");
        new_file(&path, b"first").expect("created");
        let e = new_file(&path, b"second").expect_err("exists");
        assert_eq!(e.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&path).expect("read"), b"first");
        assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 1);
    }

    #[test]
    fn stale_temporary_files_of_dead_processes_are_removed() {
        let dir = tempfile::tempdir().expect("temp dir");
        // Process ids on Linux stay below 2^22: this one cannot run.
        let dead = dir.path().join(".a.yaml.tmp-4999999");
        let mine = dir
            .path()
            .join(format!(".a.yaml.tmp-{}", std::process::id()));
        let other = dir.path().join("a.yaml.tmp-4999999");
        for p in [&dead, &mine, &other] {
            std::fs::write(p, b"x").expect("write");
        }
        assert_eq!(
            remove_stale(dir.path()),
            usize::from(cfg!(target_os = "linux"))
        );
        assert_eq!(dead.exists(), !cfg!(target_os = "linux"));
        assert!(mine.exists() && other.exists());
    }

    #[cfg(unix)]
    #[test]
    fn private_files_are_the_owners_alone() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("konton.yaml");
        private(&path, b"secret").expect("written");
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
