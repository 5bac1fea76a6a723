//! Assessments edited in the browser, kept safe: they go to an overlay file beside the
//! applications (`ansokningar.bedomningar.yaml`), never into the hand-written file. Each save
//! checks a version token (a hash of the overlay as the page saw it) and refuses to overwrite a
//! newer change; the write is atomic (temporary file, fsync, rename) and keeps the previous
//! version (`….yaml.forra`); every save is appended to an audit log (`….logg.csv`: when, who,
//! which application, what, why, and what it did to the proposal), which the application's
//! page shows as its change log.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::text::web as t;

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
pub(crate) fn current(path: &Path) -> std::io::Result<Vec<u8>> {
    match std::fs::read(path) {
        Ok(b) => Ok(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

/// The audit log beside the overlay.
pub(crate) fn log_path(overlay: &Path) -> PathBuf {
    let name = overlay
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    overlay.with_file_name(format!("{}.logg.csv", name.trim_end_matches(".yaml")))
}

/// Appends one line to the audit log (created with a header): when, who, what, why and the
/// effect on the proposal, with text that a spreadsheet would run as a formula defused as in
/// exports.
pub fn audit(
    overlay: &Path,
    who: &str,
    id: &str,
    what: &str,
    why: &str,
    effect: &str,
) -> std::io::Result<()> {
    audit_with(&t::AUDIT_HEADER, overlay, [who, id, what, why, effect])
}

/// Appends one line to the audit log of `file` (created with `header`): the time, then
/// `fields` (who, what it is about, what, why, the effect).
pub(crate) fn audit_with(
    header: &[&str; 6],
    file: &Path,
    fields: [&str; 5],
) -> std::io::Result<()> {
    let path = log_path(file);
    let new = !path.exists();
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)?;
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    if new {
        w.write_record(header)?;
    }
    // The log is opened in Excel too: what people typed must not become a formula.
    let mut record = vec![now()];
    record.extend(fields.iter().map(|f| crate::export::safe_text(f)));
    w.write_record(&record)?;
    let bytes = w
        .into_inner()
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    file.write_all(&bytes)?;
    file.sync_all()
}

/// A new text for a file read over the applications, judged exactly as loading will judge it
/// in each portfolio of `scenarios` (all that read the same applications): `apply` reads it
/// into a copy of the portfolio's applications, which is then scored and judged again. The
/// errors, each once (those of assembling named by their scenario), and each portfolio
/// rebuilt, in the order given (none where it has errors).
pub(crate) fn judged(
    scenarios: &[&crate::portfolio::Portfolio],
    file: &Path,
    text: &str,
    apply: impl Fn(
        &crate::files::yaml::Node,
        &crate::portfolio::Portfolio,
        &mut [crate::application::Application],
        &mut crate::problem::Diag,
    ),
) -> (Vec<String>, Vec<Option<crate::portfolio::Portfolio>>) {
    let name: std::sync::Arc<str> = std::sync::Arc::from(file.display().to_string().as_str());
    let mut problems: Vec<String> = Vec::new();
    let mut rebuilt = Vec::with_capacity(scenarios.len());
    for q in scenarios {
        let mut d = crate::problem::Diag::new();
        let mut apps = q.applications.clone();
        if let Some(root) = crate::files::parse_yaml(text, &name, &mut d) {
            apply(&root, q, &mut apps, &mut d);
        }
        let mut found: Vec<String> = d
            .into_sorted()
            .into_iter()
            .filter(crate::problem::Problem::is_error)
            .map(|x| x.message.render())
            .collect();
        let mut new = None;
        if found.is_empty() {
            match q.rebuild(q.scenario.clone(), apps) {
                Ok(p) => new = Some(p),
                Err(ps) => found.extend(
                    ps.into_iter()
                        .filter(crate::problem::Problem::is_error)
                        .map(|x| t::in_scenario(&q.scenario.name, &x.message.render())),
                ),
            }
        }
        rebuilt.push(new);
        for m in found {
            if !problems.contains(&m) {
                problems.push(m);
            }
        }
    }
    (problems, rebuilt)
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// UTC, `2026-11-27T19:05:00Z`.
    pub time: String,
    pub who: String,
    pub what: String,
    pub why: String,
    /// What the change did to the proposal (empty in logs written before it was recorded).
    pub effect: String,
}

/// The log's entries for one application (or, in the register's log, one organisation
/// number), oldest first (none when there is no log or it
/// cannot be read: the log is a record, never a reason for a page to fail).
pub(crate) fn entries(overlay: &Path, id: &str) -> Vec<Entry> {
    let Ok(bytes) = std::fs::read(log_path(overlay)) else {
        return Vec::new();
    };
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .has_headers(true)
        .from_reader(bytes.as_slice());
    // What `safe_text` defused is shown as it was typed.
    let plain = |s: Option<&str>| -> String {
        let s = s.unwrap_or("");
        match s.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_string(),
            _ => s.to_string(),
        }
    };
    r.records()
        .filter_map(Result::ok)
        .filter(|rec| plain(rec.get(2)) == id)
        .map(|rec| Entry {
            time: plain(rec.get(0)),
            who: plain(rec.get(1)),
            what: plain(rec.get(3)),
            why: plain(rec.get(4)),
            effect: plain(rec.get(5)),
        })
        .collect()
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
            "-",
        )
        .expect("log");
        let log = std::fs::read_to_string(log_path(&overlay)).expect("read");
        let line = log.lines().nth(1).expect("a line");
        assert!(
            line.contains(";\"'=HYPERLINK(\"\"http://x\"\")\";"),
            "{line}"
        );
        assert!(line.ends_with(";'+1 ok;'-"), "{line}");
        // Read back, the page shows what was typed.
        let read = entries(&overlay, "2021-0004");
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].who, "=HYPERLINK(\"http://x\")");
        assert_eq!(
            (read[0].why.as_str(), read[0].effect.as_str()),
            ("+1 ok", "-")
        );
        assert!(entries(&overlay, "2021-0005").is_empty());
    }
}
