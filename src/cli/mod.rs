//! The subcommands' output: Swedish tables for people, JSON and CSV for programs.
//!
//! Every function here returns a `String` (or writes to a `Write`), so tests check exactly
//! what a user sees; `main.rs` only parses arguments and maps results to exit codes.

pub mod app;
pub mod args;
pub mod bench;
pub mod compare;
pub mod decide;
pub mod explain;
pub mod export;
pub mod import;
pub mod optimise;
pub mod rank;
pub mod report;
pub mod serve;
pub mod stability;
pub mod sweep;
pub mod user;
pub mod validate;

use std::path::{Path, PathBuf};

use crate::problem::Problem;

/// How a data command prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Aligned Swedish tables for people.
    #[default]
    #[value(help = crate::text::cli::FORMAT_TABLE.text())]
    Table,
    /// Stable JSON for programs.
    #[value(help = crate::text::cli::FORMAT_JSON.text())]
    Json,
    /// CSV with `,` and a decimal point, for programs.
    #[value(help = crate::text::cli::FORMAT_CSV.text())]
    Csv,
}

/// The shipped scenario: `scenarios/2021/bas.yaml` in the current folder, or else in the
/// folder the program was built from (so `cargo run` works from anywhere in the checkout).
pub fn default_scenario() -> PathBuf {
    let relative = Path::new("scenarios").join("2021").join("bas.yaml");
    if relative.is_file() {
        return relative;
    }
    let built = Path::new(env!("CARGO_MANIFEST_DIR")).join(&relative);
    if built.is_file() { built } else { relative }
}

/// The shipped data folder (with `scenarios/` and `strategies/`): the current folder when it
/// has them, or else the folder the program was built from.
pub(crate) fn default_data() -> PathBuf {
    if Path::new("scenarios").is_dir() && Path::new("strategies").is_dir() {
        return PathBuf::from(".");
    }
    let built = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    if built.join("scenarios").is_dir() {
        built
    } else {
        PathBuf::from(".")
    }
}

/// Why a file named on the command line cannot be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum OutputRefused {
    /// Its extension does not match the format written (a usage error).
    Extension(String),
    /// It exists and `--force` was not given.
    Exists(String),
}

/// Checks a file the user asked a command to write, before any work is done: its extension
/// must be one of `extensions` (lower case, without the dot), and an existing file is
/// replaced only with `force`.
pub(crate) fn check_output(
    path: &Path,
    extensions: &[&str],
    force: bool,
) -> Result<(), OutputRefused> {
    let shown = path.display().to_string();
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase)
        .unwrap_or_default();
    if !extensions.contains(&ext.as_str()) {
        return Err(OutputRefused::Extension(
            crate::text::output::wrong_extension(&shown, extensions),
        ));
    }
    if path.is_dir() {
        return Err(OutputRefused::Exists(crate::text::output::is_directory(
            &shown,
        )));
    }
    if path.exists() && !force {
        return Err(OutputRefused::Exists(crate::text::output::exists(&shown)));
    }
    Ok(())
}

/// Writes a file the user named (checked by [`check_output`]): a new file is created only if
/// none has appeared meanwhile; with `force` an existing one is replaced and kept as
/// `….forra`. Returns a line to tell when a previous version was kept.
pub(crate) fn write_output(
    path: &Path,
    bytes: &[u8],
    force: bool,
) -> Result<Option<String>, String> {
    let shown = path.display().to_string();
    // What an earlier run killed mid-write left in this folder goes first.
    if let Some(folder) = path.parent() {
        crate::files::write::remove_stale(if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        });
    }
    let failed = |e: std::io::Error| crate::text::output::cannot_write(&shown, &e);
    if force {
        let kept = crate::files::write::keeping_previous(path, bytes).map_err(failed)?;
        Ok(kept.then(|| {
            crate::text::output::kept_previous(
                &crate::files::write::previous(path).display().to_string(),
            )
        }))
    } else {
        match crate::files::write::new_file(path, bytes) {
            Ok(()) => Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                Err(crate::text::output::exists(&shown))
            }
            Err(e) => Err(failed(e)),
        }
    }
}

/// Rounds for JSON: `decimals` decimals, as a number.
pub(crate) fn round(value: f64, decimals: i32) -> f64 {
    let unit = 10f64.powi(decimals);
    (value * unit).round() / unit
}

/// Column alignment in a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// The width tables are fitted to, in characters; `None`: as wide as they need (output to a
/// pipe or a file, and in tests). Set once by `main`.
static WIDTH: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();

/// Fits every table printed from now on to `width` characters (the terminal's).
pub fn set_width(width: Option<usize>) {
    let _ = WIDTH.set(width.map(|w| w.max(40)));
}

/// The width to fit tables to: `COLUMNS` when set to a number, else the terminal's when
/// standard output is one, else none (full width when piped).
pub fn terminal_width() -> Option<usize> {
    if let Some(columns) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
    {
        return Some(columns);
    }
    if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        return console::Term::stdout()
            .size_checked()
            .map(|(_, columns)| usize::from(columns));
    }
    None
}

/// Output for people fitted to the terminal's width (see [`set_width`]): a line longer than
/// it is broken at spaces, its continuation indented under its text. Tables are fitted
/// already; this takes care of sentences and lists.
pub fn fit_lines(text: &str) -> String {
    let Some(width) = WIDTH.get().copied().flatten() else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        if body.chars().count() <= width {
            out.push_str(line);
            continue;
        }
        let indent = body.chars().take_while(|c| *c == ' ').count();
        // Continuation lines hang two places in, under the text (and past a bullet).
        let hang = indent + 2;
        let rest: String = body.chars().skip(indent).collect();
        let first = width.saturating_sub(indent).max(20);
        let wrapped = wrap(&rest, first);
        let mut lines = wrapped.into_iter();
        if let Some(head) = lines.next() {
            out.push_str(&" ".repeat(indent));
            out.push_str(&head);
            out.push('\n');
        }
        // The remaining text rewrapped to the narrower hanging width.
        let tail: Vec<String> = lines.collect();
        if !tail.is_empty() {
            for l in wrap(&tail.join(" "), width.saturating_sub(hang).max(20)) {
                out.push_str(&" ".repeat(hang));
                out.push_str(&l);
                out.push('\n');
            }
        }
        if end.is_empty() && out.ends_with('\n') {
            out.pop();
        }
    }
    out
}

/// The narrowest a wrapped text column becomes before columns are hidden …
const COMFORTABLE: usize = 24;
/// … and after, when nothing more may be hidden.
const MIN_WRAPPED: usize = 12;

/// Renders rows under headers with columns padded to the widest cell (counted in characters,
/// so å, ä and ö take one place each), fitted to the terminal's width: long text columns
/// (left-aligned) wrap onto more lines first; if that is not enough, columns are hidden from
/// the right (never the first two), and a line under the table names them.
pub fn table<H: AsRef<str>>(headers: &[H], align: &[Align], rows: &[Vec<String>]) -> String {
    let order: Vec<usize> = (2..headers.len()).rev().collect();
    table_hiding(headers, align, rows, &order)
}

/// [`table`] hiding columns, when it must, in the order given (indices into `headers`).
pub(crate) fn table_hiding<H: AsRef<str>>(
    headers: &[H],
    align: &[Align],
    rows: &[Vec<String>],
    hide_order: &[usize],
) -> String {
    let headers: Vec<&str> = headers.iter().map(AsRef::as_ref).collect();
    let headers = headers.as_slice();
    let n = headers.len();
    let natural: Vec<usize> = (0..n)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.chars().count())
                .chain(std::iter::once(headers[i].chars().count()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let limit = WIDTH.get().copied().flatten();
    let mut shown: Vec<usize> = (0..n).collect();
    let mut widths = natural.clone();
    let mut hidden: Vec<usize> = Vec::new();
    let mut order = hide_order.iter().copied();
    if let Some(limit) = limit {
        // Text columns wrap down to a comfortable width; past that, columns are hidden in
        // order; only when nothing more may be hidden do text columns narrow further.
        loop {
            widths = fit(&shown, &natural, headers, align, limit, COMFORTABLE);
            let total: usize =
                shown.iter().map(|&i| widths[i]).sum::<usize>() + 2 * shown.len().saturating_sub(1);
            if total <= limit {
                break;
            }
            let next = if shown.len() > 2 {
                order.by_ref().find(|i| shown.contains(i))
            } else {
                None
            };
            match next {
                Some(i) => {
                    shown.retain(|&c| c != i);
                    hidden.push(i);
                }
                None => {
                    widths = fit(&shown, &natural, headers, align, limit, MIN_WRAPPED);
                    break;
                }
            }
        }
    }
    let line = |cells: &[String]| -> String {
        let mut out = String::new();
        for (k, (&i, cell)) in shown.iter().zip(cells).enumerate() {
            let pad = widths[i].saturating_sub(cell.chars().count());
            if k > 0 {
                out.push_str("  ");
            }
            if align.get(i) == Some(&Align::Right) {
                out.push_str(&" ".repeat(pad));
                out.push_str(cell);
            } else {
                out.push_str(cell);
                out.push_str(&" ".repeat(pad));
            }
        }
        out.trim_end().to_string()
    };
    // A row as one or more lines: each shown cell wrapped to its column's width.
    let lines_of = |cells: &[&str]| -> Vec<String> {
        let wrapped: Vec<Vec<String>> = shown
            .iter()
            .map(|&i| wrap(cells.get(i).copied().unwrap_or(""), widths[i]))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        (0..height)
            .map(|l| {
                let parts: Vec<String> = wrapped
                    .iter()
                    .map(|w| w.get(l).cloned().unwrap_or_default())
                    .collect();
                line(&parts)
            })
            .collect()
    };
    let mut out = String::new();
    for l in lines_of(headers) {
        out.push_str(&l);
        out.push('\n');
    }
    let rule: Vec<String> = shown.iter().map(|&i| "─".repeat(widths[i])).collect();
    out.push_str(&line(&rule));
    out.push('\n');
    for row in rows {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        for l in lines_of(&cells) {
            out.push_str(&l);
            out.push('\n');
        }
    }
    if !hidden.is_empty() {
        hidden.sort_unstable();
        let names: Vec<&str> = hidden.iter().map(|&i| headers[i]).collect();
        out.push_str(&crate::text::cli::hidden_columns(&names));
        out.push('\n');
    }
    out
}

/// Column widths for the shown columns within `limit`: left-aligned (text) columns are
/// narrowed, the widest first, down to `least` (or their header's longest word).
fn fit(
    shown: &[usize],
    natural: &[usize],
    headers: &[&str],
    align: &[Align],
    limit: usize,
    least: usize,
) -> Vec<usize> {
    let mut widths = natural.to_vec();
    let total = |w: &[usize]| {
        shown.iter().map(|&i| w[i]).sum::<usize>() + 2 * shown.len().saturating_sub(1)
    };
    let floor = |i: usize| {
        let word = headers[i]
            .split_whitespace()
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0);
        least.max(word).min(natural[i])
    };
    while total(&widths) > limit {
        let widest = shown
            .iter()
            .copied()
            .filter(|&i| align.get(i) != Some(&Align::Right) && widths[i] > floor(i))
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)));
        let Some(i) = widest else { break };
        widths[i] -= 1;
    }
    widths
}

/// Text broken into lines of at most `width` characters, at spaces where it can be (a word
/// longer than the width is cut).
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    if width == 0 || text.chars().count() <= width {
        return vec![text.to_string()];
    }
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split(' ') {
        let mut word = word.to_string();
        loop {
            let used = current.chars().count();
            let needed = word.chars().count() + usize::from(used > 0);
            if used + needed <= width {
                if used > 0 {
                    current.push(' ');
                }
                current.push_str(&word);
                break;
            }
            if used > 0 {
                lines.push(std::mem::take(&mut current));
                continue;
            }
            // A word longer than a whole line: cut it.
            let head: String = word.chars().take(width).collect();
            word = word.chars().skip(width).collect();
            lines.push(head);
            if word.is_empty() {
                break;
            }
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// Cuts a title for a table column.
pub fn cut(text: &str, max: usize) -> String {
    crate::files::yaml::shorten(text, max.saturating_sub(1))
}

/// Problems as lines `file:line:column: message`, one per problem.
pub(crate) fn problem_lines(problems: &[Problem]) -> String {
    let mut out = String::new();
    for p in problems {
        out.push_str(&p.to_string());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_wraps_at_spaces_and_cuts_only_overlong_words() {
        assert_eq!(
            wrap("Samverkan kring cykelturism", 12),
            ["Samverkan", "kring", "cykelturism"]
        );
        assert_eq!(wrap("kort", 12), ["kort"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        for line in wrap("Ett välmående Västmanland → 50,0 p och mer text här", 10) {
            assert!(line.chars().count() <= 10, "{line}");
        }
    }

    #[test]
    fn tables_align_by_characters() {
        let t = table(
            &["Kommun", "Belopp"],
            &[Align::Left, Align::Right],
            &[
                vec!["Köping".into(), "1 200 000 kr".into()],
                vec!["Sala".into(), "5 kr".into()],
            ],
        );
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines[2], "Köping  1 200 000 kr");
        assert_eq!(lines[3], "Sala            5 kr");
    }
}
