//! The weighted-graph evaluation (docs/berakning.md §1) and its explanation.
//!
//! `value(v) = max(rating(v)/3, combine(children))`; `any` is a noisy-OR over priorities
//! relative to the most prioritised sibling, `all` a weighted sum. The explanation splits the
//! root's value into one contribution per path from a rated node to the root, and the
//! contributions add up to the value exactly (up to floating-point rounding; displayed numbers
//! are rounded with [`round_to_sum`] so that what is shown adds up too).

use std::collections::BTreeMap;

use crate::application::{Application, Support, strategy_day};
use crate::date::Date;
use crate::hierarchy::{Combine, Evaluator};
use crate::scenario::Part;

/// At most this many separate paths are listed per part; beyond it, contributions are summed
/// per rated node so that a pathological graph cannot explode the explanation.
const MAX_PATHS: usize = 2_000;

/// One rated node's share of a part's value, along one path to the root.
#[derive(Debug, Clone, PartialEq)]
pub struct Contribution {
    /// Node indices from the rated node up to and including the root.
    pub path: Vec<u32>,
    pub rating: u8,
    /// The share of the root's value, in the same unit (0–1).
    pub amount: f64,
    /// True when this stands for several paths merged (only in pathological graphs).
    pub merged_paths: bool,
}

/// Why a rated node contributes nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outweighed {
    /// The nodes below it are worth more than its own rating, so they speak for it.
    ByChildren,
    /// A rating higher up covers the whole subtree.
    FromAbove,
    /// The nodes it serves are already filled by other ratings (noisy-OR saturated), or every
    /// path to the root has weight 0: it adds nothing that is not already there.
    NoRoom,
}

/// The evaluation of one part for one application.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartResult {
    /// The root's value, 0–1.
    pub value: f64,
    pub contributions: Vec<Contribution>,
    /// Rated nodes (rating > 0) that contribute nothing, and why.
    pub outweighed: Vec<(u32, u8, Outweighed)>,
}

impl Evaluator {
    /// Evaluates the ratings `(node, 0–3)`. Ratings of unknown nodes must have been rejected
    /// when loading; a rating above 3 counts as 3.
    pub fn evaluate(&self, ratings: &[(u32, u8)]) -> PartResult {
        let n = self.ids.len();
        let mut rating = vec![0u8; n];
        for &(i, r) in ratings {
            if let Some(slot) = rating.get_mut(i as usize) {
                *slot = (*slot).max(r.min(3));
            }
        }
        if ratings.iter().all(|&(_, r)| r == 0) {
            return PartResult::default();
        }
        let mut value = vec![0.0f64; n];
        let mut combined = vec![0.0f64; n];
        for &v in &self.order {
            let v = v as usize;
            let c = self.combine_children(v, &value);
            combined[v] = c;
            value[v] = (f64::from(rating[v]) / 3.0).max(c);
        }
        let root = self.root as usize;
        let mut result = PartResult {
            value: value[root],
            ..PartResult::default()
        };
        let mut walk = Walk {
            eval: self,
            value: &value,
            combined: &combined,
            rating: &rating,
            path: Vec::new(),
            out: Vec::new(),
            reached: vec![false; n],
        };
        walk.descend(self.root, value[root]);
        result.contributions = merge_if_too_many(walk.out);
        let reached = walk.reached;
        // A node is covered when some node above it is decided by its own rating.
        let mut covered = vec![false; n];
        for &v in self.order.iter().rev() {
            let v = v as usize;
            let dominated = rating[v] > 0 && f64::from(rating[v]) / 3.0 >= combined[v];
            if dominated || covered[v] {
                for &(c, _) in &self.children[v] {
                    covered[c as usize] = true;
                }
            }
        }
        for v in 0..n {
            if rating[v] > 0 && !reached[v] {
                let why = if f64::from(rating[v]) / 3.0 < combined[v] {
                    Outweighed::ByChildren
                } else if covered[v] {
                    Outweighed::FromAbove
                } else {
                    Outweighed::NoRoom
                };
                result.outweighed.push((v as u32, rating[v], why));
            }
        }
        result
            .outweighed
            .sort_by(|a, b| self.ids[a.0 as usize].cmp(&self.ids[b.0 as usize]));
        result
    }

    fn combine_children(&self, v: usize, value: &[f64]) -> f64 {
        let kids = &self.children[v];
        match self.combine[v] {
            Combine::All => kids.iter().map(|&(c, w)| w * value[c as usize]).sum(),
            Combine::Any => {
                1.0 - kids
                    .iter()
                    .map(|&(c, q)| 1.0 - q * value[c as usize])
                    .product::<f64>()
            }
        }
    }

    /// Each child's share of `combine(v)`: for `all`, `w·value`; for `any`, in descending
    /// order of `q·value` (ties by id), `q·value · Π_earlier (1 − q·value)`.
    fn shares(&self, v: usize, value: &[f64]) -> Vec<(u32, f64)> {
        let kids = &self.children[v];
        match self.combine[v] {
            Combine::All => kids
                .iter()
                .map(|&(c, w)| (c, w * value[c as usize]))
                .collect(),
            Combine::Any => {
                let mut terms: Vec<(u32, f64)> = kids
                    .iter()
                    .map(|&(c, q)| (c, q * value[c as usize]))
                    .collect();
                // Stable: children are already in ascending id order, so ties keep it.
                terms.sort_by(|a, b| b.1.total_cmp(&a.1));
                let mut remaining = 1.0;
                terms
                    .into_iter()
                    .map(|(c, t)| {
                        let share = t * remaining;
                        remaining *= 1.0 - t;
                        (c, share)
                    })
                    .collect()
            }
        }
    }
}

struct Walk<'a> {
    eval: &'a Evaluator,
    value: &'a [f64],
    combined: &'a [f64],
    rating: &'a [u8],
    /// The current path from the root down (reversed when stored).
    path: Vec<u32>,
    out: Vec<Contribution>,
    reached: Vec<bool>,
}

impl Walk<'_> {
    fn descend(&mut self, v: u32, amount: f64) {
        if amount <= 0.0 {
            return;
        }
        let vi = v as usize;
        self.path.push(v);
        let own = f64::from(self.rating[vi]) / 3.0;
        if self.rating[vi] > 0 && own >= self.combined[vi] {
            self.reached[vi] = true;
            let mut path = self.path.clone();
            path.reverse();
            self.out.push(Contribution {
                path,
                rating: self.rating[vi],
                amount,
                merged_paths: false,
            });
        } else if self.combined[vi] > 0.0 {
            for (c, share) in self.eval.shares(vi, self.value) {
                if share > 0.0 {
                    self.descend(c, amount * share / self.combined[vi]);
                }
            }
        }
        self.path.pop();
    }
}

/// Keeps the first [`MAX_PATHS`] contributions and merges the rest per rated node.
fn merge_if_too_many(mut out: Vec<Contribution>) -> Vec<Contribution> {
    if out.len() <= MAX_PATHS {
        return out;
    }
    let rest = out.split_off(MAX_PATHS);
    for c in rest {
        match out
            .iter_mut()
            .find(|m| m.merged_paths && m.path[0] == c.path[0])
        {
            Some(m) => m.amount += c.amount,
            None => out.push(Contribution {
                path: vec![c.path[0], *c.path.last().unwrap_or(&c.path[0])],
                merged_paths: true,
                ..c
            }),
        }
    }
    out
}

/// Rounds `values` to `decimals` so that the rounded values add up to the rounded sum
/// (the largest-remainder method; ties go to the earlier value).
pub fn round_to_sum(values: &[f64], decimals: u32) -> Vec<f64> {
    let unit = 10f64.powi(decimals as i32);
    let total: f64 = values.iter().sum();
    let target = (total * unit).round() as i64;
    let floors: Vec<i64> = values.iter().map(|v| (v * unit).floor() as i64).collect();
    let mut missing = target - floors.iter().sum::<i64>();
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| {
        let ra = values[a] * unit - floors[a] as f64;
        let rb = values[b] * unit - floors[b] as f64;
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    let mut rounded = floors;
    for &i in order.iter().cycle().take(values.len().max(1) * 2) {
        if missing == 0 || values.is_empty() {
            break;
        }
        if missing > 0 {
            rounded[i] += 1;
            missing -= 1;
        } else if rounded[i] > 0 {
            rounded[i] -= 1;
            missing += 1;
        }
    }
    rounded.into_iter().map(|r| r as f64 / unit).collect()
}

/// The three parts' evaluators and their normalised weights: what a scenario scores with.
#[derive(Debug, Clone)]
pub struct Scorer {
    pub parts: BTreeMap<Part, Evaluator>,
    /// Normalised to sum 1.
    pub weights: BTreeMap<Part, f64>,
    /// The strategy in force by period, where nodes of the strategy graph have dates.
    in_force: InForce,
    /// The quality criteria of each pot, where criteria name their pots.
    by_pot: ByPot,
}

/// The quality criteria each pot's applications are judged by (`pots:` of a criterion in the
/// rules file): per pot, the quality evaluator without the other pots' criteria, their weights
/// shared among the pot's own.
#[derive(Debug, Clone, Default)]
pub(crate) struct ByPot {
    /// The quality evaluator's criterion index → the pots it applies to (empty: every pot).
    pots: Vec<(u32, Vec<Support>)>,
    /// By pot, the criteria not applying to it and the evaluator without them. Empty when
    /// every criterion applies to every pot.
    compiled: BTreeMap<Support, (Vec<bool>, Evaluator)>,
}

impl ByPot {
    pub(crate) fn new(pots: Vec<(u32, Vec<Support>)>) -> ByPot {
        ByPot {
            pots,
            compiled: BTreeMap::new(),
        }
    }

    /// The evaluators per pot for the quality evaluator `base`.
    fn compiled(&self, base: &Evaluator) -> ByPot {
        let compiled = if self.pots.iter().all(|(_, pots)| pots.is_empty()) {
            BTreeMap::new()
        } else {
            Support::ALL
                .iter()
                .map(|(_, pot)| {
                    let mut out = vec![false; base.len()];
                    for (i, pots) in &self.pots {
                        out[*i as usize] = !pots.is_empty() && !pots.contains(pot);
                    }
                    let e = base.without(&out);
                    (*pot, (out, e))
                })
                .collect()
        };
        ByPot {
            pots: self.pots.clone(),
            compiled,
        }
    }
}

/// The strategy graph as it stood in each period between the days its dated nodes came into
/// or went out of force (`valid_from`, `valid_to`). An application is scored against the
/// strategy in force on its day (`application::strategy_day`): a node not in force takes no
/// rating and serves nothing, and its siblings share its weight.
#[derive(Debug, Clone, Default)]
pub(crate) struct InForce {
    /// The alignment evaluator's node index → the node's first and last day.
    dates: Vec<(u32, Option<Date>, Option<Date>)>,
    /// The scenario's year, for applications without dates.
    year: i32,
    /// By first day (none: from the beginning), the nodes not in force and the evaluator
    /// without them. Empty when no node has dates.
    periods: Vec<(Option<Date>, Vec<bool>, Evaluator)>,
}

impl InForce {
    pub(crate) fn new(dates: Vec<(u32, Option<Date>, Option<Date>)>, year: i32) -> InForce {
        InForce {
            dates,
            year,
            periods: Vec::new(),
        }
    }

    /// The periods for the alignment evaluator `base`.
    fn compiled(&self, base: &Evaluator) -> InForce {
        let mut starts: Vec<Date> = self
            .dates
            .iter()
            .flat_map(|(_, from, to)| [*from, to.and_then(Date::next_day)])
            .flatten()
            .collect();
        starts.sort();
        starts.dedup();
        let periods = if starts.is_empty() {
            Vec::new()
        } else {
            let out_at = |day: Option<Date>| {
                let mut out = vec![false; base.len()];
                for (i, from, to) in &self.dates {
                    out[*i as usize] = match day {
                        // Before the first date only nodes with a start are not yet in force.
                        None => from.is_some(),
                        Some(day) => !crate::strategy::in_force(day, *from, *to),
                    };
                }
                out
            };
            std::iter::once(None)
                .chain(starts.into_iter().map(Some))
                .map(|start| {
                    let out = out_at(start);
                    let e = base.without(&out);
                    (start, out, e)
                })
                .collect()
        };
        InForce {
            dates: self.dates.clone(),
            year: self.year,
            periods,
        }
    }

    /// The nodes not in force and the evaluator in force on `day`; none when nothing is dated.
    fn at(&self, day: Option<Date>) -> Option<(&[bool], &Evaluator)> {
        let day = day?;
        self.periods
            .iter()
            .rev()
            .find(|(start, _, _)| start.is_none_or(|s| s <= day))
            .map(|(_, out, e)| (out.as_slice(), e))
    }
}

/// An application's score: the total 0–100 (or a given score) and, when computed, each part.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub total: f64,
    /// `None` when the score was given from outside (`score:` in the file).
    pub parts: Option<BTreeMap<Part, PartResult>>,
}

impl Score {
    pub fn is_given(&self) -> bool {
        self.parts.is_none()
    }

    /// A part's score 0–100, when computed.
    pub fn part(&self, part: Part) -> Option<f64> {
        self.parts
            .as_ref()
            .and_then(|p| p.get(&part))
            .map(|r| 100.0 * r.value)
    }
}

impl Scorer {
    /// A scorer over the parts' evaluators; the alignment part is scored against the strategy
    /// in force (`in_force`, built here from the alignment evaluator).
    pub(crate) fn new(
        parts: BTreeMap<Part, Evaluator>,
        weights: BTreeMap<Part, f64>,
        in_force: &InForce,
        by_pot: &ByPot,
    ) -> Scorer {
        let in_force = match parts.get(&Part::Alignment) {
            Some(base) => in_force.compiled(base),
            None => InForce::default(),
        };
        let by_pot = match parts.get(&Part::Quality) {
            Some(base) => by_pot.compiled(base),
            None => ByPot::default(),
        };
        Scorer {
            parts,
            weights,
            in_force,
            by_pot,
        }
    }

    /// The same scorer with other evaluators and weights (the strategy in force kept).
    pub(crate) fn with(
        &self,
        parts: BTreeMap<Part, Evaluator>,
        weights: BTreeMap<Part, f64>,
    ) -> Scorer {
        Scorer::new(parts, weights, &self.in_force, &self.by_pot)
    }

    /// The quality criteria not applying to the application's pot (an empty list when every
    /// criterion applies to every pot).
    pub fn not_for_pot(&self, app: &Application) -> Vec<&str> {
        let out = self
            .by_pot
            .compiled
            .get(&app.support)
            .map(|(out, _)| out.as_slice());
        self.flagged(Part::Quality, out)
    }

    /// The strategy nodes not in force on the application's day (an empty list when the
    /// graph has no dates).
    pub fn not_in_force(&self, app: &Application) -> Vec<&str> {
        let day = strategy_day(app.decision_date, app.received, self.in_force.year);
        let out = self.in_force.at(day).map(|(out, _)| out);
        self.flagged(Part::Alignment, out)
    }

    /// The ids of a part's nodes flagged in `out`.
    fn flagged(&self, part: Part, out: Option<&[bool]>) -> Vec<&str> {
        let (Some(out), Some(base)) = (out, self.parts.get(&part)) else {
            return Vec::new();
        };
        out.iter()
            .enumerate()
            .filter(|(_, gone)| **gone)
            .map(|(i, _)| base.id(i as u32))
            .collect()
    }

    /// Scores an application: its given score if it has one, else the weighted parts.
    pub fn score(&self, app: &Application) -> Score {
        if let Some(given) = app.given_score {
            return Score {
                total: given,
                parts: None,
            };
        }
        let mut parts = BTreeMap::new();
        let mut total = 0.0;
        let day = strategy_day(app.decision_date, app.received, self.in_force.year);
        let in_force = self.in_force.at(day);
        for (part, eval) in &self.parts {
            let (eval, out) = match (part, in_force) {
                (Part::Alignment, Some((out, e))) => (e, out),
                (Part::Quality, _) => match self.by_pot.compiled.get(&app.support) {
                    Some((out, e)) => (e, out.as_slice()),
                    None => (eval, &[][..]),
                },
                _ => (eval, &[][..]),
            };
            let ratings: Vec<(u32, u8)> = match part {
                Part::Alignment => app
                    .links
                    .iter()
                    .filter_map(|(id, r)| eval.index_of(id).map(|i| (i, *r)))
                    .filter(|(i, _)| !out.get(*i as usize).copied().unwrap_or(false))
                    .collect(),
                Part::Agenda2030 => app
                    .agenda2030
                    .iter()
                    .filter_map(|(g, r)| eval.index_of(&g.to_string()).map(|i| (i, *r)))
                    .collect(),
                Part::Quality => app
                    .criteria
                    .iter()
                    .filter_map(|(id, r)| eval.index_of(id).map(|i| (i, *r)))
                    .filter(|(i, _)| !out.get(*i as usize).copied().unwrap_or(false))
                    .collect(),
            };
            let result = eval.evaluate(&ratings);
            total += self.weights.get(part).copied().unwrap_or(0.0) * 100.0 * result.value;
            parts.insert(*part, result);
        }
        Score {
            total,
            parts: Some(parts),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hierarchy::{HNode, Hierarchy};

    fn node(id: &str, combine: Combine) -> HNode {
        HNode {
            id: id.into(),
            name: id.into(),
            combine,
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    fn total(result: &PartResult) -> f64 {
        result.contributions.iter().map(|c| c.amount).sum()
    }

    /// root(any) ← a, b (raw 1 and 2); a(any) ← x.
    fn small(root_combine: Combine) -> Evaluator {
        let mut h = Hierarchy::new(node("root", root_combine));
        for id in ["a", "b", "x"] {
            h.add_node(node(id, Combine::Any));
        }
        h.add_edge("a", "root", 1.0);
        h.add_edge("b", "root", 2.0);
        h.add_edge("x", "a", 1.0);
        h.compile().unwrap()
    }

    fn idx(e: &Evaluator, id: &str) -> u32 {
        e.index_of(id).unwrap()
    }

    #[test]
    fn any_is_noisy_or_over_relative_priorities() {
        let e = small(Combine::Any);
        // q_a = 1/2, q_b = 1; value(a) = 1 (rating 3), value(b) = 2/3.
        // combine = 1 − (1 − 0.5·1)(1 − 1·2/3) = 1 − 0.5·(1/3) = 5/6.
        let r = e.evaluate(&[(idx(&e, "a"), 3), (idx(&e, "b"), 2)]);
        assert!(close(r.value, 5.0 / 6.0));
        // Order by q·value: b (2/3) first, then a (1/2): b gets 2/3, a gets 1/2·1/3 = 1/6.
        let b = r
            .contributions
            .iter()
            .find(|c| c.path[0] == idx(&e, "b"))
            .unwrap();
        let a = r
            .contributions
            .iter()
            .find(|c| c.path[0] == idx(&e, "a"))
            .unwrap();
        assert!(close(b.amount, 2.0 / 3.0));
        assert!(close(a.amount, 1.0 / 6.0));
        assert!(close(total(&r), r.value));
    }

    #[test]
    fn a_focused_application_reaches_full_marks_under_any() {
        let e = small(Combine::Any);
        let r = e.evaluate(&[(idx(&e, "b"), 3)]);
        assert!(close(r.value, 1.0));
    }

    #[test]
    fn all_is_a_normalised_weighted_sum() {
        let e = small(Combine::All);
        // w_a = 1/3, w_b = 2/3; value(a) = 1, value(b) = 1/3 → 1/3 + 2/9 = 5/9.
        let r = e.evaluate(&[(idx(&e, "a"), 3), (idx(&e, "b"), 1)]);
        assert!(close(r.value, 5.0 / 9.0));
        assert!(close(total(&r), r.value));
    }

    #[test]
    fn a_rating_on_an_inner_node_outweighs_lower_ratings() {
        let e = small(Combine::Any);
        // a rated 3 directly, x below it rated 2: a's own rating (1) ≥ combine (2/3).
        let r = e.evaluate(&[(idx(&e, "a"), 3), (idx(&e, "x"), 2)]);
        // root: q_a = 1/2 → value 0.5.
        assert!(close(r.value, 0.5));
        assert_eq!(r.contributions.len(), 1);
        assert_eq!(r.contributions[0].path, vec![idx(&e, "a"), idx(&e, "root")]);
        assert_eq!(r.outweighed, vec![(idx(&e, "x"), 2, Outweighed::FromAbove)]);
    }

    #[test]
    fn an_inner_rating_below_its_children_contributes_nothing() {
        let e = small(Combine::Any);
        let r = e.evaluate(&[(idx(&e, "a"), 1), (idx(&e, "x"), 3)]);
        assert!(close(r.value, 0.5));
        assert_eq!(
            r.contributions[0].path,
            vec![idx(&e, "x"), idx(&e, "a"), idx(&e, "root")]
        );
        assert_eq!(
            r.outweighed,
            vec![(idx(&e, "a"), 1, Outweighed::ByChildren)]
        );
    }

    #[test]
    fn a_node_with_two_parents_contributes_to_both() {
        // root(all) ← p, q (equal); p(any) ← x; q(any) ← x.
        let mut h = Hierarchy::new(node("root", Combine::All));
        for id in ["p", "q", "x"] {
            h.add_node(node(id, Combine::Any));
        }
        h.add_edge("p", "root", 1.0);
        h.add_edge("q", "root", 1.0);
        h.add_edge("x", "p", 1.0);
        h.add_edge("x", "q", 1.0);
        let e = h.compile().unwrap();
        let r = e.evaluate(&[(idx(&e, "x"), 3)]);
        assert!(close(r.value, 1.0));
        assert_eq!(r.contributions.len(), 2);
        assert!(r.contributions.iter().all(|c| close(c.amount, 0.5)));
    }

    #[test]
    fn overridden_weights_change_the_value() {
        let mut h = Hierarchy::new(node("root", Combine::All));
        for id in ["a", "b"] {
            h.add_node(node(id, Combine::Any));
        }
        h.add_edge("a", "root", 1.0);
        h.add_edge("b", "root", 1.0);
        let before = h.compile().unwrap();
        let a = idx(&before, "a");
        assert!(close(before.evaluate(&[(a, 3)]).value, 0.5));
        h.set_weights_from("a", 3.0);
        let after = h.compile().unwrap();
        assert!(close(after.evaluate(&[(a, 3)]).value, 0.75));
    }

    #[test]
    fn no_ratings_score_zero() {
        let e = small(Combine::Any);
        let r = e.evaluate(&[]);
        assert_eq!(r.value, 0.0);
        assert!(r.contributions.is_empty());
    }

    #[test]
    fn rounding_keeps_the_sum() {
        let shown = round_to_sum(&[33.333, 33.333, 33.334], 1);
        assert!(close(shown.iter().sum::<f64>(), 100.0));
        let values = [24.04, 12.06, 8.03];
        let shown = round_to_sum(&values, 1);
        assert_eq!(shown, vec![24.0, 12.1, 8.0]);
        assert!(close(shown.iter().sum::<f64>(), 44.1));
        assert!(round_to_sum(&[], 1).is_empty());
    }
}
