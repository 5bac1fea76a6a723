//! Why each candidate is or is not funded, and what would change it.
//!
//! - `blocked`: no allocation that keeps the scenario's rules funds it (a conflict names why).
//! - `crowded_out`: it could be funded, but the optimum is better without it. Then:
//!   - `score_needed`: with it forced in, the rest is worth `W`; the optimum is worth `z`; it is
//!     funded once its own objective reaches `z − W` (exact, no search), verified by a solve;
//!   - `budget_needed`: the smallest whole-krona increase of its pot's budget at which the
//!     optimum funds it. Funding is not monotone in the budget, so we walk the budgets where the
//!     optimum changes: from each optimum, the cheapest allocation that is strictly better gives
//!     the next budget to look at (docs/berakning.md §3).

use std::collections::BTreeMap;
use std::time::Instant;

use crate::application::Support;
use crate::optimise::Needed;
use crate::optimise::model::{Model, RowKind};
use crate::optimise::solve::{Assignment, Options, Status, solve, solve_from, value};

/// Whether some allocation that keeps every rule funds variable `i`: a solve with it forced in.
/// Returns the forced outcome's true objective when feasible.
pub fn forced(m: &Model, i: usize, opts: &Options) -> Option<(f64, Assignment)> {
    let mut f = m.clone();
    f.vars[i].lock = Some(true);
    let outcome = solve(&f, opts);
    match outcome.status {
        Status::Optimal | Status::Feasible => outcome.assignment.map(|x| (outcome.objective, x)),
        _ => None,
    }
}

/// The smallest score for variable `i` at which today's optimum funds it, given the value `z`
/// of today's optimum and the value `with_i` of the best allocation that funds it.
/// `NotComputed` when a solve on the way was not proven optimal.
pub fn score_needed(m: &Model, i: usize, z: f64, with_i: f64, opts: &Options) -> Needed<f64> {
    let v = &m.vars[i];
    if v.partial_min.is_some() {
        return score_by_bisection(m, i, opts);
    }
    let others = with_i - v.objective;
    // Objective per score point: 1 for `score`, requested/1e6 for `value`.
    let per_point = v.objective / v.score.max(1e-12);
    if per_point <= 0.0 {
        return Needed::None;
    }
    let mut needed = ((z - others) / per_point * 100.0).ceil() / 100.0;
    for _ in 0..4 {
        match funds_with_score(m, i, needed, opts) {
            Some(true) => return Needed::Found(needed),
            Some(false) => needed += 0.01,
            None => return Needed::NotComputed,
        }
    }
    Needed::NotComputed
}

/// Whether the optimum funds variable `i` when its score is `score`; `None` when the solve
/// was not proven optimal.
fn funds_with_score(m: &Model, i: usize, score: f64, opts: &Options) -> Option<bool> {
    let mut changed = m.clone();
    let v = &mut changed.vars[i];
    let per_point = v.objective / v.score.max(1e-12);
    v.objective = per_point * score;
    v.score = score;
    let outcome = solve(&changed, opts);
    match outcome.status {
        Status::Optimal => outcome.assignment.map(|x| x.y[i]),
        _ => None,
    }
}

/// For part-fundable candidates the objective is not a sum with a fixed rest, so we search;
/// funding is monotone in the candidate's own score.
fn score_by_bisection(m: &Model, i: usize, opts: &Options) -> Needed<f64> {
    let current = m.vars[i].score;
    let top = current.max(100.0) * 4.0;
    match funds_with_score(m, i, top, opts) {
        Some(true) => {}
        Some(false) => return Needed::None,
        None => return Needed::NotComputed,
    }
    let (mut lo, mut hi) = (current, top);
    while hi - lo > 0.01 {
        let mid = (lo + hi) / 2.0;
        match funds_with_score(m, i, mid, opts) {
            Some(true) => hi = mid,
            Some(false) => lo = mid,
            None => return Needed::NotComputed,
        }
    }
    Needed::Found((hi * 100.0).ceil() / 100.0)
}

/// The smallest budget (whole kronor) for `pot` at which the optimum funds variable `t`, with
/// what that optimum funds; `None` if no budget up to the pot's total demand does;
/// `NotComputed` when the deadline comes first or an optimum on the way was not proven.
///
/// Funding is not monotone in the budget, but two things are: `z(B)`, the optimum at budget B,
/// and `f(B)`, the best allocation that funds `t`. For any B'' in `(lo, hi]`,
/// `f(B'') ≤ f(hi)` and `z(B'') ≥ z(lo)`, so when `f(hi) < z(lo)` no budget in the interval can
/// fund `t` and the whole interval is skipped; otherwise it is halved. Budgets move on the
/// lattice of the pot's amounts (their greatest common divisor), where the optimum can change.
/// The answer is verified at that budget and one krona below.
///
/// The first probe is guided by the value funding `t` loses today (`loss`) over the value a
/// krona buys at the margin (measured once per pot): the answer usually lies near it.
#[allow(clippy::too_many_arguments)] // The search needs all of them; a struct would only rename them.
pub fn budget_needed(
    p: &crate::portfolio::Portfolio,
    m: &Model,
    pot: Support,
    today: f64,
    t: usize,
    (loss, with_t): (Option<f64>, Option<&Assignment>),
    cache: &BudgetCache,
    opts: &Options,
    deadline: Instant,
) -> Needed<(f64, Vec<bool>)> {
    let Some(budget_row) = m.rows.iter().position(|r| r.kind == RowKind::Budget(pot)) else {
        return Needed::NotAsked;
    };
    // The pot's total demand, as a budget: on top of what the year's decisions have used.
    let demand: f64 = m
        .vars
        .iter()
        .filter(|v| v.pot == pot)
        .map(|v| v.requested)
        .sum::<f64>()
        + cache.decided(pot);
    let step = lattice(m, pot);
    // Whether some allocation that funds t at this budget may be worth at least `floor`: a
    // feasibility question (value row, no objective), which branch and bound answers far
    // faster than finding the best such allocation.
    // The tie rule funds a better-ranked candidate that is at least as good and asks no more
    // of any row before t, so an allocation with t and without it never wins: it comes along.
    let along = dominators(m, t);
    let reaches = |budget: f64, floor: f64| -> bool {
        let mut changed = cache.at_budget(m, budget_row, budget);
        changed.vars[t].lock = Some(true);
        for d in &along {
            changed.vars[*d].lock = Some(true);
        }
        let question = Options {
            target: Some(floor),
            ..*opts
        };
        // Only a proof that none reaches the floor skips budgets; a question the time limit
        // cut short might have had a yes, so the search narrows in on it instead. Where an
        // optimum is exact, the best allocation that funds `t` answers it, as in
        // `lexi::ties`: branch and bound prunes with what it finds, where the feasibility
        // question must prove without an allocation (under `value` on the shipped scenario
        // up to 3 s a question, and a candidate's search 19 s instead of 3 s).
        let asked = Instant::now();
        let exact = m.vars.len() <= crate::optimise::solve::EXACT_UP_TO;
        let starts: Vec<Assignment> = with_t.cloned().into_iter().collect();
        let best = exact.then(|| solve_from(&changed, opts, &starts));
        // The bound is of the value without the tie-breaks; with all of them it holds for
        // the value the floor is measured in.
        let ties: f64 = m.vars.iter().map(|v| v.tie.max(0.0)).sum();
        let reached = match best {
            Some(b) if b.status == Status::Infeasible => false,
            Some(b) if b.status == Status::Optimal => b.bound + ties >= floor,
            _ => solve(&changed, &question).status != Status::Infeasible,
        };
        if crate::optimise::solve::trace() {
            eprintln!("[reaches] {t}: {reached} in {:?}", asked.elapsed());
        }
        reached
    };
    // The decisions at a budget: where the optimum found funds `t`, those of the optimum the
    // tie rule picks among the equally good, as `propose` does, so that "funded at this
    // budget" never rests on the optimum the search happened to find first. Where the optimum
    // found leaves `t` out, a tied one with `t` is not looked for (under `value` that question
    // is a proof without an incumbent and took seconds and hundreds of megabytes): "not
    // funded one krona below" is then the optimum found's word, which a tie could overturn.
    let funds_at = |budget: f64| -> Option<Vec<bool>> {
        let (_, found) = cache.optimum(m, budget_row, budget, opts)?;
        if found[t] {
            cache.ruled(p, pot, m, budget_row, budget, opts)
        } else {
            Some(found)
        }
    };
    let snap = |b: f64| (b / step).floor() * step;
    let mut lo = today.floor();
    let Some((mut z_lo, _)) = cache.optimum(m, budget_row, lo, opts) else {
        return Needed::NotComputed;
    };
    let guess = match (loss, cache.slope(m, budget_row, lo, opts)) {
        (Some(loss), Some(slope)) if slope > 0.0 && loss.is_finite() => loss / slope / 2.0,
        _ => m.vars[t].requested / 8.0,
    };
    let mut width = snap(guess.clamp(step, demand.max(step))).max(step);
    let top = snap(demand) + step;
    let trace = crate::optimise::solve::trace();
    if trace {
        eprintln!("target {t}: var {:?} dominators {along:?}", m.vars[t]);
    }
    while lo < top && Instant::now() < deadline {
        let hi = (snap(lo) + width).min(top).max(lo + 1.0);
        let floor = |z: f64| z - 1e-9 * z.abs().max(1.0);
        let mut hopeless = !reaches(hi, floor(z_lo));
        if trace {
            eprintln!("target {t}: lo {lo} hi {hi} width {width} hopeless {hopeless} z {z_lo}");
        }
        if !hopeless {
            // z(lo) may have been a stale floor: refresh it and ask again.
            let Some((z_now, _)) = cache.optimum(m, budget_row, lo, opts) else {
                return Needed::NotComputed;
            };
            if z_now > z_lo {
                z_lo = z_now;
                hopeless = !reaches(hi, floor(z_lo));
            }
        }
        if hopeless {
            // Nothing in (lo, hi] funds t. The optimum at the new `lo` is the floor for what
            // follows (a stale one would make the next question fail and be asked again), and
            // the width grows by a quarter: the distance a question can skip is about what
            // funding t loses over what a krona buys, which changes slowly (doubling made
            // every second question fail under `value`).
            lo = hi;
            let Some((z_now, _)) = cache.optimum(m, budget_row, lo, opts) else {
                return Needed::NotComputed;
            };
            z_lo = z_lo.max(z_now);
            width = (width * 1.25 / step).ceil() * step;
        } else if width > step {
            width = (width / 2.0 / step).floor().max(1.0) * step;
        } else {
            let Some((z_hi, _)) = cache.optimum(m, budget_row, hi, opts) else {
                return Needed::NotComputed;
            };
            let Some(funded) = funds_at(hi) else {
                return Needed::NotComputed;
            };
            if funded[t] {
                match funds_at(hi - 1.0) {
                    None => return Needed::NotComputed,
                    Some(below) if !below[t] => return Needed::Found((hi, funded)),
                    Some(_) => {}
                }
            }
            lo = hi;
            z_lo = z_lo.max(z_hi);
            width *= 2.0;
        }
    }
    if lo < top {
        Needed::NotComputed
    } else {
        Needed::None
    }
}

/// The candidates that dominate variable `t`: better ranked, worth at least as much, and
/// asking no more of any row (each coefficient at most `t`'s, so money, hours, caps, and no
/// coverage or prerequisite that `t` alone provides). Swapping `t` for one of them never breaks
/// a row and wins the tie, so the optimum funds `t` only together with all of them. Only whole
/// (not part-funded) candidates compare.
pub(crate) fn dominators(m: &Model, t: usize) -> Vec<usize> {
    if m.vars[t].partial_min.is_some() {
        return Vec::new();
    }
    let mut coef: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); m.vars.len()];
    for (r, row) in m.rows.iter().enumerate() {
        for term in &row.terms {
            *coef[term.var].entry(r).or_default() += term.y + term.a * m.vars[term.var].requested;
        }
    }
    let tol = |x: f64| 1e-9 * x.abs().max(1.0);
    let vt = &m.vars[t];
    (0..m.vars.len())
        .filter(|&d| {
            let vd = &m.vars[d];
            d != t
                && vd.partial_min.is_none()
                && vd.rank < vt.rank
                && vd.lock != Some(false)
                && vd.objective >= vt.objective
                && coef[d].keys().chain(coef[t].keys()).all(|r| {
                    let (cd, ct) = (
                        coef[d].get(r).copied().unwrap_or(0.0),
                        coef[t].get(r).copied().unwrap_or(0.0),
                    );
                    cd <= ct + tol(ct)
                })
        })
        .collect()
}

/// Optima at budgets already solved, shared by every candidate of a pot.
#[derive(Default)]
pub(crate) struct BudgetCache {
    /// Each budget is solved once: a thread that asks for a budget another is solving waits
    /// for that answer (the candidates of a pot ask for the same budgets at the same time).
    solved: std::sync::Mutex<BTreeMap<(usize, u64), Once<Solved>>>,
    /// The decisions of the optimum the tie rule picks, by budget (none: not settled in time).
    ruled: std::sync::Mutex<BTreeMap<(usize, u64), Once<Decisions>>>,
    /// What grants decided in the scenario's year have used of each pot: a budget `B` leaves
    /// `B − decided` for the model's budget row.
    decided: BTreeMap<Support, f64>,
    /// Today's proposal, which keeps every rule at any larger budget: each solve at a budget
    /// starts from it. Under `value` the solver's own first allocations were worth about 5 %
    /// less than the optimum, and some solves ran their 5 s without a proof. The same start
    /// whichever budgets were solved before, so the answers do not depend on the order.
    start: Vec<Assignment>,
}

/// An optimum's value (with tie-breaks) and decisions, or none.
type Solved = Option<(f64, Assignment)>;

/// An optimum's decisions, or none.
type Decisions = Option<Vec<bool>>;

/// A value computed once, by the first thread that asks.
type Once<T> = std::sync::Arc<std::sync::OnceLock<T>>;

/// The cell for `key` in `cells`, made empty if no thread has asked for it yet.
fn cell<T>(
    cells: &std::sync::Mutex<BTreeMap<(usize, u64), Once<T>>>,
    key: (usize, u64),
) -> Once<T> {
    let mut cells = cells
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    cells.entry(key).or_default().clone()
}

impl BudgetCache {
    /// An empty cache for a portfolio's pots.
    pub(crate) fn new(p: &crate::portfolio::Portfolio) -> BudgetCache {
        BudgetCache {
            decided: p
                .scenario
                .budgets()
                .into_keys()
                .map(|pot| (pot, p.decided_total(pot).to_f64()))
                .collect(),
            ..BudgetCache::default()
        }
    }

    /// The cache with today's proposal as every solve's first allocation.
    pub(crate) fn starting_from(self, today: Assignment) -> BudgetCache {
        BudgetCache {
            start: vec![today],
            ..self
        }
    }

    /// What the grants decided in the year have used of `pot`.
    fn decided(&self, pot: Support) -> f64 {
        self.decided.get(&pot).copied().unwrap_or(0.0)
    }

    /// The model with a pot's budget row at a budget of `budget` kronor: what the grants
    /// decided in the year have not used, with the model's margins.
    fn at_budget(&self, m: &Model, budget_row: usize, budget: f64) -> Model {
        let decided = match m.rows[budget_row].kind {
            RowKind::Budget(pot) => self.decided(pot),
            _ => 0.0,
        };
        let mut changed = m.clone();
        changed.rows[budget_row].rhs =
            (budget.floor() - decided).max(0.0) + crate::optimise::model::MONEY_ROOM;
        changed
    }

    /// The value one krona more in the pot buys at the margin, from the optima at the budget
    /// and 5 % above it.
    fn slope(&self, m: &Model, budget_row: usize, budget: f64, opts: &Options) -> Option<f64> {
        let more = (budget * 1.05).round();
        let (z0, _) = self.optimum(m, budget_row, budget, opts)?;
        let (z1, _) = self.optimum(m, budget_row, more, opts)?;
        Some((z1 - z0) / (more - budget).max(1.0))
    }

    /// The optimum's value (with tie-breaks) and decisions with the budget row at `budget`.
    fn optimum(
        &self,
        m: &Model,
        budget_row: usize,
        budget: f64,
        opts: &Options,
    ) -> Option<(f64, Vec<bool>)> {
        self.solved(m, budget_row, budget, opts)
            .map(|(v, x)| (v, x.y))
    }

    /// The decisions at `budget` of the optimum that the tie rule picks among the equally good
    /// (`lexi::ties`, as `propose` applies it); `None` when no optimum was proven or the tie
    /// was not settled in time.
    fn ruled(
        &self,
        p: &crate::portfolio::Portfolio,
        pot: Support,
        m: &Model,
        budget_row: usize,
        budget: f64,
        opts: &Options,
    ) -> Option<Vec<bool>> {
        let key = (budget_row, budget.max(0.0).round() as u64);
        cell(&self.ruled, key)
            .get_or_init(|| {
                let result = self.solved(m, budget_row, budget, opts).and_then(|(_, x)| {
                    let kronor = crate::money::Sek::from_decimal(
                        rust_decimal::Decimal::from_f64_retain(budget.floor()).unwrap_or_default(),
                    );
                    let q = crate::optimise::lexi::with_budget(p, pot, kronor);
                    let at = self.at_budget(m, budget_row, budget);
                    match crate::optimise::lexi::ties(&q, &at, &x, opts) {
                        Ok(None) => Some(x.y),
                        Ok(Some(granted)) => Some(
                            m.vars
                                .iter()
                                .map(|v| granted.contains_key(&v.app))
                                .collect(),
                        ),
                        Err(()) => None,
                    }
                });
                if crate::optimise::solve::trace() {
                    eprintln!("[ruled] budget {budget}: {}", result.is_some());
                }
                result
            })
            .clone()
    }

    /// The proven optimum with the budget row at `budget`: its value and allocation.
    fn solved(&self, m: &Model, budget_row: usize, budget: f64, opts: &Options) -> Solved {
        let key = (budget_row, budget.max(0.0).round() as u64);
        // Results are shared between threads, so a solve must not depend on which other
        // budgets happen to be solved already: no warm start from the cache.
        cell(&self.solved, key)
            .get_or_init(|| {
                // Only a proven optimum answers: one the time limit cut short could differ
                // from one machine to the next.
                let outcome = solve_from(&self.at_budget(m, budget_row, budget), opts, &self.start);
                match outcome.status {
                    Status::Optimal => outcome.assignment.map(|x| (value(m, &x), x)),
                    _ => None,
                }
            })
            .clone()
    }
}

/// The greatest common divisor of the pot's amounts in whole kronor (1 where part-funding
/// makes any amount possible): allocations in the pot cost multiples of it.
fn lattice(m: &Model, pot: Support) -> f64 {
    fn gcd(a: u64, b: u64) -> u64 {
        if b == 0 { a } else { gcd(b, a % b) }
    }
    let mut g: u64 = 0;
    for v in m.vars.iter().filter(|v| v.pot == pot) {
        if v.partial_min.is_some() {
            return 1.0;
        }
        g = gcd(g, v.requested.round().max(1.0) as u64);
    }
    g.max(1) as f64
}

/// A quick answer to "can any allocation fund variable `i`?" from the exact books: the locks
/// and `i`, then rank order filling what minimums ask for. `Some(true)` when that finds an
/// allocation that keeps every rule; `None` when only a solve can tell.
pub(crate) fn forced_quickly(p: &crate::portfolio::Portfolio, m: &Model, i: usize) -> Option<bool> {
    use crate::optimise::ledger::Ledger;
    let mut ledger = Ledger::new(p, m.vars.iter().map(|v| v.app));
    for v in m.vars.iter().filter(|v| v.lock == Some(true)) {
        ledger.add(v.app, p.applications[v.app].requested);
    }
    let least = |k: usize| {
        let app = &p.applications[m.vars[k].app];
        match (m.vars[k].partial_min, app.partial_min) {
            (Some(_), Some(min)) => min,
            _ => app.requested,
        }
    };
    if ledger.would_break(m.vars[i].app, least(i)).is_some() {
        return None;
    }
    ledger.add(m.vars[i].app, least(i));
    let mut order: Vec<usize> = (0..m.vars.len()).collect();
    order.sort_by_key(|k| m.vars[*k].rank);
    for _ in 0..3 {
        let open: Vec<_> = ledger.breaches();
        if open.is_empty() {
            return Some(true);
        }
        // Add, in rank order, what fits and helps (a candidate in a needed municipality, a
        // matching candidate for a share, a prerequisite).
        for &k in &order {
            let app = m.vars[k].app;
            if ledger.funded.contains_key(&app) || m.vars[k].lock == Some(false) {
                continue;
            }
            if ledger.would_break(app, least(k)).is_none() {
                let mut trial = ledger.clone();
                trial.add(app, least(k));
                if trial.breaches().len() < ledger.breaches().len() {
                    ledger = trial;
                }
            }
        }
    }
    ledger.breaches().is_empty().then_some(true)
}
