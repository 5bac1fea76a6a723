//! The `anslag` command: parses the command line, hands over to the library
//! ([`anslag::cli::app`]) and turns the result into an exit code.

use std::io::Write;
use std::process::ExitCode;

use anslag::cli::app::{self, Args, Failure};
use anslag::cli::{self, Format};
use anslag::problem::Problem;
use anslag::text::cli as msg;

fn main() -> ExitCode {
    use clap::FromArgMatches;
    let argv: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    anslag::i18n::set_default(app::language(&argv));
    let command = app::command_line();
    let called = cli::args::called_as(&command, &argv);
    let parsed = command
        .try_get_matches()
        .and_then(|matches| Args::from_arg_matches(&matches));
    let args = match parsed {
        Ok(args) => args,
        Err(e) => return argument_failure(&e, &called),
    };
    let format = args.command.format();
    cli::set_width(cli::terminal_width());
    match app::run(args.command) {
        Ok(output) if format == Format::Table => emit(&cli::fit_lines(&output), ExitCode::SUCCESS),
        Ok(output) => emit(&output, ExitCode::SUCCESS),
        Err(Failure {
            stdout,
            stderr,
            code,
        }) => {
            // Programs that asked for JSON get every failure as JSON, not only problems in
            // files: a message without a place has an empty file and line 0.
            let stdout = if stdout.is_empty() && format == Format::Json {
                let problem = Problem::error(
                    anslag::problem::Loc::new("".into(), 0, 0),
                    "",
                    stderr.trim_end(),
                );
                app::problems_json(std::slice::from_ref(&problem))
            } else {
                stdout
            };
            let _ = std::io::stderr().write_all(stderr.as_bytes());
            emit(&stdout, ExitCode::from(code))
        }
    }
}

/// Help and version as clap writes them (their words are Swedish already); an error in the
/// command line told in Swedish, with exit code 2 as clap gives it.
fn argument_failure(e: &clap::Error, called: &str) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
        }
        _ => {
            let _ = std::io::stderr().write_all(cli::args::argument_error(e, called).as_bytes());
            ExitCode::from(2)
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
            eprintln!("{}", msg::output_failed(&anslag::text::os::io_error(&e)));
            ExitCode::from(1)
        }
    }
}
