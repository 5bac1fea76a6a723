//! The `anslag` command: parses the command line and hands over to the library.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use anslag::cli::{self, Format};
use anslag::portfolio::Portfolio;
use anslag::problem::{Problem, suggestion};
use anslag::text::cli as msg;

#[derive(Parser)]
#[command(name = "anslag", version, about = msg::ABOUT, help_template = msg::HELP_TEMPLATE)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Läser in scenarier med allt de pekar på och visar alla fel och varningar
    Validate {
        /// Scenariofiler (standard: scenarios/2021/bas.yaml)
        scenarios: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Rangordnar ansökningarna med delpoäng, stödberättigande och preliminär beslutsfattare
    Rank {
        /// Scenariofil (standard: scenarios/2021/bas.yaml)
        scenario: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Förklarar en ansökans poäng, regler och beslutsfattare
    Explain {
        /// Ansökans id, t.ex. 2021-0004
        id: String,
        /// Scenariofil (standard: scenarios/2021/bas.yaml)
        #[arg(long)]
        scenario: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(args.command) {
        Ok(output) => emit(&output, ExitCode::SUCCESS),
        Err(Failure { stdout, stderr }) => {
            let _ = std::io::stderr().write_all(stderr.as_bytes());
            emit(&stdout, ExitCode::from(1))
        }
    }
}

/// Writes to stdout; a closed pipe (`anslag rank | head`) is not an error worth a panic.
fn emit(text: &str, code: ExitCode) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => code,
        Err(e) => {
            eprintln!("{}", msg::output_failed(&e.to_string()));
            ExitCode::from(1)
        }
    }
}

/// What to print when a command fails (exit code 1).
struct Failure {
    stdout: String,
    stderr: String,
}

impl Failure {
    fn message(text: String) -> Failure {
        Failure {
            stdout: String::new(),
            stderr: text + "\n",
        }
    }

    fn problems(problems: &[Problem], format: Format) -> Failure {
        let stdout = if format == Format::Json {
            let list: Vec<_> = problems
                .iter()
                .map(anslag::problem::ProblemJson::from)
                .collect();
            serde_json::to_string_pretty(&serde_json::json!({ "problems": list }))
                .unwrap_or_default()
                + "\n"
        } else {
            String::new()
        };
        Failure {
            stdout,
            stderr: cli::problem_lines(problems),
        }
    }
}

fn load(scenario: Option<PathBuf>, format: Format) -> Result<Portfolio, Failure> {
    let path = scenario.unwrap_or_else(cli::default_scenario);
    if !path.exists() {
        return Err(Failure::message(msg::default_missing(
            &path.display().to_string(),
        )));
    }
    let portfolio =
        Portfolio::load(&path).map_err(|problems| Failure::problems(&problems, format))?;
    if !portfolio.warnings.is_empty() && format == Format::Table {
        eprintln!("{}", msg::warnings_hint(portfolio.warnings.len()));
    }
    Ok(portfolio)
}

fn run(command: Command) -> Result<String, Failure> {
    match command {
        Command::Validate { scenarios, format } => {
            let paths = if scenarios.is_empty() {
                vec![cli::default_scenario()]
            } else {
                scenarios
            };
            let refs: Vec<&std::path::Path> = paths.iter().map(PathBuf::as_path).collect();
            let report = cli::validate::run(&refs, format).map_err(Failure::message)?;
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
                })
            } else {
                Ok(report.output)
            }
        }
        Command::Rank { scenario, format } => {
            let p = load(scenario, format)?;
            cli::rank::render(&p, format).map_err(Failure::message)
        }
        Command::Explain {
            id,
            scenario,
            format,
        } => {
            let p = load(scenario, format)?;
            let Some((app, assessment)) = p.application(&id) else {
                let hint = suggestion(&id, p.ids());
                return Err(Failure::message(msg::unknown_application(&id, &hint)));
            };
            cli::explain::render(&p, app, assessment, format).map_err(Failure::message)
        }
    }
}
