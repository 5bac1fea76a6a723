//! The command line as a whole: its definition (clap), each command's run, and what a failure
//! prints. `main.rs` parses, calls [`run`] and turns the result into an exit code.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::cli::{self, Format};
use crate::portfolio::Portfolio;
use crate::problem::{Problem, suggestion};
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
pub enum UserAction {
    Add {
        name: String,
        #[arg(long)]
        data: Option<PathBuf>,
    },
    Remove {
        name: String,
        #[arg(long)]
        data: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum Command {
    Validate {
        scenarios: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Table, help = msg::FORMAT_HELP.text())]
        format: Format,
    },
    Rank {
        scenario: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Table, help = msg::FORMAT_HELP.text())]
        format: Format,
    },
    #[command(alias = "optimize")]
    Optimise {
        scenario: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Table, help = msg::FORMAT_HELP.text())]
        format: Format,
        #[arg(long, value_parser = cli::args::seconds_in(0.001, 86_400.0))]
        time_limit: Option<f64>,
        #[arg(long)]
        no_counterfactuals: bool,
        #[arg(long, value_enum, default_value_t = SolverArg::Microlp)]
        solver: SolverArg,
        #[arg(long)]
        charts: Option<PathBuf>,
        #[arg(long)]
        force: bool,
    },
    Bench {
        #[arg(long, value_delimiter = ',', default_value = "100,1000,10000")]
        sizes: Vec<usize>,
        #[arg(long, value_delimiter = ',', default_value = "1")]
        seed: Vec<u64>,
        #[arg(long)]
        mknapcb1: Option<PathBuf>,
        #[arg(long, value_parser = cli::bench::case_arg)]
        case: Option<String>,
        #[arg(long)]
        scenario: Option<PathBuf>,
        #[arg(long, requires = "case")]
        lp: Option<PathBuf>,
        #[arg(long)]
        force: bool,
        #[arg(long, value_enum, default_value_t = SolverArg::Microlp)]
        solver: SolverArg,
        #[arg(long, default_value_t = 60.0, value_parser = cli::args::seconds_in(0.1, 86_400.0))]
        time_limit: f64,
        #[arg(long)]
        web: bool,
        #[arg(long)]
        siege: bool,
        #[arg(long, value_name = "FIL")]
        server: Option<PathBuf>,
        #[arg(long, default_value_t = 64, value_parser = cli::args::whole_in(1, 4096))]
        clients: usize,
        #[arg(long, default_value_t = 10.0, value_parser = cli::args::seconds_in(0.1, 3600.0))]
        seconds: f64,
    },
    Compare {
        a: PathBuf,
        b: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Table, help = msg::FORMAT_HELP.text())]
        format: Format,
    },
    Sweep {
        scenario: Option<PathBuf>,
        #[arg(long, value_enum)]
        pot: Option<PotArg>,
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        #[arg(long, default_value_t = 21, value_parser = cli::args::whole_in(2, 1000))]
        steps: usize,
        #[arg(long)]
        svg: Option<PathBuf>,
        #[arg(long)]
        force: bool,
        #[arg(long, value_enum, default_value_t = Format::Table, help = msg::FORMAT_HELP.text())]
        format: Format,
    },
    Stability {
        scenario: Option<PathBuf>,
        #[arg(long, default_value_t = 20.0, value_parser = cli::args::number_in(0.0, 100.0))]
        spread: f64,
        #[arg(long, default_value_t = 500, value_parser = cli::args::whole_in(1, 100_000))]
        draws: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long, value_enum, default_value_t = Format::Table, help = msg::FORMAT_HELP.text())]
        format: Format,
    },
    Export {
        scenario: Option<PathBuf>,
        #[arg(long, value_enum)]
        what: ExportWhat,
        #[arg(long, value_enum, default_value_t = SheetFormat::Xlsx)]
        format: SheetFormat,
        #[arg(short = 'o', long)]
        output: PathBuf,
        #[arg(long)]
        with: Option<PathBuf>,
        #[arg(long)]
        force: bool,
    },
    Import {
        file: PathBuf,
        #[arg(short = 'o', long)]
        output: PathBuf,
        #[arg(long)]
        mapping: Option<PathBuf>,
        #[arg(long)]
        sheet: Option<String>,
        #[arg(long)]
        scenario: Option<PathBuf>,
        #[arg(long)]
        skip_invalid: bool,
        #[arg(long)]
        force: bool,
    },
    Serve {
        #[arg(long, default_value = "127.0.0.1:8080")]
        bind: std::net::SocketAddr,
        #[arg(long)]
        data: Option<PathBuf>,
        #[arg(long)]
        behind_proxy: bool,
        #[arg(long = "host", value_name = "NAMN")]
        hosts: Vec<String>,
    },
    User {
        #[command(subcommand)]
        action: UserAction,
    },
    Explain {
        id: String,
        #[arg(long)]
        scenario: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Table, help = msg::FORMAT_HELP.text())]
        format: Format,
    },
}

impl Command {
    /// The output format the command was asked for (tables where it has no choice).
    pub fn format(&self) -> Format {
        match self {
            Command::Validate { format, .. }
            | Command::Rank { format, .. }
            | Command::Optimise { format, .. }
            | Command::Compare { format, .. }
            | Command::Sweep { format, .. }
            | Command::Stability { format, .. }
            | Command::Explain { format, .. } => *format,
            _ => Format::Table,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportWhat {
    Ranking,
    Allocation,
    Comparison,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SheetFormat {
    Xlsx,
    Csv,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PotArg {
    Projektmedel,
    Foretagsstod,
    #[value(name = "kommersiell_service")]
    KommersiellService,
}

impl PotArg {
    fn support(self) -> crate::application::Support {
        use crate::application::Support;
        match self {
            PotArg::Projektmedel => Support::Projektmedel,
            PotArg::Foretagsstod => Support::Foretagsstod,
            PotArg::KommersiellService => Support::KommersiellService,
        }
    }
}

/// Reads a sweep level: per cent without a pot, kronor with one.
fn level(text: &str, pot: bool) -> Result<rust_decimal::Decimal, Failure> {
    use crate::text::sweep as m;
    if pot {
        text.parse::<crate::money::Sek>()
            .map(|s| s.decimal())
            .map_err(|e| Failure::message(m::bad_amount(text, &e.to_string())))
    } else {
        let cleaned = text.trim().trim_end_matches('%').trim().replace(',', ".");
        cleaned
            .parse::<rust_decimal::Decimal>()
            .ok()
            .filter(|d| {
                *d >= rust_decimal::Decimal::ZERO && *d <= rust_decimal::Decimal::from(10_000)
            })
            .ok_or_else(|| Failure::message(m::bad_level(text)))
    }
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SolverArg {
    Microlp,
    Highs,
}

fn backend(solver: SolverArg) -> Result<crate::optimise::Backend, Failure> {
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

/// `anslag import`: a spreadsheet to an applications file, every bad cell reported at once.
fn import(
    file: &std::path::Path,
    output: &std::path::Path,
    mapping: Option<PathBuf>,
    sheet: Option<String>,
    scenario: Option<PathBuf>,
    skip_invalid: bool,
    force: bool,
) -> Result<String, Failure> {
    use crate::import as imp;
    use crate::text::import as m;
    cli::check_output(output, &["yaml", "yml"], force).map_err(Failure::output)?;
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
    let kept = cli::write_output(output, text.as_bytes(), force).map_err(Failure::message)?;
    report.push_str(&m::written(&out, result.count));
    if let Some(kept) = kept {
        report.push('\n');
        report.push_str(&kept);
    }
    eprintln!("{}", report.trim_end());
    Ok(String::new())
}

/// `anslag serve`: loads every scenario, then serves until Ctrl-C.
fn serve(
    bind: std::net::SocketAddr,
    data: Option<PathBuf>,
    behind_proxy: bool,
    hosts: Vec<String>,
) -> Result<String, Failure> {
    use crate::text::web as w;
    let data = data.unwrap_or_else(cli::default_data);
    let access = if behind_proxy {
        crate::web::Access::Login
    } else if bind.ip().is_loopback() {
        crate::web::Access::Local
    } else {
        crate::web::Access::Public
    };
    if access.login() {
        let path = crate::web::auth::accounts_path(&data);
        let accounts = crate::web::auth::load_accounts(&path)
            .map_err(|p| Failure::problems(&p, Format::Table))?;
        if accounts.users.is_empty() {
            eprintln!(
                "{}",
                crate::text::auth::no_accounts(&path.display().to_string())
            );
        }
    }
    let os = |e: std::io::Error| Failure::message(crate::text::os::io_error(&e));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(os)?;
    runtime.block_on(async {
        // Bind first, so that a port in use is told at once, not after loading.
        let listener = tokio::net::TcpListener::bind(bind).await.map_err(|e| {
            Failure::message(w::cannot_listen(
                &bind.to_string(),
                &crate::text::os::io_error(&e),
            ))
        })?;
        eprintln!("{}", w::loading(&data.display().to_string()));
        let state = tokio::task::spawn_blocking(move || {
            crate::web::AppState::load(&data, access, !access.public_only())
        })
        .await
        .map_err(|e| {
            crate::problem::trace("serve", &e);
            Failure::message(w::LOAD_FAILED.to_string())
        })?
        .map_err(Failure::message)?
        .with_hosts(hosts)
        .ok_or_else(|| Failure::message(w::LOAD_FAILED.to_string()))?;
        eprintln!("{}", w::listening(&bind.to_string(), access.login(), access.public_only()));
        crate::web::serve(state, listener).await.map_err(os)
    })?;
    Ok(String::new())
}

/// `anslag user add`: adds an account (or changes its password) in the data folder's
/// `konton.yaml`. The password comes from the terminal without echo (asked twice), or from
/// standard input's first line when that is not a terminal.
fn user_add(name: &str, data: Option<PathBuf>) -> Result<String, Failure> {
    use crate::text::auth as m;
    use std::io::IsTerminal;
    let data = data.unwrap_or_else(cli::default_data);
    let path = crate::web::auth::accounts_path(&data);
    crate::web::auth::valid_name(name).map_err(Failure::message)?;
    let password = if std::io::stdin().is_terminal() {
        let os = |e: std::io::Error| Failure::message(crate::text::os::io_error(&e));
        let first = rpassword::prompt_password(m::PROMPT).map_err(os)?;
        let again = rpassword::prompt_password(m::PROMPT_AGAIN).map_err(os)?;
        if first != again {
            return Err(Failure::message(m::MISMATCH.to_string()));
        }
        first
    } else {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .map_err(|e| Failure::message(crate::text::os::io_error(&e)))?;
        line.trim_end_matches(['\n', '\r']).to_string()
    };
    if password.is_empty() {
        return Err(Failure::message(m::PASSWORD_EMPTY.to_string()));
    }
    let file = path.display().to_string();
    let new = crate::web::auth::add_user(&path, name, &password).map_err(Failure::message)?;
    Ok(format!(
        "{}\n",
        if new {
            m::user_added(name, &file)
        } else {
            m::user_changed(name, &file)
        }
    ))
}

/// Writes the allocation's charts as SVG files into `dir`.
/// The chart files `optimise --charts DIR` writes, checked before anything is computed: an
/// existing one is replaced only with `--force`.
fn check_charts(dir: &std::path::Path, force: bool) -> Result<(), Failure> {
    use crate::text::charts as m;
    for name in [m::FILE_POTS, m::FILE_AREAS, m::FILE_SCORES] {
        cli::check_output(&dir.join(name.text()), &["svg"], force).map_err(Failure::output)?;
    }
    Ok(())
}

/// Writes the allocation's charts as SVG files into `dir` (checked by [`check_charts`]).
fn write_charts(
    dir: &std::path::Path,
    p: &Portfolio,
    a: &crate::optimise::Allocation,
    force: bool,
) -> Result<(), Failure> {
    use crate::text::charts as m;
    let fail = |path: &std::path::Path, e: String| {
        Failure::message(m::cannot_write(&path.display().to_string(), &e))
    };
    std::fs::create_dir_all(dir).map_err(|e| fail(dir, crate::text::os::io_error(&e)))?;
    let charts = [
        (m::FILE_POTS, crate::charts::by_pot_and_year(a)),
        (m::FILE_AREAS, crate::charts::by_malomrade(p, a)),
        (m::FILE_SCORES, crate::charts::score_and_amount(p, a)),
    ];
    for (name, chart) in charts {
        let path = dir.join(name.text());
        let svg = chart.map_err(|e| fail(&path, e))?;
        let kept = cli::write_output(&path, svg.as_bytes(), force).map_err(Failure::message)?;
        eprintln!("{}", m::written(&path.display().to_string()));
        if let Some(kept) = kept {
            eprintln!("{kept}");
        }
    }
    Ok(())
}

/// What to print when a command fails (exit code 1).
pub struct Failure {
    pub stdout: String,
    pub stderr: String,
    /// 1 for bad input, 2 for a command used wrongly.
    pub code: u8,
}

impl Failure {
    fn message(text: String) -> Failure {
        Failure {
            stdout: String::new(),
            stderr: text + "\n",
            code: 1,
        }
    }

    /// A command used wrongly (exit code 2, as clap gives for its own errors).
    fn usage(text: String) -> Failure {
        Failure {
            code: 2,
            ..Failure::message(text)
        }
    }

    /// A file the user named that cannot be written as asked.
    fn output(refused: cli::OutputRefused) -> Failure {
        match refused {
            cli::OutputRefused::Extension(m) => Failure::usage(m),
            cli::OutputRefused::Exists(m) => Failure::message(m),
        }
    }

    fn problems(problems: &[Problem], format: Format) -> Failure {
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

fn load(scenario: Option<PathBuf>, format: Format) -> Result<Portfolio, Failure> {
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

pub fn run(command: Command) -> Result<String, Failure> {
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
                    code: 1,
                })
            } else {
                Ok(report.output)
            }
        }
        Command::Rank { scenario, format } => {
            let p = load(scenario, format)?;
            cli::rank::render(&p, format).map_err(Failure::message)
        }
        Command::Optimise {
            scenario,
            format,
            time_limit,
            no_counterfactuals,
            solver,
            charts,
            force,
        } => {
            if let Some(dir) = &charts {
                check_charts(dir, force)?;
            }
            let p = load(scenario, format)?;
            let settings = crate::optimise::Settings {
                time_limit: time_limit.map(std::time::Duration::from_secs_f64),
                counterfactuals: !no_counterfactuals,
                focus: None,
                backend: backend(solver)?,
                reasons: true,
            };
            let allocation = crate::optimise::optimise(&p, &settings);
            if let Some(dir) = &charts {
                write_charts(dir, &p, &allocation, force)?;
            }
            let output =
                cli::optimise::render(&p, &allocation, format).map_err(Failure::message)?;
            if allocation.status == crate::optimise::Status::Infeasible {
                let stderr = allocation
                    .conflict_summary
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default()
                    + "\n";
                return Err(if format == Format::Table {
                    Failure {
                        stdout: String::new(),
                        stderr: output,
                        code: 1,
                    }
                } else {
                    Failure {
                        stdout: output,
                        stderr,
                        code: 1,
                    }
                });
            }
            Ok(output)
        }
        Command::Bench {
            sizes,
            seed,
            mknapcb1,
            case,
            scenario,
            lp,
            force,
            solver,
            time_limit,
            web,
            siege,
            server,
            clients,
            seconds,
        } => {
            let backend = backend(solver)?;
            if siege {
                let binary = match server {
                    Some(path) => path,
                    None => std::env::current_exe()
                        .map_err(|e| Failure::message(crate::text::os::io_error(&e)))?,
                };
                let plan = crate::web::siege::Siege {
                    clients,
                    flood: std::time::Duration::from_secs_f64(seconds),
                    slow: 200,
                };
                let report = crate::web::siege::run(&binary, &cli::default_data(), &plan)
                    .map_err(Failure::message)?;
                return Ok(crate::web::siege::markdown(&report, &plan));
            }
            if web {
                let scenario = scenario.unwrap_or_else(cli::default_scenario);
                let seconds = std::time::Duration::from_secs_f64(seconds);
                let seed = seed.first().copied().unwrap_or(1);
                return cli::bench::web(&scenario, &sizes, seed, clients, seconds)
                    .map_err(Failure::message);
            }
            let limit = std::time::Duration::from_secs_f64(time_limit);
            let scenario = scenario.unwrap_or_else(cli::default_scenario);
            if let (Some(case), Some(path)) = (&case, &lp) {
                let m = cli::bench::case_model(case, &scenario).map_err(Failure::message)?;
                cli::check_output(path, &["lp"], force).map_err(Failure::output)?;
                let text = crate::optimise::lpfile::write(&m);
                if let Some(kept) =
                    cli::write_output(path, text.as_bytes(), force).map_err(Failure::message)?
                {
                    eprintln!("{kept}");
                }
                return Ok(String::new());
            }
            if let Some(case) = case {
                let m = cli::bench::run_case(&case, &scenario, backend, limit)
                    .map_err(Failure::message)?;
                return serde_json::to_string(&m)
                    .map(|s| s + "\n")
                    .map_err(|e| Failure::message(e.to_string()));
            }
            let mut cases = vec!["shipped".to_string(), "counterfactuals".to_string()];
            for n in &sizes {
                cases.extend(seed.iter().map(|seed| format!("synthetic:{n}:{seed}")));
            }
            if let Some(path) = &mknapcb1 {
                cases.extend((0..30).map(|i| format!("mknapcb1:{i}:{}", path.display())));
            }
            let name = backend.name();
            let rows = cli::bench::run_all(&cases, &scenario, name, limit);
            Ok(cli::bench::markdown(&rows))
        }
        Command::Compare { a, b, format } => {
            let pa = load(Some(a), format)?;
            let pb = load(Some(b), format)?;
            let settings = crate::optimise::Settings {
                counterfactuals: false,
                ..Default::default()
            };
            let (xa, xb) = (
                crate::optimise::optimise(&pa, &settings),
                crate::optimise::optimise(&pb, &settings),
            );
            let c = crate::compare::compare(&pa, &xa, &pb, &xb);
            cli::compare::render(&pa, &xa, &pb, &xb, &c, format).map_err(Failure::message)
        }
        Command::Sweep {
            scenario,
            pot,
            from,
            to,
            steps,
            svg,
            force,
            format,
        } => {
            if let Some(path) = &svg {
                cli::check_output(path, &["svg"], force).map_err(Failure::output)?;
            }
            let p = load(scenario, format)?;
            let range = match pot {
                None => crate::sweep::Range::Scale {
                    from: level(from.as_deref().unwrap_or("50"), false)?,
                    to: level(to.as_deref().unwrap_or("150"), false)?,
                },
                Some(pot) => {
                    let pot = pot.support();
                    let Some(budget) = p.scenario.budget(pot) else {
                        return Err(Failure::message(crate::text::sweep::no_such_pot(pot.key())));
                    };
                    let half = budget.decimal() / rust_decimal::Decimal::TWO;
                    let from = match from {
                        Some(t) => level(&t, true)?,
                        None => half.round_dp(0),
                    };
                    let to = match to {
                        Some(t) => level(&t, true)?,
                        None => (half * rust_decimal::Decimal::from(3)).round_dp(0),
                    };
                    crate::sweep::Range::Pot {
                        pot,
                        from: crate::money::Sek::from_decimal(from),
                        to: crate::money::Sek::from_decimal(to),
                    }
                }
            };
            let settings = crate::optimise::Settings {
                counterfactuals: false,
                ..Default::default()
            };
            let s = crate::sweep::sweep(&p, range, steps, &settings);
            if let Some(path) = svg {
                let chart =
                    crate::charts::frontier(&s, &p.scenario.name).map_err(Failure::message)?;
                let shown = path.display().to_string();
                let kept =
                    cli::write_output(&path, chart.as_bytes(), force).map_err(Failure::message)?;
                eprintln!("{}", crate::text::charts::written(&shown));
                if let Some(kept) = kept {
                    eprintln!("{kept}");
                }
            }
            cli::sweep::render(&p, &s, format).map_err(Failure::message)
        }
        Command::Serve {
            bind,
            data,
            behind_proxy,
            hosts,
        } => serve(bind, data, behind_proxy, hosts),
        Command::User {
            action: UserAction::Add { name, data },
        } => user_add(&name, data),
        Command::User {
            action: UserAction::Remove { name, data },
        } => {
            let path = crate::web::auth::accounts_path(&data.unwrap_or_else(cli::default_data));
            crate::web::auth::remove_user(&path, &name).map_err(Failure::message)?;
            Ok(format!(
                "{}\n",
                crate::text::auth::user_removed(&name, &path.display().to_string())
            ))
        }
        Command::Import {
            file,
            output,
            mapping,
            sheet,
            scenario,
            skip_invalid,
            force,
        } => import(
            &file,
            &output,
            mapping,
            sheet,
            scenario,
            skip_invalid,
            force,
        ),
        Command::Export {
            scenario,
            what,
            format,
            output,
            with,
            force,
        } => {
            use crate::text::export as m;
            let extension = match format {
                SheetFormat::Xlsx => "xlsx",
                SheetFormat::Csv => "csv",
            };
            cli::check_output(&output, &[extension], force).map_err(Failure::output)?;
            if what == ExportWhat::Comparison && with.is_none() {
                return Err(Failure::usage(m::COMPARISON_NEEDS_WITH.to_string()));
            }
            let p = load(scenario, Format::Table)?;
            let quick = crate::optimise::Settings {
                counterfactuals: false,
                ..crate::optimise::Settings::default()
            };
            let sheets = match what {
                ExportWhat::Ranking => {
                    let a = crate::optimise::optimise(&p, &quick);
                    vec![crate::export::ranking(&p, Some(&a))]
                }
                ExportWhat::Allocation => {
                    let a = crate::optimise::optimise(&p, &crate::optimise::Settings::default());
                    crate::export::allocation(&p, &a)
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
                SheetFormat::Xlsx => crate::export::xlsx(&sheets),
                SheetFormat::Csv => {
                    if sheets.len() > 1 {
                        eprintln!("{}", m::CSV_ONE_SHEET);
                    }
                    crate::export::csv(&sheets[0])
                }
            }
            .map_err(Failure::message)?;
            let shown = output.display().to_string();
            let kept = cli::write_output(&output, &bytes, force).map_err(Failure::message)?;
            eprintln!("{}", m::written(&shown, sheets[0].rows.len()));
            if let Some(kept) = kept {
                eprintln!("{kept}");
            }
            Ok(String::new())
        }
        Command::Stability {
            scenario,
            spread,
            draws,
            seed,
            format,
        } => {
            let p = load(scenario, format)?;
            let settings = crate::optimise::Settings {
                counterfactuals: false,
                ..Default::default()
            };
            // A progress bar on a terminal only, so pipes and files stay clean.
            let bar = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
                indicatif::ProgressBar::new(draws as u64)
            } else {
                indicatif::ProgressBar::hidden()
            };
            let s =
                crate::stability::stability(&p, spread / 100.0, draws, seed, &settings, &|| {
                    bar.inc(1)
                });
            bar.finish_and_clear();
            cli::stability::render(&p, &s, format).map_err(Failure::message)
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
            let index = p.applications.iter().position(|a| a.id == app.id);
            let settings = crate::optimise::Settings {
                focus: index,
                ..Default::default()
            };
            let allocation = crate::optimise::optimise(&p, &settings);
            cli::explain::render(&p, app, assessment, Some(&allocation), format)
                .map_err(Failure::message)
        }
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
