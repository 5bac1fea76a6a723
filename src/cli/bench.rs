//! `anslag bench`: time to proven optimum and peak memory, per case, each case in a process of
//! its own so that its peak memory is its own. Prints a Markdown table for
//! docs/performance.md, with the command that reproduces each row.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::bench::{Knapsack, parse_orlib, synthetic};
use crate::cli::app::{Failure, SolverArg, backend};
use crate::optimise::solve::{Options, solve};
use crate::optimise::{Backend, Settings, optimise};
use crate::portfolio::Portfolio;
use crate::text::bench as msg;

/// `anslag bench`: its arguments.
#[derive(clap::Args)]
pub struct Args {
    #[arg(long, value_delimiter = ',', default_value = "100,1000,10000")]
    pub(crate) sizes: Vec<usize>,
    #[arg(long, value_delimiter = ',', default_value = "1")]
    pub seed: Vec<u64>,
    #[arg(long)]
    pub(crate) mknapcb1: Option<PathBuf>,
    #[arg(long, value_parser = crate::cli::bench::case_arg)]
    pub case: Option<String>,
    #[arg(long)]
    pub scenario: Option<PathBuf>,
    #[arg(long, requires = "case")]
    pub lp: Option<PathBuf>,
    #[arg(long)]
    pub force: bool,
    #[arg(long, value_enum, default_value_t = SolverArg::Microlp)]
    pub solver: SolverArg,
    #[arg(long, default_value_t = 60.0, value_parser = crate::cli::args::seconds_in(0.1, 86_400.0))]
    pub(crate) time_limit: f64,
    #[arg(long)]
    pub web: bool,
    #[arg(long)]
    pub siege: bool,
    #[arg(long, value_name = "FIL")]
    pub server: Option<PathBuf>,
    #[arg(long, default_value_t = 64, value_parser = crate::cli::args::whole_in(1, 4096))]
    pub clients: usize,
    #[arg(long, default_value_t = 10.0, value_parser = crate::cli::args::seconds_in(0.1, 3600.0))]
    pub(crate) seconds: f64,
}

/// Runs `anslag bench`.
pub fn run(args: Args) -> Result<String, Failure> {
    let Args {
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
    } = args;
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
        let report = crate::web::siege::run(&binary, &crate::cli::default_data(), &plan)
            .map_err(Failure::message)?;
        return Ok(crate::web::siege::markdown(&report, &plan));
    }
    if web {
        let scenario = scenario.unwrap_or_else(crate::cli::default_scenario);
        let seconds = std::time::Duration::from_secs_f64(seconds);
        let seed = seed.first().copied().unwrap_or(1);
        return crate::cli::bench::web(&scenario, &sizes, seed, clients, seconds)
            .map_err(Failure::message);
    }
    let limit = std::time::Duration::from_secs_f64(time_limit);
    let scenario = scenario.unwrap_or_else(crate::cli::default_scenario);
    if let (Some(case), Some(path)) = (&case, &lp) {
        let m = crate::cli::bench::case_model(case, &scenario).map_err(Failure::message)?;
        crate::cli::check_output(path, &["lp"], force).map_err(Failure::output)?;
        let text = crate::optimise::lpfile::write(&m);
        if let Some(kept) =
            crate::cli::write_output(path, text.as_bytes(), force).map_err(Failure::message)?
        {
            eprintln!("{kept}");
        }
        return Ok(String::new());
    }
    if let Some(case) = case {
        let m = crate::cli::bench::run_case(&case, &scenario, backend, limit)
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
    let rows = crate::cli::bench::run_all(&cases, &scenario, name, limit);
    Ok(crate::cli::bench::markdown(&rows))
}

/// One measured case.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Measurement {
    pub case: String,
    pub solver: String,
    pub status: String,
    pub objective: f64,
    /// The known optimum, where there is one.
    pub optimum: Option<f64>,
    pub gap: f64,
    pub(crate) seconds: f64,
    pub variables: usize,
    pub(crate) core: usize,
    pub peak_mb: Option<f64>,
    pub command: String,
}

/// Peak resident memory of this process in MB (Linux `VmHWM`), if the system tells.
pub fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// Checks the shape of a case named on the command line (`--case`), so that a misspelt case
/// is a usage error told at once: `shipped`, `counterfactuals`, `synthetic:N:SEED`,
/// `rank:N:SEED`, `full:N:SEED` or
/// `mknapcb1:INDEX:PATH`.
pub(crate) fn case_arg(text: &str) -> Result<String, crate::cli::args::Reason> {
    let parts: Vec<&str> = text.splitn(3, ':').collect();
    let whole = |s: &str| s.parse::<u64>().is_ok();
    let fine = match parts.as_slice() {
        ["shipped"] | ["counterfactuals"] => true,
        ["synthetic" | "rank" | "full", n, seed] => whole(n) && whole(seed),
        ["mknapcb1", index, path] => whole(index) && !path.is_empty(),
        _ => false,
    };
    if fine {
        Ok(text.to_string())
    } else {
        Err(crate::cli::args::Reason(msg::unknown_case(text)))
    }
}

/// The portfolio with the strategy "Flest poäng".
fn by_score(p: &Portfolio) -> Result<Portfolio, String> {
    with_strategy(p, crate::scenario::Objective::Score)
}

/// The portfolio with the strategy "Rangordningen först".
fn by_rank(p: &Portfolio) -> Result<Portfolio, String> {
    with_strategy(p, crate::scenario::Objective::Rank)
}

fn with_strategy(
    p: &Portfolio,
    objective: crate::scenario::Objective,
) -> Result<Portfolio, String> {
    let mut s = p.scenario.clone();
    s.objective = objective;
    p.rebuild(s, p.applications.clone())
        .map_err(|ps| crate::cli::problem_lines(&ps))
}

/// Runs one case in this process: `synthetic:N:SEED`, `shipped` or `mknapcb1:INDEX:PATH`.
pub(crate) fn run_case(
    case: &str,
    base: &Path,
    backend: Backend,
    limit: Duration,
) -> Result<Measurement, String> {
    let parts: Vec<&str> = case.splitn(3, ':').collect();
    let solver = backend.name().to_string();
    let command = format!(
        "anslag bench --case {case} --solver {solver} --time-limit {}",
        limit.as_secs_f64()
    );
    let from_allocation = |a: &crate::optimise::Allocation, seconds: f64| Measurement {
        case: case.into(),
        solver: solver.clone(),
        status: a.status.key().into(),
        objective: a.objective,
        optimum: None,
        gap: a.gap,
        seconds,
        variables: a.stats.variables,
        core: a.stats.core,
        peak_mb: peak_mb(),
        command: command.clone(),
    };
    let settings = |counterfactuals: bool| Settings {
        time_limit: Some(limit),
        counterfactuals,
        counterfactual_time: None,
        focus: None,
        backend,
        reasons: true,
    };
    match parts.as_slice() {
        // Cold start: loading the files is part of the time.
        // The optimiser's own measure: the shipped data under "Flest poäng" (the strategy the
        // recorded tables measure; `rank` walks the ranking with the same solver).
        ["shipped"] => {
            let start = Instant::now();
            let p = Portfolio::load(base).map_err(|ps| crate::cli::problem_lines(&ps))?;
            let p = by_score(&p)?;
            let a = optimise(&p, &settings(false));
            Ok(from_allocation(&a, start.elapsed().as_secs_f64()))
        }
        ["counterfactuals"] => {
            let p = Portfolio::load(base).map_err(|ps| crate::cli::problem_lines(&ps))?;
            let p = by_score(&p)?;
            let start = Instant::now();
            let a = optimise(&p, &settings(true));
            Ok(from_allocation(&a, start.elapsed().as_secs_f64()))
        }
        ["synthetic", n, seed] => {
            let p = synthetic_case(n, seed, base)?;
            let start = Instant::now();
            let a = optimise(&p, &settings(false));
            Ok(from_allocation(&a, start.elapsed().as_secs_f64()))
        }
        // `anslag optimise` as a user runs it, on a synthetic portfolio: the shipped
        // scenarios' strategy (`rank`), every reason, the counterfactuals, the lock prices and the other strategies.
        ["full", n, seed] => {
            let p = by_rank(&synthetic_case(n, seed, base)?)?;
            let start = Instant::now();
            let a = optimise(&p, &settings(true));
            Ok(from_allocation(&a, start.elapsed().as_secs_f64()))
        }
        // The strategy `rank` on a synthetic portfolio: the walk and every reason.
        ["rank", n, seed] => {
            let p = by_rank(&synthetic_case(n, seed, base)?)?;
            let start = Instant::now();
            let a = optimise(&p, &settings(false));
            Ok(from_allocation(&a, start.elapsed().as_secs_f64()))
        }
        ["mknapcb1", index, path] => {
            let (index, inst) = knapsack_case(index, path)?;
            let optimum = known_optimum(Path::new(path), index);
            let start = Instant::now();
            let outcome = solve(
                &inst.model(),
                &Options {
                    time_limit: limit,
                    backend,
                    ..Options::default()
                },
            );
            Ok(Measurement {
                case: format!("mknapcb1:{index}"),
                solver,
                status: outcome.status.key().into(),
                objective: outcome.objective,
                optimum,
                gap: outcome.gap(),
                seconds: start.elapsed().as_secs_f64(),
                variables: outcome.stats.variables,
                core: outcome.stats.core,
                peak_mb: peak_mb(),
                command,
            })
        }
        _ => Err(msg::unknown_case(case)),
    }
}

/// The model a case solves (for `--lp`): the scenario's, the synthetic portfolio's or the
/// knapsack's.
pub(crate) fn case_model(case: &str, base: &Path) -> Result<crate::optimise::model::Model, String> {
    let parts: Vec<&str> = case.splitn(3, ':').collect();
    match parts.as_slice() {
        ["shipped"] | ["counterfactuals"] => {
            let p = Portfolio::load(base).map_err(|ps| crate::cli::problem_lines(&ps))?;
            Ok(crate::optimise::model::build(&p))
        }
        ["synthetic", n, seed] => Ok(crate::optimise::model::build(&synthetic_case(
            n, seed, base,
        )?)),
        ["mknapcb1", index, path] => Ok(knapsack_case(index, path)?.1.model()),
        _ => Err(msg::unknown_case(case)),
    }
}

/// The portfolio of case `synthetic:N:SEED`.
fn synthetic_case(n: &str, seed: &str, base: &Path) -> Result<Portfolio, String> {
    let n: usize = n.parse().map_err(|_| msg::not_a_size(n))?;
    let seed: u64 = seed.parse().map_err(|_| msg::not_a_seed(seed))?;
    let shipped = Portfolio::load(base).map_err(|ps| crate::cli::problem_lines(&ps))?;
    synthetic(&shipped, n, seed).map_err(|ps| crate::cli::problem_lines(&ps))
}

/// The instance of case `mknapcb1:INDEX:PATH`, with its index.
fn knapsack_case(index: &str, path: &str) -> Result<(usize, Knapsack), String> {
    let index: usize = index.parse().map_err(|_| msg::not_an_index(index))?;
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut instances = parse_orlib(&text)?;
    if index >= instances.len() {
        return Err(msg::no_such_instance(index, instances.len()));
    }
    Ok((index, instances.swap_remove(index)))
}

/// The optimum proven for an instance, from `mknapcb1_optima.csv` beside the data file.
fn known_optimum(data: &Path, index: usize) -> Option<f64> {
    let csv = data.with_file_name("mknapcb1_optima.csv");
    let text = std::fs::read_to_string(csv).ok()?;
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().ok()?.clone();
    let column = headers.iter().position(|h| h == "highspy_1.16_value")?;
    reader.records().nth(index)?.ok()?.get(column)?.parse().ok()
}

/// Runs each case in a child process of this program and collects the measurements.
pub(crate) fn run_all(
    cases: &[String],
    scenario: &Path,
    solver: &str,
    limit: Duration,
) -> Vec<Result<Measurement, String>> {
    let exe = std::env::current_exe();
    cases
        .iter()
        .map(|case| {
            let exe = exe.as_ref().map_err(|e| e.to_string())?;
            let out = Command::new(exe)
                .args([
                    "bench",
                    "--case",
                    case,
                    "--solver",
                    solver,
                    "--time-limit",
                    &limit.as_secs_f64().to_string(),
                ])
                .arg("--scenario")
                .arg(scenario)
                .output()
                .map_err(|e| e.to_string())?;
            let text = String::from_utf8_lossy(&out.stdout);
            serde_json::from_str::<Measurement>(text.trim())
                .map_err(|_| format!("{case}: {}", String::from_utf8_lossy(&out.stderr)))
        })
        .collect()
}

/// The measurements as a Markdown table (Swedish numbers are for people; this table is for
/// the developers' docs, in English like them).
pub fn markdown(rows: &[Result<Measurement, String>]) -> String {
    let mut out = String::from(
        "| case | solver | status | objective | known optimum | gap | seconds | variables | core | peak MB | command |\n|---|---|---|---|---|---|---|---|---|---|---|\n",
    );
    for row in rows {
        match row {
            Ok(m) => out.push_str(&format!(
                "| {} | {} | {} | {:.1} | {} | {:.2e} | {:.3} | {} | {} | {} | `{}` |\n",
                m.case,
                m.solver,
                m.status,
                m.objective,
                m.optimum
                    .map_or_else(|| "–".to_string(), |o| format!("{o:.0}")),
                m.gap,
                m.seconds,
                m.variables,
                m.core,
                m.peak_mb
                    .map_or_else(|| "–".to_string(), |p| format!("{p:.0}")),
                m.command
            )),
            Err(e) => out.push_str(&format!(
                "| error | | {} | | | | | | | | |\n",
                e.replace('|', "/")
            )),
        }
    }
    out
}

/// `anslag bench --web`: the server under load with the shipped scenario and with synthetic
/// portfolios of each size; a Markdown table for docs/performance.md.
pub fn web(
    scenario: &Path,
    sizes: &[usize],
    seed: u64,
    clients: usize,
    duration: Duration,
) -> Result<String, String> {
    use crate::web::{Access, AppState};
    let base = Portfolio::load(scenario).map_err(|ps| crate::cli::problem_lines(&ps))?;
    let data = crate::cli::default_data();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let out = format!(
        "{clients} concurrent keep-alive clients, {} s per kind of request, server and clients in one process on this machine.\n\n| portfolio | request | requests | errors | p50 ms | p99 ms | max ms | per second | command |\n|---|---|---|---|---|---|---|---|---|\n",
        duration.as_secs_f64()
    );
    // Each page alone first, on the shipped data with everything computed (as after start).
    let state = AppState::from_portfolios(
        &data,
        vec![(
            "bench/bas".to_string(),
            scenario.to_path_buf(),
            base.clone(),
        )],
        Access::Local,
        true,
    )?;
    if let Some(s) = state.default_scenario() {
        let waited = Instant::now();
        while (s.frontier.get().is_none() || s.detailed.get().is_none())
            && waited.elapsed() < Duration::from_secs(600)
        {
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    let single = runtime.block_on(crate::web::load::pages(state, 20))?;
    let mut out = format!(
        "Each page of the shipped data alone, one client, 20 requests each after one warm-up (`anslag bench --web --sizes`):\n\n| page | p50 ms | p99 ms | max ms |\n|---|---|---|---|\n{}\n{out}",
        single
            .iter()
            .map(|r| format!(
                "| {} | {:.2} | {:.2} | {:.2} |\n",
                r.kind, r.p50_ms, r.p99_ms, r.max_ms
            ))
            .collect::<String>()
    );
    let mut cases: Vec<(String, Portfolio)> = vec![("shipped".to_string(), base.clone())];
    for n in sizes {
        let p = synthetic(&base, *n, seed).map_err(|ps| crate::cli::problem_lines(&ps))?;
        cases.push((format!("synthetic {n}"), p));
    }
    for (name, p) in cases {
        let state = AppState::from_portfolios(
            &data,
            vec![("bench/bas".to_string(), scenario.to_path_buf(), p)],
            Access::Local,
            false,
        )?;
        let reports = runtime.block_on(crate::web::load::run(state, clients, duration))?;
        let size = if name == "shipped" {
            String::new()
        } else {
            format!(" --sizes {}", name.trim_start_matches("synthetic "))
        };
        for r in reports {
            out.push_str(&format!(
                "| {name} | {} | {} | {} | {:.1} | {:.1} | {:.1} | {:.0} | `anslag bench --web{size} --clients {clients} --seconds {}` |\n",
                r.kind,
                r.requests,
                r.errors,
                r.p50_ms,
                r.p99_ms,
                r.max_ms,
                r.per_second,
                duration.as_secs_f64()
            ));
        }
    }
    Ok(out)
}
