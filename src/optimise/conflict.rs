//! Why a scenario cannot be satisfied: an irreducible set of rows and locks that cannot hold
//! together (dropping any one of them makes the rest feasible), found by a deletion filter.

use std::time::Duration;

use crate::optimise::model::{Model, RowKind};
use crate::optimise::solve::{Backend, Options, Status, solve};

/// A member of a conflict: a row of the model or a lock on a variable.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Row(RowKind),
    /// A must_fund (or a counterfactual's forced) lock on the variable.
    Lock(usize),
}

/// Whether the model, without the given rows and locks, has an allocation.
fn feasible_without(
    m: &Model,
    dropped: &[Item],
    backend: Backend,
    limit: Duration,
) -> Option<bool> {
    let mut reduced = m.clone();
    reduced.rows.retain(|r| {
        !dropped
            .iter()
            .any(|d| matches!(d, Item::Row(k) if *k == r.kind))
    });
    for d in dropped {
        if let Item::Lock(i) = d {
            reduced.vars[*i].lock = None;
        }
    }
    // Only feasibility matters: every objective is as good as any other.
    for v in &mut reduced.vars {
        v.objective = 0.0;
        v.tie = 0.0;
    }
    let outcome = solve(
        &reduced,
        &Options {
            time_limit: limit,
            backend,
            ..Options::default()
        },
    );
    match outcome.status {
        Status::Infeasible => Some(false),
        Status::Optimal | Status::Feasible => Some(true),
        Status::NoSolution => None,
    }
}

/// The conflict: a deletion filter over the rows and locks, most specific first. Returns an
/// empty list if the model turns out feasible, or if the time ran out before a proof.
pub fn find(m: &Model, backend: Backend, limit: Duration) -> Vec<Item> {
    let per_test = limit / 8;
    let mut items: Vec<Item> = m.rows.iter().map(|r| Item::Row(r.kind.clone())).collect();
    items.extend(
        m.vars
            .iter()
            .enumerate()
            .filter(|(_, v)| v.lock.is_some())
            .map(|(i, _)| Item::Lock(i)),
    );
    if feasible_without(m, &[], backend, per_test) != Some(false) {
        return Vec::new();
    }
    let mut dropped: Vec<Item> = Vec::new();
    let mut kept: Vec<Item> = Vec::new();
    for item in items {
        dropped.push(item.clone());
        match feasible_without(m, &dropped, backend, per_test) {
            // Still infeasible without it: it is not needed for the conflict.
            Some(false) => {}
            // Feasible without it (or unknown): it belongs to the conflict.
            _ => {
                dropped.pop();
                kept.push(item);
            }
        }
    }
    kept
}
