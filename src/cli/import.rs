//! `anslag import`: a spreadsheet (XLSX or CSV) to an applications file.

use std::path::PathBuf;

use crate::cli::Format;
use crate::cli::app::{Failure, load};

/// `anslag import`: its arguments.
#[derive(clap::Args)]
pub struct Args {
    pub file: PathBuf,
    #[arg(short = 'o', long)]
    pub output: PathBuf,
    #[arg(long)]
    pub mapping: Option<PathBuf>,
    #[arg(long)]
    pub sheet: Option<String>,
    #[arg(long)]
    pub scenario: Option<PathBuf>,
    #[arg(long)]
    pub(crate) skip_invalid: bool,
    #[arg(long)]
    pub force: bool,
}

/// `anslag import`: a spreadsheet to an applications file, every bad cell reported at once.
pub fn run(args: Args) -> Result<String, Failure> {
    let Args {
        file,
        output,
        mapping,
        sheet,
        scenario,
        skip_invalid,
        force,
    } = args;
    let (file, output) = (file.as_path(), output.as_path());
    use crate::import as imp;
    use crate::text::import as m;
    crate::cli::check_output(output, &["yaml", "yml"], force).map_err(Failure::output)?;
    let shown = file.display().to_string();
    let bytes = imp::read_file(file).map_err(|e| Failure::message(format!("{shown}: {e}")))?;
    let ext = file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase)
        .unwrap_or_default();
    let table = match ext.as_str() {
        "csv" => imp::read_csv(&shown, &bytes),
        "xlsx" => imp::read_xlsx(&shown, &bytes, sheet.as_deref()),
        _ => Err(m::UNKNOWN_EXTENSION.to_string()),
    }
    .map_err(|e| Failure::message(format!("{shown}: {e}")))?;
    let mapping = match mapping {
        Some(path) => {
            let mut d = crate::problem::Diag::new();
            let read = imp::read_mapping(&path, &mut d);
            match read {
                Some(map) if !d.has_errors() => map,
                _ => return Err(Failure::problems(&d.into_sorted(), Format::Table)),
            }
        }
        None => imp::Mapping::new(),
    };
    let p = load(scenario, Format::Table)?;
    let result = imp::import(&table, &mapping, &p, skip_invalid);
    let mut report = String::new();
    for problem in &result.problems {
        let label = match problem.severity {
            crate::problem::Severity::Error => "",
            crate::problem::Severity::Warning => crate::text::files::WARNING_PREFIX.text(),
        };
        report.push_str(&format!(
            "{}: {label}{}\n",
            table.place(problem),
            problem.message
        ));
    }
    if result.has_errors() || result.count == 0 && !result.skipped.is_empty() {
        let errors = result
            .problems
            .iter()
            .filter(|x| x.severity == crate::problem::Severity::Error)
            .count();
        report.push_str(&m::nothing_written(errors));
        report.push('\n');
        return Err(Failure {
            stdout: String::new(),
            stderr: report,
            code: 1,
        });
    }
    if !result.skipped.is_empty() {
        let rows: Vec<String> = result
            .skipped
            .iter()
            .map(|(r, id)| format!("{} ({id})", crate::text::import::row(*r)))
            .collect();
        report.push_str(&m::skipped(result.skipped.len(), &rows.join(", ")));
        report.push('\n');
    }
    let text = format!(
        "{}\n{}",
        crate::files::yaml::comment(&m::header_comment(&shown)),
        result.yaml
    );
    let out = output.display().to_string();
    let kept =
        crate::cli::write_output(output, text.as_bytes(), force).map_err(Failure::message)?;
    report.push_str(&m::written(&out, result.count));
    if let Some(kept) = kept {
        report.push('\n');
        report.push_str(&kept);
    }
    eprintln!("{}", report.trim_end());
    Ok(String::new())
}
