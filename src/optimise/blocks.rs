//! Lagrangian decomposition: a bound that knows the small rows are integral.
//!
//! Many rows of a real portfolio touch only a few applications: an applicant's cap, an
//! `at_most_one`, a `requires`. The LP relaxation may fund part of each such group (half of
//! the third project of an applicant at its cap), and over thousands of applicants those halves
//! add up to a gap of a per cent or more that branch and bound must close node by node.
//!
//! Here the rows are split in two. *Global* rows (budgets, frames, shares, coverage, resources:
//! rows over many applications) get multipliers `λ ≥ 0`. *Local* rows, over a handful of
//! applications, tie those applications into *blocks*, and each block is solved exactly for the
//! priced objective by enumerating its subsets. For any `λ ≥ 0`,
//!
//! `L(λ) = Σ_global λ_r·rhs_r + Σ_blocks max_{x ∈ block} Σ_i (value_i − λ·A_i)·x_i`
//!
//! is an upper bound on every allocation's (tie-broken) objective, and never weaker than the
//! LP's Lagrangian bound at the same multipliers. The multipliers start at the LP's duals and
//! are improved by subgradient steps. Each block also reports its best value with each of its
//! variables forced either way, which fixes variables far more often than the LP's reduced
//! values do.
//!
//! Everything is a relaxation: where a block's amounts are not solved exactly (a part-fundable
//! application in two local rows), the bound takes the larger value, so it stays valid.

use std::time::Instant;

use crate::optimise::model::{Model, Term};

/// A row is local when at most this many undecided variables take part in it.
pub(crate) const LOCAL_TERMS: usize = 12;
/// A block is enumerated, so it has at most this many undecided variables (4 096 subsets).
/// An applicant with more is rare, but each one's cap left global cost the bound about one
/// application's worth: at 10 000 applications, three such applicants were most of the gap.
const BLOCK_VARS: usize = 12;

/// A group of variables tied by local rows.
struct Block {
    /// Variables (not fixed to 0), in model order.
    vars: Vec<usize>,
    /// Local rows over them: each term's position in `vars`, the term, and the limit.
    rows: Vec<(Vec<(usize, Term)>, f64)>,
    /// Per variable (position in `vars`): the only local row whose amount term constrains it,
    /// if exactly one does.
    amount_row: Vec<Option<usize>>,
    /// Positions forced to 1 (locks, or fixings).
    forced: u32,
}

/// The split of a model's rows and the blocks of its variables.
pub struct Decomposition {
    /// Indices of the priced rows.
    pub(crate) global: Vec<usize>,
    blocks: Vec<Block>,
    /// Per row: a scale that makes money, hours and counts comparable in subgradient steps
    /// (half the sum of its terms' magnitudes, or its limit if larger).
    scale: Vec<f64>,
}

/// `L(λ)` and what the blocks chose.
pub struct Evaluation {
    pub bound: f64,
    /// The blocks' best choice per variable: funded, amount.
    pub y: Vec<bool>,
    pub a: Vec<f64>,
    /// Per variable, the bound if it is forced to 0 (`[0]`) or to 1 (`[1]`);
    /// `-∞` where no choice of its block allows it.
    pub forced: Vec<[f64; 2]>,
    /// Per part-fundable variable, what a krona more of its amount is worth at these
    /// multipliers (0 for the others).
    pub(crate) slope: Vec<f64>,
}

impl Evaluation {
    /// The decision variable `i` must take in every allocation worth at least `floor`, if the
    /// bound with it forced the other way stays below that.
    pub fn fixing(&self, i: usize, floor: f64) -> Option<bool> {
        if self.forced[i][1] < floor {
            Some(false)
        } else if self.forced[i][0] < floor {
            Some(true)
        } else {
            None
        }
    }
}

/// Per position of the block: the one local row that limits its amount, if exactly one does.
fn amount_rows(m: &Model, block: &Block) -> Vec<Option<usize>> {
    let mut amount_row = vec![None; block.vars.len()];
    let mut count = vec![0usize; block.vars.len()];
    for (r, (terms, _)) in block.rows.iter().enumerate() {
        for (k, t) in terms {
            if t.a != 0.0 && m.vars[t.var].partial_min.is_some() {
                count[*k] += 1;
                amount_row[*k] = Some(r);
            }
        }
    }
    for k in 0..block.vars.len() {
        if count[k] != 1 {
            amount_row[k] = None;
        }
    }
    amount_row
}

impl Decomposition {
    /// Splits the rows: local where few undecided variables take part and the blocks stay small.
    /// Returns `None` when no row is local (the LP bound is then as good).
    pub fn new(m: &Model, fixed: &[Option<bool>]) -> Option<Decomposition> {
        let n = m.vars.len();
        let member = |i: usize| fixed[i] != Some(false);
        let undecided = |row: &crate::optimise::model::Row| {
            row.terms.iter().filter(|t| fixed[t.var].is_none()).count()
        };
        let mut local: Vec<bool> = m
            .rows
            .iter()
            .map(|row| {
                let k = undecided(row);
                (1..=LOCAL_TERMS).contains(&k)
            })
            .collect();
        // Groups over local rows; a group too large to enumerate gives its rows back.
        let components = |local: &[bool]| m.groups(|r| local[r], member);
        let mut root = components(&local);
        let mut size = vec![0usize; n];
        for i in (0..n).filter(|i| fixed[*i].is_none()) {
            size[root[i]] += 1;
        }
        let mut demoted = false;
        for (r, row) in m.rows.iter().enumerate() {
            if local[r]
                && row
                    .terms
                    .iter()
                    .any(|t| member(t.var) && size[root[t.var]] > BLOCK_VARS)
            {
                local[r] = false;
                demoted = true;
            }
        }
        if demoted {
            root = components(&local);
        }
        if !local.iter().any(|l| *l) {
            return None;
        }
        let mut index: std::collections::BTreeMap<usize, usize> = Default::default();
        let mut blocks: Vec<Block> = Vec::new();
        let mut position = vec![usize::MAX; n];
        for i in (0..n).filter(|i| member(*i)) {
            let b = *index.entry(root[i]).or_insert_with(|| {
                blocks.push(Block {
                    vars: Vec::new(),
                    rows: Vec::new(),
                    amount_row: Vec::new(),
                    forced: 0,
                });
                blocks.len() - 1
            });
            position[i] = blocks[b].vars.len();
            // A position past the mask's width belongs to a block refused below.
            if fixed[i] == Some(true) && position[i] < 32 {
                blocks[b].forced |= 1 << position[i];
            }
            blocks[b].vars.push(i);
        }
        // Members fixed to 1 do not count against a block's size, so a block can still be too
        // large for a mask (many locked applications of one applicant): then no decomposition.
        if blocks.iter().any(|b| b.vars.len() > 31) {
            return None;
        }
        let mut global = Vec::new();
        for (r, row) in m.rows.iter().enumerate() {
            if !local[r] {
                // A row whose variables are all decided is a constant: its multiplier is 0.
                if row.terms.iter().any(|t| fixed[t.var].is_none()) {
                    global.push(r);
                }
                continue;
            }
            let terms: Vec<(usize, Term)> = row
                .terms
                .iter()
                .filter(|t| member(t.var))
                .map(|t| (position[t.var], *t))
                .collect();
            let Some(first) = terms.first() else {
                continue;
            };
            let b = index[&root[first.1.var]];
            blocks[b].rows.push((terms, row.rhs));
        }
        for block in &mut blocks {
            block.amount_row = amount_rows(m, block);
        }
        let scale = m
            .rows
            .iter()
            .map(|row| {
                row.terms
                    .iter()
                    .map(|t| {
                        let (least, most) = m.term_span(t);
                        least.abs().max(most.abs())
                    })
                    .map(|x| x * 0.5)
                    .sum::<f64>()
                    .max(row.rhs.abs())
                    .max(1.0)
            })
            .collect();
        Some(Decomposition {
            global,
            blocks,
            scale,
        })
    }

    /// Per variable, whether it is a member whose amount is in no local row: then, at any
    /// multipliers, a krona more or less of it changes its block's value by its slope alone.
    pub(crate) fn priced_amounts(&self, n: usize) -> Vec<bool> {
        let mut out = vec![false; n];
        for block in &self.blocks {
            for &i in &block.vars {
                out[i] = true;
            }
            for (terms, _) in &block.rows {
                for (_, t) in terms.iter().filter(|(_, t)| t.a != 0.0) {
                    out[t.var] = false;
                }
            }
        }
        out
    }

    /// `L(λ)`, with `lambda` indexed by row (local rows' entries are ignored).
    pub fn evaluate(&self, m: &Model, lambda: &[f64]) -> Evaluation {
        let n = m.vars.len();
        let mut price_y = vec![0.0; n];
        let mut price_a = vec![0.0; n];
        let mut bound = 0.0;
        for &r in &self.global {
            let l = lambda[r];
            if l == 0.0 {
                continue;
            }
            bound += l * m.rows[r].rhs;
            for t in &m.rows[r].terms {
                price_y[t.var] += l * t.y;
                price_a[t.var] += l * t.a;
            }
        }
        let mut out = Evaluation {
            bound,
            y: vec![false; n],
            a: vec![0.0; n],
            forced: vec![[f64::NEG_INFINITY; 2]; n],
            slope: vec![0.0; n],
        };
        let bests: Vec<f64> = self
            .blocks
            .iter()
            .map(|block| solve_block(m, block, &price_y, &price_a, &mut out))
            .collect();
        if bests.contains(&f64::NEG_INFINITY) {
            // Some block has no allowed choice: nothing is feasible under these fixings.
            out.bound = f64::NEG_INFINITY;
            for f in &mut out.forced {
                *f = [f64::NEG_INFINITY; 2];
            }
            return out;
        }
        out.bound += bests.iter().sum::<f64>();
        // `forced` holds block values so far; make them whole bounds.
        for (block, best) in self.blocks.iter().zip(&bests) {
            for &i in &block.vars {
                for v in 0..2 {
                    out.forced[i][v] += out.bound - best;
                }
            }
        }
        out
    }

    /// The subgradient of `L` at the multipliers that gave `e`: per global row, its limit less
    /// what the blocks' choice puts in it. `L(μ) ≥ L(λ) + Σ g·(μ − λ)` for every `μ ≥ 0`.
    fn subgradient(&self, m: &Model, e: &Evaluation) -> Vec<f64> {
        self.global
            .iter()
            .map(|&r| m.rows[r].rhs - m.rows[r].lhs(&e.y, &e.a))
            .collect()
    }

    /// Minimises `L` over the multipliers of the global rows by a cutting-plane model in a
    /// moving box (Marsten's boxstep method): each evaluation gives a plane under `L`, the
    /// lowest point of the planes in the box is tried next, and the box moves where `L`
    /// falls. Few rows are global, so the model is a small LP. Stops when the model proves
    /// the box's centre within `tolerance` of the minimum, after `iterations`, or at `deadline`.
    /// Returns the best evaluation and its multipliers.
    pub fn refine(
        &self,
        m: &Model,
        lambda: Vec<f64>,
        tolerance: f64,
        iterations: usize,
        deadline: Instant,
    ) -> (Evaluation, Vec<f64>) {
        let k = self.global.len();
        let mut best = self.evaluate(m, &lambda);
        let mut best_lambda = lambda;
        if k == 0 || !best.bound.is_finite() {
            return (best, best_lambda);
        }
        // Per row: the multiplier at which funding its heaviest member costs as much as the
        // most valuable variable is worth; the box is measured in it.
        let worth = m
            .vars
            .iter()
            .map(|v| v.full_value() + v.tie)
            .fold(0.0, f64::max)
            .max(1e-9);
        let unit: Vec<f64> = self.global.iter().map(|&r| worth / self.scale[r]).collect();
        let mut radius: f64 = 0.5;
        let mut planes: Vec<(f64, Vec<f64>, Vec<f64>)> = Vec::new();
        let point =
            |lambda: &[f64]| -> Vec<f64> { self.global.iter().map(|&r| lambda[r]).collect() };
        planes.push((best.bound, point(&best_lambda), self.subgradient(m, &best)));
        let mut nulls = 0;
        let (mut steps, mut gap, mut converged) = (0, f64::INFINITY, false);
        for _ in 0..iterations {
            if Instant::now() >= deadline {
                break;
            }
            steps += 1;
            let centre = point(&best_lambda);
            // The model in steps from the centre measured in `unit`s and in values relative to
            // the best bound, so that its numbers are of one size (in kronor and points they
            // spanned fifteen orders of magnitude, and microlp found its basis singular).
            let lows: Vec<f64> = (0..k)
                .map(|j| (-radius).max(-centre[j] / unit[j]))
                .collect();
            let planes_at_centre: Vec<(f64, Vec<f64>)> = planes
                .iter()
                .map(|(value, at, g)| {
                    let constant = value - best.bound
                        + (0..k).map(|j| g[j] * (centre[j] - at[j])).sum::<f64>();
                    (constant, (0..k).map(|j| g[j] * unit[j]).collect())
                })
                .collect();
            let Some((model_min, steps_taken)) =
                box_model(&planes_at_centre, &lows, radius).map(|(low, d)| (low + best.bound, d))
            else {
                break;
            };
            let predicted = best.bound - model_min;
            // At the box's edge: its top, or its bottom where that is not the floor of 0.
            let at_edge = (0..k).any(|j| {
                let d = steps_taken[j];
                let tolerance = 1e-9 * radius;
                d >= radius - tolerance || (lows[j] <= -radius && d <= -radius + tolerance)
            });
            gap = predicted;
            // Nothing in the box is lower by more than the tolerance: as `L` is convex, the
            // centre is then (up to the tolerance) its minimum.
            if predicted <= tolerance {
                converged = true;
                break;
            }
            let mut trial = best_lambda.clone();
            for (j, &r) in self.global.iter().enumerate() {
                trial[r] = (centre[j] + unit[j] * steps_taken[j]).max(0.0);
            }
            let e = self.evaluate(m, &trial);
            if !e.bound.is_finite() {
                break;
            }
            planes.push((e.bound, point(&trial), self.subgradient(m, &e)));
            if planes.len() > 80 {
                planes.remove(1);
            }
            if e.bound <= best.bound - 0.1 * predicted.max(0.0) && e.bound < best.bound {
                best = e;
                best_lambda = trial;
                nulls = 0;
                if at_edge {
                    radius = (radius * 2.0).min(64.0);
                }
            } else {
                nulls += 1;
                if nulls >= 4 {
                    radius /= 2.0;
                    nulls = 0;
                }
            }
        }
        if crate::optimise::solve::trace() {
            eprintln!(
                "boxstep: {steps} steps, model within {gap:.2e} of the bound{}",
                if converged { ", at the minimum" } else { "" }
            );
        }
        (best, best_lambda)
    }

    /// Improves the multipliers by subgradient steps (Polyak's step towards `target`, the
    /// incumbent's value), starting from `lambda`. Returns the best evaluation and its
    /// multipliers. Stops after `iterations` steps or at `deadline`.
    pub(crate) fn improve(
        &self,
        m: &Model,
        mut lambda: Vec<f64>,
        target: f64,
        iterations: usize,
        deadline: Instant,
    ) -> (Evaluation, Vec<f64>) {
        let mut best = self.evaluate(m, &lambda);
        let mut best_lambda = lambda.clone();
        let mut best_g = self.subgradient(m, &best);
        let (mut current_bound, mut current_g) = (best.bound, best_g.clone());
        let mut theta = 1.0;
        let mut stale = 0;
        let mut direction = vec![0.0; m.rows.len()];
        for _ in 0..iterations {
            if Instant::now() >= deadline || current_bound <= target {
                break;
            }
            // The subgradient, scaled, without rows whose multiplier is at zero and has room
            // (it cannot move).
            let mut g: Vec<(usize, f64)> = Vec::with_capacity(self.global.len());
            let mut norm = 0.0;
            for (&r, slack) in self.global.iter().zip(&current_g) {
                let s = slack / self.scale[r];
                if lambda[r] <= 0.0 && s > 0.0 {
                    continue;
                }
                norm += s * s;
                g.push((r, s));
            }
            if norm <= 0.0 {
                break;
            }
            // Deflection (Camerini, Fratta & Maffioli 1975): where the new direction turns
            // back against the last one, keep part of the last, which damps the zigzag.
            let dot: f64 = g.iter().map(|(r, s)| s * direction[*r]).sum();
            let last: f64 = direction.iter().map(|d| d * d).sum();
            let beta = if dot < 0.0 && last > 0.0 {
                -1.5 * dot / last
            } else {
                0.0
            };
            for d in direction.iter_mut() {
                *d *= beta;
            }
            for (r, s) in &g {
                direction[*r] += s;
            }
            let norm: f64 = direction.iter().map(|d| d * d).sum();
            if norm <= 0.0 {
                break;
            }
            let step = theta * (current_bound - target) / norm;
            for &r in &self.global {
                let scaled = lambda[r] * self.scale[r] - step * direction[r];
                lambda[r] = scaled.max(0.0) / self.scale[r];
            }
            let e = self.evaluate(m, &lambda);
            current_bound = e.bound;
            current_g = self.subgradient(m, &e);
            if e.bound < best.bound - 1e-12 * best.bound.abs().max(1.0) {
                best = e;
                best_lambda.clone_from(&lambda);
                best_g.clone_from(&current_g);
                stale = 0;
            } else {
                stale += 1;
                if stale >= 5 {
                    // Back to the best multipliers, with shorter steps.
                    theta /= 2.0;
                    stale = 0;
                    if theta < 1e-4 {
                        break;
                    }
                    lambda.clone_from(&best_lambda);
                    direction.iter_mut().for_each(|d| *d = 0.0);
                    current_g.clone_from(&best_g);
                    current_bound = best.bound;
                }
            }
        }
        (best, best_lambda)
    }
}

/// The lowest point of the cutting-plane model `θ ≥ c + g·d` over the box `low ≤ d ≤ radius`:
/// `θ` and `d`. microlp first; where it finds its basis singular, clarabel (an interior-point
/// method, which has no basis).
fn box_model(planes: &[(f64, Vec<f64>)], low: &[f64], radius: f64) -> Option<(f64, Vec<f64>)> {
    use good_lp::{Expression, ProblemVariables, Solution, SolverModel, constraint, variable};
    let solve = |interior: bool| -> Option<(f64, Vec<f64>)> {
        let mut problem = ProblemVariables::new();
        let d: Vec<good_lp::Variable> = low
            .iter()
            .map(|lo| problem.add(variable().min(*lo).max(radius)))
            .collect();
        let theta = problem.add(variable());
        let constraints = planes.iter().map(|(c, g)| {
            let mut e = Expression::with_capacity(g.len() + 1);
            for (gj, dj) in g.iter().zip(&d) {
                e.add_mul(*gj, *dj);
            }
            constraint!(theta >= e + *c)
        });
        let read = |value: &dyn Fn(good_lp::Variable) -> f64| {
            (
                value(theta),
                d.iter().map(|v| value(*v)).collect::<Vec<f64>>(),
            )
        };
        if interior {
            let mut lp = problem.minimise(theta).using(good_lp::clarabel);
            for c in constraints {
                lp.add_constraint(c);
            }
            lp.solve().ok().map(|s| read(&|v| s.value(v)))
        } else {
            let mut lp = problem.minimise(theta).using(good_lp::microlp);
            for c in constraints {
                lp.add_constraint(c);
            }
            lp.solve().ok().map(|s| read(&|v| s.value(v)))
        }
    };
    let found = solve(false).or_else(|| {
        if crate::optimise::solve::trace() {
            eprintln!("boxstep: microlp failed on the model; clarabel");
        }
        solve(true)
    })?;
    (found.0.is_finite() && found.1.iter().all(|x| x.is_finite())).then_some(found)
}

/// Per position of the block at the multipliers' prices: the value of funding it at its least
/// amount, and the slope of its amount (0 for whole-or-nothing applications).
fn priced_values(
    m: &Model,
    block: &Block,
    price_y: &[f64],
    price_a: &[f64],
) -> (Vec<f64>, Vec<f64>) {
    let mut base = Vec::with_capacity(block.vars.len());
    let mut slope = Vec::with_capacity(block.vars.len());
    for &i in &block.vars {
        let v = &m.vars[i];
        match v.partial_min {
            Some(min) => {
                let s = v.objective - price_a[i];
                base.push(v.tie - price_y[i] + s * min);
                slope.push(s);
            }
            None => {
                base.push(v.objective + v.tie - price_y[i] - price_a[i] * v.requested);
                slope.push(0.0);
            }
        }
    }
    (base, slope)
}

/// The best priced value of one block; records its choice and, per variable, the best value
/// with the variable forced each way (block value only; the caller adds the rest).
fn solve_block(
    m: &Model,
    block: &Block,
    price_y: &[f64],
    price_a: &[f64],
    out: &mut Evaluation,
) -> f64 {
    let k = block.vars.len();
    let (base, slope) = priced_values(m, block, price_y, price_a);
    let mut best = f64::NEG_INFINITY;
    let mut best_mask = 0u32;
    let mut best_amounts: Vec<f64> = Vec::new();
    let mut per = vec![[f64::NEG_INFINITY; 2]; k];
    let mut amounts = vec![0.0; k];
    let mut room = vec![0.0; block.rows.len()];
    let mut raise: Vec<(f64, usize, f64)> = Vec::new();
    // Only the undecided positions are enumerated; the forced ones are in every subset.
    let open: Vec<usize> = (0..k).filter(|p| block.forced & (1 << p) == 0).collect();
    for choice in 0u32..(1u32 << open.len()) {
        let mask = open
            .iter()
            .enumerate()
            .filter(|(bit, _)| choice & (1 << bit) != 0)
            .fold(block.forced, |mask, (_, p)| mask | (1 << p));
        // Feasible at the least amounts?
        let mut ok = true;
        for (r, (terms, rhs)) in block.rows.iter().enumerate() {
            let used: f64 = terms
                .iter()
                .filter(|(p, _)| mask & (1 << p) != 0)
                .map(|(_, t)| m.term_span(t).0)
                .sum();
            room[r] = rhs - used;
            if room[r] < -1e-9 * rhs.abs().max(1.0) {
                ok = false;
                break;
            }
        }
        if !ok {
            continue;
        }
        let mut value = 0.0;
        for p in 0..k {
            if mask & (1 << p) == 0 {
                continue;
            }
            value += base[p];
            let i = block.vars[p];
            if let Some(min) = m.vars[i].partial_min {
                amounts[p] = min;
                if slope[p] > 0.0 && block.amount_row[p].is_none() {
                    // No single local row limits its amount: the most (a relaxation where
                    // two rows would).
                    value += slope[p] * (m.vars[i].requested - min);
                    amounts[p] = m.vars[i].requested;
                }
            } else {
                amounts[p] = m.vars[i].requested;
            }
        }
        // Each row with part-fundable members: raise the best slopes per krona of room first.
        for (r, (terms, _)) in block.rows.iter().enumerate() {
            raise.clear();
            for (p, t) in terms {
                let i = block.vars[*p];
                if mask & (1 << p) != 0
                    && block.amount_row[*p] == Some(r)
                    && slope[*p] > 0.0
                    && let Some(min) = m.vars[i].partial_min
                {
                    if t.a > 0.0 {
                        raise.push((slope[*p] / t.a, *p, t.a));
                    } else {
                        // A term that gives room back as the amount rises: no limit.
                        value += slope[*p] * (m.vars[i].requested - min);
                        amounts[*p] = m.vars[i].requested;
                    }
                }
            }
            raise.sort_by(|a, b| b.0.total_cmp(&a.0));
            let mut left = room[r].max(0.0);
            for &(_, p, coef) in &raise {
                let i = block.vars[p];
                let min = m.vars[i].partial_min.unwrap_or(m.vars[i].requested);
                let extra = (m.vars[i].requested - min).min(left / coef);
                value += slope[p] * extra;
                amounts[p] = min + extra;
                left -= extra * coef;
            }
        }
        for (p, slot) in per.iter_mut().enumerate() {
            let v = usize::from(mask & (1 << p) != 0);
            if value > slot[v] {
                slot[v] = value;
            }
        }
        if value > best {
            best = value;
            best_mask = mask;
            best_amounts.clone_from(&amounts);
        }
    }
    for (p, &i) in block.vars.iter().enumerate() {
        out.forced[i] = per[p];
        out.slope[i] = slope[p];
        if best_mask & (1 << p) != 0 {
            out.y[i] = true;
            out.a[i] = best_amounts[p];
        }
    }
    best
}
