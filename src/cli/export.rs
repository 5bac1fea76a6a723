//! `anslag export`: the ranking, the allocation or a comparison as a spreadsheet.

use std::path::PathBuf;

use crate::cli::Format;
use crate::cli::app::{Failure, load};

/// `anslag export`: its arguments.
#[derive(clap::Args)]
pub struct Args {
    pub scenario: Option<PathBuf>,
    #[arg(long, value_enum)]
    pub what: ExportWhat,
    #[arg(long, value_enum, default_value_t = SheetFormat::Xlsx)]
    pub format: SheetFormat,
    #[arg(short = 'o', long)]
    pub output: PathBuf,
    #[arg(long)]
    pub with: Option<PathBuf>,
    #[arg(long, value_enum)]
    pub pot: Option<crate::cli::sweep::PotArg>,
    #[arg(long)]
    pub force: bool,
    #[arg(long)]
    pub decided: bool,
    #[arg(long)]
    pub year: Option<i32>,
}

/// Runs `anslag export`.
pub fn run(args: Args) -> Result<String, Failure> {
    let Args {
        scenario,
        what,
        format,
        output,
        with,
        pot,
        force,
        decided,
        year,
    } = args;
    use crate::text::export as m;
    let extension = match format {
        // A Pabulib file is its own format, whatever --format says.
        _ if what == ExportWhat::Pabulib => "pb",
        SheetFormat::Xlsx => "xlsx",
        SheetFormat::Csv => "csv",
        SheetFormat::Json => "json",
    };
    match (what, format) {
        (ExportWhat::Giving360, SheetFormat::Xlsx) => {
            return Err(Failure::usage(m::OPEN_FORMAT.to_string()));
        }
        (w, SheetFormat::Json) if w != ExportWhat::Giving360 => {
            return Err(Failure::usage(m::JSON_ONLY_OPEN.to_string()));
        }
        _ => {}
    }
    if (decided || year.is_some()) && what != ExportWhat::Pabulib {
        return Err(Failure::usage(m::DECIDED_ONLY_PABULIB.to_string()));
    }
    if year.is_some() && !decided {
        return Err(Failure::usage(m::YEAR_NEEDS_DECIDED.to_string()));
    }
    if what == ExportWhat::Pabulib && pot.is_none() {
        return Err(Failure::usage(m::PABULIB_NEEDS_POT.to_string()));
    }
    crate::cli::check_output(&output, &[extension], force).map_err(Failure::output)?;
    if what == ExportWhat::Comparison && with.is_none() {
        return Err(Failure::usage(m::COMPARISON_NEEDS_WITH.to_string()));
    }
    let p = load(scenario, Format::Table)?;
    if what == ExportWhat::Giving360 {
        return open_data(&p, format, &output, force);
    }
    if let (ExportWhat::Pabulib, Some(pot)) = (what, pot) {
        let pot = pot.support();
        let text = if decided {
            let year = year.unwrap_or(p.scenario.year);
            let years = crate::report::years(&p);
            if !years.contains(&year) {
                let known = crate::text::report::known_years(&years);
                return Err(Failure::message(
                    crate::text::report::bad_year(year, &known).render(),
                ));
            }
            crate::opendata::pabulib_decided(&p, pot, year)
        } else {
            let a = crate::optimise::optimise(&p, &quick_settings());
            crate::opendata::pabulib(&p, &a, pot)
        };
        let rows: Vec<&str> = text
            .lines()
            .skip_while(|l| *l != "PROJECTS")
            .skip(2)
            .take_while(|l| *l != "VOTES")
            .collect();
        let count = rows.len();
        // `selected` is the fourth field of a project's line (ids and costs hold no `;`).
        let selected = rows
            .iter()
            .filter(|l| l.split(';').nth(3) == Some("1"))
            .count();
        let shown = output.display().to_string();
        let kept =
            crate::cli::write_output(&output, text.as_bytes(), force).map_err(Failure::message)?;
        if decided {
            eprintln!("{}", m::pabulib_decided_written(&shown, count, selected));
        } else {
            eprintln!("{}", m::pabulib_written(&shown, count, selected));
        }
        if let Some(kept) = kept {
            eprintln!("{kept}");
        }
        return Ok(String::new());
    }
    let quick = quick_settings();
    let sheets = match what {
        ExportWhat::Ranking => {
            let a = crate::optimise::optimise(&p, &quick);
            vec![crate::export::ranking(&p, Some(&a))]
        }
        ExportWhat::Allocation => {
            let a = crate::optimise::optimise(&p, &crate::optimise::Settings::default());
            crate::export::allocation(&p, &a)
        }
        ExportWhat::DeMinimis => vec![crate::export::de_minimis_grants(&p)],
        ExportWhat::Giving360 | ExportWhat::Pabulib => {
            return Err(Failure::usage(m::OPEN_FORMAT.to_string()));
        }
        ExportWhat::Comparison => {
            let Some(with) = with else {
                return Err(Failure::message(m::COMPARISON_NEEDS_WITH.to_string()));
            };
            let q = load(Some(with), Format::Table)?;
            let a = crate::optimise::optimise(&p, &quick);
            let b = crate::optimise::optimise(&q, &quick);
            let c = crate::compare::compare(&p, &a, &q, &b);
            crate::export::comparison(&p, &q, &c)
        }
    };
    let bytes = match format {
        SheetFormat::Xlsx | SheetFormat::Json => crate::export::xlsx(&sheets),
        SheetFormat::Csv => {
            if sheets.len() > 1 {
                eprintln!("{}", m::CSV_ONE_SHEET);
            }
            crate::export::csv(&sheets[0])
        }
    }
    .map_err(Failure::message)?;
    let shown = output.display().to_string();
    let kept = crate::cli::write_output(&output, &bytes, force).map_err(Failure::message)?;
    eprintln!("{}", m::written(&shown, sheets[0].rows.len()));
    if let Some(kept) = kept {
        eprintln!("{kept}");
    }
    Ok(String::new())
}

/// The proposal without counterfactuals: what the exports show.
fn quick_settings() -> crate::optimise::Settings {
    crate::optimise::Settings {
        counterfactuals: false,
        ..crate::optimise::Settings::default()
    }
}

/// `anslag export --what 360giving`: the decided grants as 360Giving JSON or CSV.
fn open_data(
    p: &crate::portfolio::Portfolio,
    format: SheetFormat,
    output: &std::path::Path,
    force: bool,
) -> Result<String, Failure> {
    use crate::text::export as m;
    let package = crate::opendata::package(p).map_err(|missing| {
        Failure::message(
            match missing {
                crate::opendata::Missing::Prefix => m::OPEN_NO_PREFIX,
                crate::opendata::Missing::FunderOrgNr => m::OPEN_NO_FUNDER,
            }
            .to_string(),
        )
    })?;
    let count = package["grants"].as_array().map_or(0, Vec::len);
    let undated: Vec<&str> = crate::opendata::undated(p)
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    if !undated.is_empty() {
        eprintln!("{}", m::open_undated(&undated.join(", ")));
    }
    let bytes = match format {
        SheetFormat::Csv => crate::opendata::csv(&package).map_err(Failure::message)?,
        _ => serde_json::to_vec_pretty(&package).map_err(|e| Failure::message(e.to_string()))?,
    };
    let shown = output.display().to_string();
    let kept = crate::cli::write_output(output, &bytes, force).map_err(Failure::message)?;
    eprintln!("{}", m::written_grants(&shown, count));
    if let Some(kept) = kept {
        eprintln!("{kept}");
    }
    Ok(String::new())
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportWhat {
    Ranking,
    Allocation,
    Comparison,
    /// The region's own grants of aid of minor importance, for the national register.
    DeMinimis,
    /// The decided grants as open data in the 360Giving Data Standard.
    #[value(name = "360giving")]
    Giving360,
    /// A pot's proposal as a Pabulib participatory-budgeting file.
    Pabulib,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SheetFormat {
    Xlsx,
    Csv,
    /// Open data only (`--what 360giving`).
    Json,
}
