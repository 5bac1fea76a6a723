//! Reading the YAML files into validated domain types, every problem with its place.
//!
//! Two stages, as everywhere in anslag: [`yaml`] turns text into a tree of nodes that know
//! their line and column; the loaders here read the tree into domain types through
//! [`decode`], reporting every problem into a [`Diag`]. Cross-file checks
//! (an application's strategy links, a scenario's locks) happen in `portfolio`.

pub mod accessibility;
pub mod agenda;
pub mod applications;
pub(crate) mod decisions;
pub(crate) mod decode;
pub mod municipalities;
pub mod register;
pub mod rules;
pub mod scenario;
pub mod strategy;
pub(crate) mod write;
pub mod yaml;

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use crate::problem::{Diag, Loc};
use crate::text::files as msg;
use yaml::Node;

/// Files larger than this are refused before parsing (the largest real file is far smaller).
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Reads and parses a YAML file; problems go to `d`. The node's places name the file as
/// given (tidied), so messages match what the user typed.
pub(crate) fn read_yaml(path: &Path, d: &mut Diag) -> Option<Node> {
    let shown: Arc<str> = Arc::from(tidy(path).to_string_lossy().as_ref());
    let text = read_text(path, d)?;
    parse_yaml(&text, &shown, d)
}

/// Reads a data file as UTF-8 text (not a folder, not too large); problems go to `d`.
pub(crate) fn read_text(path: &Path, d: &mut Diag) -> Option<String> {
    let shown: Arc<str> = Arc::from(tidy(path).to_string_lossy().as_ref());
    let loc = Loc::new(shown.clone(), 1, 1);
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => {
            d.error(&loc, "", msg::IS_DIRECTORY);
            return None;
        }
        Ok(meta) if meta.len() > MAX_FILE_BYTES => {
            d.error(&loc, "", msg::FILE_TOO_LARGE);
            return None;
        }
        Ok(_) => {}
        Err(error) => {
            d.error(&loc, "", msg::cannot_read(&error));
            return None;
        }
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            d.error(&loc, "", msg::cannot_read(&error));
            return None;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
            let column =
                String::from_utf8_lossy(valid.rsplit(|b| *b == b'\n').next().unwrap_or(&[]))
                    .chars()
                    .count()
                    + 1;
            d.error(&Loc::new(shown, line, column), "", msg::NOT_UTF8);
            return None;
        }
    };
    Some(text)
}

/// Parses YAML text that claims to come from `file` (used by tests and by the web UI's forms).
pub fn parse_yaml(text: &str, file: &Arc<str>, d: &mut Diag) -> Option<Node> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match yaml::parse(text, file) {
        Ok(mut node) => {
            drop_repeated_keys(&mut node, d);
            Some(node)
        }
        Err(problem) => {
            d.push(problem);
            None
        }
    }
}

/// Reports every key written twice in one mapping, at the second place with the first named,
/// and keeps only the first: in every file, whether a scenario merges it over a base or not,
/// a repeated key is an error and never a silent "the last one wins".
fn drop_repeated_keys(node: &mut Node, d: &mut Diag) {
    match &mut node.kind {
        yaml::Kind::Seq(items) => {
            for item in items {
                drop_repeated_keys(item, d);
            }
        }
        yaml::Kind::Map(entries) => {
            let mut first: std::collections::HashMap<String, Loc> = Default::default();
            entries.retain(|(key, _)| {
                let Some(name) = key.scalar() else {
                    return true;
                };
                match first.get(name) {
                    Some(at) => {
                        d.error(&key.loc, name, msg::repeated_key(name, at));
                        false
                    }
                    None => {
                        first.insert(name.to_string(), key.loc.clone());
                        true
                    }
                }
            });
            for (_, value) in entries {
                drop_repeated_keys(value, d);
            }
        }
        yaml::Kind::Null | yaml::Kind::Scalar { .. } => {}
    }
}

/// Resolves `relative` against the folder of the file at `loc` (paths in a file are relative
/// to that file).
pub(crate) fn resolve(loc: &Loc, relative: &str) -> PathBuf {
    let base = Path::new(&*loc.file).parent().unwrap_or(Path::new(""));
    tidy(&base.join(relative))
}

/// Removes `.` and folds `dir/..` without touching the file system, so messages show
/// `strategies/x.yaml` rather than `scenarios/2021/../../strategies/x.yaml`.
pub(crate) fn tidy(path: &Path) -> PathBuf {
    let mut out: Vec<Component<'_>> = Vec::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir | Component::Prefix(_)) => {}
                _ => out.push(component),
            },
            other => out.push(other),
        }
    }
    if out.is_empty() {
        return PathBuf::from(".");
    }
    out.iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_folds_parent_dirs() {
        assert_eq!(
            tidy(Path::new("scenarios/2021/../../strategies/x.yaml")),
            PathBuf::from("strategies/x.yaml")
        );
        assert_eq!(tidy(Path::new("../a/./b")), PathBuf::from("../a/b"));
        assert_eq!(tidy(Path::new("/a/../../b")), PathBuf::from("/b"));
    }
}
