//! The guideline's rules (strategies/riktlinjer.yaml): eligibility and the deciding body.
//!
//! Rules come in periods by `valid_from`; an application is judged by the period in force on
//! its decision date (docs/berakning.md §2). Every rule carries its source, and every
//! broken rule is named in plain Swedish with, where it helps, what would make it eligible.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::application::{ApplicantType, Application, Company, Form, Support};
use crate::date::Date;
use crate::deminimis::{Aid, Register, Regulation};
use crate::i18n::{Msg, Text};
use crate::money::Sek;
use crate::text::rules as msg;

/// Limits on one support form (any limit left out does not apply).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormRule {
    pub name: String,
    pub source: String,
    /// Highest share of the eligible cost (public co-financing counted where the pot says so).
    pub max_share: Option<Decimal>,
    pub max_amount: Option<Sek>,
    pub max_per_year: Option<Sek>,
    /// Higher yearly cap for a store the region names strategically important.
    pub max_per_year_strategic: Option<Sek>,
    pub max_years: Option<u32>,
    /// `max_years` counts the recipient's earlier grants of the form too (servicebidrag:
    /// "sammanlagt högst tre år").
    pub years_in_total: bool,
    /// Replaces the pot's applicant types for this form.
    pub applicant_types: Option<Vec<ApplicantType>>,
    /// Under which state-aid rules the form is given, with the source that says so.
    pub legal_basis: LegalBasis,
    pub legal_basis_source: String,
    pub min_distance_km: Option<Decimal>,
    pub max_grocery_turnover: Option<Sek>,
    pub open_all_year: bool,
    /// Open at least this many hours a week on average (Tillväxtverket's "öppet på
    /// åretruntbasis"), and `.1` hours for a store whose grocery turnover is under `.2`.
    pub min_weekly_hours: Option<(Decimal, Option<(Decimal, Sek)>)>,
    /// Checks for the case officer that belong to this form only (after the pot's).
    pub manual_checks: Vec<ManualCheck>,
    /// Paid from a national allocation, not the region's share of the appropriation (the
    /// source that says so): judged here, never proposed from the region's pots.
    pub paid_nationally: Option<String>,
    /// The yearly cap is reduced by what the recipient has been granted of another form for
    /// the same year (servicebidrag less särskilt driftstöd), with the source.
    pub reduced_by: Option<(Form, String)>,
    /// The net cost (the eligible cost) must reach a share of the year's prisbasbelopp
    /// (hemsändningsbidrag: half of one).
    pub min_net_cost: Option<MinNetCost>,
}

/// A least net cost as a share of the prisbasbelopp of the decision year.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MinNetCost {
    pub share: Decimal,
    /// The prisbasbelopp by year, as far as the rules file gives it.
    pub prisbasbelopp: BTreeMap<i32, Sek>,
    pub source: String,
}

/// The state-aid rules a support form is given under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LegalBasis {
    /// Not stated in the rules file: no state-aid check beyond the pot's.
    #[default]
    Unstated,
    /// Aid of minor importance (1407/2013, from 2024 2023/2831): the company's room under the
    /// ceiling limits it.
    DeMinimis,
    /// De minimis for services of general economic interest (360/2012, from 2024 2023/2832):
    /// all de minimis aid the company received counts against this higher ceiling.
    SgeiDeMinimis,
    /// Regional investment aid under the block exemption (651/2014 art. 14): only within a
    /// stödområde.
    GberRegional,
    /// Aid to small and medium-sized enterprises under the block exemption (651/2014 art. 17–19).
    GberSme,
}

impl LegalBasis {
    /// The de minimis regulation a grant under this basis is recorded under, if any.
    pub fn regulation(self) -> Option<Regulation> {
        match self {
            LegalBasis::DeMinimis => Some(Regulation::DeMinimis),
            LegalBasis::SgeiDeMinimis => Some(Regulation::SgeiDeMinimis),
            _ => None,
        }
    }
}

impl LegalBasis {
    /// The keys of the rules file.
    pub const ALL: [(&'static str, LegalBasis); 4] = [
        ("de_minimis", LegalBasis::DeMinimis),
        ("sgei_de_minimis", LegalBasis::SgeiDeMinimis),
        ("gber_regional", LegalBasis::GberRegional),
        ("gber_sme", LegalBasis::GberSme),
    ];

    /// Its name in a sentence; `None` when the rules file does not state it.
    pub fn msg(self) -> Option<Msg> {
        match self {
            LegalBasis::Unstated => None,
            LegalBasis::DeMinimis => Some(msg::BASIS_DE_MINIMIS),
            LegalBasis::SgeiDeMinimis => Some(msg::BASIS_SGEI_DE_MINIMIS),
            LegalBasis::GberRegional => Some(msg::BASIS_GBER_REGIONAL),
            LegalBasis::GberSme => Some(msg::BASIS_GBER_SME),
        }
    }
}

/// The municipalities of the region that lie in a stödområde (where regional investment aid
/// under the block exemption may be given), with the source.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AidAreas {
    pub municipalities: Vec<String>,
    pub source: String,
}

/// The rules of one pot.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SupportRules {
    pub source: String,
    pub applicant_types: Vec<ApplicantType>,
    pub operating_aid_allowed: bool,
    /// Highest share of the eligible cost for the pot as a whole (projektmedel: 50 %).
    pub max_share: Option<Decimal>,
    /// Whether public co-financing counts towards the share (state-aid intensity).
    pub share_includes_public_cofinancing: bool,
    /// The grant plus co-financing may not exceed the eligible cost.
    pub no_overfinancing: bool,
    /// At least one strategy link rated ≥ 1 (the project must follow the RUS).
    pub requires_strategy_link: bool,
    pub sme_required: bool,
    pub not_in_difficulty: bool,
    /// The application must be received before the measure starts (incentive effect).
    pub apply_before_start: bool,
    pub forms: BTreeMap<Form, FormRule>,
    /// Rules of the guideline that need a person's judgement (a project is delimited from
    /// ordinary operations, the aid is needed …): listed for the case officer, never guessed.
    pub manual_checks: Vec<ManualCheck>,
}

/// A rule the program cannot check from the application's data.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ManualCheck {
    pub text: String,
    pub source: String,
}

/// The EU definition of small and medium-sized enterprises.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SmeRule {
    pub max_employees: u32,
    pub max_turnover_eur: Decimal,
    pub max_balance_sheet_eur: Decimal,
    pub source: String,
}

/// A de minimis ceiling and the window it is counted over.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeMinimisRule {
    pub ceiling_eur: Decimal,
    /// The lower ceiling for an undertaking that carries goods by road for hire or reward
    /// (1407/2013 art. 3.2); `None` where the period has none (2023/2831 dropped it).
    pub road_freight_ceiling_eur: Option<Decimal>,
    pub window: Window,
    /// The window in the guideline's own words.
    pub period: String,
    pub source: String,
}

/// How the three years of a de minimis ceiling are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Window {
    /// The current and the two previous fiscal years (1407/2013 art. 3.2, 360/2012 art. 2.2).
    #[default]
    FiscalYears,
    /// Any period of three years, counted back from the day of the grant (2023/2831 art. 3.2
    /// and recital 10).
    Rolling,
}

impl Window {
    /// The keys of the rules file.
    pub const ALL: [(&'static str, Window); 2] = [
        ("fiscal_years", Window::FiscalYears),
        ("rolling", Window::Rolling),
    ];
}

impl DeMinimisRule {
    /// The first day of the window that ends on `date`, for a company whose fiscal year
    /// starts in month `fiscal_start` (1–12).
    pub fn window_start(&self, date: Date, fiscal_start: u8) -> Option<Date> {
        match self.window {
            Window::FiscalYears => {
                let m = fiscal_start.clamp(1, 12);
                let year = if date.month() >= m {
                    date.year()
                } else {
                    date.year() - 1
                };
                Date::new(year - 2, m, 1)
            }
            Window::Rolling => date.years_earlier(3)?.next_day(),
        }
    }
}

/// What the de minimis check counted for one application: the window, the aid in it, the
/// ceiling and the room left. Shown on the application's page whether or not it fits.
#[derive(Debug, Clone, PartialEq)]
pub struct DeMinimisStatus {
    pub regulation: Regulation,
    pub from: Date,
    pub to: Date,
    /// The window in the guideline's words.
    pub period: String,
    pub ceiling_eur: f64,
    pub ceiling: Sek,
    pub rate: f64,
    /// The lower road-freight ceiling was applied.
    pub road_freight: bool,
    /// The aid in the window that counts against this ceiling, oldest first.
    pub counted: Vec<Aid>,
    /// Aid the applicant declares that the register does not hold.
    pub declared: Sek,
    /// Everything counted: `counted` and `declared`.
    pub received: Sek,
    pub room: Sek,
    /// Where general de minimis meets the higher SGEI ceiling first (aid under both counted
    /// together): that ceiling in kronor.
    pub sgei_cap: Option<Sek>,
    /// The undertaking's name where the register groups the applicant with others.
    pub undertaking: Option<String>,
    pub source: String,
}

/// Who decides: above the threshold (strictly), the pot's body; otherwise delegation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DecisionRule {
    pub threshold: Sek,
    pub bodies: BTreeMap<Support, String>,
    pub delegation: String,
    pub source: String,
}

/// A quality criterion and its default weight.
#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    pub id: String,
    pub name: String,
    pub weight: Decimal,
    pub description: Option<String>,
    pub source: String,
    /// The pots whose applications are judged by it; empty: every pot.
    pub pots: Vec<Support>,
}

impl Criterion {
    /// Whether applications of `pot` are judged by this criterion.
    pub fn applies_to(&self, pot: Support) -> bool {
        self.pots.is_empty() || self.pots.contains(&pot)
    }
}

/// All rules in force from `valid_from`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RuleSet {
    pub valid_from: Option<Date>,
    pub label: String,
    pub supports: BTreeMap<Support, SupportRules>,
    pub sme: SmeRule,
    pub de_minimis: DeMinimisRule,
    /// The ceiling for de minimis aid to services of general economic interest; `None` when
    /// the rules file does not give it (a form given so is then left to the handläggare).
    pub sgei_de_minimis: Option<DeMinimisRule>,
    pub sek_per_eur: Decimal,
    pub eur_rate_source: String,
    pub decision: DecisionRule,
    pub quality_criteria: Vec<Criterion>,
    /// Where regional investment aid may be given; `None` when the rules file does not say.
    pub aid_areas: Option<AidAreas>,
}

/// The guideline over time.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Rulebook {
    pub name: String,
    /// The region whose guideline it is: the grantor of its own grants.
    pub region: String,
    /// The region's organisation number (the funder in open data).
    pub region_org_nr: Option<String>,
    /// The prefix 360Giving gives a publisher, which its grant identifiers start with.
    pub open_data_prefix: Option<String>,
    /// Sorted by `valid_from`.
    pub periods: Vec<RuleSet>,
}

impl Rulebook {
    /// The rules in force on `date` (the last period that started on or before it).
    pub fn at(&self, date: Date) -> Option<&RuleSet> {
        self.periods
            .iter()
            .rev()
            .find(|p| p.valid_from.is_some_and(|v| v <= date))
    }

    /// Every quality criterion of any period, by id (for the quality part's graph).
    pub fn all_criteria(&self) -> BTreeMap<&str, &Criterion> {
        let mut out = BTreeMap::new();
        for period in &self.periods {
            for c in &period.quality_criteria {
                out.insert(c.id.as_str(), c);
            }
        }
        out
    }
}

/// One broken rule.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Breach {
    /// A stable identifier of the rule, e.g. `andel_av_kostnad`.
    pub rule: &'static str,
    /// What is wrong and, where it helps, what would make it right (written when shown).
    pub message: Text,
    pub source: String,
}

/// The result of checking an application against the rules.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Eligibility {
    pub breaches: Vec<Breach>,
    /// Rules that could not be checked for lack of data (warnings).
    pub unchecked: Vec<Text>,
    /// Which period of the rules was used.
    pub period: String,
    /// Names of the rules checked and passed.
    pub passed: Vec<&'static str>,
    /// Rules for the case officer to judge.
    pub manual: Vec<ManualCheck>,
    /// Under which state-aid rules the form is given, with its source, where the rules say.
    pub legal_basis: Option<(Text, String)>,
    /// The de minimis count, where the form is given as de minimis and the company is known.
    pub de_minimis: Option<DeMinimisStatus>,
    /// The form is paid from a national allocation, not the region's pots (its source).
    pub paid_nationally: Option<String>,
}

impl DeMinimisStatus {
    fn who(&self) -> Text {
        msg::de_minimis_who(self.undertaking.as_deref())
    }

    fn ceiling_text(&self) -> Text {
        msg::de_minimis_ceiling(
            self.ceiling_eur,
            self.ceiling,
            self.rate,
            (
                self.road_freight,
                self.regulation == crate::deminimis::Regulation::SgeiDeMinimis,
            ),
        )
    }

    /// Why the aid does not fit, with the room there is.
    pub fn breach(&self) -> Text {
        match self.sgei_cap {
            Some(cap) => msg::de_minimis_sgei_cap(
                self.who(),
                self.received,
                (self.from, self.to),
                cap,
                self.room,
            ),
            None => self.count(true),
        }
    }

    /// The count in one sentence: what was had in which window, the ceiling, the room left.
    fn count(&self, breach: bool) -> Text {
        msg::de_minimis(
            breach,
            self.who(),
            self.received,
            (self.from, self.to),
            (&self.period, self.ceiling_text()),
            self.room,
        )
    }
}

impl Eligibility {
    pub fn eligible(&self) -> bool {
        self.breaches.is_empty()
    }

    /// What introduces the de minimis aid counted, for pages and the terminal: the count in
    /// a sentence (with what the applicant declared outside the register), or, where a broken
    /// rule already says it, only a heading for the list of aid; `None` when there is nothing
    /// to say.
    pub fn de_minimis_lead(&self) -> Option<Text> {
        let s = self.de_minimis.as_ref()?;
        if self.breaches.iter().any(|b| b.rule == "de_minimis") {
            return (!s.counted.is_empty()).then(|| msg::DE_MINIMIS_COUNTED.into());
        }
        let count = s.count(false);
        Some(if s.declared.is_zero() {
            count
        } else {
            Text::Plain(format!("{count} {}", msg::de_minimis_declared(s.declared)))
        })
    }
}

fn percent(share: Decimal) -> String {
    let p = (share * Decimal::ONE_HUNDRED).round_dp(1).normalize();
    format!("{} %", p.to_string().replace('.', ","))
}

struct Checker<'a> {
    out: Eligibility,
    source: &'a str,
}

impl Checker<'_> {
    fn rule(&mut self, id: &'static str, ok: bool, message: impl FnOnce() -> Text, source: &str) {
        if ok {
            self.out.passed.push(id);
        } else {
            self.out.breaches.push(Breach {
                rule: id,
                message: message(),
                source: if source.is_empty() {
                    self.source
                } else {
                    source
                }
                .to_string(),
            });
        }
    }
}

impl RuleSet {
    /// Checks an application against these rules, as if granted on `when` (its decision
    /// date), with the de minimis aid and earlier grants `register` knows of.
    pub fn check(&self, app: &Application, when: Date, register: &Register) -> Eligibility {
        let Some(pot) = self.supports.get(&app.support) else {
            return Eligibility {
                breaches: vec![Breach {
                    rule: "stodslag",
                    message: msg::no_rules_for_support(app.support.msg()),
                    source: String::new(),
                }],
                period: self.label.clone(),
                ..Eligibility::default()
            };
        };
        // The rules an application is judged by are its support's own ordinance (projektmedel:
        // 2003:596), not the label of the period, which names the company-support ordinances.
        let mut c = Checker {
            out: Eligibility {
                period: if pot.source.is_empty() {
                    self.label.clone()
                } else {
                    pot.source.clone()
                },
                ..Eligibility::default()
            },
            source: &pot.source,
        };
        c.out.manual.clone_from(&pot.manual_checks);
        let form_rule = app.form.and_then(|f| pot.forms.get(&f));
        if let Some(form) = app.form {
            c.rule(
                "stodform",
                form_rule.is_some(),
                || msg::form_not_in_rules(form.key()),
                "",
            );
        }
        let form_source = form_rule.map_or("", |f| f.source.as_str());
        if let Some(f) = form_rule {
            c.out.manual.extend(f.manual_checks.iter().cloned());
        }
        c.out.paid_nationally = form_rule.and_then(|f| f.paid_nationally.clone());
        c.out.legal_basis = form_rule.and_then(|f| {
            let basis = f.legal_basis.msg()?;
            Some((msg::given_as(&f.name, basis), f.legal_basis_source.clone()))
        });

        // Applicant type: the form's list if it has one, else the pot's.
        let types = form_rule
            .and_then(|f| f.applicant_types.as_ref())
            .unwrap_or(&pot.applicant_types);
        if !types.is_empty() {
            c.rule(
                "sokande",
                types.contains(&app.applicant.kind),
                || {
                    let allowed: Vec<_> = types.iter().map(|t| t.msg()).collect();
                    msg::wrong_applicant(app.applicant.kind.msg(), &allowed)
                },
                form_source,
            );
        }

        c.rule(
            "driftstod",
            pot.operating_aid_allowed || !app.operating_aid,
            || msg::OPERATING_AID.into(),
            "",
        );

        self.check_share(app, pot, form_rule, &mut c);

        if pot.no_overfinancing {
            match app.eligible_cost {
                Some(cost) => {
                    let total = app.requested + app.total_cofinancing();
                    c.rule(
                        "overfinansiering",
                        total <= cost,
                        || {
                            msg::overfinanced(
                                total,
                                cost,
                                cost.saturating_sub(app.total_cofinancing()),
                            )
                        },
                        "",
                    );
                }
                None => c
                    .out
                    .unchecked
                    .push(msg::NO_ELIGIBLE_COST_OVERFINANCING.into()),
            }
        }

        if pot.requires_strategy_link {
            c.rule(
                "rus",
                app.links.values().any(|r| *r > 0),
                || msg::NO_STRATEGY_LINK.into(),
                "",
            );
        }

        if pot.apply_before_start
            && let (Some(received), Some(start)) = (app.received, app.start)
        {
            c.rule(
                "ansokan_fore_start",
                received <= start,
                || msg::started_before_application(received, start),
                "",
            );
        }

        self.check_company(app, pot, form_rule, when, register, &mut c);
        if let Some(form) = form_rule {
            check_form_amounts(app, form, (when, register), &mut c);
        }
        c.out
    }

    fn check_share(
        &self,
        app: &Application,
        pot: &SupportRules,
        form: Option<&FormRule>,
        c: &mut Checker<'_>,
    ) {
        let (cap, source) = match form.and_then(|f| f.max_share) {
            Some(cap) => (Some(cap), form.map_or("", |f| f.source.as_str())),
            None => (pot.max_share, ""),
        };
        let Some(cap) = cap else { return };
        let Some(cost) = app.eligible_cost.filter(|c| !c.is_zero()) else {
            c.out.unchecked.push(msg::NO_ELIGIBLE_COST_SHARE.into());
            return;
        };
        let public = if pot.share_includes_public_cofinancing {
            app.public_cofinancing()
        } else {
            Sek::ZERO
        };
        let share = (app.requested + public).decimal() / cost.decimal();
        let max_grant = cost.scale_floor_ore(cap).saturating_sub(public);
        let with_public = !public.is_zero();
        c.rule(
            "andel_av_kostnad",
            share <= cap,
            || msg::share_too_high(&percent(share), &percent(cap), max_grant, with_public),
            source,
        );
    }

    fn check_company(
        &self,
        app: &Application,
        pot: &SupportRules,
        form: Option<&FormRule>,
        when: Date,
        register: &Register,
        c: &mut Checker<'_>,
    ) {
        if let Some(f) = form.filter(|f| f.legal_basis == LegalBasis::GberRegional) {
            self.check_aid_area(app, f, c);
        }
        // The ceiling the form's aid counts against: general de minimis, or the higher one for
        // services of general economic interest (where all de minimis received counts).
        let basis = form.map(|f| f.legal_basis);
        let ceiling_rule = match basis {
            Some(LegalBasis::DeMinimis) => Some(&self.de_minimis),
            Some(LegalBasis::SgeiDeMinimis) => {
                if self.sgei_de_minimis.is_none() {
                    c.out.unchecked.push(msg::NO_SGEI_CEILING.into());
                }
                self.sgei_de_minimis.as_ref()
            }
            _ => None,
        };
        let de_minimis = ceiling_rule.is_some();
        if !(pot.sme_required || pot.not_in_difficulty || de_minimis) {
            return;
        }
        let Some(company) = &app.company else {
            c.out.unchecked.push(msg::NO_COMPANY.into());
            return;
        };
        if pot.not_in_difficulty {
            c.rule(
                "obestand",
                !company.in_difficulty,
                || msg::IN_DIFFICULTY.into(),
                "",
            );
        }
        if pot.sme_required {
            let sme = &self.sme;
            let rate = self.sek_per_eur;
            // The loader refuses a rate outside 0,01–1 000; should one still reach here, an
            // amount that cannot be converted counts as too large, never as a panic.
            let to_eur = |s: Sek| s.decimal().checked_div(rate).unwrap_or(Decimal::MAX);
            let small_enough_money = match (company.turnover, company.balance_sheet) {
                (None, None) => true,
                (t, b) => {
                    t.is_some_and(|t| to_eur(t) <= sme.max_turnover_eur)
                        || b.is_some_and(|b| to_eur(b) <= sme.max_balance_sheet_eur)
                }
            };
            c.rule(
                "smf",
                company.employees < sme.max_employees && small_enough_money,
                || {
                    msg::not_sme(
                        company.employees,
                        sme.max_employees,
                        sme.max_turnover_eur.to_f64().unwrap_or(0.0),
                        sme.max_balance_sheet_eur.to_f64().unwrap_or(0.0),
                    )
                },
                &sme.source,
            );
        }
        if let (Some(rule), Some(regulation)) = (ceiling_rule, basis.and_then(|b| b.regulation())) {
            if app.applicant.org_nr.is_none() {
                c.out.unchecked.push(msg::NO_ORG_NR_FOR_REGISTER.into());
            }
            let status = self.de_minimis_status(app, company, rule, regulation, when, register);
            if status.is_none() {
                c.out.unchecked.push(msg::NO_DE_MINIMIS_WINDOW.into());
            }
            if let Some(status) = status {
                c.rule(
                    "de_minimis",
                    app.requested <= status.room,
                    || status.breach(),
                    &status.source,
                );
                c.out.de_minimis = Some(status);
            }
        }
    }

    /// The de minimis count for `app`, granted on `when`: the aid of its single undertaking
    /// in the window, against the ceiling of `rule` (general de minimis also against the SGEI
    /// ceiling, which caps both kinds together: 1407/2013 art. 5.1, 2023/2831 art. 5.1).
    fn de_minimis_status(
        &self,
        app: &Application,
        company: &Company,
        rule: &DeMinimisRule,
        regulation: Regulation,
        when: Date,
        register: &Register,
    ) -> Option<DeMinimisStatus> {
        let from = rule.window_start(when, company.fiscal_year_start)?;
        let org_nr = app.applicant.org_nr.as_deref().unwrap_or("");
        let members = if org_nr.is_empty() {
            Vec::new()
        } else {
            register.members_with(org_nr)
        };
        let in_window = register.granted(&members, from, when, &app.id);
        let sum = |r: Regulation| -> Sek {
            in_window
                .iter()
                .filter(|a| a.regulation == r)
                .map(|a| a.amount)
                .sum()
        };
        let general = sum(Regulation::DeMinimis) + company.de_minimis_received;
        let sgei = sum(Regulation::SgeiDeMinimis);
        let to_sek = |eur: Decimal| Sek::from_decimal(eur * self.sek_per_eur);
        let road_freight = company.road_freight && rule.road_freight_ceiling_eur.is_some();
        let ceiling_eur = match (regulation, road_freight) {
            (Regulation::DeMinimis, true) => {
                rule.road_freight_ceiling_eur.unwrap_or(rule.ceiling_eur)
            }
            _ => rule.ceiling_eur,
        };
        let ceiling = to_sek(ceiling_eur);
        // General de minimis counts general aid against its own ceiling; SGEI de minimis
        // counts all de minimis aid (360/2012 art. 2.8).
        let mut all_kinds = regulation == Regulation::SgeiDeMinimis;
        let mut room = ceiling.saturating_sub(if all_kinds { general + sgei } else { general });
        // General de minimis is capped with SGEI aid by the higher ceiling too (1407/2013 and
        // 2023/2831 art. 5.1); where that cap binds, both kinds count and its rule is the source.
        let mut sgei_cap = None;
        let mut source = rule.source.clone();
        if !all_kinds
            && !sgei.is_zero()
            && let Some(higher) = &self.sgei_de_minimis
        {
            let cap = to_sek(higher.ceiling_eur);
            let cap_room = cap.saturating_sub(general + sgei);
            if cap_room < room {
                room = cap_room;
                sgei_cap = Some(cap);
                source.clone_from(&higher.source);
                all_kinds = true;
            }
        }
        let received = if all_kinds { general + sgei } else { general };
        let counted: Vec<Aid> = in_window
            .iter()
            .filter(|a| all_kinds || a.regulation == Regulation::DeMinimis)
            .map(|a| (*a).clone())
            .collect();
        Some(DeMinimisStatus {
            regulation,
            from,
            to: when,
            period: rule.period.clone(),
            ceiling_eur: ceiling_eur.to_f64().unwrap_or(0.0),
            ceiling,
            rate: self.sek_per_eur.to_f64().unwrap_or(0.0),
            road_freight,
            counted,
            declared: company.de_minimis_received,
            received,
            room,
            sgei_cap,
            undertaking: register.undertaking_of(org_nr).map(|u| u.name.clone()),
            source,
        })
    }

    /// Regional investment aid under the block exemption: only in a stödområde.
    fn check_aid_area(&self, app: &Application, form: &FormRule, c: &mut Checker<'_>) {
        let Some(areas) = &self.aid_areas else {
            c.out.unchecked.push(msg::NO_AID_AREAS.into());
            return;
        };
        if app.municipalities.is_empty() {
            c.out.unchecked.push(msg::NO_MUNICIPALITY.into());
            return;
        }
        let outside: Vec<&str> = app
            .municipalities
            .iter()
            .filter(|m| !areas.municipalities.contains(m))
            .map(String::as_str)
            .collect();
        c.rule(
            "stodomrade",
            outside.is_empty(),
            || msg::outside_aid_area(&form.name, &outside.join(", ")),
            &areas.source,
        );
    }

    /// The deciding body for a total over all years.
    pub fn decision_body(&self, support: Support, total: Sek) -> &str {
        if total > self.decision.threshold {
            self.decision
                .bodies
                .get(&support)
                .map_or(self.decision.delegation.as_str(), String::as_str)
        } else {
            &self.decision.delegation
        }
    }
}

fn check_form_amounts(
    app: &Application,
    form: &FormRule,
    (when, register): (Date, &Register),
    c: &mut Checker<'_>,
) {
    let source = form.source.as_str();
    if let Some(max) = form.max_amount {
        c.rule(
            "belopp",
            app.requested <= max,
            || msg::amount_too_high(&form.name, max),
            source,
        );
    }
    let strategic = app.store.as_ref().is_some_and(|s| s.strategic);
    let yearly = if strategic {
        form.max_per_year_strategic.or(form.max_per_year)
    } else {
        form.max_per_year
    };
    if let Some(max) = yearly {
        // Each year's cap, less what another form gave the recipient that year.
        let less = |year: i32| -> Sek {
            match (&form.reduced_by, &app.applicant.org_nr) {
                (Some((other, _)), Some(org_nr)) => {
                    register.amount_of_form_in(org_nr, *other, year, (when, &app.id))
                }
                _ => Sek::ZERO,
            }
        };
        let over = app
            .years
            .iter()
            .map(|(year, amount)| (*year, *amount, less(*year)))
            .find(|(_, amount, deducted)| *amount > max.saturating_sub(*deducted));
        let worst = app.years.iter().max_by_key(|(_, a)| **a);
        match (over, worst) {
            (Some((year, amount, deducted)), _) if !deducted.is_zero() => {
                let (other, reduced_source) = match &form.reduced_by {
                    Some((other, s)) => (other.name(), s.as_str()),
                    None => ("", ""),
                };
                c.rule(
                    "belopp_per_ar",
                    false,
                    || msg::yearly_too_high_reduced((year, amount), max, other, deducted),
                    reduced_source,
                );
            }
            (Some((year, amount, _)), _) => c.rule(
                "belopp_per_ar",
                false,
                || msg::yearly_too_high(year, amount, max, strategic),
                source,
            ),
            (None, Some(_)) => c.out.passed.push("belopp_per_ar"),
            (None, None) => {}
        }
    }
    if let Some(min) = &form.min_net_cost {
        match (app.eligible_cost, min.prisbasbelopp.get(&when.year())) {
            (None, _) => c.out.unchecked.push(msg::NO_NET_COST.into()),
            (Some(_), None) => c.out.unchecked.push(msg::no_prisbasbelopp(when.year())),
            (Some(cost), Some(pbb)) => {
                let least = pbb.scale_floor_ore(min.share);
                c.rule(
                    "nettoutgift",
                    cost >= least,
                    || msg::net_cost_too_low(cost, least, min.share, when.year()),
                    &min.source,
                );
            }
        }
    }
    if let Some(max) = form.max_years {
        let earlier: Vec<i32> = match (form.years_in_total, &app.applicant.org_nr, app.form) {
            (true, Some(org_nr), Some(f)) => register.years_of_form(org_nr, f, when, &app.id),
            _ => Vec::new(),
        };
        let mut years: Vec<i32> = earlier.clone();
        years.extend(app.years.keys());
        years.sort_unstable();
        years.dedup();
        let n = years.len() as u32;
        c.rule(
            "antal_ar",
            n <= max,
            || {
                if earlier.is_empty() {
                    msg::too_many_years(n, max)
                } else {
                    msg::too_many_years_in_total(&form.name, &earlier, app.years.len(), max)
                }
            },
            source,
        );
    }
    let needs_store = form.min_distance_km.is_some()
        || form.max_grocery_turnover.is_some()
        || form.open_all_year
        || form.min_weekly_hours.is_some();
    if needs_store && app.store.is_none() {
        c.out.unchecked.push(msg::NO_STORE.into());
        return;
    }
    let Some(store) = &app.store else { return };
    if let Some(min) = form.min_distance_km {
        match store.distance_km {
            Some(d) => c.rule("avstand", d > min, || msg::too_close(d, min), source),
            None => c.out.unchecked.push(msg::NO_DISTANCE.into()),
        }
    }
    if let Some(max) = form.max_grocery_turnover {
        match store.grocery_turnover {
            Some(t) => c.rule(
                "omsattning",
                t <= max,
                || msg::turnover_too_high(t, max),
                source,
            ),
            None => c.out.unchecked.push(msg::NO_TURNOVER.into()),
        }
    }
    if form.open_all_year {
        c.rule(
            "oppet_hela_aret",
            store.open_all_year != Some(false),
            || msg::NOT_OPEN_ALL_YEAR.into(),
            source,
        );
    }
    if let Some((hours, small)) = form.min_weekly_hours {
        check_opening_hours(store, hours, small, source, c);
    }
}

/// Open enough hours a week: `hours`, or fewer for a small store (`small`: hours and the
/// grocery turnover it is small under).
fn check_opening_hours(
    store: &crate::application::Store,
    hours: Decimal,
    small: Option<(Decimal, Sek)>,
    source: &str,
    c: &mut Checker<'_>,
) {
    let Some(open) = store.weekly_opening_hours else {
        c.out.unchecked.push(msg::NO_OPENING_HOURS.into());
        return;
    };
    let small_store = match (small, store.grocery_turnover) {
        (Some((_, limit)), Some(t)) => t < limit,
        // Without the turnover a store open enough for a small one cannot be judged.
        (Some((small_hours, _)), None) if open >= small_hours && open < hours => {
            c.out.unchecked.push(msg::NO_TURNOVER_FOR_HOURS.into());
            return;
        }
        _ => false,
    };
    let needed = match small {
        Some((small_hours, _)) if small_store => small_hours,
        _ => hours,
    };
    c.rule(
        "oppettider",
        open >= needed,
        || msg::too_few_hours(open, hours, small),
        source,
    );
}
