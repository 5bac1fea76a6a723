//! `anslag validate`: loads scenarios and everything they name, and prints every problem.

use std::path::{Path, PathBuf};

use crate::cli::app::Failure;
use crate::cli::{Format, problem_lines};
use crate::portfolio::Portfolio;
use crate::problem::{Problem, ProblemJson};
use crate::text::cli as msg;

/// `anslag validate`: its arguments.
#[derive(clap::Args)]
pub struct Args {
    pub scenarios: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Table, help = crate::text::cli::FORMAT_HELP.text())]
    pub format: Format,
}

/// Runs `anslag validate`.
pub fn run(args: Args) -> Result<String, Failure> {
    let Args { scenarios, format } = args;
    let paths = if scenarios.is_empty() {
        vec![crate::cli::default_scenario()]
    } else {
        scenarios
    };
    let refs: Vec<&std::path::Path> = paths.iter().map(PathBuf::as_path).collect();
    let report = report(&refs, format).map_err(Failure::message)?;
    if report.has_errors {
        Err(Failure {
            stdout: if format == Format::Table {
                String::new()
            } else {
                report.output.clone()
            },
            stderr: if format == Format::Table {
                report.output
            } else {
                String::new()
            },
            code: 1,
        })
    } else {
        Ok(report.output)
    }
}

/// The outcome of validating some scenarios: what to print and whether any error was found.
pub struct Report {
    pub output: String,
    pub has_errors: bool,
}

/// Validates each scenario; problems of all of them are reported together.
pub(crate) fn report(paths: &[&Path], format: Format) -> Result<Report, String> {
    let mut problems: Vec<Problem> = Vec::new();
    let mut summaries: Vec<String> = Vec::new();
    for path in paths {
        match Portfolio::load(path) {
            Ok(p) => {
                summaries.push(msg::validate_ok(
                    &path.display().to_string(),
                    p.applications.len(),
                    p.warnings.len(),
                ));
                problems.extend(p.warnings);
            }
            Err(found) => problems.extend(found),
        }
    }
    problems.dedup();
    let has_errors = problems.iter().any(Problem::is_error);
    let output = match format {
        Format::Json => {
            let list: Vec<ProblemJson<'_>> = problems.iter().map(ProblemJson::from).collect();
            serde_json::to_string_pretty(&list).map_err(|e| e.to_string())? + "\n"
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(["file", "line", "column", "key", "message", "severity"])
                .map_err(|e| e.to_string())?;
            for p in &problems {
                let j = ProblemJson::from(p);
                let severity = if p.is_error() { "error" } else { "warning" };
                w.write_record([
                    j.file,
                    &j.line.to_string(),
                    &j.column.to_string(),
                    j.key,
                    &j.message,
                    severity,
                ])
                .map_err(|e| e.to_string())?;
            }
            String::from_utf8(w.into_inner().map_err(|e| e.to_string())?)
                .map_err(|e| e.to_string())?
        }
        Format::Table => {
            let mut out = problem_lines(&problems);
            let errors = problems.iter().filter(|p| p.is_error()).count();
            if !problems.is_empty() {
                out.push_str(&msg::problems_summary(errors, problems.len() - errors));
                out.push('\n');
            }
            for s in summaries {
                out.push_str(&s);
                out.push('\n');
            }
            out
        }
    };
    Ok(Report { output, has_errors })
}
