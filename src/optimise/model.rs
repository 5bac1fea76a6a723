//! The allocation as a mixed-integer model (docs/berakning.md §3), in a form of our
//! own that every solver backend and heuristic reads: one variable per fundable candidate, and
//! named rows `Σ terms ≤ rhs`.
//!
//! A variable has a decision `y ∈ {0, 1}` and, if it may be part-funded, an amount
//! `a ∈ [min·y, requested·y]`; otherwise its amount is `requested·y`. A row's term holds a
//! coefficient on `y` and one on `a`, so money rows treat both kinds alike.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::application::Support;
use crate::i18n::Text;
use crate::money::Sek;
use crate::portfolio::Portfolio;
use crate::ranking::rank;
use crate::scenario::{ConstraintKind, Objective};
use crate::text::optimise as msg;

/// What a row stands for, so that reports can name it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RowKind {
    /// The pot's budget for grants decided this year (all years' amounts).
    Budget(Support),
    /// A later year's planning frame for the pot, less earlier commitments.
    Frame(Support, i32),
    /// The commitment ceiling (bemyndigande) over all later years.
    Ceiling,
    /// The scenario's constraints, by index into `scenario.constraints`:
    /// a share's minimum and maximum,
    ShareMin(usize),
    ShareMax(usize),
    /// coverage in one municipality,
    Coverage(usize, String),
    Resource(usize),
    /// the cap for one applicant (organisation number, or name without one),
    PerApplicant(usize, String),
    AtMostOne(usize),
    Requires(usize),
    /// `requires` whose prerequisite cannot be funded at all: the dependent is blocked.
    Blocked(usize),
    /// The de minimis room of one single undertaking, by its key in
    /// `Portfolio::de_minimis_groups`: its candidates funded together fit under it.
    DeMinimis(String),
    /// Internal to counterfactual searches: the objective must reach a value.
    Objective,
    /// Internal to the solver: a cover inequality derived from the row with this index.
    Cut(usize),
}

impl RowKind {
    /// The row in words, for the reader's language.
    pub fn name(&self, p: &Portfolio) -> Text {
        let s = &p.scenario;
        let named = |k: usize| {
            Text::Plain(
                s.constraints
                    .get(k)
                    .map_or_else(String::new, |c| format!("\"{}\"", c.name)),
            )
        };
        match self {
            RowKind::Budget(pot) => {
                crate::tt!("optimise-row-budget", pot = pot.lower(), year = s.year)
            }
            RowKind::Frame(pot, year) => {
                crate::tt!("optimise-row-frame", pot = pot.lower(), year = *year)
            }
            RowKind::Ceiling => crate::tt!("optimise-row-ceiling"),
            RowKind::ShareMin(k) => crate::tt!("optimise-row-share-min", name = named(*k)),
            RowKind::ShareMax(k) => crate::tt!("optimise-row-share-max", name = named(*k)),
            RowKind::Coverage(k, municipality) => {
                crate::tt!("optimise-row-of", name = named(*k), of = municipality)
            }
            RowKind::PerApplicant(k, who) => {
                let name = p
                    .applications
                    .iter()
                    .find(|a| {
                        a.applicant.org_nr.as_deref() == Some(who.as_str())
                            || a.applicant.name == *who
                    })
                    .map_or(who.as_str(), |a| a.applicant.name.as_str());
                crate::tt!("optimise-row-of", name = named(*k), of = name)
            }
            RowKind::Requires(k) => match s.constraints.get(*k).map(|c| &c.kind) {
                Some(ConstraintKind::Requires { id, requires }) => crate::tt!(
                    "optimise-row-requires",
                    name = named(*k),
                    id = id.as_str(),
                    requires = requires.as_str()
                ),
                _ => named(*k),
            },
            RowKind::Resource(k) | RowKind::AtMostOne(k) => named(*k),
            RowKind::Blocked(k) => crate::tt!("optimise-row-blocked", name = named(*k)),
            RowKind::DeMinimis(key) => {
                let name = p
                    .de_minimis_groups
                    .get(key)
                    .map_or(key.as_str(), |g| g.name.as_str());
                crate::tt!("optimise-row-de-minimis", name = name)
            }
            RowKind::Objective => crate::tt!("optimise-row-objective"),
            RowKind::Cut(_) => crate::tt!("optimise-row-cut"),
        }
    }
}

impl RowKind {
    /// Limits that ask for more rather than less (rank-and-fund does not try to meet them).
    pub(crate) fn is_minimum(&self) -> bool {
        matches!(self, RowKind::ShareMin(_) | RowKind::Coverage(..))
    }

    /// The scenario constraint behind the row, if any.
    pub fn constraint(&self) -> Option<usize> {
        match self {
            RowKind::ShareMin(k)
            | RowKind::ShareMax(k)
            | RowKind::Coverage(k, _)
            | RowKind::Resource(k)
            | RowKind::PerApplicant(k, _)
            | RowKind::AtMostOne(k)
            | RowKind::Requires(k)
            | RowKind::Blocked(k) => Some(*k),
            _ => None,
        }
    }
}

/// `Σ (y_coef·y + a_coef·a) ≤ rhs` over the listed variables.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub kind: RowKind,
    pub terms: Vec<Term>,
    pub rhs: f64,
}

impl Row {
    /// The row's sum for decisions `y` and amounts `a` (one per variable of the model).
    pub fn lhs(&self, y: &[bool], a: &[f64]) -> f64 {
        self.terms
            .iter()
            .filter(|t| y[t.var])
            .map(|t| t.y + t.a * a[t.var])
            .sum()
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Term {
    pub(crate) var: usize,
    pub y: f64,
    pub a: f64,
}

/// A fundable candidate.
#[derive(Debug, Clone, PartialEq)]
pub struct Var {
    /// Index into `portfolio.applications`.
    pub app: usize,
    pub pot: Support,
    pub score: f64,
    pub requested: f64,
    /// The least amount if part-funding is allowed for it, else `None`.
    pub partial_min: Option<f64>,
    /// Objective per unit of `y` (non-partial) or of `a` (partial).
    pub objective: f64,
    /// A tiny bonus that breaks ties between equally good allocations in favour of the
    /// better-ranked applications (documented in ARCHITECTURE.md).
    pub tie: f64,
    /// `Some(true)` for must_fund, `Some(false)` when a counterfactual forbids it.
    pub lock: Option<bool>,
    /// Position in the ranking (0 = best).
    pub rank: usize,
}

impl Var {
    /// The objective of funding it fully.
    pub fn full_value(&self) -> f64 {
        match self.partial_min {
            Some(_) => self.objective * self.requested,
            None => self.objective,
        }
    }

    /// What the solver maximises for it funded with `amount` (its tie-break bonus included;
    /// the amount counts only where it may be part-funded).
    pub(crate) fn value_at(&self, amount: f64) -> f64 {
        match self.partial_min {
            Some(_) => self.objective * amount + self.tie,
            None => self.objective + self.tie,
        }
    }
}

/// The model of one scenario.
#[derive(Debug, Clone)]
pub struct Model {
    pub vars: Vec<Var>,
    pub rows: Vec<Row>,
    pub objective: Objective,
    /// Things worth telling the user (dropped constraints, unframed years).
    pub warnings: Vec<Text>,
}

impl Model {
    /// The model as a question, "some allocation worth at least `floor`?": its objective (with
    /// the tie-break bonuses when `ties`) as one more row, nothing left to maximise.
    pub(crate) fn at_least(&self, floor: f64, ties: bool) -> Model {
        let tie = |v: &Var| if ties { v.tie } else { 0.0 };
        let mut question = self.clone();
        question.rows.push(Row {
            kind: RowKind::Objective,
            terms: self
                .vars
                .iter()
                .enumerate()
                .map(|(var, v)| match v.partial_min {
                    Some(_) => Term {
                        var,
                        y: -tie(v),
                        a: -v.objective,
                    },
                    None => Term {
                        var,
                        y: -(v.objective + tie(v)),
                        a: 0.0,
                    },
                })
                .collect(),
            rhs: -floor,
        });
        for v in &mut question.vars {
            v.objective = 0.0;
            v.tie = 0.0;
        }
        question
    }
}

/// Half a unit of room in rows over counts: float noise never cuts off an allocation, and
/// there is no whole number in between to let in.
const COUNT_SLACK: f64 = 0.5;

/// Room in rows over money beyond the limit's whole kronor: a thousandth of a krona, for
/// float noise. Part-funded amounts are continuous in the model, so this room is a
/// relaxation (its bound stays valid for the exact rules) and must stay small, or the bound
/// drifts from what whole kronor can reach: half a krona was a millionth of a small portfolio.
pub(crate) const MONEY_ROOM: f64 = 1e-3;

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// A row over money: coefficient `c` on each listed variable's amount (its requested amount
/// on the decision where it cannot be part-funded). A part-funded amount is exact in the model;
/// whole kronor and the years' rounding are settled after the solve (`kronor`).
fn money_terms(vars: &[Var], pick: impl Fn(usize, &Var) -> Option<f64>) -> Vec<Term> {
    vars.iter()
        .enumerate()
        .filter_map(|(i, v)| {
            let c = pick(i, v)?;
            if c == 0.0 {
                return None;
            }
            Some(match v.partial_min {
                Some(_) => Term {
                    var: i,
                    y: 0.0,
                    a: c,
                },
                None => Term {
                    var: i,
                    y: c * v.requested,
                    a: 0.0,
                },
            })
        })
        .collect()
}

/// The right-hand side of a money row: whole kronor (amounts are whole kronor, so a limit
/// with öre is its floor), with room for float noise below one krona.
fn money_rhs(limit: Sek) -> f64 {
    f(limit.decimal().floor()) + MONEY_ROOM
}

/// Builds the model of a portfolio's scenario.
pub fn build(p: &Portfolio) -> Model {
    let s = &p.scenario;
    let ranking = rank(p);
    let mut vars: Vec<Var> = Vec::new();
    let index_of: BTreeMap<&str, usize> = p
        .applications
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    for (position, r) in ranking.iter().enumerate() {
        let app = r.app;
        let must = s.is_must_fund(&app.id);
        let below = s.min_score.is_some_and(|m| r.assessment.score.total < m);
        if !r.assessment.eligibility.eligible() || s.is_excluded(&app.id) || (below && !must) {
            continue;
        }
        if !s.budget_written.contains_key(&app.support)
            || r.assessment.eligibility.paid_nationally.is_some()
        {
            continue;
        }
        let requested = f(app.requested.decimal());
        let partial_min = if s.partial_funding {
            app.partial_min.map(|m| f(m.decimal()))
        } else {
            None
        };
        let score = r.assessment.score.total;
        let per_unit = match s.objective {
            // Under `rank` the order decides (optimise::lexi); its solves maximise the score.
            Objective::Score | Objective::Rank => score,
            Objective::Value => score * requested / 1_000_000.0,
        };
        vars.push(Var {
            app: index_of[app.id.as_str()],
            pot: app.support,
            score,
            requested,
            partial_min,
            objective: if partial_min.is_some() {
                per_unit / requested
            } else {
                per_unit
            },
            tie: 0.0,
            lock: must.then_some(true),
            rank: position,
        });
    }
    set_ties(&mut vars);
    let mut m = Model {
        vars,
        rows: Vec::new(),
        objective: s.objective,
        warnings: Vec::new(),
    };
    add_budget_rows(p, &mut m);
    add_named_rows(p, &mut m);
    m
}

impl Model {
    /// The least and the most a funded variable's term adds to its row, over the amounts the
    /// variable may take (a part-fundable one from its minimum to its request).
    pub(crate) fn term_span(&self, t: &Term) -> (f64, f64) {
        let v = &self.vars[t.var];
        let lo = t.a * v.partial_min.unwrap_or(v.requested);
        let hi = t.a * v.requested;
        (t.y + lo.min(hi), t.y + lo.max(hi))
    }

    /// Union-find: for every variable, a representative of its group, where two members are in
    /// one group when one of the chosen rows holds both. Non-members are alone.
    pub(crate) fn groups(
        &self,
        row: impl Fn(usize) -> bool,
        member: impl Fn(usize) -> bool,
    ) -> Vec<usize> {
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        let mut parent: Vec<usize> = (0..self.vars.len()).collect();
        for (r, terms) in self.rows.iter().enumerate().map(|(r, x)| (r, &x.terms)) {
            if !row(r) {
                continue;
            }
            let mut first: Option<usize> = None;
            for t in terms.iter().filter(|t| member(t.var)) {
                match first {
                    None => first = Some(t.var),
                    Some(f0) => {
                        let (a, b) = (root(&mut parent, f0), root(&mut parent, t.var));
                        if a != b {
                            parent[a.max(b)] = a.min(b);
                        }
                    }
                }
            }
        }
        (0..self.vars.len()).map(|i| root(&mut parent, i)).collect()
    }
}

/// Tie-break bonuses: together at most 1e-8 of the total objective, larger for better ranks.
pub(crate) fn set_ties(vars: &mut [Var]) {
    let total: f64 = vars.iter().map(|v| v.full_value().abs()).sum();
    let n = vars.len() as f64;
    for v in vars.iter_mut() {
        let weight = (n - v.rank as f64).max(1.0) / (n * (n + 1.0) / 2.0);
        v.tie = 1e-8 * total.max(1.0) * weight;
    }
}

fn year_share(p: &Portfolio, v: &Var, year: i32) -> f64 {
    let app = &p.applications[v.app];
    app.years
        .get(&year)
        .map_or(0.0, |amount| f(amount.decimal()) / v.requested)
}

fn add_budget_rows(p: &Portfolio, m: &mut Model) {
    let s = &p.scenario;
    for (pot, budget) in s.budgets() {
        let terms = money_terms(&m.vars, |_, v| (v.pot == pot).then_some(1.0));
        if !terms.is_empty() {
            // Grants decided in the year have used their part of it.
            let rhs = money_rhs(budget.saturating_sub(p.decided_total(pot)));
            m.rows.push(Row {
                kind: RowKind::Budget(pot),
                terms,
                rhs,
            });
        }
    }
    // Earlier grants' and the scenario's commitments, as the exact books count them.
    let books = crate::optimise::ledger::Ledger::new(p, std::iter::empty());
    // Later years: frames where the scenario gives them, a warning where grants reach a year
    // without one.
    let mut later: BTreeMap<(Support, i32), ()> = BTreeMap::new();
    for v in &m.vars {
        for year in p.applications[v.app].years.keys().filter(|y| **y > s.year) {
            later.insert((v.pot, *year), ());
        }
    }
    for (pot, year) in later.keys() {
        let frame = s
            .planning_frames
            .get(year)
            .and_then(|f| f.get(pot))
            .copied();
        let Some(frame) = frame else {
            m.warnings.push(msg::no_frame(pot.msg(), *year));
            continue;
        };
        let committed = books.committed(*pot, *year);
        if committed > frame {
            m.warnings
                .push(msg::frame_overcommitted(pot.msg(), *year, committed, frame));
        }
        let room = frame.saturating_sub(committed);
        let terms = money_terms(&m.vars, |_, v| {
            (v.pot == *pot).then(|| year_share(p, v, *year))
        });
        // A part-funded amount's part of a year before its last is rounded down in the exact
        // books, so it may hold up to a krona less than the model's share of it: the row gives
        // each such part a krona, so that the model never forbids what the exact rules allow
        // (its bound holds for them) — what it allows beyond them `kronor` takes back.
        let rounded_down = terms
            .iter()
            .filter(|t| {
                let v = &m.vars[t.var];
                let last = p.applications[v.app].years.keys().next_back();
                v.partial_min.is_some() && last != Some(year)
            })
            .count();
        if !terms.is_empty() {
            let rhs = money_rhs(room) + rounded_down as f64;
            m.rows.push(Row {
                kind: RowKind::Frame(*pot, *year),
                terms,
                rhs,
            });
        }
    }
    if let Some(ceiling) = s.commitment_ceiling {
        let years: std::collections::BTreeSet<i32> = later.keys().map(|(_, y)| *y).collect();
        let committed = books.committed_future();
        let terms = money_terms(&m.vars, |_, v| {
            let share: f64 = years.iter().map(|y| year_share(p, v, *y)).sum();
            Some(share)
        });
        if !terms.is_empty() {
            let rhs = money_rhs(ceiling.saturating_sub(committed));
            m.rows.push(Row {
                kind: RowKind::Ceiling,
                terms,
                rhs,
            });
        }
    }
}

/// The scenario's own constraints, one kind at a time (ARCHITECTURE.md, "Adding a constraint
/// kind").
fn add_named_rows(p: &Portfolio, m: &mut Model) {
    let strategy = p.strategy.hierarchy();
    let var_of: BTreeMap<&str, usize> = m
        .vars
        .iter()
        .enumerate()
        .map(|(i, v)| (p.applications[v.app].id.as_str(), i))
        .collect();
    for (k, c) in p.scenario.constraints.iter().enumerate() {
        match &c.kind {
            ConstraintKind::Share {
                pot,
                filter,
                min,
                max,
            } => {
                let matching: Vec<bool> = m
                    .vars
                    .iter()
                    .map(|v| filter.matches(&p.applications[v.app], strategy))
                    .collect();
                let decided = decided_share(p, *pot, filter);
                share_rows(m, k, &c.name, *pot, &matching, [*min, *max], decided);
            }
            ConstraintKind::Coverage { pot, min_count } => {
                coverage_rows(p, m, k, *pot, *min_count);
            }
            ConstraintKind::Resource { resource, max } => resource_row(p, m, k, resource, *max),
            ConstraintKind::PerApplicant { max } => per_applicant_rows(p, m, k, *max),
            ConstraintKind::AtMostOne { ids } => {
                let decided = p
                    .decided_in_year()
                    .any(|(i, _)| ids.contains(&p.applications[i].id));
                at_most_one_row(m, k, ids, &var_of, decided);
            }
            ConstraintKind::Requires { id, requires } => {
                requires_row(p, m, k, id, requires, &var_of);
            }
        }
    }
    de_minimis_rows(p, m);
}

/// Σ granted ≤ room for the candidates of one single undertaking, where together they ask
/// for more than the room (each alone fits: the rules have checked it).
fn de_minimis_rows(p: &Portfolio, m: &mut Model) {
    for (key, group) in &p.de_minimis_groups {
        let list: Vec<usize> = (0..m.vars.len())
            .filter(|i| group.members.contains(&m.vars[*i].app))
            .collect();
        let most: f64 = list.iter().map(|i| m.vars[*i].requested).sum();
        if list.len() < 2 || most <= f(group.room.decimal()) {
            continue;
        }
        let terms = money_terms(&m.vars, |i, _| list.contains(&i).then_some(1.0));
        m.rows.push(Row {
            kind: RowKind::DeMinimis(key.clone()),
            terms,
            rhs: money_rhs(group.room),
        });
    }
}

/// A share of the pot's allocation for the `matching` applications: at least the first
/// bound, at most the second.
fn share_rows(
    m: &mut Model,
    k: usize,
    name: &str,
    pot: Support,
    matching: &[bool],
    [min, max]: [Option<Decimal>; 2],
    (decided_part, decided_pot): (Decimal, Decimal),
) {
    let in_pot: Vec<usize> = (0..m.vars.len())
        .filter(|i| m.vars[*i].pot == pot)
        .collect();
    if !in_pot.iter().any(|i| matching[*i]) {
        m.warnings.push(msg::share_dropped(name));
        return;
    }
    for (bound, is_min) in [(min, true), (max, false)] {
        let Some(share) = bound else {
            continue;
        };
        // min: Σ_G a ≥ s·Σ_pot a  ⇔  Σ_pot (s − [G]) a ≤ 0; max: Σ_pot ([G] − s) a ≤ 0 —
        // times 10^d for a share of d decimals, so that every coefficient is a whole number
        // and the row is exact in whole kronor (0,3 − 1 is not exact in floating point).
        let d = share.normalize().scale().min(6);
        let scale = 10f64.powi(d as i32);
        let s_scaled = f(share * Decimal::from(10i64.pow(d))).round();
        let terms = money_terms(&m.vars, |i, v| {
            (v.pot == pot).then(|| {
                let g = if matching[i] { scale } else { 0.0 };
                if is_min { s_scaled - g } else { g - s_scaled }
            })
        });
        let kind = if is_min {
            RowKind::ShareMin(k)
        } else {
            RowKind::ShareMax(k)
        };
        // Grants decided in the year count as they are: the rows' constant side, in the
        // same whole-number scale (0 with nothing decided, which a pot with nothing funded
        // keeps: 0 ≥ s·0; the float noise of a true boundary case is left to the exact check).
        let constant = f(Decimal::from(10i64.pow(d)) * decided_part) - s_scaled * f(decided_pot);
        m.rows.push(Row {
            kind,
            terms,
            rhs: if is_min { constant } else { -constant },
        });
    }
}

/// What grants decided in the year give a share of `pot`: (matching, whole pot), in kronor.
fn decided_share(
    p: &Portfolio,
    pot: Support,
    filter: &crate::scenario::Filter,
) -> (Decimal, Decimal) {
    let strategy = p.strategy.hierarchy();
    let mut out = (Decimal::ZERO, Decimal::ZERO);
    for (i, amount) in p.decided_in_year() {
        let a = &p.applications[i];
        if a.support == pot {
            out.1 += amount.decimal();
            if filter.matches(a, strategy) {
                out.0 += amount.decimal();
            }
        }
    }
    out
}

/// At least `min_count` funded applications in each municipality with a candidate (grants
/// decided in the year count).
fn coverage_rows(p: &Portfolio, m: &mut Model, k: usize, pot: Support, min_count: u32) {
    let mut by_municipality: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, v) in m.vars.iter().enumerate().filter(|(_, v)| v.pot == pot) {
        for municipality in &p.applications[v.app].municipalities {
            by_municipality
                .entry(municipality.as_str())
                .or_default()
                .push(i);
        }
    }
    let mut decided: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, _) in p.decided_in_year() {
        let a = &p.applications[i];
        if a.support == pot {
            for municipality in &a.municipalities {
                *decided.entry(municipality.as_str()).or_default() += 1;
            }
        }
    }
    for (municipality, list) in by_municipality {
        let already = decided.get(municipality).copied().unwrap_or(0);
        let need = (min_count as usize).min(list.len() + already) as f64 - already as f64;
        if need <= 0.0 {
            continue;
        }
        let terms = list
            .iter()
            .map(|i| Term {
                var: *i,
                y: -1.0,
                a: 0.0,
            })
            .collect();
        m.rows.push(Row {
            kind: RowKind::Coverage(k, municipality.to_string()),
            terms,
            rhs: -need + COUNT_SLACK,
        });
    }
}

/// Σ resource · funded ≤ max.
fn resource_row(p: &Portfolio, m: &mut Model, k: usize, resource: &str, max: Decimal) {
    let terms: Vec<Term> = m
        .vars
        .iter()
        .enumerate()
        .filter_map(|(i, v)| {
            let r = f(p.applications[v.app].resource(resource));
            (r != 0.0).then_some(Term {
                var: i,
                y: r,
                a: 0.0,
            })
        })
        .collect();
    if !terms.is_empty() {
        let used: Decimal = p
            .decided_in_year()
            .map(|(i, _)| p.applications[i].resource(resource))
            .sum();
        // What the year's decisions have used; none left when they used it all.
        let max = f((max - used).max(Decimal::ZERO));
        m.rows.push(Row {
            kind: RowKind::Resource(k),
            terms,
            rhs: max + 1e-9 * max.abs().max(1.0),
        });
    }
}

/// Σ granted per applicant ≤ max, for each applicant who asks for more.
fn per_applicant_rows(p: &Portfolio, m: &mut Model, k: usize, max: Sek) {
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, v) in m.vars.iter().enumerate() {
        groups.entry(applicant_key(p, v.app)).or_default().push(i);
    }
    let mut decided: BTreeMap<String, Sek> = BTreeMap::new();
    for (i, amount) in p.decided_in_year() {
        *decided.entry(applicant_key(p, i)).or_default() += amount;
    }
    for (applicant, list) in groups {
        let room = max.saturating_sub(decided.get(&applicant).copied().unwrap_or_default());
        let most: f64 = list.iter().map(|i| m.vars[*i].requested).sum();
        if most <= f(room.decimal()) {
            continue;
        }
        let terms = money_terms(&m.vars, |i, _| list.contains(&i).then_some(1.0));
        let rhs = money_rhs(room);
        m.rows.push(Row {
            kind: RowKind::PerApplicant(k, applicant),
            terms,
            rhs,
        });
    }
}

/// At most one of `ids` funded (none when one of them was granted in the year).
fn at_most_one_row(
    m: &mut Model,
    k: usize,
    ids: &[String],
    var_of: &BTreeMap<&str, usize>,
    decided: bool,
) {
    let terms: Vec<Term> = ids
        .iter()
        .filter_map(|id| var_of.get(id.as_str()))
        .map(|i| Term {
            var: *i,
            y: 1.0,
            a: 0.0,
        })
        .collect();
    if terms.len() >= 2 || (decided && !terms.is_empty()) {
        let rhs = if decided { 0.0 } else { 1.0 };
        m.rows.push(Row {
            kind: RowKind::AtMostOne(k),
            terms,
            rhs: rhs + COUNT_SLACK,
        });
    }
}

/// `id` funded only if `requires` is: a row between them, or, when `requires` is no candidate
/// and not already granted, a row that keeps `id` out; and when `id` is granted already (a
/// recorded decision), a row that funds `requires`.
fn requires_row(
    p: &Portfolio,
    m: &mut Model,
    k: usize,
    id: &str,
    requires: &str,
    var_of: &BTreeMap<&str, usize>,
) {
    let Some(&j) = var_of.get(id) else {
        let granted = p
            .applications
            .iter()
            .any(|a| a.id == id && a.status.is_granted());
        if let (true, Some(&i)) = (granted, var_of.get(requires)) {
            m.rows.push(Row {
                kind: RowKind::Requires(k),
                terms: vec![Term {
                    var: i,
                    y: -1.0,
                    a: 0.0,
                }],
                rhs: -1.0 + COUNT_SLACK,
            });
        }
        return;
    };
    match var_of.get(requires) {
        Some(&i) => m.rows.push(Row {
            kind: RowKind::Requires(k),
            terms: vec![
                Term {
                    var: j,
                    y: 1.0,
                    a: 0.0,
                },
                Term {
                    var: i,
                    y: -1.0,
                    a: 0.0,
                },
            ],
            rhs: COUNT_SLACK,
        }),
        None => {
            let granted = p
                .applications
                .iter()
                .any(|a| a.id == requires && a.status.is_commitment());
            if !granted {
                m.rows.push(Row {
                    kind: RowKind::Blocked(k),
                    terms: vec![Term {
                        var: j,
                        y: 1.0,
                        a: 0.0,
                    }],
                    rhs: COUNT_SLACK,
                });
            }
        }
    }
}

/// Applicants are the same when their organisation numbers are; without one, their names.
pub(crate) fn applicant_key(p: &Portfolio, app: usize) -> String {
    let a = &p.applications[app].applicant;
    a.org_nr.clone().unwrap_or_else(|| a.name.clone())
}
