//! A scenario: the budget, the weights and the political constraints under which a year's
//! applications are ranked and allocated (docs/filer.md, "A scenario"; inheritance in
//! `files::scenario`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use rust_decimal::Decimal;

use crate::application::{ApplicantType, Application, Form, Support};
use crate::hierarchy::Hierarchy;
use crate::i18n::Msg;
use crate::money::Sek;
use crate::problem::Loc;

/// The strategy a proposal follows: what the optimiser maximises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Objective {
    /// Total score of what is funded (each application counts its score once, fully funded).
    #[default]
    Score,
    /// Score-weighted kronor: Σ score · amount / 1 000 000.
    Value,
    /// The ranking first: down the ranking, each application is funded whenever some
    /// allocation that keeps every rule and lock funds it together with the better-ranked
    /// ones already funded (the lexicographic optimum; `optimise::lexi`).
    Rank,
}

impl Objective {
    pub const ALL: [Objective; 3] = [Objective::Rank, Objective::Value, Objective::Score];

    /// The identifier used in files, forms and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Objective::Score => "score",
            Objective::Value => "value",
            Objective::Rank => "rank",
        }
    }

    /// The strategy's name, as a message.
    pub fn msg(self) -> Msg {
        match self {
            Objective::Score => Msg("domain-objective-score"),
            Objective::Value => Msg("domain-objective-value"),
            Objective::Rank => Msg("domain-objective-rank"),
        }
    }

    /// The strategy's name in the current language.
    pub fn name(self) -> &'static str {
        self.msg().text()
    }

    /// One sentence that says what the strategy does, as a message.
    pub fn explanation(self) -> Msg {
        match self {
            Objective::Score => Msg("domain-objective-score-explained"),
            Objective::Value => Msg("domain-objective-value-explained"),
            Objective::Rank => Msg("domain-objective-rank-explained"),
        }
    }
}

/// The three parts of the assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    Alignment,
    Agenda2030,
    Quality,
}

impl Part {
    pub(crate) const ALL: [Part; 3] = [Part::Alignment, Part::Agenda2030, Part::Quality];

    pub fn key(self) -> &'static str {
        match self {
            Part::Alignment => "alignment",
            Part::Agenda2030 => "agenda2030",
            Part::Quality => "quality",
        }
    }

    pub fn name(self) -> &'static str {
        self.msg().text()
    }

    /// The name shown to people, as a message (written in a reader's language later).
    pub fn msg(self) -> Msg {
        match self {
            Part::Alignment => Msg("domain-part-alignment"),
            Part::Agenda2030 => Msg("domain-part-agenda2030"),
            Part::Quality => Msg("domain-part-quality"),
        }
    }
}

/// A `must_fund` or `exclude` entry, with the reason politicians gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Lock {
    pub id: String,
    pub reason: Option<String>,
    pub loc: Loc,
}

/// Which edges of the strategy graph a weight override sets.
#[derive(Debug, Clone, PartialEq)]
pub enum EdgeSelector {
    /// `child`: every edge out of the node (everything it serves).
    From(String),
    /// `parent>child`: one edge.
    Edge { parent: String, child: String },
}

/// The scenario's weights (raw; normalised where they are used).
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    /// alignment, agenda2030, quality — normalised to sum 1 when loaded.
    pub parts: BTreeMap<Part, f64>,
    pub strategy: Vec<(EdgeSelector, f64, Loc)>,
    /// Group id → raw weight under the Agenda 2030 root.
    pub agenda2030: BTreeMap<String, f64>,
    /// Criterion id → raw weight (defaults from the rules file).
    pub quality: BTreeMap<String, f64>,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            parts: [
                (Part::Alignment, 0.5),
                (Part::Agenda2030, 0.2),
                (Part::Quality, 0.3),
            ]
            .into_iter()
            .collect(),
            strategy: Vec::new(),
            agenda2030: BTreeMap::new(),
            quality: BTreeMap::new(),
        }
    }
}

/// Which applications a constraint is about; all keys given must match.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    pub municipality: Option<Vec<String>>,
    pub municipality_not: Option<Vec<String>>,
    pub form: Option<Vec<Form>>,
    pub form_not: Option<Vec<Form>>,
    pub support: Option<Vec<Support>>,
    pub support_not: Option<Vec<Support>>,
    pub applicant_type: Option<Vec<ApplicantType>>,
    pub applicant_type_not: Option<Vec<ApplicantType>>,
    pub tags: Option<Vec<String>>,
    pub tags_not: Option<Vec<String>>,
    /// Rated ≥ 2 at or below one of these strategy nodes.
    pub strategy: Option<Vec<String>>,
    pub strategy_not: Option<Vec<String>>,
    /// Rated ≥ 2 on one of these global goals.
    pub agenda2030: Option<Vec<u8>>,
    pub agenda2030_not: Option<Vec<u8>>,
}

fn any_of<T: PartialEq>(
    list: &Option<Vec<T>>,
    mut has: impl FnMut(&T) -> bool,
    want: bool,
) -> bool {
    list.as_ref().is_none_or(|l| l.iter().any(&mut has) == want)
}

impl Filter {
    /// Whether the application matches (the strategy graph answers "at or below").
    pub fn matches(&self, app: &Application, strategy: &Hierarchy) -> bool {
        let in_municipality = |m: &String| app.municipalities.contains(m);
        let is_form = |f: &Form| app.form == Some(*f);
        let is_support = |s: &Support| app.support == *s;
        let is_type = |t: &ApplicantType| app.applicant.kind == *t;
        let has_tag = |t: &String| app.tags.contains(t);
        let serves = |node: &String| {
            app.links
                .iter()
                .any(|(id, r)| *r >= 2 && strategy.is_at_or_below(id, node))
        };
        let goal = |g: &u8| app.agenda2030.get(g).is_some_and(|r| *r >= 2);
        any_of(&self.municipality, in_municipality, true)
            && any_of(&self.municipality_not, in_municipality, false)
            && any_of(&self.form, is_form, true)
            && any_of(&self.form_not, is_form, false)
            && any_of(&self.support, is_support, true)
            && any_of(&self.support_not, is_support, false)
            && any_of(&self.applicant_type, is_type, true)
            && any_of(&self.applicant_type_not, is_type, false)
            && any_of(&self.tags, has_tag, true)
            && any_of(&self.tags_not, has_tag, false)
            && any_of(&self.strategy, serves, true)
            && any_of(&self.strategy_not, serves, false)
            && any_of(&self.agenda2030, goal, true)
            && any_of(&self.agenda2030_not, goal, false)
    }
}

/// One named constraint of the scenario (docs/berakning.md §3).
#[derive(Debug, Clone, PartialEq)]
pub struct Constraint {
    pub name: String,
    pub kind: ConstraintKind,
    pub loc: Loc,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ConstraintKind {
    /// The matching applications' share of the pot's allocation (all years) is ≥ min / ≤ max.
    Share {
        pot: Support,
        filter: Box<Filter>,
        min: Option<Decimal>,
        max: Option<Decimal>,
    },
    /// At least `min_count` funded applications in each municipality with a fundable candidate.
    Coverage { pot: Support, min_count: u32 },
    /// Σ resource · funded ≤ max (e.g. handläggartimmar).
    Resource { resource: String, max: Decimal },
    /// Σ granted per organisation number ≤ max.
    PerApplicant { max: Sek },
    /// At most one of the ids is funded.
    AtMostOne { ids: Vec<String> },
    /// `id` may be funded only if `requires` is.
    Requires { id: String, requires: String },
}

impl ConstraintKind {
    pub fn key(&self) -> &'static str {
        match self {
            ConstraintKind::Share { .. } => "share",
            ConstraintKind::Coverage { .. } => "coverage",
            ConstraintKind::Resource { .. } => "resource",
            ConstraintKind::PerApplicant { .. } => "per_applicant",
            ConstraintKind::AtMostOne { .. } => "at_most_one",
            ConstraintKind::Requires { .. } => "requires",
        }
    }
}

/// The files a scenario draws on, resolved relative to the file that named them.
#[derive(Debug, Clone, PartialEq)]
pub struct Sources {
    pub strategy: PathBuf,
    pub agenda2030: PathBuf,
    pub rules: PathBuf,
    pub applications: PathBuf,
    /// The de minimis register, where the scenario names one.
    pub aid_register: Option<PathBuf>,
    /// The municipalities' codes and population, where the scenario names them.
    pub municipalities: Option<PathBuf>,
}

/// A scenario after inheritance, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub name: String,
    /// The file it was loaded from, then its bases.
    pub chain: Vec<String>,
    pub sources: Sources,
    pub year: i32,
    /// The pots' budgets as written (before `budget_scale`).
    pub budget_written: BTreeMap<Support, Sek>,
    /// Where `budget:` was written (the file of the chain that wrote it), for messages.
    pub(crate) budget_loc: Option<crate::problem::Loc>,
    pub budget_scale: Decimal,
    pub planning_frames: BTreeMap<i32, BTreeMap<Support, Sek>>,
    pub commitments: BTreeMap<i32, BTreeMap<Support, Sek>>,
    pub commitment_ceiling: Option<Sek>,
    pub weights: Weights,
    pub objective: Objective,
    pub min_score: Option<f64>,
    pub partial_funding: bool,
    pub(crate) time_limit: f64,
    pub must_fund: Vec<Lock>,
    pub exclude: Vec<Lock>,
    pub constraints: Vec<Constraint>,
}

impl Scenario {
    /// The budget of a pot after `budget_scale`, rounded down to öre so that scaling never
    /// creates money.
    pub fn budget(&self, pot: Support) -> Option<Sek> {
        self.budget_written
            .get(&pot)
            .map(|b| b.scale_floor_ore(self.budget_scale))
    }

    /// All pots' budgets after scaling.
    pub fn budgets(&self) -> BTreeMap<Support, Sek> {
        self.budget_written
            .keys()
            .filter_map(|p| self.budget(*p).map(|b| (*p, b)))
            .collect()
    }

    pub fn is_must_fund(&self, id: &str) -> bool {
        self.must_fund.iter().any(|l| l.id == id)
    }

    pub fn is_excluded(&self, id: &str) -> bool {
        self.exclude.iter().any(|l| l.id == id)
    }
}
