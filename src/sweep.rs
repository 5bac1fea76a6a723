//! The efficient frontier: the optimum over a range of budgets — one pot, or all pots scaled
//! together — with the budgets at which each application enters and leaves (§4).

use std::collections::BTreeSet;

use rayon::prelude::*;
use rust_decimal::Decimal;

use crate::application::Support;
use crate::money::Sek;
use crate::optimise::{Settings, Status, propose};
use crate::portfolio::Portfolio;

/// What is varied.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Range {
    /// Every pot's budget scaled together, in per cent of the scenario's.
    Scale { from: Decimal, to: Decimal },
    /// One pot's budget, in kronor.
    Pot { pot: Support, from: Sek, to: Sek },
}

/// The optimum at one budget.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// Per cent (scale) or kronor (one pot).
    pub level: Decimal,
    /// The total of the budgets swept (all pots, or the one pot).
    pub budget: Sek,
    pub status: Status,
    pub objective: f64,
    /// The sum of the scores of the applications proposed: a measure that reads the same under
    /// every strategy (the objective of `value` is points × kronor).
    pub score_sum: f64,
    pub funded: BTreeSet<usize>,
    pub allocated: Sek,
}

/// An application's entries and exits along the sweep (indices into `points`).
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub app: usize,
    pub enters: Vec<usize>,
    pub leaves: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sweep {
    pub range: Range,
    pub points: Vec<Point>,
    pub changes: Vec<Change>,
}

/// The portfolio with its budget at a level of the range.
fn at_level(p: &Portfolio, range: Range, level: Decimal) -> Portfolio {
    let mut q = p.clone();
    match range {
        Range::Scale { .. } => {
            q.scenario.budget_scale = p.scenario.budget_scale * level / Decimal::ONE_HUNDRED
        }
        Range::Pot { pot, .. } => {
            let scale = p.scenario.budget_scale;
            let written = if scale.is_zero() {
                level
            } else {
                (level / scale).round_dp(2)
            };
            q.scenario
                .budget_written
                .insert(pot, Sek::from_decimal(written));
        }
    }
    q
}

/// Solves the scenario at `steps` evenly spaced levels of the range (at least 2), in parallel.
pub fn sweep(p: &Portfolio, range: Range, steps: usize, settings: &Settings) -> Sweep {
    let steps = steps.clamp(2, 1000);
    let (from, to) = match range {
        Range::Scale { from, to } => (from, to),
        Range::Pot { from, to, .. } => (from.decimal(), to.decimal()),
    };
    let levels: Vec<Decimal> = (0..steps)
        .map(|k| {
            let level =
                from + (to - from) * Decimal::from(k as u64) / Decimal::from((steps - 1) as u64);
            match range {
                Range::Scale { .. } => level.round_dp(2),
                Range::Pot { .. } => level.round_dp(0),
            }
        })
        .collect();
    let points: Vec<Point> = levels
        .par_iter()
        .map(|level| {
            let q = at_level(p, range, *level);
            let proposal = propose(&q, settings);
            let budget = match range {
                Range::Scale { .. } => q.scenario.budgets().values().copied().sum(),
                Range::Pot { pot, .. } => q.scenario.budget(pot).unwrap_or_default(),
            };
            let in_range = |app: &usize| match range {
                Range::Scale { .. } => true,
                Range::Pot { pot, .. } => p.applications[*app].support == pot,
            };
            Point {
                level: *level,
                budget,
                status: proposal.status,
                objective: proposal.objective,
                score_sum: proposal
                    .granted
                    .keys()
                    .map(|a| q.assessments[*a].score.total)
                    .sum(),
                allocated: proposal
                    .granted
                    .iter()
                    .filter(|(a, _)| in_range(a))
                    .map(|(_, v)| *v)
                    .sum(),
                funded: proposal.granted.keys().copied().collect(),
            }
        })
        .collect();
    let mut changes: Vec<Change> = Vec::new();
    let all: BTreeSet<usize> = points
        .iter()
        .flat_map(|pt| pt.funded.iter().copied())
        .collect();
    for app in all {
        let mut change = Change {
            app,
            enters: Vec::new(),
            leaves: Vec::new(),
        };
        for k in 1..points.len() {
            let (before, now) = (
                points[k - 1].funded.contains(&app),
                points[k].funded.contains(&app),
            );
            if now && !before {
                change.enters.push(k);
            } else if before && !now {
                change.leaves.push(k);
            }
        }
        if !change.enters.is_empty() || !change.leaves.is_empty() {
            changes.push(change);
        }
    }
    Sweep {
        range,
        points,
        changes,
    }
}
