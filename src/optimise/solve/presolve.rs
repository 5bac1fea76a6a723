//! Step 1, presolve: what cannot fit even alone beside the locked applications is fixed to 0.

use super::EPS;
use crate::optimise::model::{Model, Term};

/// Fixes to 0 what cannot fit even alone next to the locked variables; returns how many.
pub(super) fn presolve(
    m: &Model,
    adjacency: &[Vec<(usize, Term)>],
    fixed: &mut [Option<bool>],
) -> usize {
    let mut base = vec![0.0; m.rows.len()];
    for (i, f) in fixed.iter().enumerate() {
        if *f == Some(true) {
            let v = &m.vars[i];
            for (r, t) in &adjacency[i] {
                base[*r] += t.y + t.a * v.partial_min.unwrap_or(v.requested);
            }
        }
    }
    // The most that other free variables could take off each row (share minimums and coverage
    // have negative terms): a variable is excluded only if even that cannot make room for it.
    let mut relief = vec![0.0; m.rows.len()];
    for (i, v) in m.vars.iter().enumerate() {
        if fixed[i].is_none() {
            for (r, t) in &adjacency[i] {
                relief[*r] += (t.y + t.a * v.requested).min(0.0);
            }
        }
    }
    let mut count = 0;
    for (i, v) in m.vars.iter().enumerate() {
        if fixed[i].is_some() {
            continue;
        }
        let least = v.partial_min.unwrap_or(v.requested);
        let fits = adjacency[i].iter().all(|(r, t)| {
            let add = t.y + t.a * least;
            add <= 0.0
                || base[*r] + relief[*r] + add
                    <= m.rows[*r].rhs + EPS * m.rows[*r].rhs.abs().max(1.0)
        });
        if !fits {
            fixed[i] = Some(false);
            count += 1;
        }
    }
    count
}
