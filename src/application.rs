//! Applications for 1:1 funds and their ratings, as the preparation meeting sees them.

use std::collections::BTreeMap;
use std::fmt;

use rust_decimal::Decimal;

use crate::date::Date;
use crate::i18n::Msg;
use crate::money::Sek;

/// The three pots of the appropriation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Support {
    Projektmedel,
    Foretagsstod,
    KommersiellService,
}

impl Support {
    pub(crate) const ALL: [(&'static str, Support); 3] = [
        ("projektmedel", Support::Projektmedel),
        ("foretagsstod", Support::Foretagsstod),
        ("kommersiell_service", Support::KommersiellService),
    ];

    /// The identifier used in files and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Support::Projektmedel => "projektmedel",
            Support::Foretagsstod => "foretagsstod",
            Support::KommersiellService => "kommersiell_service",
        }
    }

    /// The name shown to people, in the current language.
    pub fn name(self) -> &'static str {
        self.msg().text()
    }

    /// The name shown to people, as a message (to be written in a reader's language later).
    pub fn msg(self) -> Msg {
        match self {
            Support::Projektmedel => Msg("domain-support-projektmedel"),
            Support::Foretagsstod => Msg("domain-support-foretagsstod"),
            Support::KommersiellService => Msg("domain-support-kommersiell-service"),
        }
    }

    /// The pot's name inside a sentence ("pengarna i företagsstöd").
    pub(crate) fn lower(self) -> Msg {
        match self {
            Support::Projektmedel => Msg("domain-support-lower-projektmedel"),
            Support::Foretagsstod => Msg("domain-support-lower-foretagsstod"),
            Support::KommersiellService => Msg("domain-support-lower-kommersiell-service"),
        }
    }
}

impl fmt::Display for Support {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Support forms of företagsstöd and kommersiell service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    Konsultstod,
    Mikrobidrag,
    Innovationsstod,
    SocialtForetag,
    TurismSamverkan,
    Investeringsbidrag,
    MiljoEnergi,
    Servicebidrag,
    Hemsandningsbidrag,
    SarskiltDriftstod,
}

impl Form {
    /// The form's name shown to people, in the current language.
    pub fn name(self) -> &'static str {
        match self {
            Form::Konsultstod => Msg("cli-form-konsultstod"),
            Form::Mikrobidrag => Msg("cli-form-mikrobidrag"),
            Form::Innovationsstod => Msg("cli-form-innovationsstod"),
            Form::SocialtForetag => Msg("cli-form-socialt-foretag"),
            Form::TurismSamverkan => Msg("cli-form-turism-samverkan"),
            Form::Investeringsbidrag => Msg("cli-form-investeringsbidrag"),
            Form::MiljoEnergi => Msg("cli-form-miljo-energi"),
            Form::Servicebidrag => Msg("cli-form-servicebidrag"),
            Form::Hemsandningsbidrag => Msg("cli-form-hemsandningsbidrag"),
            Form::SarskiltDriftstod => Msg("cli-form-sarskilt-driftstod"),
        }
        .text()
    }

    pub(crate) const ALL: [(&'static str, Form); 10] = [
        ("konsultstod", Form::Konsultstod),
        ("mikrobidrag", Form::Mikrobidrag),
        ("innovationsstod", Form::Innovationsstod),
        ("socialt_foretag", Form::SocialtForetag),
        ("turism_samverkan", Form::TurismSamverkan),
        ("investeringsbidrag", Form::Investeringsbidrag),
        ("miljo_energi", Form::MiljoEnergi),
        ("servicebidrag", Form::Servicebidrag),
        ("hemsandningsbidrag", Form::Hemsandningsbidrag),
        ("sarskilt_driftstod", Form::SarskiltDriftstod),
    ];

    pub fn key(self) -> &'static str {
        Form::ALL
            .iter()
            .find(|(_, f)| *f == self)
            .map_or("", |(k, _)| k)
    }

    /// The pot a form belongs to.
    pub fn support(self) -> Support {
        match self {
            Form::Servicebidrag | Form::Hemsandningsbidrag | Form::SarskiltDriftstod => {
                Support::KommersiellService
            }
            _ => Support::Foretagsstod,
        }
    }
}

/// Where an application stands in the case system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Intresseanmalan,
    Ansokan,
    UnderBeredning,
    Beviljad,
    Avslagen,
    Pagaende,
    Avslutad,
}

impl Status {
    pub(crate) const ALL: [(&'static str, Status); 7] = [
        ("intresseanmalan", Status::Intresseanmalan),
        ("ansokan", Status::Ansokan),
        ("under_beredning", Status::UnderBeredning),
        ("beviljad", Status::Beviljad),
        ("avslagen", Status::Avslagen),
        ("pagaende", Status::Pagaende),
        ("avslutad", Status::Avslutad),
    ];

    /// The status shown to people, in the current language.
    pub fn name(self) -> &'static str {
        match self {
            Status::Intresseanmalan => Msg("cli-status-intresseanmalan"),
            Status::Ansokan => Msg("cli-status-ansokan"),
            Status::UnderBeredning => Msg("cli-status-under-beredning"),
            Status::Beviljad => Msg("cli-status-beviljad"),
            Status::Avslagen => Msg("cli-status-avslagen"),
            Status::Pagaende => Msg("cli-status-pagaende"),
            Status::Avslutad => Msg("cli-status-avslutad"),
        }
        .text()
    }

    pub fn key(self) -> &'static str {
        Status::ALL
            .iter()
            .find(|(_, s)| *s == self)
            .map_or("", |(k, _)| k)
    }

    /// Open for funding this round (docs/berakning.md §2).
    pub fn is_candidate(self) -> bool {
        matches!(self, Status::Ansokan | Status::UnderBeredning)
    }

    /// Granted at some time (beviljad, pågående or avslutad): aid the applicant has had.
    pub(crate) fn is_granted(self) -> bool {
        matches!(self, Status::Beviljad | Status::Pagaende | Status::Avslutad)
    }

    /// Already granted: its year amounts are commitments.
    pub(crate) fn is_commitment(self) -> bool {
        matches!(self, Status::Beviljad | Status::Pagaende)
    }
}

/// The legal form of an applicant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicantType {
    Kommun,
    Region,
    Myndighet,
    IdeellForening,
    EkonomiskForening,
    Stiftelse,
    Aktiebolag,
    Handelsbolag,
    EnskildFirma,
    Foretagsnatverk,
    Universitet,
}

impl ApplicantType {
    pub(crate) const ALL: [(&'static str, ApplicantType); 11] = [
        ("kommun", ApplicantType::Kommun),
        ("region", ApplicantType::Region),
        ("myndighet", ApplicantType::Myndighet),
        ("ideell_forening", ApplicantType::IdeellForening),
        ("ekonomisk_forening", ApplicantType::EkonomiskForening),
        ("stiftelse", ApplicantType::Stiftelse),
        ("aktiebolag", ApplicantType::Aktiebolag),
        ("handelsbolag", ApplicantType::Handelsbolag),
        ("enskild_firma", ApplicantType::EnskildFirma),
        ("foretagsnatverk", ApplicantType::Foretagsnatverk),
        ("universitet", ApplicantType::Universitet),
    ];

    /// The legal form shown to people, in the current language.
    pub fn name(self) -> &'static str {
        self.msg().text()
    }

    /// The legal form shown to people, as a message.
    pub fn msg(self) -> Msg {
        match self {
            ApplicantType::Kommun => Msg("domain-applicant-kommun"),
            ApplicantType::Region => Msg("domain-applicant-region"),
            ApplicantType::Myndighet => Msg("domain-applicant-myndighet"),
            ApplicantType::IdeellForening => Msg("domain-applicant-ideell-forening"),
            ApplicantType::EkonomiskForening => Msg("domain-applicant-ekonomisk-forening"),
            ApplicantType::Stiftelse => Msg("domain-applicant-stiftelse"),
            ApplicantType::Aktiebolag => Msg("domain-applicant-aktiebolag"),
            ApplicantType::Handelsbolag => Msg("domain-applicant-handelsbolag"),
            ApplicantType::EnskildFirma => Msg("domain-applicant-enskild-firma"),
            ApplicantType::Foretagsnatverk => Msg("domain-applicant-foretagsnatverk"),
            ApplicantType::Universitet => Msg("domain-applicant-universitet"),
        }
    }

    pub fn key(self) -> &'static str {
        ApplicantType::ALL
            .iter()
            .find(|(_, s)| *s == self)
            .map_or("", |(k, _)| k)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Applicant {
    pub name: String,
    pub org_nr: Option<String>,
    pub kind: ApplicantType,
}

/// Another financier of the same costs.
#[derive(Debug, Clone, PartialEq)]
pub struct Cofinancing {
    pub source: String,
    pub amount: Sek,
    /// Public money counts towards the limits on public funding.
    pub public: bool,
}

/// What the företagsstöd rules need to know about the company.
#[derive(Debug, Clone, PartialEq)]
pub struct Company {
    pub employees: u32,
    pub turnover: Option<Sek>,
    pub balance_sheet: Option<Sek>,
    pub in_difficulty: bool,
    /// De minimis aid the applicant declares (its intyg) that the register does not hold, in
    /// kronor; counted in full in every window.
    pub de_minimis_received: Sek,
    /// The first month of the company's fiscal year (1 = January, a calendar year); the
    /// window of 1407/2013 and 360/2012 is counted in fiscal years.
    pub fiscal_year_start: u8,
    /// The company carries goods by road for hire or reward (a lower ceiling under 1407/2013).
    pub road_freight: bool,
    /// The company's main activity as an SNI 2007 code (the Swedish NACE), for the national
    /// de minimis register.
    pub sni: Option<String>,
}

/// What the kommersiell service rules need to know about the store.
#[derive(Debug, Clone, PartialEq)]
pub struct Store {
    /// Distance to the next full-range grocery store.
    pub distance_km: Option<Decimal>,
    pub grocery_turnover: Option<Sek>,
    pub open_all_year: Option<bool>,
    /// Hours open a week, on average over the year.
    pub weekly_opening_hours: Option<Decimal>,
    /// A store the region has named strategically important (higher servicebidrag cap).
    pub strategic: bool,
}

/// The day an application is judged against the strategy in force: its decision date, else
/// the day it was received, else the first day of the scenario's year.
pub fn strategy_day(decision: Option<Date>, received: Option<Date>, year: i32) -> Option<Date> {
    decision.or(received).or_else(|| Date::first_of_year(year))
}

/// What the deciding body decided, as recorded in anslag (the decisions file beside the
/// applications, `files::decisions`).
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub granted: bool,
    pub date: Date,
    /// The body that decided, as the rules name it ("Regionala utvecklingsnämnden").
    pub body: String,
    /// The decision's diarienummer or paragraph (may be empty).
    pub case_number: String,
    /// The amount granted (zero when rejected).
    pub amount: Sek,
    /// What the proposal said when the decision was recorded (zero: not proposed), if known.
    pub proposed: Option<Sek>,
    /// Why: required for a rejection and for a decision that departs from the proposal.
    pub reason: String,
}

/// Splits `amount` over `years` (which sum to `whole`) in proportion, in whole kronor:
/// multiplied before divided, so that equal parts stay equal (3 499 998 kr over three equal
/// years is 1 166 666 kr each), with the rounding remainder in the last year.
pub(crate) fn split_years(
    years: &BTreeMap<i32, Sek>,
    whole: Sek,
    amount: Sek,
) -> BTreeMap<i32, Sek> {
    if amount == whole || whole.is_zero() {
        return years.clone();
    }
    let mut out = BTreeMap::new();
    let mut given = Sek::ZERO;
    let last = years.keys().next_back().copied();
    for (year, part) in years {
        if Some(*year) == last {
            out.insert(*year, amount.saturating_sub(given));
        } else {
            let this =
                Sek::from_decimal((amount.decimal() * part.decimal() / whole.decimal()).floor());
            given += this;
            out.insert(*year, this);
        }
    }
    out
}

/// One application. Amounts are whole kronor; `years` sums to `requested`, or to the amount
/// granted once a decision is recorded (`decision`).
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    pub id: String,
    pub title: String,
    pub applicant: Applicant,
    pub support: Support,
    pub form: Option<Form>,
    pub status: Status,
    pub received: Option<Date>,
    pub decision_date: Option<Date>,
    pub start: Option<Date>,
    pub municipalities: Vec<String>,
    pub requested: Sek,
    pub eligible_cost: Option<Sek>,
    pub cofinancing: Vec<Cofinancing>,
    /// Payment per year; defaults to everything in the decision year.
    pub years: BTreeMap<i32, Sek>,
    /// The least amount that may be granted, if the application may be part-funded.
    pub partial_min: Option<Sek>,
    /// Strategy node id → rating 0–3.
    pub links: BTreeMap<String, u8>,
    /// Global goal 1–17 → rating 0–3.
    pub agenda2030: BTreeMap<u8, u8>,
    /// Quality criterion id → rating 0–3.
    pub criteria: BTreeMap<String, u8>,
    pub company: Option<Company>,
    pub store: Option<Store>,
    pub operating_aid: bool,
    pub tags: Vec<String>,
    pub resources: BTreeMap<String, Decimal>,
    /// A score given from outside (a panel, a vote), replacing the computed one.
    pub given_score: Option<f64>,
    pub description: Option<String>,
    /// The decision recorded in anslag, if any (it has set `status`, `decision_date` and
    /// `years`).
    pub decision: Option<Decision>,
    /// Where the application is written (its item in the applications file), for messages
    /// about it that no single key causes.
    pub loc: crate::problem::Loc,
}

impl Application {
    /// Public co-financing in kronor.
    pub(crate) fn public_cofinancing(&self) -> Sek {
        self.cofinancing
            .iter()
            .filter(|c| c.public)
            .map(|c| c.amount)
            .sum()
    }

    pub(crate) fn total_cofinancing(&self) -> Sek {
        self.cofinancing.iter().map(|c| c.amount).sum()
    }

    /// What was granted: the sum of the years (the decided amount once a decision is
    /// recorded, else what was applied for).
    pub fn granted(&self) -> Sek {
        if self.years.is_empty() {
            self.requested
        } else {
            self.years.values().copied().sum()
        }
    }

    /// The title as published: a sole trader's firm name is often the owner's own name, so it
    /// is taken out of the title (with the comma or dash before it).
    pub fn public_title(&self) -> String {
        if self.applicant.kind != ApplicantType::EnskildFirma || self.applicant.name.is_empty() {
            return self.title.clone();
        }
        let without = self.title.replace(self.applicant.name.as_str(), "");
        let trimmed = without
            .trim()
            .trim_end_matches([',', '-', '–', ':'])
            .trim()
            .replace(" ,", ",")
            .replace(",,", ",");
        if trimmed.is_empty() {
            self.support.name().to_string()
        } else {
            trimmed
        }
    }

    pub fn resource(&self, name: &str) -> Decimal {
        self.resources.get(name).copied().unwrap_or_default()
    }
}
