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
    #[arg(long)]
    pub register: bool,
    #[arg(long, requires = "register")]
    pub add: bool,
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
        register,
        add,
    } = args;
    let (file, output) = (file.as_path(), output.as_path());
    use crate::import as imp;
    use crate::text::import as m;
    if register && (mapping.is_some() || scenario.is_some() || skip_invalid) {
        return Err(Failure::message(m::REGISTER_ALONE.to_string()));
    }
    if !add {
        crate::cli::check_output(output, &["yaml", "yml"], force).map_err(Failure::output)?;
    }
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
    if register {
        return run_register(&table, output, add, force);
    }
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
    let mut report = report(&table, &result.problems);
    if result.has_errors() || result.count == 0 && !result.skipped.is_empty() {
        return Err(nothing_written(report, &result, m::nothing_written));
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
    finish(report, kept)
}

/// The report of a written import, with where the previous file was kept, on stderr.
fn finish(mut report: String, kept: Option<String>) -> Result<String, Failure> {
    if let Some(kept) = kept {
        report.push('\n');
        report.push_str(&kept);
    }
    eprintln!("{}", report.trim_end());
    Ok(String::new())
}

/// `anslag import --register`: a sheet of de minimis aid to a register file, or (`--add`)
/// added to the end of an existing one, which must load before and after.
fn run_register(
    table: &crate::import::Table,
    output: &std::path::Path,
    add: bool,
    force: bool,
) -> Result<String, Failure> {
    use crate::text::import as m;
    let out = output.display().to_string();
    let existing = if add {
        // Read once: the text that is appended to is the text that was checked.
        let mut d = crate::problem::Diag::new();
        let text = crate::files::read_text(output, &mut d);
        let file: std::sync::Arc<str> =
            std::sync::Arc::from(crate::files::tidy(output).to_string_lossy().as_ref());
        let register = text.as_deref().and_then(|t| {
            crate::files::parse_yaml(t, &file, &mut d)
                .and_then(|root| crate::files::register::from_node(&root, &mut d))
        });
        match (register, text) {
            (Some(r), Some(text)) if !d.has_errors() => Some((r, text)),
            _ => return Err(Failure::problems(&d.into_sorted(), Format::Table)),
        }
    } else {
        None
    };
    let known = existing.as_ref().map_or(&[][..], |(r, _)| r.aid.as_slice());
    let result = crate::import::register::import(table, known);
    let mut report = report(table, &result.problems);
    if result.has_errors() {
        return Err(nothing_written(
            report,
            &result,
            m::nothing_written_register,
        ));
    }
    if add && result.count == 0 {
        report.push_str(&m::nothing_to_add(&out));
        eprintln!("{}", report.trim_end());
        return Ok(String::new());
    }
    let shown = table.file.clone();
    let text = match &existing {
        Some((register, text)) => crate::import::register::appended(
            text,
            register,
            &m::added_comment(&shown),
            &result.yaml,
        ),
        None => format!(
            "{}\nname: {}\nsource: {}\naid:\n{}",
            crate::files::yaml::comment(&m::register_header_comment(&shown)),
            crate::files::yaml::quoted(&m::register_name(&shown)),
            crate::files::yaml::quoted(&shown),
            result.yaml
        ),
    };
    // What is written must load as a register, with every line it had and every line added.
    if crate::import::register::loads_with(&text, &out, known.len() + result.count).is_none() {
        return Err(Failure::message(m::cannot_add(&out)));
    }
    let kept = crate::cli::write_output(output, text.as_bytes(), force || add)
        .map_err(Failure::message)?;
    report.push_str(&if add {
        m::added(&out, result.count)
    } else {
        m::written_register(&out, result.count)
    });
    finish(report, kept)
}

/// The failure of an import with errors: the report, then how many errors and that nothing
/// was written (`says`).
fn nothing_written(
    mut report: String,
    result: &crate::import::Imported,
    says: fn(usize) -> String,
) -> Failure {
    let errors = result
        .problems
        .iter()
        .filter(|x| x.severity == crate::problem::Severity::Error)
        .count();
    report.push_str(&says(errors));
    report.push('\n');
    Failure {
        stdout: String::new(),
        stderr: report,
        code: 1,
    }
}

/// The problems of an import, one line each at its cell.
fn report(table: &crate::import::Table, problems: &[crate::import::CellProblem]) -> String {
    let mut report = String::new();
    for problem in problems {
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
    report
}
