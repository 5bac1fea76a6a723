//! Settling the amounts of part-funded applications before branch and bound.
//!
//! After the root's fixings, a large core is mostly applications already known to be funded
//! whose amount is still open: 1 500 of the 1 650 columns at 10 000 applications. Each is a
//! continuous column in every node's LP, and branch and bound stalled on them (HiGHS's presolve
//! removes most of them as parallel columns; microlp has no presolve).
//!
//! Two facts settle most of them exactly:
//! - **Parallel amounts fill by worth.** Applications whose amounts enter the same rows in the
//!   same proportions (single-year applications of one pot and share group, say) are
//!   interchangeable per unit of those rows. Moving room from a lower worth per unit to a higher
//!   never loses, so some optimum funds them in order: those above a threshold in full, those
//!   below at their least, one in between.
//! - **The bound prices each amount.** At the decomposition's multipliers a krona of an amount
//!   that no local row holds changes the bound by its slope and nothing else. An allocation worth
//!   at least the incumbent can therefore move it at most `(bound − incumbent) / |slope|` from
//!   where the bound puts it.
//!
//! Together: in a group of parallel amounts, if the bound proves one must be funded above its
//! least, every amount worth more per unit is funded in full; if it proves one must stay below
//! its request, every amount worth less is funded at its least. Only the few around the
//! threshold stay open. The incumbent, refilled in order, stays a feasible start at least as
//! good, so the core's optimum is the model's.

use std::collections::BTreeMap;

use crate::optimise::blocks::Evaluation;
use crate::optimise::model::Model;
use crate::optimise::solve::{Assignment, feasible, value};

/// Settled amounts (variable, kronor) and the incumbent refilled in the same order, if it
/// keeps every row.
pub(crate) struct Settled {
    pub amounts: Vec<(usize, f64)>,
    pub start: Option<Assignment>,
}

/// An amount's column divided by the size of its first entry: (row, coefficient's bits).
type Column = Vec<(usize, u64)>;

/// Settles the amounts of part-fundable variables fixed to 1 (see the module's comment).
/// `priced[i]` says that variable `i`'s amount is in no local row of the decomposition that gave
/// `e`, so `e.slope[i]` is its price; `floor` is the least an allocation must be worth to matter.
pub(crate) fn settle(
    m: &Model,
    e: &Evaluation,
    priced: &[bool],
    fixed: &[Option<bool>],
    floor: f64,
    incumbent: &Assignment,
) -> Settled {
    let gap = (e.bound - floor).max(0.0);
    // A row that no allocation can fill (its most, every term at its largest, stays within the
    // limit) holds whatever the amounts: it does not tell amounts apart.
    let binding = |row: &crate::optimise::model::Row| {
        let most: f64 = row
            .terms
            .iter()
            .filter(|t| fixed[t.var] != Some(false))
            .map(|t| {
                let (_, high) = m.term_span(t);
                if fixed[t.var] == Some(true) {
                    high
                } else {
                    high.max(0.0)
                }
            })
            .sum();
        most > row.rhs
    };
    let mut columns: Vec<Vec<(usize, f64)>> = vec![Vec::new(); m.vars.len()];
    for (r, row) in m.rows.iter().enumerate().filter(|(_, row)| binding(row)) {
        for t in &row.terms {
            if t.a != 0.0 {
                columns[t.var].push((r, t.a));
            }
        }
    }
    let mut amounts = Vec::new();
    let mut start = incumbent.clone();
    // Groups of parallel amount columns: each column divided by the size of its first entry,
    // compared exactly (parallel columns come from the same coefficients).
    let mut groups: BTreeMap<Column, Vec<(usize, f64)>> = BTreeMap::new();
    for (i, v) in m.vars.iter().enumerate() {
        let open = fixed[i] == Some(true)
            && v.partial_min.is_some_and(|min| min < v.requested)
            && incumbent.y[i];
        if !open {
            continue;
        }
        let Some(&(_, first)) = columns[i].first() else {
            // In no row that can bind: its amount only adds its worth, so every optimum
            // funds it in full (or at its least, were a krona of it worth less than nothing).
            let a = if v.objective >= 0.0 {
                v.requested
            } else {
                v.partial_min.unwrap_or(v.requested)
            };
            amounts.push((i, a));
            start.a[i] = a;
            continue;
        };
        if !priced[i] {
            continue;
        }
        let unit = first.abs();
        let key = columns[i]
            .iter()
            .map(|(r, a)| (*r, (a / unit).to_bits()))
            .collect();
        groups.entry(key).or_default().push((i, unit));
    }
    for members in groups.values_mut().filter(|g| g.len() > 1) {
        // Best worth per unit of the shared column first; ties by model order.
        members.sort_by(|(i, si), (j, sj)| {
            (m.vars[*j].objective / sj)
                .total_cmp(&(m.vars[*i].objective / si))
                .then(i.cmp(j))
        });
        let least = |i: usize| m.vars[i].partial_min.unwrap_or(m.vars[i].requested);
        let width = |i: usize| m.vars[i].requested - least(i);
        // The last member that must stay above its least, and the first that must stay below
        // its request, in every allocation worth at least `floor`.
        let above = members
            .iter()
            .rposition(|(i, _)| e.slope[*i] > 0.0 && gap < e.slope[*i] * width(*i));
        let below = members
            .iter()
            .position(|(i, _)| e.slope[*i] < 0.0 && gap < -e.slope[*i] * width(*i));
        let full = above.unwrap_or(0);
        let low = below.map_or(members.len(), |b| b + 1);
        if full >= low {
            // The proofs contradict each other: no allocation reaches `floor` (the incumbent
            // does, so only rounding gets here). Settle nothing.
            continue;
        }
        for &(i, _) in &members[..full] {
            amounts.push((i, m.vars[i].requested));
        }
        for &(i, _) in &members[low..] {
            amounts.push((i, least(i)));
        }
        // The incumbent refilled in order: the same use of the shared column, so every row
        // keeps its sum, and worth at least as much.
        let mut total: f64 = members.iter().map(|(i, s)| incumbent.a[*i] * s).sum();
        for &(i, s) in members.iter() {
            start.a[i] = least(i);
            total -= least(i) * s;
        }
        for &(i, s) in members.iter() {
            let more = (total / s).clamp(0.0, width(i));
            start.a[i] += more;
            total -= more * s;
        }
    }
    // The refilled incumbent takes exactly the settled amounts (it differs from them by
    // rounding at most). Where rounding makes it worse or breaks a row, the search starts
    // without it rather than from an allocation outside the settled model.
    for (i, a) in &amounts {
        start.a[*i] = *a;
    }
    let start = (feasible(m, &start) && value(m, &start) >= value(m, incumbent)).then_some(start);
    Settled { amounts, start }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::Support;
    use crate::bench::Rng;
    use crate::optimise::blocks::Decomposition;
    use crate::optimise::model::{Row, RowKind, Term, Var};
    use crate::scenario::Objective;

    fn var(app: usize, requested: f64, partial: bool, score: f64) -> Var {
        Var {
            app,
            pot: Support::Projektmedel,
            score,
            requested,
            partial_min: partial.then(|| (requested * 0.6).floor()),
            objective: if partial { score / requested } else { score },
            tie: 0.0,
            lock: partial.then_some(true),
            rank: app,
        }
    }

    /// The best value of `m` (one budget row over everything, one `at_most_one` over the first
    /// two decisions) with the amounts in `settled` fixed, found independently: every subset
    /// of the decisions, and for each the part-funded amounts filled by worth per krona, which
    /// is exact for one row.
    fn best(m: &Model, settled: &[(usize, f64)]) -> f64 {
        let budget = m.rows[0].rhs;
        let decisions: Vec<usize> = (0..m.vars.len())
            .filter(|i| m.vars[*i].partial_min.is_none())
            .collect();
        let mut open: Vec<usize> = (0..m.vars.len())
            .filter(|i| m.vars[*i].partial_min.is_some())
            .filter(|i| !settled.iter().any(|(s, _)| s == i))
            .collect();
        open.sort_by(|a, b| m.vars[*b].objective.total_cmp(&m.vars[*a].objective));
        let mut fixed_cost = 0.0;
        let mut fixed_value = 0.0;
        for (i, a) in settled {
            fixed_cost += a;
            fixed_value += m.vars[*i].objective * a;
        }
        for i in &open {
            let min = m.vars[*i].partial_min.unwrap_or(0.0);
            fixed_cost += min;
            fixed_value += m.vars[*i].objective * min;
        }
        let mut out = f64::NEG_INFINITY;
        for mask in 0u32..(1 << decisions.len()) {
            if mask & 3 == 3 {
                continue;
            }
            let chosen = decisions
                .iter()
                .enumerate()
                .filter(|(b, _)| mask & (1 << b) != 0);
            let (cost, value) = chosen.fold((fixed_cost, fixed_value), |(c, v), (_, i)| {
                (c + m.vars[*i].requested, v + m.vars[*i].objective)
            });
            if cost > budget {
                continue;
            }
            let mut room = budget - cost;
            let mut value = value;
            for i in &open {
                let v = &m.vars[*i];
                let more = room.min(v.requested - v.partial_min.unwrap_or(0.0));
                value += v.objective * more;
                room -= more;
            }
            out = out.max(value);
        }
        out
    }

    /// Settling never loses the optimum, whatever the multipliers (any λ ≥ 0 gives a bound)
    /// and whatever the floor up to the optimum; it settles amounts often; and the refilled
    /// start keeps the row, takes the settled amounts and is worth at least the incumbent.
    #[test]
    fn settled_amounts_keep_the_optimum() {
        let mut settled_total = 0;
        for seed in 0..60u64 {
            let mut rng = Rng::new(seed);
            let decisions = 13 + rng.below(2) as usize;
            let parts = 3 + rng.below(8) as usize;
            let mut vars = Vec::new();
            for k in 0..decisions + parts {
                let requested = (50 + rng.below(450)) as f64;
                let score = (10 + rng.below(80)) as f64;
                vars.push(var(k, requested, k >= decisions, score));
            }
            let least: f64 = vars.iter().filter_map(|v| v.partial_min).sum();
            let total: f64 = vars.iter().map(|v| v.requested).sum();
            // Now and then a budget that everything fits: no row binds, every amount is full.
            let budget = if rng.chance(15) {
                total
            } else {
                least + (total - least) * (0.2 + 0.5 * rng.unit())
            };
            let terms = (0..vars.len())
                .map(|var| {
                    let partial = vars[var].partial_min.is_some();
                    Term {
                        var,
                        y: if partial { 0.0 } else { vars[var].requested },
                        a: if partial { 1.0 } else { 0.0 },
                    }
                })
                .collect();
            let m = Model {
                vars,
                rows: vec![
                    Row {
                        kind: RowKind::Budget(Support::Projektmedel),
                        terms,
                        rhs: budget,
                    },
                    Row {
                        kind: RowKind::AtMostOne(0),
                        terms: (0..2)
                            .map(|var| Term {
                                var,
                                y: 1.0,
                                a: 0.0,
                            })
                            .collect(),
                        rhs: 1.0,
                    },
                    // A cap that nothing can reach: it must not keep the amounts in it apart
                    // from the others (and the independent optimum rightly ignores it).
                    Row {
                        kind: RowKind::PerApplicant(0, "org-1".into()),
                        terms: (decisions..decisions + parts)
                            .step_by(2)
                            .map(|var| Term {
                                var,
                                y: 0.0,
                                a: 1.0,
                            })
                            .collect(),
                        rhs: total,
                    },
                ],
                objective: Objective::Score,
                warnings: Vec::new(),
            };
            let fixed: Vec<Option<bool>> = m.vars.iter().map(|v| v.lock).collect();
            let d = Decomposition::new(&m, &fixed).expect("the at_most_one row is local");
            assert_eq!(d.global, vec![0], "the budget row is priced");
            let priced = d.priced_amounts(m.vars.len());
            // The incumbent: nothing but the part-funded applications, at their least, then
            // filled in model order.
            let mut x = Assignment {
                y: m.vars.iter().map(|v| v.partial_min.is_some()).collect(),
                a: m.vars
                    .iter()
                    .map(|v| v.partial_min.unwrap_or(0.0))
                    .collect(),
            };
            let mut room = budget - least;
            for (i, v) in m
                .vars
                .iter()
                .enumerate()
                .filter(|(_, v)| v.partial_min.is_some())
            {
                let more = room.min(v.requested - v.partial_min.unwrap_or(0.0));
                x.a[i] += more;
                room -= more;
            }
            assert!(feasible(&m, &x));
            let optimum = best(&m, &[]);
            let densities: Vec<f64> = m
                .vars
                .iter()
                .filter(|v| v.partial_min.is_some())
                .map(|v| v.objective)
                .collect();
            for _ in 0..4 {
                let lambda = *rng.pick(&densities) * (0.8 + 0.4 * rng.unit());
                let e = d.evaluate(&m, &[lambda, 0.0, 0.0]);
                assert!(e.bound >= optimum - 1e-9 * optimum);
                for floor in [value(&m, &x), optimum - 1e-9 * optimum] {
                    let s = settle(&m, &e, &priced, &fixed, floor, &x);
                    settled_total += s.amounts.len();
                    let kept = best(&m, &s.amounts);
                    assert!(
                        kept >= optimum - 1e-9 * optimum,
                        "seed {seed}: λ {lambda}, floor {floor}: {kept} < {optimum}"
                    );
                    if let Some(start) = &s.start {
                        assert!(feasible(&m, start));
                        assert!(value(&m, start) >= value(&m, &x));
                        for (i, a) in &s.amounts {
                            assert_eq!(start.a[*i], *a);
                        }
                    }
                }
            }
        }
        assert!(settled_total > 100, "settled {settled_total}");
    }
}
