//! Assessments edited in the browser, kept safe: they go to an overlay file beside the
//! applications (`ansokningar.bedomningar.yaml`), never into the hand-written file. Each save
//! checks a version token (a hash of the overlay as the page saw it) and refuses to overwrite a
//! newer change; the write is atomic (temporary file, fsync, rename) and keeps the previous
//! version (`….yaml.forra`); every save is appended to an audit log (`….logg.csv`: when, who,
//! which application, what, why).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::files;
use crate::files::yaml::Kind;
use crate::files::yaml::{quoted, scalar};
use crate::text::web as t;

/// One application's assessment as the overlay holds it (text as written, checked on load).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entry {
    pub links: Option<Vec<(String, String)>>,
    pub agenda2030: Option<Vec<(String, String)>>,
    pub criteria: Option<Vec<(String, String)>>,
    pub status: Option<String>,
}

/// The version token of a file's bytes (FNV-1a, 64 bits, hex): equal bytes, equal token.
pub fn token(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The overlay's current bytes (empty when there is none yet).
pub fn current(path: &Path) -> std::io::Result<Vec<u8>> {
    match std::fs::read(path) {
        Ok(b) => Ok(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

/// Reads the overlay's entries by id (the loader checks them; here only their shape matters).
pub fn entries(bytes: &[u8], path: &Path) -> BTreeMap<String, Entry> {
    let mut out = BTreeMap::new();
    let Ok(text) = std::str::from_utf8(bytes) else {
        return out;
    };
    let mut d = crate::problem::Diag::new();
    let file: std::sync::Arc<str> = std::sync::Arc::from(path.display().to_string().as_str());
    let Some(root) = files::parse_yaml(text, &file, &mut d) else {
        return out;
    };
    let Kind::Seq(items) = &root.kind else {
        return out;
    };
    for item in items {
        let Some(entries) = item.entries() else {
            continue;
        };
        let get = |key: &str| {
            entries
                .iter()
                .find(|(k, _)| k.scalar() == Some(key))
                .map(|(_, v)| v)
        };
        let Some(id) = get("id").and_then(|n| n.scalar()) else {
            continue;
        };
        let pairs = |key: &str| {
            get(key).and_then(|n| n.entries()).map(|list| {
                list.iter()
                    .filter_map(|(k, v)| Some((k.scalar()?.to_string(), v.scalar()?.to_string())))
                    .collect::<Vec<_>>()
            })
        };
        out.insert(
            id.to_string(),
            Entry {
                links: pairs("links"),
                agenda2030: pairs("agenda2030"),
                criteria: pairs("criteria"),
                status: get("status").and_then(|n| n.scalar()).map(str::to_string),
            },
        );
    }
    out
}

/// The overlay file's text.
pub fn render(entries: &BTreeMap<String, Entry>) -> String {
    let mut out = String::from(t::OVERLAY_HEADER);
    for (id, e) in entries {
        out.push_str(&format!("- id: {}\n", quoted(id)));
        for (key, list) in [
            ("links", &e.links),
            ("agenda2030", &e.agenda2030),
            ("criteria", &e.criteria),
        ] {
            if let Some(list) = list {
                let items: Vec<String> = list
                    .iter()
                    .map(|(k, v)| format!("{}: {}", quoted(k), scalar(v)))
                    .collect();
                out.push_str(&format!("  {key}: {{ {} }}\n", items.join(", ")));
            }
        }
        if let Some(s) = &e.status {
            out.push_str(&format!("  status: {}\n", scalar(s)));
        }
    }
    out
}

/// The audit log beside the overlay.
pub fn log_path(overlay: &Path) -> PathBuf {
    let name = overlay
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    overlay.with_file_name(format!("{}.logg.csv", name.trim_end_matches(".yaml")))
}

/// Appends one line to the audit log (created with a header): when, who, what, why, with text
/// that a spreadsheet would run as a formula defused as in exports.
pub fn audit(overlay: &Path, who: &str, id: &str, what: &str, why: &str) -> std::io::Result<()> {
    let path = log_path(overlay);
    let new = !path.exists();
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)?;
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    if new {
        w.write_record(t::AUDIT_HEADER)?;
    }
    // The log is opened in Excel too: what people typed must not become a formula.
    let safe = crate::export::safe_text;
    w.write_record([now(), safe(who), safe(id), safe(what), safe(why)])?;
    let bytes = w
        .into_inner()
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    file.write_all(&bytes)?;
    file.sync_all()
}

/// The time now in UTC, `2026-11-27T19:05:00Z`.
fn now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let date = crate::date::Date::from_unix_days((secs / 86_400) as i64)
        .map_or_else(|| "1970-01-01".to_string(), |d| d.to_string());
    let rest = secs % 86_400;
    format!(
        "{date}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_differ_when_bytes_differ() {
        assert_eq!(token(b""), token(b""));
        assert_ne!(token(b"a"), token(b"b"));
    }

    #[test]
    fn the_overlay_round_trips() {
        let mut m = BTreeMap::new();
        m.insert(
            "2021-0004".to_string(),
            Entry {
                links: Some(vec![("kpv.matchning".into(), "3".into())]),
                agenda2030: Some(vec![("4".into(), "3".into())]),
                criteria: None,
                status: Some("under_beredning".into()),
            },
        );
        let text = render(&m);
        assert_eq!(entries(text.as_bytes(), Path::new("x.yaml")), m);
    }

    #[test]
    fn now_is_an_iso_time() {
        let n = now();
        assert_eq!(n.len(), 20);
        assert!(n.ends_with('Z') && n.starts_with("20"));
    }

    #[test]
    fn the_audit_log_defuses_what_a_spreadsheet_would_run() {
        let dir = tempfile::tempdir().expect("dir");
        let overlay = dir.path().join("ansokningar.bedomningar.yaml");
        audit(
            &overlay,
            "=HYPERLINK(\"http://x\")",
            "2021-0004",
            "status",
            "+1 ok",
        )
        .expect("log");
        let log = std::fs::read_to_string(log_path(&overlay)).expect("read");
        let line = log.lines().nth(1).expect("a line");
        assert!(
            line.contains(";\"'=HYPERLINK(\"\"http://x\"\")\";"),
            "{line}"
        );
        assert!(line.ends_with(";'+1 ok"), "{line}");
    }
}
