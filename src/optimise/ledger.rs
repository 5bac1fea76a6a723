//! The exact books of an allocation, in kronor and öre (rust_decimal): what each pot, year,
//! cap and share adds up to, checked against the scenario's limits.
//!
//! This is written independently of the solver's floating-point model on purpose: the
//! allocation the model proposes is re-checked here, and rank-and-fund walks the ranking with
//! these books, so no limit is ever exceeded by a single öre.

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;

use crate::application::Support;
use crate::money::Sek;
use crate::optimise::model::{RowKind, applicant_key};
use crate::portfolio::Portfolio;
use crate::scenario::{ConstraintKind, Filter};

/// One broken limit.
#[derive(Debug, Clone, PartialEq)]
pub struct Breach {
    pub kind: RowKind,
    /// How much is used (or reached) against the limit, for messages.
    pub used: Decimal,
    pub limit: Decimal,
}

/// Splits a granted amount over the application's years in proportion to its requested split,
/// in whole kronor, with the rounding remainder in the last year.
pub(crate) fn year_split(p: &Portfolio, app: usize, amount: Sek) -> BTreeMap<i32, Sek> {
    let a = &p.applications[app];
    crate::application::split_years(&a.years, a.requested, amount)
}

/// Running totals of an allocation.
#[derive(Debug, Clone)]
pub struct Ledger<'p> {
    p: &'p Portfolio,
    /// Applications that may be funded (the model's variables), for coverage and shares.
    fundable: BTreeSet<usize>,
    pub funded: BTreeMap<usize, Sek>,
    pot: BTreeMap<Support, Sek>,
    pot_year: BTreeMap<(Support, i32), Sek>,
    future: Sek,
    committed: BTreeMap<(Support, i32), Sek>,
    committed_future: Sek,
    per_applicant: BTreeMap<String, Sek>,
    resources: BTreeMap<String, Decimal>,
    /// Per share constraint: (matching amount, pot amount).
    shares: BTreeMap<usize, (Decimal, Decimal)>,
    /// Grants decided in the scenario's year: booked before the allocation (the year's
    /// budget, shares, caps, resources, coverage), never part of it.
    decided: BTreeMap<usize, Sek>,
}

impl<'p> Ledger<'p> {
    pub fn new(p: &'p Portfolio, fundable: impl IntoIterator<Item = usize>) -> Ledger<'p> {
        let year = p.scenario.year;
        let mut committed: BTreeMap<(Support, i32), Sek> = BTreeMap::new();
        let mut committed_future = Sek::ZERO;
        for a in p.applications.iter().filter(|a| a.status.is_commitment()) {
            for (y, v) in &a.years {
                *committed.entry((a.support, *y)).or_default() += *v;
                if *y > year {
                    committed_future += *v;
                }
            }
        }
        for (y, pots) in &p.scenario.commitments {
            for (pot, v) in pots {
                *committed.entry((*pot, *y)).or_default() += *v;
                if *y > year {
                    committed_future += *v;
                }
            }
        }
        let mut books = Ledger {
            p,
            fundable: fundable.into_iter().collect(),
            funded: BTreeMap::new(),
            pot: BTreeMap::new(),
            pot_year: BTreeMap::new(),
            future: Sek::ZERO,
            committed,
            committed_future,
            per_applicant: BTreeMap::new(),
            resources: BTreeMap::new(),
            shares: BTreeMap::new(),
            decided: p.decided_in_year().collect(),
        };
        // Their later years are commitments already (above); the rest is booked here.
        for (app, amount) in books.decided.clone() {
            books.book_decided(app, amount);
        }
        books
    }

    /// Books a grant decided in the scenario's year: its pot, its applicant, its resources
    /// and the shares it is part of (not its later years: they are commitments).
    fn book_decided(&mut self, app: usize, amount: Sek) {
        let p = self.p;
        let a = &p.applications[app];
        *self.pot.entry(a.support).or_default() += amount;
        *self.per_applicant.entry(applicant_key(p, app)).or_default() += amount;
        for (name, v) in &a.resources {
            *self.resources.entry(name.clone()).or_default() += *v;
        }
        for k in 0..p.scenario.constraints.len() {
            if let Some((in_pot, matching)) = self.share_parts(k, app) {
                let entry = self.shares.entry(k).or_default();
                if in_pot {
                    entry.1 += amount.decimal();
                }
                if matching {
                    entry.0 += amount.decimal();
                }
            }
        }
    }

    /// The allocation and the grants decided in the scenario's year together: what the
    /// year's limits count.
    fn booked(&self) -> impl Iterator<Item = (&usize, &Sek)> {
        self.funded.iter().chain(self.decided.iter())
    }

    pub fn total(&self, pot: Support) -> Sek {
        self.pot.get(&pot).copied().unwrap_or_default()
    }

    /// Commitments of earlier grants and the scenario in all years after the decision year.
    pub(crate) fn committed_future(&self) -> Sek {
        self.committed_future
    }

    /// Commitments of earlier grants and the scenario in a pot's year.
    pub fn committed(&self, pot: Support, year: i32) -> Sek {
        self.committed
            .get(&(pot, year))
            .copied()
            .unwrap_or_default()
    }

    fn share_parts(&self, k: usize, app: usize) -> Option<(bool, bool)> {
        let ConstraintKind::Share { pot, filter, .. } = &self.p.scenario.constraints[k].kind else {
            return None;
        };
        let a = &self.p.applications[app];
        Some((
            a.support == *pot,
            a.support == *pot && filter.matches(a, self.p.strategy.hierarchy()),
        ))
    }

    fn book(&mut self, app: usize, amount: Sek, sign: Decimal) {
        let p = self.p;
        let a = &p.applications[app];
        let signed = |s: Sek| Sek::from_decimal(s.decimal() * sign);
        *self.pot.entry(a.support).or_default() += signed(amount);
        for (year, part) in year_split(p, app, amount) {
            if year > p.scenario.year {
                *self.pot_year.entry((a.support, year)).or_default() += signed(part);
                self.future += signed(part);
            }
        }
        *self.per_applicant.entry(applicant_key(p, app)).or_default() += signed(amount);
        for (name, v) in &a.resources {
            *self.resources.entry(name.clone()).or_default() += *v * sign;
        }
        for k in 0..p.scenario.constraints.len() {
            if let Some((in_pot, matching)) = self.share_parts(k, app) {
                let entry = self.shares.entry(k).or_default();
                if in_pot {
                    entry.1 += amount.decimal() * sign;
                }
                if matching {
                    entry.0 += amount.decimal() * sign;
                }
            }
        }
    }

    /// The books of an allocation (application index → granted amount).
    pub(crate) fn holding(
        p: &'p Portfolio,
        fundable: impl IntoIterator<Item = usize>,
        granted: &BTreeMap<usize, Sek>,
    ) -> Ledger<'p> {
        let mut books = Ledger::new(p, fundable);
        for (app, amount) in granted {
            books.add(*app, *amount);
        }
        books
    }

    pub fn add(&mut self, app: usize, amount: Sek) {
        if self.funded.contains_key(&app) {
            self.remove(app);
        }
        self.book(app, amount, Decimal::ONE);
        self.funded.insert(app, amount);
    }

    pub fn remove(&mut self, app: usize) {
        if let Some(amount) = self.funded.remove(&app) {
            self.book(app, amount, Decimal::NEGATIVE_ONE);
        }
    }

    /// The first limit that funding `app` with `amount` would break, among those rank-and-fund
    /// respects: budgets, frames, the ceiling, resources, caps per applicant, at_most_one,
    /// requires and share maximums. `None` if it fits. Costs only the limits it touches.
    pub(crate) fn would_break(&self, app: usize, amount: Sek) -> Option<Breach> {
        let p = self.p;
        let s = &p.scenario;
        let a = &p.applications[app];
        let pot = a.support;
        let breach =
            |kind: RowKind, used: Decimal, limit: Decimal| Some(Breach { kind, used, limit });
        if let Some(budget) = s.budget(pot) {
            let used = self.total(pot) + amount;
            if used > budget {
                return breach(RowKind::Budget(pot), used.decimal(), budget.decimal());
            }
        }
        let mut future = Sek::ZERO;
        for (year, part) in year_split(p, app, amount) {
            if year <= s.year {
                continue;
            }
            future += part;
            if let Some(frame) = s.planning_frames.get(&year).and_then(|f| f.get(&pot)) {
                let room = frame.saturating_sub(self.committed(pot, year));
                let used = self.pot_year.get(&(pot, year)).copied().unwrap_or_default() + part;
                if used > room {
                    return breach(RowKind::Frame(pot, year), used.decimal(), room.decimal());
                }
            }
        }
        if let Some(ceiling) = s.commitment_ceiling {
            let room = ceiling.saturating_sub(self.committed_future);
            if self.future + future > room {
                return breach(
                    RowKind::Ceiling,
                    (self.future + future).decimal(),
                    room.decimal(),
                );
            }
        }
        for (key, group) in &p.de_minimis_groups {
            if group.members.contains(&app) {
                let used = self.group_total(&group.members) + amount;
                if used > group.room {
                    return breach(
                        RowKind::DeMinimis(key.clone()),
                        used.decimal(),
                        group.room.decimal(),
                    );
                }
            }
        }
        for (k, c) in s.constraints.iter().enumerate() {
            match &c.kind {
                ConstraintKind::Resource { resource, max } => {
                    let used = self.resources.get(resource).copied().unwrap_or_default()
                        + a.resource(resource);
                    if a.resource(resource) > Decimal::ZERO && used > *max {
                        return breach(RowKind::Resource(k), used, *max);
                    }
                }
                ConstraintKind::PerApplicant { max } => {
                    let key = applicant_key(p, app);
                    let used = self.per_applicant.get(&key).copied().unwrap_or_default() + amount;
                    if used > *max {
                        return breach(
                            RowKind::PerApplicant(k, key),
                            used.decimal(),
                            max.decimal(),
                        );
                    }
                }
                ConstraintKind::AtMostOne { ids } => {
                    let others = ids
                        .iter()
                        .filter(|id| **id != a.id)
                        .any(|id| self.booked().any(|(i, _)| p.applications[*i].id == *id));
                    if ids.contains(&a.id) && others {
                        return breach(RowKind::AtMostOne(k), Decimal::TWO, Decimal::ONE);
                    }
                }
                ConstraintKind::Requires { id, requires } => {
                    let has = self
                        .funded
                        .keys()
                        .any(|i| p.applications[*i].id == *requires);
                    let before = p
                        .applications
                        .iter()
                        .any(|x| x.id == *requires && x.status.is_commitment());
                    if *id == a.id && !has && !before {
                        return breach(RowKind::Requires(k), Decimal::ONE, Decimal::ZERO);
                    }
                }
                ConstraintKind::Share { max: Some(max), .. } => {
                    if let Some((in_pot, matching)) = self.share_parts(k, app) {
                        let (part, total) = self.shares.get(&k).copied().unwrap_or_default();
                        let part = part
                            + if matching {
                                amount.decimal()
                            } else {
                                Decimal::ZERO
                            };
                        let total = total
                            + if in_pot {
                                amount.decimal()
                            } else {
                                Decimal::ZERO
                            };
                        if matching && part > *max * total {
                            return breach(RowKind::ShareMax(k), part, *max * total);
                        }
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// Every limit the allocation breaks, exactly. A limit that the grants decided in the
    /// year already break by themselves is the allocation's fault only where it adds to it:
    /// a maximum broken exactly as before is left out (a minimum is the allocation's to meet).
    pub fn breaches(&self) -> Vec<Breach> {
        let all = self.all_breaches();
        if self.decided.is_empty() {
            return all;
        }
        let before = Ledger::new(self.p, self.fundable.iter().copied()).all_breaches();
        all.into_iter()
            .filter(|b| b.kind.is_minimum() || !before.contains(b))
            .collect()
    }

    fn all_breaches(&self) -> Vec<Breach> {
        let p = self.p;
        let s = &p.scenario;
        let mut out = Vec::new();
        for (pot, budget) in s.budgets() {
            let used = self.total(pot);
            if used > budget {
                out.push(Breach {
                    kind: RowKind::Budget(pot),
                    used: used.decimal(),
                    limit: budget.decimal(),
                });
            }
        }
        for ((pot, year), used) in &self.pot_year {
            if let Some(frame) = s.planning_frames.get(year).and_then(|f| f.get(pot)) {
                let room = frame.saturating_sub(self.committed(*pot, *year));
                if *used > room {
                    out.push(Breach {
                        kind: RowKind::Frame(*pot, *year),
                        used: used.decimal(),
                        limit: room.decimal(),
                    });
                }
            }
        }
        if let Some(ceiling) = s.commitment_ceiling {
            let room = ceiling.saturating_sub(self.committed_future);
            if self.future > room {
                out.push(Breach {
                    kind: RowKind::Ceiling,
                    used: self.future.decimal(),
                    limit: room.decimal(),
                });
            }
        }
        for (k, c) in s.constraints.iter().enumerate() {
            self.named_breaches(k, &c.kind, &mut out);
        }
        for (key, group) in &p.de_minimis_groups {
            let used = self.group_total(&group.members);
            if used > group.room {
                out.push(Breach {
                    kind: RowKind::DeMinimis(key.clone()),
                    used: used.decimal(),
                    limit: group.room.decimal(),
                });
            }
        }
        out
    }

    /// What the applications `members` are granted together.
    fn group_total(&self, members: &[usize]) -> Sek {
        members
            .iter()
            .filter_map(|i| self.funded.get(i))
            .copied()
            .sum()
    }

    /// A share of the pot's allocation outside its bounds (none when nothing fundable matches).
    fn share_breaches(
        &self,
        k: usize,
        pot: Support,
        filter: &Filter,
        [min, max]: [Option<Decimal>; 2],
        out: &mut Vec<Breach>,
    ) {
        let p = self.p;
        let strategy = p.strategy.hierarchy();
        let matching = |i: usize| filter.matches(&p.applications[i], strategy);
        let in_pot = |i: &usize| p.applications[*i].support == pot;
        if !self
            .fundable
            .iter()
            .filter(|i| in_pot(i))
            .any(|i| matching(*i))
        {
            return;
        }
        let total: Decimal = self
            .booked()
            .filter(|(i, _)| in_pot(i))
            .map(|(_, a)| a.decimal())
            .sum();
        let part: Decimal = self
            .booked()
            .filter(|(i, _)| in_pot(i) && matching(**i))
            .map(|(_, a)| a.decimal())
            .sum();
        if let Some(min) = &min
            && part < *min * total
        {
            out.push(Breach {
                kind: RowKind::ShareMin(k),
                used: part,
                limit: *min * total,
            });
        }
        if let Some(max) = &max
            && part > *max * total
        {
            out.push(Breach {
                kind: RowKind::ShareMax(k),
                used: part,
                limit: *max * total,
            });
        }
    }

    /// Municipalities with fewer funded applications than the constraint asks (or than they
    /// have fundable ones).
    fn coverage_breaches(&self, k: usize, pot: Support, min_count: u32, out: &mut Vec<Breach>) {
        let p = self.p;
        let mut fundable: BTreeMap<&str, usize> = BTreeMap::new();
        let mut funded: BTreeMap<&str, usize> = BTreeMap::new();
        for i in self
            .fundable
            .iter()
            .filter(|i| p.applications[**i].support == pot)
        {
            for m in &p.applications[*i].municipalities {
                *fundable.entry(m.as_str()).or_default() += 1;
                if self.funded.contains_key(i) {
                    *funded.entry(m.as_str()).or_default() += 1;
                }
            }
        }
        let mut decided: BTreeMap<&str, usize> = BTreeMap::new();
        for i in self
            .decided
            .keys()
            .filter(|i| p.applications[**i].support == pot)
        {
            for m in &p.applications[*i].municipalities {
                *decided.entry(m.as_str()).or_default() += 1;
            }
        }
        for (m, count) in fundable {
            let already = decided.get(m).copied().unwrap_or(0);
            let need = (min_count as usize).min(count + already);
            let have = funded.get(m).copied().unwrap_or(0) + already;
            if have < need {
                out.push(Breach {
                    kind: RowKind::Coverage(k, m.to_string()),
                    used: Decimal::from(have as u64),
                    limit: Decimal::from(need as u64),
                });
            }
        }
    }

    fn named_breaches(&self, k: usize, kind: &ConstraintKind, out: &mut Vec<Breach>) {
        let p = self.p;
        match kind {
            ConstraintKind::Share {
                pot,
                filter,
                min,
                max,
            } => self.share_breaches(k, *pot, filter, [*min, *max], out),
            ConstraintKind::Coverage { pot, min_count } => {
                self.coverage_breaches(k, *pot, *min_count, out);
            }
            ConstraintKind::Resource { resource, max } => {
                let used: Decimal = self
                    .booked()
                    .map(|(i, _)| p.applications[*i].resource(resource))
                    .sum();
                if used > *max {
                    out.push(Breach {
                        kind: RowKind::Resource(k),
                        used,
                        limit: *max,
                    });
                }
            }
            ConstraintKind::PerApplicant { max } => {
                let mut per: BTreeMap<String, Sek> = BTreeMap::new();
                for (i, a) in self.booked() {
                    *per.entry(applicant_key(p, *i)).or_default() += *a;
                }
                for (who, used) in per {
                    if used > *max {
                        out.push(Breach {
                            kind: RowKind::PerApplicant(k, who),
                            used: used.decimal(),
                            limit: max.decimal(),
                        });
                    }
                }
            }
            ConstraintKind::AtMostOne { ids } => {
                let n = ids
                    .iter()
                    .filter(|id| self.booked().any(|(i, _)| p.applications[*i].id == **id))
                    .count();
                if n > 1 {
                    out.push(Breach {
                        kind: RowKind::AtMostOne(k),
                        used: Decimal::from(n as u64),
                        limit: Decimal::ONE,
                    });
                }
            }
            ConstraintKind::Requires { id, requires } => {
                let has = |x: &str| self.funded.keys().any(|i| p.applications[*i].id == x);
                let granted_before = p
                    .applications
                    .iter()
                    .any(|a| a.id == *requires && a.status.is_commitment());
                if has(id) && !has(requires) && !granted_before {
                    out.push(Breach {
                        kind: RowKind::Requires(k),
                        used: Decimal::ONE,
                        limit: Decimal::ZERO,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Equal parts stay equal and the remainder goes last: 2021-0001 asks 4 500 000 kr in
    /// three equal years.
    #[test]
    fn a_split_multiplies_before_it_divides() {
        let p = Portfolio::load(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/2021/bas.yaml"),
        )
        .expect("loads");
        let app = p
            .applications
            .iter()
            .position(|a| a.id == "2021-0001")
            .expect("2021-0001");
        let years: Vec<Sek> = year_split(&p, app, Sek::kr(3_499_998))
            .into_values()
            .collect();
        assert_eq!(years, vec![Sek::kr(1_166_666); 3]);
        let years: Vec<Sek> = year_split(&p, app, Sek::kr(3_500_000))
            .into_values()
            .collect();
        assert_eq!(
            years,
            vec![Sek::kr(1_166_666), Sek::kr(1_166_666), Sek::kr(1_166_668)]
        );
    }
}
