//! Rank-and-fund: what preparation meetings do today, computed beside every optimum.
//!
//! Fund every `must_fund` first, then walk down the ranking (score descending, ties by id) and
//! fund each candidate that still fits every budget, frame, the ceiling, caps, resources,
//! at_most_one, requires and share maximums. A part-fundable candidate that does not fit in full
//! takes the most that fits, if that is at least its minimum. Share and coverage minimums are not
//! pursued; the ones missed are reported.

use rust_decimal::Decimal;

use crate::money::Sek;
use crate::optimise::ledger::{Breach, Ledger};
use crate::optimise::model::Model;
use crate::portfolio::Portfolio;

/// The rank-and-fund allocation.
#[derive(Debug, Clone)]
pub struct Baseline {
    /// Application index → granted amount, in the order they were funded.
    pub funded: Vec<(usize, Sek)>,
    /// The objective of this allocation in the model's terms.
    pub objective: f64,
    /// Limits it breaks: minimums it did not try to meet, or limits the must_fund locks break.
    pub(crate) missed: Vec<Breach>,
}

impl Baseline {
    /// Whether every limit of the scenario holds (then the optimum is at least as good).
    pub fn is_feasible(&self) -> bool {
        self.missed.is_empty()
    }
}

/// Walks the ranking.
pub fn rank_and_fund(p: &Portfolio, m: &Model) -> Baseline {
    let fundable: Vec<usize> = m.vars.iter().map(|v| v.app).collect();
    let mut ledger = Ledger::new(p, fundable);
    let mut funded: Vec<(usize, Sek)> = Vec::new();
    let mut order: Vec<usize> = (0..m.vars.len()).collect();
    order.sort_by_key(|i| (m.vars[*i].lock != Some(true), m.vars[*i].rank));
    for i in order {
        let v = &m.vars[i];
        let app = &p.applications[v.app];
        if v.lock == Some(false) {
            continue;
        }
        if v.lock == Some(true) {
            ledger.add(v.app, app.requested);
            funded.push((v.app, app.requested));
            continue;
        }
        if ledger.would_break(v.app, app.requested).is_none() {
            ledger.add(v.app, app.requested);
            funded.push((v.app, app.requested));
        } else if let (Some(_), Some(min)) = (v.partial_min, app.partial_min)
            && let Some(amount) = most_that_fits(&ledger, v.app, min, app.requested)
        {
            ledger.add(v.app, amount);
            funded.push((v.app, amount));
        }
    }
    let objective = funded
        .iter()
        .map(|(app, amount)| {
            let v = m.vars.iter().find(|v| v.app == *app);
            v.map_or(0.0, |v| match v.partial_min {
                Some(_) => v.objective * amount.to_f64(),
                None => v.objective,
            })
        })
        .sum();
    Baseline {
        funded,
        objective,
        missed: ledger.breaches(),
    }
}

/// The largest whole-krona amount in `[min, max]` that fits, by bisection (fitting is monotone
/// in the amount for every limit rank-and-fund respects).
fn most_that_fits(ledger: &Ledger<'_>, app: usize, min: Sek, max: Sek) -> Option<Sek> {
    let (mut lo, mut hi) = (min.decimal().ceil(), max.decimal().floor());
    if ledger.would_break(app, Sek::from_decimal(lo)).is_some() {
        return None;
    }
    while hi > lo {
        let mid = ((lo + hi + Decimal::ONE) / Decimal::TWO).floor();
        if ledger.would_break(app, Sek::from_decimal(mid)).is_none() {
            lo = mid;
        } else {
            hi = mid - Decimal::ONE;
        }
    }
    Some(Sek::from_decimal(lo))
}
