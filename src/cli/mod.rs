//! The subcommands' output: Swedish tables for people, JSON and CSV for programs.
//!
//! Every function here returns a `String` (or writes to a `Write`), so tests check exactly
//! what a user sees; `main.rs` only parses arguments and maps results to exit codes.

pub mod args;
pub mod bench;
pub mod compare;
pub mod explain;
pub mod optimise;
pub mod rank;
pub mod stability;
pub mod sweep;
pub mod validate;

use std::path::{Path, PathBuf};

use crate::problem::Problem;

/// How a data command prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Aligned Swedish tables for people.
    #[default]
    #[value(help = crate::text::cli::FORMAT_TABLE)]
    Table,
    /// Stable JSON for programs.
    #[value(help = crate::text::cli::FORMAT_JSON)]
    Json,
    /// CSV with `,` and a decimal point, for programs.
    #[value(help = crate::text::cli::FORMAT_CSV)]
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
pub fn default_data() -> PathBuf {
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
pub enum OutputRefused {
    /// Its extension does not match the format written (a usage error).
    Extension(String),
    /// It exists and `--force` was not given.
    Exists(String),
}

impl OutputRefused {
    pub fn message(&self) -> &str {
        match self {
            OutputRefused::Extension(m) | OutputRefused::Exists(m) => m,
        }
    }
}

/// Checks a file the user asked a command to write, before any work is done: its extension
/// must be one of `extensions` (lower case, without the dot), and an existing file is
/// replaced only with `force`.
pub fn check_output(path: &Path, extensions: &[&str], force: bool) -> Result<(), OutputRefused> {
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
pub fn write_output(path: &Path, bytes: &[u8], force: bool) -> Result<Option<String>, String> {
    let shown = path.display().to_string();
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

/// A number the Swedish way with `decimals` decimals: `80,8`.
pub fn sv_number(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    let text = if text.starts_with('-') && text.trim_start_matches(['-', '0', '.']).is_empty() {
        text.trim_start_matches('-').to_string()
    } else {
        text
    };
    let (int_part, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text, None),
    };
    let (sign, digits) = match int_part.strip_prefix('-') {
        Some(d) => ("−", d.to_string()),
        None => ("", int_part),
    };
    let chars: Vec<char> = digits.chars().collect();
    let mut grouped = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(3) && chars.len() > 4 {
            grouped.push(' ');
        }
        grouped.push(*c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped},{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A share as a Swedish percentage: `50 %`, `33,3 %`.
pub fn sv_percent(share: f64) -> String {
    let p = share * 100.0;
    if (p - p.round()).abs() < 0.05 {
        format!("{} %", sv_number(p.round(), 0))
    } else {
        format!("{} %", sv_number(p, 1))
    }
}

/// Rounds for JSON: `decimals` decimals, as a number.
pub fn round(value: f64, decimals: i32) -> f64 {
    let unit = 10f64.powi(decimals);
    (value * unit).round() / unit
}

/// Column alignment in a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// Renders rows under headers with columns padded to the widest cell (counted in characters,
/// so å, ä and ö take one place each).
pub fn table(headers: &[&str], align: &[Align], rows: &[Vec<String>]) -> String {
    let n = headers.len();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(n) {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let pad = widths[i].saturating_sub(cell.chars().count());
            let right = align.get(i) == Some(&Align::Right);
            if i > 0 {
                out.push_str("  ");
            }
            if right {
                out.push_str(&" ".repeat(pad));
                out.push_str(cell);
            } else {
                out.push_str(cell);
                if i + 1 < cells.len() {
                    out.push_str(&" ".repeat(pad));
                }
            }
        }
        out.trim_end().to_string()
    };
    let mut out = String::new();
    out.push_str(&line(headers.to_vec()));
    out.push('\n');
    let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
    out.push_str(&line(rule.iter().map(String::as_str).collect()));
    out.push('\n');
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
        out.push('\n');
    }
    out
}

/// Cuts a title for a table column.
pub fn cut(text: &str, max: usize) -> String {
    crate::files::yaml::shorten(text, max.saturating_sub(1))
}

/// Problems as lines `file:line:column: message`, one per problem.
pub fn problem_lines(problems: &[Problem]) -> String {
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
    fn numbers_are_swedish() {
        assert_eq!(sv_number(80.84, 1), "80,8");
        assert_eq!(sv_number(1234567.0, 0), "1 234 567");
        assert_eq!(sv_number(1234.0, 0), "1234");
        assert_eq!(sv_number(-0.01, 1), "0,0");
        assert_eq!(sv_number(-12.5, 1), "−12,5");
        assert_eq!(sv_percent(0.5), "50 %");
        assert_eq!(sv_percent(1.0 / 3.0), "33,3 %");
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
