//! Step 4, fixing: the decisions every allocation at least as good as the incumbent shares
//! (reduced values and the decomposition's forced bounds), and the same reasoning for the
//! question "is some allocation worth at least this much?" (`Options::target`).

use super::bound::Lagrange;
use super::branch::{Core, solve_core};
use super::{Assignment, Outcome, Root, Stats, Status, true_value};
use crate::optimise::blocks;
use crate::optimise::model::Model;

/// Step 4, reduced-cost fixing (the knapsack "core"): every decision that all allocations at
/// least as good as the incumbent share is taken.
pub(super) fn fix(root: &mut Root) {
    if let (Some(l), Some(incumbent)) = (&root.lagrange, root.incumbent()) {
        let before = root.fixed.iter().filter(|f| f.is_some()).count();
        root.fixed = fixings(l, root.decomposed.as_ref(), &root.fixed, incumbent);
        root.stats.fixed_by_reduced_cost +=
            root.fixed.iter().filter(|f| f.is_some()).count() - before;
    }
}

/// The decisions every allocation worth at least `incumbent` shares, beside `fixed`: where the
/// LP's reduced value, or the decomposition's bound with the variable forced the other way,
/// falls below it. What is left undecided is the core that branch and bound must search.
pub(super) fn fixings(
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
pub(super) fn reach(root: Root, target: f64) -> Outcome {
    let Root {
        m,
        mut fixed,
        best,
        lagrange,
        decomposed,
        opts,
        deadline,
        mut stats,
        start,
        ..
    } = root;
    let m: &Model = &m;
    let (lagrange, decomposed) = (lagrange.as_ref(), decomposed.as_ref());
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
    let question = m.at_least(target - tol, true);
    match solve_core(&question, &fixed, None, opts, deadline, &mut stats) {
        // What the search hands back is checked against the caller's model: an allocation
        // that breaks a row is no answer (seen with coverage rows that nothing can meet).
        Core::Optimal(x) | Core::Feasible(x, _) if super::feasible(m, &x) => {
            answer(Status::Feasible, Some(x), stats)
        }
        Core::Optimal(_) | Core::Feasible(..) => answer(Status::NoSolution, None, stats),
        Core::Infeasible => answer(Status::Infeasible, None, stats),
        Core::Nothing => answer(Status::NoSolution, None, stats),
    }
}
