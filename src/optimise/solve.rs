//! Solving the model to proven optimality, fast on the shapes that occur.
//!
//! The pipeline (ARCHITECTURE.md, "The optimiser"):
//! 1. **Presolve**: locks are fixed; what cannot fit even alone is fixed to 0.
//! 2. **Incumbents**: rank-and-fund order and density order, filled greedily (part-funded
//!    applications take what still fits), then improved by adding and swapping.
//! 3. **Bound**: the LP relaxation (clarabel, pure Rust) gives multipliers λ ≥ 0 for the rows;
//!    from them we compute our own Lagrangian bound `Σ λ·rhs + Σ max(0, reduced value)`, valid
//!    for any λ ≥ 0, so an inexact LP can weaken the bound but never make it wrong.
//! 4. **Reduced-cost fixing** (the knapsack "core"): a variable whose reduced value cannot let
//!    any allocation at least as good as the incumbent change it is fixed.
//! 5. **Settled amounts** (amounts.rs): amounts of funded part-fundable applications that the
//!    bound and their order in parallel groups decide.
//! 6. **Components**: what is left splits into groups that no row couples; each is solved by
//!    branch and bound (good_lp with microlp by default, HiGHS with the `highs` feature), warm
//!    started from the incumbent, within the time limit.
//!
//! Every step keeps all allocations at least as good as the incumbent, so the optimum of the
//! core is the optimum of the model.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use good_lp::solvers::{DualValues, SolutionWithDual};
use good_lp::{
    Expression, ProblemVariables, ResolutionError, Solution, SolutionStatus, SolverModel, Variable,
    WithInitialSolution, WithMipGap, WithTimeLimit, variable,
};

use crate::optimise::amounts;
use crate::optimise::blocks::{self, Decomposition};
use crate::optimise::cuts;
use crate::optimise::hull;
use crate::optimise::model::{Model, Row, RowKind, Term};

/// Rows hold when their sum exceeds the limit by at most this share of it. Money rows are in
/// kronor with a margin of half a krona (`floor(limit) + 0.5`), so the tolerance must stay far
/// below that: 1e-9 of 100 mkr is 0,1 kr.
const EPS: f64 = 1e-9;
/// Above this many undecided variables, cover inequalities are separated only from rows over
/// more than `blocks::LOCAL_TERMS` of them: the decomposition's blocks and the core's hulls know
/// the small rows exactly, and each round of cuts costs an LP (a second at 10 000
/// applications, where five rounds were three quarters of the time to the proof). Below it an
/// LP costs milliseconds and the small rows' cuts tighten the LP that fixes variables: on the
/// shipped scenario leaving them out made the counterfactuals four times slower.
const LARGE_MODEL: usize = 2000;

/// Above this many undecided variables, a model that the decomposition applies to goes without
/// the root's LP relaxation: the decomposition's bound is at least as strong (its blocks are
/// exact), its multipliers are minimised from zero, and cover inequalities come from relax and
/// cut. The LP (clarabel) cost 1,2–2,7 s of 2–10 s at 10 000 applications and a third of the
/// time at 1 000; on the shipped scenario (118 variables) it costs milliseconds and its cuts
/// of small rows make the counterfactuals three times faster.
pub const ROOT_LP: usize = 500;

/// The size of row below which cover inequalities are not separated (see `LARGE_MODEL`).
fn small_rows(fixed: &[Option<bool>]) -> usize {
    if fixed.iter().filter(|f| f.is_none()).count() > LARGE_MODEL {
        blocks::LOCAL_TERMS
    } else {
        0
    }
}
/// Rounds of cover separation at the root.
const CUT_ROUNDS: usize = 5;
/// Subgradient steps on the decomposition's multipliers at the root.
const SUBGRADIENT_STEPS: usize = 200;
/// Cutting-plane steps after them.
const BOXSTEPS: usize = 300;

/// Which branch-and-bound solver runs on the core.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Backend {
    /// microlp, pure Rust: the default build needs nothing but cargo.
    #[default]
    Microlp,
    /// HiGHS (feature `highs`): needs cmake and libclang to build.
    #[cfg(feature = "highs")]
    Highs,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Microlp => "microlp",
            #[cfg(feature = "highs")]
            Backend::Highs => "highs",
        }
    }
}

/// How a solve ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Proven optimal (gap ≤ 1e-6 against the program's own bound).
    Optimal,
    /// An allocation, with a proven gap (for example at the time limit).
    Feasible,
    /// No allocation satisfies the scenario.
    Infeasible,
    /// The time limit came before any allocation was found.
    NoSolution,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Optimal => "optimal",
            Status::Feasible => "feasible",
            Status::Infeasible => "infeasible",
            Status::NoSolution => "no_solution",
        }
    }
}

/// Decisions and amounts, one per variable.
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    pub y: Vec<bool>,
    /// The amount (kronor, float) of each funded variable; 0 when not funded.
    pub a: Vec<f64>,
}

/// Measurements of one solve, for benchmarks and the curious.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Stats {
    pub variables: usize,
    pub rows: usize,
    pub fixed_by_presolve: usize,
    pub fixed_by_reduced_cost: usize,
    /// Amounts of part-funded applications settled before branch and bound (amounts.rs).
    pub amounts_settled: usize,
    /// Cover inequalities added at the root.
    pub cuts: usize,
    pub core: usize,
    pub components: usize,
    pub lp_bound: Option<f64>,
    pub incumbent: Option<f64>,
    pub millis: f64,
}

/// The result of a solve.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status: Status,
    pub assignment: Option<Assignment>,
    /// The objective of the assignment (without the tie-break bonuses).
    pub objective: f64,
    /// A proven upper bound on the objective.
    pub bound: f64,
    pub stats: Stats,
}

impl Outcome {
    /// The relative gap between the bound and the objective.
    pub fn gap(&self) -> f64 {
        if self.assignment.is_none() {
            return f64::INFINITY;
        }
        ((self.bound - self.objective) / self.objective.abs().max(1e-9)).max(0.0)
    }
}

/// Options of a solve.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub time_limit: Duration,
    pub backend: Backend,
    /// Add cover inequalities at the root (on by default; off to measure what they do).
    pub cuts: bool,
    /// Ask only whether some allocation is worth at least this much (with tie-breaks): the
    /// outcome is `Feasible` with one such allocation, `Infeasible` when there is none, or
    /// `NoSolution` when the time limit came first.
    pub target: Option<f64>,
    /// Above this many undecided variables the root goes without the LP where the
    /// decomposition applies (`ROOT_LP`; the tests set 0 to check that path too).
    pub root_lp: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            time_limit: Duration::from_secs(30),
            backend: Backend::default(),
            cuts: true,
            target: None,
            root_lp: ROOT_LP,
        }
    }
}

/// The rows each variable appears in, with its term.
fn by_var(m: &Model) -> Vec<Vec<(usize, Term)>> {
    let mut out = vec![Vec::new(); m.vars.len()];
    for (r, row) in m.rows.iter().enumerate() {
        for t in &row.terms {
            out[t.var].push((r, *t));
        }
    }
    out
}

/// Objective with tie-breaks (what the solver maximises and compares).
pub fn value(m: &Model, x: &Assignment) -> f64 {
    m.vars
        .iter()
        .enumerate()
        .filter(|(i, _)| x.y[*i])
        .map(|(i, v)| v.value_at(x.a[i]))
        .sum()
}

/// Objective without tie-breaks (what is reported).
pub fn true_value(m: &Model, x: &Assignment) -> f64 {
    m.vars
        .iter()
        .enumerate()
        .filter(|(i, _)| x.y[*i])
        .map(|(i, v)| match v.partial_min {
            Some(_) => v.objective * x.a[i],
            None => v.objective,
        })
        .sum()
}

fn row_lhs(m: &Model, x: &Assignment) -> Vec<f64> {
    m.rows.iter().map(|row| row.lhs(&x.y, &x.a)).collect()
}

/// Whether an assignment satisfies every row and bound.
pub fn feasible(m: &Model, x: &Assignment) -> bool {
    let lhs = row_lhs(m, x);
    let rows_ok = m
        .rows
        .iter()
        .zip(&lhs)
        .all(|(row, l)| *l <= row.rhs + EPS * row.rhs.abs().max(1.0));
    let vars_ok = m.vars.iter().enumerate().all(|(i, v)| {
        let locked = v.lock.is_none_or(|l| l == x.y[i]);
        let amount_ok = !x.y[i]
            || match v.partial_min {
                Some(min) => x.a[i] >= min - 1e-6 && x.a[i] <= v.requested + 1e-6,
                None => true,
            };
        locked && amount_ok
    });
    rows_ok && vars_ok
}

/// Solves the model.
pub fn solve(m: &Model, opts: &Options) -> Outcome {
    solve_from(m, opts, &[])
}

/// Solves the model, starting from the given allocations as well as its own (rank-and-fund's
/// allocation, for one, so the optimum is never worse than it).
pub fn solve_from(m: &Model, opts: &Options, starts: &[Assignment]) -> Outcome {
    let start = Instant::now();
    let deadline = start + opts.time_limit;
    let adjacency = by_var(m);
    let mut stats = Stats {
        variables: m.vars.len(),
        rows: m.rows.len(),
        ..Stats::default()
    };
    let mut fixed: Vec<Option<bool>> = m.vars.iter().map(|v| v.lock).collect();
    stats.fixed_by_presolve = presolve(m, &adjacency, &mut fixed);

    let mut best: Option<(f64, Assignment)> = None;
    let consider = |candidate: Option<Assignment>, best: &mut Option<(f64, Assignment)>| {
        if let Some(x) = candidate
            && feasible(m, &x)
        {
            let v = value(m, &x);
            if best.as_ref().is_none_or(|(b, _)| v > *b) {
                *best = Some((v, x));
            }
        }
    };
    let by_rank: Vec<usize> = {
        let mut order: Vec<usize> = (0..m.vars.len()).collect();
        order.sort_by_key(|i| m.vars[*i].rank);
        order
    };
    for start in starts {
        if fixed
            .iter()
            .enumerate()
            .all(|(i, f)| f.is_none_or(|v| v == start.y[i]))
        {
            consider(Some(start.clone()), &mut best);
        }
    }
    consider(greedy(m, &adjacency, &fixed, &by_rank), &mut best);
    let by_density = density_order(m, &adjacency);
    consider(greedy(m, &adjacency, &fixed, &by_density), &mut best);

    let free = fixed.iter().filter(|f| f.is_none()).count();
    // A feasibility question (nothing to maximise) has nothing for a bound to prune.
    let question = m.vars.iter().all(|v| v.objective == 0.0 && v.tie == 0.0);
    let no_lp = free > opts.root_lp && Decomposition::new(m, &fixed).is_some();
    let mut lagrange = if free > 0 && !question {
        if no_lp {
            let zero = vec![0.0; m.rows.len()];
            let y = m.vars.iter().map(|_| 1.0).collect();
            priced(m, &fixed, zero, y)
        } else {
            lagrangian(m, &fixed)
        }
    } else {
        None
    };
    // Cover inequalities tighten the LP; they hold for every allocation, so the model with
    // them has the same optimum.
    let mut strengthened: Option<Model> = None;
    if let Some(l) = lagrange.as_mut().filter(|_| opts.cuts && !no_lp) {
        for _ in 0..CUT_ROUNDS {
            let base = strengthened.as_ref().unwrap_or(m);
            let cuts = cuts::covers(base, &fixed, &l.lp_y, small_rows(&fixed));
            if cuts.is_empty() {
                break;
            }
            stats.cuts += cuts.len();
            let mut next = base.clone();
            next.rows.extend(cuts);
            match lagrangian(&next, &fixed) {
                Some(better) => {
                    *l = better;
                    strengthened = Some(next);
                }
                None => break,
            }
        }
    }
    // Without the LP, cover inequalities come from the decomposition itself (relax and cut,
    // Lucena 2005): at its best multipliers the blocks' choice over-fills a row, a cover of what
    // it funds there is a cut it breaks, and the cut, priced like the other global rows,
    // tightens the bound. Rounds while they do.
    if let Some(l) = lagrange.as_mut().filter(|_| opts.cuts && no_lp) {
        let target = best.as_ref().map_or(0.0, |b| b.0);
        let mut lambda = std::mem::take(&mut l.lambda);
        let mut last = f64::INFINITY;
        let mut before: Option<(Option<Model>, Vec<f64>, usize)> = None;
        for round in 0..CUT_ROUNDS {
            let base = strengthened.as_ref().unwrap_or(m);
            let Some(d) = Decomposition::new(base, &fixed) else {
                break;
            };
            if round == 0 {
                lambda = d
                    .improve(base, lambda, target, SUBGRADIENT_STEPS, deadline)
                    .1;
            }
            let tolerance = 1e-8 * d.evaluate(base, &lambda).bound.abs().max(1.0);
            let (e, refined) = d.refine(base, lambda, tolerance, BOXSTEPS, deadline);
            lambda = refined;
            if trace() {
                eprintln!("relax and cut: round {round}, bound {}", e.bound);
            }
            if e.bound > last - tolerance {
                // The last round's cuts did not tighten the bound: without them.
                if let Some((model, previous, added)) = before.take() {
                    strengthened = model;
                    lambda = previous;
                    stats.cuts -= added;
                }
                break;
            }
            last = e.bound;
            let point: Vec<f64> = e.y.iter().map(|y| if *y { 1.0 } else { 0.0 }).collect();
            let cuts = cuts::covers(base, &fixed, &point, small_rows(&fixed));
            if cuts.is_empty() || Instant::now() >= deadline {
                break;
            }
            before = Some((strengthened.clone(), lambda.clone(), cuts.len()));
            stats.cuts += cuts.len();
            let mut next = base.clone();
            next.rows.extend(cuts);
            lambda.resize(next.rows.len(), 0.0);
            strengthened = Some(next);
        }
        l.lambda = lambda;
    }
    if trace() {
        eprintln!(
            "root {:.1} ms: {} cuts, bound {:?}, incumbent {:?}",
            start.elapsed().as_secs_f64() * 1000.0,
            stats.cuts,
            lagrange.as_ref().map(|l| l.bound),
            best.as_ref().map(|b| b.0)
        );
    }
    let m = strengthened.as_ref().unwrap_or(m);
    let adjacency = if strengthened.is_some() {
        by_var(m)
    } else {
        adjacency
    };
    // The decomposition's bound and fixings (blocks of small rows solved exactly).
    let mut decomposed: Option<blocks::Evaluation> = None;
    let mut priced: Vec<bool> = Vec::new();
    if let Some(l) = lagrange.as_mut()
        && let Some(d) = Decomposition::new(m, &fixed)
    {
        let mut e = d.evaluate(m, &l.lambda);
        // Only where the blocks' integrality tightens the bound is more work worth it.
        if e.bound < l.bound - 1e-6 * l.bound.abs().max(1.0) {
            // The blocks' choices order a greedy start, whose value steers the subgradient
            // steps; a cutting-plane model then finishes the minimisation of the bound (and
            // shows when it is done). The blocks' margins then pick the heuristic's core.
            consider(greedy(m, &adjacency, &fixed, &by_gain(&e)), &mut best);
            let target = best.as_ref().map_or(l.bound * 0.99, |b| b.0);
            // Multipliers that relax and cut has minimised need no subgradient steps.
            let (first, lambda) = if no_lp && opts.cuts {
                (d.evaluate(m, &l.lambda), l.lambda.clone())
            } else {
                d.improve(m, l.lambda.clone(), target, SUBGRADIENT_STEPS, deadline)
            };
            let tolerance = 1e-8 * first.bound.abs().max(1.0);
            (e, _) = d.refine(m, lambda, tolerance, BOXSTEPS, deadline);
            consider(greedy(m, &adjacency, &fixed, &by_gain(&e)), &mut best);
            // Growing cores, each warm-started from the best allocation so far, while each
            // finishes in time (a larger one would not either), the time lasts, the best is not
            // yet within the optimality gap of the bound, and the last core improved on it.
            let left = deadline.saturating_duration_since(Instant::now());
            let until = Instant::now() + (left / 5).min(HEURISTIC_TIME);
            let value_of = |best: &Option<(f64, Assignment)>| best.as_ref().map(|b| b.0);
            for size in HEURISTIC_CORES {
                let before = value_of(&best);
                let close = before.is_some_and(|v| e.bound - v <= 1e-6 * v.abs().max(1.0));
                if Instant::now() >= until || close {
                    break;
                }
                // A heuristic core of two thirds or more of the proof's own does the proof's
                // work without the proof: branch and bound on the exact core instead (1 000
                // seed 7: 1,1 s with three quarters as the line, 0,8 s with two thirds).
                if let Some(v) = before {
                    let exact = fixings(l, Some(&e), &fixed, v);
                    let left = exact.iter().filter(|f| f.is_none()).count();
                    if trace() {
                        eprintln!("core heuristic: {size} against an exact core of {left}");
                    }
                    if size * 3 >= left * 2 {
                        break;
                    }
                }
                let start = best.as_ref().map(|(_, x)| x);
                match core_heuristic(m, &fixed, &e, size, start, opts, until) {
                    Heuristic::Solved(x) => consider(Some(x), &mut best),
                    Heuristic::Stopped(x) => {
                        consider(Some(x), &mut best);
                        break;
                    }
                    Heuristic::Failed => continue,
                    Heuristic::Whole => break,
                }
                let gained = match (before, value_of(&best)) {
                    (Some(b), Some(a)) => a > b + 1e-9 * b.abs().max(1.0),
                    (None, after) => after.is_some(),
                    _ => false,
                };
                if !gained && size > HEURISTIC_CORES[0] {
                    break;
                }
            }
        }
        if trace() {
            eprintln!(
                "decomposition {:.1} ms: {} global rows, bound {}, incumbent {:?}",
                start.elapsed().as_secs_f64() * 1000.0,
                d.global.len(),
                e.bound,
                best.as_ref().map(|b| b.0)
            );
        }
        l.best = l.best.min(e.bound);
        decomposed = Some(e);
        priced = d.priced_amounts(m.vars.len());
    }
    if let Some(l) = &lagrange {
        stats.lp_bound = Some(l.best);
        let mut order: Vec<usize> = (0..m.vars.len()).collect();
        order.sort_by(|a, b| {
            l.lp_y[*b]
                .total_cmp(&l.lp_y[*a])
                .then(l.reduced[*b].total_cmp(&l.reduced[*a]))
                .then(a.cmp(b))
        });
        consider(greedy(m, &adjacency, &fixed, &order), &mut best);
    }
    if let Some((_, x)) = &best {
        let improved = improve(m, &adjacency, &fixed, x.clone(), deadline);
        consider(Some(improved), &mut best);
    }
    stats.incumbent = best.as_ref().map(|(v, _)| *v);
    if let Some(target) = opts.target {
        return reach(
            m,
            target,
            fixed,
            best,
            lagrange.as_ref(),
            decomposed.as_ref(),
            opts,
            deadline,
            stats,
            start,
        );
    }
    // When nothing could be worth more than the incumbent (every variable it leaves out is
    // worth nothing, as in a feasibility question), it is optimal without a search.
    if let Some((incumbent, x)) = &best {
        let ceiling: f64 = m
            .vars
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let worth = v.full_value() + v.tie;
                if fixed[i] == Some(true) {
                    worth
                } else {
                    worth.max(0.0)
                }
            })
            .sum();
        if *incumbent >= ceiling - 1e-9 * ceiling.abs().max(1.0) {
            stats.millis = start.elapsed().as_secs_f64() * 1000.0;
            return finish(m, Core::Optimal(x.clone()), None, None, stats);
        }
    }

    if let (Some(l), Some((incumbent, _))) = (&lagrange, &best) {
        let before = fixed.iter().filter(|f| f.is_some()).count();
        fixed = fixings(l, decomposed.as_ref(), &fixed, *incumbent);
        stats.fixed_by_reduced_cost += fixed.iter().filter(|f| f.is_some()).count() - before;
    }

    // Amounts of part-funded applications that the bound and their order settle.
    // Should rounding keep the refilled incumbent from being a start, the incumbent itself
    // still sets the search's tolerance (branch and bound ignores a start it cannot use).
    let mut settled: Option<(Model, Assignment)> = None;
    if let (Some(e), Some((incumbent, x))) = (&decomposed, &best) {
        let floor = incumbent - 1e-9 * incumbent.abs().max(1.0);
        let s = amounts::settle(m, e, &priced, &fixed, floor, x);
        stats.amounts_settled = s.amounts.len();
        if !s.amounts.is_empty() {
            let start = s.start.unwrap_or_else(|| x.clone());
            settled = Some((with_amounts(m, &s.amounts), start));
        }
    }
    let (core, warm) = match &settled {
        Some((core, warm)) => (core, Some(warm)),
        None => (m, best.as_ref().map(|(_, x)| x)),
    };
    let result = solve_core(core, &fixed, warm, opts, deadline, &mut stats);
    // Branch and bound prunes at a relative 1e-9, coarser than the tie-break bonuses: among
    // allocations worth the same, a swap towards better-ranked applications settles the tie.
    let polish = |x: Assignment| {
        let locks: Vec<Option<bool>> = m.vars.iter().map(|v| v.lock).collect();
        let y = improve(m, &adjacency, &locks, x.clone(), deadline);
        if feasible(m, &y) && value(m, &y) > value(m, &x) {
            y
        } else {
            x
        }
    };
    let result = match result {
        Core::Optimal(x) => Core::Optimal(polish(x)),
        Core::Feasible(x, bound) => Core::Feasible(polish(x), bound),
        other => other,
    };
    let lp_bound = lagrange.as_ref().map(|l| l.best);
    stats.millis = start.elapsed().as_secs_f64() * 1000.0;
    if trace() {
        eprintln!(
            "solve {:.1} ms free {} core {} fixed {} settled {} cuts {} lp {:?} incumbent {:?}",
            stats.millis,
            free,
            stats.core,
            stats.fixed_by_reduced_cost,
            stats.amounts_settled,
            stats.cuts,
            stats.lp_bound,
            stats.incumbent
        );
    }
    finish(m, result, best, lp_bound, stats)
}

/// Whether `ANSLAG_TRACE` asks for the solver's timeline on stderr.
pub(crate) fn trace() -> bool {
    std::env::var_os("ANSLAG_TRACE").is_some()
}

/// The decisions every allocation worth at least `incumbent` shares, beside `fixed`: where the
/// LP's reduced value, or the decomposition's bound with the variable forced the other way,
/// falls below it. What is left undecided is the core that branch and bound must search.
fn fixings(
    l: &Lagrange,
    e: Option<&blocks::Evaluation>,
    fixed: &[Option<bool>],
    incumbent: f64,
) -> Vec<Option<bool>> {
    let floor = incumbent - 1e-9 * incumbent.abs().max(1.0);
    let mut out = fixed.to_vec();
    for (i, slot) in out.iter_mut().enumerate().filter(|(_, s)| s.is_none()) {
        let d = l.reduced[i];
        *slot = if d <= 0.0 && l.bound + d < floor {
            Some(false)
        } else if d > 0.0 && l.bound - d < floor {
            Some(true)
        } else {
            e.and_then(|e| e.fixing(i, floor))
        };
    }
    out
}

/// Answers "is some allocation worth at least `target`?" from the root: yes when an incumbent
/// reaches it, no when the bound (the LP with cover inequalities, or the decomposition's) stays
/// below it, and otherwise by branch and bound on the question itself (the objective as a row,
/// nothing to maximise), with every variable fixed whose reduced value, or whose block's best
/// value, cannot let an allocation reach the target.
#[allow(clippy::too_many_arguments)] // The root's state, passed on rather than rebuilt.
fn reach(
    m: &Model,
    target: f64,
    mut fixed: Vec<Option<bool>>,
    best: Option<(f64, Assignment)>,
    lagrange: Option<&Lagrange>,
    decomposed: Option<&blocks::Evaluation>,
    opts: &Options,
    deadline: Instant,
    mut stats: Stats,
    start: Instant,
) -> Outcome {
    let tol = 1e-9 * target.abs().max(1.0);
    let answer = |status: Status, assignment: Option<Assignment>, mut stats: Stats| {
        stats.millis = start.elapsed().as_secs_f64() * 1000.0;
        let objective = assignment.as_ref().map_or(0.0, |x| true_value(m, x));
        Outcome {
            status,
            objective,
            bound: lagrange.map_or(f64::INFINITY, |l| l.best),
            assignment,
            stats,
        }
    };
    if let Some((v, x)) = best
        && v >= target - tol
    {
        return answer(Status::Feasible, Some(x), stats);
    }
    if let Some(l) = lagrange {
        if l.best < target - tol {
            return answer(Status::Infeasible, None, stats);
        }
        let before = fixed.iter().filter(|f| f.is_some()).count();
        fixed = fixings(l, decomposed, &fixed, target);
        stats.fixed_by_reduced_cost += fixed.iter().filter(|f| f.is_some()).count() - before;
    }
    let mut question = m.clone();
    question.rows.push(Row {
        kind: RowKind::Objective,
        terms: m
            .vars
            .iter()
            .enumerate()
            .map(|(var, v)| match v.partial_min {
                Some(_) => Term {
                    var,
                    y: -v.tie,
                    a: -v.objective,
                },
                None => Term {
                    var,
                    y: -(v.objective + v.tie),
                    a: 0.0,
                },
            })
            .collect(),
        rhs: -(target - tol),
    });
    for v in &mut question.vars {
        v.objective = 0.0;
        v.tie = 0.0;
    }
    match solve_core(&question, &fixed, None, opts, deadline, &mut stats) {
        Core::Optimal(x) | Core::Feasible(x, _) => answer(Status::Feasible, Some(x), stats),
        Core::Infeasible => answer(Status::Infeasible, None, stats),
        Core::Nothing => answer(Status::NoSolution, None, stats),
    }
}

/// What the core solve produced.
enum Core {
    /// Every component solved to proven optimality.
    Optimal(Assignment),
    /// An assignment with a proven bound (of the tie-broken objective).
    Feasible(Assignment, f64),
    Infeasible,
    /// The limit came first and no component result is usable.
    Nothing,
}

fn finish(
    m: &Model,
    core: Core,
    best: Option<(f64, Assignment)>,
    lp_bound: Option<f64>,
    stats: Stats,
) -> Outcome {
    let tie_total: f64 = m.vars.iter().map(|v| v.tie).sum();
    // Funding everything worth something is a bound that always holds (and is finite).
    let trivial: f64 = m
        .vars
        .iter()
        .map(|v| (v.full_value() + v.tie).max(0.0))
        .sum();
    let cap = |b: f64| lp_bound.map_or(b, |l| b.min(l)).min(trivial);
    match core {
        Core::Optimal(x) => {
            let objective = true_value(m, &x);
            Outcome {
                status: Status::Optimal,
                objective,
                bound: objective,
                assignment: Some(x),
                stats,
            }
        }
        Core::Feasible(x, bound) => {
            let (x, _) = match best {
                Some((bv, bx)) if bv > value(m, &x) => (bx, bv),
                _ => {
                    let v = value(m, &x);
                    (x, v)
                }
            };
            let objective = true_value(m, &x);
            let bound = cap(bound).max(objective);
            let status = if (bound - objective) <= 1e-6 * objective.abs().max(1e-9) {
                Status::Optimal
            } else {
                Status::Feasible
            };
            Outcome {
                status,
                objective,
                bound,
                assignment: Some(x),
                stats,
            }
        }
        Core::Infeasible => Outcome {
            status: Status::Infeasible,
            objective: 0.0,
            bound: 0.0,
            assignment: None,
            stats,
        },
        Core::Nothing => match best {
            Some((_, x)) => {
                let objective = true_value(m, &x);
                let bound = lp_bound.unwrap_or_else(|| {
                    m.vars.iter().map(|v| v.full_value().max(0.0)).sum::<f64>() + tie_total
                });
                Outcome {
                    status: Status::Feasible,
                    objective,
                    bound: bound.max(objective),
                    assignment: Some(x),
                    stats,
                }
            }
            None => Outcome {
                status: Status::NoSolution,
                objective: 0.0,
                bound: lp_bound.unwrap_or(f64::INFINITY),
                assignment: None,
                stats,
            },
        },
    }
}

/// Fixes to 0 what cannot fit even alone next to the locked variables; returns how many.
fn presolve(m: &Model, adjacency: &[Vec<(usize, Term)>], fixed: &mut [Option<bool>]) -> usize {
    let mut base = vec![0.0; m.rows.len()];
    for (i, f) in fixed.iter().enumerate() {
        if *f == Some(true) {
            let v = &m.vars[i];
            for (r, t) in &adjacency[i] {
                base[*r] += t.y + t.a * v.partial_min.unwrap_or(v.requested);
            }
        }
    }
    // The most that other free variables could take off each row (share minimums and coverage
    // have negative terms): a variable is excluded only if even that cannot make room for it.
    let mut relief = vec![0.0; m.rows.len()];
    for (i, v) in m.vars.iter().enumerate() {
        if fixed[i].is_none() {
            for (r, t) in &adjacency[i] {
                relief[*r] += (t.y + t.a * v.requested).min(0.0);
            }
        }
    }
    let mut count = 0;
    for (i, v) in m.vars.iter().enumerate() {
        if fixed[i].is_some() {
            continue;
        }
        let least = v.partial_min.unwrap_or(v.requested);
        let fits = adjacency[i].iter().all(|(r, t)| {
            let add = t.y + t.a * least;
            add <= 0.0
                || base[*r] + relief[*r] + add
                    <= m.rows[*r].rhs + EPS * m.rows[*r].rhs.abs().max(1.0)
        });
        if !fits {
            fixed[i] = Some(false);
            count += 1;
        }
    }
    count
}

/// Orders variables by objective per unit of the scarcest resources they use.
fn density_order(m: &Model, adjacency: &[Vec<(usize, Term)>]) -> Vec<usize> {
    let density: Vec<f64> = m
        .vars
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let use_: f64 = adjacency[i]
                .iter()
                .filter(|(r, _)| m.rows[*r].rhs > 0.0)
                .map(|(r, t)| (t.y + t.a * v.requested).max(0.0) / m.rows[*r].rhs)
                .sum();
            v.full_value() / use_.max(1e-12)
        })
        .collect();
    let mut order: Vec<usize> = (0..m.vars.len()).collect();
    order.sort_by(|a, b| {
        density[*b]
            .total_cmp(&density[*a])
            .then(m.vars[*a].rank.cmp(&m.vars[*b].rank))
    });
    order
}

/// Funds in the given order whatever still fits; part-funded applications take the most that
/// fits. Then tries to meet rows that need more (coverage, share minimums).
fn greedy(
    m: &Model,
    adjacency: &[Vec<(usize, Term)>],
    fixed: &[Option<bool>],
    order: &[usize],
) -> Option<Assignment> {
    let n = m.vars.len();
    let mut x = Assignment {
        y: vec![false; n],
        a: vec![0.0; n],
    };
    let mut lhs = vec![0.0; m.rows.len()];
    for (i, f) in fixed.iter().enumerate() {
        if *f == Some(true) {
            x.y[i] = true;
            x.a[i] = m.vars[i].requested;
            for (r, t) in &adjacency[i] {
                lhs[*r] += t.y + t.a * x.a[i];
            }
        }
    }
    let try_add = |i: usize, x: &mut Assignment, lhs: &mut [f64]| -> bool {
        if fixed[i].is_some() || x.y[i] {
            return false;
        }
        let v = &m.vars[i];
        let mut amount = v.requested;
        for (r, t) in &adjacency[i] {
            let room = m.rows[*r].rhs - lhs[*r] - t.y;
            if t.a > 0.0 {
                amount = amount.min((room / t.a).floor());
            } else if t.y > 0.0 && room < -EPS {
                return false;
            }
        }
        let least = v.partial_min.unwrap_or(v.requested);
        if amount < least - 1e-9 {
            return false;
        }
        x.y[i] = true;
        x.a[i] = amount.min(v.requested);
        for (r, t) in &adjacency[i] {
            lhs[*r] += t.y + t.a * x.a[i];
        }
        true
    };
    for &i in order {
        try_add(i, &mut x, &mut lhs);
    }
    // Rows still above their limit can only be ones that need more of something.
    for _ in 0..n.min(1000) {
        let Some(r) = (0..m.rows.len())
            .find(|r| lhs[*r] > m.rows[*r].rhs + EPS * m.rows[*r].rhs.abs().max(1.0))
        else {
            break;
        };
        let helper = order.iter().copied().find(|i| {
            !x.y[*i]
                && fixed[*i].is_none()
                && m.rows[r]
                    .terms
                    .iter()
                    .any(|t| t.var == *i && t.y + t.a * m.vars[*i].requested < 0.0)
        });
        match helper {
            Some(i) if try_add(i, &mut x, &mut lhs) => {}
            _ => return None,
        }
    }
    Some(x)
}

/// Local search: add what fits, and swap one funded for one unfunded where that is better.
/// Row sums are kept up to date, so each try costs only the rows the two variables touch.
fn improve(
    m: &Model,
    adjacency: &[Vec<(usize, Term)>],
    fixed: &[Option<bool>],
    mut x: Assignment,
    deadline: Instant,
) -> Assignment {
    let n = m.vars.len();
    if n > 5000 {
        return x;
    }
    let mut lhs = row_lhs(m, &x);
    let ok = |r: usize, value: f64| value <= m.rows[r].rhs + EPS * m.rows[r].rhs.abs().max(1.0);
    let gain = |i: usize| m.vars[i].full_value() + m.vars[i].tie;
    let mut improved = true;
    let mut rounds = 0;
    while improved && rounds < 10 && Instant::now() < deadline {
        improved = false;
        rounds += 1;
        for j in 0..n {
            if x.y[j] || fixed[j].is_some() || m.vars[j].partial_min.is_some() {
                continue;
            }
            let add: Vec<(usize, f64)> = adjacency[j]
                .iter()
                .map(|(r, t)| (*r, t.y + t.a * m.vars[j].requested))
                .collect();
            if add.iter().all(|(r, d)| *d <= 0.0 || ok(*r, lhs[*r] + d)) {
                x.y[j] = true;
                x.a[j] = m.vars[j].requested;
                for (r, d) in &add {
                    lhs[*r] += d;
                }
                improved = true;
                continue;
            }
            let mut best_swap: Option<(usize, f64)> = None;
            for i in 0..n {
                if !x.y[i]
                    || fixed[i].is_some()
                    || m.vars[i].partial_min.is_some()
                    || gain(i) >= gain(j)
                {
                    continue;
                }
                if best_swap.is_some_and(|(_, g)| gain(j) - gain(i) <= g) {
                    continue;
                }
                let mut change: Vec<(usize, f64)> = add.clone();
                for (r, t) in &adjacency[i] {
                    let d = -(t.y + t.a * x.a[i]);
                    match change.iter_mut().find(|(s, _)| s == r) {
                        Some(entry) => entry.1 += d,
                        None => change.push((*r, d)),
                    }
                }
                if change
                    .iter()
                    .all(|(r, d)| *d <= 0.0 && ok(*r, lhs[*r]) || ok(*r, lhs[*r] + d))
                {
                    best_swap = Some((i, gain(j) - gain(i)));
                }
            }
            if let Some((i, _)) = best_swap {
                for (r, t) in &adjacency[i] {
                    lhs[*r] -= t.y + t.a * x.a[i];
                }
                x.y[i] = false;
                x.a[i] = 0.0;
                x.y[j] = true;
                x.a[j] = m.vars[j].requested;
                for (r, d) in &add {
                    lhs[*r] += d;
                }
                improved = true;
            }
        }
    }
    x
}

/// Variables by what the decomposition says funding them is worth, best first.
fn by_gain(e: &blocks::Evaluation) -> Vec<usize> {
    let gain = |i: usize| e.forced[i][1] - e.forced[i][0];
    let mut order: Vec<usize> = (0..e.forced.len()).collect();
    order.sort_by(|a, b| gain(*b).total_cmp(&gain(*a)).then(a.cmp(b)));
    order
}

/// How many variables the core heuristic leaves to branch and bound, in turn. Small cores are
/// solved in milliseconds and give the larger ones an allocation to prune against; at 1 000
/// applications a first core of 400 (half the model) often took the heuristic's whole second
/// without finishing, where 100 finished and found the optimum. Starting at 50 rather than 100
/// made 1 000 seeds 2, 3, 5, 7 and 10 000 seed 5 faster (4,5 s to 2,9 s) and 1 000 seed 8
/// slower (0,54 s to 0,72 s: its 50-core takes the heuristic's whole time).
const HEURISTIC_CORES: [usize; 5] = [50, 100, 200, 400, 800];
/// The longest the core heuristic runs. A core that does not finish in this time rarely finds
/// more later than the proof's branch and bound does (synthetic 1 000, seeds 6 and 7: 4,3 and
/// 1,9 s with a second, 3,5 and 1,8 s with 0,4 s; 10 000 unchanged).
const HEURISTIC_TIME: Duration = Duration::from_millis(400);

/// A good allocation quickly (not a proof): every variable whose decomposition gain is far
/// from zero is fixed the way the blocks chose, and branch and bound decides the few hundred
/// closest to the margin (the knapsack "core" of Balas & Zemel, found by the multipliers).
#[allow(clippy::too_many_arguments)] // The root's state, passed on rather than rebuilt.
fn core_heuristic(
    m: &Model,
    fixed: &[Option<bool>],
    e: &blocks::Evaluation,
    size: usize,
    start: Option<&Assignment>,
    opts: &Options,
    until: Instant,
) -> Heuristic {
    let gain = |i: usize| e.forced[i][1] - e.forced[i][0];
    let mut free: Vec<usize> = (0..m.vars.len()).filter(|i| fixed[*i].is_none()).collect();
    if free.len() <= size {
        return Heuristic::Whole;
    }
    // Closest to the margin first; a variable no block choice allows has an infinite gain.
    free.sort_by(|a, b| {
        let (ga, gb) = (gain(*a), gain(*b));
        let key = |g: f64| if g.is_nan() { f64::INFINITY } else { g.abs() };
        key(ga).total_cmp(&key(gb)).then(a.cmp(b))
    });
    let mut guess: Vec<Option<bool>> = fixed.to_vec();
    for &i in &free[size..] {
        guess[i] = Some(gain(i) > 0.0);
    }
    // Funded part-fundable applications keep their amounts free only where a krona more or
    // less is worth least (the `size` smallest slopes over their ranges); the others take the
    // amount the blocks chose. Each free amount is a column of every node's LP: at 10 000
    // applications 1 700 of them made a core of 100 decisions too slow to finish in a second.
    let mut amounts: Vec<usize> = (0..m.vars.len())
        .filter(|i| guess[*i] == Some(true) && m.vars[*i].partial_min.is_some())
        .collect();
    let range = |i: usize| {
        let v = &m.vars[i];
        e.slope[i].abs() * (v.requested - v.partial_min.unwrap_or(v.requested))
    };
    amounts.sort_by(|a, b| range(*a).total_cmp(&range(*b)).then(a.cmp(b)));
    let settled: Vec<(usize, f64)> = amounts
        .iter()
        .skip(size)
        .map(|&i| {
            let v = &m.vars[i];
            let least = v.partial_min.unwrap_or(v.requested);
            let chosen = if e.y[i] && e.a[i] >= least && e.a[i] <= v.requested {
                e.a[i]
            } else if e.slope[i] > 0.0 {
                v.requested
            } else {
                least
            };
            (i, chosen)
        })
        .collect();
    let settled_model = with_amounts(m, &settled);
    let settled_adjacency = by_var(&settled_model);
    let (m, adjacency) = (&settled_model, &settled_adjacency);
    // The guessed funding must leave every row room: otherwise free the guessed variables
    // that use the row, least gain first, until it does.
    let least = |t: &Term| m.term_span(t).0;
    let mut lhs = vec![0.0; m.rows.len()];
    let mut relief = vec![0.0; m.rows.len()];
    for (i, g) in guess.iter().enumerate() {
        for (r, t) in &adjacency[i] {
            match g {
                Some(true) => lhs[*r] += least(t),
                None => relief[*r] += least(t).min(0.0),
                Some(false) => {}
            }
        }
    }
    let mut funded: Vec<usize> = free[size..]
        .iter()
        .copied()
        .filter(|i| guess[*i] == Some(true))
        .collect();
    funded.sort_by(|a, b| gain(*a).total_cmp(&gain(*b)).then(a.cmp(b)));
    for (r, row) in m.rows.iter().enumerate() {
        let limit = row.rhs + EPS * row.rhs.abs().max(1.0);
        for &i in &funded {
            if lhs[r] + relief[r] <= limit {
                break;
            }
            let Some(t) = row.terms.iter().find(|t| t.var == i) else {
                continue;
            };
            if guess[i] != Some(true) || least(t) <= 0.0 {
                continue;
            }
            guess[i] = None;
            for (s, u) in &adjacency[i] {
                lhs[*s] -= least(u);
                relief[*s] += least(u).min(0.0);
            }
        }
    }
    let mut scratch = Stats::default();
    let result = solve_core(m, &guess, start, opts, until, &mut scratch);
    if trace() {
        eprintln!(
            "core heuristic: {} free, {}",
            guess.iter().filter(|g| g.is_none()).count(),
            match &result {
                Core::Optimal(_) => "optimal",
                Core::Feasible(..) => "feasible",
                Core::Infeasible => "infeasible",
                Core::Nothing => "nothing",
            }
        );
    }
    match result {
        Core::Optimal(x) => Heuristic::Solved(x),
        // Stopped within the gap that counts as optimal, or by the clock.
        Core::Feasible(x, _) if Instant::now() < until => Heuristic::Solved(x),
        Core::Feasible(x, _) => Heuristic::Stopped(x),
        Core::Infeasible | Core::Nothing => Heuristic::Failed,
    }
}

/// The model with the amounts of some part-fundable variables settled: each becomes an
/// application requesting that amount, funded in full or not at all.
fn with_amounts(m: &Model, settled: &[(usize, f64)]) -> Model {
    let mut out = m.clone();
    let mut amount = vec![None; m.vars.len()];
    for (i, a) in settled {
        amount[*i] = Some(*a);
        let v = &mut out.vars[*i];
        v.objective *= *a;
        v.requested = *a;
        v.partial_min = None;
    }
    for row in &mut out.rows {
        for t in &mut row.terms {
            if let Some(a) = amount[t.var] {
                t.y += t.a * a;
                t.a = 0.0;
            }
        }
    }
    out
}

/// What the core heuristic found.
enum Heuristic {
    /// The best allocation with the variables outside the core fixed.
    Solved(Assignment),
    /// An allocation; the time ran out before the core was finished.
    Stopped(Assignment),
    /// Nothing (microlp sometimes stops on a numerical guard; another size is another model).
    Failed,
    /// The core would be every undecided variable: that is the final solve's work.
    Whole,
}

/// Multipliers from the LP relaxation and what they imply.
struct Lagrange {
    /// `Σ λ·rhs + Σ max(0, reduced)`: an upper bound on the tie-broken objective, the one
    /// that `reduced` fixes variables against.
    bound: f64,
    /// The best upper bound known at the root (this one, or the decomposition's).
    best: f64,
    /// Per variable: the change in the Lagrangian value of funding it (at its best amount).
    reduced: Vec<f64>,
    /// The LP's decisions, for rounding.
    lp_y: Vec<f64>,
    /// The multipliers, per row.
    lambda: Vec<f64>,
}

fn lagrangian(m: &Model, fixed: &[Option<bool>]) -> Option<Lagrange> {
    let mut problem = ProblemVariables::new();
    let y: Vec<Variable> = fixed
        .iter()
        .map(|f| match f {
            Some(true) => problem.add(variable().min(1.0).max(1.0)),
            Some(false) => problem.add(variable().min(0.0).max(0.0)),
            None => problem.add(variable().min(0.0).max(1.0)),
        })
        .collect();
    let a: Vec<Option<Variable>> = m
        .vars
        .iter()
        .map(|v| {
            v.partial_min
                .map(|_| problem.add(variable().min(0.0).max(v.requested)))
        })
        .collect();
    let mut objective = Expression::with_capacity(m.vars.len() * 2);
    for (i, v) in m.vars.iter().enumerate() {
        match a[i] {
            Some(ai) => {
                objective.add_mul(v.objective, ai);
                objective.add_mul(v.tie, y[i]);
            }
            None => objective.add_mul(v.objective + v.tie, y[i]),
        }
    }
    let mut lp = problem.maximise(objective).using(good_lp::clarabel);
    let mut refs = Vec::with_capacity(m.rows.len());
    for row in &m.rows {
        let mut e = Expression::with_capacity(row.terms.len());
        for t in &row.terms {
            if t.y != 0.0 {
                e.add_mul(t.y, y[t.var]);
            }
            if t.a != 0.0
                && let Some(ai) = a[t.var]
            {
                e.add_mul(t.a, ai);
            }
        }
        refs.push(lp.add_constraint(e.leq(row.rhs)));
    }
    for (i, v) in m.vars.iter().enumerate() {
        if let (Some(ai), Some(min)) = (a[i], v.partial_min) {
            lp.add_constraint((Expression::from(ai) - v.requested * y[i]).leq(0.0));
            lp.add_constraint((min * y[i] - ai).leq(0.0));
        }
    }
    let mut solution = lp.solve().ok()?;
    let lp_y: Vec<f64> = y.iter().map(|v| solution.value(*v)).collect();
    let duals = solution.compute_dual();
    let lambda: Vec<f64> = refs
        .iter()
        .map(|r| duals.dual(r.clone()).max(0.0))
        .collect();
    priced(m, fixed, lambda, lp_y)
}

/// The Lagrangian bound of multipliers `lambda` (one per row), with what it implies per
/// variable; `lp_y` are the decisions that rounding and cover separation start from.
fn priced(m: &Model, fixed: &[Option<bool>], lambda: Vec<f64>, lp_y: Vec<f64>) -> Option<Lagrange> {
    if lambda.iter().any(|l| !l.is_finite()) {
        return None;
    }
    let mut reduced = vec![0.0; m.vars.len()];
    let mut price_y = vec![0.0; m.vars.len()];
    let mut price_a = vec![0.0; m.vars.len()];
    for (row, l) in m.rows.iter().zip(&lambda) {
        for t in &row.terms {
            price_y[t.var] += l * t.y;
            price_a[t.var] += l * t.a;
        }
    }
    let mut bound: f64 = m.rows.iter().zip(&lambda).map(|(row, l)| l * row.rhs).sum();
    for (i, v) in m.vars.iter().enumerate() {
        reduced[i] = match v.partial_min {
            Some(min) => {
                let slope = v.objective - price_a[i];
                v.tie - price_y[i] + (slope * min).max(slope * v.requested)
            }
            None => v.objective + v.tie - price_y[i],
        };
        bound += match fixed[i] {
            Some(true) => reduced[i],
            Some(false) => 0.0,
            None => reduced[i].max(0.0),
        };
    }
    bound.is_finite().then_some(Lagrange {
        bound,
        best: bound,
        reduced,
        lp_y,
        lambda,
    })
}

/// The free variables in groups that no row couples.
fn components(m: &Model, core: &[bool]) -> Vec<Vec<usize>> {
    let root = m.groups(|_| true, |i| core[i]);
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in (0..m.vars.len()).filter(|i| core[*i]) {
        groups.entry(root[i]).or_default().push(i);
    }
    groups.into_values().collect()
}

fn solve_core(
    m: &Model,
    fixed: &[Option<bool>],
    incumbent: Option<&Assignment>,
    opts: &Options,
    deadline: Instant,
    stats: &mut Stats,
) -> Core {
    let n = m.vars.len();
    // A part-funded variable fixed to 1 still chooses its amount, so it stays in the core.
    let core: Vec<bool> = (0..n)
        .map(|i| fixed[i].is_none() || (fixed[i] == Some(true) && m.vars[i].partial_min.is_some()))
        .collect();
    stats.core = core.iter().filter(|c| **c).count();
    let mut x = Assignment {
        y: vec![false; n],
        a: vec![0.0; n],
    };
    for (i, f) in fixed.iter().enumerate() {
        if *f == Some(true) {
            x.y[i] = true;
            x.a[i] = m.vars[i].requested;
        }
    }
    // Rows without core variables must hold by the fixed ones alone.
    for row in &m.rows {
        if row.terms.iter().all(|t| !core[t.var])
            && row.lhs(&x.y, &x.a) > row.rhs + EPS * row.rhs.abs().max(1.0)
        {
            return Core::Infeasible;
        }
    }
    let groups = components(m, &core);
    stats.components = groups.len();
    let mut all_optimal = true;
    let mut bound_sum = 0.0;
    let fixed_value: f64 = (0..n)
        .filter(|i| fixed[*i] == Some(true) && !core[*i])
        .map(|i| m.vars[i].objective + m.vars[i].tie)
        .sum();
    // Proven optimal means a gap of at most 1e-6 of the objective: on large models branch and
    // bound may stop a group once its own gap is within its share of that (of the most the
    // group could be worth, so the share is never more than its part). Smaller models are
    // solved exactly, so that ties between equally good allocations follow the ranking (their
    // bonuses are far below 1e-6). A feasibility question has no gap. With microlp the groups
    // get 98 % of it: `finish` checks the whole bound against 1e-6 of the objective anyway,
    // and a margin of a tenth (as before) cost synthetic 10 000 seed 3 two seconds of its
    // eleven. HiGHS keeps the tenth: its bound is rebuilt from the gap it was given (good_lp
    // does not pass it on, see `solve_group`), and with 98 % seed 7 ended at 1,002e-6.
    let share = match opts.backend {
        Backend::Microlp => 0.98e-6,
        #[cfg(feature = "highs")]
        Backend::Highs => 0.9e-6,
    };
    let allowance = if n > LARGE_MODEL {
        share * incumbent.map_or(0.0, |x| value(m, x)).max(0.0)
    } else {
        0.0
    };
    for group in &groups {
        let worth: f64 = group
            .iter()
            .map(|i| (m.vars[*i].full_value() + m.vars[*i].tie).max(0.0))
            .sum();
        // The backend measures its gap against the group's incumbent, which only grows from
        // the start's value: relative to that, the group gets its whole share (a hair more
        // once the incumbent improves, which the final check of the bound against 1e-6
        // catches), where relative to the most it could be worth it got three quarters.
        let start: f64 = incumbent.map_or(0.0, |x| {
            group
                .iter()
                .filter(|i| x.y[**i])
                .map(|i| m.vars[*i].value_at(x.a[*i]))
                .sum()
        });
        let scale = if start >= worth / 2.0 { start } else { worth };
        let mut search = Search {
            backend: opts.backend,
            time: deadline.saturating_duration_since(Instant::now()),
            hull: true,
            gap: if scale > 0.0 {
                allowance / groups.len() as f64 / scale
            } else {
                0.0
            },
        };
        let mut result = solve_group(m, group, fixed, &x, incumbent, &search);
        if matches!(result, Group::Nothing) && Instant::now() < deadline {
            // A numerical failure of the backend (microlp: "Singular matrix"): the same group
            // once more as a plain LP formulation, which is another basis to factorise.
            search.time = deadline.saturating_duration_since(Instant::now());
            search.hull = false;
            result = solve_group(m, group, fixed, &x, incumbent, &search);
        }
        match result {
            Group::Solved {
                values,
                optimal,
                bound,
            } => {
                for (i, yi, ai) in values {
                    x.y[i] = yi;
                    x.a[i] = ai;
                }
                all_optimal &= optimal;
                bound_sum += bound;
            }
            Group::Infeasible => return Core::Infeasible,
            Group::Nothing => return Core::Nothing,
        }
    }
    if all_optimal {
        Core::Optimal(x)
    } else {
        Core::Feasible(x, fixed_value + bound_sum)
    }
}

enum Group {
    Solved {
        values: Vec<(usize, bool, f64)>,
        optimal: bool,
        bound: f64,
    },
    Infeasible,
    Nothing,
}

/// How one group of the core is searched.
struct Search {
    backend: Backend,
    time: Duration,
    /// Give small blocks their exact hull (hull.rs).
    hull: bool,
    /// The relative gap at which branch and bound may stop.
    gap: f64,
}

/// Branch and bound on one group of the core.
fn solve_group(
    m: &Model,
    group: &[usize],
    fixed: &[Option<bool>],
    base: &Assignment,
    incumbent: Option<&Assignment>,
    search: &Search,
) -> Group {
    let in_group: BTreeMap<usize, usize> = group.iter().enumerate().map(|(k, i)| (*i, k)).collect();
    // What the variables outside the group put in each row.
    let constant: Vec<f64> = m
        .rows
        .iter()
        .map(|row| {
            row.terms
                .iter()
                .filter(|t| !in_group.contains_key(&t.var) && base.y[t.var])
                .map(|t| t.y + t.a * base.a[t.var])
                .sum()
        })
        .collect();
    // Small blocks get their exact hull (hull.rs): the LP then knows what the decomposition
    // knows, and branch and bound starts from a bound as tight as the program's own.
    let hull_blocks = if search.hull {
        hull::blocks(m, group, fixed, &constant)
    } else {
        Vec::new()
    };
    if trace() {
        eprintln!(
            "hull: group {} blocks {} patterns {} open {}",
            group.len(),
            hull_blocks.len(),
            hull_blocks.iter().map(|b| b.patterns.len()).sum::<usize>(),
            hull_blocks.iter().map(|b| b.open.len()).sum::<usize>()
        );
    }
    let mut problem = ProblemVariables::new();
    let y: Vec<Variable> = group
        .iter()
        .map(|i| match fixed[*i] {
            Some(true) => problem.add(variable().integer().min(1).max(1)),
            _ => problem.add(variable().binary()),
        })
        .collect();
    // Per member: the variables whose sum is its amount (a fraction of its request), and per
    // hull block and pattern, the weight and each member's share of the amount.
    let mut block_of: Vec<Option<usize>> = vec![None; group.len()];
    for (b, block) in hull_blocks.iter().enumerate() {
        for k in block.open.iter().chain(&block.fixed) {
            block_of[*k] = Some(b);
        }
    }
    let mut weights: Vec<Vec<Variable>> = Vec::with_capacity(hull_blocks.len());
    // (block, pattern index, member) → amount variable.
    let mut shares: BTreeMap<(usize, usize, usize), Variable> = BTreeMap::new();
    let mut amount: Vec<Vec<Variable>> = vec![Vec::new(); group.len()];
    let mut constraints = Vec::new();
    for (b, block) in hull_blocks.iter().enumerate() {
        let w: Vec<Variable> = block
            .patterns
            .iter()
            .map(|_| problem.add(variable().min(0.0).max(1.0)))
            .collect();
        let mut total = Expression::with_capacity(w.len());
        for wp in &w {
            total.add_mul(1.0, *wp);
        }
        constraints.push(total.eq(1.0));
        for (j, k) in block.open.iter().enumerate() {
            let mut sum = Expression::from(y[*k]);
            for (p, wp) in block.patterns.iter().zip(&w) {
                if p & (1 << j) != 0 {
                    sum.add_mul(-1.0, *wp);
                }
            }
            constraints.push(sum.eq(0.0));
        }
        for (q, p) in block.patterns.iter().enumerate() {
            for k in block.open.iter().chain(&block.fixed) {
                let v = &m.vars[group[*k]];
                let Some(min) = v.partial_min else { continue };
                if !block.funds(*p, *k) {
                    continue;
                }
                let share = problem.add(variable().min(0.0).max(1.0));
                constraints.push((Expression::from(share) - w[q]).leq(0.0));
                constraints.push(((min / v.requested.max(1.0)) * w[q] - share).leq(0.0));
                shares.insert((b, q, *k), share);
                amount[*k].push(share);
            }
        }
        weights.push(w);
    }
    for (k, i) in group.iter().enumerate() {
        if block_of[k].is_none()
            && let Some(min) = m.vars[*i].partial_min
        {
            let ak = problem.add(variable().min(0.0).max(1.0));
            constraints.push((Expression::from(ak) - y[k]).leq(0.0));
            constraints.push(((min / m.vars[*i].requested.max(1.0)) * y[k] - ak).leq(0.0));
            amount[k].push(ak);
        }
    }
    let mut objective = Expression::with_capacity(group.len() * 2);
    for (k, i) in group.iter().enumerate() {
        let v = &m.vars[*i];
        match v.partial_min {
            Some(_) => {
                for ak in &amount[k] {
                    objective.add_mul(v.objective * v.requested, *ak);
                }
                objective.add_mul(v.tie, y[k]);
            }
            None => objective.add_mul(v.objective + v.tie, y[k]),
        }
    }
    // Amounts are fractions of the request, and each row is divided so that its largest
    // coefficient is a thousand: microlp checks rows with an absolute tolerance (1e-7), which
    // rows in kronor fail by rounding alone and which stays far below the half-krona margins.
    let scale_of = |row: &Row| {
        let largest = row
            .terms
            .iter()
            .filter(|t| in_group.contains_key(&t.var))
            .map(|t| t.y.abs().max((t.a * m.vars[t.var].requested).abs()))
            .fold(0.0, f64::max);
        1000.0 / largest.max(1000.0)
    };
    let mut hull_row = vec![false; m.rows.len()];
    for (b, block) in hull_blocks.iter().enumerate() {
        for (r, terms) in &block.rows {
            hull_row[*r] = true;
            let scale = scale_of(&m.rows[*r]);
            let limit = (m.rows[*r].rhs - constant[*r]) * scale;
            for (q, p) in block.patterns.iter().enumerate() {
                let mut e = Expression::with_capacity(terms.len() + 1);
                e.add_mul(-limit, weights[b][q]);
                for (k, t) in terms {
                    if !block.funds(*p, *k) {
                        continue;
                    }
                    if t.y != 0.0 {
                        e.add_mul(t.y * scale, weights[b][q]);
                    }
                    if t.a != 0.0
                        && let Some(share) = shares.get(&(b, q, *k))
                    {
                        e.add_mul(t.a * m.vars[group[*k]].requested * scale, *share);
                    }
                }
                constraints.push(e.leq(0.0));
            }
        }
    }
    for (r, row) in m.rows.iter().enumerate() {
        // A cover of a block's own row holds for the block's hull already; written as well,
        // it only makes the basis degenerate (microlp then failed with a singular matrix).
        let implied =
            matches!(row.kind, RowKind::Cut(origin) if hull_row.get(origin) == Some(&true));
        if hull_row[r] || implied || !row.terms.iter().any(|t| in_group.contains_key(&t.var)) {
            continue;
        }
        let scale = scale_of(row);
        let mut e = Expression::with_capacity(row.terms.len());
        for t in &row.terms {
            if let Some(&k) = in_group.get(&t.var) {
                if t.y != 0.0 {
                    e.add_mul(t.y * scale, y[k]);
                }
                if t.a != 0.0 {
                    for ak in &amount[k] {
                        e.add_mul(t.a * m.vars[t.var].requested * scale, *ak);
                    }
                }
            }
        }
        let limit = row.rhs - constant[r];
        let limit = if hull::is_whole(&row.terms) {
            hull::whole_limit(limit)
        } else {
            limit
        };
        constraints.push(e.leq(limit * scale));
    }
    let start: Vec<(Variable, f64)> = match incumbent {
        Some(inc) => {
            let mut hints: Vec<(Variable, f64)> = Vec::new();
            for (k, i) in group.iter().enumerate() {
                hints.push((y[k], if inc.y[*i] { 1.0 } else { 0.0 }));
                if block_of[k].is_none()
                    && let Some(ak) = amount[k].first()
                {
                    hints.push((*ak, inc.a[*i] / m.vars[*i].requested.max(1.0)));
                }
            }
            for (b, block) in hull_blocks.iter().enumerate() {
                let chosen = block.patterns.iter().position(|p| {
                    block
                        .open
                        .iter()
                        .enumerate()
                        .all(|(j, k)| (p & (1 << j) != 0) == inc.y[group[*k]])
                });
                for (q, wq) in weights[b].iter().enumerate() {
                    hints.push((*wq, if Some(q) == chosen { 1.0 } else { 0.0 }));
                }
                for ((bb, q, k), share) in shares.range((b, 0, 0)..(b + 1, 0, 0)) {
                    debug_assert_eq!(*bb, b);
                    let i = group[*k];
                    let value = if Some(*q) == chosen && inc.y[i] {
                        inc.a[i] / m.vars[i].requested.max(1.0)
                    } else {
                        0.0
                    };
                    hints.push((*share, value));
                }
            }
            hints
        }
        None => Vec::new(),
    };
    let unsolved = problem.maximise(objective);
    let read = |value: &dyn Fn(Variable) -> f64| -> Vec<(usize, bool, f64)> {
        group
            .iter()
            .enumerate()
            .map(|(k, i)| {
                let yi = value(y[k]) > 0.5;
                let v = &m.vars[*i];
                let ai = match v.partial_min {
                    Some(min) if yi => {
                        let fraction: f64 = amount[k].iter().map(|ak| value(*ak)).sum();
                        (fraction * v.requested).max(min).min(v.requested)
                    }
                    _ if yi => v.requested,
                    _ => 0.0,
                };
                (*i, yi, ai)
            })
            .collect()
    };
    let group_value = |values: &[(usize, bool, f64)]| -> f64 {
        values
            .iter()
            .filter(|(_, yi, _)| *yi)
            .map(|(i, _, ai)| m.vars[*i].value_at(*ai))
            .sum()
    };
    let seconds = search.time.as_secs_f64().max(0.001);
    // What each backend adds: how it is set up, and the bound it proves when it stops early.
    let result = match search.backend {
        Backend::Microlp => {
            // good_lp refuses only negative and infinite gaps, which the clamp rules out.
            let gap = if search.gap.is_finite() {
                search.gap.clamp(0.0, 1.0) as f32
            } else {
                0.0
            };
            let Ok(model) = unsolved
                .using(good_lp::microlp)
                .with_time_limit(seconds)
                .with_mip_gap(gap)
            else {
                return Group::Nothing;
            };
            run(model, constraints, start).map(|solution| {
                let values = read(&|v| solution.value(v));
                let optimal = matches!(solution.status(), SolutionStatus::Optimal);
                let st = solution.into_inner().stats();
                if trace() {
                    eprintln!(
                        "microlp nodes {} pivots {} root cuts {} root fixings {}",
                        st.nodes_solved, st.lp_iterations, st.root_cuts, st.root_fixings
                    );
                }
                let proven = st.best_bound;
                (values, optimal, proven)
            })
        }
        #[cfg(feature = "highs")]
        Backend::Highs => {
            // HiGHS stops at its default relative gap; ask for the proof.
            let model = unsolved
                .using(good_lp::highs)
                .set_time_limit(seconds)
                .set_option("mip_rel_gap", search.gap);
            run(model, constraints, start).map(|solution| {
                let values = read(&|v| solution.value(v));
                let optimal = matches!(solution.status(), SolutionStatus::Optimal);
                // Stopped within its gap (relative, of its own objective: this group's value),
                // or HiGHS's absolute gap of 1e-6; good_lp does not pass the bound on, but
                // these say where it is at most.
                let proven = matches!(solution.status(), SolutionStatus::GapLimit).then(|| {
                    let achieved = group_value(&values);
                    achieved + (search.gap * achieved.abs()).max(1e-6) + 1e-9 * achieved.abs()
                });
                (values, optimal, proven)
            })
        }
    };
    match result {
        Ok((values, optimal, proven)) => {
            let achieved = group_value(&values);
            let bound = if optimal {
                achieved
            } else {
                proven.unwrap_or(f64::INFINITY).max(achieved)
            };
            Group::Solved {
                values,
                optimal,
                bound,
            }
        }
        Err(ResolutionError::Infeasible) => Group::Infeasible,
        Err(e) => {
            if trace() {
                eprintln!("group error: {e:?}");
            }
            Group::Nothing
        }
    }
}

/// Adds the constraints and the warm start to a backend's model and solves it.
fn run<M>(
    mut model: M,
    constraints: Vec<good_lp::Constraint>,
    start: Vec<(Variable, f64)>,
) -> Result<M::Solution, ResolutionError>
where
    M: SolverModel<Error = ResolutionError> + WithInitialSolution,
{
    if !start.is_empty() {
        model = model.with_initial_solution(start);
    }
    for c in constraints {
        model.add_constraint(c);
    }
    model.solve()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::Support;
    use crate::optimise::model::{Row, RowKind, Var};
    use crate::scenario::Objective;

    /// A budget of 28 929 999 kr (the row's limit with its half-krona margin) cannot hold an
    /// application of 28 930 000 kr: half a krona over is over, however large the sums.
    #[test]
    fn half_a_krona_over_a_large_budget_is_over() {
        let m = Model {
            vars: vec![Var {
                app: 0,
                pot: Support::Projektmedel,
                score: 50.0,
                requested: 28_930_000.0,
                partial_min: None,
                objective: 50.0,
                tie: 0.0,
                lock: None,
                rank: 0,
            }],
            rows: vec![Row {
                kind: RowKind::Budget(Support::Projektmedel),
                terms: vec![Term {
                    var: 0,
                    y: 28_930_000.0,
                    a: 0.0,
                }],
                rhs: 28_929_999.5,
            }],
            objective: Objective::Score,
            warnings: Vec::new(),
        };
        let funded = Assignment {
            y: vec![true],
            a: vec![28_930_000.0],
        };
        assert!(!feasible(&m, &funded));
        let outcome = solve(&m, &Options::default());
        assert_eq!(outcome.status, Status::Optimal);
        assert_eq!(outcome.assignment.map(|x| x.y), Some(vec![false]));
    }
}
