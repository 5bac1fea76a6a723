//! Step 3, the bound: the LP relaxation (clarabel, pure Rust) gives multipliers λ ≥ 0 for the
//! rows; from them we compute our own Lagrangian bound `Σ λ·rhs + Σ max(0, reduced value)`,
//! valid for any λ ≥ 0, so an inexact LP can weaken the bound but never make it wrong. Cover
//! inequalities tighten it; the decomposition (blocks.rs) tightens it further where its blocks
//! are exact.

use std::borrow::Cow;
use std::time::Instant;

use good_lp::solvers::{DualValues, SolutionWithDual};
use good_lp::{Expression, ProblemVariables, Solution, SolverModel, Variable, variable};

use super::incumbent::{by_gain, greedy, grow_cores};
use super::{Root, by_var, keep, trace};
use crate::optimise::blocks::{self, Decomposition};
use crate::optimise::cuts;
use crate::optimise::model::Model;

/// Step 3, the bound: the LP relaxation (or, on large models the decomposition applies to,
/// multipliers from zero), tightened by cover inequalities while they help.
pub(super) fn relax(root: &mut Root) {
    let m = root.original;
    root.free = root.fixed.iter().filter(|f| f.is_none()).count();
    // A feasibility question (nothing to maximise) has nothing for a bound to prune.
    let question = m.vars.iter().all(|v| v.objective == 0.0 && v.tie == 0.0)
        || root.opts.target.is_some_and(|t| t <= super::ANY_ALLOCATION);
    root.no_lp = root.free > root.opts.root_lp && Decomposition::new(m, &root.fixed).is_some();
    root.lagrange = if root.free > 0 && !question {
        if root.no_lp {
            let zero = vec![0.0; m.rows.len()];
            let y = m.vars.iter().map(|_| 1.0).collect();
            priced(m, &root.fixed, zero, y)
        } else {
            lagrangian(m, &root.fixed)
        }
    } else {
        None
    };
    if root.opts.cuts && !question {
        if root.no_lp {
            relax_and_cut(root);
        } else {
            lp_cuts(root);
        }
    }
    if trace() {
        eprintln!(
            "root {:.1} ms: {} cuts, bound {:?}, incumbent {:?}",
            root.millis(),
            root.stats.cuts,
            root.lagrange.as_ref().map(|l| l.bound),
            root.incumbent()
        );
    }
    if matches!(root.m, Cow::Owned(_)) {
        root.adjacency = by_var(&root.m);
    }
}

/// Cover inequalities tighten the LP; they hold for every allocation, so the model with them
/// has the same optimum. Rounds while they are found and the LP solves.
fn lp_cuts(root: &mut Root) {
    let Some(l) = root.lagrange.as_mut() else {
        return;
    };
    for _ in 0..LP_CUT_ROUNDS {
        let base: &Model = &root.m;
        let cuts = cuts::covers(base, &root.fixed, &l.lp_y, small_rows(&root.fixed));
        if cuts.is_empty() {
            break;
        }
        root.stats.cuts += cuts.len();
        let mut next = base.clone();
        next.rows.extend(cuts);
        match lagrangian(&next, &root.fixed) {
            Some(better) => {
                *l = better;
                root.m = Cow::Owned(next);
            }
            None => break,
        }
    }
}

/// Without the LP, cover inequalities come from the decomposition itself (relax and cut,
/// Lucena 2005): at its best multipliers the blocks' choice over-fills a row, a cover of what
/// it funds there is a cut it breaks, and the cut, priced like the other global rows, tightens
/// the bound. Rounds while they do.
fn relax_and_cut(root: &mut Root) {
    let Some(l) = root.lagrange.as_mut() else {
        return;
    };
    let target = root.best.as_ref().map_or(0.0, |b| b.0);
    let mut lambda = std::mem::take(&mut l.lambda);
    let mut last = f64::INFINITY;
    let mut before: Option<(Cow<Model>, Vec<f64>, usize)> = None;
    for round in 0..CUT_ROUNDS {
        let base: &Model = &root.m;
        let Some(d) = Decomposition::new(base, &root.fixed) else {
            break;
        };
        if round == 0 {
            lambda = d
                .improve(base, lambda, target, SUBGRADIENT_STEPS, root.deadline)
                .1;
        }
        let tolerance = 1e-8 * d.evaluate(base, &lambda).bound.abs().max(1.0);
        let (e, refined) = d.refine(base, lambda, tolerance, BOXSTEPS, root.deadline);
        lambda = refined;
        if trace() {
            eprintln!("relax and cut: round {round}, bound {}", e.bound);
        }
        if e.bound > last - tolerance {
            // The last round's cuts did not tighten the bound: without them.
            if let Some((model, previous, added)) = before.take() {
                root.m = model;
                lambda = previous;
                root.stats.cuts -= added;
            }
            break;
        }
        last = e.bound;
        let point: Vec<f64> = e.y.iter().map(|y| if *y { 1.0 } else { 0.0 }).collect();
        let cuts = cuts::covers(base, &root.fixed, &point, small_rows(&root.fixed));
        if cuts.is_empty() || Instant::now() >= root.deadline {
            break;
        }
        let mut next = base.clone();
        before = Some((root.m.clone(), lambda.clone(), cuts.len()));
        root.stats.cuts += cuts.len();
        next.rows.extend(cuts);
        lambda.resize(next.rows.len(), 0.0);
        root.m = Cow::Owned(next);
    }
    l.lambda = lambda;
}

/// The decomposition's bound and fixings (blocks of small rows solved exactly), and, where
/// the blocks' integrality tightens the bound, incumbents from their choices and the core
/// heuristic.
pub(super) fn decompose(root: &mut Root) {
    let Some(mut l) = root.lagrange.take() else {
        return;
    };
    if let Some(d) = Decomposition::new(&root.m, &root.fixed) {
        let mut e = d.evaluate(&root.m, &l.lambda);
        // Only where the blocks' integrality tightens the bound is more work worth it, and
        // only on models too large for the LP: below `ROOT_LP` the multipliers' refinement and
        // the core heuristic cost more than the proof they shorten (the shipped scenario under
        // `value`: 300 ms a solve with them, 40–80 ms without, the same optima).
        if root.no_lp && e.bound < l.bound - 1e-6 * l.bound.abs().max(1.0) {
            // The blocks' choices order a greedy start, whose value steers the subgradient
            // steps; a cutting-plane model then finishes the minimisation of the bound (and
            // shows when it is done). The blocks' margins then pick the heuristic's core.
            let m: &Model = &root.m;
            keep(
                root.original,
                greedy(m, &root.adjacency, &root.fixed, &by_gain(&e)),
                &mut root.best,
            );
            let target = root.best.as_ref().map_or(l.bound * 0.99, |b| b.0);
            // Multipliers that relax and cut has minimised need no subgradient steps.
            let (first, lambda) = if root.no_lp && root.opts.cuts {
                (d.evaluate(m, &l.lambda), l.lambda.clone())
            } else {
                d.improve(
                    m,
                    l.lambda.clone(),
                    target,
                    SUBGRADIENT_STEPS,
                    root.deadline,
                )
            };
            let tolerance = 1e-8 * first.bound.abs().max(1.0);
            (e, _) = d.refine(m, lambda, tolerance, BOXSTEPS, root.deadline);
            keep(
                root.original,
                greedy(m, &root.adjacency, &root.fixed, &by_gain(&e)),
                &mut root.best,
            );
            grow_cores(root, &l, &e);
        }
        if trace() {
            eprintln!(
                "decomposition {:.1} ms: {} global rows, bound {}, incumbent {:?}",
                root.millis(),
                d.global.len(),
                e.bound,
                root.incumbent()
            );
        }
        l.best = l.best.min(e.bound);
        root.decomposed = Some(e);
        root.priced = d.priced_amounts(root.m.vars.len());
    }
    root.lagrange = Some(l);
}

/// Above this many undecided variables, cover inequalities are separated only from rows over
/// more than `blocks::LOCAL_TERMS` of them: the decomposition's blocks and the core's hulls know
/// the small rows exactly, and each round of cuts costs an LP (a second at 10 000
/// applications, where five rounds were three quarters of the time to the proof). Below it an
/// LP costs milliseconds and the small rows' cuts tighten the LP that fixes variables: on the
/// shipped scenario leaving them out made the counterfactuals four times slower.
pub(super) const LARGE_MODEL: usize = 2000;

/// The size of row below which cover inequalities are not separated (see `LARGE_MODEL`).
pub(super) fn small_rows(fixed: &[Option<bool>]) -> usize {
    if fixed.iter().filter(|f| f.is_none()).count() > LARGE_MODEL {
        blocks::LOCAL_TERMS
    } else {
        0
    }
}

/// Rounds of cover separation at the root.
pub(super) const CUT_ROUNDS: usize = 5;

/// Rounds of cover inequalities on the LP path (models below `ROOT_LP`): each round is a
/// clarabel LP, and after two the bound rarely moves enough to pay for it (the shipped
/// scenario's counterfactuals under `score`: 7,4 s with five rounds, 4,0 s with two, the
/// same answers).
pub(super) const LP_CUT_ROUNDS: usize = 2;

/// Subgradient steps on the decomposition's multipliers at the root.
pub(super) const SUBGRADIENT_STEPS: usize = 200;

/// Cutting-plane steps after them.
pub(super) const BOXSTEPS: usize = 300;

/// Multipliers from the LP relaxation and what they imply.
pub(super) struct Lagrange {
    /// `Σ λ·rhs + Σ max(0, reduced)`: an upper bound on the tie-broken objective, the one
    /// that `reduced` fixes variables against.
    pub(super) bound: f64,
    /// The best upper bound known at the root (this one, or the decomposition's).
    pub(super) best: f64,
    /// Per variable: the change in the Lagrangian value of funding it (at its best amount).
    pub(super) reduced: Vec<f64>,
    /// The LP's decisions, for rounding.
    pub(super) lp_y: Vec<f64>,
    /// The multipliers, per row.
    pub(super) lambda: Vec<f64>,
}

pub(super) fn lagrangian(m: &Model, fixed: &[Option<bool>]) -> Option<Lagrange> {
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
pub(super) fn priced(
    m: &Model,
    fixed: &[Option<bool>],
    lambda: Vec<f64>,
    lp_y: Vec<f64>,
) -> Option<Lagrange> {
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
