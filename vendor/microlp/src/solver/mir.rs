//! Added for anslag: mixed-integer rounding cuts from single rows and pairs of rows
//! (Marchand & Wolsey 2001, "Aggregation and mixed integer rounding to solve MIPs"; the
//! divisor search as in HiGHS's `cmirCutGenerationHeuristic`).
//!
//! Gomory cuts read the optimal tableau, whose rows mix every constraint by the basis
//! inverse. On anslag's portfolios the bound's gap sits in a few long rows read together:
//! a pot's money row with its share row (the amounts of part-funded applications,
//! continuous, bounded by their decisions), and the resource row. Here each long row that
//! is tight (or nearly) at the LP, and each pair of such rows over mostly the same variables at a few
//! fixed multipliers, is a base inequality. Continuous variables are moved to the bound
//! nearest the LP's value (a variable bound `x ≤ u·y` of a binary `y` counts as a bound),
//! integers at more than half their range are complemented, and the rounding's divisor is
//! the coefficient of an integer variable that the LP uses (or half, a quarter or an eighth
//! of the best), whichever cuts deepest.

use super::{Cut, Solver};
use crate::VarDomain;

/// A row is read when its activity is within this many of its largest coefficients of a
/// bound (tight, or nearly: a cover row a few decisions short of its limit).
const NEAR: f64 = 10.0;
/// At most this many tight long rows are read (the longest first).
const MAX_ROWS: usize = 32;
/// Two rows are paired when this share of the shorter one's variables is in the other.
const OVERLAP: f64 = 0.5;
/// The multipliers of the second row of a pair. Measured on synthetic 10 000 seed 3's
/// core: money row − 4 × share row (which cancels the amounts outside Västerås) gave the
/// most cuts, with −2 … −8 beside it; the resource row with small multiples of a cover.
/// The rows are as the solver stores them, each scaled by a power of two so that its largest
/// coefficient is near one (for the money and share rows the same power).
const MULTIPLIERS: [f64; 13] = [
    -8.0, -5.0, -4.0, -3.0, -2.0, -1.5, -1.0, -0.5, -0.25, 0.25, 0.5, 1.0, 2.0,
];
/// At most this many divisors are tried per base inequality (spread over the candidates).
const MAX_DIVISORS: usize = 24;
/// Of two cuts this parallel (the cosine of their angle), only the deeper is kept.
const PARALLEL: f64 = 0.999;

/// A variable bound `x ≤ u·z` (upper) or `x ≥ l·z` (lower) of a continuous `x` by a
/// binary `z`: `(z, factor)`.
type VarBound = (usize, f64);

/// A continuous term of the base inequality after its bound substitution: `coef · t` with
/// `t ≥ 0`, `t = Σ expr·x + constant`, and `value` the LP's `t`.
struct Continuous {
    coef: f64,
    value: f64,
    expr: Vec<(usize, f64)>,
    constant: f64,
}

impl Solver {
    /// The number of rows (constraints with a variable, and cuts added so far).
    pub(crate) fn num_rows(&self) -> usize {
        self.orig_rhs.len()
    }

    /// Mixed-integer rounding cuts from the first `rows` constraints (the problem's own,
    /// not earlier cuts) with at least `long_row` variables, singly and in pairs, at most
    /// `max_cuts`, most efficacious first.
    /// Each is `(π, π0)` for `π·x ≥ π0` over the structural variables, valid for every
    /// integer point within the current bounds.
    pub(crate) fn aggregated_mir_cuts(
        &self,
        rows: usize,
        long_row: usize,
        max_cuts: usize,
    ) -> Vec<Cut> {
        let n = self.num_vars;
        let rows = rows.min(self.orig_rhs.len());
        let x: Vec<f64> = (0..n).map(|v| *self.get_value(v)).collect();
        let terms: Vec<Vec<(usize, f64)>> = (0..rows).map(|k| self.terms(k)).collect();
        let (vub, vlb) = self.variable_bounds(&terms);
        // Long rows at or near a finite bound.
        let mut long: Vec<(usize, usize)> = Vec::new();
        for (k, row) in terms.iter().enumerate() {
            if row.len() < long_row || !row.iter().any(|(v, _)| self.is_integer(*v)) {
                continue;
            }
            let act: f64 = row.iter().map(|(v, a)| a * x[*v]).sum();
            let (lo, hi) = self.row_range(k);
            let largest = row.iter().map(|(_, a)| a.abs()).fold(0.0, f64::max);
            let tol = NEAR * largest + 1e-6 * (1.0 + act.abs());
            if (lo.is_finite() && act - lo <= tol) || (hi.is_finite() && hi - act <= tol) {
                long.push((k, row.len()));
            }
        }
        long.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        long.truncate(MAX_ROWS);
        // Bases: each row, and each pair over mostly the same variables.
        let mut bases: Vec<Vec<(usize, f64)>> = long.iter().map(|&(k, _)| vec![(k, 1.0)]).collect();
        let mut mark = vec![false; n];
        for (i, &(k1, len1)) in long.iter().enumerate() {
            for &(v, _) in &terms[k1] {
                mark[v] = true;
            }
            for &(k2, len2) in &long[i + 1..] {
                let common = terms[k2].iter().filter(|(v, _)| mark[*v]).count();
                if (common as f64) < OVERLAP * len1.min(len2) as f64 {
                    continue;
                }
                for t in MULTIPLIERS {
                    bases.push(vec![(k1, 1.0), (k2, t)]);
                }
            }
            for &(v, _) in &terms[k1] {
                mark[v] = false;
            }
        }
        let mut agg = vec![0.0; n];
        let mut touched: Vec<usize> = Vec::new();
        let mut out: Vec<(f64, Cut)> = Vec::new();
        for base in &bases {
            for v in touched.drain(..) {
                agg[v] = 0.0;
                mark[v] = false;
            }
            for &(k, w) in base {
                for &(v, a) in &terms[k] {
                    if !mark[v] {
                        mark[v] = true;
                        touched.push(v);
                    }
                    agg[v] += w * a;
                }
            }
            for sign in [1.0, -1.0] {
                if let Some(cut) = self.mir(base, sign, &agg, &touched, &x, &terms, (&vub, &vlb)) {
                    out.push(cut);
                }
            }
        }
        out.sort_by(|a, b| b.0.total_cmp(&a.0));
        // Nearly parallel cuts add little beside each other.
        let mut kept: Vec<(Cut, f64)> = Vec::new();
        for (_, cut) in out {
            let norm = cut.0.iter().map(|(_, p)| p * p).sum::<f64>().sqrt();
            let parallel = kept.iter().any(|(other, other_norm)| {
                let dot = sparse_dot(&cut.0, &other.0);
                dot / (norm * other_norm) > PARALLEL
            });
            if !parallel {
                kept.push((cut, norm));
                if kept.len() == max_cuts {
                    break;
                }
            }
        }
        kept.into_iter().map(|(cut, _)| cut).collect()
    }

    /// Row k's structural terms (the matrix also holds the row's slack).
    fn terms(&self, k: usize) -> Vec<(usize, f64)> {
        let n = self.num_vars;
        self.orig_constraints
            .outer_view(k)
            .unwrap()
            .iter()
            .filter(|(v, _)| *v < n)
            .map(|(v, &a)| (v, a))
            .collect()
    }

    fn is_integer(&self, v: usize) -> bool {
        v < self.num_vars
            && matches!(
                self.orig_var_domains[v],
                VarDomain::Integer | VarDomain::Boolean
            )
    }

    /// The range of a row's activity `A_k·x`: the slack `s = rhs − A_k·x` lies in its bounds.
    fn row_range(&self, k: usize) -> (f64, f64) {
        let s = self.num_vars + k;
        (
            self.orig_rhs[k] - self.orig_var_maxs[s],
            self.orig_rhs[k] - self.orig_var_mins[s],
        )
    }

    /// Variable bounds `x ≤ u·z` and `x ≥ l·z` read from two-variable rows with a zero
    /// right-hand side, of a continuous `x` and a binary `z` (by variable: upper, lower).
    fn variable_bounds(
        &self,
        rows: &[Vec<(usize, f64)>],
    ) -> (Vec<Vec<VarBound>>, Vec<Vec<VarBound>>) {
        let n = self.num_vars;
        let (mut vub, mut vlb) = (vec![Vec::new(); n], vec![Vec::new(); n]);
        for (k, terms) in rows.iter().enumerate() {
            if terms.len() != 2 || self.orig_rhs[k] != 0.0 {
                continue;
            }
            let (lo, hi) = self.row_range(k);
            for (i, j) in [(0, 1), (1, 0)] {
                let ((xv, cx), (zv, cz)) = (terms[i], terms[j]);
                let binary = self.is_integer(zv)
                    && self.orig_var_mins[zv] == 0.0
                    && self.orig_var_maxs[zv] == 1.0;
                if self.is_integer(xv) || !binary || cx == 0.0 {
                    continue;
                }
                let factor = -cz / cx;
                // cx·x + cz·z ≤ 0, and ≥ 0.
                if hi == 0.0 {
                    if cx > 0.0 {
                        vub[xv].push((zv, factor));
                    } else {
                        vlb[xv].push((zv, factor));
                    }
                }
                if lo == 0.0 {
                    if cx < 0.0 {
                        vub[xv].push((zv, factor));
                    } else {
                        vlb[xv].push((zv, factor));
                    }
                }
            }
        }
        (vub, vlb)
    }

    /// The best mixed-integer rounding cut of `sign · (Σ w_k (A_k·x − r_k)) ≤ 0`, where
    /// `r_k` is row k's activity within its range, with its efficacy.
    #[allow(clippy::too_many_arguments)]
    fn mir(
        &self,
        base: &[(usize, f64)],
        sign: f64,
        agg: &[f64],
        touched: &[usize],
        x: &[f64],
        terms: &[Vec<(usize, f64)>],
        (vub, vlb): (&[Vec<VarBound>], &[Vec<VarBound>]),
    ) -> Option<(f64, Cut)> {
        let n = self.num_vars;
        let mut beta = 0.0;
        let mut ints: Vec<(usize, f64)> = Vec::new();
        let mut conts: Vec<Continuous> = Vec::new();
        let mut int_coef = std::collections::BTreeMap::<usize, f64>::new();
        for &v in touched {
            let a = sign * agg[v];
            if a.abs() < 1e-11 {
                continue;
            }
            if self.is_integer(v) {
                *int_coef.entry(v).or_default() += a;
                continue;
            }
            let (lo, hi) = (self.orig_var_mins[v], self.orig_var_maxs[v]);
            // The nearest bound: (distance, kind, binary, factor); kinds 0 lo, 1 hi, 2 vlb, 3 vub.
            let mut best: Option<(f64, u8, usize, f64)> = None;
            let mut consider = |d: f64, kind: u8, z: usize, f: f64| {
                if best.is_none_or(|b| d < b.0) {
                    best = Some((d, kind, z, f));
                }
            };
            if lo.is_finite() {
                consider(x[v] - lo, 0, 0, 0.0);
            }
            if hi.is_finite() {
                consider(hi - x[v], 1, 0, 0.0);
            }
            for &(z, l) in &vlb[v] {
                consider(x[v] - l * x[z], 2, z, l);
            }
            for &(z, u) in &vub[v] {
                consider(u * x[z] - x[v], 3, z, u);
            }
            let (d, kind, z, f) = best?;
            let value = d.max(0.0);
            match kind {
                0 => {
                    beta -= a * lo;
                    conts.push(Continuous {
                        coef: a,
                        value,
                        expr: vec![(v, 1.0)],
                        constant: -lo,
                    });
                }
                1 => {
                    beta -= a * hi;
                    conts.push(Continuous {
                        coef: -a,
                        value,
                        expr: vec![(v, -1.0)],
                        constant: hi,
                    });
                }
                2 => {
                    *int_coef.entry(z).or_default() += a * f;
                    conts.push(Continuous {
                        coef: a,
                        value,
                        expr: vec![(v, 1.0), (z, -f)],
                        constant: 0.0,
                    });
                }
                _ => {
                    *int_coef.entry(z).or_default() += a * f;
                    conts.push(Continuous {
                        coef: -a,
                        value,
                        expr: vec![(v, -1.0), (z, f)],
                        constant: 0.0,
                    });
                }
            }
        }
        // The rows' activities, continuous within their ranges.
        for &(k, w) in base {
            let c = -sign * w;
            let row = &terms[k];
            let act: f64 = row.iter().map(|(v, a)| a * x[*v]).sum();
            let (lo, hi) = self.row_range(k);
            let (dlo, dhi) = (act - lo, hi - act);
            if lo.is_finite() && (!hi.is_finite() || dlo <= dhi) {
                beta -= c * lo;
                let expr = row.clone();
                conts.push(Continuous {
                    coef: c,
                    value: dlo.max(0.0),
                    expr,
                    constant: -lo,
                });
            } else if hi.is_finite() {
                beta -= c * hi;
                let expr = row.iter().map(|&(v, a)| (v, -a)).collect();
                conts.push(Continuous {
                    coef: -c,
                    value: dhi.max(0.0),
                    expr,
                    constant: hi,
                });
            } else {
                return None;
            }
        }
        // Integers from their lower bound, or complemented from the upper one past half.
        let mut largest: f64 = 0.0;
        for (v, a) in int_coef {
            let (lo, hi) = (self.orig_var_mins[v], self.orig_var_maxs[v]);
            if a.abs() < 1e-11 {
                continue;
            }
            if lo == hi {
                beta -= a * lo;
                continue;
            }
            if !lo.is_finite() || !hi.is_finite() {
                return None;
            }
            largest = largest.max(a.abs());
            ints.push((v, a));
        }
        if ints.is_empty() {
            return None;
        }
        // (variable, coefficient, value, complemented) in the transformed space.
        let mut t: Vec<(usize, f64, f64, bool)> = Vec::with_capacity(ints.len());
        for &(v, a) in &ints {
            let (lo, hi) = (self.orig_var_mins[v], self.orig_var_maxs[v]);
            if 2.0 * (x[v] - lo) > hi - lo {
                beta -= a * hi;
                t.push((v, -a, hi - x[v], true));
            } else {
                beta -= a * lo;
                t.push((v, a, x[v] - lo, false));
            }
        }
        let negative: f64 = conts
            .iter()
            .filter(|c| c.coef < 0.0)
            .map(|c| -c.coef * c.value)
            .sum();
        let cont_sq: f64 = conts
            .iter()
            .filter(|c| c.coef < 0.0)
            .map(|c| c.coef * c.coef)
            .sum();
        // Divisors: the coefficients of integers the LP uses, spread if there are many.
        let mut divisors: Vec<f64> = t
            .iter()
            .filter(|(_, a, val, _)| *val > 1e-6 && a.abs() > 1e-9 * largest)
            .map(|(_, a, _, _)| a.abs())
            .collect();
        divisors.sort_by(f64::total_cmp);
        divisors.dedup_by(|a, b| (*a - *b).abs() <= 1e-9 * b.abs().max(1.0));
        if divisors.len() > MAX_DIVISORS {
            let step = divisors.len() as f64 / MAX_DIVISORS as f64;
            divisors = (0..MAX_DIVISORS)
                .map(|i| divisors[(i as f64 * step) as usize])
                .collect();
        }
        let fractional: Vec<f64> = t
            .iter()
            .filter(|(v, _, _, _)| {
                let f = x[*v] - x[*v].floor();
                f > 1e-6 && f < 1.0 - 1e-6
            })
            .map(|(_, a, _, _)| a.abs())
            .filter(|a| *a > 1e-9 * largest)
            .collect();
        divisors.extend(fractional);
        divisors.push(largest + 1.0);
        divisors.push(1.0);
        // Efficacy of the cut with divisor δ (in the transformed space).
        let efficacy = |delta: f64| -> Option<f64> {
            let q = beta / delta;
            let f0 = q - q.floor();
            if !(0.01..=0.99).contains(&f0) {
                return None;
            }
            let mut lhs = 0.0;
            let mut norm = 0.0;
            for &(_, a, val, _) in &t {
                let g = rounded(a / delta, f0);
                lhs += g * val;
                norm += g * g;
            }
            let k = 1.0 / (delta * (1.0 - f0));
            lhs -= k * negative;
            norm += k * k * cont_sq;
            let viol = lhs - q.floor();
            (norm > 0.0).then(|| viol / norm.sqrt())
        };
        let mut best: Option<(f64, f64)> = None;
        for &delta in &divisors {
            if let Some(e) = efficacy(delta) {
                if best.is_none_or(|b| e > b.0) {
                    best = Some((e, delta));
                }
            }
        }
        let (_, first) = best?;
        for k in [2.0, 4.0, 8.0] {
            if let Some(e) = efficacy(first / k) {
                if best.is_none_or(|b| e > b.0 + 1e-12) {
                    best = Some((e, first / k));
                }
            }
        }
        let (_, delta) = best?;
        // The cut, scaled back by δ: Σ δ·F(a/δ)·t_j − Σ_{c<0} |c|/(1−f0)·t_k ≤ δ·⌊β/δ⌋.
        let q = beta / delta;
        let f0 = q - q.floor();
        let mut pi = vec![0.0; n];
        let mut support: Vec<usize> = Vec::new();
        let mut put = |pi: &mut Vec<f64>, v: usize, c: f64| {
            if pi[v] == 0.0 {
                support.push(v);
            }
            pi[v] += c;
        };
        let mut rhs = delta * q.floor();
        for &(v, a, _, complemented) in &t {
            let g = delta * rounded(a / delta, f0);
            if g == 0.0 {
                continue;
            }
            if complemented {
                // g·(hi − x)
                rhs -= g * self.orig_var_maxs[v];
                put(&mut pi, v, -g);
            } else {
                // g·(x − lo)
                rhs += g * self.orig_var_mins[v];
                put(&mut pi, v, g);
            }
        }
        for c in conts.iter().filter(|c| c.coef < 0.0) {
            let w = c.coef / (1.0 - f0);
            for &(v, e) in &c.expr {
                put(&mut pi, v, w * e);
            }
            rhs -= w * c.constant;
        }
        support.sort_unstable();
        support.dedup();
        let scale = support.iter().map(|v| pi[*v].abs()).fold(0.0, f64::max);
        if scale == 0.0 || !scale.is_finite() || !rhs.is_finite() {
            return None;
        }
        // π·x ≤ rhs, as −π·x ≥ −rhs; tiny coefficients to the bound that gives most.
        let mut cut: Vec<(usize, f64)> = Vec::with_capacity(support.len());
        let mut ge_rhs = -rhs;
        for v in support {
            let p = -pi[v];
            if p.abs() >= 1e-9 * scale {
                cut.push((v, p));
                continue;
            }
            let most = (p * self.orig_var_mins[v]).max(p * self.orig_var_maxs[v]);
            if !most.is_finite() {
                return None;
            }
            ge_rhs -= most;
        }
        // A hair of slack for the rounding of the floats.
        ge_rhs -= 1e-9 * (1.0 + ge_rhs.abs()) + 1e-9 * scale;
        let lhs: f64 = cut.iter().map(|(v, p)| p * x[*v]).sum();
        let norm = cut.iter().map(|(_, p)| p * p).sum::<f64>().sqrt();
        let eff = (ge_rhs - lhs) / norm;
        (eff > 1e-6).then_some((eff, (cut, ge_rhs)))
    }
}

/// The mixed-integer rounding function: ⌊a⌋ + max(0, frac(a) − f0)/(1 − f0).
fn rounded(a: f64, f0: f64) -> f64 {
    let down = a.floor();
    let f = a - down;
    down + ((f - f0).max(0.0) / (1.0 - f0))
}

fn sparse_dot(a: &[(usize, f64)], b: &[(usize, f64)]) -> f64 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}
