//! A loaded scenario with everything it draws on — strategy graph, Agenda 2030, rules,
//! applications — checked across files, scored and judged. Valid by construction: code that
//! receives a [`Portfolio`] does not check it again.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::agenda2030::{self, Agenda};
use crate::application::{Application, Support};
use crate::date::Date;
use crate::deminimis::Register;
use crate::files;
use crate::hierarchy::{Combine, HNode, Hierarchy, HierarchyError};
use crate::money::Sek;
use crate::problem::{Diag, Loc, Problem, suggestion};
use crate::rules::{Eligibility, Rulebook};
use crate::scenario::{ConstraintKind, EdgeSelector, Filter, Part, Scenario};
use crate::score::{Score, Scorer};
use crate::strategy::StrategyGraph;
use crate::text::files as msg;

/// The id of the quality part's root.
pub(crate) const QUALITY_ROOT: &str = "kvalitet";

/// What the preparation meeting knows about one application before any allocation.
#[derive(Debug, Clone)]
pub struct Assessment {
    pub score: Score,
    pub eligibility: Eligibility,
    /// The body that decides on the requested amount (preliminary; the optimiser decides on
    /// the granted amount).
    pub decision_body: String,
    /// The date whose rules were applied.
    pub(crate) rules_date: Date,
}

/// Candidates that count against one de minimis room: two or more eligible ones whose forms
/// are given as de minimis, from one organisation or one single undertaking, under the
/// ceiling of one of them.
#[derive(Debug, Clone, PartialEq)]
pub struct DeMinimisGroup {
    /// The undertaking's name, or the applicant's where it stands alone.
    pub name: String,
    /// Indices into `applications`.
    pub members: Vec<usize>,
    /// The room that member's own check found: funded together, the members' grants fit
    /// under it (conservative: a grant decided later than it counts here too).
    pub room: Sek,
}

/// Everything a scenario needs, loaded and checked.
#[derive(Debug, Clone)]
pub struct Portfolio {
    pub scenario: Scenario,
    pub strategy: StrategyGraph,
    pub agenda: Agenda,
    pub rules: Rulebook,
    pub applications: Vec<Application>,
    /// Aligned with `applications`.
    pub assessments: Vec<Assessment>,
    pub scorer: Scorer,
    /// The de minimis register as its file holds it (empty when the scenario names none).
    pub register_file: Register,
    /// The register with this tool's own grants added: what the de minimis checks count.
    pub register: Register,
    /// Candidates of one single undertaking whose de minimis aid shares a room: each is
    /// checked alone, and the optimiser keeps them together under each one's room (a limit
    /// per candidate, by key).
    pub de_minimis_groups: BTreeMap<String, DeMinimisGroup>,
    /// The municipalities' codes and population, where the scenario names a file.
    pub municipalities: Option<crate::municipality::Municipalities>,
    /// Warnings found while loading (errors prevent a portfolio).
    pub warnings: Vec<Problem>,
}

impl Portfolio {
    /// Loads a scenario file and everything it names. On failure, every problem found (errors
    /// and warnings), sorted by file and place.
    pub fn load(path: &Path) -> Result<Portfolio, Vec<Problem>> {
        let mut d = Diag::new();
        let portfolio = load_into(path, &mut d);
        match portfolio {
            Some(mut p) if !d.has_errors() => {
                p.warnings = d.into_sorted();
                Ok(p)
            }
            _ => Err(d.into_sorted()),
        }
    }

    /// Grants decided in the scenario's own year (granted, with a decision date in it) and
    /// what each was granted: they have used the year's budget and count in its shares,
    /// coverage, caps per applicant and resources (ARCHITECTURE.md, "Decisions").
    pub(crate) fn decided_in_year(&self) -> impl Iterator<Item = (usize, Sek)> + '_ {
        let year = self.scenario.year;
        self.applications
            .iter()
            .enumerate()
            .filter(move |(_, a)| {
                a.status.is_granted() && a.decision_date.is_some_and(|d| d.year() == year)
            })
            .map(|(i, a)| (i, a.granted()))
    }

    /// What grants decided in the scenario's year have used of a pot's budget.
    pub fn decided_total(&self, pot: Support) -> Sek {
        self.decided_in_year()
            .filter(|(i, _)| self.applications[*i].support == pot)
            .map(|(_, a)| a)
            .sum()
    }

    pub fn application(&self, id: &str) -> Option<(&Application, &Assessment)> {
        self.applications
            .iter()
            .position(|a| a.id == id)
            .map(|i| (&self.applications[i], &self.assessments[i]))
    }

    /// The quality criteria the scenario's year scores by.
    pub fn criteria(&self) -> Vec<crate::rules::Criterion> {
        criteria_of_year(&self.rules, self.scenario.year)
    }

    /// Ids of all applications, for "did you mean".
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.applications.iter().map(|a| a.id.as_str())
    }

    /// The same strategy, rules and weights with other applications or another scenario:
    /// everything is scored, judged and checked again.
    pub fn rebuild(
        &self,
        scenario: Scenario,
        applications: Vec<Application>,
    ) -> Result<Portfolio, Vec<Problem>> {
        self.reassemble(scenario, applications, self.register_file.clone())
    }

    /// The same scenario and applications with another de minimis register file (an aid
    /// entered in the browser): everything is judged and checked again.
    pub fn with_register(&self, register: Register) -> Result<Portfolio, Vec<Problem>> {
        self.reassemble(self.scenario.clone(), self.applications.clone(), register)
    }

    fn reassemble(
        &self,
        scenario: Scenario,
        applications: Vec<Application>,
        register: Register,
    ) -> Result<Portfolio, Vec<Problem>> {
        let mut d = Diag::new();
        let p = assemble(
            scenario,
            self.strategy.clone(),
            self.agenda.clone(),
            self.rules.clone(),
            register,
            applications,
            &mut d,
        );
        match p {
            Some(mut p) if !d.has_errors() => {
                p.warnings = d.into_sorted();
                p.municipalities = self.municipalities.clone();
                Ok(p)
            }
            _ => Err(d.into_sorted()),
        }
    }
}

/// The quality criteria of the rules in force on the first of January of `year` (all criteria
/// of every period when that period has none).
fn criteria_of_year(rules: &Rulebook, year: i32) -> Vec<crate::rules::Criterion> {
    Date::first_of_year(year)
        .and_then(|date| rules.at(date))
        .map(|set| set.quality_criteria.clone())
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| rules.all_criteria().into_values().cloned().collect())
}

fn load_into(path: &Path, d: &mut Diag) -> Option<Portfolio> {
    let scenario = files::scenario::load(path, d)?;
    // A file the scenario names that does not exist has been reported at the scenario's line
    // that names it; reading it would only report it a second time.
    let sources = &scenario.sources;
    let present = |p: &Path| p.is_file();
    let strategy = present(&sources.strategy)
        .then(|| files::strategy::load(&sources.strategy, d))
        .flatten();
    let agenda = present(&sources.agenda2030)
        .then(|| files::agenda::load(&sources.agenda2030, d))
        .flatten();
    let rules = present(&sources.rules)
        .then(|| files::rules::load(&sources.rules, d))
        .flatten();
    let register = match &sources.aid_register {
        Some(path) if present(path) => files::register::load(path, d),
        Some(_) => None,
        None => Some(Register::default()),
    };
    if !present(&sources.applications) {
        return None;
    }
    let (strategy, agenda, rules, register) = (strategy?, agenda?, rules?, register?);
    let all_criteria = rules.all_criteria();
    let refs = files::applications::Refs {
        strategy: &strategy,
        agenda: &agenda,
        criteria: all_criteria,
        year: scenario.year,
    };
    let mut applications = files::applications::load(&scenario.sources.applications, &refs, d)?;
    let overlay = files::applications::overlay_path(&scenario.sources.applications);
    if overlay.is_file()
        && let Some(root) = files::read_yaml(&overlay, d)
    {
        files::applications::apply_overlay(&root, &refs, &mut applications, d);
    }
    let decisions = files::decisions::path(&scenario.sources.applications);
    if decisions.is_file()
        && let Some(root) = files::read_yaml(&decisions, d)
    {
        files::decisions::apply(&root, &rules, &mut applications, d);
    }
    let municipalities = match &scenario.sources.municipalities {
        Some(path) if present(path) => Some(files::municipalities::load(path, d)?),
        _ => None,
    };
    if let (Some(m), Some(path)) = (&municipalities, &scenario.sources.municipalities) {
        let file = files::tidy(path).to_string_lossy().into_owned();
        for name in &strategy.municipalities {
            if m.get(name).is_none() {
                d.warning(
                    &Loc::new(std::sync::Arc::from(file.as_str()), 1, 1),
                    "municipalities",
                    msg::municipality_not_in_file(name),
                );
            }
        }
    }
    let mut p = assemble(scenario, strategy, agenda, rules, register, applications, d)?;
    p.municipalities = municipalities;
    Some(p)
}

/// A lock (must_fund, exclude) on an application whose decision has been recorded since no
/// longer applies: the decision is what happened, so the lock is dropped with a warning at its
/// line, never an error that would stop the scenario from loading.
fn drop_decided_locks(scenario: &mut Scenario, applications: &[Application], d: &mut Diag) {
    let decided = |id: &str| {
        applications
            .iter()
            .find(|a| a.id == id)
            .and_then(|a| a.decision.as_ref())
    };
    for (locks, key) in [
        (&mut scenario.must_fund, "must_fund"),
        (&mut scenario.exclude, "exclude"),
    ] {
        locks.retain(|lock| match decided(&lock.id) {
            Some(decision) => {
                d.warning(
                    &lock.loc,
                    key,
                    msg::lock_on_decided(&lock.id, decision.granted, decision.date),
                );
                false
            }
            None => true,
        });
    }
}

/// Builds a portfolio from parts already read: scores, judges and cross-checks them. Used by
/// loading, and by whoever changes a loaded portfolio (tests, the web UI's edits).
pub(crate) fn assemble(
    scenario: Scenario,
    strategy: StrategyGraph,
    agenda: Agenda,
    rules: Rulebook,
    register_file: Register,
    applications: Vec<Application>,
    d: &mut Diag,
) -> Option<Portfolio> {
    let mut scenario = scenario;
    drop_decided_locks(&mut scenario, &applications, d);
    let scorer = build_scorer(&scenario, &strategy, &agenda, &rules, d)?;
    check_scenario(&scenario, &strategy, &agenda, &applications, d);
    let register = with_own_grants(&register_file, &rules, &applications);
    files::register::check_against_own_grants(&register, d);

    let mut assessments = Vec::with_capacity(applications.len());
    for app in &applications {
        let Some(rules_date) = app
            .decision_date
            .or(app.received)
            .or_else(|| Date::first_of_year(scenario.year))
        else {
            continue;
        };
        if app.decision_date.is_none() && app.status.is_candidate() {
            d.warning(
                &app.loc,
                "decision_date",
                msg::no_decision_date(&app.id, rules_date),
            );
        }
        let Some(set) = rules.at(rules_date) else {
            d.error(
                &app.loc,
                "decision_date",
                msg::no_rules_at(&app.id, rules_date),
            );
            continue;
        };
        let eligibility = set.check(app, rules_date, &register);
        let total: Sek = app.requested;
        assessments.push(Assessment {
            score: scorer.score(app),
            decision_body: set.decision_body(app.support, total).to_string(),
            eligibility,
            rules_date,
        });
    }
    if assessments.len() != applications.len() {
        return None;
    }
    for lock in &scenario.must_fund {
        if let Some(i) = applications.iter().position(|a| a.id == lock.id)
            && !assessments[i].eligibility.eligible()
        {
            d.error(&lock.loc, "must_fund", msg::must_fund_ineligible(&lock.id));
        } else if let Some(i) = applications.iter().position(|a| a.id == lock.id)
            && assessments[i].eligibility.paid_nationally.is_some()
        {
            d.error(
                &lock.loc,
                "must_fund",
                msg::must_fund_paid_nationally(&lock.id),
            );
        }
    }
    let de_minimis_groups = de_minimis_groups(&applications, &assessments, &register);
    Some(Portfolio {
        de_minimis_groups,
        scenario,
        strategy,
        agenda,
        rules,
        applications,
        assessments,
        scorer,
        register_file,
        register,
        municipalities: None,
        warnings: Vec::new(),
    })
}

/// The limits on candidates that share a de minimis room: for each eligible candidate of a
/// single undertaking (or organisation number) with others, the candidates whose grants count
/// against its ceiling (all of them under SGEI de minimis, the general ones under general de
/// minimis) fit together in the room its own check found. Only limits over two or more.
/// (Granted applications are in the register already and count in each candidate's room.)
fn de_minimis_groups(
    applications: &[Application],
    assessments: &[Assessment],
    register: &Register,
) -> BTreeMap<String, DeMinimisGroup> {
    use crate::deminimis::Regulation;
    // Eligible candidates by the undertaking their aid counts with.
    let mut by_undertaking: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, (app, a)) in applications.iter().zip(assessments).enumerate() {
        let (Some(_), Some(org_nr)) = (&a.eligibility.de_minimis, &app.applicant.org_nr) else {
            continue;
        };
        if !app.status.is_candidate() || !a.eligibility.eligible() {
            continue;
        }
        let key = match register.undertaking_of(org_nr) {
            Some(u) => format!("u{}", crate::deminimis::digits(&u.members[0])),
            None => crate::deminimis::digits(org_nr),
        };
        by_undertaking.entry(key).or_default().push(i);
    }
    let mut out = BTreeMap::new();
    for (key, list) in by_undertaking {
        for &j in &list {
            let Some(status) = &assessments[j].eligibility.de_minimis else {
                continue;
            };
            let members: Vec<usize> = list
                .iter()
                .copied()
                .filter(|i| {
                    status.regulation == Regulation::SgeiDeMinimis
                        || assessments[*i]
                            .eligibility
                            .de_minimis
                            .as_ref()
                            .is_some_and(|s| s.regulation == Regulation::DeMinimis)
                })
                .collect();
            if members.len() < 2 {
                continue;
            }
            let app = &applications[j];
            let name = match app
                .applicant
                .org_nr
                .as_deref()
                .and_then(|o| register.undertaking_of(o))
            {
                Some(u) => u.name.clone(),
                None => app.applicant.name.clone(),
            };
            out.insert(
                format!("{key}/{}", app.id),
                DeMinimisGroup {
                    name,
                    members,
                    room: status.room,
                },
            );
        }
    }
    out
}

/// The register with the applications granted under a de minimis regulation added, each by
/// the rules in force on its decision date.
fn with_own_grants(file: &Register, rules: &Rulebook, applications: &[Application]) -> Register {
    let mut register = file.clone();
    register.add_own_grants(applications, &rules.region, |app| {
        let set = rules.at(app.decision_date?)?;
        let form = set.supports.get(&app.support)?.forms.get(&app.form?)?;
        form.legal_basis.regulation()
    });
    register
}

/// Applies the scenario's weights to the three hierarchies and compiles them.
fn build_scorer(
    scenario: &Scenario,
    strategy: &StrategyGraph,
    agenda: &Agenda,
    rules: &Rulebook,
    d: &mut Diag,
) -> Option<Scorer> {
    let weights_loc = Loc::file(scenario.chain.first().map_or("", String::as_str));
    let mut alignment = strategy.hierarchy().clone();
    for (selector, raw, loc) in &scenario.weights.strategy {
        if !raw.is_finite() || *raw < 0.0 {
            d.error(loc, "weights.strategy", msg::BAD_WEIGHT);
            continue;
        }
        match selector {
            EdgeSelector::From(child) => {
                if !alignment.contains(child) {
                    let hint = suggestion(child, alignment.ids());
                    d.error(
                        loc,
                        format!("weights.strategy.{child}"),
                        msg::unknown_node(child, hint),
                    );
                } else if !alignment.set_weights_from(child, *raw) {
                    d.error(
                        loc,
                        format!("weights.strategy.{child}"),
                        msg::node_serves_nothing(child),
                    );
                }
            }
            EdgeSelector::Edge { parent, child } => {
                let mut ok = true;
                for id in [parent, child] {
                    if !alignment.contains(id) {
                        let hint = suggestion(id, alignment.ids());
                        d.error(
                            loc,
                            format!("weights.strategy.{parent}>{child}"),
                            msg::unknown_node(id, hint),
                        );
                        ok = false;
                    }
                }
                if ok && alignment.edge_weight(child, parent).is_none() {
                    d.error(
                        loc,
                        format!("weights.strategy.{parent}>{child}"),
                        msg::no_such_edge(parent, child),
                    );
                } else if ok {
                    alignment.add_edge(child, parent, *raw);
                }
            }
        }
    }

    let mut agenda_h = agenda.hierarchy();
    for (group, raw) in &scenario.weights.agenda2030 {
        if agenda.groups.iter().any(|g| &g.id == group) && raw.is_finite() && *raw >= 0.0 {
            agenda_h.add_edge(group, agenda2030::ROOT, *raw);
        } else {
            let hint = suggestion(group, agenda.groups.iter().map(|g| g.id.as_str()));
            d.error(
                &weights_loc,
                format!("weights.agenda2030.{group}"),
                msg::unknown_group(group, hint),
            );
        }
    }

    let criteria = criteria_of_year(rules, scenario.year);
    let mut quality = Hierarchy::new(HNode {
        id: QUALITY_ROOT.into(),
        name: Part::Quality.name().into(),
        combine: Combine::All,
    });
    for c in &criteria {
        quality.add_node(HNode {
            id: c.id.clone(),
            name: c.name.clone(),
            combine: Combine::Any,
        });
        let raw = scenario
            .weights
            .quality
            .get(&c.id)
            .copied()
            .unwrap_or_else(|| {
                rust_decimal::prelude::ToPrimitive::to_f64(&c.weight).unwrap_or(1.0)
            });
        quality.add_edge(&c.id, QUALITY_ROOT, raw);
    }
    for (id, raw) in &scenario.weights.quality {
        if !criteria.iter().any(|c| &c.id == id) {
            let hint = suggestion(id, criteria.iter().map(|c| c.id.as_str()));
            d.error(
                &weights_loc,
                format!("weights.quality.{id}"),
                msg::unknown_criterion(id, hint),
            );
        } else if !raw.is_finite() || *raw < 0.0 {
            d.error(
                &weights_loc,
                format!("weights.quality.{id}"),
                msg::BAD_WEIGHT,
            );
        }
    }

    let mut parts = BTreeMap::new();
    for (part, h) in [
        (Part::Alignment, alignment),
        (Part::Agenda2030, agenda_h),
        (Part::Quality, quality),
    ] {
        match h.compile() {
            Ok(e) => {
                parts.insert(part, e);
            }
            // Cycles were reported where the strategy file was read.
            Err(HierarchyError::Cycle(_)) => {}
            Err(HierarchyError::ZeroWeights(node)) => {
                d.error(
                    &weights_loc,
                    "weights",
                    msg::zero_weights(part.msg(), &node),
                );
            }
        }
    }
    let sum: f64 = scenario.weights.parts.values().sum();
    if parts.len() != 3 || sum <= 0.0 || !sum.is_finite() {
        return None;
    }
    let weights = scenario
        .weights
        .parts
        .iter()
        .map(|(p, w)| (*p, w / sum))
        .collect();
    let dates = match parts.get(&Part::Alignment) {
        Some(e) => strategy
            .nodes()
            .filter(|n| n.valid_from.is_some() || n.valid_to.is_some())
            .filter_map(|n| e.index_of(&n.id).map(|i| (i, n.valid_from, n.valid_to)))
            .collect(),
        None => Vec::new(),
    };
    let in_force = crate::score::InForce::new(dates, scenario.year);
    let pots = match parts.get(&Part::Quality) {
        Some(e) => criteria
            .iter()
            .filter_map(|c| e.index_of(&c.id).map(|i| (i, c.pots.clone())))
            .collect(),
        None => Vec::new(),
    };
    let by_pot = crate::score::ByPot::new(pots);
    Some(Scorer::new(parts, weights, &in_force, &by_pot))
}

/// Checks that the scenario's locks and constraints name things that exist.
fn check_scenario(
    scenario: &Scenario,
    strategy: &StrategyGraph,
    agenda: &Agenda,
    apps: &[Application],
    d: &mut Diag,
) {
    let ids: BTreeSet<&str> = apps.iter().map(|a| a.id.as_str()).collect();
    let known = |id: &str, loc: &Loc, key: &str, d: &mut Diag| {
        if !ids.contains(id) {
            let hint = suggestion(id, ids.iter().copied());
            d.error(loc, key, msg::unknown_application(id, hint));
            false
        } else {
            true
        }
    };
    for lock in &scenario.must_fund {
        if known(&lock.id, &lock.loc, "must_fund", d) {
            if scenario.is_excluded(&lock.id) {
                d.error(
                    &lock.loc,
                    "must_fund",
                    msg::must_fund_and_excluded(&lock.id),
                );
            }
            if let Some(app) = apps.iter().find(|a| a.id == lock.id)
                && !app.status.is_candidate()
            {
                d.error(
                    &lock.loc,
                    "must_fund",
                    msg::must_fund_not_candidate(&lock.id, app.status.key()),
                );
            }
        }
    }
    for lock in &scenario.exclude {
        known(&lock.id, &lock.loc, "exclude", d);
    }
    for (pot, _) in Support::ALL.iter().map(|(_, s)| (*s, ())) {
        let has_candidates = apps
            .iter()
            .any(|a| a.support == pot && a.status.is_candidate());
        // A pot whose amount is written but wrong has its own error already.
        let written_wrong = d
            .problems
            .iter()
            .any(|p| p.is_error() && p.key == format!("budget.{}", pot.key()));
        if has_candidates && !scenario.budget_written.contains_key(&pot) && !written_wrong {
            let loc = scenario
                .budget_loc
                .clone()
                .unwrap_or_else(|| Loc::file(scenario.chain.first().map_or("", String::as_str)));
            d.warning(&loc, "budget", msg::no_budget_for_pot(pot.lower()));
        }
    }
    for c in &scenario.constraints {
        let context = msg::constraint_context(&c.name);
        d.within(context, |d| match &c.kind {
            ConstraintKind::AtMostOne { ids } => {
                for id in ids {
                    known(id, &c.loc, "ids", d);
                }
            }
            ConstraintKind::Requires { id, requires } => {
                known(id, &c.loc, "id", d);
                known(requires, &c.loc, "requires", d);
            }
            ConstraintKind::Share { filter, .. } => {
                check_filter(filter, &c.loc, strategy, agenda, d)
            }
            _ => {}
        });
    }
}

fn check_filter(
    filter: &Filter,
    loc: &Loc,
    strategy: &StrategyGraph,
    agenda: &Agenda,
    d: &mut Diag,
) {
    let municipalities = &strategy.municipalities;
    for list in [&filter.municipality, &filter.municipality_not]
        .into_iter()
        .flatten()
    {
        for m in list {
            if !municipalities.contains(m) {
                let hint = suggestion(m, municipalities.iter().map(String::as_str));
                d.error(
                    loc,
                    "filter.municipality",
                    msg::unknown_municipality(m, hint),
                );
            }
        }
    }
    for list in [&filter.strategy, &filter.strategy_not]
        .into_iter()
        .flatten()
    {
        for id in list {
            if strategy.node(id).is_none() {
                let hint = suggestion(id, strategy.hierarchy().ids());
                d.error(loc, "filter.strategy", msg::unknown_node(id, hint));
            }
        }
    }
    for list in [&filter.agenda2030, &filter.agenda2030_not]
        .into_iter()
        .flatten()
    {
        for g in list {
            if !agenda.goals.contains_key(g) {
                d.error(loc, "filter.agenda2030", msg::unknown_goal(u32::from(*g)));
            }
        }
    }
}
