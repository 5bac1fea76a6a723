//! Cover inequalities: rows that every allocation keeps but the LP relaxation does not, so that
//! branch and bound starts from a tighter bound and explores a smaller tree.
//!
//! For a row `Σ w·y ≤ b` (money, hours, counts), a *cover* is a set `C` of candidates that
//! cannot all be funded: `Σ_C w > b`. Then `Σ_C y ≤ |C| − 1` holds for every allocation, and so
//! does its extension to every candidate at least as heavy as the heaviest in `C`. We look for
//! covers that the LP's fractional decisions break (Crowder, Johnson & Padberg 1983: sort by
//! `1 − y*`, take until the row overflows, drop what is not needed) and add the ones violated.
//!
//! Part-fundable candidates count with the least they take from the row (their minimum amount),
//! and candidates whose term can give room back are assumed to give all they can, so each cut
//! holds for every allocation, whatever amounts it picks.

use crate::optimise::model::{Model, Row, RowKind, Term};

/// Cover inequalities violated by the LP decisions `lp_y`, at most one per row of more than
/// `small` undecided variables (smaller rows are left to the decomposition's blocks and the
/// core's hulls, which know them exactly). `fixed` holds decisions every allocation shares
/// (locks and what presolve proved).
pub fn covers(m: &Model, fixed: &[Option<bool>], lp_y: &[f64], small: usize) -> Vec<Row> {
    let mut out = Vec::new();
    for (r, row) in m.rows.iter().enumerate() {
        if matches!(row.kind, RowKind::Cut(_))
            || row.terms.iter().filter(|t| fixed[t.var].is_none()).count() <= small
        {
            continue;
        }
        // Capacity left for the free candidates that take from the row.
        let mut room = row.rhs;
        let mut items: Vec<(usize, f64)> = Vec::new();
        for t in &row.terms {
            let (low, _) = m.term_span(t);
            match fixed[t.var] {
                Some(true) => room -= low,
                Some(false) => {}
                None if low > 0.0 => items.push((t.var, low)),
                // Gives room back (or nothing): assume it gives all it can, at the amount
                // that gives most (a share of money funded in Västerås, say).
                None => room -= low.min(0.0),
            }
        }
        if room < 0.0 || items.len() < 2 {
            continue;
        }
        let total: f64 = items.iter().map(|(_, w)| w).sum();
        // Margin: a cover must overflow the row by more than rounding could explain.
        let margin = 1e-7 * room.abs().max(1.0);
        if total <= room + margin {
            continue;
        }
        items.sort_by(|a, b| {
            (1.0 - lp_y[a.0])
                .total_cmp(&(1.0 - lp_y[b.0]))
                .then(b.1.total_cmp(&a.1))
                .then(a.0.cmp(&b.0))
        });
        let mut cover: Vec<(usize, f64)> = Vec::new();
        let mut weight = 0.0;
        for item in &items {
            cover.push(*item);
            weight += item.1;
            if weight > room + margin {
                break;
            }
        }
        // Minimal: drop members, least fractional first, while the rest still overflows.
        cover.sort_by(|a, b| lp_y[a.0].total_cmp(&lp_y[b.0]).then(a.0.cmp(&b.0)));
        let mut k = 0;
        while k < cover.len() {
            if weight - cover[k].1 > room + margin {
                weight -= cover[k].1;
                cover.remove(k);
            } else {
                k += 1;
            }
        }
        if cover.len() < 2 {
            continue;
        }
        let heaviest = cover.iter().map(|(_, w)| *w).fold(0.0, f64::max);
        let mut members: Vec<usize> = cover.iter().map(|(i, _)| *i).collect();
        members.extend(
            items
                .iter()
                .filter(|(i, w)| *w >= heaviest && !cover.iter().any(|(c, _)| c == i))
                .map(|(i, _)| *i),
        );
        let rhs = (cover.len() - 1) as f64;
        let lhs: f64 = members.iter().map(|i| lp_y[*i]).sum();
        if lhs > rhs + 1e-4 {
            members.sort_unstable();
            out.push(Row {
                kind: RowKind::Cut(r),
                terms: members
                    .into_iter()
                    .map(|var| Term {
                        var,
                        y: 1.0,
                        a: 0.0,
                    })
                    .collect(),
                rhs,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::Support;
    use crate::optimise::model::Var;
    use crate::scenario::Objective;

    fn var(i: usize) -> Var {
        Var {
            app: i,
            pot: Support::Projektmedel,
            score: 50.0,
            requested: 1.0,
            partial_min: None,
            objective: 50.0,
            tie: 0.0,
            lock: None,
            rank: i,
        }
    }

    #[test]
    fn a_violated_cover_is_found_and_holds_for_every_allocation() {
        // 4y0 + 4y1 + 4y2 + 1y3 ≤ 9: at most two of the first three.
        let m = Model {
            vars: (0..4).map(var).collect(),
            rows: vec![Row {
                kind: RowKind::Ceiling,
                terms: [4.0, 4.0, 4.0, 1.0]
                    .iter()
                    .enumerate()
                    .map(|(var, y)| Term { var, y: *y, a: 0.0 })
                    .collect(),
                rhs: 9.0,
            }],
            objective: Objective::Score,
            warnings: Vec::new(),
        };
        let lp = [1.0, 1.0, 0.25, 1.0];
        let cuts = covers(&m, &[None; 4], &lp, 0);
        assert_eq!(cuts.len(), 1);
        let vars: Vec<usize> = cuts[0].terms.iter().map(|t| t.var).collect();
        assert_eq!(vars, vec![0, 1, 2]);
        assert_eq!(cuts[0].rhs, 2.0);
        // Every 0/1 point that keeps the row keeps the cut.
        for bits in 0u32..16 {
            let y: Vec<f64> = (0..4).map(|i| f64::from((bits >> i) & 1)).collect();
            let row: f64 = m.rows[0].terms.iter().map(|t| t.y * y[t.var]).sum();
            let cut: f64 = cuts[0].terms.iter().map(|t| y[t.var]).sum();
            if row <= 9.0 {
                assert!(cut <= 2.0, "{bits:b}");
            }
        }
        // An integral LP point breaks no cover.
        assert!(covers(&m, &[None; 4], &[1.0, 1.0, 0.0, 1.0], 0).is_empty());
    }

    /// A share's maximum: four applications outside Västerås take 20 kr of room each, and a
    /// part-fundable one in Västerås gives back 0,8 of its amount (60–100 kr) less the 2 kr
    /// rounding margin. Funded in full it makes room for three outside: the cut must allow
    /// that, whatever amount the LP gave it (a cut once assumed the least it gives back).
    #[test]
    fn a_cover_allows_what_room_given_back_allows() {
        let mut vars: Vec<Var> = (0..5).map(var).collect();
        for v in &mut vars[..4] {
            v.requested = 100.0;
        }
        vars[4].requested = 100.0;
        vars[4].partial_min = Some(60.0);
        let mut terms: Vec<Term> = (0..4)
            .map(|var| Term {
                var,
                y: 20.0,
                a: 0.0,
            })
            .collect();
        terms.push(Term {
            var: 4,
            y: 2.0,
            a: -0.8,
        });
        let m = Model {
            vars,
            rows: vec![Row {
                kind: RowKind::ShareMax(0),
                terms,
                rhs: 0.0,
            }],
            objective: Objective::Score,
            warnings: Vec::new(),
        };
        let lp = [0.8, 0.8, 0.8, 0.8, 1.0];
        let cuts = covers(&m, &[None; 5], &lp, 0);
        assert_eq!(cuts.len(), 1);
        assert_eq!(cuts[0].rhs, 3.0);
        // Every decision pattern that some amounts make feasible keeps every cut; the row is
        // linear in the amount, so the full amount (most room given back) decides.
        for bits in 0u32..32 {
            let y: Vec<bool> = (0..5).map(|i| bits & (1 << i) != 0).collect();
            let a: Vec<f64> = (0..5).map(|i| if y[i] { 100.0 } else { 0.0 }).collect();
            if m.rows[0].lhs(&y, &a) <= 0.0 {
                for cut in &cuts {
                    assert!(cut.lhs(&y, &a) <= cut.rhs, "{bits:05b}");
                }
            }
        }
    }
}
