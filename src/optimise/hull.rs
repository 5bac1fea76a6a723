//! The exact hull of small blocks, for the branch and bound on the core.
//!
//! An LP relaxation funds fractions of applications. Where a few applications share a small
//! row (an applicant's cap, an `at_most_one`, a `requires`), it may fund half of the third
//! project of an applicant at its cap, and half of an application that may only be part-funded
//! from 60 % of its request. Over hundreds of such rows those fractions add up to a bound well
//! above what any allocation reaches, and branch and bound must close the difference node by
//! node. The Lagrangian decomposition (`blocks.rs`) knows these blocks are integral; this module
//! gives the branch-and-bound solver the same knowledge.
//!
//! For each block (undecided variables tied by small rows) the allowed *patterns* — which of
//! its undecided variables are funded — are listed, and the model gets the disjunctive
//! formulation (Balas 1979) of the union of their polytopes: a weight `w_p ≥ 0` per pattern,
//! `Σ w_p = 1`, each decision `y_i = Σ_{p ∋ i} w_p`, and each part-fundable member's amount split
//! into one amount per pattern, `min·w_p ≤ a_i^p ≤ requested·w_p`, with the block's rows written
//! once per pattern, scaled by `w_p`. The LP of this model is the convex hull of each block's
//! allocations, so its bound equals the decomposition's; and once the decisions are integral,
//! exactly one pattern has weight, so the model allows exactly the allocations the original does.

use crate::optimise::model::{Model, Term};

/// A block has at most this many undecided variables (1 024 subsets to try).
const OPEN: usize = 10;
/// A row joins a block when at most this many of the group's variables take part in it.
const ROW_TERMS: usize = 16;
/// The most columns (pattern weights and their amounts) one block may add.
const COLUMNS: usize = 2_000;

/// A block of a group: its members (positions in the group), the rows it keeps to itself and
/// its allowed patterns.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Block {
    /// Undecided members: bit `j` of a pattern stands for `open[j]`.
    pub open: Vec<usize>,
    /// Members fixed to 1 that choose their amount (in every pattern).
    pub fixed: Vec<usize>,
    /// The model's rows that are written once per pattern: index, and each term with its
    /// member's position in the group.
    pub rows: Vec<(usize, Vec<(usize, Term)>)>,
    /// The allowed patterns, in increasing order.
    pub(crate) patterns: Vec<u32>,
}

impl Block {
    /// Whether pattern `p` funds group member `k`.
    pub fn funds(&self, p: u32, k: usize) -> bool {
        self.fixed.contains(&k)
            || self
                .open
                .iter()
                .position(|o| *o == k)
                .is_some_and(|j| p & (1 << j) != 0)
    }
}

/// The blocks of a group (`group[k]` is a model variable; `fixed` holds the decisions made;
/// `constant[r]` what variables outside the group already put in row `r`). Rows of no block
/// are left to the caller, as are variables of no block.
pub fn blocks(m: &Model, group: &[usize], fixed: &[Option<bool>], constant: &[f64]) -> Vec<Block> {
    let n = group.len();
    let position: std::collections::BTreeMap<usize, usize> =
        group.iter().enumerate().map(|(k, i)| (*i, k)).collect();
    let open = |k: usize| fixed[group[k]].is_none();
    // Candidate rows: few members of the group, at least one of them undecided, weighing
    // them (counts are exact once their limits are whole numbers: `whole_limit`), and not
    // kept by every allocation anyway.
    let mut candidate: Vec<(usize, Vec<(usize, Term)>)> = Vec::new();
    for (r, row) in m.rows.iter().enumerate() {
        let members: Vec<(usize, Term)> = row
            .terms
            .iter()
            .filter_map(|t| position.get(&t.var).map(|k| (*k, *t)))
            .collect();
        let undecided = members.iter().filter(|(k, _)| open(*k)).count();
        if undecided == 0 || members.len() > ROW_TERMS || is_count(&members) {
            continue;
        }
        let most: f64 = members
            .iter()
            .map(|(_, t)| m.term_span(t).1.max(0.0))
            .sum::<f64>();
        if most + constant[r] <= row.rhs {
            continue;
        }
        candidate.push((r, members));
    }
    // Union-find over the group's positions.
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for (_, members) in &candidate {
        for w in members.windows(2) {
            let (a, b) = (root(&mut parent, w[0].0), root(&mut parent, w[1].0));
            if a != b {
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut by_root: std::collections::BTreeMap<usize, Block> = Default::default();
    for (r, members) in candidate {
        let b = root(&mut parent, members[0].0);
        by_root
            .entry(b)
            .or_insert_with(|| Block {
                open: Vec::new(),
                fixed: Vec::new(),
                rows: Vec::new(),
                patterns: Vec::new(),
            })
            .rows
            .push((r, members));
    }
    for (k, i) in group.iter().enumerate() {
        let b = root(&mut parent, k);
        if let Some(block) = by_root.get_mut(&b) {
            if open(k) {
                block.open.push(k);
            } else if m.vars[*i].partial_min.is_some() {
                block.fixed.push(k);
            }
        }
    }
    let mut out = Vec::new();
    for (_, mut block) in by_root {
        if block.open.is_empty() || block.open.len() > OPEN {
            continue;
        }
        block.patterns = patterns(m, &block, constant);
        let partial = block
            .open
            .iter()
            .chain(&block.fixed)
            .filter(|k| m.vars[group[**k]].partial_min.is_some())
            .count();
        if block.patterns.is_empty() || block.patterns.len() * (1 + partial) > COLUMNS {
            continue;
        }
        out.push(block);
    }
    out
}

/// Whether the terms only count decisions (`at_most_one`, coverage, `requires`, cover
/// inequalities): with whole limits (`whole_limit`) the LP keeps such rows exactly, so their hull
/// adds nothing but columns.
pub(crate) fn is_count(terms: &[(usize, Term)]) -> bool {
    terms.iter().all(|(_, t)| t.a == 0.0 && t.y.abs() == 1.0)
}

/// Whether a row's sum is a whole number for every allocation: whole coefficients on
/// decisions only (counts, and money rows over applications funded in full, in whole kronor).
pub fn is_whole(terms: &[Term]) -> bool {
    terms.iter().all(|t| t.a == 0.0 && t.y.fract() == 0.0)
}

/// The limit of a row whose sum is a whole number: its floor (the model's limits carry half a
/// unit of room for float noise, which an LP would use as half an application).
pub(crate) fn whole_limit(limit: f64) -> f64 {
    (limit + 1e-6).floor()
}

/// The subsets of the block's undecided members that each of its rows allows at the least
/// amounts. A pattern whose rows cannot hold together at any one choice of amounts may remain:
/// the formulation writes its rows exactly, so its weight is then 0.
fn patterns(m: &Model, block: &Block, constant: &[f64]) -> Vec<u32> {
    (0u32..(1 << block.open.len()))
        .filter(|p| {
            block.rows.iter().all(|(r, terms)| {
                let row = &m.rows[*r];
                let used: f64 = terms
                    .iter()
                    .filter(|(k, _)| block.funds(*p, *k))
                    .map(|(_, t)| m.term_span(t).0)
                    .sum();
                used + constant[*r] <= row.rhs + 1e-9 * row.rhs.abs().max(1.0)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::Support;
    use crate::optimise::model::{Row, RowKind, Var};
    use crate::scenario::Objective;

    fn var(i: usize, requested: f64, partial_min: Option<f64>) -> Var {
        Var {
            app: i,
            pot: Support::Foretagsstod,
            score: 50.0,
            requested,
            partial_min,
            objective: 50.0,
            tie: 0.0,
            lock: None,
            rank: i,
        }
    }

    /// An applicant's cap over four applications (one part-fundable), and a count row that
    /// the LP keeps exactly: one block whose patterns are exactly the subsets that fit.
    #[test]
    fn patterns_are_the_subsets_that_fit() {
        let requested = [400.0, 300.0, 250.0, 500.0];
        let vars: Vec<Var> = requested
            .iter()
            .enumerate()
            .map(|(i, r)| var(i, *r, (i == 3).then_some(300.0)))
            .collect();
        let cap = Row {
            kind: RowKind::PerApplicant(0, "org".into()),
            terms: (0..4)
                .map(|i| match vars[i].partial_min {
                    Some(_) => Term {
                        var: i,
                        y: 2.0,
                        a: 1.0,
                    },
                    None => Term {
                        var: i,
                        y: vars[i].requested,
                        a: 0.0,
                    },
                })
                .collect(),
            rhs: 900.5,
        };
        let count = Row {
            kind: RowKind::AtMostOne(1),
            terms: vec![
                Term {
                    var: 0,
                    y: 1.0,
                    a: 0.0,
                },
                Term {
                    var: 1,
                    y: 1.0,
                    a: 0.0,
                },
            ],
            rhs: 1.5,
        };
        let m = Model {
            vars,
            rows: vec![cap, count],
            objective: Objective::Score,
            warnings: Vec::new(),
        };
        let group: Vec<usize> = (0..4).collect();
        let found = blocks(&m, &group, &[None; 4], &[0.0, 0.0]);
        assert_eq!(found.len(), 1);
        let block = &found[0];
        assert_eq!(block.open, vec![0, 1, 2, 3]);
        assert_eq!(block.rows.len(), 1, "the count row is left to the LP");
        // Brute force: the subsets whose least amounts fit under the cap.
        let least = [400.0, 300.0, 250.0, 302.0];
        let expected: Vec<u32> = (0u32..16)
            .filter(|p| {
                (0..4)
                    .filter(|i| p & (1 << i) != 0)
                    .map(|i| least[i])
                    .sum::<f64>()
                    <= 900.5
            })
            .collect();
        assert_eq!(block.patterns, expected);
        assert!(is_count(&[
            (0, m.rows[1].terms[0]),
            (1, m.rows[1].terms[1])
        ]));
        assert!(is_whole(&m.rows[1].terms));
        assert!(!is_whole(&m.rows[0].terms));
        assert_eq!(whole_limit(1.5), 1.0);
        assert_eq!(whole_limit(-0.5), -1.0);
        // Fixing one member to 1 leaves three undecided, and its amount in every pattern.
        let fixed = [None, None, None, Some(true)];
        let found = blocks(&m, &group, &fixed, &[0.0, 0.0]);
        assert_eq!(found[0].open, vec![0, 1, 2]);
        assert_eq!(found[0].fixed, vec![3]);
        assert!(found[0].patterns.iter().all(|p| found[0].funds(*p, 3)));
    }

    /// A cap every subset keeps is no block at all.
    #[test]
    fn a_row_every_subset_keeps_makes_no_block() {
        let vars: Vec<Var> = (0..3).map(|i| var(i, 100.0, None)).collect();
        let m = Model {
            rows: vec![Row {
                kind: RowKind::PerApplicant(0, "org".into()),
                terms: (0..3)
                    .map(|var| Term {
                        var,
                        y: 100.0,
                        a: 0.0,
                    })
                    .collect(),
                rhs: 300.5,
            }],
            vars,
            objective: Objective::Score,
            warnings: Vec::new(),
        };
        assert!(blocks(&m, &[0, 1, 2], &[None; 3], &[0.0]).is_empty());
        // With 150 kr already taken by applications outside the group, it binds.
        assert_eq!(blocks(&m, &[0, 1, 2], &[None; 3], &[150.0]).len(), 1);
    }
}
