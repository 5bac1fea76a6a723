//! From the model's amounts to whole kronor that keep every rule exactly (docs/berakning.md §3).
//!
//! The model lets a part-funded amount be any number from its least to its request, and counts
//! a later year's part as the same proportion of it. The exact books count whole kronor, each
//! year's part rounded down and the remainder in the last year. The model is built to be the
//! looser of the two (`model::add_budget_rows`), so that its bound holds for the exact rules;
//! its optimum is turned into whole kronor here:
//!
//! 1. an amount within float noise of a whole krona is that krona;
//! 2. the few amounts with a fraction are tried rounded down and up, and the most valuable
//!    combination that keeps every rule wins;
//! 3. where a row is still broken (a year's rounding, a share by a krona), the part-funded
//!    amounts that weigh on it give up the kronor it lacks, the least valuable first (under
//!    `rank`, the worst-ranked first).
//!
//! What is lost is a few kronor's worth; the caller compares the result with the model's
//! bound, so the status says whether it is still within the millionth that "optimal" allows.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use crate::money::Sek;
use crate::optimise::ledger::Ledger;
use crate::optimise::model::{Model, RowKind};
use crate::optimise::solve::Assignment;
use crate::portfolio::Portfolio;
use crate::scenario::Objective;

/// At most this many fractional amounts are tried both ways (2^n combinations).
const TRY_BOTH_WAYS: usize = 8;

/// Granted amounts (application index → whole kronor) for the model's allocation `x`.
pub(crate) fn whole(p: &Portfolio, m: &Model, x: &Assignment) -> BTreeMap<usize, Sek> {
    let mut granted = BTreeMap::new();
    // Variables whose amount has a fraction, with the krona below and above it.
    let mut fractional: Vec<(usize, Sek, Sek)> = Vec::new();
    for (i, v) in m.vars.iter().enumerate().filter(|(i, _)| x.y[*i]) {
        let app = &p.applications[v.app];
        let (Some(_), Some(min)) = (v.partial_min, app.partial_min) else {
            granted.insert(v.app, app.requested);
            continue;
        };
        let least = min.decimal().ceil();
        let most = app.requested.decimal();
        let clamp = |d: Decimal| Sek::from_decimal(d.clamp(least, most));
        let a = x.a[i];
        let near = a.round();
        if (a - near).abs() <= 1e-6 * a.abs().max(1.0) {
            granted.insert(v.app, clamp(Decimal::from_f64(near).unwrap_or(most)));
            continue;
        }
        let below = clamp(Decimal::from_f64(a.floor()).unwrap_or(most));
        let above = clamp(Decimal::from_f64(a.ceil()).unwrap_or(most));
        granted.insert(v.app, below);
        if above > below {
            fractional.push((i, below, above));
        }
    }
    let mut books = Ledger::holding(p, m.vars.iter().map(|v| v.app), &granted);
    if !fractional.is_empty() && fractional.len() <= TRY_BOTH_WAYS {
        // Every combination, the most valuable first; the first that keeps every rule wins.
        let gain = |i: usize, below: Sek, above: Sek| {
            m.vars[i].objective * (above.to_f64() - below.to_f64())
        };
        let mut masks: Vec<(u32, f64)> = (0..1u32 << fractional.len())
            .map(|mask| {
                let value = fractional
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| mask & (1 << k) != 0)
                    .map(|(_, &(i, below, above))| gain(i, below, above))
                    .sum();
                (mask, value)
            })
            .collect();
        masks.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut tried = books.clone();
        for (mask, _) in masks {
            for (k, &(i, below, above)) in fractional.iter().enumerate() {
                let amount = if mask & (1 << k) != 0 { above } else { below };
                tried.add(m.vars[i].app, amount);
            }
            if mendable(&tried).is_none() {
                books = tried;
                break;
            }
        }
    }
    mend_books(p, m, &mut books);
    books.funded
}

/// Whole-krona amounts that may break a row by a krona or two (a year's rounding, a share)
/// mended by taking those kronor from the part-funded amounts that weigh on it.
pub(crate) fn mend(p: &Portfolio, m: &Model, granted: &mut BTreeMap<usize, Sek>) {
    let mut books = Ledger::holding(p, m.vars.iter().map(|v| v.app), granted);
    mend_books(p, m, &mut books);
    *granted = books.funded;
}

/// The first broken row that a smaller amount can mend (a limit over money).
fn mendable(books: &Ledger) -> Option<crate::optimise::ledger::Breach> {
    books.breaches().into_iter().find(|b| {
        matches!(
            b.kind,
            RowKind::Budget(_)
                | RowKind::Frame(..)
                | RowKind::Ceiling
                | RowKind::ShareMin(_)
                | RowKind::ShareMax(_)
                | RowKind::PerApplicant(..)
                | RowKind::DeMinimis(_)
        )
    })
}

fn mend_books(p: &Portfolio, m: &Model, books: &mut Ledger) {
    // Which part-funded variable gives up kronor first: under `rank` the worst-ranked, else
    // the one whose krona is worth least (then the worst-ranked).
    let mut order: Vec<usize> = (0..m.vars.len())
        .filter(|i| m.vars[*i].partial_min.is_some())
        .collect();
    order.sort_by(|a, b| {
        let (va, vb) = (&m.vars[*a], &m.vars[*b]);
        let by_value = if m.objective == Objective::Rank {
            std::cmp::Ordering::Equal
        } else {
            va.objective.total_cmp(&vb.objective)
        };
        by_value.then(vb.rank.cmp(&va.rank))
    });
    // Each step takes at least a krona, and a row is broken by a few: this ends long before.
    for _ in 0..10_000 {
        let Some(b) = mendable(books) else {
            return;
        };
        let Some(row) = m.rows.iter().find(|r| r.kind == b.kind) else {
            return;
        };
        let short = if matches!(b.kind, RowKind::ShareMin(_)) {
            b.limit - b.used
        } else {
            b.used - b.limit
        };
        let giver = order.iter().find_map(|&i| {
            let app = m.vars[i].app;
            let amount = *books.funded.get(&app)?;
            let least = p.applications[app].partial_min?.decimal().ceil();
            let coef = row
                .terms
                .iter()
                .filter(|t| t.var == i)
                .map(|t| t.a)
                .sum::<f64>();
            (coef > 0.0 && amount.decimal() > least).then_some((app, amount, least, coef))
        });
        let Some((app, amount, least, coef)) = giver else {
            return;
        };
        // Kronor of the giver's amount per krona of the breach: its coefficient in the row,
        // except in share rows, whose coefficients are scaled to whole numbers: there a krona
        // less of a non-matching amount lifts a minimum by `min`, and a krona less of a
        // matching amount lowers a maximum's excess by `1 − max`.
        let share = |k: usize| match p.scenario.constraints.get(k).map(|c| &c.kind) {
            Some(crate::scenario::ConstraintKind::Share { min, max, .. }) => match b.kind {
                RowKind::ShareMin(_) => *min,
                _ => max.map(|x| Decimal::ONE - x),
            },
            _ => None,
        };
        let coef = match b.kind {
            RowKind::ShareMin(k) | RowKind::ShareMax(k) => share(k),
            _ => Decimal::from_f64(coef),
        }
        .unwrap_or(Decimal::ONE);
        let step = if coef > Decimal::ZERO {
            (short / coef).ceil().max(Decimal::ONE)
        } else {
            Decimal::ONE
        };
        let to = (amount.decimal() - step).max(least);
        books.add(app, Sek::from_decimal(to));
    }
}
