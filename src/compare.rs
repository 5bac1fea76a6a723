//! What differs between two scenarios' allocations: which applications entered, left or
//! changed amount, and how the money moved per pot, year, deciding body, municipality and RUS
//! målområde (docs/berakning.md §4).

use std::collections::{BTreeMap, BTreeSet};

use crate::i18n::Msg;
use crate::money::Sek;
use crate::optimise::Allocation;
use crate::portfolio::Portfolio;
use crate::ranking::explain;
use crate::scenario::Part;
use crate::strategy::Level;

/// A way to add money up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Pot,
    Year,
    DecisionBody,
    Municipality,
    Malomrade,
}

impl Dimension {
    /// The dimension's name shown to people, in the current language.
    pub fn name(self) -> &'static str {
        match self {
            Dimension::Pot => Msg("compare-dimension-pot"),
            Dimension::Year => Msg("compare-dimension-year"),
            Dimension::DecisionBody => Msg("compare-dimension-decision-body"),
            Dimension::Municipality => Msg("compare-dimension-municipality"),
            Dimension::Malomrade => Msg("compare-dimension-malomrade"),
        }
        .text()
    }
}

/// One total in both scenarios.
#[derive(Debug, Clone, PartialEq)]
pub struct Moved {
    pub dimension: Dimension,
    pub key: String,
    pub a: Sek,
    pub b: Sek,
}

/// An application funded in both, with different amounts.
#[derive(Debug, Clone, PartialEq)]
pub struct Changed {
    pub id: String,
    pub a: Sek,
    pub b: Sek,
}

/// The difference between two allocations.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Funded in B, not in A: (id, amount in B).
    pub entered: Vec<(String, Sek)>,
    /// Funded in A, not in B: (id, amount in A).
    pub left: Vec<(String, Sek)>,
    pub changed: Vec<Changed>,
    /// Totals that differ (all of them where `all` was asked).
    pub moved: Vec<Moved>,
}

impl Comparison {
    pub fn is_empty(&self) -> bool {
        self.entered.is_empty()
            && self.left.is_empty()
            && self.changed.is_empty()
            && self.moved.iter().all(|m| m.a == m.b)
    }
}

/// The money of an allocation added up by every dimension.
pub(crate) fn totals(p: &Portfolio, a: &Allocation) -> BTreeMap<(Dimension, String), Sek> {
    let mut out: BTreeMap<(Dimension, String), Sek> = BTreeMap::new();
    let mut add =
        |d: Dimension, key: String, amount: Sek| *out.entry((d, key)).or_default() += amount;
    for f in &a.funded {
        let app = &p.applications[f.app];
        add(Dimension::Pot, app.support.name().to_string(), f.amount);
        for (year, v) in &f.years {
            add(Dimension::Year, year.to_string(), *v);
        }
        add(Dimension::DecisionBody, f.decision_body.clone(), f.amount);
        for (m, share) in split_evenly(f.amount, &app.municipalities) {
            add(Dimension::Municipality, m, share);
        }
        for (node, share) in by_malomrade(p, f.app, f.amount) {
            add(Dimension::Malomrade, node, share);
        }
    }
    out
}

/// An amount split evenly over names, whole kronor, the remainder to the first.
pub(crate) fn split_evenly(amount: Sek, names: &[String]) -> Vec<(String, Sek)> {
    if names.is_empty() {
        return vec![(crate::text::compare::NO_MUNICIPALITY.to_string(), amount)];
    }
    let n = rust_decimal::Decimal::from(names.len() as u64);
    let each = Sek::from_decimal((amount.decimal() / n).floor());
    let rest = amount.saturating_sub(Sek::from_decimal(each.decimal() * n));
    names
        .iter()
        .enumerate()
        .map(|(i, m)| (m.clone(), if i == 0 { each + rest } else { each }))
        .collect()
}

/// An application's amount split over the RUS målområden its alignment flows through, in
/// proportion to the contributions (§1, "Money per node"); "ej kopplad" without alignment.
pub fn by_malomrade(p: &Portfolio, app: usize, amount: Sek) -> Vec<(String, Sek)> {
    let unlinked = || vec![(crate::text::compare::UNLINKED.to_string(), amount)];
    let explanation = explain(p, &p.applications[app], &p.assessments[app]);
    let Some(part) = explanation.parts.iter().find(|x| x.part == Part::Alignment) else {
        return unlinked();
    };
    let mut weights: BTreeMap<String, f64> = BTreeMap::new();
    for line in &part.lines {
        let area = line
            .nodes
            .iter()
            .find(|id| {
                p.strategy
                    .node(id)
                    .is_some_and(|n| n.level == Level::Malomrade)
            })
            .and_then(|id| p.strategy.node(id))
            .map_or_else(
                || crate::text::compare::UNLINKED.to_string(),
                |n| n.name.clone(),
            );
        *weights.entry(area).or_default() += line.points;
    }
    let total: f64 = weights.values().sum();
    if total <= 0.0 {
        return unlinked();
    }
    let mut out = Vec::new();
    let mut given = Sek::ZERO;
    let count = weights.len();
    for (k, (area, w)) in weights.into_iter().enumerate() {
        let share = if k + 1 == count {
            amount.saturating_sub(given)
        } else {
            let d = rust_decimal::Decimal::from_f64_retain(w / total).unwrap_or_default();
            Sek::from_decimal((amount.decimal() * d).floor())
        };
        given += share;
        out.push((area, share));
    }
    out
}

/// Where a målområde (by the name `by_malomrade` gives) stands in the RUS: by the first
/// numbered delmål under it ("Delmål 1" before "Delmål 8"), else by its name; money linked to
/// no målområde last.
pub(crate) fn area_order(p: &Portfolio, area: &str) -> (bool, String) {
    let natural = crate::format::natural_key;
    let Some(node) = p
        .strategy
        .nodes()
        .find(|n| n.level == Level::Malomrade && n.name == area)
    else {
        return (true, natural(area));
    };
    let first = p
        .strategy
        .hierarchy()
        .children(&node.id)
        .iter()
        .filter_map(|c| p.strategy.node(c))
        .filter(|n| n.name.chars().any(|c| c.is_ascii_digit()))
        .map(|n| natural(&n.name))
        .min();
    (false, first.unwrap_or_else(|| natural(area)))
}

/// Compares allocation `b` (in portfolio `pb`) with allocation `a` (in `pa`). Applications are
/// matched by id.
pub fn compare(pa: &Portfolio, a: &Allocation, pb: &Portfolio, b: &Allocation) -> Comparison {
    let funded = |p: &Portfolio, x: &Allocation| -> BTreeMap<String, Sek> {
        x.funded
            .iter()
            .map(|f| (p.applications[f.app].id.clone(), f.amount))
            .collect()
    };
    let (fa, fb) = (funded(pa, a), funded(pb, b));
    let entered = fb
        .iter()
        .filter(|(id, _)| !fa.contains_key(*id))
        .map(|(id, v)| (id.clone(), *v))
        .collect();
    let left = fa
        .iter()
        .filter(|(id, _)| !fb.contains_key(*id))
        .map(|(id, v)| (id.clone(), *v))
        .collect();
    let changed = fa
        .iter()
        .filter_map(|(id, va)| {
            fb.get(id).filter(|vb| *vb != va).map(|vb| Changed {
                id: id.clone(),
                a: *va,
                b: *vb,
            })
        })
        .collect();
    let (ta, tb) = (totals(pa, a), totals(pb, b));
    let keys: BTreeSet<&(Dimension, String)> = ta.keys().chain(tb.keys()).collect();
    let moved = keys
        .into_iter()
        .map(|k| Moved {
            dimension: k.0,
            key: k.1.clone(),
            a: ta.get(k).copied().unwrap_or_default(),
            b: tb.get(k).copied().unwrap_or_default(),
        })
        .filter(|m| m.a != m.b)
        .collect();
    Comparison {
        entered,
        left,
        changed,
        moved,
    }
}
