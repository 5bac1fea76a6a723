//! `strategies/riktlinjer.yaml`: the guideline's rules in periods by `valid_from`.
//!
//! A period lists only the sections that change; every other section is carried over from the
//! period before it, so the file reads like the history of the rules.

use std::collections::BTreeMap;
use std::path::Path;

use rust_decimal::Decimal;

use crate::application::{ApplicantType, Form, Support};
use crate::date::Date;
use crate::files::decode::{Fields, Spanned, choice, choice_list, list_items, opt_choice};
use crate::files::read_yaml;
use crate::files::yaml::{Kind, Node};
use crate::money::Sek;
use crate::problem::{Diag, suggestion};
use crate::rules::{
    AidAreas, Criterion, DeMinimisRule, DecisionRule, FormRule, LegalBasis, ManualCheck, RuleSet,
    Rulebook, SmeRule, SupportRules, Window,
};
use crate::text::files as msg;

const TOP_KEYS: &[&str] = &[
    "name",
    "region",
    "region_org_nr",
    "open_data_prefix",
    "appropriation",
    "source",
    "description",
    "periods",
];
const SECTIONS: &[&str] = &[
    "projektmedel",
    "foretagsstod",
    "kommersiell_service",
    "sme",
    "de_minimis",
    "eur_rate",
    "decision",
    "quality_criteria",
    "aid_areas",
    "sgei_de_minimis",
];
/// Sections the first period may leave out.
const OPTIONAL_SECTIONS: &[&str] = &["aid_areas", "sgei_de_minimis"];
const SUPPORT_KEYS: &[&str] = &[
    "source",
    "applicant_types",
    "operating_aid_allowed",
    "max_share",
    "share_includes_public_cofinancing",
    "no_overfinancing",
    "requires_strategy_link",
    "sme_required",
    "not_in_difficulty",
    "apply_before_start",
    "forms",
    "manual_checks",
    "description",
];
const FORM_KEYS: &[&str] = &[
    "name",
    "source",
    "max_share",
    "max_amount",
    "max_per_year",
    "max_per_year_strategic",
    "max_years",
    "years_in_total",
    "applicant_types",
    "legal_basis",
    "legal_basis_source",
    "min_distance_km",
    "max_grocery_turnover",
    "open_all_year",
    "min_weekly_hours",
    "manual_checks",
    "paid_nationally",
    "reduced_by",
    "min_net_cost",
    "description",
];

pub fn load(path: &Path, d: &mut Diag) -> Option<Rulebook> {
    let root = read_yaml(path, d)?;
    from_node(&root, d)
}

pub fn from_node(root: &Node, d: &mut Diag) -> Option<Rulebook> {
    let top = Fields::open(root, "", TOP_KEYS, d)?;
    let name: String = top.opt("name", d).unwrap_or_default();
    let region: String = top.opt("region", d).unwrap_or_default();
    let region_org_nr: Option<Spanned<String>> = top.opt("region_org_nr", d);
    let region_org_nr = region_org_nr.and_then(|nr| {
        if crate::files::applications::valid_org_nr(&nr.value) {
            Some(nr.value)
        } else {
            d.error(&nr.loc, "region_org_nr", msg::bad_org_nr(&nr.value));
            None
        }
    });
    let open_data_prefix: Option<String> = top.opt("open_data_prefix", d);
    let _: Option<Vec<String>> = top.opt("appropriation", d);
    let _: Option<String> = top.opt("source", d);
    let _: Option<String> = top.opt("description", d);
    let periods = match top.node("periods") {
        Some(Node {
            kind: Kind::Seq(items),
            ..
        }) if !items.is_empty() => items,
        Some(other) => {
            d.error(
                &other.loc,
                "periods",
                msg::expected("periods", msg::EXPECT_LIST, other.describe()),
            );
            return None;
        }
        None => {
            d.error(top.loc(), "periods", msg::missing_key("periods"));
            return None;
        }
    };
    let mut keys = vec!["valid_from", "label", "description"];
    keys.extend_from_slice(SECTIONS);
    let mut in_force: BTreeMap<&str, &Node> = BTreeMap::new();
    let mut out: Vec<RuleSet> = Vec::new();
    let mut previous: Option<Spanned<Date>> = None;
    for (i, period) in periods.iter().enumerate() {
        let Some(f) = Fields::open(period, "periods", &keys, d) else {
            continue;
        };
        let valid_from: Option<Spanned<Date>> = f.req("valid_from", d);
        let label: Option<String> = f.opt("label", d);
        let _: Option<String> = f.opt("description", d);
        if let (Some(prev), Some(now)) = (&previous, &valid_from)
            && now.value <= prev.value
        {
            d.error(
                &now.loc,
                "valid_from",
                msg::periods_out_of_order(prev.value),
            );
        }
        for section in SECTIONS {
            if let Some(node) = f.node(section) {
                in_force.insert(section, node);
            } else if i == 0 && !OPTIONAL_SECTIONS.contains(section) {
                d.error(f.loc(), *section, msg::first_period_needs(section));
            }
        }
        let Some(valid_from) = valid_from else {
            continue;
        };
        let context = msg::period_context(valid_from.value);
        let set = d.within(context, |d| {
            read_period(&in_force, valid_from.value, label, d)
        });
        previous = Some(valid_from);
        out.push(set);
    }
    Some(Rulebook {
        name,
        region,
        region_org_nr,
        open_data_prefix,
        periods: out,
    })
}

fn read_period(
    sections: &BTreeMap<&str, &Node>,
    valid_from: Date,
    label: Option<String>,
    d: &mut Diag,
) -> RuleSet {
    let mut set = RuleSet {
        valid_from: Some(valid_from),
        label: label.unwrap_or_else(|| msg::rules_from(valid_from).render()),
        ..RuleSet::default()
    };
    for (key, support) in Support::ALL {
        if let Some(node) = sections.get(key)
            && let Some(rules) = read_support(node, key, support, d)
        {
            set.supports.insert(support, rules);
        }
    }
    if let Some(f) = sections.get("sme").and_then(|n| {
        Fields::open(
            n,
            "sme",
            &[
                "max_employees",
                "max_turnover_eur",
                "max_balance_sheet_eur",
                "source",
            ],
            d,
        )
    }) {
        set.sme = SmeRule {
            max_employees: f.req("max_employees", d).unwrap_or(250),
            max_turnover_eur: f.req("max_turnover_eur", d).unwrap_or_default(),
            max_balance_sheet_eur: f.req("max_balance_sheet_eur", d).unwrap_or_default(),
            source: f.req("source", d).unwrap_or_default(),
        };
    }
    let ceiling = |key: &str, d: &mut Diag| {
        let f = sections.get(key).and_then(|n| {
            Fields::open(
                n,
                key,
                &[
                    "ceiling_eur",
                    "road_freight_ceiling_eur",
                    "window",
                    "period",
                    "source",
                ],
                d,
            )
        })?;
        let window = match f.node("window") {
            Some(n) => choice(n, &f.path("window"), &Window::ALL, d).unwrap_or_default(),
            None => {
                d.error(f.loc(), f.path("window"), msg::missing_key("window"));
                Window::default()
            }
        };
        let ceiling_eur: Decimal = f.req("ceiling_eur", d).unwrap_or_default();
        let road: Option<Spanned<Decimal>> = f.opt("road_freight_ceiling_eur", d);
        if let Some(r) = &road
            && r.value > ceiling_eur
        {
            d.error(
                &r.loc,
                f.path("road_freight_ceiling_eur"),
                msg::ROAD_CEILING_ABOVE,
            );
        }
        Some(DeMinimisRule {
            ceiling_eur,
            road_freight_ceiling_eur: road.map(|r| r.value),
            window,
            period: f.opt("period", d).unwrap_or_default(),
            source: f.req("source", d).unwrap_or_default(),
        })
    };
    if let Some(rule) = ceiling("de_minimis", d) {
        set.de_minimis = rule;
    }
    set.sgei_de_minimis = ceiling("sgei_de_minimis", d);
    if let Some(f) = sections
        .get("aid_areas")
        .and_then(|n| Fields::open(n, "aid_areas", &["municipalities", "source"], d))
    {
        set.aid_areas = Some(AidAreas {
            municipalities: f.opt("municipalities", d).unwrap_or_default(),
            source: f.req("source", d).unwrap_or_default(),
        });
    }
    if let Some(f) = sections
        .get("eur_rate")
        .and_then(|n| Fields::open(n, "eur_rate", &["sek_per_eur", "source"], d))
    {
        let rate: Option<Spanned<Decimal>> = f.req("sek_per_eur", d);
        // A rate in kronor per euro far outside what it has ever been is a typo; the rules
        // divide by it, so it is checked here.
        let plausible = Decimal::new(1, 2)..=Decimal::from(1000);
        match rate {
            Some(r) if plausible.contains(&r.value) => set.sek_per_eur = r.value,
            Some(r) => d.error(&r.loc, "eur_rate.sek_per_eur", msg::RATE_NOT_PLAUSIBLE),
            None => {}
        }
        set.eur_rate_source = f.req("source", d).unwrap_or_default();
    }
    if let Some(f) = sections.get("decision").and_then(|n| {
        Fields::open(
            n,
            "decision",
            &["threshold", "bodies", "delegation", "source"],
            d,
        )
    }) {
        let bodies: Vec<(Spanned<String>, String)> = f.req("bodies", d).unwrap_or_default();
        let mut map = BTreeMap::new();
        for (pot, body) in bodies {
            match Support::ALL.iter().find(|(k, _)| *k == pot.value) {
                Some((_, s)) => {
                    map.insert(*s, body);
                }
                None => {
                    let hint = suggestion(&pot.value, Support::ALL.iter().map(|(k, _)| *k));
                    d.error(
                        &pot.loc,
                        "decision.bodies",
                        msg::unknown_support(&pot.value, hint),
                    );
                }
            }
        }
        set.decision = DecisionRule {
            threshold: f.req("threshold", d).unwrap_or_default(),
            bodies: map,
            delegation: f.req("delegation", d).unwrap_or_default(),
            source: f.req("source", d).unwrap_or_default(),
        };
    }
    if let Some(node) = sections.get("quality_criteria") {
        set.quality_criteria = read_criteria(node, d);
    }
    set
}

fn read_support(node: &Node, key: &str, support: Support, d: &mut Diag) -> Option<SupportRules> {
    let f = Fields::open(node, key, SUPPORT_KEYS, d)?;
    let _: Option<String> = f.opt("description", d);
    let mut rules = SupportRules {
        source: f.req("source", d).unwrap_or_default(),
        applicant_types: applicant_types(f.node("applicant_types"), &f.path("applicant_types"), d)
            .unwrap_or_default(),
        operating_aid_allowed: f.opt("operating_aid_allowed", d).unwrap_or(false),
        max_share: share(&f, "max_share", d),
        share_includes_public_cofinancing: f
            .opt("share_includes_public_cofinancing", d)
            .unwrap_or(false),
        no_overfinancing: f.opt("no_overfinancing", d).unwrap_or(false),
        requires_strategy_link: f.opt("requires_strategy_link", d).unwrap_or(false),
        sme_required: f.opt("sme_required", d).unwrap_or(false),
        not_in_difficulty: f.opt("not_in_difficulty", d).unwrap_or(false),
        apply_before_start: f.opt("apply_before_start", d).unwrap_or(false),
        forms: BTreeMap::new(),
        manual_checks: read_manual(f.node("manual_checks"), &f.path("manual_checks"), d),
    };
    if let Some(forms) = f.node("forms") {
        let path = f.path("forms");
        let Some(entries) = forms.entries() else {
            d.error(
                &forms.loc,
                path.clone(),
                msg::expected(&path, msg::EXPECT_MAP, forms.describe()),
            );
            return Some(rules);
        };
        for (k, v) in entries {
            let Some(form) = choice(k, &path, &Form::ALL, d) else {
                continue;
            };
            if form.support() != support {
                d.error(
                    &k.loc,
                    path.clone(),
                    msg::form_in_wrong_pot(form.key(), support.key()),
                );
                continue;
            }
            if let Some(rule) = read_form(v, &format!("{path}.{}", form.key()), d) {
                rules.forms.insert(form, rule);
            }
        }
    }
    Some(rules)
}

fn read_manual(node: Option<&Node>, path: &str, d: &mut Diag) -> Vec<ManualCheck> {
    let Some(node) = node else { return Vec::new() };
    let Some(items) = list_items(node, path, d) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            let f = Fields::open(item, path, &["text", "source"], d)?;
            Some(ManualCheck {
                text: f.req("text", d)?,
                source: f.req("source", d)?,
            })
        })
        .collect()
}

fn read_form(node: &Node, path: &str, d: &mut Diag) -> Option<FormRule> {
    let f = Fields::open(node, path, FORM_KEYS, d)?;
    let _: Option<String> = f.opt("description", d);
    let paid_nationally: Option<String> = f.opt("paid_nationally", d);
    Some(FormRule {
        name: f.req("name", d).unwrap_or_default(),
        source: f.req("source", d).unwrap_or_default(),
        max_share: share(&f, "max_share", d),
        max_amount: f.opt::<Sek>("max_amount", d),
        max_per_year: f.opt::<Sek>("max_per_year", d),
        max_per_year_strategic: f.opt::<Sek>("max_per_year_strategic", d),
        max_years: f.opt("max_years", d),
        years_in_total: f.opt("years_in_total", d).unwrap_or(false),
        applicant_types: applicant_types(f.node("applicant_types"), &f.path("applicant_types"), d),
        legal_basis: opt_choice(&f, "legal_basis", &LegalBasis::ALL, d).unwrap_or_default(),
        legal_basis_source: f.opt("legal_basis_source", d).unwrap_or_default(),
        min_distance_km: f.opt("min_distance_km", d),
        max_grocery_turnover: f.opt::<Sek>("max_grocery_turnover", d),
        open_all_year: f.opt("open_all_year", d).unwrap_or(false),
        min_weekly_hours: weekly_hours(&f, d),
        paid_nationally,
        reduced_by: reduced_by(&f, d),
        min_net_cost: min_net_cost(&f, d),
        manual_checks: read_manual(f.node("manual_checks"), &f.path("manual_checks"), d),
    })
}

/// `reduced_by: { form: sarskilt_driftstod, source: "…" }`.
fn reduced_by(f: &Fields<'_>, d: &mut Diag) -> Option<(Form, String)> {
    let node = f.node("reduced_by")?;
    let path = f.path("reduced_by");
    let g = Fields::open(node, &path, &["form", "source"], d)?;
    let form = g
        .node("form")
        .and_then(|n| choice(n, &g.path("form"), &Form::ALL, d));
    if g.node("form").is_none() {
        d.error(g.loc(), g.path("form"), msg::missing_key("form"));
    }
    let source: String = g.req("source", d)?;
    Some((form?, source))
}

/// `min_net_cost: { prisbasbelopp: 0.5, amounts: { 2021: "47 600", … }, source: "…" }`.
fn min_net_cost(f: &Fields<'_>, d: &mut Diag) -> Option<crate::rules::MinNetCost> {
    let node = f.node("min_net_cost")?;
    let path = f.path("min_net_cost");
    let g = Fields::open(node, &path, &["prisbasbelopp", "amounts", "source"], d)?;
    let share = share(&g, "prisbasbelopp", d);
    if g.node("prisbasbelopp").is_none() {
        d.error(
            g.loc(),
            g.path("prisbasbelopp"),
            msg::missing_key("prisbasbelopp"),
        );
    }
    let source: String = g.req("source", d)?;
    let entries: Vec<(Spanned<String>, Spanned<Sek>)> = g.req("amounts", d)?;
    let mut prisbasbelopp = BTreeMap::new();
    for (year, amount) in entries {
        match year
            .value
            .parse::<i32>()
            .ok()
            .filter(|y| (1990..=2100).contains(y))
        {
            Some(y) => {
                prisbasbelopp.insert(y, amount.value);
            }
            None => d.error(&year.loc, g.path("amounts"), msg::bad_year(&year.value)),
        }
    }
    Some(crate::rules::MinNetCost {
        share: share?,
        prisbasbelopp,
        source,
    })
}

/// `min_weekly_hours: { hours: 40, small_store_hours: 20, small_store_turnover: "2 mkr" }`.
fn weekly_hours(f: &Fields<'_>, d: &mut Diag) -> Option<(Decimal, Option<(Decimal, Sek)>)> {
    let node = f.node("min_weekly_hours")?;
    let path = f.path("min_weekly_hours");
    let g = Fields::open(
        node,
        &path,
        &["hours", "small_store_hours", "small_store_turnover"],
        d,
    )?;
    let hours: Decimal = g.req("hours", d)?;
    let small_hours: Option<Decimal> = g.opt("small_store_hours", d);
    let small_turnover: Option<Sek> = g.opt("small_store_turnover", d);
    let small = match (small_hours, small_turnover) {
        (Some(h), Some(t)) => Some((h, t)),
        (None, None) => None,
        _ => {
            d.error(g.loc(), path, msg::SMALL_STORE_NEEDS_BOTH);
            None
        }
    };
    Some((hours, small))
}

/// A share 0–1.
fn share(f: &Fields<'_>, key: &str, d: &mut Diag) -> Option<Decimal> {
    let value: Spanned<Decimal> = f.opt(key, d)?;
    if value.value > Decimal::ONE {
        d.error(&value.loc, f.path(key), msg::share_out_of_range(key));
        return None;
    }
    Some(value.value)
}

pub(crate) fn applicant_types(
    node: Option<&Node>,
    path: &str,
    d: &mut Diag,
) -> Option<Vec<ApplicantType>> {
    choice_list(node, path, &ApplicantType::ALL, d)
}

fn read_criteria(node: &Node, d: &mut Diag) -> Vec<Criterion> {
    let Some(items) = list_items(node, "quality_criteria", d) else {
        return Vec::new();
    };
    let mut out: Vec<Criterion> = Vec::new();
    for item in items {
        let Some(f) = Fields::open(
            item,
            "quality_criteria",
            &["id", "name", "weight", "description", "source", "pots"],
            d,
        ) else {
            continue;
        };
        let id: Option<Spanned<String>> = f.req("id", d);
        let name: Option<String> = f.req("name", d);
        let weight: Decimal = f.opt("weight", d).unwrap_or(Decimal::ONE);
        let description: Option<String> = f.opt("description", d);
        let source: String = f.opt("source", d).unwrap_or_default();
        let pots = choice_list(f.node("pots"), "pots", &Support::ALL, d).unwrap_or_default();
        let (Some(id), Some(name)) = (id, name) else {
            continue;
        };
        if out.iter().any(|c| c.id == id.value) {
            d.error(&id.loc, "id", msg::duplicate_criterion(&id.value));
            continue;
        }
        out.push(Criterion {
            id: id.value,
            name,
            weight,
            description,
            source,
            pots,
        });
    }
    if !out.is_empty() && out.iter().all(|c| c.weight.is_zero()) {
        d.error(&node.loc, "quality_criteria", msg::ZERO_CRITERIA_WEIGHTS);
    }
    out
}
