//! Solving the model to proven optimality, fast on the shapes that occur.
//!
//! The pipeline (ARCHITECTURE.md, "The optimiser"), one module per step, run in order by
//! [`solve_from`] on the root's state (`Root`):
//! 1. **Presolve** (`presolve.rs`): locks are fixed; what cannot fit even alone is fixed to 0.
//! 2. **Incumbents** (`incumbent.rs`): rank-and-fund order and density order, filled greedily
//!    (part-funded applications take what still fits), then improved by adding and swapping;
//!    later the core heuristic.
//! 3. **Bound** (`bound.rs`): the LP relaxation (clarabel, pure Rust) gives multipliers λ ≥ 0
//!    for the rows; from them we compute our own Lagrangian bound
//!    `Σ λ·rhs + Σ max(0, reduced value)`, valid for any λ ≥ 0, so an inexact LP can weaken
//!    the bound but never make it wrong. Cover inequalities tighten it; the decomposition
//!    (blocks.rs) tightens it where its small rows are exact.
//! 4. **Reduced-cost fixing** (`fixing.rs`, the knapsack "core"): a variable whose reduced
//!    value cannot let any allocation at least as good as the incumbent change it is fixed.
//! 5. **Settled amounts** (`branch.rs` with amounts.rs): amounts of funded part-fundable
//!    applications that the bound and their order in parallel groups decide.
//! 6. **Branch and bound** (`branch.rs`): what is left splits into groups that no row couples;
//!    each is solved by good_lp with microlp by default (HiGHS with the `highs` feature), warm
//!    started from the incumbent, within the time limit.
//! 7. **Ties** (`ties.rs`): among allocations worth the same, swaps towards better-ranked
//!    applications; then the outcome with its proven bound.
//!
//! Every step keeps all allocations at least as good as the incumbent, so the optimum of the
//! core is the optimum of the model.

mod bound;
mod branch;
mod fixing;
mod incumbent;
mod presolve;
mod ties;

/// Above this many undecided variables a group may stop within its share of 1e-6 and still be
/// reported optimal (see `bound::LARGE_MODEL`): its objective is then no bound to 1e-9.
pub(crate) const EXACT_UP_TO: usize = bound::LARGE_MODEL;

use std::borrow::Cow;
use std::time::{Duration, Instant};

use crate::optimise::blocks;
use crate::optimise::model::{Model, Term};

/// Rows hold when their sum exceeds the limit by at most this share of it. Money rows are in
/// whole kronor (`floor(limit)` and a thousandth), so the tolerance must stay far below a
/// krona: 1e-9 of 100 mkr is 0,1 kr, which rounding part-funded amounts down takes back.
pub(crate) const EPS: f64 = 1e-9;

/// A target below every allocation's value: `Options::target` at or under it asks only
/// whether there is any allocation.
pub(crate) const ANY_ALLOCATION: f64 = -1e17;
/// Above this many undecided variables, a model that the decomposition applies to goes without
/// the root's LP relaxation: the decomposition's bound is at least as strong (its blocks are
/// exact), its multipliers are minimised from zero, and cover inequalities come from relax and
/// cut. The LP (clarabel) cost 1,2–2,7 s of 2–10 s at 10 000 applications and a third of the
/// time at 1 000; on the shipped scenario (118 variables) it costs milliseconds and its cuts
/// of small rows make the counterfactuals three times faster.
pub const ROOT_LP: usize = 500;

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
pub(crate) struct Stats {
    pub variables: usize,
    pub rows: usize,
    pub(crate) fixed_by_presolve: usize,
    pub(crate) fixed_by_reduced_cost: usize,
    /// Amounts of part-funded applications settled before branch and bound (amounts.rs).
    pub(crate) amounts_settled: usize,
    /// Cover inequalities added at the root.
    pub cuts: usize,
    pub(crate) core: usize,
    pub components: usize,
    pub(crate) lp_bound: Option<f64>,
    pub(crate) incumbent: Option<f64>,
    pub(crate) millis: f64,
}

/// The result of a solve.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status: Status,
    pub(crate) assignment: Option<Assignment>,
    /// The objective of the assignment (without the tie-break bonuses).
    pub objective: f64,
    /// A proven upper bound on the objective.
    pub bound: f64,
    pub(crate) stats: Stats,
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
pub(crate) fn true_value(m: &Model, x: &Assignment) -> f64 {
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
/// allocation, for one, so the optimum is never worse than it). The steps, in the order of
/// the module's list; each learns something about the root and hands it on in `Root`.
pub(crate) fn solve_from(m: &Model, opts: &Options, starts: &[Assignment]) -> Outcome {
    let mut root = Root::new(m, opts);
    incumbent::first(&mut root, starts);
    // "Any allocation at all?" (the ranking first's questions): a greedy start answers yes at
    // once; a bound on the value cannot answer no, so the decomposition's bound is skipped.
    let any = opts.target.is_some_and(|t| t <= ANY_ALLOCATION);
    if any && root.best.is_some() {
        return fixing::reach(root, ANY_ALLOCATION);
    }
    bound::relax(&mut root);
    if !any {
        bound::decompose(&mut root);
    }
    incumbent::from_bound(&mut root);
    if let Some(target) = opts.target {
        return fixing::reach(root, target);
    }
    if let Some(proven) = ties::nothing_better(&mut root) {
        return proven;
    }
    fixing::fix(&mut root);
    let result = branch::search(&mut root);
    ties::settle(root, result)
}

/// What the steps learn at the root and hand on: the model (with cover inequalities once they
/// are found), the decisions taken, the best allocation so far and the bound.
struct Root<'a> {
    /// The caller's model: candidates are checked and valued against it.
    original: &'a Model,
    /// The model the steps work on: the caller's, or it with cover inequalities added (they
    /// hold for every allocation, so its optimum is the same).
    m: Cow<'a, Model>,
    opts: &'a Options,
    start: Instant,
    deadline: Instant,
    /// The rows each variable of `m` appears in.
    adjacency: Vec<Vec<(usize, Term)>>,
    /// Decisions taken: locks and presolve, then reduced-cost fixing.
    fixed: Vec<Option<bool>>,
    /// The best allocation so far, with its value (tie-breaks included).
    best: Option<(f64, Assignment)>,
    /// The LP relaxation's multipliers and bound (or the decomposition's, without the LP).
    lagrange: Option<bound::Lagrange>,
    /// The decomposition at its best multipliers, where it tightens the bound.
    decomposed: Option<blocks::Evaluation>,
    /// Which amounts the decomposition prices (amounts.rs).
    priced: Vec<bool>,
    /// Undecided variables after presolve.
    free: usize,
    /// The root goes without the LP relaxation (`ROOT_LP`).
    no_lp: bool,
    stats: Stats,
}

impl<'a> Root<'a> {
    /// The root before any step: locks fixed, and presolve's exclusions.
    fn new(m: &'a Model, opts: &'a Options) -> Root<'a> {
        let start = Instant::now();
        let adjacency = by_var(m);
        let mut stats = Stats {
            variables: m.vars.len(),
            rows: m.rows.len(),
            ..Stats::default()
        };
        let mut fixed: Vec<Option<bool>> = m.vars.iter().map(|v| v.lock).collect();
        stats.fixed_by_presolve = presolve::presolve(m, &adjacency, &mut fixed);
        Root {
            original: m,
            m: Cow::Borrowed(m),
            opts,
            start,
            deadline: start + opts.time_limit,
            adjacency,
            fixed,
            best: None,
            lagrange: None,
            decomposed: None,
            priced: Vec::new(),
            free: 0,
            no_lp: false,
            stats,
        }
    }

    fn incumbent(&self) -> Option<f64> {
        self.best.as_ref().map(|b| b.0)
    }

    fn millis(&self) -> f64 {
        self.start.elapsed().as_secs_f64() * 1000.0
    }
}

/// Keeps `candidate` as the best allocation if it is feasible in `m` and worth more.
fn keep(m: &Model, candidate: Option<Assignment>, best: &mut Option<(f64, Assignment)>) {
    if let Some(x) = candidate
        && feasible(m, &x)
    {
        let v = value(m, &x);
        if best.as_ref().is_none_or(|(b, _)| v > *b) {
            *best = Some((v, x));
        }
    }
}

/// Whether `ANSLAG_TRACE` asks for the solver's timeline on stderr.
pub(crate) fn trace() -> bool {
    std::env::var_os("ANSLAG_TRACE").is_some()
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
