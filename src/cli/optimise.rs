//! `anslag optimise`: the proposed allocation, its status and bound, rank-and-fund beside it,
//! and a reason for every candidate.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

use crate::application::Support;
use crate::cli::app::{Failure, SolverArg, backend, load};
use crate::cli::{Align, Format, cut, round, table};
use crate::optimise::{Allocation, Reason};
use crate::portfolio::Portfolio;
use crate::text::cli as msg;

/// `anslag optimise`: its arguments.
#[derive(clap::Args)]
pub struct Args {
    pub scenario: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Table, help = crate::text::cli::FORMAT_HELP.text())]
    pub format: Format,
    #[arg(long, value_parser = crate::cli::args::seconds_in(0.001, 86_400.0))]
    pub(crate) time_limit: Option<f64>,
    #[arg(long)]
    pub(crate) no_counterfactuals: bool,
    #[arg(long, value_enum, default_value_t = SolverArg::Microlp)]
    pub solver: SolverArg,
    #[arg(long)]
    pub charts: Option<PathBuf>,
    #[arg(long)]
    pub force: bool,
}

/// Runs `work`, showing on a terminal's stderr how far the counterfactuals have come.
fn with_progress<T>(show: bool, work: impl FnOnce() -> T) -> T {
    use std::io::{IsTerminal, Write};
    use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
    if !show || !std::io::stderr().is_terminal() {
        return work();
    }
    let progress = &crate::optimise::PROGRESS;
    progress.total.store(0, Relaxed);
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| {
            let mut shown = false;
            while !stop.load(Relaxed) {
                std::thread::sleep(std::time::Duration::from_millis(200));
                let total = progress.total.load(Relaxed);
                if total > 0 {
                    let done = progress.done.load(Relaxed).min(total);
                    eprint!("\r{}", msg::progress(done, total));
                    let _ = std::io::stderr().flush();
                    shown = true;
                }
            }
            if shown {
                eprint!("\r\x1b[2K");
            }
        });
        let out = work();
        stop.store(true, Relaxed);
        out
    })
}

/// Runs `anslag optimise`.
pub fn run(args: Args) -> Result<String, Failure> {
    let Args {
        scenario,
        format,
        time_limit,
        no_counterfactuals,
        solver,
        charts,
        force,
    } = args;
    if let Some(dir) = &charts {
        check_charts(dir, force)?;
    }
    let p = load(scenario, format)?;
    let settings = crate::optimise::Settings {
        time_limit: time_limit.map(std::time::Duration::from_secs_f64),
        counterfactuals: !no_counterfactuals,
        counterfactual_time: None,
        focus: None,
        backend: backend(solver)?,
        reasons: true,
    };
    let allocation = with_progress(settings.counterfactuals && format == Format::Table, || {
        crate::optimise::optimise(&p, &settings)
    });
    if let Some(dir) = &charts {
        write_charts(dir, &p, &allocation, force)?;
    }
    let output = crate::cli::optimise::render(&p, &allocation, format).map_err(Failure::message)?;
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

/// The chart files `optimise --charts DIR` writes, checked before anything is computed: an
/// existing one is replaced only with `--force`.
fn check_charts(dir: &std::path::Path, force: bool) -> Result<(), Failure> {
    use crate::text::charts as m;
    for name in [m::FILE_POTS, m::FILE_AREAS, m::FILE_SCORES] {
        crate::cli::check_output(&dir.join(name.text()), &["svg"], force)
            .map_err(Failure::output)?;
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
        let kept =
            crate::cli::write_output(&path, svg.as_bytes(), force).map_err(Failure::message)?;
        eprintln!("{}", m::written(&path.display().to_string()));
        if let Some(kept) = kept {
            eprintln!("{kept}");
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct OptimiseJson<'a> {
    scenario: &'a str,
    strategy: StrategyJson,
    status: &'static str,
    objective: f64,
    bound: f64,
    gap: f64,
    funded: Vec<FundedJson<'a>>,
    not_funded: Vec<NotFundedJson<'a>>,
    pots: BTreeMap<&'static str, PotJson>,
    baseline: BaselineJson<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    conflict: Option<&'a [crate::i18n::Text]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    conflict_summary: Option<&'a crate::i18n::Text>,
    // Beyond the contract.
    overrides: Vec<OverrideJson<'a>>,
    /// What each limit costs: the proposal without it (absent without counterfactuals).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    limits: Vec<LimitJson<'a>>,
    /// What the other two strategies would fund instead (absent without counterfactuals).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    other_strategies: Vec<OtherStrategyJson<'a>>,
    gain: f64,
    warnings: Vec<String>,
    solver: &'static str,
    millis: f64,
    stats: &'a crate::optimise::Stats,
}

#[derive(Serialize)]
struct LimitJson<'a> {
    /// `constraint`, `frames` or `ceiling`.
    kind: &'static str,
    /// The constraint's name (empty for frames and the ceiling).
    name: &'a str,
    /// False when the proposal without the limit could not be made in time.
    priced: bool,
    /// Proposed without the limit and not with it.
    entering: Vec<&'a str>,
    /// Proposed with the limit and not without it.
    leaving: Vec<&'a str>,
}

#[derive(Serialize)]
struct OtherStrategyJson<'a> {
    strategy: StrategyJson,
    status: &'static str,
    funded: usize,
    entering: Vec<&'a str>,
    leaving: Vec<&'a str>,
    allocated: BTreeMap<&'static str, String>,
}

/// The strategy the proposal follows, named for people too.
#[derive(Serialize)]
struct StrategyJson {
    key: &'static str,
    name: &'static str,
    explanation: &'static str,
}

#[derive(Serialize)]
struct OverrideJson<'a> {
    id: &'a str,
    kind: &'static str,
    reason: Option<&'a str>,
    /// Objective lost by the override (positive) compared with the same scenario without it.
    cost: Option<f64>,
    /// Proposed without the lock and not with it (its own application aside).
    leaving: Vec<&'a str>,
    /// Proposed with the lock and not without it (its own application aside).
    entering: Vec<&'a str>,
}

#[derive(Serialize)]
struct FundedJson<'a> {
    id: &'a str,
    amount: String,
    score: f64,
    decision_body: &'a str,
    years: BTreeMap<String, String>,
    title: &'a str,
    support: Support,
    explanation: &'a crate::i18n::Text,
    must_fund: bool,
    displaced: Vec<&'a str>,
}

#[derive(Serialize)]
struct NotFundedJson<'a> {
    id: &'a str,
    reason: Reason,
    explanation: &'a crate::i18n::Text,
    budget_needed: Option<String>,
    /// `found`, `none` or `not_computed`; null when not asked for.
    budget_needed_status: Option<&'static str>,
    /// Funded besides it at that budget and not today.
    budget_needed_with: Vec<&'a str>,
    /// Funded today and not at that budget.
    budget_needed_without: Vec<&'a str>,
    score_needed: Option<f64>,
    score_needed_status: Option<&'static str>,
    title: &'a str,
    support: Support,
    score: f64,
    blocked_by: &'a [crate::i18n::Text],
    /// Who has the money in its place (see `NotFunded::in_its_place`).
    in_its_place: Vec<&'a str>,
    /// Who would come in with it in the best allocation that funds it (`score`, `value`).
    coming_in: Vec<&'a str>,
}

#[derive(Serialize)]
struct PotJson {
    budget: String,
    /// Granted in the scenario's year by recorded decisions, before the proposal.
    decided: String,
    allocated: String,
    remaining: String,
    years: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct BaselineJson<'a> {
    method: &'static str,
    objective: f64,
    funded: Vec<&'a str>,
    missed: Vec<String>,
}

fn json<'a>(p: &'a Portfolio, a: &'a Allocation) -> OptimiseJson<'a> {
    let id = |i: usize| p.applications[i].id.as_str();
    let score_of = |i: usize| p.assessments[i].score.total;
    let strategy = p.scenario.objective;
    OptimiseJson {
        scenario: &a.scenario,
        strategy: StrategyJson {
            key: strategy.key(),
            name: strategy.name(),
            explanation: strategy.explanation().text(),
        },
        status: a.status.key(),
        objective: round(a.objective, 6),
        bound: round(a.bound, 6),
        gap: a.gap,
        funded: a
            .funded
            .iter()
            .map(|f| FundedJson {
                id: id(f.app),
                amount: f.amount.to_json_string(),
                score: round(f.score, 6),
                decision_body: &f.decision_body,
                years: f
                    .years
                    .iter()
                    .map(|(y, v)| (y.to_string(), v.to_json_string()))
                    .collect(),
                title: &p.applications[f.app].title,
                support: p.applications[f.app].support,
                explanation: &f.explanation,
                must_fund: f.must_fund.is_some(),
                displaced: f.displaced.iter().map(|d| id(*d)).collect(),
            })
            .collect(),
        not_funded: a
            .not_funded
            .iter()
            .map(|n| NotFundedJson {
                id: id(n.app),
                reason: n.reason,
                explanation: &n.explanation,
                budget_needed: n.budget_needed.value().map(|b| b.to_json_string()),
                budget_needed_status: n.budget_needed.key(),
                budget_needed_with: n.budget_along.iter().map(|a| id(*a)).collect(),
                budget_needed_without: n.budget_leaving.iter().map(|a| id(*a)).collect(),
                score_needed: n.score_needed.value().map(|s| round(s, 2)),
                score_needed_status: n.score_needed.key(),
                title: &p.applications[n.app].title,
                support: p.applications[n.app].support,
                score: round(score_of(n.app), 6),
                blocked_by: &n.blocked_by,
                in_its_place: n.in_its_place.iter().map(|a| id(*a)).collect(),
                coming_in: n.coming_in.iter().map(|a| id(*a)).collect(),
            })
            .collect(),
        pots: a
            .pots
            .iter()
            .map(|(pot, s)| {
                (
                    pot.key(),
                    PotJson {
                        budget: s.budget.to_json_string(),
                        decided: s.decided.to_json_string(),
                        allocated: s.allocated.to_json_string(),
                        remaining: s.remaining.to_json_string(),
                        years: s
                            .years
                            .iter()
                            .map(|(y, v)| (y.to_string(), v.to_json_string()))
                            .collect(),
                    },
                )
            })
            .collect(),
        baseline: BaselineJson {
            method: "rank_and_fund",
            objective: round(a.baseline.objective, 6),
            funded: a.baseline.funded.iter().map(|(i, _)| id(*i)).collect(),
            missed: a
                .baseline
                .missed
                .iter()
                .map(|b| b.kind.name(p).to_string())
                .collect(),
        },
        conflict: (a.status == crate::optimise::Status::Infeasible)
            .then_some(a.conflict.as_slice()),
        conflict_summary: a.conflict_summary.as_ref(),
        overrides: a
            .overrides
            .iter()
            .map(|o| OverrideJson {
                id: &o.id,
                kind: o.kind,
                reason: o.reason.as_deref(),
                cost: o.cost.map(|c| round(c, 6)),
                leaving: o
                    .leaving
                    .iter()
                    .map(|(i, _)| p.applications[*i].id.as_str())
                    .collect(),
                entering: o
                    .entering
                    .iter()
                    .map(|(i, _)| p.applications[*i].id.as_str())
                    .collect(),
            })
            .collect(),
        limits: a
            .limits
            .iter()
            .map(|l| LimitJson {
                kind: l.kind,
                name: &l.name,
                priced: l.priced,
                entering: l
                    .leaving
                    .iter()
                    .map(|(i, _)| p.applications[*i].id.as_str())
                    .collect(),
                leaving: l
                    .entering
                    .iter()
                    .map(|(i, _)| p.applications[*i].id.as_str())
                    .collect(),
            })
            .collect(),
        other_strategies: a
            .others
            .iter()
            .map(|o| OtherStrategyJson {
                strategy: StrategyJson {
                    key: o.strategy.key(),
                    name: o.strategy.name(),
                    explanation: o.strategy.explanation().text(),
                },
                status: o.status.key(),
                funded: o.funded,
                entering: o.entering.iter().map(|i| id(*i)).collect(),
                leaving: o.leaving.iter().map(|i| id(*i)).collect(),
                allocated: o
                    .allocated
                    .iter()
                    .map(|(pot, v)| (pot.key(), v.to_json_string()))
                    .collect(),
            })
            .collect(),
        gain: round(a.gain(), 6),
        warnings: a.warnings.iter().map(ToString::to_string).collect(),
        solver: a.backend.name(),
        millis: round(a.millis, 1),
        stats: &a.stats,
    }
}

/// Renders an allocation.
pub fn render(p: &Portfolio, a: &Allocation, format: Format) -> Result<String, String> {
    match format {
        Format::Json => serde_json::to_string_pretty(&json(p, a))
            .map(|s| s + "\n")
            .map_err(|e| e.to_string()),
        Format::Csv => csv(p, a),
        Format::Table => Ok(render_table(p, a)),
    }
}

fn csv(p: &Portfolio, a: &Allocation) -> Result<String, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "id",
        "funded",
        "amount",
        "score",
        "reason",
        "decision_body",
        "budget_needed",
        "budget_needed_status",
        "score_needed",
        "score_needed_status",
        "explanation",
    ])
    .map_err(|e| e.to_string())?;
    for f in &a.funded {
        w.write_record([
            p.applications[f.app].id.as_str(),
            "true",
            &f.amount.to_json_string(),
            &round(f.score, 2).to_string(),
            "",
            &f.decision_body,
            "",
            "",
            "",
            "",
            &f.explanation.to_string(),
        ])
        .map_err(|e| e.to_string())?;
    }
    for n in &a.not_funded {
        let reason = serde_json::to_value(n.reason)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        w.write_record([
            p.applications[n.app].id.as_str(),
            "false",
            "0.00",
            &round(p.assessments[n.app].score.total, 2).to_string(),
            &reason,
            "",
            &n.budget_needed
                .value()
                .map(|b| b.to_json_string())
                .unwrap_or_default(),
            n.budget_needed.key().unwrap_or_default(),
            &n.score_needed
                .value()
                .map(|s| round(s, 2).to_string())
                .unwrap_or_default(),
            n.score_needed.key().unwrap_or_default(),
            &n.explanation.to_string(),
        ])
        .map_err(|e| e.to_string())?;
    }
    String::from_utf8(w.into_inner().map_err(|e| e.to_string())?).map_err(|e| e.to_string())
}

fn render_table(p: &Portfolio, a: &Allocation) -> String {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(msg::optimise_heading(&a.scenario));
    line(String::new());
    let strategy = p.scenario.objective;
    line(msg::strategy_line(
        strategy.name(),
        strategy.explanation().text(),
    ));
    line(msg::status_line(
        a.status.key(),
        strategy == crate::scenario::Objective::Rank,
        a.gap,
        a.millis,
        a.backend.name(),
    ));
    if a.status == crate::optimise::Status::Infeasible {
        line(msg::CONFLICT_HEADING.to_string());
        if let Some(summary) = &a.conflict_summary {
            line(format!("  {summary}"));
        }
        for c in &a.conflict {
            line(format!("  • {c}"));
        }
        return out;
    }
    if strategy == crate::scenario::Objective::Rank {
        line(msg::rank_objective_line(&crate::i18n::number(
            a.objective,
            1,
        )));
    } else {
        line(msg::objective_line(
            &crate::i18n::number(a.objective, 1),
            &crate::i18n::number(a.baseline.objective, 1),
            &crate::i18n::number(a.gain(), 1),
        ));
    }
    line(String::new());
    line(msg::POTS.to_string());
    for (pot, s) in &a.pots {
        line(msg::pot_line(
            pot.name(),
            &s.budget.to_short_string(),
            s.decided,
            &s.allocated.to_kr_string(),
            &s.remaining.to_kr_string(),
        ));
    }
    if !a.others.is_empty() {
        line(String::new());
        line(msg::OTHER_STRATEGIES.to_string());
        let ids = |list: &[usize]| -> String {
            let shown: Vec<&str> = list
                .iter()
                .take(8)
                .map(|i| p.applications[*i].id.as_str())
                .collect();
            msg::id_list(&shown, list.len())
        };
        for o in &a.others {
            line(msg::other_strategy_line(
                o.strategy.name(),
                o.funded,
                &ids(&o.entering),
                o.entering.len(),
                &ids(&o.leaving),
                o.leaving.len(),
            ));
        }
    }
    if !a.overrides.is_empty() {
        line(String::new());
        line(msg::OVERRIDES.to_string());
        for o in &a.overrides {
            line(format!("  {}", o.effect(p)));
        }
    }
    if !a.limits.is_empty() {
        line(String::new());
        line(crate::text::optimise::LIMITS_HEADING.to_string());
        for l in &a.limits {
            line(format!("  {}", l.effect(p)));
        }
    }
    line(String::new());
    line(msg::funded_heading(a.funded.len()));
    let rows: Vec<Vec<String>> = a
        .funded
        .iter()
        .map(|f| {
            let app = &p.applications[f.app];
            vec![
                app.id.clone(),
                cut(&app.title, 44),
                app.form
                    .map_or(app.support.name(), |f| f.name())
                    .to_string(),
                f.amount.to_kr_string(),
                crate::i18n::number(f.score, 1),
                f.decision_body.clone(),
                if f.must_fund.is_some() {
                    msg::LOCKED.to_string()
                } else {
                    String::new()
                },
            ]
        })
        .collect();
    out.push_str(&table(
        &msg::FUNDED_HEADERS,
        &[
            Align::Left,
            Align::Left,
            Align::Left,
            Align::Right,
            Align::Right,
            Align::Left,
            Align::Left,
        ],
        &rows,
    ));
    out.push('\n');
    out.push_str(&msg::not_funded_heading(a.not_funded.len()));
    out.push('\n');
    // Without counterfactuals (`--no-counterfactuals`, or none found) their two columns
    // would stand empty: they are left out.
    let counterfactuals = a
        .not_funded
        .iter()
        .any(|n| n.budget_needed.key().is_some() || n.score_needed.key().is_some());
    let columns = if counterfactuals { 6 } else { 4 };
    let rows: Vec<Vec<String>> = a
        .not_funded
        .iter()
        .map(|n| {
            let app = &p.applications[n.app];
            let mut row = vec![
                app.id.clone(),
                cut(&app.title, 44),
                crate::i18n::number(p.assessments[n.app].score.total, 1),
                n.reason.name().to_string(),
                n.budget_needed
                    .value()
                    .map_or_else(|| n.budget_needed.word().to_string(), |b| b.to_kr_string()),
                n.score_needed.value().map_or_else(
                    || n.score_needed.word().to_string(),
                    |s| crate::i18n::number(s, 2),
                ),
            ];
            row.truncate(columns);
            row
        })
        .collect();
    out.push_str(&table(
        &msg::NOT_FUNDED_HEADERS[..columns],
        &[
            Align::Left,
            Align::Left,
            Align::Right,
            Align::Left,
            Align::Right,
            Align::Right,
        ][..columns],
        &rows,
    ));
    let displaced: Vec<&crate::optimise::Funded> = a
        .funded
        .iter()
        .filter(|f| !f.displaced.is_empty())
        .collect();
    if !displaced.is_empty() || !a.baseline.missed.is_empty() {
        out.push('\n');
        out.push_str(msg::VERSUS_RANKING.text());
        out.push('\n');
        let mut pots: BTreeMap<Support, (Vec<&str>, Vec<&str>)> = BTreeMap::new();
        for f in &displaced {
            let entry = pots.entry(p.applications[f.app].support).or_default();
            entry.0.push(&p.applications[f.app].id);
            for d in &f.displaced {
                if !entry.1.contains(&p.applications[*d].id.as_str()) {
                    entry.1.push(&p.applications[*d].id);
                }
            }
        }
        for (pot, (new, old)) in pots {
            out.push_str(&msg::displaced_line(pot.name(), &new, &old));
            out.push('\n');
        }
        for b in &a.baseline.missed {
            out.push_str(&msg::baseline_missed(&b.kind.name(p).to_string()));
            out.push('\n');
        }
    }
    if !a.warnings.is_empty() {
        out.push('\n');
        for w in &a.warnings {
            out.push_str(&format!("{}{w}\n", crate::text::files::WARNING_PREFIX));
        }
    }
    out
}
