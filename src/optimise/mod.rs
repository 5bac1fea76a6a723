//! The proposed allocation: a mixed-integer optimum within the budget's pots and years and the
//! scenario's constraints, re-checked in exact money, beside rank-and-fund, with a reason in
//! plain Swedish for every candidate (docs/berakning.md §3).

pub(crate) mod amounts;
pub(crate) mod baseline;
pub mod blocks;
pub(crate) mod conflict;
pub mod cuts;
pub(crate) mod hull;
pub(crate) mod kronor;
pub mod ledger;
pub(crate) mod lexi;
pub(crate) mod lpfile;
pub mod model;
pub mod solve;
pub(crate) mod why;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use crate::application::Support;
use crate::i18n::{Msg, Text};
use crate::money::Sek;
pub use crate::needed::Needed;
use crate::portfolio::Portfolio;
use crate::ranking::rank;
use crate::text::optimise as msg;

pub(crate) use baseline::Baseline;
pub use solve::Status;
pub(crate) use solve::{Backend, Stats};

use ledger::{Ledger, year_split};
use model::{Model, RowKind};
use solve::{Assignment, Options};

/// How to optimise.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Overrides the scenario's `time_limit` for the main solve.
    pub time_limit: Option<Duration>,
    /// Compute `budget_needed` and `score_needed` for every crowded-out candidate.
    pub counterfactuals: bool,
    /// The time counterfactuals may take; by default the scenario's time limit, at least 10 s.
    pub counterfactual_time: Option<Duration>,
    /// Compute counterfactuals only for this application (index into `applications`).
    pub focus: Option<usize>,
    pub backend: Backend,
    /// Give every candidate that is not funded its reason. `false` leaves `not_funded` empty
    /// and saves the solves that prove "blocked" — for callers that need only the funded set
    /// and the price of the overrides, such as a scenario simulation in the web UI.
    pub reasons: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            time_limit: None,
            counterfactuals: true,
            counterfactual_time: None,
            focus: None,
            backend: Backend::default(),
            reasons: true,
        }
    }
}

/// Why a candidate is not funded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Ineligible,
    /// Paid from a national allocation, not the region's pots: judged, never proposed here.
    PaidNationally,
    BelowMinScore,
    Excluded,
    Blocked,
    CrowdedOut,
}

impl Reason {
    /// Why a candidate is not funded, in a few words (tables, spreadsheets), in the current
    /// language.
    pub fn name(self) -> &'static str {
        match self {
            Reason::Ineligible => Msg("domain-reason-ineligible"),
            Reason::PaidNationally => Msg("domain-reason-paid-nationally"),
            Reason::BelowMinScore => Msg("domain-reason-below-min-score"),
            Reason::Excluded => Msg("domain-reason-excluded"),
            Reason::Blocked => Msg("domain-reason-blocked"),
            Reason::CrowdedOut => Msg("domain-reason-crowded-out"),
        }
        .text()
    }
}

/// A funded application.
#[derive(Debug, Clone, PartialEq)]
pub struct Funded {
    pub app: usize,
    pub amount: Sek,
    pub years: BTreeMap<i32, Sek>,
    pub score: f64,
    pub decision_body: String,
    pub must_fund: Option<Option<String>>,
    /// What the optimum funds instead of rank-and-fund in the same pot, when this one is in
    /// the optimum and not in rank-and-fund (the displaced, jointly).
    pub(crate) displaced: Vec<usize>,
    pub explanation: Text,
}

/// A candidate that is not funded.
#[derive(Debug, Clone, PartialEq)]
pub struct NotFunded {
    pub app: usize,
    pub reason: Reason,
    pub explanation: Text,
    /// The constraints or locks that block it, in words.
    pub(crate) blocked_by: Vec<Text>,
    /// The smallest increase of its pot's budget that funds it.
    pub budget_needed: Needed<Sek>,
    /// Funded besides it at that budget and not today (why an increase can exceed its request).
    pub(crate) budget_along: Vec<usize>,
    /// Funded today and not at that budget (why an increase can be less than its shortfall).
    pub(crate) budget_leaving: Vec<usize>,
    /// The smallest score (two decimals) that funds it.
    pub score_needed: Needed<f64>,
    /// The limits that stop it, as the model names them (for programs and tests; the words are
    /// in `explanation`).
    pub limits: Vec<RowKind>,
    /// The applications that have the money in its place: under `rank` the better-ranked that
    /// used the room; under `score` and `value` those that would make way in the best
    /// allocation that funds it.
    pub in_its_place: Vec<usize>,
    /// Under `score` and `value`: those that would come in with it in that allocation.
    pub coming_in: Vec<usize>,
}

impl NotFunded {
    pub(crate) fn new(
        app: usize,
        reason: Reason,
        explanation: Text,
        blocked_by: Vec<Text>,
    ) -> Self {
        NotFunded {
            app,
            reason,
            explanation,
            blocked_by,
            budget_needed: Needed::NotAsked,
            budget_along: Vec::new(),
            budget_leaving: Vec::new(),
            score_needed: Needed::NotAsked,
            limits: Vec::new(),
            in_its_place: Vec::new(),
            coming_in: Vec::new(),
        }
    }
}

/// One pot's money.
#[derive(Debug, Clone, PartialEq)]
pub struct PotSummary {
    pub budget: Sek,
    /// Already granted in the scenario's year (decisions recorded): used before the proposal.
    pub decided: Sek,
    pub allocated: Sek,
    pub remaining: Sek,
    /// Allocated per year (all years of this year's grants).
    pub years: BTreeMap<i32, Sek>,
}

/// A political override and what it costs.
#[derive(Debug, Clone, PartialEq)]
pub struct OverridePrice {
    pub id: String,
    /// `must_fund` or `exclude`.
    pub kind: &'static str,
    pub reason: Option<String>,
    /// The objective without the override minus the objective with it (positive: it costs);
    /// `None` when the scenario without it has no allocation to compare with.
    pub cost: Option<f64>,
    /// What the lock does to the proposal (other than to its own application): applications
    /// proposed without it and not with it, and the other way round, with their amounts.
    pub leaving: Vec<(usize, Sek)>,
    pub entering: Vec<(usize, Sek)>,
}

impl OverridePrice {
    /// What the lock does to the proposal, in one or two sentences with its reason.
    pub fn effect(&self, p: &Portfolio) -> Text {
        let must = self.kind == "must_fund";
        let id = self.id.as_str();
        let what = if must {
            crate::tt!("optimise-override-must-fund", id = id)
        } else {
            crate::tt!("optimise-override-exclude", id = id)
        };
        let ids = |apps: &[(usize, Sek)]| ids_of(p, apps);
        let sum = |apps: &[(usize, Sek)]| -> Sek { apps.iter().map(|(_, k)| *k).sum() };
        let mut effects = Vec::new();
        if !self.leaving.is_empty() {
            effects.push(crate::tt!(
                "optimise-override-out",
                ids = ids(&self.leaving),
                count = self.leaving.len(),
                amount = sum(&self.leaving)
            ));
        }
        if !self.entering.is_empty() {
            effects.push(crate::tt!(
                "optimise-override-in",
                ids = ids(&self.entering),
                count = self.entering.len(),
                amount = sum(&self.entering)
            ));
        }
        let sentence = if self.cost.is_none() {
            crate::tt!("optimise-override-no-price", id = id)
        } else if effects.is_empty() && must {
            crate::tt!("optimise-override-same-must-fund", id = id)
        } else if effects.is_empty() {
            crate::tt!("optimise-override-same-exclude", id = id)
        } else {
            crate::tt!(
                "optimise-override-effect",
                what = what,
                effects = Text::And(effects)
            )
        };
        match &self.reason {
            Some(r) => {
                // A reason is a sentence of its own: it ends with a full stop.
                let r = r.trim_end();
                let r = if r.ends_with(['.', '!', '?']) {
                    r.to_string()
                } else {
                    format!("{r}.")
                };
                Text::sentences(vec![
                    sentence,
                    crate::tt!("optimise-override-reason", reason = r),
                ])
            }
            None => sentence,
        }
    }
}

/// The result of `optimise`.
#[derive(Debug, Clone)]
pub struct Allocation {
    pub scenario: String,
    /// The strategy the proposal follows (the scenario's `objective`).
    pub strategy: crate::scenario::Objective,
    pub status: Status,
    pub objective: f64,
    pub bound: f64,
    pub gap: f64,
    pub funded: Vec<Funded>,
    pub not_funded: Vec<NotFunded>,
    pub pots: BTreeMap<Support, PotSummary>,
    pub baseline: Baseline,
    /// For an infeasible scenario: the named constraints and locks that cannot hold together.
    pub conflict: Vec<Text>,
    /// The conflict as one plain sentence.
    pub(crate) conflict_summary: Option<Text>,
    pub warnings: Vec<Text>,
    /// Every must_fund and exclude with its price in objective.
    pub overrides: Vec<OverridePrice>,
    /// What the other two strategies would fund instead (computed with the counterfactuals).
    pub others: Vec<OtherStrategy>,
    /// What each of the scenario's limits costs: the proposal without it (computed with the
    /// counterfactuals).
    pub limits: Vec<LimitPrice>,
    pub(crate) stats: Stats,
    pub(crate) backend: Backend,
    pub(crate) millis: f64,
}

impl Allocation {
    pub fn funded_ids<'a>(&'a self, p: &'a Portfolio) -> impl Iterator<Item = &'a str> {
        self.funded
            .iter()
            .map(|f| p.applications[f.app].id.as_str())
    }

    /// The gain over rank-and-fund, in objective units.
    pub(crate) fn gain(&self) -> f64 {
        self.objective - self.baseline.objective
    }
}

/// The optimum in whole kronor, checked exactly, without reasons: what `optimise` starts
/// from, and all that a budget sweep or a stability draw needs.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub model: Model,
    pub baseline: Baseline,
    pub outcome: solve::Outcome,
    pub status: Status,
    /// Application index → granted amount (empty when there is no allocation).
    pub granted: BTreeMap<usize, Sek>,
    pub objective: f64,
    pub bound: f64,
    pub gap: f64,
    pub warnings: Vec<Text>,
    /// Under `rank`, how each application's turn ended.
    pub(crate) walk: Option<lexi::Walk>,
}

/// The main solve's options: the scenario's time limit unless the settings override it.
fn main_options(p: &Portfolio, settings: &Settings) -> Options {
    Options {
        time_limit: settings
            .time_limit
            .unwrap_or_else(|| Duration::from_secs_f64(p.scenario.time_limit)),
        backend: settings.backend,
        ..Options::default()
    }
}

/// Solves a portfolio's scenario and re-checks the allocation in exact money.
pub fn propose(p: &Portfolio, settings: &Settings) -> Proposal {
    if p.scenario.objective == crate::scenario::Objective::Rank {
        return propose_by_rank(p, settings);
    }
    let m = model::build(p);
    let opts = main_options(p, settings);
    let baseline = baseline::rank_and_fund(p, &m);
    let starts: Vec<Assignment> = baseline_assignment(&m, &baseline).into_iter().collect();
    let outcome = solve::solve_from(&m, &opts, &starts);
    let Some(x) = outcome
        .assignment
        .clone()
        .filter(|_| outcome.status != Status::Infeasible)
    else {
        return Proposal {
            status: outcome.status,
            granted: BTreeMap::new(),
            objective: 0.0,
            bound: outcome.bound,
            gap: 0.0,
            warnings: m.warnings.clone(),
            model: m,
            baseline,
            outcome,
            walk: None,
        };
    };
    // Exact money: whole kronor, re-checked in Decimal; repaired if rounding broke a limit.
    let mut status = outcome.status;
    let mut granted = kronor::whole(p, &m, &x);
    // The tie rule: among allocations as good as this one, the one the ranking prefers.
    let mut warnings = m.warnings.clone();
    // Equally good is decidable only where the optimum is proven to the tie rule's 1e-9 (the
    // largest models stop at the 1e-6 that "optimal" allows; their solver's choice stands).
    let proven_to = (outcome.bound - outcome.objective).max(0.0) / outcome.objective.abs().max(1.0);
    if status == Status::Optimal && proven_to <= 1e-9 {
        match lexi::ties(p, &m, &x, &opts) {
            Ok(Some(mut better)) => {
                kronor::mend(p, &m, &mut better);
                granted = better;
            }
            Ok(None) => {}
            Err(()) => warnings.push(msg::ties_unsettled()),
        }
    }
    let mut ledger = Ledger::holding(p, m.vars.iter().map(|v| v.app), &granted);
    let mut breaches = ledger.breaches();
    while let Some(b) = breaches.iter().find(|b| !b.kind.is_minimum()) {
        let Some(victim) = repair_victim(p, &m, &granted, &b.kind) else {
            break;
        };
        warnings.push(msg::repaired(&p.applications[victim].id, b.kind.name(p)));
        ledger.remove(victim);
        granted.remove(&victim);
        status = Status::Feasible;
        breaches = ledger.breaches();
    }
    for b in &breaches {
        warnings.push(msg::still_broken(b.kind.name(p)));
    }
    let value_of = |granted: &BTreeMap<usize, Sek>| -> f64 {
        m.vars
            .iter()
            .filter_map(|v| granted.get(&v.app).map(|a| (v, a)))
            .map(|(v, a)| match v.partial_min {
                Some(_) => v.objective * a.to_f64(),
                None => v.objective,
            })
            .sum()
    };
    let mut objective = value_of(&granted);
    // The model keeps a krona or two of margin for part-funded amounts; rank-and-fund, checked
    // in exact money, may use them. The proposal is never worse than a feasible rank-and-fund.
    if baseline.is_feasible() && baseline.objective > objective + 1e-9 * objective.abs().max(1.0) {
        granted = baseline.funded.iter().copied().collect();
        objective = value_of(&granted);
    }
    let bound = outcome.bound.max(objective);
    let gap = ((bound - objective) / objective.abs().max(1e-9)).max(0.0);
    if status == Status::Optimal && gap > 1e-6 {
        status = Status::Feasible;
    }
    Proposal {
        model: m,
        baseline,
        outcome,
        status,
        granted,
        objective,
        bound,
        gap,
        warnings,
        walk: None,
    }
}

/// The strategy `rank`: the walk down the ranking (`lexi`), its amounts checked in the exact
/// books. `optimal` when every turn was answered for certain.
fn propose_by_rank(p: &Portfolio, settings: &Settings) -> Proposal {
    let m = model::build(p);
    let opts = main_options(p, settings);
    let started = Instant::now();
    let baseline = baseline::rank_and_fund(p, &m);
    let walk = lexi::walk(p, &m, &opts);
    let mut warnings = m.warnings.clone();
    let mut granted: BTreeMap<usize, Sek> = walk
        .turns
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t {
            lexi::Turn::Funded(amount) => Some((m.vars[i].app, *amount)),
            _ => None,
        })
        .collect();
    // A year's rounding may break a frame by a krona: the worst-ranked part-funded give it up.
    kronor::mend(p, &m, &mut granted);
    let mut status = if walk.infeasible {
        Status::Infeasible
    } else if walk.assignment.is_none() {
        Status::NoSolution
    } else if walk.proven() {
        Status::Optimal
    } else {
        Status::Feasible
    };
    let unknown = walk
        .turns
        .iter()
        .filter(|t| **t == lexi::Turn::Unknown)
        .count();
    if solve::trace() {
        eprintln!("[rank] {} turns, {} solves", walk.turns.len(), walk.solves);
    }
    if walk.assignment.is_some() && unknown > 0 {
        warnings.push(msg::rank_unproven(unknown));
    }
    let ledger = Ledger::holding(p, m.vars.iter().map(|v| v.app), &granted);
    if walk.assignment.is_some() {
        for b in ledger.breaches() {
            warnings.push(msg::still_broken(b.kind.name(p)));
            status = Status::Feasible;
        }
    }
    let objective: f64 = granted
        .keys()
        .filter_map(|app| m.vars.iter().find(|v| v.app == *app))
        .map(|v| v.score)
        .sum();
    let outcome = solve::Outcome {
        status,
        assignment: walk.assignment.clone(),
        objective,
        bound: objective,
        stats: Stats {
            variables: m.vars.len(),
            rows: m.rows.len(),
            millis: started.elapsed().as_secs_f64() * 1000.0,
            ..Stats::default()
        },
    };
    Proposal {
        model: m,
        baseline,
        outcome,
        status,
        granted,
        objective,
        bound: objective,
        gap: 0.0,
        warnings,
        walk: Some(walk),
    }
}

/// Optimises a portfolio's scenario: the proposal, a reason for every candidate, and (when
/// asked) what would change each decision.
pub fn optimise(p: &Portfolio, settings: &Settings) -> Allocation {
    let start = Instant::now();
    let opts = main_options(p, settings);
    let limit = opts.time_limit;
    let Proposal {
        model: m,
        baseline,
        outcome,
        status,
        granted,
        objective,
        bound,
        gap,
        warnings,
        walk,
    } = propose(p, settings);
    if outcome.assignment.is_none() || status == Status::Infeasible {
        let (conflict, summary) = if status == Status::Infeasible {
            let items = conflict::find(&m, settings.backend, limit.min(Duration::from_secs(20)));
            describe_conflict(p, &m, &items)
        } else {
            (Vec::new(), None)
        };
        return Allocation {
            scenario: p.scenario.name.clone(),
            strategy: p.scenario.objective,
            status,
            objective: 0.0,
            bound: outcome.bound,
            gap: 0.0,
            funded: Vec::new(),
            not_funded: reasons_without_allocation(p, &m),
            pots: pots(p, &BTreeMap::new()),
            baseline,
            conflict,
            conflict_summary: summary,
            warnings,
            overrides: Vec::new(),
            others: Vec::new(),
            limits: Vec::new(),
            stats: outcome.stats,
            backend: settings.backend,
            millis: start.elapsed().as_secs_f64() * 1000.0,
        };
    }
    if solve::trace() {
        eprintln!("[optimise] proposal after {:?}", start.elapsed());
    }
    // The whole of `optimise` — the proposal, then reasons, lock prices, the other
    // strategies and counterfactuals in what is left — ends by the time limit (at least 10 s),
    // give or take the step under way when it comes.
    let after = match settings.counterfactual_time {
        Some(t) => Instant::now() + t,
        None => start + limit.max(Duration::from_secs(10)),
    };
    let within = Settings {
        time_limit: Some(limit.min(after.saturating_duration_since(Instant::now()))),
        ..*settings
    };
    let funded = funded_list(p, &m, &granted, &baseline);
    let mut forced_optima = BTreeMap::new();
    let mut not_funded = if let (true, Some(walk)) = (settings.reasons, &walk) {
        lexi::reasons(p, &m, &granted, walk, &opts, after)
    } else if settings.reasons {
        let mut out = classify(p, &m, &granted, &opts, after);
        forced_optima = swaps(p, &m, &granted, &mut out, &opts, (settings.focus, after));
        out
    } else {
        Vec::new()
    };
    if solve::trace() {
        eprintln!("[optimise] reasons after {:?}", start.elapsed());
    }
    let overrides = override_prices(p, &within, objective, &granted, after);
    let others = if settings.counterfactuals {
        other_strategies(p, &within, &granted, after)
    } else {
        Vec::new()
    };
    let limits = if settings.counterfactuals {
        limit_prices(p, &within, &granted, after)
    } else {
        Vec::new()
    };
    if solve::trace() {
        eprintln!(
            "[optimise] lock prices and other strategies after {:?}",
            start.elapsed()
        );
    }
    let asked = Asked {
        focus: settings.focus,
        deadline: after,
    };
    if let (true, Some(walk)) = (settings.counterfactuals, &walk) {
        lexi::counterfactuals(p, &m, &granted, walk, &mut not_funded, &opts, asked);
    } else if settings.counterfactuals {
        counterfactuals(
            p,
            &m,
            &granted,
            &mut not_funded,
            &opts,
            Today {
                z: objective + tie_total(&m, &granted),
                forced: &forced_optima,
            },
            asked,
        );
    }
    if solve::trace() {
        eprintln!("[optimise] counterfactuals after {:?}", start.elapsed());
    }
    let mut warnings = warnings;
    let unanswered = not_funded
        .iter()
        .filter(|n| n.budget_needed == Needed::NotComputed || n.score_needed == Needed::NotComputed)
        .count();
    if unanswered > 0 {
        warnings.push(msg::not_computed(unanswered));
    }
    Allocation {
        scenario: p.scenario.name.clone(),
        strategy: p.scenario.objective,
        status,
        objective,
        bound,
        gap,
        funded,
        not_funded,
        pots: pots(p, &granted),
        baseline,
        conflict: Vec::new(),
        conflict_summary: None,
        warnings,
        overrides,
        limits,
        others,
        stats: outcome.stats,
        backend: settings.backend,
        millis: start.elapsed().as_secs_f64() * 1000.0,
    }
}

/// How far the counterfactuals of the running `optimise` have come (`done` of `total`), for a
/// progress display on a terminal.
pub struct Progress {
    pub total: std::sync::atomic::AtomicUsize,
    pub done: std::sync::atomic::AtomicUsize,
}

pub static PROGRESS: Progress = Progress {
    total: std::sync::atomic::AtomicUsize::new(0),
    done: std::sync::atomic::AtomicUsize::new(0),
};

impl Progress {
    pub(crate) fn start(&self, total: usize) {
        use std::sync::atomic::Ordering::Relaxed;
        self.done.store(0, Relaxed);
        self.total.store(total, Relaxed);
    }

    pub(crate) fn step(&self) {
        self.done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Which counterfactuals to compute, and by when.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Asked {
    /// Only this application's (index into `applications`).
    pub(crate) focus: Option<usize>,
    pub(crate) deadline: Instant,
}

/// What another strategy would propose for the same scenario, against this proposal.
#[derive(Debug, Clone, PartialEq)]
pub struct OtherStrategy {
    pub strategy: crate::scenario::Objective,
    pub status: Status,
    /// How many it funds.
    pub funded: usize,
    /// Funded by the other strategy and not by this proposal, in ranking order.
    pub entering: Vec<usize>,
    /// Funded by this proposal and not by the other strategy, in ranking order.
    pub leaving: Vec<usize>,
    /// What the other strategy allocates per pot.
    pub allocated: BTreeMap<Support, Sek>,
}

/// The proposals of the two other strategies, so that the choice of strategy is made knowingly.
fn other_strategies(
    p: &Portfolio,
    settings: &Settings,
    granted: &BTreeMap<usize, Sek>,
    deadline: Instant,
) -> Vec<OtherStrategy> {
    let order: Vec<usize> = rank(p)
        .iter()
        .filter_map(|r| p.applications.iter().position(|a| a.id == r.app.id))
        .collect();
    crate::scenario::Objective::ALL
        .into_iter()
        .filter(|o| *o != p.scenario.objective)
        .filter_map(|strategy| {
            let mut s = p.scenario.clone();
            s.objective = strategy;
            let q = p.rebuild(s, p.applications.clone()).ok()?;
            let other = propose(&q, &until(settings, deadline));
            let in_order = |keep: &dyn Fn(usize) -> bool| -> Vec<usize> {
                order.iter().copied().filter(|a| keep(*a)).collect()
            };
            let mut allocated: BTreeMap<Support, Sek> = BTreeMap::new();
            for (app, amount) in &other.granted {
                *allocated.entry(p.applications[*app].support).or_default() += *amount;
            }
            Some(OtherStrategy {
                strategy,
                status: other.status,
                funded: other.granted.len(),
                entering: in_order(&|a| {
                    other.granted.contains_key(&a) && !granted.contains_key(&a)
                }),
                leaving: in_order(&|a| granted.contains_key(&a) && !other.granted.contains_key(&a)),
                allocated,
            })
        })
        .collect()
}

/// The settings with the time limit cut to what is left before `deadline`.
fn until(settings: &Settings, deadline: Instant) -> Settings {
    let left = deadline.saturating_duration_since(Instant::now());
    Settings {
        time_limit: Some(settings.time_limit.map_or(left, |l| l.min(left))),
        ..*settings
    }
}

/// What each must_fund and exclude costs: the same scenario solved without it.
fn override_prices(
    p: &Portfolio,
    settings: &Settings,
    objective: f64,
    granted: &BTreeMap<usize, Sek>,
    deadline: Instant,
) -> Vec<OverridePrice> {
    let s = &p.scenario;
    let locks = s
        .must_fund
        .iter()
        .map(|l| (l, "must_fund"))
        .chain(s.exclude.iter().map(|l| (l, "exclude")));
    locks
        .map(|(lock, kind)| {
            let mut without = p.clone();
            without
                .scenario
                .must_fund
                .retain(|l| !(kind == "must_fund" && l.id == lock.id));
            without
                .scenario
                .exclude
                .retain(|l| !(kind == "exclude" && l.id == lock.id));
            let other = propose(&without, &until(settings, deadline));
            let priced = matches!(other.status, Status::Optimal | Status::Feasible);
            let cost = priced.then_some(other.objective - objective);
            let locked = p.applications.iter().position(|a| a.id == lock.id);
            let only =
                |x: &BTreeMap<usize, Sek>, y: &BTreeMap<usize, Sek>| only_in(priced, x, y, locked);
            OverridePrice {
                id: lock.id.clone(),
                kind,
                reason: lock.reason.clone(),
                cost,
                leaving: only(&other.granted, granted),
                entering: only(granted, &other.granted),
            }
        })
        .collect()
}

/// One of the scenario's limits and what the proposal would be without it: a constraint by
/// its name, the planning frames of later years, or the bemyndiganderam.
#[derive(Debug, Clone, PartialEq)]
pub struct LimitPrice {
    /// `constraint`, `frames` or `ceiling`.
    pub kind: &'static str,
    /// The constraint's name as the scenario gives it (empty for frames and the ceiling).
    pub name: String,
    /// Whether the scenario without the limit has an allocation to compare with.
    pub priced: bool,
    /// Proposed without the limit and not with it, and the other way round.
    pub leaving: Vec<(usize, Sek)>,
    pub entering: Vec<(usize, Sek)>,
}

impl LimitPrice {
    /// What the limit does to the proposal, in one sentence.
    pub fn effect(&self, p: &Portfolio) -> Text {
        let limit = match self.kind {
            "frames" => crate::tt!("optimise-limit-frames"),
            "ceiling" => crate::tt!("optimise-limit-ceiling"),
            _ => crate::tt!("optimise-limit-constraint", name = self.name.as_str()),
        };
        let ids = |apps: &[(usize, Sek)]| ids_of(p, apps);
        let sum = |apps: &[(usize, Sek)]| -> Sek { apps.iter().map(|(_, k)| *k).sum() };
        if !self.priced {
            return crate::tt!("optimise-limit-no-price", limit = limit);
        }
        if self.leaving.is_empty() && self.entering.is_empty() {
            return crate::tt!("optimise-limit-same", limit = limit);
        }
        let mut effects = Vec::new();
        if !self.leaving.is_empty() {
            effects.push(crate::tt!(
                "optimise-limit-in",
                ids = ids(&self.leaving),
                count = self.leaving.len(),
                amount = sum(&self.leaving)
            ));
        }
        if !self.entering.is_empty() {
            effects.push(crate::tt!(
                "optimise-limit-out",
                ids = ids(&self.entering),
                count = self.entering.len(),
                amount = sum(&self.entering)
            ));
        }
        crate::tt!(
            "optimise-limit-effect",
            limit = limit,
            effects = Text::And(effects)
        )
    }
}

/// Every limit of the scenario priced: the proposal re-made without it (its constraints one
/// at a time, the later years' planning frames together, the bemyndiganderam), and which
/// applications would then enter or leave.
fn limit_prices(
    p: &Portfolio,
    settings: &Settings,
    granted: &BTreeMap<usize, Sek>,
    deadline: Instant,
) -> Vec<LimitPrice> {
    let s = &p.scenario;
    let mut limits: Vec<(&'static str, String, Portfolio)> = Vec::new();
    for (k, c) in s.constraints.iter().enumerate() {
        let mut without = p.clone();
        without.scenario.constraints.remove(k);
        limits.push(("constraint", c.name.clone(), without));
    }
    if !s.planning_frames.is_empty() {
        let mut without = p.clone();
        without.scenario.planning_frames.clear();
        limits.push(("frames", String::new(), without));
    }
    if s.commitment_ceiling.is_some() {
        let mut without = p.clone();
        without.scenario.commitment_ceiling = None;
        limits.push(("ceiling", String::new(), without));
    }
    limits
        .into_iter()
        .map(|(kind, name, without)| {
            let other = propose(&without, &until(settings, deadline));
            let priced = matches!(other.status, Status::Optimal | Status::Feasible);
            let only =
                |x: &BTreeMap<usize, Sek>, y: &BTreeMap<usize, Sek>| only_in(priced, x, y, None);
            LimitPrice {
                kind,
                name,
                priced,
                leaving: only(&other.granted, granted),
                entering: only(granted, &other.granted),
            }
        })
        .collect()
}

/// The applications as "A, B och C" in a sentence.
fn ids_of(p: &Portfolio, apps: &[(usize, Sek)]) -> Text {
    Text::And(
        apps.iter()
            .map(|(a, _)| Text::Plain(p.applications[*a].id.clone()))
            .collect(),
    )
}

/// What allocation `x` grants and `y` does not (`skip` aside); nothing when the other
/// proposal could not be made.
fn only_in(
    priced: bool,
    x: &BTreeMap<usize, Sek>,
    y: &BTreeMap<usize, Sek>,
    skip: Option<usize>,
) -> Vec<(usize, Sek)> {
    if !priced {
        return Vec::new();
    }
    x.iter()
        .filter(|(a, _)| !y.contains_key(a) && Some(**a) != skip)
        .map(|(a, k)| (*a, *k))
        .collect()
}

fn tie_total(m: &Model, granted: &BTreeMap<usize, Sek>) -> f64 {
    m.vars
        .iter()
        .filter(|v| granted.contains_key(&v.app))
        .map(|v| v.tie)
        .sum()
}

fn baseline_assignment(m: &Model, b: &Baseline) -> Option<Assignment> {
    if !b.is_feasible() {
        return None;
    }
    let mut x = Assignment {
        y: vec![false; m.vars.len()],
        a: vec![0.0; m.vars.len()],
    };
    for (app, amount) in &b.funded {
        let i = m.vars.iter().position(|v| v.app == *app)?;
        x.y[i] = true;
        x.a[i] = amount.to_f64();
    }
    Some(x)
}

/// The funded application to drop to mend a broken limit: the one with the least objective
/// among those that weigh on it, never a must_fund.
fn repair_victim(
    p: &Portfolio,
    m: &Model,
    granted: &BTreeMap<usize, Sek>,
    kind: &RowKind,
) -> Option<usize> {
    let row = m.rows.iter().find(|r| r.kind == *kind);
    m.vars
        .iter()
        .enumerate()
        .filter(|(_, v)| granted.contains_key(&v.app) && v.lock != Some(true))
        .filter(|(i, v)| match row {
            Some(r) => r
                .terms
                .iter()
                .any(|t| t.var == *i && (t.y > 0.0 || t.a > 0.0)),
            None => p.applications[v.app].support == kind_pot(kind).unwrap_or(v.pot),
        })
        .min_by(|a, b| {
            a.1.full_value()
                .total_cmp(&b.1.full_value())
                .then(b.1.rank.cmp(&a.1.rank))
        })
        .map(|(_, v)| v.app)
}

fn kind_pot(kind: &RowKind) -> Option<Support> {
    match kind {
        RowKind::Budget(pot) | RowKind::Frame(pot, _) => Some(*pot),
        _ => None,
    }
}

fn pots(p: &Portfolio, granted: &BTreeMap<usize, Sek>) -> BTreeMap<Support, PotSummary> {
    p.scenario
        .budgets()
        .into_iter()
        .map(|(pot, budget)| {
            let mut years: BTreeMap<i32, Sek> = BTreeMap::new();
            let mut allocated = Sek::ZERO;
            for (app, amount) in granted
                .iter()
                .filter(|(a, _)| p.applications[**a].support == pot)
            {
                allocated += *amount;
                for (y, v) in year_split(p, *app, *amount) {
                    *years.entry(y).or_default() += v;
                }
            }
            let decided = p.decided_total(pot);
            (
                pot,
                PotSummary {
                    budget,
                    decided,
                    allocated,
                    remaining: budget.saturating_sub(decided).saturating_sub(allocated),
                    years,
                },
            )
        })
        .collect()
}

fn funded_list(
    p: &Portfolio,
    m: &Model,
    granted: &BTreeMap<usize, Sek>,
    baseline: &Baseline,
) -> Vec<Funded> {
    let var_of: BTreeMap<usize, usize> =
        m.vars.iter().enumerate().map(|(k, v)| (v.app, k)).collect();
    let in_baseline: std::collections::BTreeSet<usize> =
        baseline.funded.iter().map(|(a, _)| *a).collect();
    let mut displaced_by_pot: BTreeMap<Support, Vec<usize>> = BTreeMap::new();
    for (a, _) in &baseline.funded {
        if !granted.contains_key(a) {
            displaced_by_pot
                .entry(p.applications[*a].support)
                .or_default()
                .push(*a);
        }
    }
    let ranking = rank(p);
    let mut out = Vec::new();
    let index = app_index(p);
    for r in &ranking {
        let Some(&i) = index.get(r.app.id.as_str()) else {
            continue;
        };
        let Some(amount) = granted.get(&i) else {
            continue;
        };
        let app = &p.applications[i];
        let rules = p.rules.at(r.assessment.rules_date);
        let body = rules.map_or_else(
            || r.assessment.decision_body.clone(),
            |set| set.decision_body(app.support, *amount).to_string(),
        );
        let lock = p
            .scenario
            .must_fund
            .iter()
            .find(|l| l.id == app.id)
            .map(|l| l.reason.clone());
        // Displaced: in the same pot, funded by rank-and-fund and not by the optimum (listed
        // with each application only while the list is short enough to read).
        let displaced: Vec<usize> = if in_baseline.contains(&i) {
            Vec::new()
        } else {
            displaced_by_pot
                .get(&app.support)
                .filter(|d| d.len() <= 50)
                .cloned()
                .unwrap_or_default()
        };
        let var = var_of.get(&i).map(|k| &m.vars[*k]);
        let displaced_ids: Vec<&str> = displaced
            .iter()
            .map(|d| p.applications[*d].id.as_str())
            .collect();
        let explanation = msg::funded(
            app.requested,
            *amount,
            r.assessment.score.total,
            r.rank,
            lock.as_ref(),
            &displaced_ids,
            var.is_some_and(|v| v.partial_min.is_some()),
        );
        out.push(Funded {
            app: i,
            amount: *amount,
            years: year_split(p, i, *amount),
            score: r.assessment.score.total,
            decision_body: body,
            must_fund: lock,
            displaced,
            explanation,
        });
    }
    out
}

/// Application id → index into `p.applications`.
fn app_index(p: &Portfolio) -> BTreeMap<&str, usize> {
    p.applications
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect()
}

/// Reasons for candidates that are not variables of the model at all.
fn reason_outside_model(p: &Portfolio, app: usize) -> Option<NotFunded> {
    let a = &p.applications[app];
    let (_, assessment) = p.application(&a.id)?;
    let s = &p.scenario;
    let (reason, explanation) = if !assessment.eligibility.eligible() {
        let rules: Vec<Text> = assessment
            .eligibility
            .breaches
            .iter()
            .map(|b| b.message.clone())
            .collect();
        (Reason::Ineligible, msg::ineligible(&rules))
    } else if assessment.eligibility.paid_nationally.is_some() {
        let form = a.form.map_or("", |f| f.name());
        (Reason::PaidNationally, msg::paid_nationally(form))
    } else if let Some(lock) = s.exclude.iter().find(|l| l.id == a.id) {
        (Reason::Excluded, msg::excluded(lock.reason.as_deref()))
    } else if let Some(min) = s
        .min_score
        .filter(|m| assessment.score.total < *m && !s.is_must_fund(&a.id))
    {
        (
            Reason::BelowMinScore,
            msg::below_min_score(assessment.score.total, min),
        )
    } else if !s.budget_written.contains_key(&a.support) {
        return Some(NotFunded::new(
            app,
            Reason::Blocked,
            msg::no_budget(a.support.lower()),
            vec![msg::no_budget(a.support.lower())],
        ));
    } else {
        return None;
    };
    Some(NotFunded::new(app, reason, explanation, Vec::new()))
}

fn reasons_without_allocation(p: &Portfolio, m: &Model) -> Vec<NotFunded> {
    rank(p)
        .iter()
        .filter_map(|r| {
            let app = p.applications.iter().position(|a| a.id == r.app.id)?;
            if m.vars.iter().any(|v| v.app == app) {
                return None;
            }
            reason_outside_model(p, app)
        })
        .collect()
}

/// Portfolios with more fundable applications than this get their reasons from the exact
/// books (the locks and the application alone) instead of one forced solve per application.
const EXACT_REASONS_UP_TO: usize = 300;

/// Reasons for every candidate not funded, in ranking order.
fn classify(
    p: &Portfolio,
    m: &Model,
    granted: &BTreeMap<usize, Sek>,
    opts: &Options,
    deadline: Instant,
) -> Vec<NotFunded> {
    let mut out = Vec::new();
    let short = Options {
        time_limit: opts.time_limit.min(Duration::from_secs(5)),
        backend: opts.backend,
        ..Options::default()
    };
    let index = app_index(p);
    let var_of: BTreeMap<usize, usize> =
        m.vars.iter().enumerate().map(|(i, v)| (v.app, i)).collect();
    let exact = m.vars.len() <= EXACT_REASONS_UP_TO;
    let mut locked = Ledger::new(p, m.vars.iter().map(|v| v.app));
    for v in m.vars.iter().filter(|v| v.lock == Some(true)) {
        locked.add(v.app, p.applications[v.app].requested);
    }
    let proposal = Ledger::holding(p, m.vars.iter().map(|v| v.app), granted);
    let already: Vec<RowKind> = proposal.breaches().into_iter().map(|b| b.kind).collect();
    for r in rank(p) {
        let Some(&app) = index.get(r.app.id.as_str()) else {
            continue;
        };
        if granted.contains_key(&app) {
            continue;
        }
        if let Some(reason) = reason_outside_model(p, app) {
            out.push(reason);
            continue;
        }
        let Some(&i) = var_of.get(&app) else { continue };
        // Sure answers from the exact books: a `requires` whose prerequisite cannot be funded,
        // or a limit that the locks and this application alone already break (limits that
        // only fill up can never be mended by funding more).
        let least = lexi::least(p, m, i);
        let sure_block: Option<Vec<Text>> = m
            .rows
            .iter()
            .find(|row| {
                matches!(row.kind, RowKind::Blocked(_)) && row.terms.iter().any(|t| t.var == i)
            })
            .map(|row| vec![row.kind.name(p)])
            .or_else(|| {
                locked
                    .would_break(app, least)
                    .filter(|b| !matches!(b.kind, RowKind::Requires(_)))
                    .map(|b| vec![b.kind.name(p)])
            });
        let blocked_by = match sure_block {
            Some(names) => Some(names),
            // Past the time after the proposal, the books' answer stands.
            None if !exact || Instant::now() >= deadline => None,
            None => {
                // Can any allocation that keeps the rules fund it? The books with it forced in
                // answer most cases at once; a solve answers the rest.
                let possible = why::forced_quickly(p, m, i)
                    .unwrap_or_else(|| why::forced(m, i, &short).is_some());
                if possible {
                    None
                } else {
                    let mut forced = m.clone();
                    forced.vars[i].lock = Some(true);
                    let items = conflict::find(&forced, opts.backend, Duration::from_secs(5));
                    Some(
                        items
                            .iter()
                            .filter(|item| !matches!(item, conflict::Item::Lock(k) if *k == i))
                            .map(|item| describe_item(p, m, item))
                            .collect(),
                    )
                }
            }
        };
        out.push(match blocked_by {
            None => {
                // The limit it breaks beside the proposal, with the numbers (the books' truth;
                // who would make way comes from the forced solve, `swaps`).
                let mut with = proposal.clone();
                with.add(app, least);
                let broken: Vec<ledger::Breach> = with
                    .breaches()
                    .into_iter()
                    .filter(|b| !already.contains(&b.kind))
                    .collect();
                let mut sentences = vec![msg::crowded_out_plain()];
                sentences.extend(
                    broken
                        .first()
                        .map(|b| lexi::limit_sentence(p, m, i, b, None)),
                );
                let mut nf = NotFunded::new(
                    app,
                    Reason::CrowdedOut,
                    Text::sentences(sentences),
                    broken.iter().map(|b| b.kind.name(p)).collect(),
                );
                nf.limits = broken.into_iter().map(|b| b.kind).collect();
                nf
            }
            Some(names) => NotFunded::new(app, Reason::Blocked, msg::blocked(&names), names),
        });
    }
    out
}

/// What is known of today's optimum: its value (tie-break bonuses included) and, by
/// application, the best allocation that funds it where `swaps` found it.
struct Today<'a> {
    z: f64,
    forced: &'a BTreeMap<usize, (f64, Assignment)>,
}

/// Fills `budget_needed` and `score_needed` for crowded-out candidates (and `budget_needed`
/// for blocked ones), in parallel over candidates.
fn counterfactuals(
    p: &Portfolio,
    m: &Model,
    granted: &BTreeMap<usize, Sek>,
    not_funded: &mut [NotFunded],
    opts: &Options,
    today: Today,
    asked: Asked,
) {
    let Today {
        z,
        forced: forced_optima,
    } = today;
    use rayon::prelude::*;
    let Asked { focus, deadline } = asked;
    let short = Options {
        time_limit: Duration::from_secs(5),
        backend: opts.backend,
        ..Options::default()
    };
    let budgets = p.scenario.budgets();
    let mut proposal = Assignment {
        y: vec![false; m.vars.len()],
        a: vec![0.0; m.vars.len()],
    };
    for (i, v) in m.vars.iter().enumerate() {
        if let Some(amount) = granted.get(&v.app) {
            proposal.y[i] = true;
            proposal.a[i] = amount.to_f64();
        }
    }
    let cache = why::BudgetCache::new(p).starting_from(proposal);
    let asked = |n: &NotFunded| {
        matches!(n.reason, Reason::CrowdedOut | Reason::Blocked) && focus.is_none_or(|f| f == n.app)
    };
    PROGRESS.start(not_funded.iter().filter(|n| asked(n)).count());
    // First every score needed (a solve or a few each, from the forced optima the reasons
    // made), then the budget searches, which can take seconds each: a search that fills the
    // time must not leave the quick answers of the others uncomputed.
    let losses: Vec<Option<(f64, Assignment)>> = not_funded
        .par_iter_mut()
        .map(|nf| {
            if !asked(nf) {
                return None;
            }
            let i = m.vars.iter().position(|v| v.app == nf.app)?;
            if Instant::now() >= deadline {
                nf.score_needed = Needed::NotComputed;
                return None;
            }
            if nf.reason != Reason::CrowdedOut {
                // Blocked: no allocation that keeps the rules funds it, whatever its score.
                nf.score_needed = Needed::None;
                return None;
            }
            let optimum = forced_optima
                .get(&nf.app)
                .cloned()
                .or_else(|| why::forced(m, i, &short));
            let Some((with_i, with)) = optimum else {
                nf.score_needed = Needed::NotComputed;
                return None;
            };
            let with_tie = with_i + m.vars[i].tie;
            nf.score_needed = match why::score_needed(m, i, z, with_tie, &short) {
                Needed::Found(s) if s > 100.0 && p.applications[nf.app].given_score.is_none() => {
                    Needed::None
                }
                found => found,
            };
            Some((z - with_tie, with))
        })
        .collect();
    not_funded
        .par_iter_mut()
        .zip(losses)
        .filter(|(n, _)| asked(n))
        .for_each(|(nf, loss)| {
            let _step = Step;
            let Some(i) = m.vars.iter().position(|v| v.app == nf.app) else {
                return;
            };
            let pot = m.vars[i].pot;
            if Instant::now() >= deadline {
                nf.budget_needed = Needed::NotComputed;
            } else if let Some(budget) = budgets.get(&pot) {
                let started = Instant::now();
                let found = why::budget_needed(
                    p,
                    m,
                    pot,
                    budget.to_f64(),
                    i,
                    (loss.as_ref().map(|l| l.0), loss.as_ref().map(|l| &l.1)),
                    &cache,
                    &short,
                    deadline,
                );
                if solve::trace() {
                    eprintln!(
                        "[counterfactual] {}: budget {:?} in {:?}",
                        p.applications[nf.app].id,
                        found.clone().map(|_| ()).key(),
                        started.elapsed()
                    );
                }
                if let Needed::Found((_, funded)) = &found {
                    nf.budget_along = m
                        .vars
                        .iter()
                        .zip(funded)
                        .filter(|(v, y)| **y && v.app != nf.app && !granted.contains_key(&v.app))
                        .map(|(v, _)| v.app)
                        .collect();
                    nf.budget_leaving = m
                        .vars
                        .iter()
                        .zip(funded)
                        .filter(|(v, y)| !**y && granted.contains_key(&v.app))
                        .map(|(v, _)| v.app)
                        .collect();
                }
                nf.budget_needed = found.map(|(level, _)| {
                    let level = Sek::from_decimal(Decimal::from_f64(level).unwrap_or_default());
                    level.saturating_sub(*budget).max(Sek::kr(1))
                });
            }
            if nf.reason == Reason::CrowdedOut
                && let Some(then) = would_fund(p, nf, pot)
            {
                nf.explanation = Text::sentences(vec![nf.explanation.clone(), then]);
            }
        });
}

/// Under `score` and `value`, for every crowded-out candidate (above `EXACT_REASONS_UP_TO`
/// variables only the one in focus), the best allocation that funds it (a proven optimum with
/// it locked in; in parallel, by `deadline`): who would make way,
/// who would come in, and what each side is worth, added to its reason. Returns those optima
/// (objective, allocation) by application, for the counterfactuals to start from.
fn swaps(
    p: &Portfolio,
    m: &Model,
    granted: &BTreeMap<usize, Sek>,
    not_funded: &mut [NotFunded],
    opts: &Options,
    (focus, deadline): (Option<usize>, Instant),
) -> BTreeMap<usize, (f64, Assignment)> {
    use rayon::prelude::*;
    // Above `EXACT_REASONS_UP_TO` fundable applications a forced solve per crowded-out one
    // (hundreds of solves of half a second at 1 000) would fill the whole time limit on every
    // run: there only the application asked about (`explain`) gets its swap.
    let every = m.vars.len() <= EXACT_REASONS_UP_TO;
    let place: BTreeMap<usize, usize> = m.vars.iter().map(|v| (v.app, v.rank)).collect();
    let worth = |v: &model::Var, amount: Option<&Sek>| match (amount, v.partial_min) {
        (None, _) => 0.0,
        (Some(a), Some(_)) => v.objective * a.to_f64(),
        (Some(_), None) => v.objective,
    };
    not_funded
        .par_iter_mut()
        .filter(|nf| nf.reason == Reason::CrowdedOut && (every || focus == Some(nf.app)))
        .filter_map(|nf| {
            let i = m.vars.iter().position(|v| v.app == nf.app)?;
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return None;
            }
            let mut f = m.clone();
            f.vars[i].lock = Some(true);
            let short = Options {
                time_limit: opts.time_limit.min(Duration::from_secs(5)).min(left),
                backend: opts.backend,
                ..Options::default()
            };
            let o = solve::solve(&f, &short);
            let x = o.assignment.filter(|_| o.status == Status::Optimal)?;
            let with = kronor::whole(p, &f, &x);
            let (mut out_worth, mut in_worth) = (0.0, 0.0);
            for v in &m.vars {
                let d = worth(v, with.get(&v.app)) - worth(v, granted.get(&v.app));
                if d < 0.0 {
                    out_worth -= d;
                } else {
                    in_worth += d;
                }
            }
            let by_place = |mut apps: Vec<usize>| {
                apps.sort_by_key(|a| place.get(a).copied());
                apps
            };
            let out = by_place(
                granted
                    .keys()
                    .filter(|a| !with.contains_key(a))
                    .copied()
                    .collect(),
            );
            let come_in = by_place(
                with.keys()
                    .filter(|a| !granted.contains_key(a) && **a != nf.app)
                    .copied()
                    .collect(),
            );
            if !out.is_empty() {
                let ids = |apps: &[usize]| -> Vec<&str> {
                    apps.iter()
                        .map(|a| p.applications[*a].id.as_str())
                        .collect()
                };
                let value = m.objective == crate::scenario::Objective::Value;
                let swap =
                    msg::crowded_swap(&ids(&out), &ids(&come_in), out_worth, in_worth, value);
                nf.explanation = Text::sentences(vec![nf.explanation.clone(), swap]);
                nf.in_its_place = out;
                nf.coming_in = come_in;
            }
            Some((nf.app, (o.objective, x)))
        })
        .collect()
}

/// Counts one candidate's counterfactuals as done when dropped (whichever way it returns).
pub(crate) struct Step;

impl Drop for Step {
    fn drop(&mut self) {
        PROGRESS.step();
    }
}

/// The counterfactuals of a candidate in a sentence or two, if any were asked for.
fn would_fund(p: &Portfolio, nf: &NotFunded, pot: Support) -> Option<Text> {
    let ids = |apps: &[usize]| -> Vec<&str> {
        apps.iter()
            .map(|a| p.applications[*a].id.as_str())
            .collect()
    };
    msg::would_fund(
        pot.lower(),
        nf.budget_needed,
        p.applications[nf.app].requested,
        [&ids(&nf.budget_along), &ids(&nf.budget_leaving)],
        nf.score_needed,
    )
}

fn describe_item(p: &Portfolio, m: &Model, item: &conflict::Item) -> Text {
    match item {
        conflict::Item::Row(kind) => kind.name(p),
        conflict::Item::Lock(i) => msg::lock_name(&p.applications[m.vars[*i].app].id),
    }
}

/// The conflict as names and as one sentence ("must_fund summerar till 19,2 mkr men
/// projektmedel 2021 är 18,4 mkr" where locks meet one money limit).
fn describe_conflict(
    p: &Portfolio,
    m: &Model,
    items: &[conflict::Item],
) -> (Vec<Text>, Option<Text>) {
    let names: Vec<Text> = items.iter().map(|i| describe_item(p, m, i)).collect();
    if names.is_empty() {
        return (names, None);
    }
    let locks: Vec<usize> = items
        .iter()
        .filter_map(|i| match i {
            conflict::Item::Lock(v) => Some(*v),
            _ => None,
        })
        .collect();
    let money_rows: Vec<&RowKind> = items
        .iter()
        .filter_map(|i| match i {
            conflict::Item::Row(
                k @ (RowKind::Budget(_)
                | RowKind::Frame(..)
                | RowKind::Ceiling
                | RowKind::PerApplicant(..)
                | RowKind::DeMinimis(_)),
            ) => Some(k),
            _ => None,
        })
        .collect();
    if !locks.is_empty() && money_rows.len() == 1 && items.len() == locks.len() + 1 {
        let kind = money_rows[0];
        let ids: Vec<&str> = locks
            .iter()
            .map(|v| p.applications[m.vars[*v].app].id.as_str())
            .collect();
        let row = m.rows.iter().find(|r| r.kind == *kind);
        let total: f64 = locks
            .iter()
            .map(|v| {
                row.and_then(|r| r.terms.iter().find(|t| t.var == *v))
                    .map_or(0.0, |t| t.y + t.a * m.vars[*v].requested)
            })
            .sum();
        let limit = limit_of(p, kind);
        let total = Sek::from_decimal(Decimal::from_f64(total.round()).unwrap_or_default());
        return (
            names,
            Some(msg::locks_exceed(&ids, total, kind.name(p), limit)),
        );
    }
    (names.clone(), Some(msg::cannot_hold_together(&names)))
}

/// The limit of a money row in kronor, as the scenario writes it.
fn limit_of(p: &Portfolio, kind: &RowKind) -> Option<Sek> {
    let s = &p.scenario;
    match kind {
        // What the year's decisions have left of it.
        RowKind::Budget(pot) => s
            .budget(*pot)
            .map(|b| b.saturating_sub(p.decided_total(*pot))),
        RowKind::Frame(pot, year) => s
            .planning_frames
            .get(year)
            .and_then(|f| f.get(pot))
            .copied(),
        RowKind::Ceiling => s.commitment_ceiling,
        RowKind::PerApplicant(k, _) => match &s.constraints[*k].kind {
            crate::scenario::ConstraintKind::PerApplicant { max } => Some(*max),
            _ => None,
        },
        RowKind::DeMinimis(key) => p.de_minimis_groups.get(key).map(|g| g.room),
        _ => None,
    }
}
