//! The command line as a whole: the list of commands (each command's arguments, defaults and
//! run live in its own module, `cli/<command>.rs`), the language, loading a scenario, and what
//! a failure prints. `main.rs` parses, calls [`run`] and turns the result into an exit code.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::cli::{self, Format};
use crate::portfolio::Portfolio;
use crate::problem::Problem;
use crate::text::cli as msg;

#[derive(Parser)]
#[command(
    name = "anslag",
    version,
    about = msg::ABOUT.text()
)]
pub struct Args {
    /// Read by `language` before the command line is built (its help is in that language).
    #[arg(long, value_parser = ["sv", "en"], help = msg::LANG_HELP.text())]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    Validate(cli::validate::Args),
    Rank(cli::rank::Args),
    #[command(alias = "optimize")]
    Optimise(cli::optimise::Args),
    Bench(cli::bench::Args),
    Compare(cli::compare::Args),
    Sweep(cli::sweep::Args),
    Stability(cli::stability::Args),
    Export(cli::export::Args),
    Import(cli::import::Args),
    Serve(cli::serve::Args),
    User(cli::user::Args),
    Explain(cli::explain::Args),
    Decide(cli::decide::Args),
    Report(cli::report::Args),
}

impl Command {
    /// The output format the command was asked for (tables where it has no choice).
    pub fn format(&self) -> Format {
        match self {
            Command::Validate(a) => a.format,
            Command::Rank(a) => a.format,
            Command::Optimise(a) => a.format,
            Command::Compare(a) => a.format,
            Command::Sweep(a) => a.format,
            Command::Stability(a) => a.format,
            Command::Explain(a) => a.format,
            Command::Report(a) => a.format(),
            _ => Format::Table,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SolverArg {
    Microlp,
    Highs,
}

pub(crate) fn backend(solver: SolverArg) -> Result<crate::optimise::Backend, Failure> {
    match solver {
        SolverArg::Microlp => Ok(crate::optimise::Backend::Microlp),
        #[cfg(feature = "highs")]
        SolverArg::Highs => Ok(crate::optimise::Backend::Highs),
        #[cfg(not(feature = "highs"))]
        SolverArg::Highs => Err(Failure::usage(msg::NO_HIGHS.to_string())),
    }
}

/// The command line, in Swedish (clap writes its own words in English).
/// The language asked for: `--lang sv|en` anywhere on the command line, else `LC_ALL`,
/// `LC_MESSAGES` or `LANG` (`en_*` is English), else Swedish.
pub fn language(argv: &[String]) -> crate::i18n::Lang {
    use crate::i18n::Lang;
    let given = argv
        .iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => argv.get(i + 1).cloned(),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        });
    given
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_else(|| Lang::from_environment(|name| std::env::var(name).ok()))
}

pub fn command_line() -> clap::Command {
    use clap::CommandFactory;
    cli::args::localise(Args::command())
}

/// What to print when a command fails (exit code 1).
pub struct Failure {
    pub stdout: String,
    pub stderr: String,
    /// 1 for bad input, 2 for a command used wrongly.
    pub code: u8,
}

impl Failure {
    pub(crate) fn message(text: String) -> Failure {
        Failure {
            stdout: String::new(),
            stderr: text + "\n",
            code: 1,
        }
    }

    /// A command used wrongly (exit code 2, as clap gives for its own errors).
    pub(crate) fn usage(text: String) -> Failure {
        Failure {
            code: 2,
            ..Failure::message(text)
        }
    }

    /// A file the user named that cannot be written as asked.
    pub(crate) fn output(refused: cli::OutputRefused) -> Failure {
        match refused {
            cli::OutputRefused::Extension(m) => Failure::usage(m),
            cli::OutputRefused::Exists(m) => Failure::message(m),
        }
    }

    pub(crate) fn problems(problems: &[Problem], format: Format) -> Failure {
        let stdout = if format == Format::Json {
            problems_json(problems)
        } else {
            String::new()
        };
        Failure {
            stdout,
            stderr: cli::problem_lines(problems),
            code: 1,
        }
    }
}

/// Problems as the JSON that `--format json` promises: `{ "problems": [ … ] }`.
pub fn problems_json(problems: &[Problem]) -> String {
    let list: Vec<_> = problems
        .iter()
        .map(crate::problem::ProblemJson::from)
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({ "problems": list })).unwrap_or_default()
        + "\n"
}

pub(crate) fn load(scenario: Option<PathBuf>, format: Format) -> Result<Portfolio, Failure> {
    let given = scenario.is_some();
    let path = scenario.unwrap_or_else(cli::default_scenario);
    if !path.exists() {
        let shown = path.display().to_string();
        let message = if given {
            msg::scenario_missing(&shown)
        } else {
            msg::default_missing(&shown)
        };
        let problem = Problem::error(crate::problem::Loc::file(&shown), "", message.clone());
        return Err(Failure {
            stdout: if format == Format::Json {
                problems_json(std::slice::from_ref(&problem))
            } else {
                String::new()
            },
            ..Failure::message(message)
        });
    }
    let portfolio =
        Portfolio::load(&path).map_err(|problems| Failure::problems(&problems, format))?;
    if !portfolio.warnings.is_empty() && format == Format::Table {
        eprintln!("{}", msg::warnings_hint(portfolio.warnings.len()));
    }
    Ok(portfolio)
}

/// Runs one command: what it prints on success, or how it failed.
pub fn run(command: Command) -> Result<String, Failure> {
    match command {
        Command::Validate(args) => cli::validate::run(args),
        Command::Rank(args) => cli::rank::run(args),
        Command::Optimise(args) => cli::optimise::run(args),
        Command::Bench(args) => cli::bench::run(args),
        Command::Compare(args) => cli::compare::run(args),
        Command::Sweep(args) => cli::sweep::run(args),
        Command::Stability(args) => cli::stability::run(args),
        Command::Export(args) => cli::export::run(args),
        Command::Import(args) => cli::import::run(args),
        Command::Serve(args) => cli::serve::run(args),
        Command::User(args) => cli::user::run(args),
        Command::Explain(args) => cli::explain::run(args),
        Command::Decide(args) => cli::decide::run(args),
        Command::Report(args) => cli::report::run(args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn lang_is_found_anywhere_on_the_command_line() {
        let argv = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            language(&argv(&["anslag", "--lang", "en", "rank"])),
            Lang::En
        );
        assert_eq!(language(&argv(&["anslag", "rank", "--lang=en"])), Lang::En);
        assert_eq!(
            language(&argv(&["anslag", "--lang", "sv", "rank"])),
            Lang::Sv
        );
    }
}
