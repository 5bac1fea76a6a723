//! Step 7: ties settled, and the outcome with its proven bound.

use super::branch::Core;
use super::incumbent::improve;
use super::{Assignment, Outcome, Root, Stats, Status, feasible, trace, true_value, value};
use crate::optimise::model::Model;

/// When nothing could be worth more than the incumbent (every variable it leaves out is worth
/// nothing, as in a feasibility question), it is optimal without a search.
pub(super) fn nothing_better(root: &mut Root) -> Option<Outcome> {
    let (incumbent, x) = root.best.as_ref()?;
    let m: &Model = &root.m;
    let ceiling: f64 = m
        .vars
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let worth = v.full_value() + v.tie;
            if root.fixed[i] == Some(true) {
                worth
            } else {
                worth.max(0.0)
            }
        })
        .sum();
    // Written as the comparison that holds, so that a ceiling that is not a number searches.
    if *incumbent >= ceiling - 1e-9 * ceiling.abs().max(1.0) {
        root.stats.millis = root.millis();
        return Some(finish(
            m,
            Core::Optimal(x.clone()),
            None,
            None,
            root.stats.clone(),
        ));
    }
    None
}

/// Step 7, ties: branch and bound prunes at a relative 1e-9, coarser than the tie-break
/// bonuses; among allocations worth the same, a swap towards better-ranked applications
/// settles the tie. Then the outcome, with its bound.
pub(super) fn settle(root: Root, result: Core) -> Outcome {
    let Root {
        m,
        adjacency,
        best,
        lagrange,
        start,
        deadline,
        free,
        mut stats,
        ..
    } = root;
    let m: &Model = &m;
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

pub(super) fn finish(
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
