//! Step 2, incumbents: good allocations found quickly (greedy orders, adding and swapping, and
//! the core heuristic), each only a start for the proof and a floor for fixing.

use std::time::{Duration, Instant};

use super::bound::Lagrange;
use super::branch::{Core, solve_core, with_amounts};
use super::fixing::fixings;
use super::{Assignment, EPS, Options, Root, Stats, by_var, keep, row_lhs, trace};
use crate::optimise::blocks;
use crate::optimise::model::{Model, Term};

/// Step 2, the first incumbents: the caller's starts that keep the locks, then rank-and-fund's
/// order and density order, filled greedily.
pub(super) fn first(root: &mut Root, starts: &[Assignment]) {
    let m = root.original;
    for start in starts {
        if root
            .fixed
            .iter()
            .enumerate()
            .all(|(i, f)| f.is_none_or(|v| v == start.y[i]))
        {
            keep(m, Some(start.clone()), &mut root.best);
        }
    }
    let mut by_rank: Vec<usize> = (0..m.vars.len()).collect();
    by_rank.sort_by_key(|i| m.vars[*i].rank);
    keep(
        m,
        greedy(m, &root.adjacency, &root.fixed, &by_rank),
        &mut root.best,
    );
    let by_density = density_order(m, &root.adjacency);
    keep(
        m,
        greedy(m, &root.adjacency, &root.fixed, &by_density),
        &mut root.best,
    );
}

/// After the bound: the LP's order filled greedily, then the best so far improved by adding
/// and swapping.
pub(super) fn from_bound(root: &mut Root) {
    let m: &Model = &root.m;
    if let Some(l) = &root.lagrange {
        root.stats.lp_bound = Some(l.best);
        let mut order: Vec<usize> = (0..m.vars.len()).collect();
        order.sort_by(|a, b| {
            l.lp_y[*b]
                .total_cmp(&l.lp_y[*a])
                .then(l.reduced[*b].total_cmp(&l.reduced[*a]))
                .then(a.cmp(b))
        });
        keep(
            root.original,
            greedy(m, &root.adjacency, &root.fixed, &order),
            &mut root.best,
        );
    }
    if let Some((_, x)) = &root.best {
        let improved = improve(m, &root.adjacency, &root.fixed, x.clone(), root.deadline);
        keep(root.original, Some(improved), &mut root.best);
    }
    root.stats.incumbent = root.incumbent();
}

/// Growing cores, each warm-started from the best allocation so far, while each finishes in
/// time (a larger one would not either), the time lasts, the best is not yet within the
/// optimality gap of the bound `e`, and the last core improved on it.
pub(super) fn grow_cores(root: &mut Root, l: &Lagrange, e: &blocks::Evaluation) {
    let left = root.deadline.saturating_duration_since(Instant::now());
    let until = Instant::now() + (left / 5).min(HEURISTIC_TIME);
    for size in HEURISTIC_CORES {
        let before = root.incumbent();
        let close = before.is_some_and(|v| e.bound - v <= 1e-6 * v.abs().max(1.0));
        if Instant::now() >= until || close {
            break;
        }
        // A heuristic core of two thirds or more of the proof's own does the proof's
        // work without the proof: branch and bound on the exact core instead (1 000
        // seed 7: 1,1 s with three quarters as the line, 0,8 s with two thirds).
        if let Some(v) = before {
            let exact = fixings(l, Some(e), &root.fixed, v);
            let left = exact.iter().filter(|f| f.is_none()).count();
            if trace() {
                eprintln!("core heuristic: {size} against an exact core of {left}");
            }
            if size * 3 >= left * 2 {
                break;
            }
        }
        let start = root.best.as_ref().map(|(_, x)| x);
        match core_heuristic(&root.m, &root.fixed, e, size, start, root.opts, until) {
            Heuristic::Solved(x) => keep(root.original, Some(x), &mut root.best),
            Heuristic::Stopped(x) => {
                keep(root.original, Some(x), &mut root.best);
                break;
            }
            Heuristic::Failed => continue,
            Heuristic::Whole => break,
        }
        let gained = match (before, root.incumbent()) {
            (Some(b), Some(a)) => a > b + 1e-9 * b.abs().max(1.0),
            (None, after) => after.is_some(),
            _ => false,
        };
        if !gained && size > HEURISTIC_CORES[0] {
            break;
        }
    }
}

/// Orders variables by objective per unit of the scarcest resources they use.
pub(super) fn density_order(m: &Model, adjacency: &[Vec<(usize, Term)>]) -> Vec<usize> {
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
pub(super) fn greedy(
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
pub(super) fn improve(
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
pub(super) fn by_gain(e: &blocks::Evaluation) -> Vec<usize> {
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
pub(super) const HEURISTIC_CORES: [usize; 5] = [50, 100, 200, 400, 800];

/// The longest the core heuristic runs. A core that does not finish in this time rarely finds
/// more later than the proof's branch and bound does (synthetic 1 000, seeds 6 and 7: 4,3 and
/// 1,9 s with a second, 3,5 and 1,8 s with 0,4 s; 10 000 unchanged).
pub(super) const HEURISTIC_TIME: Duration = Duration::from_millis(400);

/// A good allocation quickly (not a proof): every variable whose decomposition gain is far
/// from zero is fixed the way the blocks chose, and branch and bound decides the few hundred
/// closest to the margin (the knapsack "core" of Balas & Zemel, found by the multipliers).
/// About 115 lines: choosing the core, fixing the rest, settling amounts and the one solve are
/// steps on one guess, each read by the next.
pub(super) fn core_heuristic(
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

/// What the core heuristic found.
pub(super) enum Heuristic {
    /// The best allocation with the variables outside the core fixed.
    Solved(Assignment),
    /// An allocation; the time ran out before the core was finished.
    Stopped(Assignment),
    /// Nothing (microlp sometimes stops on a numerical guard; another size is another model).
    Failed,
    /// The core would be every undecided variable: that is the final solve's work.
    Whole,
}
